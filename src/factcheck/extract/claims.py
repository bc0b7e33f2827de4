"""`extract_claims(doc)`: every numeric claim of one document, with its place and meaning."""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from factcheck import lazyre
from factcheck.extract import context, filters, layout, units
from factcheck.extract.figures import CHANGE_VERB, ESTIMATE_HEDGES, Figure, find_figures
from factcheck.extract.hedges import TRAILING_HEDGES
from factcheck.extract.lexicon import COMPARATIVES, HEDGE_RUN
from factcheck.extract.normalize import Normalized, normalize
from factcheck.extract.places import actors_in, countries_of_places, read_actors, regions_in
from factcheck.extract.tables import Header, Tables
from factcheck.models import Claim, Document, Qualifier

_IBID = lazyre.compile(r"ibid\.?", re.I)
PARSER_VERSION = "92"
"""Bumped whenever extraction changes what it reports; caches key on it."""
NO_QUANTITY = "figure"
"""The quantity of a figure no words around it describe."""


@dataclass(frozen=True)
class _Source:
    """One document as the parser sees it: clean text, and the way back to the text as read."""

    doc: Document
    clean: Normalized
    index: context.TextIndex
    original: context.TextIndex
    citations: tuple[list[int], list[str]]
    abouts: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    """`about` by the sentence's start and the list of examples the figure is in, if any."""

    @classmethod
    def of(cls, doc: Document) -> _Source:
        clean = normalize(doc.text, doc.format)
        index = context.TextIndex(clean.text)
        original = index if clean.text is doc.text else context.TextIndex(doc.text)
        return cls(doc, clean, index, original, context.citations(clean.text))

    def about(self, sentence: context.Span, offset: int) -> list[str]:
        """The actors the sentence of the figure at `offset` names, but in brackets or lists of
        examples the figure is not in; if none, those of the nearest sentence before it in its
        paragraph that names any ("The toll is heaviest in Egypt. Revenue fell to $7.2
        billion."), else those of the document's title ("Key figures: China's military")."""
        text = self.clean.text
        asides = _asides(text, sentence)
        key = (sentence.start, next((s for s, e in asides if s <= offset < e), -1))
        known = self.abouts.get(key)
        if known is not None:
            return known
        gaps = [a for a in asides if key[1] != a[0]]
        found = actors_in(_outside(text, sentence, _past_dateline(text, sentence, gaps)))
        if not found:
            for before in self.index.sentences_before(sentence.start):
                found = actors_in(_outside(text, before, _asides(text, before)))
                if found:
                    break
        about = self.abouts[key] = sorted(found or self.placed)
        return about

    @cached_property
    def tables(self) -> Tables:
        """The pipe tables of the clean text, for the column a figure stands in."""
        return Tables(self.clean.text)

    @cached_property
    def placed(self) -> frozenset[str]:
        """What the whole document is about: the countries its title names; in a report that
        names no country past its dateline, the countries of the cities or regions its title
        names ("Los Angeles fires: death toll rises"), else of the place it is filed from
        ("LONDON (Reuters) -"), else of the cities it names. A city where countries are named
        is no country of its own ("Suez Canal traffic" in a report on the Houthis)."""
        title = _BRACKETS.sub("", self.doc.title or "")
        if (opening := _DATELINE.match(title)) and _names_a_place(title[opening.end() :]):
            title = title[opening.end() :]  # NOTE: a first line that opens with a dateline
        if found := actors_in(title):
            return found
        text = self.clean.text
        match = _DATELINE.search(text, 0, 2000)
        body = text[match.end() :] if match else text
        if actors_in(body):
            return frozenset()
        place = match.group("place") if match else ""
        return (
            countries_of_places(title)
            or actors_in(place)
            or countries_of_places(place)
            or countries_of_places(body)
        )


_DATELINE = lazyre.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’ -]{2,40}?)"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*[ \t]*\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([A-Za-z .&/-]{2,30}\))?[ \t]*[-–—]{1,2}[ \t]",
    re.M,
)
"""A wire report's dateline at the start of a paragraph: the place in capitals, a date, the
agency."""
_EXAMPLES = lazyre.compile(r",?\s+(?:including|among\s+them|such\s+as)\b[^;:]*", re.I)
"""A list of parts or examples in a sentence: "2 million fled across borders, including 590,000
to Chad and 500,000 to Egypt" is not a figure of Egypt's."""
_EXAMPLE_HINT = lazyre.compile(r"ncluding|mong them|uch as")
_ROUTE = lazyre.compile(r",\s+from\s+[^,;:\d]{2,50}?\s+to\s+[^,;:\d]{2,30},")
"""A route between commas: "Crossings on the central Mediterranean route, from North Africa to
Italy, dropped 59%" are not Italy's."""
_BRACKETS = lazyre.compile(r"\([^()]*\)")
"""A source or an aside in brackets: "about 500 (Pentagon)" is not a figure of the US's."""


