"""Finished reports of unchanged inputs: a re-scan that only hashes files.

A report depends on the files (their paths and bytes), the ledger, the settings, the parser and
the output options. When none of them changed since a report was made, that report, its notes
and its exit status are given back as they were.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from factcheck import __version__, sources
from factcheck.cache import corpus_key, file_key, open_cache
from factcheck.config import Settings


@dataclass(frozen=True)
class Snapshot:
    """A finished report: its text, the lines for standard error, and the exit status."""

    text: str
    notes: list[str]
    exit: int


def state_key(paths: list[Path] | None, settings: Settings, options: dict[str, object]) -> str:
    """A key for everything a report depends on; reads and hashes every file."""
    files, ignored = sources.discover(
        paths or [Path(p) for p in settings.sources], settings.exclude
    )
    parts = [__version__, settings.model_dump_json(), json.dumps(options, sort_keys=True)]
    parts += [f"{i.path}|{i.reason}" for i in ignored]
    for path in files:
        try:
            parts.append(f"{path.as_posix()}|{file_key(path)}")
        except OSError as error:
            parts.append(f"{path.as_posix()}|unreadable {error.errno}")
    ledger = Path(settings.ledger)
    parts.append(hashlib.sha256(ledger.read_bytes()).hexdigest() if ledger.exists() else "-")
    return corpus_key(parts)


def load(settings: Settings, key: str) -> Snapshot | None:
    """The snapshot stored for `key`, if any."""
    cache = open_cache(settings)
    try:
        stored = cache.get_report(key)
    finally:
        cache.close()
    if stored is None:
        return None
    try:
        data = json.loads(stored)
        return Snapshot(text=data["text"], notes=list(data["notes"]), exit=int(data["exit"]))
    except (ValueError, KeyError, TypeError):
        return None


def save(settings: Settings, key: str, snapshot: Snapshot) -> None:
    """Store `snapshot` for `key`."""
    cache = open_cache(settings)
    try:
        cache.put_report(key, json.dumps(asdict(snapshot)).encode("utf-8"))
    finally:
        cache.close()
