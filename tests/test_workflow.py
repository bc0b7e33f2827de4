"""The editor's workflow on the seed corpus: scan fails, ack, scan passes, edits, a draft check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import ExitCode

ROOT = Path(__file__).parents[1]
runner = CliRunner()


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's corpus and ledger, as the working folder."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_acknowledging_the_conflict_turns_the_gate_green(newsroom: Path) -> None:
    ledger = newsroom / "data" / "claims.yaml"
    comments = [
        line for line in ledger.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    ]
    assert runner.invoke(app, ["scan", "-q"]).exit_code == ExitCode.CONFLICTS
    acked = runner.invoke(app, ["ack", "g1", "--note", "officials' figures differ", "--by", "desk"])
    assert acked.exit_code == ExitCode.OK, acked.output
    assert runner.invoke(app, ["scan", "-q"]).exit_code == ExitCode.OK
    text = ledger.read_text(encoding="utf-8")
    assert all(comment in text for comment in comments)
    assert "decision: acknowledged" in text

    source = newsroom / "data" / "sources" / "002_a6fc2063652d85c0.txt"
    edited = source.read_text(encoding="utf-8").replace("Back\n", "Back to the homepage\n", 1)
    source.write_text(edited, encoding="utf-8")
    after_edit = runner.invoke(app, ["scan", "-q", "-f", "json"])
    assert after_edit.exit_code == ExitCode.OK
    assert '"decision": "acknowledged"' in after_edit.stdout


def test_a_draft_above_the_accepted_figure_fails_the_check(newsroom: Path) -> None:
    draft = newsroom / "draft.md"
    draft.write_text("# Brief\n\nAs many as 15,000 North Korean troops were sent to Russia.\n")
    result = runner.invoke(app, ["check", str(draft), "-f", "json"])
    assert result.exit_code == ExitCode.CONFLICTS
    (group,) = json.loads(result.stdout)["groups"]
    assert group["verdict"] == "conflict"
    assert group["reason"].startswith("draft says 15,000 North Korean troops")
    assert "accepted 10,000–12,000 per data/sources/002_a6fc2063652d85c0.txt" in group["reason"]


def test_a_draft_within_the_accepted_range_passes(newsroom: Path) -> None:
    draft = newsroom / "draft.md"
    draft.write_text("About 11,000 North Korean troops were deployed to Russia.\n")
    assert runner.invoke(app, ["check", str(draft)]).exit_code == ExitCode.OK


@pytest.mark.parametrize(
    ("said", "code", "verdict"),
    [
        pytest.param("140 mph", ExitCode.OK, "agree", id="the-same-speed-in-miles"),
        pytest.param("180 mph", ExitCode.CONFLICTS, "conflict", id="another-speed-in-miles"),
    ],
)
def test_a_draft_in_miles_is_judged_against_kilometres(
    newsroom: Path, said: str, code: ExitCode, verdict: str
) -> None:
    sources = newsroom / "data" / "sources"
    (sources / "storm.txt").write_text("Hurricane Helene came ashore with winds of 225 km/h.\n")
    draft = newsroom / "draft.md"
    draft.write_text(f"Hurricane Helene came ashore with winds of {said}.\n")
    result = runner.invoke(app, ["check", str(draft), "-f", "json"])
    assert result.exit_code == code, result.output
    (group,) = json.loads(result.stdout)["groups"]
    assert group["verdict"] == verdict
    assert group["reason"].startswith(f"draft says {said}")
