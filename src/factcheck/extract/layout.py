"""Page furniture in plain text: menus and link lists, runs of short lines that are no sentences."""

from __future__ import annotations

import bisect
import re

MIN_RUN = 5
"""A menu is at least this many short lines in a row."""
_LINE = re.compile(r"[^\n]*")
_SENTENCE_END = re.compile(r"[.!?:;,\"”')]\s*$")
_FIGURE = re.compile(r"\d")


class Furniture:
    """The spans of `text` that are menus or link lists rather than article text."""

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in _runs(text):
            self._starts.append(start)
            self._ends.append(end)

    def covers(self, offset: int) -> bool:
        """True when `offset` falls inside page furniture."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


def _is_short(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not _SENTENCE_END.search(line)


def _runs(text: str) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        if _is_short(line):
            run.append((match.start(), match.end(), line))
            continue
        if line.strip() or not run:
            _close(run, runs)
            run = []
    _close(run, runs)
    return runs


def _close(run: list[tuple[int, int, str]], runs: list[tuple[int, int]]) -> None:
    """Keep a run of short lines as furniture unless most of its lines carry figures (a list)."""
    with_figures = sum(1 for _, _, line in run if _FIGURE.search(line))
    if len(run) >= MIN_RUN and with_figures * 2 < len(run):
        runs.append((run[0][0], run[-1][1]))
