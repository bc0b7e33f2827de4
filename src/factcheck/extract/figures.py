"""Find figures in text: amount, scale, currency or percent, ranges and hedges, with exact spans.

A figure here is only a number as written; whether it is a claim is for `extract.claims`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from factcheck.extract import numbers, units
from factcheck.models import Qualifier

_CORE_BODY = (
    rf"(?P<digits>{numbers.DIGITS})(?![\d])"
    rf"|\b(?P<vague>{numbers.VAGUE_NUMBER})\b"
    rf"|\b(?P<words>{numbers.WORD_NUMBER})\b"
)
CORE = re.compile(
    rf"(?:(?<![\w.,/\-−–:#@&+^])|(?<=[\s(][\-−])|(?<=^[\-−]))(?:{_CORE_BODY})", re.IGNORECASE
)
"""A number where one may start: digits not glued to letters or other digits, or words."""
_CORE_AFTER_JOIN = re.compile(_CORE_BODY, re.IGNORECASE)
_SCALE_WORD = re.compile(
    r"\s?(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?)\b", re.I
)
_SCALE_SPACED = re.compile(r"\s?(?:mn|mln|bn|bln|tn|tln|trn)\b\.?", re.I)
_SCALE_GLUED = re.compile(r"(?:k|K|m|M|MM|mil|b|B|G)(?![\w])|\s(?:k|K|M|G)(?![\w\s]*[A-Za-z])")
_MULTIPLIERS = {**numbers.SCALE_WORDS, "dozen": 12, "dozens": 12}
_POWER = re.compile(r"\s?[x×]\s?10\^?(?P<exp>[+\-−]?\d+)")
_FRACTION_WORD = re.compile(rf"(?:\s*-\s*|\s+)(?P<den>{numbers.ORDINAL})\b", re.I)
_SIGN_WORD = re.compile(r"\b(?:minus|negative)\s+$", re.I)
_PERCENT_BEFORE = re.compile(r"\b(?:percents?|per\s?cent)\s+of\s+$", re.I)
_PERCENT_POINTS = re.compile(units.PERCENT_POINTS, re.I)
_PERCENT = re.compile(units.PERCENT, re.I)
_CODE_AFTER = re.compile(rf"\s?(?:{units.CURRENCY_CODE_PATTERN})\b", re.I)
_WORD_AFTER = re.compile(rf"\s+(?:(?:[A-Za-z]+\s+){{0,2}})?{units.CURRENCY_WORD_PATTERN}\b", re.I)
_SUBUNIT_AFTER = re.compile(rf"\s?{units.SUBUNIT_PATTERN}\b", re.I)
_SYMBOL_AFTER = re.compile(r"\s?(?:[€£¥₩₹₽元₡₾₭]|\$(?!\s?\d))")
_PREFIX_BEFORE = re.compile(rf"(?<![\w$])(?:{units.CURRENCY_PREFIX})\s?$", re.I)
_CODE_BEFORE = re.compile(rf"\b(?:{units.CURRENCY_CODE_PATTERN})\s?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|and)\s+", re.I)
_FROM_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|"
    r"drop\w*|declin\w*|climb\w*|jump\w*|cut|reduc\w*|rais\w*|went|up|down|doubl\w*|"
    r"swell\w*|shr[iu]nk\w*|slash\w*|rev\w*)\s+(?:\w+\s+){0,2}from\s+$",
    re.I,
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)

HEDGES: dict[str, Qualifier] = {
    "more than": Qualifier.AT_LEAST, "over": Qualifier.AT_LEAST, "past": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST, "upwards of": Qualifier.AT_LEAST,
    "in excess of": Qualifier.AT_LEAST, "exceeding": Qualifier.AT_LEAST,
    "exceeds": Qualifier.AT_LEAST, "exceeded": Qualifier.AT_LEAST, "exceed": Qualifier.AT_LEAST,
    "greater than": Qualifier.AT_LEAST, "above": Qualifier.AT_LEAST,
    "larger than": Qualifier.AT_LEAST, "higher than": Qualifier.AT_LEAST,
    "smaller than": Qualifier.AT_MOST, "lower than": Qualifier.AT_MOST,
    "no fewer than": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
    "topping": Qualifier.AT_LEAST, "surpassing": Qualifier.AT_LEAST,
    "fewer than": Qualifier.AT_MOST, "less than": Qualifier.AT_MOST, "under": Qualifier.AT_MOST,
    "below": Qualifier.AT_MOST, "at most": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST, "as much as": Qualifier.AT_MOST,
    "as high as": Qualifier.AT_MOST, "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST, "a maximum of": Qualifier.AT_MOST,
    "about": Qualifier.APPROX, "around": Qualifier.APPROX, "roughly": Qualifier.APPROX,
    "approximately": Qualifier.APPROX, "approx.": Qualifier.APPROX, "some": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX, "estimated": Qualifier.APPROX, "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX, "close to": Qualifier.APPROX, "averaging": Qualifier.APPROX,
    "an average of": Qualifier.APPROX,
    "circa": Qualifier.APPROX, "ca.": Qualifier.APPROX, "~": Qualifier.APPROX,
    "just under": Qualifier.APPROX, "just over": Qualifier.APPROX,
    "approaching": Qualifier.APPROX,
}  # fmt: skip
ESTIMATE_HEDGES = frozenset({"up to", "as many as", "as much as", "as high as"})
"""Hedges that state an estimate: compared as the figure they give, not as a bound."""

_HEDGE_BEFORE = re.compile(
    r"(?<![\w])(?P<hedge>"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*$",
    re.I,
)
_HEDGE_AFTER = re.compile(r"(?:\s+(?P<w>or more|and more|or so|or less|or fewer|plus)\b|(?P<p>\+))")
_AFTER_QUALIFIER = {
    "or more": Qualifier.AT_LEAST, "and more": Qualifier.AT_LEAST, "plus": Qualifier.AT_LEAST,
    "+": Qualifier.AT_LEAST, "or so": Qualifier.APPROX, "or less": Qualifier.AT_MOST,
    "or fewer": Qualifier.AT_MOST,
}  # fmt: skip
_LOOKBACK = 32
_GLUED_AFTER = re.compile(r"[^\W\d_]|\d")
_POSITIONAL = frozenset({"past", "over", "under", "above", "below"})


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written, with its span and what the text says about it."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str | None
    qualifier: Qualifier
    hedge: str | None
    step: float
    kind: str
    factor: float = 1.0

    @property
    def scaled(self) -> bool:
        """True when a scale word or abbreviation multiplied the amount."""
        return self.factor != 1.0

    @property
    def is_money(self) -> bool:
        """True when the figure carries a currency."""
        return self.unit is not None and self.unit not in ("percent", "percentage_points")


def find_figures(text: str) -> Iterator[Figure]:
    """Every figure of `text`, left to right, never overlapping."""
    position = 0
    for match in CORE.finditer(text):
        if match.start() < position:
            continue
        figure = _figure_at(text, match)
        if figure is None:
            continue
        position = figure.end
        yield figure


def _figure_at(text: str, match: re.Match[str]) -> Figure | None:
    first = _amount(text, match)
    if first is None:
        return None
    first = _with_prefix(text, first)
    figure = _range_from(text, first) or first
    if _GLUED_AFTER.match(text, figure.end):
        return None  # NOTE: "155mm", "21st", "1960s", "10x20": designations, not amounts
    return _with_hedges(text, figure)


def _amount(text: str, match: re.Match[str]) -> Figure | None:
    """The amount at `match` with its scale, percent or currency suffix."""
    start, end = match.span()
    if match.group("vague"):
        value, low, high = numbers.parse_vague(match.group("vague"))
        return Figure(start, end, value, low, high, None, Qualifier.VAGUE, None, value, "vague")
    if match.group("words"):
        value_or_none = numbers.parse_words(match.group("words"))
        if value_or_none is None:
            return None
        return _word_amount(text, match, value_or_none)
    digits = match.group("digits")
    if _bad_digit_shape(text, end):
        return None
    if re.match(r"/\d", text[end : end + 2]):
        return _fraction(text, digits, end)
    value = numbers.parse_digits(digits)
    step = numbers.significant_step(digits)
    power = _POWER.match(text, end)
    if power:
        factor = 10.0 ** int(power.group("exp").replace("−", "-"))
        value, step, end = value * factor, step * factor, power.end()
    if _signed(text, start) or _SIGN_WORD.search(text[max(0, start - 12) : start]):
        value = -value
    base = Figure(start, end, value, None, None, None, Qualifier.EXACT, None, step, "digits")
    if _PERCENT_BEFORE.search(text[max(0, start - 20) : start]):
        return replace(base, unit="percent")
    if _FRACTION_WORD.match(text, end) and not _SCALE_WORD.match(text, end):
        return None
    return _with_suffix(text, _with_scale(text, base))


def _signed(text: str, start: int) -> bool:
    """A minus sign that starts a token: " -9.5", "(−18"; not the dash of "22-24"."""
    return start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n(")


def _word_amount(text: str, match: re.Match[str], value: float) -> Figure | None:
    start, end = match.span()
    fraction = _FRACTION_WORD.match(text, end)
    if fraction:
        value_or_none = numbers.parse_fraction(match.group("words"), fraction.group("den"))
        if value_or_none is None:
            return None
        return Figure(start, fraction.end(), value_or_none, None, None, None, Qualifier.EXACT,
                      None, value_or_none / 10, "fraction")  # fmt: skip
    if re.match(r"\s*-\s*[a-z]", text[end : end + 4], re.I) and not re.match(
        r"-(?:year|month|day|week)", text[end:]
    ):
        return (
            None
            if _FRACTION_WORD.match(text.replace("-", " ", 1), end)
            else _suffix_word(text, match, value)
        )
    return _suffix_word(text, match, value)


def _suffix_word(text: str, match: re.Match[str], value: float) -> Figure:
    step = max(1.0, numbers.significant_step(str(int(value))))
    base = Figure(
        match.start(), match.end(), value, None, None, None, Qualifier.EXACT, None, step, "words"
    )
    return _with_suffix(text, base)


def _bad_digit_shape(text: str, end: int) -> bool:
    """Digits that continue as an address, a version, a time or a score are not amounts."""
    after = text[end : end + 2]
    return bool(re.match(r"\.\d|:\d|,\d(?!\d\d)|\^", after))


def _fraction(text: str, digits: str, end: int) -> Figure | None:
    """A simple fraction such as "1/2"; anything else joined by a slash is an identifier."""
    match = re.match(r"/(\d+)(?![\d/])", text[end:])
    if match is None:
        return None
    numerator, denominator = numbers.parse_digits(digits), float(match.group(1))
    if not 1 <= numerator < denominator <= 100 or "," in digits:
        return None
    value = numerator / denominator
    return Figure(end - len(digits), end + match.end(), value, None, None, None,
                  Qualifier.EXACT, None, value / 100, "fraction")  # fmt: skip


def _with_scale(text: str, figure: Figure) -> Figure:
    end = figure.end
    for pattern, table in (
        (_SCALE_WORD, _MULTIPLIERS),
        (_SCALE_SPACED, numbers.SCALE_ABBREVIATIONS),
    ):
        match = pattern.match(text, end)
        if match:
            word = match.group().strip().rstrip(".").lower()
            return _scaled(figure, table[word], end + len(match.group()))
    match = _SCALE_GLUED.match(text, end)
    if match:
        word = match.group()
        # NOTE: a glued lower-case "m" without a currency is metres, not millions
        if word == "m" and not _PREFIX_BEFORE.search(text[max(0, figure.start - 6) : figure.start]):
            return figure
        return _scaled(figure, numbers.SCALE_ABBREVIATIONS[word.strip().lower()], match.end())
    return figure


def _scaled(figure: Figure, factor: float, end: int) -> Figure:
    return replace(figure, end=end, value=figure.value * factor, step=figure.step * factor,
                   factor=factor)  # fmt: skip


def _with_suffix(text: str, figure: Figure) -> Figure:
    """Percent, percentage points, a currency code, word, sub-unit or trailing symbol."""
    end = figure.end
    if match := _PERCENT_POINTS.match(text, end):
        return replace(figure, end=match.end(), unit="percentage_points")
    if match := _PERCENT.match(text, end):
        return replace(figure, end=match.end(), unit="percent")
    if match := _SUBUNIT_AFTER.match(text, end):
        code, factor = units.SUBUNITS[_subunit_key(match.group())]
        return replace(figure, end=match.end(), unit=code, value=figure.value * factor,
                       step=figure.step * factor)  # fmt: skip
    if match := _CODE_AFTER.match(text, end):
        figure = replace(
            figure, end=match.end(), unit=units.currency_from_code(match.group().strip())
        )
        return _with_scale(text, figure) if not figure.scaled else figure
    if match := _WORD_AFTER.match(text, end):
        return replace(figure, end=match.end(), unit=units.currency_from_word(match.group()))
    if match := _SYMBOL_AFTER.match(text, end):
        return replace(
            figure, end=match.end(), unit=units.currency_from_symbol(match.group().strip())
        )
    return figure


def _subunit_key(word: str) -> str:
    word = word.strip().lower()
    if word.startswith("cent"):
        return "cent"
    return "penny" if word.startswith("penn") else "pence"


def _with_prefix(text: str, figure: Figure) -> Figure:
    """A currency symbol or code written before the amount: "$", "US$", "USD"."""
    if figure.unit is not None:
        return figure
    window = text[max(0, figure.start - 8) : figure.start]
    match = _PREFIX_BEFORE.search(window) or _CODE_BEFORE.search(window)
    if match is None:
        return figure
    symbol = match.group().strip()
    code = (
        units.currency_from_symbol(symbol)
        if re.search(r"[^\w\s.]", symbol)
        else (units.currency_from_code(symbol))
    )
    start = figure.start - (len(window) - match.start())
    return replace(figure, start=start, unit=code)


def _range_from(text: str, first: Figure) -> Figure | None:
    """A range written from `first`: "22-24%", "50 to 100", "between 10,000 and 12,000"."""
    join = _RANGE_JOIN.match(text, first.end)
    if join is None or first.kind == "vague":
        return None
    word = join.group().strip().lower()
    before = text[max(0, first.start - 40) : first.start]
    if word == "and" and not _BETWEEN.search(before):
        return None
    if word == "to" and _FROM.search(before) and _FROM_CHANGE.search(before):
        return None
    prefix = re.match(rf"(?:{units.CURRENCY_PREFIX})\s?", text[join.end() :], re.I)
    core_at = join.end() + (prefix.end() if prefix else 0)
    match = _CORE_AFTER_JOIN.match(text, core_at)
    if match is None or match.group("vague"):
        return None
    second = _amount(text, match)
    if second is None or (first.kind == "words") != (second.kind == "words"):
        return None
    return _join_range(first, second)


def _join_range(first: Figure, second: Figure) -> Figure | None:
    unit = first.unit or second.unit
    if first.unit and second.unit and first.unit != second.unit:
        return None
    low = first.value
    if not first.scaled and second.scaled and first.value * second.factor <= second.value:
        low = first.value * second.factor
    elif not first.scaled and not second.scaled and second.value >= 1000:
        low = _thousands_shorthand(first.value, second.value)
    high = second.value
    if low >= high:
        return None
    step = min(first.step, second.step) if low == first.value else second.step
    return Figure(first.start, second.end, (low + high) / 2, low, high, unit, Qualifier.RANGE,
                  None, step, "range", factor=max(first.factor, second.factor))  # fmt: skip


def _thousands_shorthand(low: float, high: float) -> float:
    """ "11 to 12,000" means 11,000 to 12,000: a bare low end takes the high end's thousands."""
    for factor in (1_000_000.0, 1_000.0):
        if high % factor == 0 and low < 1000 and low * factor <= high < low * factor * 2:
            return low * factor
    return low


