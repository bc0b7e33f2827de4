"""Editors' decisions: find a group, record `ack` or `accept` in the ledger."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.ledger import AcceptedQuantity, Decision, load_ledger, record_decision, slug
from factcheck.models import ClaimGroup, DecisionKind, ScanResult

_RANGE = re.compile(r"^\s*(?P<low>[\d.,]+)\s*(?:-|–|\.\.|to)\s*(?P<high>[\d.,]+)\s*$")


def find_group(result: ScanResult, ref: str) -> ClaimGroup:
    """The group named by its id ("g3") or by a prefix of its fingerprint."""
    matches = [g for g in result.groups if ref in (g.id, g.fingerprint)]
    if not matches and len(ref) >= 6:
        matches = [g for g in result.groups if g.fingerprint.startswith(ref)]
    if len(matches) != 1:
        known = ", ".join(g.id for g in result.groups) or "none"
        problem = "matches several groups" if matches else "matches no group"
        raise FactcheckError(f"'{ref}' {problem}", hint=f"name a group id from the scan ({known})")
    return matches[0]


def acknowledge(result: ScanResult, ref: str, note: str, by: str | None, ledger: Path) -> Decision:
    """Record that the discrepancy of group `ref` is known and stated."""
    return _record(result, ref, DecisionKind.ACKNOWLEDGED, note, by, ledger)


def not_same(result: ScanResult, ref: str, note: str, by: str | None, ledger: Path) -> Decision:
    """Record that group `ref` joined figures of different quantities."""
    return _record(result, ref, DecisionKind.NOT_SAME, note, by, ledger)


def _record(
    result: ScanResult, ref: str, kind: DecisionKind, note: str, by: str | None, ledger: Path
) -> Decision:
    group = find_group(result, ref)
    decision = Decision(
        group=group.fingerprint, decision=kind, note=note, by=by, date=dt.date.today()
    )
    record_decision(ledger, decision)
    return decision


def accept(
    result: ScanResult, ref: str, value: str, note: str, ledger: Path
) -> tuple[Decision, AcceptedQuantity]:
    """Record `value` ("11000" or "10,000-12,000") as the figure that stands for group `ref`."""
    group = find_group(result, ref)
    low, high = parse_value(value)
    claims = [result.claim(i) for i in group.claims]
    sources = sorted({c.source for c in claims if not c.accepted})
    quantity = AcceptedQuantity(
        id=_free_id(slug(group.quantity), ledger),
        description=group.quantity,
        unit=group.unit,
        value=low if low == high else None,
        low=None if low == high else low,
        high=None if low == high else high,
        per=group.per,
        as_of=dt.date.today(),
        sources=sources,
        note=note,
    )
    decision = Decision(
        group=group.fingerprint,
        decision=DecisionKind.ACCEPTED,
        quantity=quantity.id,
        note=note,
        date=dt.date.today(),
    )
    record_decision(ledger, decision, quantity)
    return decision, quantity


def parse_value(text: str) -> tuple[float, float]:
    """A value or a range as typed on the command line."""
    match = _RANGE.match(text)
    try:
        if match:
            low, high = (float(match.group(g).replace(",", "")) for g in ("low", "high"))
        else:
            low = high = float(text.replace(",", ""))
    except ValueError:
        raise FactcheckError(f"'{text}' is not a number or a range",
                             hint="write it as 11000 or 10000-12000") from None  # fmt: skip
    if low > high:
        raise FactcheckError(f"range '{text}' runs backwards", hint="write the low end first")
    return low, high


def _free_id(base: str, ledger: Path) -> str:
    taken = {q.id for q in load_ledger(ledger).ledger.quantities}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
