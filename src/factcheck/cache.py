"""The claim cache: documents and their claims in SQLite, keyed by content hash and parser version.

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

from factcheck.extract import PARSER_VERSION
from factcheck.models import Claim, ClaimGroup, Document

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (key TEXT PRIMARY KEY, document BLOB, claims BLOB);
CREATE TABLE IF NOT EXISTS groups (key TEXT PRIMARY KEY, groups BLOB);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
"""
CACHE_FORMAT = "1"


def document_key(sha256: str, fmt: str) -> str:
    """The cache key of a document: what it holds, how it is read, and by which parser."""
    return f"{sha256}:{fmt}:{PARSER_VERSION}"


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

    def get(self, key: str, path: str) -> tuple[Document, list[Claim]] | None:
        """The document and claims stored under `key`, placed at `path`; None when absent."""
        row = self._query("SELECT document, claims FROM documents WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            document = Document.model_validate_json(zlib.decompress(row[0]))
            claims = [Claim.model_validate(c) for c in json.loads(zlib.decompress(row[1]))]
        except (zlib.error, ValueError) as error:
            self.warnings.append(f"cache entry for {path} is damaged ({error}); reading the file")
            return None
        document = document.model_copy(update={"path": path})
        return document, [c.model_copy(update={"source": path}) for c in claims]

    def put(self, key: str, document: Document, claims: Iterable[Claim]) -> None:
        """Store a document and its claims under `key`."""
        blob = zlib.compress(document.model_dump_json().encode("utf-8"), 1)
        data = json.dumps([c.model_dump(mode="json") for c in claims]).encode("utf-8")
        self._execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?)",
                      (key, blob, zlib.compress(data, 1)))  # fmt: skip

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
    """One key for a whole corpus state, from the keys of its parts."""
    digest = hashlib.sha256(PARSER_VERSION.encode())
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()
