"""Find figures in text: amounts, ranges and ratios with their hedges and exact spans.

A figure here is only a number as written; whether it is a claim is for `extract.claims`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import lazyre
from factcheck.extract import amounts, units
from factcheck.extract.amounts import (
    Figure,
    amount,
    article_fraction,
    exact,
    lone_half,
    number_at,
    update,
    with_prefix,
)
from factcheck.extract.hedges import ESTIMATE_HEDGES, with_hedges
from factcheck.extract.scan import candidates
from factcheck.kinds import Qualifier

__all__ = ["ESTIMATE_HEDGES", "Figure", "find_figures"]

_JOIN = r"(?:-?\s+(?:to|and|or|through|thru)\s+|\s*(?:-|–|—|~)\s*)"
"""A range's join; "18- to 25-year-olds" hangs a hyphen before the word; "two or three"."""
_RANGE_JOIN = lazyre.compile(rf"(?P<unit>\s?(?:°\s?[CF]\b|[^\W\d][\w/]*))?{_JOIN}", re.I)
_RANGE_JOIN_AFTER_UNIT = lazyre.compile(rf"(?P<unit>){_JOIN}", re.I)
"""The join after a figure that has read its unit already: "5 km to 10 km"."""
_YEAR_AFTER_IN = lazyre.compile(r"(?:1[89]|20)\d\d")
_RATIO = lazyre.compile(r"\s+(?P<w>over|out\s+of|in)\s+", re.I)
_TIME_WORDS = lazyre.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)\b", re.I)
CHANGE_VERB = (
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*"
    r"|drop\w*|declin\w*|climb\w*|jump\w*|cut|reduc\w*|rais\w*|went|up|down|doubl\w*"
    r"|swell\w*|shr[iu]nk\w*|slash\w*|rev\w*|gain\w*|lost|los(?:e|es|ing)|add\w*|shed\w*"
    r"|slid\w*|slipp?\w*|soar\w*|surg\w*|tumbl\w*|plung\w*)"
)
_FROM_CHANGE = lazyre.compile(rf"{CHANGE_VERB}\s+(?:[\w'’-]+\s+){{0,5}}from\s+$", re.I)
"""A change told from its start: "rose from 5% to 8%", "a rise in employer National Insurance
from 13.8 per cent to 15 per cent" are two figures, not a range."""
_CHANGE_BEFORE = lazyre.compile(rf"{CHANGE_VERB}\s+(?:by\s+)?(?:\S+\s+)?$", re.I)
"""A change verb right before a figure: "rose 12 cents", "fell by $2"."""
_BY_BEFORE = lazyre.compile(r"\bby\s+(?:\S+\s+)?$", re.I)
_CHANGED_BY = lazyre.compile(rf"{CHANGE_VERB}\s+(?:[a-z]+\s+)?by\s+(?:\S+\s+){{0,2}}$", re.I)
"""A change by an amount, words between: "fell by a record", "cut output by"."""
_PER_BASE = lazyre.compile(
    r"(?:\s+[a-z]+s)?\s+per\s+(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?P<noun>live\s+births|[A-Za-z]+)\b"
)
"""The base of a rate: "6.3 per 100,000 people", "81 cases per 1,000 population"."""
_PREFIX_AFTER_JOIN = lazyre.compile(rf"(?:{units.CURRENCY_PREFIX})\s?", re.I)
_BETWEEN = lazyre.compile(r"\bbetween\s+(?:negative\s+|minus\s+)?$", re.I)
_DASH_NUMBER = lazyre.compile(r"[-–]\d")
_GLUED_AFTER = lazyre.compile(r"[^\W\d_]|\d")


def find_figures(text: str) -> Iterator[Figure]:
    """Every figure of `text`, left to right, never overlapping."""
    position = 0
    for start, article in candidates(text):
        if start < position:
            continue
        if _plain_date_part(text, start):
            continue
        match = number_at(text, start)
        figure = _figure_at(text, match) if match else None
        if figure is None:
            fraction = article_fraction(text, start) if article else lone_half(text, start)
            figure = with_hedges(text, fraction) if fraction else None
        if figure is None:
            continue
        position = figure.end
        yield figure


_YEAR_OR_DAY = lazyre.compile(
    r"(?:1[89]\d\d|20\d\d)(?![\d%\w-]|[.,]\d)(?!\s*(?:-|–|to\b|per|million|billion|thousand"
    r"|bn|mn|dollars|euros|pounds|yen|won|[A-Z]{3}\b))"
    r"|(?:[1-9]|[12]\d|3[01])(?=,?\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)"
)
_MONEY_BEFORE = frozenset("$€£¥₩₹₽")
_MONTH_BEFORE = lazyre.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $"
)
_DAY = lazyre.compile(r"(?:[1-9]|[12]\d|3[01])(?![\d%\w-]|[.,]\d)")


def _plain_date_part(text: str, start: int) -> bool:
    """A bare year or the day of a written date: by far the most common numbers that are no
    claims, turned away before the full readers run (`filters` would reject them too)."""
    if not _YEAR_OR_DAY.match(text, start):
        return bool(
            _DAY.match(text, start) and _MONTH_BEFORE.search(text, max(0, start - 11), start)
        )
    before = text[max(0, start - 5) : start]
    return not (before[-1:] in _MONEY_BEFORE or before.rstrip()[-3:].isupper())


