"""PDF files: the text layer page by page, with the offset where each page starts."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from factcheck.models import Document, SkippedSource

PAGE_BREAK = "\n\f\n"


def read(name: str, data: bytes, digest: str) -> Document | SkippedSource:
    """The text layer of a PDF; a PDF without one is reported as scanned, not as empty."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return SkippedSource(path=name, reason="encrypted PDF; save an unlocked copy")
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as error:
        return SkippedSource(path=name, reason=f"not a readable PDF ({error}); is the file whole?")
    if not any(t.strip() for t in texts):
        return SkippedSource(
            path=name,
            reason=f"no text layer on its {len(texts)} pages: a scanned PDF? run OCR first",
        )
    pages, parts, offset = [], [], 0
    for text in texts:
        pages.append(offset)
        parts.append(text)
        offset += len(text) + len(PAGE_BREAK)
    info = reader.metadata
    title = str(info.title) if info is not None and info.title else None
    date = _date(info.creation_date if info is not None else None)
    return Document(path=name, text=PAGE_BREAK.join(parts), sha256=digest, format="pdf",
                    title=title, date=date, pages=pages)  # fmt: skip


def _date(value: object) -> str | None:
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat())[:10] if callable(isoformat) else None
