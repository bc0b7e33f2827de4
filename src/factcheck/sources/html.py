"""Web pages: the main text by trafilatura (menus, footers and link lists left out), title, date."""

from __future__ import annotations

import trafilatura

from factcheck.models import Document, SkippedSource
from factcheck.sources.text import decode


def read(name: str, data: bytes, digest: str) -> Document | SkippedSource:
    """The article text of a saved web page."""
    decoded = decode(data)
    if isinstance(decoded, str):
        return SkippedSource(path=name, reason=decoded)
    page, encoding = decoded
    text = trafilatura.extract(
        page, output_format="txt", include_comments=False, include_tables=True,
        include_links=False, deduplicate=False, with_metadata=False,
    )  # fmt: skip
    if not text or not text.strip():
        return SkippedSource(path=name, reason="no article text found in the page")
    meta = trafilatura.extract_metadata(page)
    title = meta.title if meta is not None else None
    date = meta.date if meta is not None else None
    if title and title.strip() and title.strip() not in text[: len(title) + 400]:
        # NOTE: the extractor leaves the headline out of the article text, and a headline
        # states figures too ("Measles cases in Texas pass 750")
        text = f"{title.strip()}\n\n{text}"
    return Document(path=name, text=text, sha256=digest, format="html", encoding=encoding,
                    title=title, date=date)  # fmt: skip
