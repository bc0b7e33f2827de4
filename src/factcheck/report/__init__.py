"""Reporters: one class per output format, pure rendering of a `ScanResult`."""

from __future__ import annotations

from enum import StrEnum

from factcheck.report.base import Reporter
from factcheck.report.json import JsonReporter
from factcheck.report.terminal import TerminalReporter


class Format(StrEnum):
    """The names `--format` accepts."""

    TABLE = "table"
    JSON = "json"


def reporter(
    fmt: Format, *, show_claims: bool = False, color: bool = True, width: int = 100
) -> Reporter:
    """The reporter for `fmt`."""
    if fmt is Format.JSON:
        return JsonReporter()
    return TerminalReporter(show_claims=show_claims, color=color, width=width)


__all__ = ["Format", "JsonReporter", "Reporter", "TerminalReporter", "reporter"]
