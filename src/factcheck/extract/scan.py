"""Where numbers may start: one fast pass over the lower-cased text.

A regular expression built as a trie of the number words, plus digits, finds candidate
positions at tens of megabytes a second; the slower readers in `amounts` run only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import lazyre
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
     "hundred", "thousand", "million", "billion", "trillion", "percentage", "full"}
)  # fmt: skip
"""Words that make "a"/"an" the start of a number: "a half", "a dozen", "a million", "a
(full) percentage point"."""
VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


_DIGITS = lazyre.compile(rf"[\d{VULGAR}]+")
_WORD_TRIE = trie({*START_WORDS, *AFTER_ARTICLE})
_WORDS = lazyre.compile(rf"\b{_WORD_TRIE}\b")
_ASCII_DIGITS = re.compile(rb"[0-9]+")
_ASCII_WORDS = re.compile(rb"\b" + _WORD_TRIE.encode("ascii") + rb"\b")
"""The same two passes over ASCII text as bytes, where they run about twice as fast: digits and
word boundaries mean there what they mean in Unicode, and offsets are the same."""
_ARTICLE_BEFORE = lazyre.compile(r"\ban? $")
_AFTER_ARTICLE = frozenset(AFTER_ARTICLE)
_ASCII_AFTER_ARTICLE = frozenset(word.encode("ascii") for word in AFTER_ARTICLE)


def candidates(text: str) -> list[tuple[int, bool]]:
    """Offsets where a number may start, in order, each with True when it starts with "a"/"an".

    Digits and words are found in two passes: each alone runs at C speed, while one
    alternation of both would defeat the regex engine's first-character skipping.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # NOTE: a few characters change length when lower-cased
    if lowered.isascii():
        data = lowered.encode("ascii")
        digits = [(m.start(), False) for m in _ASCII_DIGITS.finditer(data)]
        words = _word_starts(lowered, _ASCII_WORDS.finditer(data), _ASCII_AFTER_ARTICLE)
    else:
        digits = [(m.start(), False) for m in _DIGITS.finditer(lowered)]
        words = _word_starts(lowered, _WORDS.finditer(lowered), _AFTER_ARTICLE)
    digits += words
    digits.sort()  # NOTE: two sorted runs: the sort merges them in one pass
    return digits


def _word_starts(
    lowered: str,
    matches: Iterator[re.Match[str]] | Iterator[re.Match[bytes]],
    after_article: frozenset[str] | frozenset[bytes],
) -> list[tuple[int, bool]]:
    starts = []
    for match in matches:
        start = match.start()
        if match.group() in after_article:
            article = _ARTICLE_BEFORE.search(lowered, max(0, start - 3), start)
            if article:
                starts.append((article.start(), True))
        starts.append((start, False))
    return starts
