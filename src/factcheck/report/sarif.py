"""SARIF 2.1.0 for code-scanning upload: one result per conflict, stale decisions as warnings."""

from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.models import Claim, ClaimGroup, ScanResult, Severity, StaleDecision

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheckGroup/v1"
RULES = [
    {
        "id": "conflict",
        "name": "ConflictingFigures",
        "shortDescription": {
            "text": "Sources state figures for one quantity that cannot all be true."
        },
        "fullDescription": {
            "text": "Two or more sources give figures for the same quantity that differ by more "
            "than rounding and hedges allow. Decide which figure stands and record it."
        },
        "help": {"text": "Run `factcheck ack GROUP --note ...` or `factcheck accept GROUP VALUE`."},
        "defaultConfiguration": {"level": "error"},
    },
    {
        "id": "stale-decision",
        "name": "StaleDecision",
        "shortDescription": {"text": "A ledger decision names a group the scan no longer finds."},
        "fullDescription": {
            "text": "The figures the decision was about changed or went; review and remove it."
        },
        "help": {"text": "Remove the decision from the ledger, or decide on the new group."},
        "defaultConfiguration": {"level": "warning"},
    },
]
_LEVEL = {Severity.HIGH: "error", Severity.MEDIUM: "error", Severity.LOW: "warning"}


class SarifReporter:
    """Renders conflicts and stale decisions as one SARIF 2.1.0 run."""

    name = "sarif"
    always_emit = True

    def render(self, result: ScanResult) -> str:
        """The SARIF log as indented JSON text."""
        results = [_conflict(result, g) for g in result.conflicts]
        results += [_stale(result, s) for s in result.stale]
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {"name": "factcheck", "version": __version__, "rules": RULES}
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _location(claim: Claim) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": claim.line, "startColumn": claim.column}
    if claim.end > claim.start and "\n" not in claim.text:
        region["endColumn"] = claim.column + len(claim.text)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": claim.source},
            "region": region,
        }
    }


def _conflict(result: ScanResult, group: ClaimGroup) -> dict[str, Any]:
    claims = [c for c in (result.claim(i) for i in group.claims) if c.repeat_of is None]
    # NOTE: a check reports on its drafts: the draft's figure is the primary location
    claims.sort(key=lambda c: not result.focus or c.source not in result.focus)
    first, others = claims[0], claims[1:]
    related = []
    for n, claim in enumerate(others, start=1):
        location = _location(claim) | {
            "id": n,
            "message": {"text": f"{claim.text}: {claim.quantity}"},
        }
        related.append(location)
    entry: dict[str, Any] = {
        "ruleId": "conflict",
        "ruleIndex": 0,
        "level": _LEVEL.get(group.severity or Severity.LOW, "warning"),
        "message": {"text": f"{group.quantity}: {group.reason}"},
        "locations": [_location(first)],
        "relatedLocations": related,
        "partialFingerprints": {FINGERPRINT_KEY: group.fingerprint},
        "properties": {"group": group.id, "sources": group.sources},
    }
    if group.decision is not None:
        note = group.decision_note or group.decision.value
        entry["suppressions"] = [{"kind": "external", "justification": note}]
    return entry


def _stale(result: ScanResult, stale: StaleDecision) -> dict[str, Any]:
    return {
        "ruleId": "stale-decision",
        "ruleIndex": 1,
        "level": "warning",
        "message": {
            "text": f"decision '{stale.decision.value}' on group {stale.group} matches no group"
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": result.ledger or "data/claims.yaml"},
                    "region": {"startLine": stale.line, "startColumn": 1},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: f"stale:{stale.group}"},
    }
