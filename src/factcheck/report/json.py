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
        """The report as JSON text: one line per key, and one per record of the long lists."""
        return dumps(report_dict(result))


_ENCODER = json.JSONEncoder(ensure_ascii=False)


class _Raw(str):
    """JSON text already encoded: written as it is."""


def _encode(value: object) -> str:
    return value if isinstance(value, _Raw) else _ENCODER.encode(value)


def dumps(report: dict[str, Any]) -> str:
    """`report` as JSON with each record of a list on its own line.

    Readable in a pager and diff-friendly, yet written by the C encoder record by record:
    an indented dump of a large corpus would take seconds in the pure-Python one.
    """
    lines = []
    for key, value in report.items():
        if isinstance(value, list) and value:
            records = ",\n    ".join(map(_encode, value))
            text = f"[\n    {records}\n  ]"
        else:
            text = _ENCODER.encode(value)
        lines.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


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
        "claims": [_Raw(_claim_json(c)) for c in result.claims],
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
        "words": doc.words,
        "claims": claims,
    }


_CLAIM_FIELDS = {name for name in Claim.model_fields if name != "key"}


def _claim_json(claim: Claim) -> str:
    """One claim as JSON, by pydantic's compiled serializer: the hot path of a large report."""
    return Claim.__pydantic_serializer__.to_json(claim, include=_CLAIM_FIELDS).decode("utf-8")


def _group(group: ClaimGroup) -> dict[str, Any]:
    return group.model_dump(mode="json")
