"""Reporters: one class per output format, pure rendering of a `ScanResult`.

Each format's module loads when its reporter is asked for: a scan imports one of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from factcheck.kinds import Format

if TYPE_CHECKING:
    from factcheck.report.base import Reporter
    from factcheck.report.github import GithubReporter
    from factcheck.report.json import JsonReporter
    from factcheck.report.markdown import MarkdownReporter
    from factcheck.report.sarif import SarifReporter
    from factcheck.report.terminal import TerminalReporter

_HOMES = {
    "Reporter": "base",
    "GithubReporter": "github",
    "JsonReporter": "json",
    "MarkdownReporter": "markdown",
    "SarifReporter": "sarif",
    "TerminalReporter": "terminal",
}
_BY_FORMAT = {
    Format.JSON: "JsonReporter",
    Format.SARIF: "SarifReporter",
    Format.GITHUB: "GithubReporter",
    Format.MARKDOWN: "MarkdownReporter",
}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)


def reporter(
    fmt: Format, *, show_claims: bool = False, color: bool = True, width: int | None = None
) -> Reporter:
    """The reporter for `fmt`."""
    if fmt is Format.TABLE:
        from factcheck.report.terminal import TerminalReporter  # noqa: PLC0415

        return TerminalReporter(show_claims=show_claims, color=color, width=width)
    cls = __getattr__(_BY_FORMAT[fmt])
    assert isinstance(cls, type)
    instance: Reporter = cls()
    return instance


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