def _asides(text: str, sentence: context.Span) -> list[tuple[int, int]]:
    """Where the lists of examples and the brackets of a sentence stand, in order, one span
    for those that overlap."""
    found = []
    if "(" in text[sentence.start : sentence.end]:
        found += [m.span() for m in _BRACKETS.finditer(text, sentence.start, sentence.end)]
    if _EXAMPLE_HINT.search(text, sentence.start, sentence.end):
        found += [m.span() for m in _EXAMPLES.finditer(text, sentence.start, sentence.end)]
    if ", from " in text[sentence.start : sentence.end]:
        found += [m.span() for m in _ROUTE.finditer(text, sentence.start, sentence.end)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _past_dateline(
    text: str, sentence: context.Span, gaps: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`gaps` and the sentence's dateline, when the rest of the sentence names a country or a
    place of its own: "LONDON (Reuters) - Cocoa futures in New York hit a record" is filed from
    London, and of New York; "MOSCOW (Reuters) - The central bank raised its rate" is of
    Russia."""
    match = _DATELINE.match(text, sentence.start, sentence.end)
    if match is None:
        return gaps
    if not _names_a_place(text[match.end() : sentence.end]):
        return gaps
    return [(sentence.start, match.end()), *(g for g in gaps if g[0] >= match.end())]


def _names_a_place(text: str) -> bool:
    return bool(actors_in(text) or regions_in(text))


def _outside(text: str, sentence: context.Span, gaps: list[tuple[int, int]]) -> str:
    """The words of `sentence` outside `gaps` (in order, inside it)."""
    if not gaps:
        return text[sentence.start : sentence.end]
    pieces = []
    start = sentence.start
    for gap_start, gap_end in gaps:
        pieces.append(text[start:gap_start])
        start = gap_end
    pieces.append(text[start : sentence.end])
    return " ".join(pieces)


def extract_claims(doc: Document) -> list[Claim]:
    """The claims of `doc` in reading order; repeats of one claim share a `key`."""
    return list(_claims(_Source.of(doc)))


def _claims(source: _Source) -> Iterator[Claim]:
    text = source.clean.text
    furniture = layout.Furniture(text)
    tables = source.tables
    earlier: list[Claim] = []  # NOTE: the claims of the sentence being read
    starts: list[int] = []  # NOTE: where their figures start in the clean text
    for figure in find_figures(text):
        if furniture.covers(figure.start):
            continue  # NOTE: menus and link lists are page furniture, not the article
        figure = tables.with_unit(figure)  # NOTE: "| Germany | 14.9 |" under "Aid ($ billion)"
        after = _words_counted(text, figure)
        share = figure.kind in ("fraction", "ratio")  # NOTE: "a fifth of the budget" is a share
        noun = None if figure.unit else context.counted_noun(after, through_of=not share)
        if noun and (_EXPECTED_BY.match(text, figure.end) or noun.lower() in _PARTICIPLES):
            # NOTE: "the 150,000 economists had expected" counts no economists, "the 11,000
            # sent in late 2024" no "sent"
            noun = None
        if filters.why_not_claim(text, figure, noun) is None:
            claim = _claim(source, figure, noun, earlier, starts)
            if earlier and earlier[-1].sentence != claim.sentence:
                earlier, starts = [], []
            earlier.append(claim)
            starts.append(figure.start)
            yield claim


def _words_counted(text: str, figure: Figure) -> list[str]:
    """The words after a figure from which what it counts is read."""
    after = context.words_after(text, figure.end, 8)
    if figure.kind == "fraction" and after[:1] and after[0].lower() in COMPARATIVES:
        return []  # NOTE: "a quarter higher than in 2023" is a change, and counts nothing
    if figure.kind == "vague" and after[:1] == ["of"]:
        return after[1:]  # NOTE: "hundreds of families" counts families
    if after[:1] == ["strong"] and text.startswith("-", figure.end):
        return after[1:]  # NOTE: "a 2,000-strong force" counts the force
    if text.startswith("-", figure.end) and after[:1] and _counted_in_compound(after[0]):
        return [units.plural(after[0].lower())]  # NOTE: "a 10-member team" counts members
    if " ".join(after[:2]).lower() in TRAILING_HEDGES:
        return after[2:]  # NOTE: "5 or more tanks" counts tanks
    if after[:1] == ["more"] and after[1:2] != ["than"]:
        # NOTE: "3,000 more troops" counts troops; "3,000 more early this year", nothing named
        return after[1:] if after[1:2] and context.is_plural(after[1].lower()) else []
    if _ARE_THEN_WORD.match(text, figure.end) and _plural_head(after[1:]):
        return after[1:]  # NOTE: "of whom 3,000 are special forces" counts forces
    if after[:1] == ["of"] and (whole := _OF_WHOLE.match(text, figure.end)):
        return context.words_after(text, whole.end(), 8)  # NOTE: "175 of 300 seats"
    return after


def _compared_with(
    text: str, figure: Figure, earlier: list[Claim], starts: list[int], sentence: str
) -> Claim | None:
    """The figure a baseline is compared with, the nearest before it in its sentence: "13.2
    trillion roubles, about 32.5% of spending, compared with 10.4 trillion" (a scaled figure is
    no share, nor is a baseline after a change in percent). Where the figures are counted
    ("607 cases in 22 states, more than the 285 recorded in 2024") is not what is compared."""
    pairs = list(zip(reversed(earlier), reversed(starts), strict=True))
    for index, (claim, start) in enumerate(pairs):
        if claim.sentence != sentence:
            break
        if (
            index + 1 < len(pairs)
            and pairs[index + 1][0].sentence == sentence
            and _WHERE_COUNTED.search(text, max(0, start - 8), start)
        ):
            continue
        if claim.unit not in _SHARE_UNITS:
            return claim
        if figure.kind == "words":
            continue  # NOTE: "meet the 2% target, up from just three in 2014": a share is
            # written in digits
        if not (figure.scaled or _CHANGE_BEFORE.search(text, max(0, start - 40), start)):
            return claim
    return None


def _restated(text: str, start: int, earlier: list[Claim], sentence: str) -> str | None:
    """The quantity of the figure before in the sentence, when the one at `start` restates it
    or is compared with it: "13.5 trillion roubles ($145 billion)", "21 percent, up from 19
    percent", "6.3 percent, or 6.3% of GDP"."""
    if not earlier or earlier[-1].sentence != sentence:
        return None
    return earlier[-1].quantity if _RESTATES.search(text, max(0, start - 32), start) else None


_WHERE_COUNTED = lazyre.compile(r"\b(?:in|across|from)\s+$")
"""A figure that tells where the figure before it was counted: "cases in 22 states"."""
_RESTATES = lazyre.compile(rf"(?:\(|\b(?:{context.BASELINE_JOIN}|or))\s*{HEDGE_RUN}$", re.I)


def _plural_head(words: list[str]) -> bool:
    """True when `words` open with a noun phrase whose head is a plural noun."""
    head = context.counted_noun(words)
    return head is not None and context.is_plural(head.lower())


def _counted_in_compound(word: str) -> bool:
    """True for the singular noun of "a 10-member team", "a 500,000-barrel cap": what the figure
    counts ("100-odd", "360-ish", "5-fold", "2-for-1" join no noun)."""
    lower = word.lower()
    return word.isalpha() and lower not in _NO_COMPOUND_NOUN and not context.is_plural(lower)


_LEVEL_AFTER_CHANGE = lazyre.compile(
    rf"\d(?:\s+(?:thousand|million|billion|trillion))?\s+to\s+{HEDGE_RUN}$", re.I
)
"""The level a change reached, right after the change: "fell by 898,000 to 123.8 million"."""
_BASELINE_BEFORE = lazyre.compile(
    rf"(?:\b{context.BASELINE_JOIN}\s+{HEDGE_RUN}"
    r"(?:an?\s+(?:record|peak\s+of|high\s+of|low\s+of)\s+)?"
    r"|\bin\s+(?:19|20)\d\d,?\s+(?:and|to)\s+"
    rf"|\b(?:below|above|under|beneath|than)\s+the\s+{HEDGE_RUN}"
    r"|\b(?:the|a|an|its|their)\s+(?:(?:19|20)\d\d\s+|previous\s+|all-time\s+)?"
    rf"(?:record|peak|high|low)(?:\s+of)?\s+{HEDGE_RUN})$",
    re.I,
)
"""A figure given as the baseline of the one before it, which names what both count ("down
from a record 69", "below the record 45,774", "short of the 2022 peak of nearly 46,000", "far
below the 500 a day"), or the next of a series by year ("69 in 2022 and 25 in 2023")."""
_CHANGE_BEFORE = lazyre.compile(rf"(?:{CHANGE_VERB}|\bby)\s+{HEDGE_RUN}$", re.I)
"""A percentage told as a change ("up 25% from 29,437"): the baseline after it is of the level
that changed, not a percentage ("rose to 40% from 31" is one)."""
_ARE_THEN_WORD = lazyre.compile(
    r"[ \t]+(?:are|were)[ \t]+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the"
    r"|some|several|many|about|around)\b)[A-Za-z]",
    re.I,
)
"""A figure said to be a kind of thing, named right after: "300 were civilians"."""
_SAID_OF = (
    r"\s+(?:of\s+(?:them|those)\s+)?(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|remain)\s+)?"
)
"""What may stand between a figure and what befell the people it counts: "1,100 of them had
been", "251 were"."""
_TAKEN_HOSTAGE = lazyre.compile(rf"{_SAID_OF}(?:taken|held|seized)\s+(?:as\s+)?hostages?\b", re.I)
_OF_WHOLE = lazyre.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)?\d(?:[\d,.]*\d)?(?!\s*%)(?![\d,.])"
)
"""A whole the figure is a part of, counted in the same things: "175 of 300 seats", "23 of
NATO's 32 members"."""
_SHORT_OF = lazyre.compile(r"\s+(?:short|shy)\s+of\b", re.I)
"""How far a figure before falls short: "192 of the 300 seats, eight short of a majority"."""
_EXPECTED_BY = lazyre.compile(
    r"\s+(?:economists|analysts|forecasters|experts|investors|markets|traders|pollsters)\s+"
    r"(?:had\s+|have\s+|were\s+)?(?:expected|forecast|predicted|anticipated|projected|polled)\b",
    re.I,
)
"""Who expected a figure, right after it: "the 150,000 economists had expected" is a forecast
of the figure before, not a count of economists."""


