"""What the words around a figure say: its sentence, counted noun, rate, quantity and source."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import lazyre
from factcheck.extract import numbers, units
from factcheck.extract.lexicon import HEDGE_RUN, word_set
from factcheck.extract.places import is_place, regions_in

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "no", "gen",
    "col", "lt", "sen", "rep", "gov", "inc", "corp", "ltd", "co", "jr", "sr", "fig", "approx",
    "est", "nos", "vol", "p", "pp", "mt", "ft", "capt", "sgt", "adm", "maj",
})  # fmt: skip
STOP = word_set("""
a an the and or but nor of in on at to for from by with without within into onto over under
about above below between among across after before during since until through per each every
this that these those its their his her our your my which who whom whose what when where while
is are was were be been being has have had having do does did will would could should may might
must can shall not no so as than then also only just even still yet very more most less least
such other another some any all both either neither it they them he she we you i there here if
because although though whether including include includes worth said says say according
""")
AUXILIARIES = word_set("""
is are was were be been being has have had will would could should may might must can shall
reportedly eventually also already still now then reported allegedly
""")
CLAUSE_WORDS = frozenset({"that", "which", "who", "while", "whereas", "but", "although", "because"})
_CLAUSE_BREAK = lazyre.compile(r"[,.;:!?()\[\]\n—–\"“”|](?<!\d[,.](?=\d))|\s-\s")
"""Punctuation that ends a clause; a comma or point between digits is part of a number.
Written as one character class first, so that the engine can skip to candidates."""
_SPACES = lazyre.compile(r"\s+")
_WORD = lazyre.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]*)*(?:(?:(?<=-)|(?<=\b[A-Z]))\d+[A-Za-z]*)?")
"""A word, of letters in any script; a model's designation is one word with its digits
("F-16s", "Kh-101", "M1")."""
_ASCII_WORD = lazyre.compile(
    r"[A-Za-z]+(?:['\-][A-Za-z]*)*(?:(?:(?<=-)|(?<=\b[A-Z]))\d+[A-Za-z]*)?"
)
"""`_WORD` for ASCII text, which most chunks are: the same words, found faster."""
_FIGURE_START = lazyre.compile(r"(?<![\d-])(?<!\b[A-Z])\d")
_SENTENCE_END = lazyre.compile(r"[.!?][\"”’)\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n")
"""A full stop, perhaps closing quotes and footnote marks ("880,000.[3] Its losses")."""
_RATE = lazyre.compile(
    r"(?:(?!\b(?:and|or|but|while|whereas)\s)[^.;:!?\n,\d]){0,60}?(?<![\w])"
    r"(?:(?:(?P<det>per|a|an|each|every)\s+"
    r"(?P<noun>day|week|month|year|hour|annum))"
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually|hourly)|/(?P<slash>day|week|month|year|hour|yr|hr))\b"
    r"(?!\s+(?:earlier|ago|later|before|after|prior|old))",
    re.I,
)
"""The time base after a figure, in its own clause: "annual inflation of 76% and monthly
inflation of 3.5%" gives the 76% none."""
_DIGIT = lazyre.compile(r"\d")
_NEXT_WORD = lazyre.compile(r"[ \t]+([A-Za-z]+)\b")
_NUMBER_OF = lazyre.compile(
    r"\b(?:number|total|tally|count)\s+of\s+(?:the\s+|all\s+)?(?P<noun>[A-Za-z]+)", re.I
)
_AGE = lazyre.compile(r"[\s-]+years?[\s-]+olds?\b", re.I)
_AGED = lazyre.compile(r"\b(?:[Aa]ged|[Aa]ges)\s+$")
_NAME_COMMA = lazyre.compile(r"[A-Z][a-z]+,\s$")
_AGE_AFTER_NAME = lazyre.compile(r"\d{1,3}(?:,\s|\)|\.(?:\s|$))")
_NOT_RATE_BEFORE = frozenset(
    ["in", "past", "last", "next", "the", "this", "that", "within", "for", "over", "than"]
)
_ACCORDING = lazyre.compile(
    r"\b(?:according to|cited by|citing|estimates? (?:by|from)|figures? (?:by|from)|data from)\s+"
    r"(?P<who>(?:the\s+)?(?:[^,.;:]|(?-i:(?<=[A-Z])\.)){2,80}?)"
    r"(?=[,;:]|\.(?:\s+(?-i:[A-Z“\"])|\s*$)|\s+(?:as many|more than|about|some|at least|\d)|$)",
    re.I,
)
_SAID = lazyre.compile(
    r"(?P<who>(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+(?:[a-z]+\s+){0,2}"
    r"(?:ministry|office|agency|military|army|navy|department|government|police|authorities"
    r"|officials?|spokes(?:man|woman|person))"
    r"|(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){1,3}(?:[a-z]+\s+)?(?:envoy|ambassador|minister|secretary"
    r"|spokes(?:man|woman|person)|officials?|commander|governor|mayor|chief)"
    r"|(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,2}(?:presidency|government|secretariat|delegation"
    r"|mission|administration|ministry)\s+of\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*"
    r"|(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+(?:(?:of|in|for|to|on|without)\s+(?:the\s+)?)?){0,4}"
    r"[A-Z][\w.’'\-]*|(?:the\s+)?\w+\s+officials?)"
    r",?\s+(?:said|says|reported|reports|estimated|estimates|told|announced|claimed|stated|noted"
    r"|puts?(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,4}?at\b))\b",
)
"""Who says a figure before a verb of saying, a name's small words included ("the Committee to
Protect Journalists says", "the Swedish presidency of the EU said"); "put the toll at" says one
too."""
_ESTIMATED_BY = lazyre.compile(
    r"\b(?:estimated|put|assessed|valued|calculated|projected|forecast)\s+at\s+[^,;:()]{1,40}?"
    r"\s+by\s+(?P<who>(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][\w.’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'\-]*){0,5})"
)
"""Who a passive estimate names after its figure: "Damage is estimated at $30 billion by the
World Bank" (a month after "by" is a deadline: "by June")."""
_CITATION = lazyre.compile(
    r"\((?P<who>[A-Z][^()]{1,60}?,\s*(?:1[89]|20)\d\d[a-z]?|ibid\.?|[A-Z][\w.\- ]{1,40})\)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text by offsets."""

    start: int
    end: int


_SENTENCE_REACH = 400
"""How far from a figure its sentence may start or end; longer runs are cut there."""


class TextIndex:
    """Line starts and sentence boundaries of one text, for lookups by offset.

    Both are found lazily around the offsets asked for: most of a text holds no figure.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: list[int] | None = None
        self._last = (0, 1, 0)

    def _sentence_start(self, offset: int) -> int:
        """The end of the last sentence before `offset`, looking back a little, then further."""
        reach = 100
        while True:
            floor = max(0, offset - reach)
            start = None
            # NOTE: the search reads a little past `offset`, where the next sentence's first
            # letter or digit stands: "were hurt. Two children died" opens at "Two"
            for match in _SENTENCE_END.finditer(self.text, floor, offset + 2):
                if match.end() <= offset and _ends_sentence(self.text, match):
                    start = match.end()
            if start is not None or floor == 0 or reach >= _SENTENCE_REACH:
                return floor if start is None else start
            reach *= 4

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of `offset`.

        Figures come in reading order, so lines are counted on from the offset asked before:
        a text is read once, not indexed whole. Asked backwards, it is indexed whole.
        """
        since, line, line_start = self._last
        if offset < since or self._lines is not None:
            return self._indexed(offset)
        breaks = self.text.count("\n", since, offset)
        if breaks:
            line += breaks
            line_start = self.text.rfind("\n", since, offset) + 1
        self._last = (offset, line, line_start)
        return line, offset - line_start + 1

    def _indexed(self, offset: int) -> tuple[int, int]:
        if self._lines is None:
            self._lines = [0, *(m.end() for m in re.finditer("\n", self.text))]
        line = bisect.bisect_right(self._lines, offset)
        return line, offset - self._lines[line - 1] + 1

    def sentences_before(self, offset: int) -> Iterator[Span]:
        """The sentences of the paragraph (the line) before `offset`, nearest first, untrimmed."""
        floor = self.text.rfind("\n", 0, offset) + 1
        end = offset
        while end > floor:
            start = max(floor, self._sentence_start(end - 1))
            yield Span(start, end)
            end = start

    def sentence(self, offset: int) -> Span:
        """The sentence around `offset`, trimmed of surrounding white space."""
        text = self.text
        start = self._sentence_start(offset)
        end = min(len(text), offset + _SENTENCE_REACH)
        for match in _SENTENCE_END.finditer(text, offset, end):
            if _ends_sentence(text, match):
                end = match.end()
                break
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        return Span(start + lead, start + len(chunk.rstrip()))


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """True for a full stop that is no abbreviation's, and for any that ends a line: "in Viña
    del Mar." closes its paragraph, "Mar." or not."""
    return "\n" in match.group() or not _is_abbreviation(text, match.start())


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = text[max(0, dot - 8) : dot].rsplit(None, 1)[-1:]
    return bool(word) and word[0].lower().strip(".(\"'") in ABBREVIATIONS


def words_after(text: str, end: int, limit: int, *, own: bool = False) -> list[str]:
    """Up to `limit` words after `end`, stopping at clause punctuation; with `own`, also at
    the next figure ("rose 47% in 2023 to $111 billion": "in")."""
    chunk = _CLAUSE_BREAK.split(text[end : end + 160], maxsplit=1)[0]
    if own and (digit := _FIGURE_START.search(chunk)):
        chunk = chunk[: digit.start()]
    return [w.rstrip("’'") for w in _words_of(chunk).findall(chunk)[:limit]]


def words_before(text: str, start: int, limit: int, *, own: bool = False) -> list[str]:
    """Up to `limit` words before `start`, stopping at clause punctuation; with `own`, also
    at the figure before and the word it counts ("12 dead and 30 missing": "and")."""
    chunk = text[max(0, start - 160) : start]
    if (quoted := _QUOTE_OPENING.search(chunk)) is not None:
        # NOTE: 'a growth target of "around 5%"': a quotation that opens on the figure is no
        # clause of its own
        chunk = chunk[: quoted.start()] + " " + chunk[quoted.end() :]
    chunk = _CLAUSE_BREAK.split(chunk)[-1]
    pattern = _words_of(chunk)
    words = pattern.findall(chunk)
    if own and (digit := _LAST_DIGIT.search(chunk)):
        words = pattern.findall(chunk, digit.end())[1:]
    return words[-limit:]


_LAST_DIGIT = lazyre.compile(r"\d(?=\D*$)")
_QUOTE_OPENING = lazyre.compile(r"(?<=[A-Za-z] )[\"“‘](?=(?:[A-Za-z]+ ){0,3}[$€£¥]?$)")
"""A quotation mark that opens a few words before a figure, after a word."""


def _words_of(chunk: str) -> re.Pattern[str]:
    return _ASCII_WORD if chunk.isascii() else _WORD


_PLURALS = word_set("""
people personnel police staff children men women cattle livestock militia infantry aircraft crew
""")


_NOUN_STOP = STOP | word_set("""
toward towards near against along amid amidst behind beyond despite inside outside via upon
last next ago earlier later
abroad overseas home yesterday today tonight here there elsewhere again away back recently
alone apiece respectively combined together altogether overall short shy
""")
"""Words that end the noun a figure counts: "50 tanks moved toward", "40 convoys near"; and
adverbs after a verb: "2 million fled abroad", "300 died yesterday"."""
BASELINE_JOIN = r"(?:from|compared\s+(?:with|to)|against|versus|vs\.?)"
"""The words that give a figure as the baseline of another: "up from", "compared with"."""
_LABEL_WORDS = r"(?:(?:[ \t]*\([^()\n]*\))?,?[ \t]+[\w'’-]+\.?)"
_LABEL = lazyre.compile(
    r"[ \t]*(?:[-•*][ \t]+(?P<bulleted>)|\|[ \t]*)?"
    rf"(?P<label>[A-Z][\w'’-]*\.?(?(bulleted){_LABEL_WORDS}{{0,11}}|{_LABEL_WORDS}{{0,7}}))"
    r"(?:[ \t]*\([^()\n]*\))?[ \t]*[:|][ \t]*(?:[a-z]+[ \t]+){0,2}\+?"
)
"""A fact sheet's label before its figure: a capital, eight words at most, twelve on a bulleted
line (a note in brackets may stand between them), a colon (or a table's cell border), and at
most two words of hedge ("Shaheds delivered since 2022: over 2,400", "| Troops deployed |
11,000 |", "Russian casualties (killed and wounded), UK estimate: 780,000", "- Share of US
seaborne trade that crosses the canal: 5%")."""
_LABEL_WORD = lazyre.compile(r"[\w'’-]+")
_LABEL_END = frozenset({"in", "at", "on", "since", "of", "for", "by", "from", "to", "during"})
_PRESENT_VERBS = word_set("""
die perish arrive flee say believe oppose want agree disagree disapprove approve remain stay
live work leave return go come wait
""")
_IRREGULAR_PAST = word_set("""
went came left took gave got ran sought fought brought bought saw became began grew fell rose
knew thought told found heard met felt flew drove wrote spoke chose swam
""")
"""Past tenses not in "-ed" that are never a noun nor stand before one: "7.7 million left"."""
_PARTICIPLES = word_set("""
seen held kept caught taken given shown known sold paid built set spent sent made done hidden
stolen sunk shot struck
""")
"""Past participles not in "-ed", which before a phrase of place or time are the verb after a
figure, not what it counts."""
_OBJECT_VERBS = word_set(
    "hold need lack receive face needed lacked received faced require required"
)
"""Verbs, never nouns, that take an object: the words after them are not what is counted."""
_OF_DETERMINERS = frozenset(
    {"its", "their", "the", "his", "her", "our", "whom", "them", "those", "these"}
)
_DEMONSTRATIVES = frozenset({"those", "these"})


def counted_noun(after: list[str], *, through_of: bool = True) -> str | None:
    """The head noun right after a figure: "North Korean troops could" -> "troops"."""
    head: str | None = None
    of_them = (
        len(after) > 2
        and after[0].lower() == "of"
        and after[1].lower() in _OF_DETERMINERS
        and (after[2][:1].islower() or after[1].lower() not in _DEMONSTRATIVES)
    )  # NOTE: "29 of those patients" counts patients; "of those How" is a new sentence
    if through_of and of_them:
        after = after[2:]  # NOTE: "31,000 of its soldiers" counts soldiers
    read = 0
    for n, word in enumerate(after[:8]):
        following = after[n + 1 : n + 2]
        if _between_models(word, after[n - 1 : n], following) or _between_kinds(
            word, after[n - 1 : n], after[n + 1 : n + 3]
        ):
            continue  # NOTE: "60 North Korean KN-23 and KN-24 ballistic missiles", "272
            # Shahed-type and decoy drones"
        if _ends_noun(word, head, following):
            break
        if _passed_over(word, following):
            continue
        read += 1
        if read > 5:
            break
        head = word
        if is_plural(word.lower()) and not (
            word[:1].isupper() and following and is_plural(following[0])
        ):
            break  # NOTE: "300 HIMARS rockets", "31 Abrams tanks" count the lower-case noun
    return head


_VERBS_OF_NAMES = frozenset(
    {"says", "said", "has", "had", "is", "was", "will", "would", "needs", "needed", "wants",
     "asked", "plans", "expects", "received", "gets", "got", "spent", "spends", "sent", "sends"}
)  # fmt: skip


def _ends_noun(word: str, head: str | None, following: list[str]) -> bool:
    """True when `word` (after `head`, if any) can no longer be part of the counted noun."""
    lower = word.lower()
    if lower in _NOUN_STOP or lower in units.RATE_WORDS or lower in _NUMBER_WORDS:
        return True  # NOTE: "a magnitude 5.5 aftershock two days later": another figure
    if head is None:
        if (
            word[:1].isupper()
            and following
            and following[0] in _VERBS_OF_NAMES
            and not is_plural(lower)
            and is_place(word)
        ):
            return True  # NOTE: "the 3 million Congo says it needs": a country's name and its
            # verb, no counted noun
        if _is_adverb(word) and _ends_phrase(following):
            return True  # NOTE: "43,000 of them severely": how, not what is counted
        return _is_verb_alone(lower, following)  # NOTE: "when 33,000 died"
    if word[:1].isupper() and not head[:1].isupper():
        return True
    if head[:1].isupper() and word.islower() and not is_plural(lower) and _ends_phrase(following):
        return True  # NOTE: "1.1 million Rohingya live there": a name, then its verb
    return lower.endswith("ed")  # NOTE: "a 2,000-strong force crossed": the verb after the noun


def _between_models(word: str, before: list[str], following: list[str]) -> bool:
    """True for "and" or "or" between two model names, which join no second noun."""
    return (
        word.lower() in ("and", "or")
        and bool(before and following)
        and _DIGIT.search(before[0]) is not None
        and _DIGIT.search(following[0]) is not None
    )


def _between_kinds(word: str, before: list[str], following: list[str]) -> bool:
    """True for "and" or "or" after a word of which kind ("Shahed-type"), before another kind
    and the counted noun, which join no second noun."""
    return (
        word.lower() in ("and", "or")
        and bool(before)
        and _KIND_COMPOUND.search(before[0].lower()) is not None
        and any(is_plural(w.lower()) for w in following)
    )


def _passed_over(word: str, following: list[str]) -> bool:
    """True for a word inside a counted noun phrase that is not its head."""
    lower = word.lower()
    if _DIGIT.search(word):
        return True  # NOTE: "400 Fateh-110 missiles", "60 F-16s": a model is no count noun
    if lower in _APPROXIMATE:
        return True  # NOTE: "4,000 of the roughly 11,000 troops" counts troops
    if _KIND_COMPOUND.search(lower) and following:
        return True  # NOTE: "272 Shahed-type drones", "40 Soviet-era tanks": of which kind
    # NOTE: "900,000 internally displaced people" counts people
    return lower.endswith("ly") and bool(following) and following[0].endswith("ed")


_KIND_COMPOUND = lazyre.compile(r"-(?:type|style|class|era|made|built|designed|based|model)$")
"""The end of a compound that tells of which kind the counted things are."""
_NUMBER_WORDS = frozenset({*numbers.SMALL, *numbers.TENS, *numbers.SCALE_WORDS})
_APPROXIMATE = word_set("about around roughly nearly almost approximately estimated some")


def _is_verb_alone(word: str, following: list[str]) -> bool:
    """A past tense, or a verb that is no noun, right after a figure with no noun after it: the
    verb, not what is counted ("200 armed men" counts men; "200 injured" counts people, see
    units.COUNT_SYNONYMS; "5,000 die each year", "300 arrive daily" count nothing named)."""
    if word in _OBJECT_VERBS or word in _IRREGULAR_PAST:
        return True  # NOTE: "4.2m hold temporary protection", "500 went home"
    if word in _PARTICIPLES:
        return _ends_phrase(following)  # NOTE: "the record 45,774 set in 2022", "the 300 held
        # in custody"; "40 set pieces" counts pieces
    if word in _PRESENT_VERBS:
        return (
            _ends_phrase(following)
            or following[0].lower() in units.RATE_WORDS
            or following[0].lower().endswith("ed")  # NOTE: "remain trapped"
        )
    if not word.endswith("ed") or word in units.COUNT_SYNONYMS:
        return False
    return _ends_phrase(following)


def _ends_phrase(following: list[str]) -> bool:
    """True when no more of a noun phrase follows: nothing, a function word or an adverb."""
    return not following or following[0].lower() in _NOUN_STOP or _is_adverb(following[0])


def _is_adverb(word: str) -> bool:
    """True for a word that reads as an adverb in "-ly": "individually", "reportedly"."""
    lower = word.lower()
    return len(lower) > 5 and lower.endswith("ly") and lower not in _LY_NOUNS


_LY_NOUNS = word_set("family assembly monopoly anomaly butterfly supply rally italy july")


def is_plural(word: str) -> bool:
    """True for a lower-case word that reads as a plural noun: "troops", "people", "barrels"."""
    if word in _PLURALS:
        return True
    return (
        word.endswith("s")
        and not word.endswith(("'s", "’s"))  # NOTE: "the state's 497 municipalities"
        and not word.endswith(("ss", "us", "is"))
        and word not in STOP
        and word not in _SINGULARS_IN_S
    )


_SINGULARS_IN_S = word_set("""
measles mumps rabies diabetes herpes shingles news series species gas lens bus
""")
"""Nouns in "-s" that are no plural, most often before the noun a figure counts: "1,001
measles cases", "1.2 million gas customers"."""


def plural_after(text: str, end: int) -> bool:
    """True when the word right after `end` is a plural noun: "1.5m barrels", "15000 people"."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and is_plural(word.group(1).lower())


def squash(text: str) -> str:
    """`text` with each run of white space made one space, and trimmed."""
    return _SPACES.sub(" ", text).strip()


def counted_before(text: str, sentence_start: int, figure_start: int) -> str | None:
    """What a bare figure counts when the sentence names it first: "the number of people killed
    has risen to 71" counts people; "the death toll from the magnitude 7.7 quake rose to 3,145"
    counts deaths."""
    if text.startswith("Of ", sentence_start) and (
        whole := _OF_THE_WHOLE.fullmatch(text, sentence_start, figure_start)
    ):
        noun = whole.group("noun")
        return noun if is_plural(noun.lower()) else None
    named = None
    for match in _NUMBER_OF.finditer(text, sentence_start, figure_start):
        named = match
    if named is None or (
        _DIGIT.search(text, named.end(), figure_start)
        and not _CHANGE_THEN_LEVEL.fullmatch(text, named.end(), figure_start)
    ):
        # NOTE: only the first figure after "the number of" is that number; a toll is the
        # figure its verb states, whatever figures stand between
        toll = _TOLL.search(text, sentence_start, figure_start)
        if toll and _STATED.search(text, max(0, figure_start - 24), figure_start):
            return "casualties" if toll.group(1).lower() == "casualty" else "deaths"
        return _subject_counted(text, sentence_start, figure_start)
    noun = named.group("noun")
    return noun if is_plural(noun.lower()) else None


_OF_THE_WHOLE = lazyre.compile(
    rf"Of\s+(?:the|these|those|its|their|all)\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z]+),\s*{HEDGE_RUN}"
)
"""An opening that names, with no figure of its own, the whole told before that the figure is a
part of: "Of the aircraft, 36 crossed the median line" counts aircraft."""
_CHANGE_THEN_LEVEL = lazyre.compile(
    rf"[^\d]*\d+(?:\.\d+)?\s?(?:%|percent|per\s?cent)\s+to\s+{HEDGE_RUN}", re.I
)
"""A change in percent between "the number of" and the level it reached: "the number of babies
born rose 3.6% to 238,300" counts babies."""


def _subject_counted(text: str, sentence_start: int, figure_start: int) -> str | None:
    """What a bare figure counts when the subject of the verb that states it names it, as a
    headline does: "Measles cases in Texas pass 750", "Arrests topped 1,200"."""
    # NOTE: "Deaths involving fentanyl and other synthetic opioids fell to": the subject that
    # opens the sentence, not the last plural before the verb
    match = _SUBJECT_OF_WHAT.match(text, sentence_start, figure_start)
    if match is None:
        match = _SUBJECT_STATED.search(text, max(sentence_start, figure_start - 100), figure_start)
    if match is None:
        match = _OBJECT_SET_TO.search(text, max(sentence_start, figure_start - 80), figure_start)
    if match is None:
        return None
    noun = match.group("noun")
    lower = noun.lower()
    return noun if is_plural(lower) and lower not in _NO_COUNT_SUBJECTS else None


_SUBJECT_STATED = lazyre.compile(
    r"\b(?P<noun>[A-Za-z]+s)"
    r"(?:\s+(?:in|into|to|of|from|across|among)\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"\s+(?:(?:has|have|had|now)\s+)?"
    r"(?:pass(?:es|ed)?|surpass(?:es|ed)?|top(?:s|ped)?|exceed(?:s|ed)?|cross(?:es|ed)"
    r"|reach(?:es|ed)?|hit|st(?:oo|a)d\s+at|(?:rose|ris(?:e[sn]?|ing)|climb(?:s|ed|ing)?"
    r"|jump(?:s|ed|ing)?|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e[sd]?|ing))"
    rf"(?:\s+(?:by\s+)?{HEDGE_RUN}[\d.]+\s?(?:%|percent|per\s?cent)"
    r"(?:\s+(?:last|this)\s+(?:year|month|week)|\s+in\s+\d{4})?)?\s+to)"
    rf"\s+{HEDGE_RUN}$",
    re.I,
)
"""A plural subject, perhaps with its place, and a verb that states a level: "Cases in Gaines
County have passed"."""
_OBJECT_SET_TO = lazyre.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|rais(?:e[sd]?|ing)"
    r"|increas(?:e[sd]?|ing)|limit(?:s|ed|ing)?|capp?(?:s|ed|ing)?|slash(?:es|ed|ing)?"
    r"|trimm?(?:s|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|restrict(?:s|ed|ing)?)"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:number\s+of\s+)?"
    r"(?:(?P<often>daily|weekly|monthly|annual|yearly)\s+)?(?P<noun>[A-Za-z]+s)"
    rf"\s+to\s+{HEDGE_RUN}$",
    re.I,
)
"""A verb that sets how many of a plural object there are: "cut daily transits to 22", "raised
the number of flights to 40" ("cut rates to 4%" is no count: `_NO_COUNT_SUBJECTS`)."""


