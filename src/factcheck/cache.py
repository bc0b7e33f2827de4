"""The claim cache: documents and their claims in SQLite, keyed by content hash and parser version.

Documents come back with their metadata and an empty `text`: what a cached file says is in
its claims; the file itself is read again only when it changes.

A re-scan of an unchanged corpus only hashes its files. A cache that is corrupt, locked or
unwritable is set aside with a warning and rebuilt, never a crash.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path

from pydantic import TypeAdapter

from factcheck.config import Settings
from factcheck.extract import PARSER_VERSION
from factcheck.models import Claim, ClaimGroup, Document
from factcheck.reconcile import GROUPING_VERSION
from factcheck.sources import FORMATS

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, path TEXT, document BLOB, claims BLOB);
CREATE TABLE IF NOT EXISTS groups (key TEXT PRIMARY KEY, groups BLOB);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS reports (key TEXT PRIMARY KEY, report BLOB, stamp INTEGER);
"""
CACHE_FORMAT = "3"
BATCH = 500
"""Keys looked up per query: SQLite takes up to 999 parameters."""
_CLAIMS = TypeAdapter(list[Claim])


CACHE_FILE = "cache.sqlite"


def open_cache(settings: Settings) -> ClaimCache:
    """The claim cache in the `cache_dir` of `settings`."""
    return ClaimCache(Path(settings.cache_dir) / CACHE_FILE)


def document_key(sha256: str, fmt: str) -> str:
    """The cache key of a document: what it holds, how it is read, and by which parser."""
    return f"{sha256}:{fmt}:{PARSER_VERSION}"


_FILE_HASHES: dict[tuple[str, int, int], str] = {}


def file_key(path: Path) -> str:
    """The cache key of the file at `path`, from its bytes; raises `OSError` when unreadable.

    Remembered for the run by path, size and modification time, so that the report snapshot
    and the claim cache hash each file once.
    """
    stat = path.stat()
    memo = (path.as_posix(), stat.st_size, stat.st_mtime_ns)
    if memo not in _FILE_HASHES:
        _FILE_HASHES[memo] = hashlib.sha256(path.read_bytes()).hexdigest()
    return document_key(_FILE_HASHES[memo], FORMATS.get(path.suffix.lower(), "text"))


