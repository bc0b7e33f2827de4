"""`scan` and `check`: the library entry points that run every stage and return a `ScanResult`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from factcheck import ledger as ledgers
from factcheck import sources
from factcheck.config import Settings
from factcheck.errors import SourceError
from factcheck.extract import extract_claims
from factcheck.models import Claim, ClaimGroup, Document, ScanResult, SkippedSource, Verdict
from factcheck.reconcile import reconcile
from factcheck.verdict import judge_against

Progress = Callable[[str, int, int], None]
"""Called as `on_progress(stage, done, total)`; the command line draws it."""


def scan(
    paths: Iterable[Path] | None = None,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
) -> ScanResult:
    """Read the sources, extract claims, add the ledger's accepted figures, group and judge."""
    settings = settings or Settings()
    files, ignored = sources.discover(
        paths or [Path(p) for p in settings.sources], settings.exclude
    )
    documents, skipped, claims = _read_all(files, settings, on_progress)
    result = _judge(documents, skipped, claims, settings)
    return result.model_copy(update={"ignored": ignored})


def check(
    drafts: list[Path], settings: Settings, on_progress: Progress | None = None
) -> ScanResult:
    """Compare every figure of `drafts` with the accepted figures and the corpus.

    The result keeps only the groups a draft figure belongs to.
    """
    for draft in drafts:
        if not draft.is_file():
            raise SourceError(
                "no such draft file", path=str(draft), hint="name a Markdown or text file"
            )
    corpus, _ = sources.discover([Path(p) for p in settings.sources], settings.exclude)
    draft_names = {d.as_posix() for d in drafts}
    files = sorted(set(corpus) | set(drafts), key=lambda p: p.as_posix())
    documents, skipped, claims = _read_all(files, settings, on_progress)
    result = _judge(documents, skipped, claims, settings)
    in_draft = {c.id for c in result.claims if c.source in draft_names}
    groups = [
        _draft_verdict(result, g, draft_names, settings.tolerance)
        for g in result.groups
        if in_draft & set(g.claims)
    ]
    return result.model_copy(update={"groups": groups, "focus": sorted(draft_names)})


def _read_all(
    files: list[Path], settings: Settings, on_progress: Progress | None
) -> tuple[list[Document], list[SkippedSource], list[Claim]]:
    documents: list[Document] = []
    skipped: list[SkippedSource] = []
    claims: list[Claim] = []
    max_bytes = int(settings.max_file_mb * 2**20)
    for done, path in enumerate(files, start=1):
        read = sources.read(path, max_bytes)
        if isinstance(read, SkippedSource):
            skipped.append(read)
        else:
            documents.append(read)
            claims.extend(extract_claims(read))
        if on_progress:
            on_progress("reading", done, len(files))
    return documents, skipped, claims


def _judge(
    documents: list[Document], skipped: list[SkippedSource], claims: list[Claim], settings: Settings
) -> ScanResult:
    loaded = ledgers.load_ledger(Path(settings.ledger))
    numbered = number_claims([*claims, *ledgers.accepted_claims(loaded)])
    groups, stale = ledgers.apply_decisions(reconcile(numbered, settings.tolerance), loaded)
    return ScanResult(
        documents=documents,
        skipped=skipped,
        claims=numbered,
        groups=groups,
        stale=stale,
        ledger=loaded.path.as_posix() if loaded.exists else None,
    )


def _draft_verdict(
    result: ScanResult, group: ClaimGroup, drafts: set[str], tolerance: float
) -> ClaimGroup:
    """Judge the draft's figure against the accepted figures, or else the corpus, in an
    editor's words: what the draft says against what stands."""
    claims = [c for c in (result.claim(i) for i in group.claims) if c.repeat_of is None]
    draft = next(c for c in claims if c.source in drafts)
    accepted = [c for c in claims if c.accepted]
    others = accepted or [c for c in claims if c.source not in drafts]
    judgement = judge_against(draft, others, tolerance)
    if accepted:
        stands = f"accepted {accepted[0].text} {accepted[0].attribution or ''}".rstrip()
    else:
        stands = "; ".join(f"{c.text} in {c.source}:{c.line}" for c in others)
    said = f"draft says {draft.text} {draft.quantity}; {stands}"
    reason = said if judgement.verdict is Verdict.CONFLICT else f"{said}: consistent"
    return group.model_copy(
        update={
            "verdict": judgement.verdict,
            "reason": reason,
            "severity": judgement.severity,
            "severity_score": judgement.score,
            "decision": None,
            "decision_note": None,
        }
    )


def number_claims(claims: list[Claim]) -> list[Claim]:
    """Claims sorted by source and offset, with ids `c1…` and `repeat_of` the first of each key."""
    ordered = sorted(claims, key=lambda c: (c.source, c.start))
    first: dict[tuple[str, str], str] = {}
    numbered = []
    for i, claim in enumerate(ordered, start=1):
        claim_id = f"c{i}"
        origin = first.setdefault((claim.source, claim.key), claim_id)
        repeat = origin if origin != claim_id else None
        numbered.append(claim.model_copy(update={"id": claim_id, "repeat_of": repeat}))
    return numbered