def _elided(text: str, figure: Figure, earlier: list[Claim], sentence: str) -> Claim | None:
    """The claim before in the sentence whose noun a bare figure leaves out after another name:
    "India imported 1.8 million barrels a day, and China about 2.2 million"."""
    if not earlier or earlier[-1].sentence != sentence:
        return None
    if not _leaves_out_its_noun(text, figure.start, figure.end):
        return None
    return next(
        (c for c in reversed(earlier) if c.unit not in ("percent", "count") and not _a_part(c)),
        None,
    )


def _a_part(claim: Claim) -> bool:
    """True when the claim is a part listed after the whole ("1,190 killed, including 436
    civilians, and 4,475 wounded"): what a figure after it leaves out is the whole's noun."""
    written = claim.sentence.find(claim.text)
    return written > 0 and _PART_BEFORE.search(claim.sentence, 0, written) is not None


_PART_BEFORE = lazyre.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:[a-z]+\s+){0,2}$", re.I
)


def _leaves_out_its_noun(text: str, start: int, end: int) -> bool:
    """True when the words before a bare figure are those of a clause that leaves out the noun
    of the figure before: another name after "and", a name in a list, a verb going on."""
    if _ELIDED_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _GOES_ON_BEFORE.search(text, max(0, start - 40), start):
        return True
    if "(" in text[max(0, start - 80) : start] and _PART_IN_BRACKETS.search(
        text, max(0, start - 120), start
    ):
        return True
    if _scaled_in_list(text, start, end):
        return True
    return _in_named_list(text, start, end)


