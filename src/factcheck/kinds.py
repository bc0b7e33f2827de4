"""The closed sets of the project: qualifiers, verdicts, severities, decisions, exit codes.

Plain enums with no pydantic, so that the command line can name them without loading models.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Qualifier(StrEnum):
    """How a figure is stated: exactly, hedged, as a bound, as a range, or only vaguely."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"


class Verdict(StrEnum):
    """Whether the figures of one group can all be true together."""

    AGREE = "agree"
    CONFLICT = "conflict"


class Severity(StrEnum):
    """How much a conflict matters to an editor, from how far apart the figures are."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DecisionKind(StrEnum):
    """What an editor decided about a reported group."""

    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    NOT_SAME = "not_same"


class FailOn(StrEnum):
    """Which conflicts make the command fail: undecided ones, any, or none."""

    NEW = "new"
    ANY = "any"
    NONE = "none"


class ExitCode(IntEnum):
    """The exit statuses of the command line, pinned by the README table."""

    OK = 0
    CONFLICTS = 1
    ERROR = 2
    INTERRUPTED = 130


class Format(StrEnum):
    """The names `--format` accepts."""

    TABLE = "table"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    MARKDOWN = "markdown"
