"""Shared builders: documents from text, claims from one sentence, corpora on disk."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.extract import extract_claims
from factcheck.models import Claim, Document
from factcheck.pipeline import number_claims
from factcheck.sources.text import read_text


def doc(text: str, path: str = "doc.txt") -> Document:
    """A document from text, as `sources.read` would make it (with its title)."""
    data = text.encode()
    read = read_text(path, data, hashlib.sha256(data).hexdigest())
    assert isinstance(read, Document), read
    return read


def claims_of(text: str, path: str = "doc.txt") -> list[Claim]:
    """The numbered claims of one text."""
    return number_claims(extract_claims(doc(text, path)))


def only_claim(text: str) -> Claim:
    """The one claim of `text`; fails when there are none or several."""
    found = claims_of(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


MakeCorpus = Callable[[dict[str, str]], Path]


@pytest.fixture
def corpus(tmp_path: Path) -> MakeCorpus:
    """Writes named texts into a folder and returns the folder."""

    def make(files: dict[str, str]) -> Path:
        for name, text in files.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        return tmp_path

    return make
