"""The errors factcheck raises: each names the file, the line when known, and the fix."""

from __future__ import annotations


class FactcheckError(Exception):
    """An error the user can fix: `path`, `line` and a `hint` say where and how."""

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, hint: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(FactcheckError):
    """A source path that does not exist or cannot be read."""


class ConfigError(FactcheckError):
    """A setting that is unknown or has a bad value."""


class LedgerError(FactcheckError):
    """A ledger file that cannot be read or does not validate."""
