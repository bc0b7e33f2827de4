"""Numbers for people: "1 conflict", "3 conflicts", "106,000,000,000", "0.000000000001"."""

from __future__ import annotations

from decimal import Decimal


def count(number: int, noun: str, plural: str | None = None) -> str:
    """`number` and `noun`, the noun in the plural unless the number is one."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def figure(value: float) -> str:
    """`value` exactly, never in exponent form: "106 billion", "2.35 million", "12,500",
    "0.000000000001"; a scale word only where it loses no digit."""
    for scale, word in _SCALES:
        if abs(value) >= scale and (value / scale * 1000).is_integer():
            return f"{plain(value / scale)} {word}"
    return plain(value)


def plain(value: float) -> str:
    """`value` with thousands separators and every digit it holds: "12,345,678", "0.25"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{Decimal(repr(float(value))):,f}"
