"""Page furniture in plain text: menus and link lists, runs of short lines that are no sentences."""

from __future__ import annotations

import re

MIN_RUN = 5
"""A menu is at least this many short lines in a row."""
_SENTENCE_END = re.compile(r"[.!?:;,\"”')]\s*$")
_FIGURE = re.compile(r"\d")


class Furniture:
    """Tells whether an offset of `text` lies in a menu or link list rather than article text.

    Only the lines around the offsets asked about are read.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def covers(self, offset: int) -> bool:
        """True when `offset` falls inside page furniture."""
        start, end = self._line(offset)
        if not _is_short(self.text[start:end]):
            return False
        run = [self.text[start:end]]
        run += self._walk(start, -1)
        run += self._walk(end, +1)
        with_figures = sum(1 for line in run if _FIGURE.search(line))
        return len(run) >= MIN_RUN and with_figures * 2 < len(run)

    def _line(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    def _walk(self, edge: int, step: int) -> list[str]:
        """Short lines next to the line that ends (or starts) at `edge`, going `step` ways."""
        lines: list[str] = []
        while len(lines) < 4 * MIN_RUN:
            probe = edge - 2 if step < 0 else edge + 1
            if probe < 0 or probe >= len(self.text):
                break
            start, end = self._line(probe)
            line = self.text[start:end]
            if not _is_short(line):
                break
            lines.append(line)
            edge = start if step < 0 else end
        return lines


def _is_short(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not _SENTENCE_END.search(line)
