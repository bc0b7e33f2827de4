"""A review session: the conflicts of one scan, filtering, decisions written at once, undo.

The app only draws this; every rule about what a decision does lives here and in `decisions`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import decisions, sources
from factcheck.config import Settings
from factcheck.files import write_atomically
from factcheck.ledger import apply_decisions, load_ledger
from factcheck.models import Claim, ClaimGroup, DecisionKind, Document, ScanResult
from factcheck.report.words import plain

DEFAULT_NOTE = "decided in review"
_FILTER_KEY = re.compile(r"\b(?P<key>unit|source):(?P<value>\S+)", re.I)


@dataclass
class ReviewSession:
    """The state of one review: the scan, the ledger it writes to, and what undo restores."""

    result: ScanResult
    ledger: Path
    by: str | None = None
    notes: dict[str, str] = field(default_factory=dict)
    _undo: list[bytes | None] = field(default_factory=list)

    @classmethod
    def start(cls, result: ScanResult, settings: Settings, by: str | None = None) -> ReviewSession:
        """A session over `result` that writes to the ledger of `settings`."""
        return cls(result=result, ledger=Path(settings.ledger), by=by)

    def conflicts(self, query: str = "") -> list[ClaimGroup]:
        """Open conflicts first, then decided ones, each most severe first, that match `query`."""
        ordered = [*self.result.open_conflicts, *self.result.decided_conflicts]
        return [g for g in ordered if self._matches(g, query)]

    def group(self, group_id: str) -> ClaimGroup:
        """The group with id `group_id`."""
        return next(g for g in self.result.groups if g.id == group_id)

    def figures(self, group: ClaimGroup) -> list[Claim]:
        """The distinct figures of a group, in source order."""
        claims = (self.result.claim(i) for i in group.claims)
        return [c for c in claims if c.repeat_of is None]

    def context(self, claim: Claim) -> str:
        """The paragraph around a claim, from its document."""
        text = self._text(claim.source)
        if not text or text[claim.start : claim.end] != claim.text:
            return claim.sentence
        start = text.rfind("\n\n", 0, claim.start)
        end = text.find("\n\n", claim.end)
        paragraph = text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]
        return re.sub(r"\s+", " ", paragraph).strip()[:2000]

    def _text(self, path: str) -> str:
        """The text of a source: from the scan, or read again when it came from the cache."""
        doc = next((d for d in self.result.documents if d.path == path), None)
        if doc is not None and doc.text:
            return doc.text
        read = sources.read(Path(path))
        return read.text if isinstance(read, Document) else ""

    def acknowledge(self, group_id: str) -> None:
        """Record that the discrepancy of the group is known."""
        self._write(
            lambda: decisions.acknowledge(
                self.result, group_id, self._note(group_id), self.by, self.ledger
            )
        )

    def not_same(self, group_id: str) -> None:
        """Record that the group joined figures of different quantities."""
        self._write(
            lambda: decisions.not_same(
                self.result, group_id, self._note(group_id), self.by, self.ledger
            )
        )

    def accept(self, group_id: str, claim: Claim) -> None:
        """Record the figure of `claim` as the one that stands for the group."""
        value = (
            f"{plain(claim.low)}-{plain(claim.high)}"
            if claim.low is not None and claim.high is not None and claim.low != claim.high
            else plain(claim.value)
        )
        self._write(
            lambda: decisions.accept(
                self.result, group_id, value, self._note(group_id), self.ledger
            )
        )

    def set_note(self, group_id: str, note: str) -> None:
        """The note for the group's next decision; a decided group is recorded again with it."""
        self.notes[group_id] = note
        group = self.group(group_id)
        if group.decision is DecisionKind.ACKNOWLEDGED:
            self.acknowledge(group_id)
        elif group.decision is DecisionKind.NOT_SAME:
            self.not_same(group_id)

    @property
    def can_undo(self) -> bool:
        """True when a decision of this session can be taken back."""
        return bool(self._undo)

    def undo(self) -> None:
        """Put the ledger back as it was before the last decision."""
        if not self._undo:
            return
        previous = self._undo.pop()
        if previous is None:
            self.ledger.unlink(missing_ok=True)
        else:
            write_atomically(self.ledger, previous.decode("utf-8"))
        self._refresh()

    def _note(self, group_id: str) -> str:
        return self.notes.get(group_id) or DEFAULT_NOTE

    def _write(self, record: Callable[[], object]) -> None:
        before = self.ledger.read_bytes() if self.ledger.exists() else None
        record()
        self._undo.append(before)
        self._refresh()

    def _refresh(self) -> None:
        loaded = load_ledger(self.ledger)
        cleared = [
            g.model_copy(update={"decision": None, "decision_note": None})
            for g in self.result.groups
        ]
        groups, stale = apply_decisions(cleared, loaded)
        self.result = self.result.model_copy(update={"groups": groups, "stale": stale})

    def _matches(self, group: ClaimGroup, query: str) -> bool:
        words = query
        for match in _FILTER_KEY.finditer(query):
            wanted = match.group("value").lower()
            if match.group("key").lower() == "unit" and wanted not in group.unit.lower():
                return False
            if match.group("key").lower() == "source" and not any(
                wanted in c.source.lower() for c in self.figures(group)
            ):
                return False
            words = words.replace(match.group(), " ")
        text = " ".join(
            [
                group.quantity,
                group.reason,
                *(c.text + " " + c.sentence for c in self.figures(group)),
            ]
        ).lower()
        return all(word.lower() in text for word in words.split())
