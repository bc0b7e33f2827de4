"""`scan(paths)`: the library entry point that runs every stage and returns a `ScanResult`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from factcheck import sources
from factcheck.extract import extract_claims
from factcheck.models import Claim, Document, ScanResult, SkippedSource
from factcheck.reconcile import reconcile

Progress = Callable[[str, int, int], None]
"""Called as `on_progress(stage, done, total)`; the command line draws it."""


def scan(paths: Iterable[Path], on_progress: Progress | None = None) -> ScanResult:
    """Read the sources under `paths`, extract their claims, group them and judge the groups."""
    files = sources.discover(paths)
    documents: list[Document] = []
    skipped: list[SkippedSource] = []
    claims: list[Claim] = []
    for done, path in enumerate(files, start=1):
        read = sources.read(path)
        if isinstance(read, SkippedSource):
            skipped.append(read)
        else:
            documents.append(read)
            claims.extend(extract_claims(read))
        if on_progress:
            on_progress("extract", done, len(files))
    numbered = number_claims(claims)
    return ScanResult(
        documents=documents, skipped=skipped, claims=numbered, groups=reconcile(numbered)
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