def rate_before(text: str, figure_start: int) -> str | None:
    """The time base a verb's object names before the figure it is set to: "cut daily transits
    to 22" is 22 a day."""
    match = _OBJECT_SET_TO.search(text, max(0, figure_start - 80), figure_start)
    often = match.group("often") if match else None
    return units.RATE_WORDS[often.lower()] if often else None


_SUBJECT_OF_WHAT = lazyre.compile(
    r"\s*[\"“‘']?(?P<noun>[A-Z][a-z]+s)\s+(?:involving|from|linked\s+to|caused\s+by|related\s+to"
    r"|attributed\s+to|due\s+to)\s+[^,.;:\d]{1,80}?\s+(?:fell|dropped|declined|rose|climbed"
    r"|jumped|increased|decreased|reached|totalled|totaled)(?:,\s*|\s+)(?:to\s+)?"
    rf"{HEDGE_RUN}$"
)
"""A plural subject that opens its sentence, the words of what it is of and the verb that states
its level: "Deaths involving fentanyl and other synthetic opioids fell to about 74,702"."""
_NO_COUNT_SUBJECTS = frozenset(
    {"prices", "rates", "levels", "numbers", "figures", "totals", "yields", "temperatures",
     "costs", "losses", "sales", "revenues", "earnings", "profits", "savings", "exports",
     "imports", "reserves", "ratings", "scores", "odds", "this", "its", "his", "was", "has"}
)  # fmt: skip
"""Plural subjects whose level is an amount, not a count of them ("Prices topped 500")."""
_TOLL = lazyre.compile(r"\b(death|casualty)\s+toll\b", re.I)
_STATED = lazyre.compile(
    r"\b(?:rose|risen|climbed|jumped|reached|hit|passed|stood\s+at|stands\s+at|is|was|now)"
    rf"(?:\s+to)?\s+{HEDGE_RUN}$",
    re.I,
)
"""The verb that states a toll right before its figure: "rose to", "stood at", "reached"."""


