"""Reading the documents people have: every format gives the claims of the plain-text original."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import extract_claims
from factcheck.models import Claim, Document, ExitCode, SkippedSource
from factcheck.sources import discover, read
from tests import renderings

ROOT = Path(__file__).parents[1]
SEEDS = sorted((ROOT / "data" / "sources").glob("*.txt"))
RENDERINGS: dict[str, Callable[[str], bytes]] = {
    "page.html": renderings.as_html,
    "draft.md": renderings.as_markdown,
    "memo.docx": renderings.as_docx,
    "report.pdf": renderings.as_pdf,
    "cp1252.txt": lambda text: renderings.as_encoding(text, "cp1252"),
    "utf16.txt": lambda text: renderings.as_encoding(text, "utf-16"),
}
FURNITURE = {842, 12, 10, 24, 5, 3, 1200, 7}


def figures(
    claims: list[Claim],
) -> set[tuple[float, float | None, float | None, str, str | None, str]]:
    return {(round(c.value, 6), c.low, c.high, c.unit, c.per, c.qualifier.value) for c in claims}


def document(path: Path) -> Document:
    read_ = read(path)
    assert isinstance(read_, Document), read_
    return read_


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("kind", list(RENDERINGS))
def test_every_format_gives_the_claims_of_the_original(
    seed: Path, kind: str, tmp_path: Path
) -> None:
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / f"{seed.stem}.{kind}"
    path.write_bytes(RENDERINGS[kind](text))
    doc = document(path)
    claims = extract_claims(doc)
    assert figures(claims) == figures(extract_claims(document(seed)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text


def test_page_furniture_gives_no_claims(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(renderings.as_html("Title line\nOfficials said 4,000 advisers arrived.\n"))
    doc = document(path)
    assert [c.value for c in extract_claims(doc)] == [4000]
    assert doc.title == "Title line"
    assert doc.date == "2024-11-15"
    assert not FURNITURE & {int(c.value) for c in extract_claims(doc)}


def test_a_web_pages_headline_is_read_with_its_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    article = " ".join(["The outbreak in West Texas has grown to 756 confirmed cases."] * 3)
    path.write_text(
        "<html><head><title>Cases pass 750 | Health News</title></head><body>"
        "<header><h1>Measles cases in Texas pass 750</h1></header>"
        f"<article><p>{article}</p><p>Officials said 29 patients were in hospital.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = document(path)
    assert doc.text.count("Measles cases in Texas pass 750") == 1
    assert [c.value for c in extract_claims(doc)][:2] == [750, 756]


def test_pdf_claims_know_their_page(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(renderings.as_pdf(SEEDS[2].read_text(encoding="utf-8")))
    claims = extract_claims(document(path))
    assert all(c.page is not None and c.page >= 1 for c in claims)
    assert len({c.page for c in claims}) > 1


def test_markdown_syntax_does_not_leak(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Note\n\n**About 4,000** [advisers](https://x.org/7) _arrived_ in 2023.\n")
    (claim,) = extract_claims(document(path))
    assert claim.text == "4,000"
    assert "*" not in claim.sentence
    assert "https" not in claim.sentence
    assert claim.quantity.startswith("advisers")


def test_typography_is_folded_but_offsets_point_into_the_file(tmp_path: Path) -> None:
    text = (
        "The army lost\u00a0\u202f12\u202f000 soldiers, a figure of \u221210\u00ad% on the year.\n"
    )
    path = tmp_path / "typo.txt"
    path.write_text(text, encoding="utf-8")
    claims = extract_claims(document(path))
    assert [(c.text, c.value) for c in claims] == [("12\u202f000", 12000), ("\u221210\u00ad%", -10)]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param(
            "broken.pdf",
            b"%PDF-1.7\n1 0 obj << /Type /Catalog",
            "not a readable PDF",
            id="corrupt-pdf",
        ),
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param(
            "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary data", id="binary"
        ),
        pytest.param(
            "broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word file", id="docx"
        ),
    ],
)
def test_unreadable_files_say_why(name: str, content: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = read(path)
    assert isinstance(result, SkippedSource)
    assert reason in result.reason


def test_scanned_pdf_is_not_treated_as_empty(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas  # noqa: PLC0415

    stream = io.BytesIO()
    page = canvas.Canvas(stream)
    page.rect(100, 100, 200, 200, fill=1)
    page.showPage()
    page.save()
    path = tmp_path / "scan.pdf"
    path.write_bytes(stream.getvalue())
    result = read(path)
    assert isinstance(result, SkippedSource)
    assert "no text layer" in result.reason


def test_a_file_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 2**20)
    result = read(path)
    assert isinstance(result, SkippedSource)
    assert "over the 20 MB limit" in result.reason


def test_folder_scan_ignores_hidden_venv_and_unknown(tmp_path: Path) -> None:
    for name in ("a.txt", ".git/b.txt", "venv/lib/c.txt", "d.csv", "e.html", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, ignored = discover([tmp_path])
    assert [f.name for f in files] == ["a.txt", "e.html"]
    assert {Path(i.path).name: i.reason for i in ignored} == {
        ".hidden.txt": "a hidden file",
        ".git": "a hidden folder",
        "venv": "a virtual environment or dependency folder",
        "d.csv": "of unknown type (.csv)",
    }


def test_bad_files_do_not_stop_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    tmp_path = tmp_path / "corpus"
    tmp_path.mkdir()
    (tmp_path / "good.txt").write_text("Officials said 4,000 advisers arrived.\n", encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(tmp_path), "--format", "json"])
    assert result.exit_code == ExitCode.ERROR
    assert [c["value"] for c in json.loads(result.stdout)["claims"]] == [4000]
    assert "broken.pdf: not a readable PDF" in result.stderr
    assert "empty.txt: empty file" in result.stderr
    assert "ignored 1: 1 of unknown type (-v lists them)" in result.stderr


def test_folder_scan_passes_over_its_own_cache_without_a_word(tmp_path: Path) -> None:
    for name in ("a.txt", ".factcheck/cache.sqlite", "cache/x.txt", ".git/b.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, ignored = discover([tmp_path], own=[tmp_path / ".factcheck", tmp_path / "cache"])
    assert [f.name for f in files] == ["a.txt"]
    assert [Path(i.path).name for i in ignored] == [".git"]
