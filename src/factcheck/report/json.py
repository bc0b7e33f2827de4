"""The JSON report of REPORT.md: a public, versioned interface."""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Claim, ClaimGroup, Document, ScanResult

REPORT_VERSION = 1


class JsonReporter:
    """Renders a `ScanResult` as the version-1 JSON report, byte-stable for one input."""

    name = "json"
    always_emit = True

    def render(self, result: ScanResult) -> str:
        """The report as indented JSON text, ending with a newline."""
        return json.dumps(report_dict(result), indent=2, ensure_ascii=False) + "\n"


def report_dict(result: ScanResult) -> dict[str, Any]:
    """The report as plain data: version, summary, sources, skipped, claims and groups."""
    counts: dict[str, int] = {}
    for claim in result.claims:
        counts[claim.source] = counts.get(claim.source, 0) + 1
    return {
        "version": REPORT_VERSION,
        "summary": {
            "documents": len(result.documents),
            "skipped": len(result.skipped),
            "ignored": len(result.ignored),
            "claims": len(result.claims),
            "groups": len(result.groups),
            "conflicts": len(result.conflicts),
            "open_conflicts": len(result.open_conflicts),
            "decided_conflicts": len(result.decided_conflicts),
            "stale_decisions": len(result.stale),
        },
        "ledger": result.ledger,
        "sources": [_source(doc, counts.get(doc.path, 0)) for doc in result.documents],
        "skipped": [s.model_dump() for s in result.skipped],
        "ignored": [i.model_dump() for i in result.ignored],
        "claims": [_claim(c) for c in result.claims],
        "groups": [_group(g) for g in result.groups],
        "stale": [s.model_dump(mode="json") for s in result.stale],
    }


def _source(doc: Document, claims: int) -> dict[str, Any]:
    return {
        "path": doc.path,
        "sha256": doc.sha256,
        "format": doc.format,
        "encoding": doc.encoding,
        "title": doc.title,
        "date": doc.date,
        "pages": len(doc.pages) or None,
        "words": len(doc.text.split()),
        "claims": claims,
    }


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else round(value, 10)


def _claim(claim: Claim) -> dict[str, Any]:
    data = claim.model_dump(mode="json", exclude={"key"})
    for field in ("value", "low", "high"):
        data[field] = _number(getattr(claim, field))
    return data


def _group(group: ClaimGroup) -> dict[str, Any]:
    return group.model_dump(mode="json")
