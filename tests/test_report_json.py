"""The JSON report: REPORT.md fields, model round trip, and the seed corpus smoke test."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from factcheck.config import Settings
from factcheck.models import Claim, ClaimGroup
from factcheck.pipeline import scan
from factcheck.report import JsonReporter

NO_CACHE = Settings(cache=False)
ROOT = Path(__file__).parents[1]


class _Report(BaseModel):
    model_config = ConfigDict(extra="allow")
    version: int
    sources: list[dict[str, object]]
    claims: list[Claim]
    groups: list[ClaimGroup]


def test_seed_corpus_report_validates_against_the_models() -> None:
    result = scan([ROOT / "data" / "sources"], NO_CACHE)
    text = JsonReporter().render(result)
    report = _Report.model_validate(json.loads(text))
    assert report.version == 1
    assert len(report.sources) == 5
    assert all(c.id and (c.start < c.end or c.accepted) for c in report.claims)
    assert any(g.verdict == "conflict" for g in report.groups)


def test_report_is_byte_stable() -> None:
    first = JsonReporter().render(scan([ROOT / "data" / "sources"], NO_CACHE))
    second = JsonReporter().render(scan([ROOT / "data" / "sources"], NO_CACHE))
    assert first == second


def test_integral_values_are_written_as_integers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Officials said 4,000 advisers arrived.", encoding="utf-8")
    report = json.loads(JsonReporter().render(scan([tmp_path], NO_CACHE)))
    assert report["claims"][0]["value"] == 4000
    assert isinstance(report["claims"][0]["value"], int)
