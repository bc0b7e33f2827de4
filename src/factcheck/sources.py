"""Finding source files and reading them into `Document`s; unreadable ones become skips."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from factcheck.errors import SourceError
from factcheck.models import Document, SkippedSource

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", ".venv", "env"})


def discover(paths: Iterable[Path], exclude: Iterable[str] = ()) -> list[Path]:
    """The source files named by `paths` (files as given, folders searched), sorted, unique."""
    found: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise SourceError(
                "no such file or folder",
                path=str(path),
                hint="check the path, or omit it to scan data/sources",
            )
        found.update([path] if path.is_file() else _walk(path))
    patterns = list(exclude)
    kept = (p for p in found if not any(fnmatch(p.as_posix(), pat) for pat in patterns))
    return sorted(kept, key=lambda p: p.as_posix())


def _walk(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        parts = path.relative_to(folder).parts
        if any(p.startswith(".") or p in SKIPPED_DIRS for p in parts):
            continue
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            yield path


def read(path: Path) -> Document | SkippedSource:
    """The document at `path`, or a `SkippedSource` that says why it could not be read."""
    name = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as error:
        return SkippedSource(path=name, reason=f"cannot be read ({error.strerror or error})")
    if b"\x00" in data[:8192]:
        return SkippedSource(path=name, reason="binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return SkippedSource(
            path=name,
            reason=f"not UTF-8 text (byte {error.start}); save it as UTF-8 and scan again",
        )
    digest = hashlib.sha256(data).hexdigest()
    return Document(
        path=name, text=text, sha256=digest, format=path.suffix.lower().lstrip(".") or "text"
    )