def _scaled_in_list(text: str, start: int, end: int) -> bool:
    """True when a figure in millions or more follows "and" or a name in a list."""
    return bool(_SCALED.search(text, start, end)) and bool(
        _AND_SCALED_BEFORE.search(text, max(0, start - 30), start)
        or _LISTED_NAME_BEFORE.search(text, max(0, start - 40), start)
    )


def _in_named_list(text: str, start: int, end: int) -> bool:
    """True when a figure is an item of a list of names and figures after the figure that names
    what they count: "Health care added 68,000 jobs, government 43,000 and leisure and
    hospitality 42,000"; an item after a comma only when the list goes on after it."""
    if _LIST_ITEM_AFTER_FIGURE.search(text, max(0, start - 50), start):
        return True
    return bool(_LIST_ITEM_AFTER_COMMA.search(text, max(0, start - 50), start)) and bool(
        _LIST_GOES_ON.match(text, end)
    )


_ELIDED_BEFORE = lazyre.compile(
    rf"(?:(?:,|;)?\s+(?:and|while|but)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}"
    r"(?:(?:has|had|have)\s+)?(?:[a-z]+ed\s+)?"
    rf"|\bthan\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*['’]s\s+"
    rf"|\bfrom\s+{HEDGE_RUN}[\d.,]+\s+[a-z]+(?:\s+in\s+\d{{4}})?\s+to\s+"
    r"|\b[A-Z][\w'’.-]*,\s+which\s+(?:hosts|holds|has\s+(?:taken\s+in|received|hosted))\s+"
    r"|(?:,\s*with|\band)\s+(?:the\s+)?(?:[A-Z][\w'’./-]*\s+){1,3}on\s+)"
    rf"{HEDGE_RUN}$"
)
"""Another name and perhaps a hedge, after the clause a figure before stands in: ", and China
about", "and the United States", "more than Pakistan's", "most of them in Turkey, which hosts
some"; or the end of a change told from the figure before: "from about 290 warheads in 2019
to an estimated"; another name and its figure after "with" or "and": "208 seats, with the AfD
on 152 and the SPD on 120"."""
_PART_IN_BRACKETS = lazyre.compile(
    rf"\d[\d,.]*\s*(?:[a-z]+\s+){{0,3}}\((?:[^()]*?[;,]\s*)?(?:[A-Z][\w'’.-]*\s+){{1,3}}{HEDGE_RUN}$"
)
"""A name in brackets right after a figure and its noun, before a figure of its own: the parts
of that figure, counted alike ("37,000 acres between them (Palisades 23,400; Eaton 14,000)")."""
_SCALED = lazyre.compile(r"(?i:million|billion|trillion)|\d(?:bn|tn|m)\b")
_AND_SCALED_BEFORE = lazyre.compile(
    rf"(?:,|;)?\s+(?:and|while|but)\s+(?:[a-z]+\s+(?:to|at)\s+)?{HEDGE_RUN}$"
)
"""A figure in millions or more right after "and", alone or after what it is of: "100 billion
euros will go to the climate fund and 100 billion to the states", "exports rose to 40 million
tonnes and imports to 12 million" count what the figure before counts."""
_GOES_ON_BEFORE = lazyre.compile(
    r"(?:,?\s+and\s+(?:will|would|could|may|is\s+(?:expected|set)\s+to)\s+(?:have|reach|number"
    rf"|hit|grow\s+to|rise\s+to)|\s+by\s+(?:19|20)\d\d,?\s+and)\s+{HEDGE_RUN}$"
)
"""A count the clause before goes on with: "China has more than 370 ships, and will have 395 by
2025 and 435 by 2030"."""
_LISTED_NAME_BEFORE = lazyre.compile(rf",\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}{HEDGE_RUN}$")
"""A name in a list after a comma, before a figure in millions or more: "The EU pledged 355
million euros, Germany 244 million and France 110 million"."""
_LIST_NAME = (
    r"(?:the\s+)?(?:(?!(?:up|down|by|to|from|of|in|at|on|for|with|than|or|per|each|another"
    r"|more|less|over|under|against|as|while|but|were|was|are|is|had|has|have|its|their|his"
    r"|her|which|who|that|then|and)\b)[A-Za-z][\w'’-]*(?<!ing)(?<!ed)\s+(?:and\s+|&\s+)?){1,3}"
)
"""One to three words that name an item of a list, not a verb, a preposition or a link word:
"government", "leisure and hospitality", "the Netherlands"."""
_LIST_ITEM_AFTER_COMMA = lazyre.compile(rf",\s+{_LIST_NAME}{HEDGE_RUN}$")
_LIST_ITEM_AFTER_FIGURE = lazyre.compile(rf"\d\s+and\s+{_LIST_NAME}{HEDGE_RUN}$")
"""The last item of a list, after a bare figure of its own: "43,000 and leisure and
hospitality"."""
_LIST_GOES_ON = lazyre.compile(rf"(?:,|\s+and)\s+{_LIST_NAME}{HEDGE_RUN}\d")
"""The next item of a list, right after a figure: " and leisure and hospitality 42,000"."""
_OF_OPENER = lazyre.compile(rf"\s*Of\s+[^,.;:]*\d[^,.;:]*,\s*{HEDGE_RUN}$")
"""An opening that names the whole a figure after it is a part of: "Of the 73 drones launched,
50 were shot down"."""
_PARTICIPLES = frozenset(
    {"sent", "deployed", "dispatched", "delivered", "supplied", "shipped", "pledged", "promised",
     "recorded", "reported", "registered", "counted", "confirmed"}
)  # fmt: skip
_PARTICIPLE_AFTER = lazyre.compile(rf"\s+(?:{'|'.join(sorted(_PARTICIPLES))})\b", re.I)
"""What was done with the things a figure before counted: "3,000 more troops, on top of the
11,000 sent in late 2024"."""
_WHO_AFTER = lazyre.compile(r",?\s+who\s+[a-z]")
"""A figure that a relative clause of people follows: "3.8 million who have fled abroad"."""
_OF_THEM = lazyre.compile(r"\s+of\s+(?:them|those|these|whom|which)\b", re.I)
"""A part of the figure before it: "6.7 million refugees, 6.2 million of them in Europe", "153
aircraft, 111 of which crossed the median line"."""
_NOUN_KILLED_OR_WOUNDED = lazyre.compile(
    rf"(?:\s+[A-Za-z-]+){{1,3}}?{_SAID_OF}(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b",
    re.I,
)
"""Soldiers or people killed and hurt together: "4,700 North Korean soldiers have been killed
or wounded" are casualties."""
_KILLED_OR_WOUNDED = lazyre.compile(
    rf"{_SAID_OF}(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b", re.I
)
"""Killed and hurt together, casualties: "3,000 killed and wounded", "1,100 of them had been
killed or wounded"."""
_KILLED_OR_WOUNDED_BEFORE = lazyre.compile(
    r"\b(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b(?:\s+(?:at|of|to|was|were|is|are"
    r"|reached|stood\s+at|numbered|totall?ed))?[ \t]*(?::[ \t]*)?"
    rf"{HEDGE_RUN}$",
    re.I,
)


