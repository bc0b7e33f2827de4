"""Counts in words for people: "1 conflict", "3 conflicts"."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, the noun in the plural unless the number is one."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