def line_label(text: str, figure_start: int, *, alone: bool = True) -> str | None:
    """The label a figure follows alone on its line, as a fact sheet writes it: "Troops
    deployed: 11,000" -> "Troops deployed", "Killed (NIS estimate): 300" -> "Killed"; not
    `alone`, the label of the line the figure stands on, after others or not: of its own
    sentence, where the line holds several ("Total revenue: $124.3bn. Earnings per share:
    $2.40")."""
    line_start = text.rfind("\n", 0, figure_start) + 1
    before = text[line_start:figure_start]
    if ". " in before or "; " in before:
        for stop in _LABELLED_SENTENCE.finditer(text, line_start, figure_start):
            if not _is_abbreviation(text, stop.start()):  # NOTE: "Rainfall in St. Petersburg"
                line_start = stop.end()
    if alone:
        match = _LABEL.fullmatch(text, line_start, figure_start)
    else:
        match = _LABEL.match(text, line_start, figure_start)
    return match.group("label") if match else None


def caption(text: str, figure_start: int, figure_end: int) -> str | None:
    """The words a figure that opens its line is captioned with after a colon or a dash, as a
    "by the numbers" list writes it: "3. 370: the number of ships in the Chinese navy,
    according to the Pentagon" -> "number of ships in the Chinese navy"."""
    line_start = text.rfind("\n", 0, figure_start) + 1
    if not _CAPTION_OPENING.fullmatch(text, line_start, figure_start):
        return None
    match = _CAPTION.match(text, figure_end)
    return match.group("caption") if match else None


