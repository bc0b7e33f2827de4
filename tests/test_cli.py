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


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test runs in an empty folder: no ledger or settings of the repository apply."""
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


CONFLICT = {
    "a.txt": "Officials warned that 4,000 Iranian advisers deployed to Syria were armed.",
    "b.txt": "As many as 5,000 Iranian advisers could be deployed to Syria, officials said.",
}
CALM = {"a.txt": "Officials said 4,000 advisers arrived.", "b.txt": "Ships sailed in 2023."}


def test_conflicts_exit_one_and_show_reason(corpus: MakeCorpus) -> None:
    result = runner.invoke(app, ["scan", str(corpus(CONFLICT)), "--no-color"])
    assert result.exit_code == ExitCode.CONFLICTS
    assert "2 documents, 2 claims, 1 group, 1 conflict" in result.stdout
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


def test_binary_file_is_reported_and_exits_two(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "good.txt").write_text("Officials said 4,000 advisers arrived.", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "json"])
    assert result.exit_code == ExitCode.ERROR
    assert "binary data, not text" in result.stderr
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
    for command in ("scan", "check", "ack", "accept", "config", "version"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert len(result.stdout) > 100


def test_readme_exit_code_table_matches() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for code in ExitCode:
        assert f"| `{code.value}` |" in readme


LEDGER = "# decisions\nversion: 1\nquantities: []\ndecisions: []\n"


def test_ack_then_scan_exits_zero(corpus: MakeCorpus) -> None:
    folder = str(corpus(CONFLICT))
    Path("claims.yaml").write_text(LEDGER, encoding="utf-8")
    args = ["--ledger", "claims.yaml"]
    assert runner.invoke(app, ["scan", folder, *args]).exit_code == ExitCode.CONFLICTS
    acked = runner.invoke(app, ["ack", "g1", "--note", "both stated", "--source", folder, *args])
    assert acked.exit_code == 0, acked.output
    assert runner.invoke(app, ["scan", folder, *args]).exit_code == ExitCode.OK
    assert runner.invoke(app, ["scan", folder, *args, "--fail-on", "any"]).exit_code == 1
    assert Path("claims.yaml").read_text(encoding="utf-8").startswith("# decisions\n")


def test_accept_records_a_quantity(corpus: MakeCorpus) -> None:
    folder = corpus(CONFLICT)
    Path("factcheck.toml").write_text(f'sources = ["{folder.as_posix()}"]\n', encoding="utf-8")
    result = runner.invoke(app, ["accept", "g1", "4000-5000", "--note", "range of estimates"])
    assert result.exit_code == 0, result.output
    text = Path("data/claims.yaml").read_text(encoding="utf-8")
    assert "low: 4000" in text
    assert "high: 5000" in text
    assert runner.invoke(app, ["scan"]).exit_code == ExitCode.OK


def test_unknown_group_is_a_usage_error(corpus: MakeCorpus) -> None:
    Path("factcheck.toml").write_text(
        f'sources = ["{corpus(CALM).as_posix()}"]\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["ack", "g9", "--note", "x"])
    assert result.exit_code == ExitCode.ERROR
    assert "'g9' matches no group" in result.stderr


def test_malformed_ledger_exits_two_with_file_and_line(corpus: MakeCorpus) -> None:
    Path("claims.yaml").write_text("version: 1\ndecisions:\n  - grup: x\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(corpus(CALM)), "--ledger", "claims.yaml"])
    assert result.exit_code == ExitCode.ERROR
    first = result.stderr.splitlines()[0]
    assert first == "error: claims.yaml:3: unknown key 'grup' (did you mean 'group'?)"
    assert "Traceback" not in result.output


def test_unknown_setting_exits_two(corpus: MakeCorpus) -> None:
    Path("factcheck.toml").write_text("fail_onn = 'new'\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(corpus(CALM))])
    assert result.exit_code == ExitCode.ERROR
    assert "unknown setting 'fail_onn' (did you mean 'fail_on'?)" in result.stderr


def test_missing_draft_exits_two() -> None:
    result = runner.invoke(app, ["check", "nope.md"])
    assert result.exit_code == ExitCode.ERROR
    assert "nope.md: no such draft file" in result.stderr


def test_check_flags_a_draft_against_the_corpus(corpus: MakeCorpus) -> None:
    folder = corpus(CONFLICT)
    Path("factcheck.toml").write_text(f'sources = ["{folder.as_posix()}"]\n', encoding="utf-8")
    Path("draft.md").write_text("# Draft\n\nSome 9,000 Iranian advisers were deployed to Syria.\n")
    result = runner.invoke(app, ["check", "draft.md"])
    assert result.exit_code == ExitCode.CONFLICTS
    assert "draft says 9,000" in result.stdout


def test_config_show_names_origins() -> None:
    Path("factcheck.toml").write_text("tolerance = 0.05\n", encoding="utf-8")
    result = runner.invoke(app, ["config", "--show"])
    assert "tolerance = 0.05  # factcheck.toml" in result.stdout
    assert 'ledger = "data/claims.yaml"  # default' in result.stdout
