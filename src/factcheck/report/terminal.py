"""The editor's report: a summary line, each conflict with its figures and sentences, agreements."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.models import Claim, ClaimGroup, ScanResult
from factcheck.report.words import count, figure

_SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}


class TerminalReporter:
    """Rich text for a terminal; `show_claims` adds the table of every claim per document."""

    name = "table"
    always_emit = True

    def __init__(
        self, *, show_claims: bool = False, width: int | None = None, color: bool = True
    ) -> None:
        self.show_claims = show_claims
        self.width = width or (max(100, shutil.get_terminal_size().columns) if color else 100)
        self.color = color

    def render(self, result: ScanResult) -> str:
        """The report as text, with ANSI colour codes when `color` is on."""
        console = Console(
            width=self.width,
            record=True,
            force_terminal=self.color,
            no_color=not self.color,
            file=io.StringIO(),
        )
        for part in renderables(result, show_claims=self.show_claims):
            console.print(part)
        return console.export_text(styles=self.color)


def renderables(result: ScanResult, *, show_claims: bool) -> list[RenderableType]:
    """The parts of the report in reading order."""
    parts: list[RenderableType] = [summary(result)]
    if show_claims:
        parts.extend(_claims_table(result, doc.path) for doc in result.documents)
    open_ = result.open_conflicts
    parts.extend(_conflict(result, group, n) for n, group in enumerate(open_, start=1))
    if not open_:
        parts.append(Text("No open conflicts.", style="green"))
    if result.decided_conflicts:
        parts.append(_decided(result))
    if result.agreements:
        parts.append(_agreements(result))
    parts.extend(
        Text(
            f"stale decision at {result.ledger}:{s.line}: group {s.group} no longer exists",
            style="yellow",
        )
        for s in result.stale
    )
    parts.extend(Text(f"skipped {s.path}: {s.reason}", style="yellow") for s in result.skipped)
    return parts


def summary(result: ScanResult) -> Text:
    """One line: documents, claims, groups and conflicts (open and decided)."""
    line = (
        f"{count(len(result.documents), 'document')}, {count(len(result.claims), 'claim')}, "
        f"{count(len(result.groups), 'group')}, {count(len(result.conflicts), 'conflict')}"
    )
    if result.decided_conflicts:
        line += f" ({len(result.open_conflicts)} open, {len(result.decided_conflicts)} decided)"
    if result.skipped:
        line += f", {count(len(result.skipped), 'file')} skipped"
    return Text(line, style="bold")


def _conflict(result: ScanResult, group: ClaimGroup, number: int) -> Panel:
    claims = [result.claim(i) for i in group.claims]
    firsts = [c for c in claims if c.repeat_of is None]
    table = Table(show_edge=False, expand=True)
    table.add_column("figure", no_wrap=True)
    table.add_column("value", overflow="fold", max_width=16)
    table.add_column("qualifier", overflow="fold", max_width=10)
    table.add_column("said by", overflow="fold", min_width=16, ratio=1)
    table.add_column("source", overflow="fold", min_width=24, ratio=1)
    for claim in firsts:
        said_by = "accepted (ledger)" if claim.accepted else claim.attribution or "—"
        qualifier = claim.hedge or claim.qualifier.value
        table.add_row(claim.text, _value(claim), qualifier, said_by, f"{claim.source}:{claim.line}")
    sentences = [_sentence(c) for c in firsts]
    reason = Text(f"Why: {group.reason}", style="italic")
    style = _SEVERITY_STYLE.get(group.severity.value if group.severity else "low", "")
    title = Text(f"Conflict {number} [{group.id}] {group.quantity}  ", style="bold")
    title.append(f"severity {group.severity.value if group.severity else 'low'}", style=style)
    return Panel(Group(table, *sentences, reason), title=title, title_align="left")


def _sentence(claim: Claim) -> Text:
    text = Text(f"{claim.source}:{claim.line}: ", style="dim")
    if claim.accepted:
        return text.append(f"{claim.quantity}, accepted {claim.attribution or ''}".rstrip())
    at = claim.sentence.find(claim.text)
    if at < 0:
        return text.append(claim.sentence)
    text.append(claim.sentence[:at])
    text.append(claim.text, style="bold reverse")
    return text.append(claim.sentence[at + len(claim.text) :])


def _value(claim: Claim) -> str:
    shown = claim.in_percent()  # NOTE: "a third" is shown as 33.3%, as it is compared
    rounded = shown is not claim

    def part(value: float) -> str:
        return figure(round(value, 1) if rounded else value)

    claim = shown
    if claim.low is not None and claim.high is not None and claim.low != claim.high:
        core = f"{part(claim.low)}–{part(claim.high)}"
    else:
        core = part(claim.value)
    unit = "%" if claim.unit == "percent" else f" {claim.unit}"
    per = f" per {claim.per}" if claim.per else ""
    return f"{core}{unit}{per}"


def _decided(result: ScanResult) -> Table:
    def decision(group: ClaimGroup) -> str:
        note = f": {group.decision_note}" if group.decision_note else ""
        return (group.decision.value if group.decision else "") + note

    return _group_table(
        result, "Decided conflicts", result.decided_conflicts, ("decision", decision)
    )


def _agreements(result: ScanResult) -> Table:
    return _group_table(
        result, "Agreements", result.agreements, ("sources", lambda g: str(g.sources))
    )


def _group_table(
    result: ScanResult,
    title: str,
    groups: list[ClaimGroup],
    last: tuple[str, Callable[[ClaimGroup], str]],
) -> Table:
    """A compact table of groups: id, quantity, figures and one more column."""
    table = Table(title=title, title_justify="left", show_edge=False, expand=True)
    for column in ("group", "quantity", "figures", last[0]):
        table.add_column(column, overflow="fold")
    for group in groups:
        figures = ", ".join(sorted({result.claim(i).text for i in group.claims}))
        table.add_row(group.id, group.quantity, figures, last[1](group))
    return table


def _claims_table(result: ScanResult, path: str) -> Table:
    table = Table(title=path, title_justify="left", show_edge=False, expand=True)
    for column in ("id", "line", "figure", "value", "qualifier", "quantity"):
        table.add_column(column, overflow="fold")
    for claim in (c for c in result.claims if c.source == path):
        figure = claim.text + (f" (repeat of {claim.repeat_of})" if claim.repeat_of else "")
        table.add_row(
            claim.id, str(claim.line), figure, _value(claim), claim.qualifier.value, claim.quantity
        )
    return table
