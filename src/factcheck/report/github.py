"""GitHub Actions workflow commands: an annotation on every figure of an undecided conflict."""

from __future__ import annotations

from factcheck.models import ScanResult


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """One `::error` line per figure of each undecided conflict, `::warning` for stale decisions."""

    name = "github"
    always_emit = False

    def render(self, result: ScanResult) -> str:
        """The workflow commands, one per line."""
        lines = []
        for group in result.open_conflicts:
            title = _property(f"Conflicting figures: {group.quantity}")
            for claim in (result.claim(i) for i in group.claims):
                if claim.repeat_of is not None or (
                    result.focus and claim.source not in result.focus
                ):
                    continue
                where = f"file={_property(claim.source)},line={claim.line},col={claim.column}"
                lines.append(f"::error {where},title={title}::{_data(group.reason)}")
        for stale in result.stale:
            where = f"file={_property(result.ledger or 'data/claims.yaml')},line={stale.line}"
            message = _data(f"decision on group {stale.group} matches no group any more")
            lines.append(f"::warning {where},title=Stale decision::{message}")
        return "".join(f"{line}\n" for line in lines)