_CAPTION_OPENING = lazyre.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-•*#])[ \t]+)?")
_CAPTION = lazyre.compile(
    r"[ \t]*(?::|[–—]|-(?=[ \t]))[ \t]+(?:(?:the|a|an)[ \t]+)?(?:(?:number|count|total)[ \t]+of"
    r"[ \t]+)?(?P<caption>[^\W\d][\w'’-]*(?:[ \t]+(?!according\b)[^\W\d][\w'’-]*){0,9})"
)
"""What a figure that opens its line is, after a colon or a dash: ten words at most, to the
first comma, full stop, figure or attribution."""
_LABELLED_SENTENCE = lazyre.compile(r"[.!?][)\]]*[ \t]+(?=[A-Z])|;[ \t]+")
"""The end of a sentence before another on the same line, or of an item of a list on it, as
in "Romania: 30,692 cases; Kazakhstan: 28,147"."""
_LABEL_RATE = lazyre.compile(
    r"\b(?:(?:per|a|each|every)\s+(?P<noun>day|week|month|year|hour)"
    r"|(?P<adverb>daily|weekly|monthly|yearly|annually|hourly))\b",
    re.I,
)


def label_rate(label: str) -> str | None:
    """The time base a fact sheet's label gives its figure: "Aid trucks per day" -> "day"."""
    match = _LABEL_RATE.search(label)
    if match is None:
        return None
    return units.RATE_WORDS[(match.group("noun") or match.group("adverb")).lower()]