def _killed_or_wounded_before(text: str, start: int) -> bool:
    window = max(0, start - 60)
    hinted = text.find("ounded", window, start) >= 0 or text.find("njured", window, start) >= 0
    return hinted and _KILLED_OR_WOUNDED_BEFORE.search(text, window, start) is not None


_NO_COMPOUND_NOUN = frozenset({"odd", "ish", "fold", "for", "am", "pm", "plus"})


_SHARE_UNITS = frozenset({"percent", "percentage_points"})


def _of_harm(
    text: str, figure: Figure, unit: str, noun: str | None, earlier: list[Claim], sentence: str
) -> str:
    """`unit`, or what the figure counts when it tells of people killed or hurt."""
    if (
        unit in ("deaths", "count")
        and (
            _KILLED_OR_WOUNDED.match(text, figure.end)
            or _killed_or_wounded_before(text, figure.start)
        )
    ) or (unit in ("troops", "people") and _NOUN_KILLED_OR_WOUNDED.match(text, figure.end)):
        # NOTE: "a toll of 3,000 killed and wounded", "Russian dead and wounded at more than
        # 700,000", "Killed and wounded: 750,000+" are not all dead
        unit = "casualties"
    elif unit == "count" and _TAKEN_HOSTAGE.match(text, figure.end):
        unit = "hostages"  # NOTE: "251 were taken hostage"
    elif unit == "count" and context.harmed_people(text, figure.start, figure.end):
        unit = "people"  # NOTE: "77,000 have been wounded", "the blast injured 260"
    if unit == "people" and (noun is None or noun.lower() in _HARM_WORDS):
        unit = _harmed_as_before(text, figure, earlier, sentence) or unit
    return unit


