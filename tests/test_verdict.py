"""Intervals and verdicts: rounding, hedges, bounds and ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.models import Claim, Qualifier, Severity, Verdict
from factcheck.verdict import interval, judge, judge_against


def claim(
    value: float,
    qualifier: Qualifier = Qualifier.EXACT,
    *,
    hedge: str | None = None,
    low: float | None = None,
    high: float | None = None,
    precision: float | None = None,
    unit: str = "troops",
) -> Claim:
    if qualifier is Qualifier.EXACT or qualifier is Qualifier.APPROX:
        low = high = value
    return Claim(source="a", start=0, end=1, line=1, column=1, text=f"{value:,g}", value=value,
                 low=low, high=high, precision=precision, unit=unit, qualifier=qualifier,
                 hedge=hedge, quantity="troops", sentence="")  # fmt: skip


def test_exact_figures_twenty_percent_apart_conflict() -> None:
    result = judge(
        [claim(10_000), claim(12_000, Qualifier.AT_MOST, hedge="as many as", high=12_000)]
    )
    assert result.verdict is Verdict.CONFLICT
    assert result.reason.startswith("12,000 (as many as) is 20% above 10,000")
    assert result.severity is Severity.MEDIUM


def test_as_few_as_states_an_estimate_not_a_lower_bound() -> None:
    few = claim(22, Qualifier.AT_LEAST, hedge="as few as", low=22, unit="ships")
    assert judge([claim(24, unit="ships"), few]).verdict is Verdict.CONFLICT
    more = claim(22, Qualifier.AT_LEAST, hedge="more than", low=22, unit="ships")
    assert judge([claim(24, unit="ships"), more]).verdict is Verdict.AGREE


def test_rounding_lets_close_figures_agree() -> None:
    assert judge([claim(2_000), claim(2_030)]).verdict is Verdict.AGREE


@pytest.mark.parametrize(
    ("first", "second", "unit", "verdict"),
    [
        pytest.param((22, 1), (23, 1), "allies", Verdict.CONFLICT, id="allies"),
        pytest.param((12, 1), (13, 1), "people", Verdict.CONFLICT, id="people"),
        # NOTE: a measure, a span of time or a figure rounded to its tens stays rounded
        pytest.param((22, 1), (22.6, 0.1), "km", Verdict.AGREE, id="measure"),
        pytest.param((22, 1), (22.4, 0.1), "hours", Verdict.AGREE, id="span"),
        pytest.param((2_000, 1_000), (2_030, 10), "troops", Verdict.AGREE, id="rounded"),
    ],
)
def test_whole_things_counted_to_the_unit_are_not_rounded(
    first: tuple[float, float], second: tuple[float, float], unit: str, verdict: Verdict
) -> None:
    claims = [claim(value, precision=step, unit=unit) for value, step in (first, second)]
    assert judge(claims).verdict is verdict


def test_digits_written_narrow_the_rounding() -> None:
    # NOTE: "$10.25 billion" is good to $5 million, not rounded at its second digit
    assert judge([claim(10.25e9, precision=1e7), claim(9.4e9, precision=1e8)]).verdict is (
        Verdict.CONFLICT
    )
    assert judge([claim(10.25e9, precision=1e7), claim(10.3e9, precision=1e8)]).verdict is (
        Verdict.AGREE
    )
    assert judge([claim(10.25e9), claim(9.4e9)]).verdict is Verdict.AGREE  # NOTE: unknown
    # NOTE: "10,000" is still read to its second digit, however its zeros were written
    assert judge([claim(10_000, precision=10_000), claim(10_400)]).verdict is Verdict.AGREE


def test_figures_whose_rounding_only_touches_conflict() -> None:
    # NOTE: with no relative slack, "4.2%" and "4.3%" are each good to 4.25%, and say
    # different things
    low, high = (claim(v, precision=0.1, unit="percent") for v in (4.2, 4.3))
    assert judge([low, high], tolerance=0).verdict is Verdict.CONFLICT
    assert judge_against(low, [high], tolerance=0).verdict is Verdict.CONFLICT
    assert judge([low, low], tolerance=0).verdict is Verdict.AGREE
    zero = claim(0, precision=1, unit="percent")
    assert judge([zero, zero], tolerance=0).verdict is Verdict.AGREE


def test_shares_a_few_percent_apart_agree_as_other_figures_do() -> None:
    def share(value: float) -> Claim:
        return claim(value, precision=0.1, unit="percent")

    assert judge([share(28.5), share(28.6)]).verdict is Verdict.AGREE
    assert judge([share(82.5), share(84.5)]).verdict is Verdict.AGREE
    assert judge([share(82.5), share(88.5)]).verdict is Verdict.CONFLICT


def test_about_widens_tolerance() -> None:
    assert judge([claim(10_000, Qualifier.APPROX), claim(11_700)]).verdict is Verdict.AGREE
    assert judge([claim(10_000), claim(11_700)]).verdict is Verdict.CONFLICT


def test_lower_bound_agrees_with_larger_figure() -> None:
    assert (
        judge([claim(7_000, Qualifier.AT_LEAST, low=7_000), claim(9_000)]).verdict is Verdict.AGREE
    )


def test_strict_upper_bound_conflicts_with_larger_figure() -> None:
    bound = claim(500, Qualifier.AT_MOST, hedge="fewer than", high=500)
    assert judge([bound, claim(900)]).verdict is Verdict.CONFLICT
    assert judge([bound, claim(300)]).verdict is Verdict.AGREE


def test_range_agrees_with_value_inside() -> None:
    inside = claim(11_000, Qualifier.RANGE, low=10_000, high=12_000)
    assert judge([inside, claim(11_500)]).verdict is Verdict.AGREE
    assert judge([inside, claim(15_000)]).verdict is Verdict.CONFLICT


def test_far_apart_is_high_severity() -> None:
    assert judge([claim(100), claim(300)]).severity is Severity.HIGH


def test_estimate_hedge_is_compared_as_figure() -> None:
    low, high = interval(claim(12_000, Qualifier.AT_MOST, hedge="up to", high=12_000))
    assert low > 11_000
    assert high < 13_000


@given(st.floats(1, 1e9), st.floats(1, 1e9))
def test_conflict_is_symmetric(a: float, b: float) -> None:
    assert judge([claim(a), claim(b)]).verdict is judge([claim(b), claim(a)]).verdict
