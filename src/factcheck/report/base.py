"""The `Reporter` protocol every output format implements."""

from __future__ import annotations

from typing import Protocol

from factcheck.models import ScanResult


class Reporter(Protocol):
    """Turns a `ScanResult` into text; never filters, counts or judges."""

    name: str
    always_emit: bool

    def render(self, result: ScanResult) -> str:
        """The whole report as text."""
        ...