def _harmed_as_before(text: str, figure: Figure, earlier: list[Claim], sentence: str) -> str | None:
    """The people the figure before counted, when this one follows it after "and" and counts
    the harmed alone: "46,000 Ukrainian soldiers had been killed and some 380,000 wounded"."""
    if not earlier or earlier[-1].sentence != sentence or earlier[-1].unit not in _HARMED:
        return None
    if _a_part(earlier[-1]):
        return None  # NOTE: "1,190 killed, including 436 civilians, and 4,475 were wounded"
    return (
        earlier[-1].unit
        if _AND_THEN.search(text, max(0, figure.start - 24), figure.start)
        else None
    )


_HARM_WORDS = frozenset({"wounded", "injured", "killed", "dead", "missing", "hurt"})
_HARMED = frozenset({"troops", "civilians", "children", "police", "workers"})
"""Counted people a figure after "and" may be more of, harmed otherwise."""
_AND_THEN = lazyre.compile(rf"\band\s+{HEDGE_RUN}$", re.I)
_PLACES = frozenset(
    {"states", "countries", "nations", "provinces", "regions", "districts", "counties", "cities",
     "towns", "villages", "areas", "camps", "sites", "territories", "continents"}
)  # fmt: skip
"""Nouns of places a figure counts whatever a measure noun before it says ("Deaths confirmed
in six states"), where "the deaths of seven aid workers" count deaths."""
_PLAIN_HEADERS = frozenset(
    {"figure", "figures", "value", "values", "number", "amount", "data", "estimate", "count"}
)
"""Column headers that say nothing of what the figures under them measure."""


