"""A Markdown summary fit for a pull-request comment."""

from __future__ import annotations

from factcheck.models import ClaimGroup, ScanResult
from factcheck.report.words import count


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


class MarkdownReporter:
    """A heading with the counts, then tables of open conflicts, decided ones and agreements."""

    name = "markdown"
    always_emit = True

    def render(self, result: ScanResult) -> str:
        """The summary as Markdown text."""
        open_, decided = result.open_conflicts, result.decided_conflicts
        lines = [
            "## factcheck",
            "",
            f"{count(len(result.documents), 'document')}, {count(len(result.claims), 'claim')}, "
            f"{count(len(result.groups), 'group')}: **{count(len(open_), 'open conflict')}**, "
            f"{len(decided)} decided, {count(len(result.agreements), 'agreement')}.",
            "",
        ]
        if open_:
            lines += self._table(result, "Open conflicts", open_)
        if decided:
            lines += self._table(result, "Decided conflicts", decided)
        if result.stale:
            lines += ["### Stale decisions", ""]
            lines += [f"- line {s.line}: {s.decision.value} on `{s.group}`" for s in result.stale]
            lines.append("")
        if not open_:
            lines += ["No open conflicts.", ""]
        return "\n".join(lines)

    @staticmethod
    def _table(result: ScanResult, title: str, groups: list[ClaimGroup]) -> list[str]:
        lines = [
            f"### {title}",
            "",
            "| group | quantity | figures | why |",
            "| --- | --- | --- | --- |",
        ]
        for group in groups:
            claims = [result.claim(i) for i in group.claims]
            figures = "<br>".join(
                f"{c.text} ({c.source}:{c.line})" for c in claims if c.repeat_of is None
            )
            why = group.reason + (f" — {group.decision.value}" if group.decision else "")
            lines.append(
                f"| {group.id} | {_cell(group.quantity)} | {_cell(figures)} | {_cell(why)} |"
            )
        return [*lines, ""]
