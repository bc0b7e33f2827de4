"""`extract_claims(doc)`: every numeric claim of one document, with its place and meaning."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from factcheck.extract import context, filters, units
from factcheck.extract.figures import ESTIMATE_HEDGES, Figure, find_figures
from factcheck.models import Claim, Document, Qualifier

_IBID = re.compile(r"ibid\.?", re.I)
PARSER_VERSION = "1"
"""Bumped whenever extraction changes what it reports; caches key on it."""


def extract_claims(doc: Document) -> list[Claim]:
    """The claims of `doc` in reading order; repeats of one claim share a `key`."""
    index = context.TextIndex(doc.text)
    return list(_claims(doc, index))


def _claims(doc: Document, index: context.TextIndex) -> Iterator[Claim]:
    text = doc.text
    cited: str | None = None
    for figure in find_figures(text):
        after = context.words_after(text, figure.end, 8)
        if figure.kind == "vague" and after[:1] == ["of"]:
            after = after[1:]  # NOTE: "hundreds of families" counts families
        noun = None if figure.unit else context.counted_noun(after)
        if filters.why_not_claim(text, figure, noun) is not None:
            continue
        claim = _claim(doc, index, figure, noun)
        if claim.attribution and _IBID.fullmatch(claim.attribution):
            # NOTE: "(ibid)" credits the source cited just before
            claim = claim.model_copy(update={"attribution": cited})
        cited = claim.attribution or cited
        yield claim


def _claim(doc: Document, index: context.TextIndex, figure: Figure, noun: str | None) -> Claim:
    text = doc.text
    line, column = index.line_column(figure.start)
    sentence = index.sentence(figure.start)
    unit = figure.unit or units.counted_unit(noun)
    per = context.rate(text, figure.end)
    quantity = context.quantity(text, figure.start, figure.end)
    return Claim(
        source=doc.path,
        start=figure.start,
        end=figure.end,
        line=line,
        column=column,
        text=text[figure.start : figure.end],
        value=figure.value,
        low=figure.low,
        high=figure.high,
        unit=unit,
        per=per,
        qualifier=figure.qualifier,
        hedge=figure.hedge.lower() if figure.hedge else None,
        quantity=quantity,
        sentence=_squash(text[sentence.start : sentence.end]),
        attribution=context.attribution(text, sentence, figure.start),
        key=_key(figure, unit, per, quantity, text),
    )


def _key(figure: Figure, unit: str, per: str | None, quantity: str, text: str) -> str:
    """Same figure, unit, rate and description: the same claim, wherever it is repeated."""
    written = _squash(text[figure.start : figure.end]).lower()
    raw = f"{written}|{figure.value}|{unit}|{per}|{_squash(quantity).lower()}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def is_estimate(claim: Claim) -> bool:
    """True when a hedge such as "as many as" states an estimate to compare as a figure."""
    return claim.hedge in ESTIMATE_HEDGES


def is_vague(claim: Claim) -> bool:
    """True for figures such as "dozens" or "thousands" that state no number."""
    return claim.qualifier is Qualifier.VAGUE