def _bare_noun(
    text: str,
    start: int,
    sentence: int,
    label: str | None,
    heading: str | None,
    header: Header | None,
) -> str | None:
    """What a bare figure at `start` counts: its column's header, else its table row's label
    ("| Sea arrivals, Italy | 157,651 | 66,317 |": each cell, not the first alone; "| United
    States | 800 |" names whose figures they are), else a noun before it or its line's label."""
    named = context.label_noun(heading) if heading else None
    row = context.line_label(text, start, alone=False) if header and not named else None
    if row:
        return context.label_noun(read_actors(row).rest)
    named = named or context.counted_before(text, sentence, start)
    named = named or (context.label_noun(label) if label else None)
    return named or (_parent_noun(text, start) if label else None)


def _parent_noun(text: str, start: int) -> str | None:
    """What the line a bullet's list hangs from counts, for a bullet whose label names none:
    "Deaths confirmed across six states: 215" over "- North Carolina: 108"."""
    line = text.rfind("\n", 0, start) + 1
    if not _BULLET.match(text, line):
        return None
    while line > 0:
        above = text.rfind("\n", 0, line - 1) + 1
        if not text[above : line - 1].strip():
            return None  # NOTE: a blank line ends the list
        if not _BULLET.match(text, above):
            parent = _PARENT.match(text, above, line - 1)
            noun = context.label_noun(parent.group("label")) if parent else None
            # NOTE: "Top host countries:" names what the bullets' labels are, not what they count
            return None if noun is None or noun.lower() in _PLACES else noun
        line = above
    return None


_BULLET = lazyre.compile(r"[ \t]*[-•*][ \t]+")
_PARENT = lazyre.compile(r"[ \t]*(?P<label>[A-Z][^:\n]{1,80}):")


