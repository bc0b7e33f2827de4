"""The terminal review, driven headless: select, decide, note, undo, quit."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from typer.testing import CliRunner

from factcheck.cli import app as cli
from factcheck.config import Settings
from factcheck.ledger import load_ledger
from factcheck.models import DecisionKind, ExitCode
from factcheck.pipeline import scan
from factcheck.review.app import ReviewApp
from factcheck.review.session import ReviewSession

ROOT = Path(__file__).parents[1]


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def drive(
    steps: Callable[[Pilot[None], ReviewApp], Awaitable[None]], size: tuple[int, int] = (80, 24)
) -> ReviewApp:
    review = ReviewApp(ReviewSession.start(scan(), Settings(), by="desk"))

    async def run() -> None:
        async with review.run_test(size=size) as pilot:
            await pilot.pause()
            await steps(pilot, review)

    asyncio.run(run())
    return review


def test_acknowledge_the_troop_conflict_then_quit(newsroom: Path) -> None:
    ledger = newsroom / "data" / "claims.yaml"
    before = ledger.read_text(encoding="utf-8")

    async def steps(pilot: Pilot[None], review: ReviewApp) -> None:
        assert review.current is not None
        assert "North Korean troops" in review.current.quantity
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"both figures stated")
        await pilot.press("enter")
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("q")

    drive(steps)
    text = ledger.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert all(comment in text for comment in comments)
    (decision,) = load_ledger(ledger).ledger.decisions
    assert decision.decision is DecisionKind.ACKNOWLEDGED
    assert decision.note == "both figures stated"
    assert decision.by == "desk"
    assert CliRunner().invoke(cli, ["scan", "-q"]).exit_code == ExitCode.OK


def test_undo_restores_the_ledger(newsroom: Path) -> None:
    ledger = newsroom / "data" / "claims.yaml"
    before = ledger.read_bytes()

    async def steps(pilot: Pilot[None], review: ReviewApp) -> None:
        await pilot.press("x")
        await pilot.pause()
        assert ledger.read_bytes() != before
        await pilot.press("u")
        await pilot.pause()
        assert review.session.result.open_conflicts

    drive(steps)
    assert ledger.read_bytes() == before


def test_accept_a_figure(newsroom: Path) -> None:
    async def steps(pilot: Pilot[None], _review: ReviewApp) -> None:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()

    review = drive(steps)
    loaded = load_ledger(newsroom / "data" / "claims.yaml")
    assert [d.decision for d in loaded.ledger.decisions] == [DecisionKind.ACCEPTED]
    assert loaded.ledger.quantities[-1].value == 10000
    assert not review.session.result.open_conflicts


@pytest.mark.usefixtures("newsroom")
def test_filter_hides_what_does_not_match() -> None:
    async def steps(pilot: Pilot[None], review: ReviewApp) -> None:
        await pilot.press("/")
        await pilot.press(*"unit:USD")
        await pilot.pause()
        assert review.shown == []
        await pilot.press(*(["backspace"] * 8), *"troops")
        await pilot.pause()
        assert len(review.shown) == 1

    drive(steps)


@pytest.mark.usefixtures("newsroom")
def test_large_terminal_and_context() -> None:
    async def steps(pilot: Pilot[None], review: ReviewApp) -> None:
        await pilot.press("m")
        await pilot.pause()
        assert review.show_context

    drive(steps, size=(160, 48))


@pytest.mark.usefixtures("newsroom")
def test_without_a_terminal_review_points_to_scan() -> None:
    result = CliRunner().invoke(cli, ["review"])
    assert result.exit_code == ExitCode.ERROR
    assert "use `factcheck scan`" in result.stderr


def test_context_reads_the_paragraph_even_from_the_cache(newsroom: Path) -> None:
    settings = Settings(cache_dir=str(newsroom / "cache"))
    scan(None, settings)
    cached = scan(None, settings)
    assert all(d.text == "" for d in cached.documents)
    session = ReviewSession.start(cached, settings)
    (group,) = session.conflicts()
    claim = next(c for c in session.figures(group) if c.source.endswith("003_1cf7f2322361862a.txt"))
    paragraph = session.context(claim)
    assert claim.text in paragraph
    assert len(paragraph) >= len(claim.sentence)


def test_accepting_a_figure_records_every_digit(newsroom: Path) -> None:
    sources = newsroom / "data" / "sources"
    shutil.rmtree(sources)
    sources.mkdir()
    (sources / "a.txt").write_text("The ministry said the fund paid $12,345,678 in 2024.\n")
    (sources / "b.txt").write_text("The ministry's fund paid $12.9 million in 2024.\n")
    session = ReviewSession.start(scan(), Settings(), by="desk")
    (group,) = session.result.groups
    claims = [session.result.claim(i) for i in group.claims]
    exact = next(c for c in claims if "," in c.text)
    session.accept(group.id, exact)
    loaded = load_ledger(newsroom / "data" / "claims.yaml")
    assert loaded.ledger.quantities[-1].value == 12_345_678  # NOTE: ":g" wrote 1.23457e+07
