"""Plain text and Markdown: encodings detected (BOM, UTF-8, UTF-16, Windows-1252, Latin-1)."""

from __future__ import annotations

import codecs
import re

from factcheck.models import Document, SkippedSource

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HEADING = re.compile(r"^#{1,2}[ \t]+(?P<title>.+?)[ \t#]*$", re.M)


def decode(data: bytes) -> tuple[str, str] | str:
    """The text and its encoding, or the reason the bytes are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding)
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        return _strict(data, guess) if guess else "binary data, not text"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _strict(data: bytes, encoding: str) -> tuple[str, str] | str:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        return f"not valid {encoding} (byte {error.start}); save it as UTF-8 and scan again"


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> tuple[str, str] | str:
    """Windows-1252 first (a superset of Latin-1 for text), then what charset-normalizer finds."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and not _CONTROL.search(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes  # noqa: PLC0415 - needed only for odd files

    best = from_bytes(data).best()
    if best is None:
        return "not text in any encoding factcheck knows; save it as UTF-8 and scan again"
    return str(best), best.encoding


def read_text(name: str, data: bytes, digest: str, fmt: str = "text") -> Document | SkippedSource:
    """A plain-text document."""
    decoded = decode(data)
    if isinstance(decoded, str):
        return SkippedSource(path=name, reason=decoded)
    text, encoding = decoded
    if _CONTROL.search(text[:65536].replace("\x0c", "")):
        return SkippedSource(path=name, reason="binary data, not text")
    title = _title(text, fmt)
    return Document(path=name, text=text, sha256=digest, format=fmt, encoding=encoding, title=title)


def read_markdown(name: str, data: bytes, digest: str) -> Document | SkippedSource:
    """A Markdown document: read as text; its syntax is blanked out before parsing."""
    return read_text(name, data, digest, fmt="md")


def _title(text: str, fmt: str) -> str | None:
    if fmt == "md":
        heading = _HEADING.search(text[:4096])
        if heading:
            return heading.group("title").strip()
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:200] if 0 < len(first.split()) <= 20 and not first.endswith(".") else None