class ClaimCache:
    """Documents and claims stored by content; `warnings` says what went wrong, if anything."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._db: sqlite3.Connection | None = self._open()

    def _open(self) -> sqlite3.Connection | None:
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=2.0)
                db.executescript(SCHEMA)
                self._check_format(db)
                return db
            except (sqlite3.DatabaseError, OSError) as error:
                if attempt == 0:
                    self.warnings.append(f"cache {self.path} is unusable ({error}); rebuilding it")
                    self.path.unlink(missing_ok=True)
                else:
                    self.warnings.append(
                        f"cache {self.path} cannot be rebuilt ({error}); scanning without it"
                    )
        return None

    @staticmethod
    def _check_format(db: sqlite3.Connection) -> None:
        row = db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None:
            db.execute("INSERT INTO meta VALUES ('format', ?)", (CACHE_FORMAT,))
            db.commit()
        elif row[0] != CACHE_FORMAT:
            raise sqlite3.DatabaseError(f"cache format {row[0]}, expected {CACHE_FORMAT}")

    @property
    def usable(self) -> bool:
        """False once the cache had to be given up for this run."""
        return self._db is not None

    def get_many(self, wanted: dict[str, str]) -> dict[str, tuple[Document, list[Claim]]]:
        """The stored documents and claims for `wanted` (key to path), by path; misses absent."""
        found: dict[str, tuple[Document, list[Claim]]] = {}
        keys = list(wanted)
        for i in range(0, len(keys), BATCH):
            chunk = keys[i : i + BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._rows(
                f"SELECT key, path, document, claims FROM documents WHERE key IN ({marks})", chunk
            )
            for key, stored_path, document, claims in rows:
                path = wanted[key]
                loaded = self._load(path, stored_path, document, claims)
                if loaded is not None:
                    found[path] = loaded
        return found

    def _load(
        self, path: str, stored_path: str, document: bytes, claims: bytes
    ) -> tuple[Document, list[Claim]] | None:
        try:
            doc = Document.model_validate_json(document)
            items = _CLAIMS.validate_json(claims)
        except ValueError as error:
            self.warnings.append(f"cache entry for {path} is damaged ({error}); reading the file")
            return None
        if stored_path == path:
            return doc, items
        # NOTE: the same content at another path: the claims move with it
        return doc.model_copy(update={"path": path}), [
            c.model_copy(update={"source": path}) for c in items
        ]

    def put(self, key: str, document: Document, claims: Iterable[Claim]) -> None:
        """Store a document and its claims under `key`."""
        # NOTE: stored uncompressed and without the text: reading back is the hot path of a
        # re-scan, and a report needs the claims and the document's metadata, not its text
        blob = document.model_copy(update={"text": ""}).model_dump_json().encode("utf-8")
        data = _CLAIMS.dump_json(list(claims))
        self._execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)",
                      (key, document.path, blob, data))  # fmt: skip

    def get_groups(self, key: str) -> list[ClaimGroup] | None:
        """The groups stored for a whole corpus state, if any."""
        row = self._query("SELECT groups FROM groups WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            return [ClaimGroup.model_validate(g) for g in json.loads(zlib.decompress(row[0]))]
        except (zlib.error, ValueError):
            return None

    def put_groups(self, key: str, groups: list[ClaimGroup]) -> None:
        """Store the groups of a whole corpus state."""
        data = json.dumps([g.model_dump(mode="json") for g in groups]).encode("utf-8")
        self._execute("INSERT OR REPLACE INTO groups VALUES (?, ?)", (key, zlib.compress(data, 1)))

    def get_report(self, key: str) -> bytes | None:
        """A finished report stored for `key`, if any."""
        row = self._query("SELECT report FROM reports WHERE key = ?", (key,))
        return None if row is None else bytes(row[0])

    def put_report(self, key: str, report: bytes, keep: int = 4) -> None:
        """Store a finished report; only the `keep` latest stay."""
        self._execute(
            "INSERT OR REPLACE INTO reports VALUES (?, ?, strftime('%s','now'))", (key, report)
        )
        latest = "SELECT key FROM reports ORDER BY stamp DESC LIMIT ?"
        self._execute(f"DELETE FROM reports WHERE key NOT IN ({latest})", (str(keep),))

    def commit(self) -> None:
        """Write what was stored; a failure only costs the next run some time."""
        if self._db is None:
            return
        try:
            self._db.commit()
        except sqlite3.DatabaseError as error:
            self._give_up(error)

    def close(self) -> None:
        """Commit and close."""
        self.commit()
        if self._db is not None:
            self._db.close()
            self._db = None

    def _rows(self, sql: str, args: list[str]) -> list[tuple[str, str, bytes, bytes]]:
        if self._db is None:
            return []
        try:
            rows: list[tuple[str, str, bytes, bytes]] = self._db.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as error:
            self._give_up(error)
            return []
        return rows

    def _query(self, sql: str, args: tuple[str, ...]) -> tuple[bytes, ...] | None:
        if self._db is None:
            return None
        try:
            row: tuple[bytes, ...] | None = self._db.execute(sql, args).fetchone()
        except sqlite3.DatabaseError as error:
            self._give_up(error)
            return None
        return row

    def _execute(self, sql: str, args: tuple[str | bytes, ...]) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(sql, args)
        except sqlite3.DatabaseError as error:
            self._give_up(error)

    def _give_up(self, error: sqlite3.DatabaseError) -> None:
        self.warnings.append(f"cache {self.path} failed ({error}); it will be rebuilt next run")
        if self._db is not None:
            self._db.close()
        self._db = None
        self.path.unlink(missing_ok=True)


def corpus_key(parts: Iterable[str]) -> str:
    """One key for a whole corpus state, from the keys of its parts and the versions of the
    parser and of the grouping that made what is stored for it."""
    digest = hashlib.sha256(f"{PARSER_VERSION}:{GROUPING_VERSION}".encode())
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()
