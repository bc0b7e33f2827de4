"""Word lists written as plain text, one place to read them from."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The white-space separated words of `text` as a set."""
    return frozenset(text.split())


LOOSE_HEDGES = (
    r"(?:almost|nearly|about|around|roughly|some|over|under|just|only|more\s+than|less\s+than"
    r"|fewer\s+than)"
)
"""Hedge words that may stand between a word and the figure it governs ("by almost a
quarter", "and an estimated 3.9%"), as a pattern."""
HEDGE_RUN = rf"(?:(?:an?\s+)?(?:estimated|at\s+least|{LOOSE_HEDGES})\s+)*"
"""The hedge words that may stand right before a figure, any number of them ("an estimated",
"at least", "nearly"), as a pattern."""
COMPARATIVES = word_set("more less fewer higher lower bigger larger smaller greater")
"""Comparatives after a part that make it a change: "a quarter more than in 2023"."""
