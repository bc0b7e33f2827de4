"""Reporters: one class per output format, pure rendering of a `ScanResult`."""

from __future__ import annotations

from factcheck.kinds import Format
from factcheck.report.base import Reporter
from factcheck.report.github import GithubReporter
from factcheck.report.json import JsonReporter
from factcheck.report.markdown import MarkdownReporter
from factcheck.report.sarif import SarifReporter
from factcheck.report.terminal import TerminalReporter


def reporter(
    fmt: Format, *, show_claims: bool = False, color: bool = True, width: int | None = None
) -> Reporter:
    """The reporter for `fmt`."""
    if fmt is Format.TABLE:
        return TerminalReporter(show_claims=show_claims, color=color, width=width)
    simple: dict[Format, type[JsonReporter | SarifReporter | GithubReporter | MarkdownReporter]] = {
        Format.JSON: JsonReporter,
        Format.SARIF: SarifReporter,
        Format.GITHUB: GithubReporter,
        Format.MARKDOWN: MarkdownReporter,
    }
    return simple[fmt]()


__all__ = [
    "Format",
    "GithubReporter",
    "JsonReporter",
    "MarkdownReporter",
    "Reporter",
    "SarifReporter",
    "TerminalReporter",
    "reporter",
]
