"""Every reporter renders one shared result; SARIF validates against the official schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.config import Settings
from factcheck.models import ScanResult
from factcheck.pipeline import scan
from factcheck.report import Format, GithubReporter, MarkdownReporter, SarifReporter, reporter

NO_CACHE = Settings(cache=False)
ROOT = Path(__file__).parents[2]
SCHEMA = ROOT.parent / "shared" / "eval" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def result() -> ScanResult:
    return scan([ROOT / "data" / "sources"], NO_CACHE)


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_renders(fmt: Format, result: ScanResult) -> None:
    text = reporter(fmt, color=False).render(result)
    assert text.strip()


def test_sarif_validates_against_the_schema(result: ScanResult) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("the SARIF schema lives in ../shared/eval, beside the repository")
    log = json.loads(SarifReporter().render(result))
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (conflict,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "conflict"]
    assert conflict["partialFingerprints"]["factcheckGroup/v1"] == result.conflicts[0].fingerprint
    assert conflict["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert len(conflict["relatedLocations"]) == 2


def test_github_annotations_name_file_line_and_column(result: ScanResult) -> None:
    lines = GithubReporter().render(result).splitlines()
    assert lines
    assert all(
        line.startswith("::error file=") and ",line=" in line and ",col=" in line for line in lines
    )
    assert any("002_a6fc2063652d85c0.txt,line=187" in line for line in lines)


def test_markdown_summary(result: ScanResult) -> None:
    text = MarkdownReporter().render(result)
    assert text.startswith("## factcheck\n")
    assert "**1 open conflict**" in text
    assert "| g1 |" in text


def test_a_part_in_words_shows_in_percent_as_it_is_compared(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nearly a third of the budget goes to defence.\n")
    (tmp_path / "b.txt").write_text("Defence takes 38% of the budget.\n")
    found = scan([tmp_path], NO_CACHE)
    (group,) = found.groups
    assert (group.verdict.value, group.unit) == ("conflict", "percent")
    assert [c.value for c in found.claims if not c.accepted] == [0.33333333333333, 38]
    text = reporter(Format.TABLE, color=False).render(found)
    assert "33.3%" in text
