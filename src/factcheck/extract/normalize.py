"""Clean text for parsing while keeping the way back to the offsets of the text as read.

Non-breaking and thin spaces, typographic quotes and minus signs, soft hyphens, zero-width
characters, full-width digits and ligatures are folded; Markdown syntax is blanked out; line
wraps of PDF text become spaces. `Normalized.original_span` maps a span of the clean text
back to the text that was read, so a claim's `start`, `end` and `text` point into the source.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_FOLD = {
    "\u00a0": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u3000": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\uff05": "%", "\uff04": "$", "\uff0c": ",", "\uff0e": ".",
    **{chr(0xFF10 + d): str(d) for d in range(10)},
}  # fmt: skip
_SPECIAL = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]")
# NOTE: each Markdown pattern keeps the words a reader sees and blanks the syntax around them
_MARKDOWN = re.compile(
    r"(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<link>\[(?P<label>[^\]\n]+)\]\((?P<url>[^)\n]*)\))"
    r"|(?P<heading>^[ \t]{0,3}#{1,6}[ \t]+)"
    r"|(?P<quote>^[ \t]{0,3}>[ \t]?)"
    r"|(?P<bullet>^[ \t]*[*+-][ \t]+)"
    r"|(?P<rule>^[ \t]*(?:[-*_][ \t]*){3,}$)"
    r"|(?P<fence>^[ \t]*(?:```|~~~).*$)"
    r"|(?P<tag></?[A-Za-z][^>\n]*>)"
    r"|(?P<emphasis>\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])|`)",
    re.M,
)
_PDF_WRAP = re.compile(r"(?<=[^\s.!?:;])-?\n(?=[a-z(]|[0-9](?![0-9]?[.)][ \t]))")
_TEXT_WRAP = re.compile(r"(?<=[A-Za-z,])\n(?=[a-z(]|[0-9](?![0-9]?[.)][ \t]))")
"""A line break inside a sentence of hard-wrapped text (e-mail, text exported from PDF): the
line before is a long one (`_WRAPPED_LINE`) and the sentence goes on after it, not with the
next item of a numbered list ("5. 7.2%: the rise this year")."""
_WRAPPED_LINE = 40
_BREAK = re.compile(r"\n(?=[a-z0-9(])")


@dataclass(frozen=True, slots=True)
class _Piece:
    clean: int
    original: int
    clean_len: int
    original_len: int


class Normalized:
    """Clean text, with a piecewise map back to the text it came from."""

    def __init__(self, text: str, pieces: list[_Piece] | None = None) -> None:
        self.text = text
        self._pieces = pieces or []
        self._starts = [p.clean for p in self._pieces]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as read that the clean span `start:end` came from."""
        if not self._pieces:
            return start, end
        return self._map(start, at_end=False), self._map(end, at_end=True)

    def _map(self, offset: int, *, at_end: bool) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        piece = self._pieces[i]
        inside = offset - piece.clean
        if piece.clean_len == piece.original_len or inside == 0:
            return piece.original + min(inside, piece.original_len)
        return piece.original + (piece.original_len if at_end else 0)


def normalize(text: str, fmt: str = "text") -> Normalized:
    """`text` cleaned for parsing; `fmt` "md" also blanks Markdown, "pdf" joins wrapped lines."""
    rules: list[re.Pattern[str]] = [_SPECIAL]
    if fmt in ("md", "markdown"):
        rules.append(_MARKDOWN)
    if fmt == "pdf":
        rules.append(_PDF_WRAP)
    elif _has_wrap(text):
        rules.append(_TEXT_WRAP)
    if not any(rule.search(text) for rule in rules):
        return Normalized(text)
    return _rewrite(text, rules)


def _rewrite(text: str, rules: list[re.Pattern[str]]) -> Normalized:
    out: list[str] = []
    pieces: list[_Piece] = []
    clean = original = 0
    for match in _matches(text, rules):
        if match.start() > original:
            run = text[original : match.start()]
            pieces.append(_Piece(clean, original, len(run), len(run)))
            out.append(run)
            clean += len(run)
        replacement = _replacement(match)
        pieces.append(_Piece(clean, match.start(), len(replacement), match.end() - match.start()))
        out.append(replacement)
        clean += len(replacement)
        original = match.end()
    if original < len(text):
        pieces.append(_Piece(clean, original, len(text) - original, len(text) - original))
        out.append(text[original:])
    return Normalized("".join(out), pieces)


def _matches(text: str, rules: list[re.Pattern[str]]) -> list[re.Match[str]]:
    """Matches of every rule, left to right, without overlaps (earlier rules win ties)."""
    found = sorted(
        (
            m
            for rule in rules
            for m in rule.finditer(text)
            if m.end() > m.start() and (rule is not _TEXT_WRAP or _long_line_before(text, m))
        ),
        key=lambda m: (m.start(), -(m.end() - m.start())),
    )
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _has_wrap(text: str) -> bool:
    """True when some line of `text` wraps into the next (`_TEXT_WRAP`)."""
    for match in _BREAK.finditer(text):
        at = match.start()
        if (
            at
            and (text[at - 1].isalpha() or text[at - 1] == ",")
            and _long_line_before(text, match)
        ):
            return True
    return False


def _long_line_before(text: str, match: re.Match[str]) -> bool:
    return match.start() - text.rfind("\n", 0, match.start()) > _WRAPPED_LINE


def _replacement(match: re.Match[str]) -> str:
    written = match.group()
    if match.re is _SPECIAL:
        return _FOLD[written]
    if match.re is _TEXT_WRAP:
        return " "
    if match.re is _PDF_WRAP:
        return "" if written.startswith("-") else " "  # NOTE: "deploy-\nment" was one word
    if match.group("link") is not None:
        label = match.group("label")
        return " " + label + " " * (len(written) - len(label) - 1)
    return " " * len(written)
