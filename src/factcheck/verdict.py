"""Verdicts: whether the figures of one group can all be true, and how far apart they are."""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.extract.claims import is_estimate
from factcheck.extract.context import is_plural
from factcheck.extract.units import is_span
from factcheck.models import Claim, Qualifier, Severity, Verdict

EXACT_TOLERANCE = 0.02
"""Any exact figure may be a few percent off its subject."""
HEDGED_TOLERANCE = 0.10
""""about", "around", "roughly", "some" widen that to about ten percent."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict with its reason in words and numbers and its severity."""

    verdict: Verdict
    reason: str
    severity: Severity | None
    score: float


def interval(claim: Claim, tolerance: float = EXACT_TOLERANCE) -> tuple[float, float]:
    """The values `claim` allows once rounding, `tolerance` and hedges are counted."""
    value = claim.value
    slack = rounding(claim) + abs(value) * tolerance
    if claim.qualifier is Qualifier.APPROX:
        slack = max(slack, abs(value) * HEDGED_TOLERANCE)
    if claim.qualifier is Qualifier.RANGE and claim.low is not None and claim.high is not None:
        return claim.low - slack * claim.low / max(value, 1e-12), claim.high + slack
    if claim.qualifier is Qualifier.AT_LEAST and not is_estimate(claim):
        return value - slack, math.inf
    if claim.qualifier is Qualifier.AT_MOST and not is_estimate(claim):
        return -math.inf, value + slack
    return value - slack, value + slack


def rounding(claim: Claim) -> float:
    """Half the place value of the last digit written, and of the second significant digit
    at the coarsest: "$10.25 billion" is good to $5 million, "10,000" to 500."""
    value = abs(claim.value)
    if value == 0 or (claim.precision == 1 and _counts_whole_things(claim)):
        return 0.0  # NOTE: "23 allies" is no rounding of 22.6 allies; "23 km" may be
    coarsest = 0.5 * 10.0 ** (math.floor(math.log10(value)) - 1)
    return coarsest if claim.precision is None else min(coarsest, claim.precision / 2)


def _counts_whole_things(claim: Claim) -> bool:
    """True when the claim counts things that come whole, as a plural noun names them ("23
    allies", "4 deaths"), and not a measure, a share, money, a span of time or a rate."""
    unit = claim.unit
    return (
        claim.per is None
        and float(claim.value).is_integer()
        and unit.isalpha()
        and unit.islower()
        and is_plural(unit)
        and not is_span(unit)
        and unit not in _MEASURES
    )


_MEASURES = frozenset({"degrees", "points", "miles", "kilometres", "metres", "tonnes", "barrels"})
"""Plurals that measure, which a claim may round as it may a span of time ("3 hours" may be 3.4
of them)."""


def judge(claims: list[Claim], tolerance: float = EXACT_TOLERANCE) -> Judgement:
    """`conflict` when two figures cannot both be true, else `agree`; with reason and severity.

    Intervals on a line all overlap when the largest lower end is below the smallest upper
    end, so one pass finds the widest gap: no comparison of every pair.
    """
    bounds = [interval(c, tolerance) for c in claims]
    above = max(range(len(claims)), key=lambda i: bounds[i][0])
    below = min(range(len(claims)), key=lambda i: bounds[i][1])
    if not _apart(claims[above], bounds[above], claims[below], bounds[below]):
        return Judgement(Verdict.AGREE, _agreement(claims), None, 0.0)
    low, high = sorted((claims[above], claims[below]), key=lambda c: c.value)
    ratio = (high.value - low.value) / abs(low.value) if low.value else math.inf
    score = min(ratio, 10.0) * (1 + 0.25 * (len({c.source for c in claims}) - 2))
    return Judgement(Verdict.CONFLICT, _disagreement(high, low, ratio), _severity(ratio), score)


def judge_against(
    claim: Claim, others: list[Claim], tolerance: float = EXACT_TOLERANCE
) -> Judgement:
    """Whether `claim` can stand beside each of `others` (a draft against what stands)."""
    conflicting = [other for other in others if _pair_apart(claim, other, tolerance)]
    if not conflicting:
        return Judgement(Verdict.AGREE, _agreement([claim, *others]), None, 0.0)
    other = max(conflicting, key=lambda other: _gap(claim, other, tolerance))
    low, high = sorted((claim, other), key=lambda c: c.value)
    ratio = (high.value - low.value) / abs(low.value) if low.value else math.inf
    return Judgement(
        Verdict.CONFLICT, _disagreement(high, low, ratio), _severity(ratio), min(ratio, 10.0)
    )


def _gap(a: Claim, b: Claim, tolerance: float) -> float:
    a_low, a_high = interval(a, tolerance)
    b_low, b_high = interval(b, tolerance)
    return max(a_low - b_high, b_low - a_high, 0.0)


def _pair_apart(a: Claim, b: Claim, tolerance: float) -> bool:
    a_bounds, b_bounds = interval(a, tolerance), interval(b, tolerance)
    if a_bounds[0] >= b_bounds[0]:
        return _apart(a, a_bounds, b, b_bounds)
    return _apart(b, b_bounds, a, a_bounds)


def _apart(
    upper: Claim, upper_bounds: tuple[float, float], lower: Claim, lower_bounds: tuple[float, float]
) -> bool:
    """True when `upper`'s interval starts above where `lower`'s ends, or just where it ends
    and their values differ: "4.2%" and "4.3%" are each good to 4.25%, and are two figures."""
    start, end = upper_bounds[0], lower_bounds[1]
    return start > end or (math.isclose(start, end, rel_tol=1e-9) and upper.value != lower.value)


def _severity(ratio: float) -> Severity:
    if ratio >= 0.5:
        return Severity.HIGH
    return Severity.MEDIUM if ratio >= 0.15 else Severity.LOW


def figure(claim: Claim) -> str:
    """The claim's figure as written, with its hedge: "12,000 (as many as)"."""
    return f"{claim.text} ({claim.hedge})" if claim.hedge else claim.text


def _disagreement(high: Claim, low: Claim, ratio: float) -> str:
    how = f"{ratio:.0%} above" if math.isfinite(ratio) else "above"
    return f"{figure(high)} is {how} {figure(low)}; rounding and hedges cannot close the gap"


def _agreement(claims: list[Claim]) -> str:
    figures = ", ".join(sorted({figure(c) for c in claims}))
    return f"{figures} fit together once rounding and hedges are allowed for"