def _with_hedges(text: str, figure: Figure) -> Figure:
    before = text[max(0, figure.start - _LOOKBACK) : figure.start]
    match = _HEDGE_BEFORE.search(before)
    hedge = match.group("hedge") if match else None
    if (
        match
        and hedge
        and hedge.lower() in _POSITIONAL
        and re.search(r"\bthe\s+$", before[: match.start()])
    ):
        hedge = None  # NOTE: "over the past 24 hours": a time frame, not a bound
    qualifier = HEDGES[hedge.lower()] if hedge else Qualifier.EXACT
    end = figure.end
    after = _HEDGE_AFTER.match(text, end)
    if after and figure.kind != "vague":
        word = (after.group("w") or after.group("p")).lower()
        if qualifier is Qualifier.EXACT or hedge is None:
            qualifier, hedge = _AFTER_QUALIFIER[word], word
        end = after.end() if after.group("p") else end
    if figure.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return replace(figure, hedge=hedge)
    bounded = _bounded(replace(figure, end=end, qualifier=qualifier, hedge=hedge))
    if bounded.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
        return _paired_bound(text, bounded) or bounded
    return bounded


_BOUND_PAIR = re.compile(
    r"\s+(?:and|but)\s+(?P<hedge>(?:no\s+)?(?:more|less|fewer|greater|larger|smaller|higher|lower)"
    r"(?:\s+or\s+equal)?\s+than(?:\s+or\s+equal\s+to)?|above|below|under|over|at\s+(?:most|least))\s+",
    re.I,
)
_UPPER = ("less", "fewer", "smaller", "lower", "below", "under", "at most", "no more")


def _paired_bound(text: str, figure: Figure) -> Figure | None:
    """ "more than 10 and less than 20": two bounds that close one range."""
    pair = _BOUND_PAIR.match(text, figure.end)
    if pair is None:
        return None
    match = _CORE_AFTER_JOIN.match(text, pair.end())
    if match is None or match.group("vague"):
        return None
    other = _amount(text, match)
    if other is None or other.unit != figure.unit:
        return None
    upper = pair.group("hedge").lower().startswith(_UPPER)
    low, high = (figure.value, other.value) if upper else (other.value, figure.value)
    if (figure.qualifier is Qualifier.AT_MOST) == upper or low >= high:
        return None
    return Figure(figure.start, other.end, (low + high) / 2, low, high, figure.unit,
                  Qualifier.RANGE, figure.hedge, min(figure.step, other.step), "range")  # fmt: skip


def _bounded(figure: Figure) -> Figure:
    value = figure.value
    low, high = {
        Qualifier.EXACT: (value, value),
        Qualifier.APPROX: (value, value),
        Qualifier.AT_LEAST: (value, None),
        Qualifier.AT_MOST: (None, value),
    }[figure.qualifier]
    return replace(figure, low=low, high=high)
