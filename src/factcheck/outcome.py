"""The exit status a result calls for: the one rule the command line applies, kept out of it."""

from __future__ import annotations

from factcheck.models import ExitCode, FailOn, ScanResult


def exit_code(result: ScanResult, fail_on: FailOn, *, strict: bool = False) -> ExitCode:
    """2 when files could not be read (or, with `strict`, a decision is stale); 1 for failing
    conflicts as `fail_on` counts them; else 0."""
    if result.skipped or (strict and result.stale):
        return ExitCode.ERROR
    failing = {
        FailOn.NEW: result.open_conflicts,
        FailOn.ANY: result.conflicts,
        FailOn.NONE: [],
    }[fail_on]
    return ExitCode.CONFLICTS if failing else ExitCode.OK