def _in_a_name(word: str, following: list[str]) -> bool:
    """True for a capitalised word that a capitalised word follows, which may be a name's."""
    return word[:1].isupper() and bool(following) and following[0][:1].isupper()


def label_noun(label: str) -> str | None:
    """What a label counts: its first word that names counted things, before any preposition:
    "Troops deployed" -> "troops", "Killed" -> "killed", "Iranian-built Shaheds delivered since
    2022" -> "shaheds"."""
    words: list[str] = _LABEL_WORD.findall(label)
    found: str | None = None
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _LABEL_END:
            break
        if word[:1].isupper() and _names_a_place(word):
            continue  # NOTE: "- Texas: 12", "- Philippines: 4" name where, not what
        if found and not is_plural(lower):
            continue
        if is_plural(lower) or lower in units.COUNT_SYNONYMS:
            if found or not _in_a_name(word, words[n + 1 : n + 2]):
                return _as_noun(word)
            found = word  # NOTE: "Palisades Fire acres burned": a name, then what it counts
    return _as_noun(found) if found else None


def _as_noun(word: str) -> str:
    return word if word[1:].islower() else word.lower()  # NOTE: "Venezuelans" are people


def _names_a_place(word: str) -> bool:
    """True for a place's name, not a people's ("Texas", "Paris", not "Venezuelans")."""
    if regions_in(word):
        return True
    return is_place(word) and not units.is_demonym(word)


