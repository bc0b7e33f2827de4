"""Tables and labels that state the unit of the bare figures under them.

Reports put the unit of a column in its header ("| Country | Aid ($ billion) |") and of a fact
sheet's line in brackets after its label ("Crops lost (acres): 4.4 million"); the figures
themselves are bare ("| Germany | 14.9 |"). `Tables` finds the pipe tables of a text, the header
of the column a figure stands in, and the unit such a header or label gives it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from factcheck import lazyre
from factcheck.extract.amounts import Figure
from factcheck.extract.figures import find_figures

_ROW = lazyre.compile(r"[ \t]*\|.*\|[ \t]*")
_SEPARATOR = lazyre.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")
_NOTE = lazyre.compile(r"\((?P<note>[^()\n]{1,30})\)[ \t]*$")
"""A unit in brackets at the end of a header or label: "Aid ($ billion)", "Share of GDP (%)"."""
_LABEL_NOTE = lazyre.compile(
    r"[ \t]*(?:[-•*][ \t]+|\|[ \t]*)?[A-Z][^|:\n()]{0,60}"
    r"\((?P<note>[^()\n]{1,30})\)[ \t]*[:|][ \t]*$"
)
"""A fact sheet's line up to its first figure, whose label ends in a unit in brackets."""
_PERCENT_HEADER = lazyre.compile(r"\s*(?:%|per\s?cent\b|percent(?:age)?\b)", re.I)
"""A column header that opens with a sign or word of percent: "% of GDP", "Percent change"."""
_CURRENCY_FIRST = lazyre.compile(r"(US\$|\$|€|£|¥|₩|₹|[A-Z]{3}\b)\s*(.*)")


_CAPTION_NOTE = lazyre.compile(r"\((?P<note>[^()\n]{1,30})\)[ \t]*:?[ \t]*$")
"""A unit in brackets at the end of the line above a table, which states the unit of its cells:
"# OPEC crude production, June (million bpd)"."""
_CAPTION_LINES = 3
"""How many lines above a table's header are read for its caption."""


@dataclasses.dataclass(frozen=True, slots=True)
class Header:
    """The header of the column a figure stands in: its words, and the unit in its brackets."""

    name: str
    note: str | None


class Tables:
    """The pipe tables of one text: for each body row, the header cells of its table."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] = []
        self._rows: list[tuple[int, int, tuple[str, ...], str | None]] = []
        if "|" in text:
            self._read(text)

    def _read(self, text: str) -> None:
        lines: list[tuple[int, int]] = []
        start = 0
        for line in text.split("\n"):
            lines.append((start, start + len(line)))
            start += len(line) + 1
        header: tuple[str, ...] | None = None
        caption: str | None = None
        for k, (start, end) in enumerate(lines):
            if not _ROW.fullmatch(text, start, end):
                header = None
                continue
            if _SEPARATOR.fullmatch(text, start, end):
                continue
            following = lines[k + 1] if k + 1 < len(lines) else None
            if following and _SEPARATOR.fullmatch(text, *following):
                header = tuple(cell.strip() for cell in text[start:end].strip().split("|")[1:-1])
                caption = _caption(text, lines[max(0, k - _CAPTION_LINES) : k])
            elif header is not None:
                self._starts.append(start)
                self._rows.append((start, end, header, caption))

    def header(self, offset: int) -> Header | None:
        """The header of the column the text at `offset` stands in, if it is in a table's body."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0:
            return None
        start, end, cells, caption = self._rows[k]
        if offset >= end:
            return None
        column = self._text.count("|", start, offset) - 1
        if not 0 <= column < len(cells) or not cells[column]:
            return None
        name = cells[column]
        note = _NOTE.search(name)
        if note is None:
            # NOTE: "| Country | % of GDP |": a column named as a share holds shares
            return Header(name, "%" if _PERCENT_HEADER.match(name) else caption)
        return Header(name[: note.start()].strip(), note.group("note").strip())

    def with_unit(self, figure: Figure) -> Figure:
        """`figure` in the unit its column header or its line's label states, when it states
        none of its own: "| Germany | 14.9 |" under "Aid ($ billion)" is $14.9 billion."""
        if figure.unit is not None or figure.kind not in ("digits", "range"):
            return figure
        header = self.header(figure.start)
        note = header.note if header else None
        if note is None:
            line_start = self._text.rfind("\n", 0, figure.start) + 1
            label = _LABEL_NOTE.fullmatch(self._text, line_start, figure.start)
            note = label.group("note") if label else None
        stated = unit_of(note) if note else None
        if stated is None:
            return figure
        factor, unit = stated
        if figure.scaled:
            factor = 1.0  # NOTE: "1.2 million" under "(million tonnes)" is scaled once

        def times(value: float | None) -> float | None:
            return None if value is None else value * factor

        return dataclasses.replace(
            figure, value=figure.value * factor, low=times(figure.low), high=times(figure.high),
            step=figure.step * factor, unit=unit or figure.unit, factor=figure.factor * factor,
        )  # fmt: skip


def _caption(text: str, above: list[tuple[int, int]]) -> str | None:
    """The unit the nearest line with words above a table's header states in brackets, if any."""
    for start, end in reversed(above):
        line = text[start:end].strip()
        if not line:
            continue
        if _ROW.fullmatch(line):
            return None  # NOTE: another table's row
        found = _CAPTION_NOTE.search(line)
        note = found.group("note").strip() if found else None
        return note if note and unit_of(note) else None
    return None


@lru_cache(maxsize=512)
def unit_of(note: str) -> tuple[float, str | None] | None:
    """The scale and unit a bracketed note states, read as the parser reads "1" written with it
    ("$ billion" -> (1e9, "USD"), "%" -> (1, "percent"), "bn" -> (1e9, None)); None when the
    note is no unit ("NIS estimate", "2024")."""
    note = note.strip()
    currency = _CURRENCY_FIRST.fullmatch(note)
    if currency:
        probe = f"{currency.group(1)}1 {currency.group(2)}".rstrip()
    else:
        probe = f"1{note}" if note.startswith("%") else f"1 {note}"
    figures = list(find_figures(probe))
    if len(figures) != 1 or figures[0].start != 0 or figures[0].end != len(probe):
        return None
    (figure,) = figures
    if figure.unit is None and figure.value == 1:
        return None
    return figure.value, figure.unit