def _figure_at(text: str, match: re.Match[str]) -> Figure | None:
    first = amount(text, match)
    if first is None:
        return None
    first = with_prefix(text, first)
    figure = _ratio_from(text, first) or _range_from(text, first)
    if figure is None and _DASH_NUMBER.match(text, first.end):
        return None  # NOTE: "2-1", "52-48", "50-50": a score or split that makes no range
    figure = figure or first
    if _GLUED_AFTER.match(text, figure.end):
        return None  # NOTE: "155mm", "21st", "1960s", "10x20": designations, not amounts
    if figure.unit is None and (base := _PER_BASE.match(text, figure.end)):
        # NOTE: "6.3 per 100,000 people" is one rate; the 100,000 is no figure of its own
        noun = " ".join(base.group("noun").lower().split())
        unit = f"per {base.group('n')} {units.MEASURE_NOUNS.get(noun) or units.counted_unit(noun)}"
        figure = update(figure, end=base.end(), unit=unit)
    return with_hedges(text, figure)


def _range_from(text: str, first: Figure) -> Figure | None:
    """A range written from `first`: "22-24%", "50 to 100", "between 10,000 and 12,000"."""
    join = (_RANGE_JOIN_AFTER_UNIT if first.unit else _RANGE_JOIN).match(text, first.end)
    if join is None or first.kind == "vague":
        return None
    word = join.group().replace(join.group("unit") or "", "", 1).strip(" -").lower()
    before = text[max(0, first.start - 40) : first.start]
    if word == "and" and not _BETWEEN.search(before):
        return None
    if word == "to" and _FROM_CHANGE.search(text, max(0, first.start - 80), first.start):
        return None
    prefix = _PREFIX_AFTER_JOIN.match(text, join.end())
    if (
        word == "to"
        and _CHANGE_BEFORE.search(before)
        and ((first.unit and prefix) or _BY_BEFORE.search(before))
    ):
        # NOTE: "shares rose 12 cents to $4.56", "grew by 17.6 kg to 182.3 kg": the change,
        # then the new level
        return None
    match = amounts.CORE_AFTER_JOIN.match(text, prefix.end() if prefix else join.end())
    if match is None or match.group("vague"):
        return None
    second = amount(text, match)
    if second is None or (first.kind == "words") != (second.kind == "words"):
        return None
    if _another_figure(text, first, second, before, prefix is not None):
        return None
    if prefix and second.unit is None:
        # NOTE: "rose 26% to $240 billion": the currency before the second amount is its unit
        second = update(second, unit=units.currency_from_symbol(prefix.group().strip()))
    unit = (join.group("unit") or "").strip()
    if unit:
        repeated = re.match(rf"\s?{re.escape(unit)}\b", text[second.end :])
        if repeated is None:
            return None  # NOTE: "44 mg to 50 mg" repeats its unit; "5 soldiers to 6" is no range
        second = update(second, end=second.end + repeated.end())
    joined = _join_range(first, second)
    if word == "or" and joined and not _close(joined.low or 0.0, joined.high or 0.0):
        return None  # NOTE: "two or three" is a range; "10 billion or 10 trillion" are choices
    return joined


def _another_figure(text: str, first: Figure, second: Figure, before: str, prefix: bool) -> bool:
    """True when the amount after the join is a figure of its own, not a range's high end: "rose
    47% in 2023 to $111 billion" (a year, then an amount), "births rose 3.6% to 238,300" (the
    change, then the new level)."""
    if _year_like(text, first) and (prefix or second.unit or second.scaled):
        return True
    if second.value > 10 * first.value > 0 and (
        _CHANGED_BY.search(before) or _CHANGE_BEFORE.search(before)
    ):
        return True  # NOTE: "fell by a record 898,000 to 123.8 million", "rose 60,000 bpd to
        # 4.27 million bpd": the change, then the level, which no range spans ("cut jobs by 20
        # to 30 percent" is one)
    return (
        first.unit == "percent"
        and second.unit is None
        and (_CHANGE_BEFORE.search(before) is not None or second.value > 100)
    )


def _close(low: float, high: float) -> bool:
    """Ends near enough for "or" to join a range: the high end at most ten times the low."""
    return low > 0 and high <= 10 * low


def _year_like(text: str, figure: Figure) -> bool:
    """Four bare digits that may be a year: "2023", not "2,000" or "$2023"."""
    written = text[figure.start : figure.end]
    return (
        figure.unit is None
        and len(written) == 4
        and written.isdigit()
        and 1800 <= figure.value <= 2100
    )


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
    if low > high and high < 0:
        low, high = high, low  # NOTE: "from -18 °C to -34 °C" spans the same interval
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


def _ratio_from(text: str, first: Figure) -> Figure | None:
    """ "one in five", "two out of three", "1 over 3": a share written as a ratio."""
    join = _RATIO.match(text, first.end)
    if join is None or first.unit or first.kind not in ("digits", "words"):
        return None
    match = amounts.CORE_AFTER_JOIN.match(text, join.end())
    if match is None or match.group("vague") or match.group("sign"):
        return None
    second = amount(text, match)
    if second is None or second.unit or second.kind not in ("digits", "words") or not second.value:
        return None
    word = join.group("w").lower()
    if word == "in" and _YEAR_AFTER_IN.fullmatch(text, second.start, second.end):
        return None  # NOTE: "up from three in 2014": a count and its year
    if word != "over" and not first.value <= second.value:
        return None  # NOTE: "12 out of 10" is no share; "one in five" is
    if word == "over" and _TIME_WORDS.match(text, second.end):
        return None
    value = first.value / second.value
    return exact(first.start, second.end, value, value / 100, "ratio")
