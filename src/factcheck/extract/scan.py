"""Where numbers may start: one fast pass over the lower-cased text.

A regular expression built as a trie of the number words, plus digits, finds candidate
positions at tens of megabytes a second; the slower readers in `amounts` run only there.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from factcheck.extract import numbers
from factcheck.extract.trie import trie

START_WORDS = sorted(
    {*numbers.SMALL, *numbers.TENS, *numbers.SCALE_WORDS, *numbers.VAGUE, "dozen", "half",
     "quarter", "tens", "scores", "hundreds",
     *(f"{some} {scale}" for some in numbers.SOME_OF
       for scale in ("hundred", "thousand", "million", "billion", "dozen"))}
)  # fmt: skip
"""Words a number written in words can start with ("several" and "few" only before a scale:
alone they are common words and no number)."""
AFTER_ARTICLE = sorted(
    {"half", "quarter", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "hundredth", "thousandth", "millionth", "billionth", "trillionth", "dozen",
     "hundred", "thousand", "million", "billion", "trillion"}
)  # fmt: skip
"""Words that make "a"/"an" the start of a number: "a half", "a dozen", "a million"."""
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


_DIGITS = re.compile(rf"[\d{VULGAR}]+")
_WORDS = re.compile(rf"\b{trie({*START_WORDS, *AFTER_ARTICLE})}\b")
_ARTICLE_BEFORE = re.compile(r"\ban? $")
_AFTER_ARTICLE = frozenset(AFTER_ARTICLE)


def candidates(text: str) -> Iterator[tuple[int, bool]]:
    """Offsets where a number may start, in order, each with True when it starts with "a"/"an".

    Digits and words are found in two passes: each alone runs at C speed, while one
    alternation of both would defeat the regex engine's first-character skipping.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # NOTE: a few characters change length when lower-cased
    digits = ((m.start(), False) for m in _DIGITS.finditer(lowered))
    return heapq.merge(digits, _word_starts(lowered))


def _word_starts(lowered: str) -> Iterator[tuple[int, bool]]:
    for match in _WORDS.finditer(lowered):
        start = match.start()
        if match.group() in _AFTER_ARTICLE:
            article = _ARTICLE_BEFORE.search(lowered, max(0, start - 3), start)
            if article:
                yield article.start(), True
        yield start, False
