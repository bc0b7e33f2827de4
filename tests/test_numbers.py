"""Number strings to values: digits, words, vague plurals, fractions, significant steps."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import numbers
from factcheck.extract.trie import trie


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("10,000", 10_000, id="thousands-separator"),
        pytest.param("1.3", 1.3, id="decimal"),
        pytest.param("0.04", 0.04, id="small-decimal"),
        pytest.param(".5", 0.5, id="leading-point"),
        pytest.param("1 234 567", 1_234_567, id="space-groups"),
        pytest.param("40\u202f000", 40_000, id="thin-space"),
    ],
)
def test_parse_digits(text: str, value: float) -> None:
    assert numbers.parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("seven", 7, id="unit"),
        pytest.param("fifteen", 15, id="teen"),
        pytest.param("twenty-one", 21, id="hyphenated"),
        pytest.param("twelve thousand", 12_000, id="scaled"),
        pytest.param("a dozen", 12, id="dozen"),
        pytest.param("half a dozen", 6, id="half-dozen"),
        pytest.param("five and a half million", 5_500_000, id="fraction-then-scale"),
        pytest.param("one hundred and six", 106, id="hundred-and"),
        pytest.param("two hundred and two thousand", 202_000, id="compound-thousand"),
        pytest.param("one million and a half", 1_500_000, id="scale-then-fraction"),
        pytest.param("two million and one half", 2_500_000, id="one-half"),
        pytest.param("a quarter million", 250_000, id="quarter-million"),
        pytest.param("three hundred and two dozen", 324, id="dozen-of-the-ones"),
        pytest.param("two and a half dozen", 30, id="fraction-dozen"),
        pytest.param("one hundred twenty-five", 125, id="hundred-tens-ones"),
        pytest.param("fifty five", 55, id="tens-ones-spaced"),
    ],
)
def test_parse_words(text: str, value: float) -> None:
    assert numbers.parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("seven-two", id="tally"),
        pytest.param("three-nought-four", id="sequence"),
        pytest.param("nine eleven", id="teen-after-one"),
        pytest.param("twenty thirty", id="tens-after-tens"),
        pytest.param("fifteen five", id="ones-after-teen"),
    ],
)
def test_words_that_make_no_one_number_are_none(text: str) -> None:
    assert numbers.parse_words(text) is None


def test_parse_words_without_numbers_is_none() -> None:
    assert numbers.parse_words("soldiers") is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("dozens", 24, 119), ("hundreds", 200, 999), ("tens of thousands", 20_000, 99_999)],
)
def test_parse_vague(text: str, low: float, high: float) -> None:
    value, got_low, got_high = numbers.parse_vague(text)
    assert (value, got_low, got_high) == (low, low, high)


@pytest.mark.parametrize(
    ("numerator", "denominator", "value"),
    [
        pytest.param("three", "fifths", 0.6, id="simple"),
        pytest.param("a", "half", 0.5, id="article"),
        pytest.param("one", "eighth", 0.125, id="one"),
        pytest.param("twenty and three", "fifths", 20.6, id="mixed"),
        pytest.param("one hundred and thirty", "fifths", 26, id="improper"),
        pytest.param("six million and two", "thirds", 6_666_666.667, id="of-the-scale"),
        pytest.param("1", "quarter", 0.25, id="digits"),
        pytest.param("one twenty", "fifth", 0.04, id="compound-denominator"),
        pytest.param("three twenty", "firsts", 3 / 21, id="compound-first"),
        pytest.param("one hundred thirty", "fifths", 100 / 35, id="compound-after-scale"),
    ],
)
def test_parse_fraction(numerator: str, denominator: str, value: float) -> None:
    assert numbers.parse_fraction(numerator, denominator) == pytest.approx(value)


def test_unknown_denominator_is_none() -> None:
    assert numbers.parse_fraction("three", "firsts") is None


@pytest.mark.parametrize(
    ("numerator", "denominator"),
    [("twenty", "fifth"), ("one one hundred", "fifth"), ("twenty", "first")],
)
def test_a_singular_ordinal_after_more_than_one_is_a_rank(numerator: str, denominator: str) -> None:
    assert numbers.parse_fraction(numerator, denominator) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("five point five", 5.5), ("nought point nought three", 0.03), ("three lakh crore", 3e12)],
)
def test_parse_words_decimals_and_stacked_scales(text: str, value: float) -> None:
    assert numbers.parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "step"), [("12,000", 1000), ("10,000", 10_000), ("1.35", 0.01)])
def test_significant_step(text: str, step: float) -> None:
    assert numbers.significant_step(text) == pytest.approx(step)


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_integers_parse_back(value: int) -> None:
    assert numbers.parse_digits(f"{value:,}") == value


def test_trie_matches_exactly_its_words() -> None:

    pattern = re.compile(rf"\b{trie(['one', 'oneself', 'ten', 'twenty', 'twelve'])}\b")
    text = "one oneself ten twenty twelve tw twentyone on"
    assert [m.group() for m in pattern.finditer(text)] == [
        "one",
        "oneself",
        "ten",
        "twenty",
        "twelve",
    ]
