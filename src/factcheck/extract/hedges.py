"""Hedges and bounds around a figure: "more than", "as many as", "about", "or more"."""

from __future__ import annotations

import re

from factcheck import lazyre
from factcheck.extract import amounts
from factcheck.extract.amounts import Figure, amount, is_word_char, update
from factcheck.kinds import Qualifier

HEDGES: dict[str, Qualifier] = {
    "more than": Qualifier.AT_LEAST, "over": Qualifier.AT_LEAST, "past": Qualifier.AT_LEAST,
    "at least": Qualifier.AT_LEAST, "upwards of": Qualifier.AT_LEAST,
    "in excess of": Qualifier.AT_LEAST, "exceeding": Qualifier.AT_LEAST,
    "exceeds": Qualifier.AT_LEAST, "exceeded": Qualifier.AT_LEAST, "exceed": Qualifier.AT_LEAST,
    "greater than": Qualifier.AT_LEAST, "above": Qualifier.AT_LEAST,
    "larger than": Qualifier.AT_LEAST, "higher than": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
    "topping": Qualifier.AT_LEAST, "surpassing": Qualifier.AT_LEAST,
    "has passed": Qualifier.AT_LEAST, "have passed": Qualifier.AT_LEAST,
    "had passed": Qualifier.AT_LEAST, "surpassed": Qualifier.AT_LEAST,
    "topped": Qualifier.AT_LEAST, "crossed": Qualifier.AT_LEAST, "tops": Qualifier.AT_LEAST,
    "surpasses": Qualifier.AT_LEAST,
    "north of": Qualifier.AT_LEAST, "as few as": Qualifier.AT_LEAST,
    "as little as": Qualifier.AT_LEAST, "as low as": Qualifier.AT_LEAST,
    "fewer than": Qualifier.AT_MOST, "less than": Qualifier.AT_MOST, "under": Qualifier.AT_MOST,
    "below": Qualifier.AT_MOST, "at most": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST,
    "smaller than": Qualifier.AT_MOST, "lower than": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST, "as much as": Qualifier.AT_MOST,
    "as high as": Qualifier.AT_MOST, "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST, "a maximum of": Qualifier.AT_MOST,
    "about": Qualifier.APPROX, "around": Qualifier.APPROX, "roughly": Qualifier.APPROX,
    "approximately": Qualifier.APPROX, "approx.": Qualifier.APPROX, "some": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX, "estimated": Qualifier.APPROX, "nearly": Qualifier.APPROX,
    "almost": Qualifier.APPROX, "close to": Qualifier.APPROX, "averaging": Qualifier.APPROX,
    "an average of": Qualifier.APPROX, "circa": Qualifier.APPROX, "ca.": Qualifier.APPROX,
    "~": Qualifier.APPROX, "just under": Qualifier.APPROX, "just over": Qualifier.APPROX,
    "approaching": Qualifier.APPROX, "just shy of": Qualifier.APPROX, "shy of": Qualifier.APPROX,
    "nears": Qualifier.APPROX, "neared": Qualifier.APPROX, "nearing": Qualifier.APPROX,
    "near": Qualifier.APPROX,
    "more or less": Qualifier.APPROX, "give or take": Qualifier.APPROX,
    "not quite": Qualifier.APPROX,
}  # fmt: skip
ESTIMATE_HEDGES = frozenset(
    {"up to", "as many as", "as much as", "as high as", "as few as", "as little as", "as low as"}
)
"""Hedges that state an estimate: compared as the figure they give, not as a bound ("as few as
22 a day" is not "24 a day")."""

_HEDGE_BEFORE = lazyre.compile(
    r"(?<![\w])(?P<hedge>"
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*$",
    re.I,
)


def without_hedges(text: str) -> str:
    """`text` without the hedges it ends in: "produced nearly" -> "produced "."""
    while found := _HEDGE_BEFORE.search(text):
        text = text[: found.start()]
    return text


_BY_LAST_CHAR: dict[str, list[str]] = {}
for _hedge in sorted(HEDGES, key=len, reverse=True):
    _BY_LAST_CHAR.setdefault(_hedge[-1], []).append(_hedge)
