"""Word lists written as plain text, one place to read them from."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The white-space separated words of `text` as a set."""
    return frozenset(text.split())
