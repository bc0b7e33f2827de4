"""The Dask engine: extraction as tasks over file partitions, grouping per block on the workers.

Used with `--engine dask`, with `--scheduler tcp://HOST:PORT` or a local cluster. The report is
the same as the local engine's: partitions and blocks come back in a fixed order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.config import Settings
from factcheck.engine import CHUNK, Corpus, Extracted, Progress, extract_one
from factcheck.errors import ConfigError
from factcheck.models import Claim, ClaimGroup
from factcheck.reconcile import Context, blocks_of, cluster_block, group_blocks

if TYPE_CHECKING:
    from distributed import Client


@contextmanager
def cluster(settings: Settings) -> Iterator[Client]:
    """A client of the scheduler in `settings`, or of a local cluster it starts and stops."""
    try:
        from distributed import Client  # noqa: PLC0415 - an optional extra
    except ImportError:
        hint = "pip install 'factcheck[dask]'"
        raise ConfigError("the dask engine needs the dask extra", hint=hint) from None
    if settings.scheduler:
        try:
            client = Client(settings.scheduler, timeout="4s")
        except OSError as error:
            hint = "start one with `dask scheduler`, or leave --scheduler out"
            message = f"cannot reach the Dask scheduler at {settings.scheduler} ({error})"
            raise ConfigError(message, hint=hint) from None
    else:
        workers = max(1, settings.jobs or 2)
        client = Client(n_workers=workers, threads_per_worker=1, processes=True,
                        dashboard_address=None)  # fmt: skip
    with client:
        yield client


def _extract_partition(names: list[str], max_bytes: int) -> list[Extracted]:
    return [extract_one(name, max_bytes) for name in names]


def extract_files(
    client: Client, files: list[Path], settings: Settings, on_progress: Progress | None = None
) -> Corpus:
    """Read and extract `files` as Dask tasks, one per partition of files."""
    names = [p.as_posix() for p in files]
    max_bytes = int(settings.max_file_mb * 2**20)
    partitions = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)]
    futures = client.map(_extract_partition, partitions, max_bytes=max_bytes, pure=False)
    corpus = Corpus()
    for done, future in enumerate(futures, start=1):
        for read, claims in future.result():
            corpus.add(read, claims)
        if on_progress:
            on_progress("reading", min(done * CHUNK, len(names)), len(names), len(corpus.claims))
    return corpus


def reconcile(client: Client, claims: list[Claim], tolerance: float) -> list[ClaimGroup]:
    """Group claims per block (unit and rate) on the workers, then judge and number the groups."""
    blocks = blocks_of(claims)
    context = Context.of(claims)
    futures = client.map(
        cluster_block,
        blocks,
        [tolerance] * len(blocks),
        [context.of_block(block) for block in blocks],
        pure=False,
    )
    return group_blocks([f.result() for f in futures], tolerance)