_HEDGE_AFTER = lazyre.compile(
    r"(?:[\s-]+(?P<w>or more|and more|or so|or less|or fewer|plus)\b(?!\s+than)|(?P<p>\+)"
    r"|-(?P<odd>odd)\b)"
)
_HEDGE_AFTER_NOUN = lazyre.compile(
    r"\s+[A-Za-z][\w-]*\s+(?P<w>or more|or fewer|or less|at least|at most)\b"
    r"(?!\s+(?:than|of|once|twice)\b)"
)
"""A bound written after the counted noun: "500 troops or more", "20 tanks at most"."""
_AFTER_QUALIFIER = {
    "or more": Qualifier.AT_LEAST, "and more": Qualifier.AT_LEAST, "plus": Qualifier.AT_LEAST,
    "+": Qualifier.AT_LEAST, "or so": Qualifier.APPROX, "or less": Qualifier.AT_MOST,
    "or fewer": Qualifier.AT_MOST, "odd": Qualifier.APPROX, "at least": Qualifier.AT_LEAST,
    "at most": Qualifier.AT_MOST,
}  # fmt: skip
TRAILING_HEDGES = frozenset(word for word in _AFTER_QUALIFIER if " " in word)
"""The hedges of two words written after a figure: "5 or more tanks"."""
_POSITIONAL = frozenset({"past", "over", "under", "above", "below"})
_LOOKBACK = 32
_BOUND_PAIR = lazyre.compile(
    r"\s+(?:and|but)\s+(?P<hedge>(?:no\s+)?(?:more|less|fewer|greater|larger|smaller|higher|lower)"
    r"(?:\s+or\s+equal)?\s+than(?:\s+or\s+equal\s+to)?|above|below|under|over|at\s+(?:most|least))\s+",
    re.I,
)
_THE_BEFORE = lazyre.compile(r"\bthe\s+$")
_MOTION_BEFORE = lazyre.compile(
    r"\b(?:tick(?:ed|s)?|rose|ris(?:e[sn]?|ing)|went|go(?:es|ne|ing)?|mov(?:e[sd]?|ing)"
    r"|climb(?:ed|s)?|jump(?:ed|s)?|shot|crept|edg(?:e[sd]?|ing)|inch(?:ed|es)?|revised|pushed"
    r"|bump(?:ed|s)?|stepped|ramped|picked|spiked|soared|surged|came|come|headed|ratcheted)\s+$",
    re.I,
)
_UPPER = ("less", "fewer", "smaller", "lower", "below", "under", "at most", "no more")


def with_hedges(text: str, figure: Figure) -> Figure:
    """The figure with the hedge written before or after it, and the interval that follows."""
    hedge = _hedge_before(text, figure.start, figure.end)
    qualifier = HEDGES[hedge.lower()] if hedge else Qualifier.EXACT
    near = text[max(0, figure.start - 8) : figure.start]
    passing = (
        _COUNT_PASSES.search(text, max(0, figure.start - 60), figure.start)
        if hedge is None and ("pass" in near or "top" in near)
        else None
    )
    if passing is not None and passing.end() == figure.start:
        hedge, qualifier = passing.group("verb").lower(), Qualifier.AT_LEAST
    end = figure.end
    after = _HEDGE_AFTER.match(text, end)
    if after and figure.kind != "vague":
        word = (after.group("w") or after.group("p") or after.group("odd")).lower()
        if hedge is None:
            qualifier, hedge = _AFTER_QUALIFIER[word], word
        end = after.end() if after.group("p") else end
    elif (
        hedge is None
        and figure.unit is None
        and figure.kind != "vague"
        and (past_noun := _HEDGE_AFTER_NOUN.match(text, end))
    ):
        hedge = past_noun.group("w").lower()  # NOTE: the figure still ends at its number
        qualifier = _AFTER_QUALIFIER[hedge]
    if figure.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return update(figure, hedge=hedge)
    bounded = bounded_interval(update(figure, end=end, qualifier=qualifier, hedge=hedge))
    if bounded.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
        return _paired_bound(text, bounded) or bounded
    return bounded


