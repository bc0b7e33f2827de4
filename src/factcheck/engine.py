"""Reading and extracting many files: from the cache when unchanged, else on a process pool.

Results come back in path order whatever the number of workers, so the report is the same,
byte for byte, with one job or many.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import sources
from factcheck.cache import ClaimCache, file_key
from factcheck.extract import extract_claims
from factcheck.models import Claim, Document, SkippedSource

Progress = Callable[[str, int, int, int], None]
"""Called as `on_progress(stage, files_done, files_total, claims_so_far)`; the CLI draws it."""
Extracted = tuple[Document | SkippedSource, list[Claim]]
CHUNK = 32
"""Files handed to a worker at a time: enough to hide the cost of sending them."""


@dataclass
class Corpus:
    """What reading a set of files gave: documents, skips, claims and warnings, in path order."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[SkippedSource] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, read: Document | SkippedSource, claims: list[Claim]) -> None:
        """Add one file's result."""
        if isinstance(read, SkippedSource):
            self.skipped.append(read)
        else:
            self.documents.append(read)
            self.claims.extend(claims)


def extract_one(path: str, max_bytes: int) -> Extracted:
    """Read and extract one file (the unit of work a worker runs)."""
    read = sources.read(Path(path), max_bytes)
    return read, extract_claims(read) if isinstance(read, Document) else []


def workers(jobs: int) -> int:
    """The number of processes `jobs` asks for: 0 means one per core."""
    return jobs if jobs > 0 else max(1, os.cpu_count() or 1)


def extract_files(
    files: list[Path], *, max_bytes: int, jobs: int = 1, cache: ClaimCache | None = None,
    on_progress: Progress | None = None,
) -> Corpus:  # fmt: skip
    """Read and extract `files`, using `cache` for unchanged ones and `jobs` processes."""
    keys = _keys(files, max_bytes) if cache is not None and cache.usable else {}
    results: dict[str, Extracted] = dict(cache.get_many(keys)) if cache is not None else {}
    misses = [p.as_posix() for p in files if p.as_posix() not in results]
    by_path = {path: key for key, path in keys.items()}
    done = len(results)
    claims = sum(len(found) for _, found in results.values())
    for name, extracted in _run(misses, max_bytes, jobs):
        results[name] = extracted
        done += 1
        claims += len(extracted[1])
        if cache is not None and isinstance(extracted[0], Document) and name in by_path:
            cache.put(by_path[name], extracted[0], extracted[1])
        if on_progress:
            on_progress("reading", done, len(files), claims)
    corpus = Corpus()
    for path in files:
        corpus.add(*results[path.as_posix()])
    if cache is not None:
        cache.commit()
        corpus.warnings.extend(cache.warnings)
    return corpus


def _keys(files: list[Path], max_bytes: int) -> dict[str, str]:
    """The cache key of each readable file, from its bytes: key to path."""
    keys: dict[str, str] = {}
    for path in files:
        try:
            if path.stat().st_size <= max_bytes:
                keys[file_key(path)] = path.as_posix()
        except OSError:
            continue
    return keys


def _run(names: list[str], max_bytes: int, jobs: int) -> Iterator[tuple[str, Extracted]]:
    count = workers(jobs)
    if count == 1 or len(names) < 2 * CHUNK:
        for name in names:
            yield name, extract_one(name, max_bytes)
        return
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (only for many files)

    with ProcessPoolExecutor(max_workers=count) as pool:
        chunks = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)]
        for chunk, results in zip(
            chunks, pool.map(_extract_chunk, chunks, [max_bytes] * len(chunks)), strict=True
        ):
            yield from zip(chunk, results, strict=True)


def _extract_chunk(names: Iterable[str], max_bytes: int) -> list[Extracted]:
    return [extract_one(name, max_bytes) for name in names]
