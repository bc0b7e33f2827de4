"""The typed records that flow through the pipeline: documents, claims, groups, results."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from factcheck.kinds import DecisionKind, ExitCode, FailOn, Qualifier, Severity, Verdict

__all__ = [
    "Claim", "ClaimGroup", "DecisionKind", "Document", "ExitCode", "FailOn", "IgnoredFile",
    "Qualifier", "ScanResult", "Severity", "SkippedSource", "StaleDecision", "Verdict",
]  # fmt: skip


class Frozen(BaseModel):
    """Base for every record: immutable and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Frozen):
    """One source file, decoded: `path` as given to the scan, `text` exactly as read."""

    path: str
    text: str
    sha256: str
    format: str = "text"
    encoding: str | None = None
    title: str | None = None
    date: str | None = None
    pages: list[int] = Field(default=[], description="Offsets where each page starts (PDF).")
    words: int = Field(default=0, description="Words in the text, counted when it was read.")


class SkippedSource(Frozen):
    """A file the scan could not read, with the reason and what to do about it."""

    path: str
    reason: str


class IgnoredFile(Frozen):
    """A file a folder scan passed over on purpose: hidden, in a virtualenv, of unknown type."""

    path: str
    reason: str


class Claim(Frozen):
    """One numeric claim: where it stands, what it says, and what it measures."""

    id: str = ""
    source: str
    start: int
    end: int
    line: int
    column: int
    page: int | None = None
    page_line: int | None = None
    text: str
    value: int | float = Field(description="Whole numbers are kept as int, so JSON shows 10000.")
    low: int | float | None
    high: int | float | None
    precision: float | None = Field(
        default=None,
        description="The place value of the last digit written: 1e7 for $10.25 billion.",
    )
    unit: str
    per: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    hedge: str | None = None
    quantity: str
    sentence: str
    attribution: str | None = None
    about: list[str] | None = Field(
        default=None,
        description="The countries and blocs the sentence names (canonical names), leaving out"
        " lists of examples ('including ...') and brackets the figure is not in; when it names"
        " none, those of the nearest sentence before it in its paragraph that names any, else"
        " those of the document's title. None when not read from a document (a ledger figure).",
    )
    key: str = Field(default="", description="Same key inside one document: the same claim.")
    repeat_of: str | None = None
    accepted: bool = Field(default=False, description="An accepted figure from the ledger.")

    def in_percent(self) -> Claim:
        """The claim in percent when it tells a part of a whole in words ("nearly a third of
        the budget" is about 33% of it, and meets "32% of the budget"), else itself. "One in
        seven Pakistanis" counts people, whose whole it does not say; "0.4" may be anything."""
        if self.unit != "count" or self.per or not 0 < self.value < 1 or self.text[:1].isdigit():
            return self
        return self.in_unit("percent", 100)

    def in_unit(self, unit: str, factor: float) -> Claim:
        """The claim in `unit`, of which one of its own is `factor`: value, ends and precision
        scaled, the text as written."""

        def scaled(value: float | None) -> float | None:
            return None if value is None else value * factor

        return self.model_copy(
            update={
                "value": self.value * factor, "low": scaled(self.low), "high": scaled(self.high),
                "precision": scaled(self.precision), "unit": unit,
            }
        )  # fmt: skip


class ClaimGroup(Frozen):
    """Claims from two or more sources judged to be about one quantity, with a verdict."""

    id: str
    claims: list[str]
    verdict: Verdict
    quantity: str
    unit: str
    per: str | None
    reason: str
    severity: Severity | None = None
    severity_score: float = 0.0
    sources: int
    fingerprint: str
    decision: DecisionKind | None = None
    decision_note: str | None = None


class StaleDecision(Frozen):
    """A ledger decision whose group no longer exists in the scan."""

    group: str
    decision: DecisionKind
    line: int
    note: str = ""


class ScanResult(Frozen):
    """Everything one scan found, counted once here so reporters only read it."""

    documents: list[Document]
    skipped: list[SkippedSource] = []
    ignored: list[IgnoredFile] = []
    claims: list[Claim]
    groups: list[ClaimGroup] = []
    stale: list[StaleDecision] = []
    ledger: str | None = None
    focus: list[str] = Field(default=[], description="The drafts a check is about, if any.")
    warnings: list[str] = []
    _claim_index: dict[str, Claim] | None = PrivateAttr(default=None)

    @property
    def conflicts(self) -> list[ClaimGroup]:
        """The groups judged `conflict`, most severe first."""
        found = [g for g in self.groups if g.verdict is Verdict.CONFLICT]
        return sorted(found, key=lambda g: (-g.severity_score, g.id))

    @property
    def open_conflicts(self) -> list[ClaimGroup]:
        """Conflicts no editor has decided on yet, most severe first."""
        return [g for g in self.conflicts if g.decision is None]

    @property
    def decided_conflicts(self) -> list[ClaimGroup]:
        """Conflicts with a decision in the ledger, most severe first."""
        return [g for g in self.conflicts if g.decision is not None]

    @property
    def agreements(self) -> list[ClaimGroup]:
        """The groups judged `agree`, in id order."""
        return [g for g in self.groups if g.verdict is Verdict.AGREE]

    def location(self, claim: Claim) -> str:
        """Where a claim stands, for people: "a.txt:12" or "report.pdf p. 3, line 12"."""
        if claim.page is not None:
            return f"{claim.source} p. {claim.page}, line {claim.page_line}"
        return f"{claim.source}:{claim.line}"

    def claim(self, claim_id: str) -> Claim:
        """The claim with id `claim_id`."""
        return self._by_id()[claim_id]

    def _by_id(self) -> dict[str, Claim]:
        if self._claim_index is None:
            self._claim_index = {c.id: c for c in self.claims}
        return self._claim_index