def is_age(text: str, start: int, end: int) -> bool:
    """True when the figure at `start`-`end` is an age: "a 28-year-old man", "67 years old",
    "a man aged 25", "Kim Jong Un, 40, met Putin"."""
    if _AGE.match(text, end) or _AGED.search(text, max(0, start - 6), start):
        return True
    return bool(
        end - start <= 3
        and _AGE_AFTER_NAME.match(text, start)
        and _NAME_COMMA.search(text, max(0, start - 20), start)
    )


_HARM = (
    r"(?:killed|wounded|injured|hurt|murdered|slain|executed|massacred|displaced|uprooted"
    r"|evacuated|detained|arrested|abducted|kidnapped|rescued|trapped|missing)"
)
_HARMED_AFTER = lazyre.compile(
    r"(?:\s+of\s+(?:them|those))?"
    rf"\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|is|remain|remained)\s+(?:still\s+)?"
    rf"(?:[a-z]+ly\s+)?{_HARM}|still\s+(?:missing|trapped)|died|perished|die|perish|fled|flee"
    r"|(?:need|needed|require|required)\s+(?:urgent\s+|humanitarian\s+|emergency\s+|food\s+)?"
    r"(?:aid|assistance|help|food|shelter|support|treatment|protection))\b",
    re.I,
)
_HARMED_BEFORE = lazyre.compile(
    r"\b(?:killed|wounded|injured|hurt|killing|wounding|injuring|displaced|displacing|uprooted"
    r"|uprooting|evacuated|evacuating)\s+(?:(?:at\s+least|more\s+than"
    r"|over|some|about|around|nearly|almost|roughly|an\s+estimated|another)\s+)?$",
    re.I,
)


