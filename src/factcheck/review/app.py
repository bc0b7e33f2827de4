"""`factcheck review`: walk through the conflicts in the terminal and record decisions."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from factcheck.errors import FactcheckError
from factcheck.models import Claim, ClaimGroup
from factcheck.review.session import ReviewSession

_SEVERITY = {"high": "bold red", "medium": "yellow", "low": "cyan"}


class NoteScreen(ModalScreen[str | None]):
    """Ask for the note of a decision."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Note for this decision (Enter to keep, Esc to cancel):")
            yield Input(value=self.current, id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class FigureScreen(ModalScreen[int | None]):
    """Choose the figure that stands."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, figures: list[Claim]) -> None:
        super().__init__()
        self.figures = figures

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Which figure stands? (Enter to accept, Esc to cancel)")
            yield OptionList(
                *(
                    Option(f"{c.text}  {c.source}:{c.line}", id=str(i))
                    for i, c in enumerate(self.figures)
                ),
                id="figures",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReviewApp(App[None]):
    """Conflicts on the left, the selected one in full on the right, keys in the footer."""

    TITLE = "factcheck review"
    CSS = """
    #left { width: 40%; min-width: 30; }
    #filter { margin: 0 0 0 0; }
    #conflicts { height: 1fr; }
    #detail { width: 1fr; padding: 0 1; }
    #status { height: 1; color: $text-muted; }
    #dialog {
        width: 70; height: auto; max-height: 20; padding: 1 2;
        border: thick $accent; background: $surface;
    }
    NoteScreen, FigureScreen { align: center middle; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "accept", "Accept"),
        Binding("k", "acknowledge", "Ack"),
        Binding("x", "not_same", "Not same"),
        Binding("e", "note", "Note"),
        Binding("u", "undo", "Undo"),
        Binding("m", "more", "Context"),
        Binding("n", "next", "Next"),
        Binding("p", "previous", "Prev"),
        Binding("/", "filter", "Filter", show=False),
        Binding("escape", "list", "List", show=False),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.query_text = ""
        self.show_context = False
        self.shown: list[ClaimGroup] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="left"):
                yield Input(placeholder="filter: words, unit:USD, source:002", id="filter")
                yield OptionList(id="conflicts")
            with VerticalScroll(id="detail"):
                yield Static(id="body")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self._reload(select=0)
        self.query_one("#conflicts", OptionList).focus()

    @property
    def current(self) -> ClaimGroup | None:
        """The selected conflict, if any."""
        index = self.query_one("#conflicts", OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.session.group(self.shown[index].id)

    def _reload(self, select: int | None = None) -> None:
        listing = self.query_one("#conflicts", OptionList)
        keep = listing.highlighted if select is None else select
        self.shown = self.session.conflicts(self.query_text)
        listing.clear_options()
        listing.add_options([Option(self._label(g), id=g.id) for g in self.shown])
        if self.shown:
            listing.highlighted = min(keep or 0, len(self.shown) - 1)
        result = self.session.result
        self.sub_title = (
            f"{len(result.open_conflicts)} open, {len(result.decided_conflicts)} decided"
        )
        self._show()

    def _label(self, group: ClaimGroup) -> Text:
        figures = ", ".join(c.text for c in self.session.figures(group))
        mark = "✓ " if group.decision else "● "
        style = (
            "dim"
            if group.decision
            else _SEVERITY.get(group.severity.value if group.severity else "low", "")
        )
        label = Text(mark, style=style)
        label.append(f"{group.id} {group.quantity}\n   {figures}")
        return label

    def _show(self) -> None:
        body = self.query_one("#body", Static)
        group = self.current
        if group is None:
            body.update(
                "No conflicts match." if self.query_text else "No conflicts: nothing to review."
            )
            return
        body.update(self._detail(group))

    def _detail(self, group: ClaimGroup) -> Text:
        severity = group.severity.value if group.severity else "low"
        text = Text(f"{group.quantity}\n", style="bold")
        text.append(
            f"{group.id} · severity {severity} · {group.sources} sources\n",
            style=_SEVERITY.get(severity, ""),
        )
        if group.decision:
            text.append(f"Decided: {group.decision.value}", style="green")
            text.append(f" — {group.decision_note}\n" if group.decision_note else "\n")
        for n, claim in enumerate(self.session.figures(group), start=1):
            said_by = (
                "accepted (ledger)" if claim.accepted else claim.attribution or "no attribution"
            )
            text.append(f"\n[{n}] {claim.text}", style="bold")
            text.append(f" · {claim.hedge or claim.qualifier.value} · ")
            text.append(f"{said_by}\n", style="italic")
            text.append(f"    {self.session.result.location(claim)}\n", style="dim")
            text.append("    ")
            text.append_text(self._highlighted(claim))
            text.append("\n")
        text.append(f"\nWhy: {group.reason}\n", style="italic")
        note = self.session.notes.get(group.id)
        if note:
            text.append(f"Note: {note}\n")
        return text

    def _highlighted(self, claim: Claim) -> Text:
        sentence = self.session.context(claim) if self.show_context else claim.sentence
        at = sentence.find(claim.text)
        if at < 0:
            return Text(sentence)
        text = Text(sentence[:at])
        text.append(claim.text, style="bold reverse")
        text.append(sentence[at + len(claim.text) :])
        return text

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "conflicts":
            self._show()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.query_text = event.value
            self._reload(select=0)

    def _status(self, message: str) -> None:
        self.query_one("#status", Static).update(message)

    def _record(self, action: str, run: Callable[[ClaimGroup], None]) -> None:
        group = self.current
        if group is None:
            return
        try:
            run(group)
        except FactcheckError as error:
            self._status(f"error: {error}")
            return
        self._reload()
        self._status(f"{action} {group.id}; written to {self.session.ledger}")

    def action_acknowledge(self) -> None:
        """Record that the discrepancy is known and stated."""
        self._record("acknowledged", lambda g: self.session.acknowledge(g.id))

    def action_not_same(self) -> None:
        """Record that the figures are of different quantities."""
        self._record("marked not the same quantity:", lambda g: self.session.not_same(g.id))

    def action_accept(self) -> None:
        """Choose the figure that stands, and record it."""
        group = self.current
        if group is None:
            return
        figures = self.session.figures(group)

        def chosen(index: int | None) -> None:
            if index is not None:
                self._record(
                    f"accepted {figures[index].text} for",
                    lambda g: self.session.accept(g.id, figures[index]),
                )

        self.push_screen(FigureScreen(figures), chosen)

    def action_note(self) -> None:
        """Write the note of the selected conflict's decision."""
        group = self.current
        if group is None:
            return

        def written(note: str | None) -> None:
            if note is not None:
                self._record("noted", lambda g: self.session.set_note(g.id, note))

        self.push_screen(
            NoteScreen(self.session.notes.get(group.id, group.decision_note or "")), written
        )

    def action_undo(self) -> None:
        """Take back the last decision of this session."""
        if not self.session.can_undo:
            self._status("nothing to undo")
            return
        self.session.undo()
        self._reload()
        self._status(f"undone; {self.session.ledger} is as it was")

    def action_more(self) -> None:
        """Show the paragraph around each figure, or only its sentence."""
        self.show_context = not self.show_context
        self._show()

    def action_next(self) -> None:
        """Select the next conflict."""
        self.query_one("#conflicts", OptionList).action_cursor_down()

    def action_previous(self) -> None:
        """Select the previous conflict."""
        self.query_one("#conflicts", OptionList).action_cursor_up()

    def action_list(self) -> None:
        """Leave the filter box for the list of conflicts."""
        self.query_one("#conflicts", OptionList).focus()

    def action_filter(self) -> None:
        """Move to the filter box."""
        self.query_one("#filter", Input).focus()
