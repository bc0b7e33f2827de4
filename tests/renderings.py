"""Render a plain-text document in the other formats people save: for the format tests."""

from __future__ import annotations

import html
import io
from pathlib import Path

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-11-15T08:00:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent">We and our 842 partners use cookies.
<button>Accept all</button> <button>Manage 12 options</button></div>
<header class="site-header"><nav class="menu"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/top-10">Top 10</a></li><li><a href="/asia">Asia</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/live">Live: 24 hours</a></li>
</ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By the Newsroom Staff</p>
{body}
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">5 things to know about the 2025 budget</a></li>
<li><a href="/b">Markets fall 3% on rate fears</a></li>
<li><a href="/c">In pictures: 12 photos of the week</a></li>
</ul></aside></main>
<footer class="site-footer"><p>© 2024 Example News Ltd, 1200 Harbour Road, Springfield.</p>
<ul><li><a href="/about">About us</a></li>
<li><a href="/jobs">Jobs: 7 openings</a></li></ul></footer>
</body></html>
"""


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a text, stripped: one paragraph each."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def as_html(text: str) -> bytes:
    """The text as an article inside a page with a menu, cookie banner, related box and footer."""
    parts = paragraphs(text)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in parts[1:])
    return PAGE.format(title=html.escape(parts[0]), body=body).encode("utf-8")


def as_markdown(text: str) -> bytes:
    """The text as Markdown: a heading, paragraphs, emphasis on figures, a link."""
    parts = paragraphs(text)
    lines = [f"# {parts[0]}", ""]
    for i, part in enumerate(parts[1:]):
        if i % 3 == 0:
            part = f"{part} See [the source](https://example.org/story/2024/11/15)."
        lines += [f"> {part}" if i % 5 == 4 else part, ""]
    return "\n".join(lines).encode("utf-8")


def as_docx(text: str) -> bytes:
    """The text as a Word document, with its last paragraphs in a table."""
    import docx  # noqa: PLC0415

    document = docx.Document()
    parts = paragraphs(text)
    document.add_heading(parts[0], level=1)
    for part in parts[1:]:
        document.add_paragraph(part)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Prepared by"
    table.rows[0].cells[1].text = "the desk"
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def as_pdf(text: str) -> bytes:
    """The text as a PDF with wrapped paragraphs over several pages, in a font reportlab ships."""
    import reportlab  # noqa: PLC0415
    from reportlab.lib.pagesizes import A4  # noqa: PLC0415
    from reportlab.lib.styles import ParagraphStyle  # noqa: PLC0415
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415
    from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: PLC0415

    font = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Vera", str(font)))
    style = ParagraphStyle("body", fontName="Vera", fontSize=10, leading=13, spaceAfter=6)
    stream = io.BytesIO()
    story = [Paragraph(html.escape(p), style) for p in paragraphs(text)]
    SimpleDocTemplate(stream, pagesize=A4, title=paragraphs(text)[0]).build(story)
    return stream.getvalue()


def as_encoding(text: str, encoding: str) -> bytes:
    """The text in a legacy or UTF-16 encoding; characters it lacks become plain equivalents."""
    plain = text.replace("\u20a9", "KRW ")
    return plain.encode(encoding, errors="replace")