def harmed_people(text: str, start: int, end: int) -> bool:
    """True when a bare figure counts people killed, hurt, missing, driven out or in need:
    "77,000 have been wounded", "the blast injured 260", "displaced 3.3 million", "2 million have
    fled", "7.7 million of them are displaced", "341 still missing", "3 million needed
    assistance"."""
    return bool(
        _HARMED_AFTER.match(text, end) or _HARMED_BEFORE.search(text, max(0, start - 40), start)
    )


def rate(text: str, end: int) -> str | None:
    """The time base of a rate written after a figure: "a day", "per month", "monthly"."""
    match = _RATE.match(text, end)
    if match is None:
        return None
    if match.group("det") and match.group("det").lower() in ("a", "an"):
        before = _WORD.findall(text[end : match.start("det")])
        if before and before[-1].lower() in _NOT_RATE_BEFORE:
            return None
    word = (match.group("noun") or match.group("adverb") or match.group("slash")).lower()
    return units.RATE_WORDS.get({"yr": "year", "hr": "hour"}.get(word, word))


def quantity(text: str, start: int, end: int, *, named_before: bool = False) -> str:
    """A short description of what a figure measures, in the document's own words; empty when
    there are none around it.

    `named_before` says the thing measured is named before the figure ("a population of").
    """
    after = words_after(text, end, 12, own=True)
    phrase = _noun_phrase(after)
    if len(phrase) >= 2 and not named_before and phrase[0].lower() not in _WHEN_WORDS:
        return " ".join(phrase)  # NOTE: "in January", "a year", "year on year" say when
    if named_before:
        named = [w for w in words_before(text, start, 6) if w.lower() not in _HEDGE_WORDS]
        while named and named[-1].lower() in STOP:
            named.pop()
        if named:
            return " ".join(named)
    before = [
        w
        for w in words_before(text, start, 7)
        if w.lower() not in _HEDGE_WORDS and w.lower() not in _SCALE_LEFT
    ]
    if "cent" in before:
        before = _without_per_cent(before)
    while before and before[0].lower() in STOP:
        before = before[1:]
    tail = phrase or after[:6]
    return " ".join([*before, "…", *tail] if before else tail)


