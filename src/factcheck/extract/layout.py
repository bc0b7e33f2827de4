"""Page furniture in plain text: menus and link lists, runs of short lines that are no sentences."""

from __future__ import annotations

from factcheck import lazyre

MIN_RUN = 5
"""A menu is at least this many short lines in a row."""
_SENTENCE_END = lazyre.compile(r"[.!?:;,\"”')]\s*$")
_FIGURE = lazyre.compile(r"\d")
_REACH = 400
"""A line longer than this is article text, never a menu item."""


class Furniture:
    """Tells whether an offset of `text` lies in a menu or link list rather than article text.

    Only the lines around the offsets asked about are read.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def covers(self, offset: int) -> bool:
        """True when `offset` falls inside page furniture."""
        line = self._line(offset)
        if line is None or not _is_short(self.text[line[0] : line[1]]):
            return False
        run = [self.text[line[0] : line[1]]]
        run += self._walk(line[0], -1)
        run += self._walk(line[1], +1)
        with_figures = sum(1 for item in run if _FIGURE.search(item))
        return len(run) >= MIN_RUN and with_figures * 2 < len(run)

    def _line(self, offset: int) -> tuple[int, int] | None:
        """The line around `offset`, or None when it runs longer than any menu item.

        NOTE: the search is bounded, so a text without line breaks costs no more per figure.
        """
        low = max(0, offset - _REACH)
        start = self.text.rfind("\n", low, offset)
        if start < 0 and low > 0:
            return None
        high = min(len(self.text), offset + _REACH)
        end = self.text.find("\n", offset, high)
        if end < 0 and high < len(self.text):
            return None
        return start + 1, high if end < 0 else end

    def _walk(self, edge: int, step: int) -> list[str]:
        """Short lines next to the line that ends (or starts) at `edge`, going `step` ways."""
        lines: list[str] = []
        while len(lines) < 4 * MIN_RUN:
            probe = edge - 2 if step < 0 else edge + 1
            if probe < 0 or probe >= len(self.text):
                break
            line = self._line(probe)
            if line is None or not _is_short(self.text[line[0] : line[1]]):
                break
            lines.append(self.text[line[0] : line[1]])
            edge = line[0] if step < 0 else line[1]
        return lines


def _is_short(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not _SENTENCE_END.search(line)
