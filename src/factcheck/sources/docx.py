"""Word documents: paragraphs and tables in reading order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from factcheck.models import Document, SkippedSource


def read(name: str, data: bytes, digest: str) -> Document | SkippedSource:
    """The paragraphs and table rows of a .docx file, one block per line."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        return SkippedSource(path=name, reason=f"not a readable Word file ({error})")
    blocks: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document).text)
        elif tag == "tbl":
            blocks.extend(_rows(Table(child, document)))
    text = "\n".join(blocks)
    if not text.strip():
        return SkippedSource(path=name, reason="no text in the Word file")
    core = document.core_properties
    date = core.created.date().isoformat() if core.created else None
    return Document(path=name, text=text, sha256=digest, format="docx",
                    title=core.title or None, date=date)  # fmt: skip


def _rows(table: Table) -> list[str]:
    return [" | ".join(cell.text.strip() for cell in row.cells) for row in table.rows]