_COUNT_PASSES = lazyre.compile(
    r"\b(?:toll|deaths|dead|cases|infections|casualties|arrivals|number|count|tally|total"
    r"|losses|damage|damages|costs?|sales|revenues?|exports|imports|trade|debt)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?P<verb>pass(?:es)?|top)\s+",
    re.I,
)
"""A count or sum that passes a mark, as headlines write it: "Death toll from Myanmar
earthquake passes 3,000", "Cases top 750", "losses top $30 billion" (not "The House passes $95
billion in aid")."""
_SPAN_AFTER = lazyre.compile(r"\s+(?:hours?|days?|weeks?|months?|years?|decades?)\b", re.I)
_FOR_SPAN_BEFORE = lazyre.compile(
    r"\b(?:for|last(?:s|ed|ing)?|took|takes|taken|(?<!be )(?<!been )(?<!is )(?<!are )(?<!was )"
    r"(?<!were )spent|spanning|in|after|than|of|within|it|is"
    r"|was|been|be|are|were|now|already|still)\s+$",
    re.I,
)
"""The words before "over" and a span that make it a bound: "lasted over four months", "for
over a year", "spent over 12 years in prison"; after anything else "over four months" is during
them, as money "to be spent over 12 years" is."""


def _hedge_before(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - _LOOKBACK) : start]
    found = _ascii_hedge_before(before) if before.isascii() else _regex_hedge_before(before)
    if found is None:
        return None
    hedge, at = found
    if hedge.lower() in _POSITIONAL and _THE_BEFORE.search(before, 0, at):
        return None  # NOTE: "over the past 24 hours": a time frame, not a bound
    if (
        hedge.lower() == "over"
        and _SPAN_AFTER.match(text, end)
        and not _FOR_SPAN_BEFORE.search(before, 0, at)
    ):
        return None  # NOTE: "treated 1,500 wounded over four months": during them
    if hedge.lower() == "up to" and _MOTION_BEFORE.search(before, 0, at):
        return None  # NOTE: "unemployment ticked up to 3.9%": where it went, not a bound
    return hedge


def _ascii_hedge_before(before: str) -> tuple[str, int] | None:
    """The longest hedge that ends `before` (but for white space) at a word start.

    What `_HEDGE_BEFORE` finds, without trying every hedge at every position of the window.
    """
    stripped = before.rstrip()
    lowered = stripped.lower()
    for hedge in _BY_LAST_CHAR.get(lowered[-1:], ()):
        at = len(stripped) - len(hedge)
        if lowered.endswith(hedge) and (at == 0 or not is_word_char(stripped[at - 1])):
            return stripped[at:], at
    return None


def _regex_hedge_before(before: str) -> tuple[str, int] | None:
    match = _HEDGE_BEFORE.search(before)
    return None if match is None else (match.group("hedge"), match.start())


def _paired_bound(text: str, figure: Figure) -> Figure | None:
    """ "more than 10 and less than 20": two bounds that close one range."""
    pair = _BOUND_PAIR.match(text, figure.end)
    if pair is None:
        return None
    match = amounts.CORE_AFTER_JOIN.match(text, pair.end())
    if match is None or match.group("vague"):
        return None
    other = amount(text, match)
    if other is None or other.unit != figure.unit:
        return None
    upper = pair.group("hedge").lower().startswith(_UPPER)
    low, high = (figure.value, other.value) if upper else (other.value, figure.value)
    if (figure.qualifier is Qualifier.AT_MOST) == upper or low >= high:
        return None
    return Figure(figure.start, other.end, (low + high) / 2, low, high, figure.unit,
                  Qualifier.RANGE, figure.hedge, min(figure.step, other.step), "range")  # fmt: skip


def bounded_interval(figure: Figure) -> Figure:
    """`low` and `high` as the qualifier states them; an open end is None."""
    value = figure.value
    low, high = {
        Qualifier.EXACT: (value, value),
        Qualifier.APPROX: (value, value),
        Qualifier.AT_LEAST: (value, None),
        Qualifier.AT_MOST: (None, value),
    }[figure.qualifier]
    return update(figure, low=low, high=high)
