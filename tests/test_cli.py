"""The command line through typer's runner: exit codes, formats, errors, --output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import ExitCode
from tests.conftest import MakeCorpus

runner = CliRunner()
CONFLICT = {
    "a.txt": "Officials warned that 4,000 Iranian advisers deployed to Syria were armed.",
    "b.txt": "As many as 5,000 Iranian advisers could be deployed to Syria, officials said.",
}
CALM = {"a.txt": "Officials said 4,000 advisers arrived.", "b.txt": "Ships sailed in 2023."}


def test_conflicts_exit_one_and_show_reason(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CONFLICT)), "--no-color"])
    assert result.exit_code == ExitCode.CONFLICTS
    assert "2 documents, 2 claims, 1 groups, 1 conflicts" in result.stdout
    assert "5,000 (as many as) is 25% above 4,000" in result.stdout


def test_no_conflict_exits_zero(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CALM)), "--no-color"])
    assert result.exit_code == ExitCode.OK
    assert "No open conflicts" in result.stdout


def test_json_is_the_only_stdout(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CONFLICT)), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert [g["verdict"] for g in report["groups"]] == ["conflict"]
    assert {c["text"] for c in report["claims"]} == {"4,000", "5,000"}


def test_claims_table_lists_every_claim(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CALM)), "--claims", "--no-color"])
    assert "4,000 advisers" in result.stdout


def test_missing_path_exits_two_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path / "missing")])
    assert result.exit_code == ExitCode.ERROR
    assert "no such file or folder" in result.stderr
    assert "Traceback" not in result.output


def test_not_utf8_file_is_reported_and_exits_two(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes("Caf\xe9 sold 40 cakes".encode("latin-1"))
    (tmp_path / "good.txt").write_text("Officials said 4,000 advisers arrived.", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "json"])
    assert result.exit_code == ExitCode.ERROR
    assert "not UTF-8" in result.stderr
    assert json.loads(result.stdout)["skipped"][0]["path"].endswith("bad.txt")


def test_bad_format_is_a_usage_error(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CALM)), "--format", "xml"])
    assert result.exit_code == ExitCode.ERROR


def test_output_file_is_written_whole(corpus: MakeCorpus, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    result = runner.invoke(app, ["scan", str(corpus(CONFLICT)), "-f", "json", "-o", str(target)])
    assert result.exit_code == ExitCode.CONFLICTS
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_failed_write_leaves_no_partial_file(
    corpus: MakeCorpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("factcheck.files.Path.replace", broken)
    result = runner.invoke(app, ["scan", str(corpus(CONFLICT)), "-f", "json", "-o", str(target)])
    assert result.exit_code != 0
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_every_command_has_help() -> None:
    for command in ("scan", "version"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert len(result.stdout) > 100


def test_readme_exit_code_table_matches() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| `{code.value}` |" in readme