def _claim(
    source: _Source, figure: Figure, noun: str | None, earlier: list[Claim], starts: list[int]
) -> Claim:
    text = source.clean.text
    start, end = source.clean.original_span(figure.start, figure.end)
    line, column = source.original.line_column(start)
    sentence = source.index.sentence(figure.start)
    sentence_text = context.squash(text[sentence.start : sentence.end])
    # NOTE: "Troops deployed: 11,000": a fact sheet's label names and describes a bare figure
    label = context.line_label(text, figure.start) if noun is None else None
    if label is None and noun is None:
        label = context.caption(text, figure.start, figure.end)  # NOTE: "370: the number of
        # ships in the Chinese navy"
    header = source.tables.header(figure.start)
    heading = header.name if header and header.name.lower() not in _PLAIN_HEADERS else None
    measured = None
    if figure.unit is None and not (noun and (units.is_span(noun) or noun.lower() in _PLACES)):
        # NOTE: "refugees intend to return within 12 months": a span is its own unit, as the
        # places are of "Deaths confirmed in six states"
        measured = units.measured_unit(
            context.words_before(text, figure.start, 6, own=True), bare=noun is None
        )
        if measured is None and noun is None and figure.kind in ("digits", "words", "range"):
            # NOTE: a table's cell counts what its column names ("Confirmed cases"), not its
            # row ("United States")
            named = _bare_noun(text, figure.start, sentence.start, label, heading, header)
            measured = units.counted_unit(named) if named else None
    unit = (
        figure.unit
        or measured
        or (
            "years old"
            if context.is_age(text, figure.start, figure.end)
            else units.counted_unit(noun)
        )
    )
    unit = _of_harm(text, figure, unit, noun, earlier, sentence_text)
    per = None
    if (
        unit == "count"
        and earlier
        and (
            _BASELINE_BEFORE.search(text, max(0, figure.start - 32), figure.start)
            or _LEVEL_AFTER_CHANGE.search(text, max(0, figure.start - 32), figure.start)
            or _OF_THEM.match(text, figure.end)
            or _EXPECTED_BY.match(text, figure.end)
            or _SHORT_OF.match(text, figure.end)
            or _PARTICIPLE_AFTER.match(text, figure.end)
            or _OF_OPENER.match(text, sentence.start, figure.start)
        )
    ):
        compared = _compared_with(text, figure, earlier, starts, sentence_text)
        unit = compared.unit if compared else "count"
        per = compared.per if compared else None  # NOTE: "1.7 million barrels per day, up
        # from fewer than 100,000"
    if unit == "count" and noun is None and _WHO_AFTER.match(text, figure.end):
        unit = "people"  # NOTE: "3.8 million who have fled abroad" counts people
    per = context.rate(text, figure.end) or per
    if per is None and unit != "count" and noun is None:
        per = context.rate_before(text, figure.start)  # NOTE: "cut daily transits to 22"
    if unit == units.BARRELS_A_DAY:
        unit, per = "barrels", "day"  # NOTE: "9.0 million bpd" is "9 million barrels a day"
    if per is None and label and unit not in _SHARE_UNITS:
        per = context.label_rate(label)  # NOTE: "Aid trucks per day, October: 57"; "Monthly
        # inflation: 3.5%" names a measure, as "monthly inflation eased to 3.5%" does
    if unit == "count" and noun is None and (told := _elided(text, figure, earlier, sentence_text)):
        unit, per = told.unit, per or told.per  # NOTE: "1.8 million barrels a day, and China 2.2
        # million": the figure before names what both count
    if heading:
        # NOTE: "| Germany | 14.9 |" under "Aid ($ billion)" is Germany's aid
        row = label or context.line_label(text, figure.start, alone=False)
        label = f"{row}: {heading}" if row and row != heading else heading
    quantity = (
        label
        or context.quantity(text, figure.start, figure.end, named_before=measured is not None)
        # NOTE: "13.5 trillion roubles ($145 billion)", "to 21 percent, up from 19 percent":
        # a figure with no words of its own restates or is compared with the one before; on a
        # fact sheet's line, the label names them all
        or _restated(text, figure.start, earlier, sentence_text)
        or context.line_label(text, figure.start, alone=False)
        or NO_QUANTITY
    )
    about = source.about(sentence, figure.start)
    if unit in units.SHARED_DEFAULTS:
        unit = units.local_currency(source.doc.text[start:end], unit, about)
    page, page_line = _page(source, start, line)
    return Claim(
        source=source.doc.path, start=start, end=end, line=line, column=column, page=page,
        page_line=page_line, text=source.doc.text[start:end], value=whole(figure.value),
        low=_whole(figure.low), high=_whole(figure.high), precision=whole(figure.step),
        unit=unit, per=per,
        qualifier=figure.qualifier,
        hedge=figure.hedge.lower() if figure.hedge else None, quantity=quantity,
        sentence=sentence_text,
        attribution=_attribution(source, sentence, figure.start),
        about=about,
        key=_key(figure, unit, per, quantity, text),
    )  # fmt: skip


def whole(value: float) -> int | float:
    """`value` as an int when it is a whole number a float holds exactly, else to fourteen
    significant digits (a trillionth stays a trillionth, and 0.1 + 0.2 reads 0.3)."""
    if math.isfinite(value) and not value.is_integer():
        value = round(value, max(0, 13 - math.floor(math.log10(abs(value)))))
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _whole(value: float | None) -> int | float | None:
    return None if value is None else whole(value)


def _page(source: _Source, start: int, line: int) -> tuple[int | None, int | None]:
    pages = source.doc.pages
    if not pages:
        return None, None
    page = bisect.bisect_right(pages, start)
    first_line, _ = source.original.line_column(pages[page - 1])
    return page, line - first_line + 1


def _attribution(source: _Source, sentence: context.Span, start: int) -> str | None:
    who = context.attribution(source.clean.text, sentence, start)
    if who is None or not _IBID.fullmatch(who):
        return who
    # NOTE: "(ibid)" credits the source cited just before it
    offsets, names = source.citations
    before = bisect.bisect_left(offsets, start)
    return names[before - 1] if before else None


def _key(figure: Figure, unit: str, per: str | None, quantity: str, text: str) -> str:
    """Same figure, unit, rate and description: the same claim, wherever it is repeated."""
    written = context.squash(text[figure.start : figure.end]).lower()
    raw = f"{written}|{figure.value}|{unit}|{per}|{context.squash(quantity).lower()}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def is_estimate(claim: Claim) -> bool:
    """True when a hedge such as "as many as" states an estimate to compare as a figure."""
    return claim.hedge in ESTIMATE_HEDGES


def is_vague(claim: Claim) -> bool:
    """True for figures such as "dozens" or "thousands" that state no number."""
    return claim.qualifier is Qualifier.VAGUE