_HEDGE_WORDS = frozenset(
    [
        "more",
        "than",
        "over",
        "past",
        "at",
        "least",
        "as",
        "many",
        "much",
        "up",
        "to",
        "nearly",
        "almost",
        "around",
        "about",
        "roughly",
        "approximately",
        "some",
        "an",
        "estimated",
        "fewer",
        "less",
        "under",
    ]
)


def _without_per_cent(words: list[str]) -> list[str]:
    """The words without "per cent", the unit of a figure before ("grow 1.1 per cent in 2024
    and 2.0 per cent")."""
    kept: list[str] = []
    for word in words:
        if word.lower() == "cent" and kept and kept[-1].lower() == "per":
            kept.pop()
        else:
            kept.append(word)
    return kept


_SCALE_LEFT = frozenset({"thousand", "million", "billion", "trillion", "bn", "mn", "tn"})
"""The scale of a figure before, which a label leaves out with the figure ("fell to $428
million in January from $804 million")."""
_PHRASE_WORDS = frozenset(
    {"of", "to", "in", "for", "with", "the", "a", "an", "on", "at", "from", "by"}
)


_WHEN_WORDS = (_PHRASE_WORDS - {"of"}) | {
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "last",
    "this",
    "next",
}
"""Words that open a phrase of time or place after a figure, not the noun it counts ("of"
opens what a measure is of: "of jet fuel")."""


def _noun_phrase(after: list[str]) -> list[str]:
    """The counted noun phrase and the verb phrase that says what happened to it."""
    phrase: list[str] = []
    for i, word in enumerate(after):
        lower = word.lower()
        if lower in AUXILIARIES:
            return phrase + _verb_phrase(after[i:]) if phrase else phrase
        if lower in CLAUSE_WORDS or (lower in STOP and lower not in _PHRASE_WORDS):
            break
        phrase.append(word)
        if len(phrase) >= 8:
            break
    while phrase and phrase[-1].lower() in STOP:
        phrase.pop()
    return phrase


def _verb_phrase(words: list[str]) -> list[str]:
    rest = [w for w in words if w.lower() not in AUXILIARIES]
    if not rest or not rest[0].lower().endswith(("ed", "en", "ing")):
        return []
    out: list[str] = []
    for word in rest[:5]:
        if word.lower() in CLAUSE_WORDS or (
            word.lower() in STOP and word.lower() not in ("to", "in", "by", "from", "for")
        ):
            break
        out.append(word)
    while out and out[-1].lower() in STOP:
        out.pop()
    return out


_AUTHOR_YEAR = lazyre.compile(r"\((?P<who>[A-Z][^()]{1,60}?,\s*(?:1[89]|20)\d\d[a-z]?)\)")


def citations(text: str) -> tuple[list[int], list[str]]:
    """Offsets and names of the author-year citations of a text, for resolving "(ibid)"."""
    found = [(m.start(), m.group("who").strip()) for m in _AUTHOR_YEAR.finditer(text)]
    return [offset for offset, _ in found], [who for _, who in found]


def attribution(text: str, sentence: Span, figure_start: int) -> str | None:
    """Who the sentence credits for a figure: "according to X", "X said", "(Author, 2024)"."""
    body = text[sentence.start : sentence.end]
    match = _ACCORDING.search(body)
    if match:
        return _clean_source(match.group("who"))
    if " by " in body and (match := _ESTIMATED_BY.search(body)):
        who = match.group("who")
        # NOTE: the sentence's full stop, not an abbreviation's ("the U.S.")
        return _clean_source(who[:-1] if who.endswith(".") and who[-3:-1].isalpha() else who)
    match = _SAID.search(body)
    if match and not match.group("who").lower().startswith(("it ", "he ", "she ", "they ")):
        return _clean_source(match.group("who"))
    tail = text[figure_start : sentence.end + 40]
    citation = _CITATION.search(tail)
    if citation and citation.start() <= sentence.end - figure_start + 2:
        return citation.group("who").strip()
    return None


def _clean_source(who: str) -> str:
    return squash(who).strip(" ’'\"")
