"""`scan` and `check`: the library entry points that run every stage and return a `ScanResult`."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from factcheck import sources
from factcheck.cache import ClaimCache, corpus_key, open_cache
from factcheck.config import Settings
from factcheck.engine import Corpus, Progress, extract_files
from factcheck.errors import SourceError
from factcheck.models import Claim, ClaimGroup, ScanResult, Verdict
from factcheck.reconcile import comparable, reconcile
from factcheck.verdict import judge_against

__all__ = ["Progress", "check", "number_claims", "scan"]


def scan(
    paths: Iterable[Path] | None = None,
    settings: Settings | None = None,
    on_progress: Progress | None = None,
) -> ScanResult:
    """Read the sources, extract claims, add the ledger's accepted figures, group and judge."""
    settings = settings or Settings()
    files, ignored = sources.discover(
        paths or [Path(p) for p in settings.sources], settings.exclude, [Path(settings.cache_dir)]
    )
    return _run(files, settings, on_progress).model_copy(update={"ignored": ignored})


def _run(files: list[Path], settings: Settings, on_progress: Progress | None) -> ScanResult:
    """Extract, group and judge on the engine `settings` names."""
    if settings.engine != "dask":
        return _judge(_read_all(files, settings, on_progress), settings, _local_groups)
    from factcheck import distributed  # noqa: PLC0415 - an optional extra

    with distributed.cluster(settings) as client:
        corpus = distributed.extract_files(client, files, settings, on_progress)

        def on_cluster(
            claims: list[Claim], _corpus: Corpus, settings: Settings
        ) -> list[ClaimGroup]:
            return distributed.reconcile(client, claims, settings.tolerance)

        return _judge(corpus, settings, on_cluster)


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
    result = _run(files, settings, on_progress)
    in_draft = {c.id for c in result.claims if c.source in draft_names}
    groups = [
        _draft_verdict(result, g, draft_names, settings.tolerance)
        for g in result.groups
        if in_draft & set(g.claims)
    ]
    return result.model_copy(update={"groups": groups, "focus": sorted(draft_names)})


def _cache(settings: Settings) -> ClaimCache | None:
    return open_cache(settings) if settings.cache else None


def _read_all(files: list[Path], settings: Settings, on_progress: Progress | None) -> Corpus:
    max_bytes = int(settings.max_file_mb * 2**20)
    cache = _cache(settings)
    try:
        return extract_files(files, max_bytes=max_bytes, jobs=settings.jobs, cache=cache,
                             on_progress=on_progress)  # fmt: skip
    finally:
        if cache is not None:
            cache.close()


Grouper = Callable[[list[Claim], Corpus, Settings], list[ClaimGroup]]


def _judge(corpus: Corpus, settings: Settings, grouper: Grouper) -> ScanResult:
    path = Path(settings.ledger)
    if not path.exists():
        numbered = number_claims(corpus.claims)
        groups = grouper(numbered, corpus, settings)
        return ScanResult(documents=corpus.documents, skipped=corpus.skipped, claims=numbered,
                          groups=groups, warnings=corpus.warnings)  # fmt: skip
    from factcheck import ledger as ledgers  # noqa: PLC0415 - only when there is a ledger

    loaded = ledgers.load_ledger(path)
    numbered = number_claims([*corpus.claims, *ledgers.accepted_claims(loaded)])
    groups, stale = ledgers.apply_decisions(grouper(numbered, corpus, settings), loaded)
    return ScanResult(
        documents=corpus.documents, skipped=corpus.skipped, claims=numbered, groups=groups,
        stale=stale, ledger=path.as_posix(), warnings=corpus.warnings,
    )  # fmt: skip


def _local_groups(claims: list[Claim], corpus: Corpus, settings: Settings) -> list[ClaimGroup]:
    """Reconciled groups, from the cache when neither the corpus nor the ledger changed."""
    cache = _cache(settings)
    if cache is None or not cache.usable:
        return reconcile(claims, settings.tolerance)
    ledger = Path(settings.ledger)
    ledger_hash = hashlib.sha256(ledger.read_bytes()).hexdigest() if ledger.exists() else "-"
    parts = [f"{d.path}|{d.sha256}" for d in corpus.documents]
    key = corpus_key([*parts, ledger_hash, repr(settings.tolerance)])
    try:
        groups = cache.get_groups(key)
        if groups is None:
            groups = reconcile(claims, settings.tolerance)
            cache.put_groups(key, groups)
        return groups
    finally:
        cache.close()


def _draft_verdict(
    result: ScanResult, group: ClaimGroup, drafts: set[str], tolerance: float
) -> ClaimGroup:
    """Judge the draft's figure against the accepted figures, or else the corpus, in an
    editor's words: what the draft says against what stands."""
    claims = [
        comparable(c) for c in (result.claim(i) for i in group.claims) if c.repeat_of is None
    ]  # NOTE: "a third" is judged against "38%" in percent, "140 mph" against "225 km/h" in km/h
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
        # NOTE: the claims were made by this run and are not shared yet, so their ids are set
        # in place: a copy of each costs a large corpus seconds
        claim.__dict__["id"] = claim_id
        claim.__dict__["repeat_of"] = repeat
        numbered.append(claim)
    return numbered
