"""Finding source files and reading them into `Document`s; unreadable ones become skips.

Each format has its reader module; the heavy libraries (trafilatura, pypdf, python-docx) are
imported only when a file of their format is read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.models import Document, IgnoredFile, SkippedSource
from factcheck.sources import text as text_reader

Read = Document | SkippedSource
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", ".venv", "env", "site-packages"})
FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "md", ".markdown": "md", ".html": "html",
    ".htm": "html", ".pdf": "pdf", ".docx": "docx",
}  # fmt: skip
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def discover(
    paths: Iterable[Path], exclude: Iterable[str] = (), own: Iterable[Path] = ()
) -> tuple[list[Path], list[IgnoredFile]]:
    """The source files named by `paths` (files as given, folders searched), and what a folder
    search passed over on purpose, each sorted. Folders in `own` (the tool's cache) are passed
    over without a word."""
    quiet = {folder.resolve() for folder in own}
    found: set[Path] = set()
    ignored: list[IgnoredFile] = []
    for path in paths:
        if not path.exists():
            hint = "check the path; `factcheck scan PATH` scans another file or folder"
            raise SourceError("no such file or folder", path=str(path), hint=hint)
        if path.is_file():
            found.add(path)
        else:
            for item, reason in _walk(path, quiet):
                if reason is None:
                    found.add(item)
                else:
                    ignored.append(IgnoredFile(path=item.as_posix(), reason=reason))
    patterns = list(exclude)
    kept = [p for p in found if not any(fnmatch(p.as_posix(), pat) for pat in patterns)]
    return sorted(kept, key=lambda p: p.as_posix()), sorted(ignored, key=lambda i: i.path)


def _walk(folder: Path, quiet: set[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files under `folder` with None, or with the reason they are passed over; a hidden or
    dependency folder is reported once and not entered, a `quiet` one not even reported."""
    for root, dirs, names in os.walk(folder):
        base = Path(root)
        if quiet:
            dirs[:] = [d for d in dirs if (base / d).resolve() not in quiet]
        for name in sorted(dirs):
            if name.startswith("."):
                yield base / name, "a hidden folder"
            elif name in SKIPPED_DIRS:
                yield base / name, "a virtual environment or dependency folder"
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS]
        for name in names:
            suffix = name[name.rfind(".") :].lower() if "." in name else ""
            if name.startswith("."):
                yield base / name, "a hidden file"
            elif suffix not in FORMATS:
                yield base / name, f"of unknown type ({suffix or 'no extension'})"
            else:
                yield base / name, None


def read(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Read:
    """The document at `path`, or a `SkippedSource` that says why it could not be read."""
    name = path.as_posix()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return SkippedSource(path=name, reason=_too_large(size, max_bytes))
        data = path.read_bytes()
    except OSError as error:
        return SkippedSource(path=name, reason=f"cannot be read ({error.strerror or error})")
    if not data.strip():
        return SkippedSource(path=name, reason="empty file: nothing to check")
    fmt = FORMATS.get(path.suffix.lower(), "text")
    result = _READERS[fmt](name, data, hashlib.sha256(data).hexdigest())
    if isinstance(result, Document):
        return result.model_copy(update={"words": len(result.text.split())})
    return result


def _too_large(size: int, limit: int) -> str:
    return (f"{size / 2**20:.0f} MB, over the {limit / 2**20:.0f} MB limit per file; "
            "raise max_file_mb to scan it, or split it")  # fmt: skip


def _html(name: str, data: bytes, digest: str) -> Read:
    from factcheck.sources import html  # noqa: PLC0415 - heavy, imported on demand

    return html.read(name, data, digest)


def _pdf(name: str, data: bytes, digest: str) -> Read:
    from factcheck.sources import pdf  # noqa: PLC0415 - heavy, imported on demand

    return pdf.read(name, data, digest)


def _docx(name: str, data: bytes, digest: str) -> Read:
    from factcheck.sources import docx  # noqa: PLC0415 - heavy, imported on demand

    return docx.read(name, data, digest)


_READERS: dict[str, Callable[[str, bytes, str], Read]] = {
    "text": text_reader.read_text,
    "md": text_reader.read_markdown,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
}
