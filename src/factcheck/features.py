"""What a claim's own clause says it measures: key terms, actors and years, for grouping."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck import lazyre
from factcheck.extract import numbers
from factcheck.extract.context import BASELINE_JOIN, STOP, is_plural, line_label
from factcheck.extract.hedges import without_hedges
from factcheck.extract.lexicon import HEDGE_RUN, word_set
from factcheck.extract.places import (
    actors_in,
    actors_in_order,
    is_place,
    read_actors,
    regions_in,
    shared,
)
from factcheck.models import Claim, Qualifier

_LEFT_CUT = lazyre.compile(
    r"[;:—–(\[|]|(?<=\s)-(?=\s)|,(?!\d)|\b(?:that|which|who|whom|while|whereas|because|although)\b"
    r"|\b(?:said|says|say|told|tells|reported|reports|(?<!an )estimated"
    r"|estimates?(?!\s+(?:of|for)\b)|claimed"
    r"|according\s+to(?:\s+\w+){0,4}?)\b",
    re.I,
)
"""Where the clause of a figure starts: after punctuation (not the comma of "11,000"), a
conjunction, or who said it ("estimates" that says, not "estimates of $38 billion")."""
_SAID = lazyre.compile(r"said|says|say|told|tells|reported|reports|claimed", re.I)
_PRONOUN_END = lazyre.compile(r"\b(?:it|them)\s*$", re.I)
_TO_START = lazyre.compile(r"\s*(?:to|at)\b")
_PASSIVE_END = lazyre.compile(r"\b(?:is|are|was|were|been)\s+$")
_PRONOUN_START = lazyre.compile(r"\s*(?:it|they|he|she|we)\b", re.I)
_RIGHT_CUT = lazyre.compile(
    r"[,;:—–(\[!?|]|\b(?:(?:which|who|whom|while|whereas|because|although)\b"
    r"|(?:and|but)\s+(?=(?:[^\W\d]+\s+){0,6}[$€£¥]?\d))",
    re.I,
)
"""Where the clause after a figure ends; "killed 52 and injured 260": the words after "and"
belong to the next figure. Not at a full stop: the sentence ends there already, and inside
it a point is an abbreviation's ("the Oct. 7 attack", "U.S. aid")."""
_BRACKETED = lazyre.compile(r"^ \([^()]*\)")
_BRACKETED_YEAR = lazyre.compile(r" \(((?:19|20)\d\d(?:[-/–]\d\d)?)\)")


def _bracketed_year(match: re.Match[str]) -> str:
    """A bracket that holds only a year dates the figure before it ("1.7% (2026)"); any other
    is left out."""
    year = _BRACKETED_YEAR.fullmatch(match.group())
    return f" in {year.group(1)}" if year else ""


_ITEM_FIGURE = r"[$€£¥]?\d[\d,.]*%?(?:\s*(?:million|billion|trillion|bn|m|tn)\b)?"
_ITEM_WHEN = (
    r"(?:\s+(?:in|for|during|by)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[-/–]\d\d)?|[A-Z][a-z]+)"
    r"|\s*\((?:19|20)\d\d(?:[-/–]\d\d)?\))"
)
_LIST_ITEMS = lazyre.compile(
    rf"(?P<first>{_ITEM_FIGURE}){_ITEM_WHEN}"
    rf"(?:\s*(?:,|,?\s+and\b)\s*{HEDGE_RUN}{_ITEM_FIGURE}{_ITEM_WHEN})*"
    rf"\s*(?:,|,?\s+and\b)\s*{HEDGE_RUN}$"
)
"""Items of a list of figures each told when or where, up to the one that follows: "2.1% in
2025, 1.7% in 2026 and", "killed 52 in Gaza, 12 in Jenin and"."""
_FIGURE_END = lazyre.compile(r"\d[\d,.]*%?(?:\s+[A-Za-z]+){0,2}\s*$")
"""A figure and at most two words of its unit at the end of a text: "13.5 trillion roubles"."""
_WORD = lazyre.compile(r"[a-z]+&[a-z]+|[a-z][a-z\-]+")
"""A word of a clause: "s&p" and "r&d" are words too."""
_YEAR = lazyre.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
_BASELINE = lazyre.compile(
    r"\b(?:(?:from|since|than|compared\s+(?:with|to)|versus|vs\.?)\s+|as\s+in\s+)"
    r"(?:(?:the\s+)?end\s+of\s+"
    rf"|(?:\d{{1,2}}\s+)?(?:{'|'.join(m[:3] for m in _MONTH_NAMES)})[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?)?$",
    re.I,
)
_MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_MONTH = lazyre.compile(
    r"\b(?<!del )(?<!de )(?:(?P<before>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>(?:{'|'.join(_MONTH_NAMES)})\b|(?:{'|'.join(_MONTH_SHORT)})\b\.?)"
    r"(?:\s+(?P<after>\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d))?"
)
"""A month, written out or cut short, with its day when one is written ("9 February", "Oct. 7",
"February 9th"); not in a place's name ("Viña del Mar")."""
_FULL_MONTH = {name[:3]: name for name in _MONTH_NAMES}
_MONTH_HINT = lazyre.compile("|".join(name[:3] for name in _MONTH_NAMES))
"""The months' first letters, a quick test for a month written out or cut short."""
_DATELINE_START = lazyre.compile(
    r"[A-Z][A-Z.'’ -]{2,40}?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)"
    r"(?:,?\s+\d{4})?\s*(?:\([^()]{2,30}\)\s*)?[-–—]{1,2}\s"
)
"""A wire report's dateline before its first sentence: "GENEVA, 11 December 2024 - "."""
_DATELINE_BEFORE = lazyre.compile(r"\b[A-Z]{3,}[A-Z .'-]*,\s+$")
"""The place of a dateline before its date ("SEOUL, Dec. 3 (Yonhap)"): the day of the report,
not of its figures."""
_YEAR_STARTING = lazyre.compile(
    r"\b(?:year|quarter|half|period|months?|weeks?)\s+(?:(?:starting|beginning|from)\s+(?:in\s+)?"
    r"|(?:ended|ending|to)\s+(?:on\s+)?(?:(?:early|late)\s+|mid-?\s*)?)$",
    re.I,
)
"""The month a fiscal year starts in ("for the year starting in April"), or a period ends on
("the quarter ended January 26", "the two months to early February"): no date of a figure,
which is the whole period's."""
_DOWN_ONLY = frozenset({"down"})
"""The way of a change written with a minus sign: "| iPhone | -0.8% |" is a fall."""
_FORMER_MARK = lazyre.compile(
    r"\b(?:previous|prior|former)\s+(?:[\w-]+\s+){0,2}?(?:record|high|low|peak|best|longest"
    r"|highest|lowest|largest|biggest|worst)\b",
    re.I,
)
_UP_OR_DOWN = lazyre.compile(
    rf"(?<!made )(?<!make )(?<!makes )(?<!making )(?<!took )(?<!take )(?<!takes )(?<!taking )"
    rf"\b(up|down)\s+(?:by\s+)?{HEDGE_RUN}$",
    re.I,
)
"""A way right before a figure; "made up 80% of them", "took up a third" tell a part."""
_GDP = lazyre.compile(r"\bgross\s+domestic\s+product\b", re.I)
"""GDP written out, which is no gross measure of its own: "70% of gross domestic product"."""
_PART_OF_MONTH = lazyre.compile(
    rf"\b(?:late|early|mid)(?:-|\s+)(?=(?:{'|'.join(_MONTH_NAMES)})\b)", re.I
)
"""The part of a month a time names ("by late September", "mid-April"): when, not what."""
_ANY_MONTH = lazyre.compile("|".join(_MONTH_NAMES))
"""The names alone, a quick test: without the word boundaries the engine skips to capitals."""
_SINCE = lazyre.compile(
    r"\b(?:since|from)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+|\d{1,2}\s+)?$", re.I
)
_SINCE_PHRASE = lazyre.compile(r"\bsince\s+[^,;:]*")
"""Where a running total starts: a time, whoever it names."""
_SINCE_BEFORE = lazyre.compile(r"\bsince\b[^,;:\d]*$")
"""A month inside a phrase that tells where a count starts: "since Russia's full-scale invasion
in February 2022"."""
_EVENTS_NAMED = (
    r"(?:quake|earthquake|temblor|storm|hurricane|typhoon|cyclone|flood|attack|bombing"
    r"|massacre|explosion|blast|invasion|coup|raid|offensive)s?"
)
_EVENT_AFTER = lazyre.compile(
    rf"\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:\d{{4}}\s+)?{_EVENTS_NAMED}\b", re.I
)
_EVENT_BEFORE = lazyre.compile(
    rf"\b{_EVENTS_NAMED}\s+of\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?$", re.I
)
"""A month that names the event a figure is of, not the time the figure is of: "the February 6
earthquakes", "the earthquakes of February 2023", "the October 7 attack"; a toll told a year
on is of the same quake."""
_CUMULATIVE = lazyre.compile("since|so far|to date|in total|cumulative", re.I)
_PASSING = lazyre.compile(
    r"\b(?:(?:has|have|had)\s+passed|passes|surpass(?:es|ed)|crossed)\s+$", re.I
)
"""A running total passing a mark: "the toll has passed 40,000"."""
_INTRO = lazyre.compile(
    r"\s*((?:In|On|At|By|During|Across|Throughout|Last|This|Earlier|Overall|Altogether|Of)\b"
    r"[^,;:]{0,40}),"
)
"""A short opening phrase set off by a comma: where or when the whole sentence holds."""
_FROM_START = lazyre.compile(r"\s*(?:Since|So far|To date|Until now|By|As of)\b[^,;:]*,")
"""An opening that counts the whole sentence from a start or up to a date: "Since the war
began in 2022, ...", "By June 2024, ..."."""
_PARTICIPLE = lazyre.compile(r"\s*[a-z]+ing\b")
_CHANGE_NOUN = lazyre.compile(
    r"\s*(?:an?\s+)?(?:\w+\s+)?(?P<noun>drop|fall|decline|loss|cut|reduction|slump|plunge|rise"
    rf"|increase|jump|gain|surge)\s+of\s+{HEDGE_RUN}",
    re.I,
)
_FALLS = frozenset({"drop", "fall", "decline", "loss", "cut", "reduction", "slump", "plunge"})
_CHANGE_ONLY = lazyre.compile(rf"\s*(?:up|down)\s+(?:by\s+)?{HEDGE_RUN}", re.I)
_CHANGE_ONLY_WORD = lazyre.compile(r"\b(?:up|down)\b", re.I)
_CHANGE_VERBS = {"up": "rose", "down": "fell"}
_COMPARED_BEFORE = lazyre.compile(
    rf"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+{HEDGE_RUN}$"
)
_FROM_ACTOR = lazyre.compile(
    r"\s*(?:from|by|for|of|in)\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b)[A-Z]"
)
"""Whose figure a baseline is, after it: "compared with 114 billion euros from the United
States" (a month is no one's: "compared with about 1,000 in June 2024")."""
_PARTICIPLE_ASIDE = lazyre.compile(r"\s*(?:[a-z]+ing|[a-z]{3,}ed|including)\b")
_FIGURE_CELL = lazyre.compile(r"\s*[+\-−]?[$€£¥]?\d[\d,.]*\s*(?:%|bn|m|k|tn|billion|million)?\s*")
"""A table cell that holds a figure and nothing else."""
_NOUN_ASIDE = lazyre.compile(r"\s*(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}\s*")
"""An apposition between commas: "Car exports, the second engine, edged down"."""
"""An aside that opens with a participle: "Europe, counting EU institutions, has allocated"."""
_ROUTE_ASIDE = lazyre.compile(
    r"\s*(?:from|between|via|through|across|along)\s+[^,;:\d]{2,50}?"
    r"(?:\s+(?:to|and)\s+[^,;:\d]{2,30})?\s*"
)
"""An aside between commas that tells a way or a span: "Crossings on the central Mediterranean
route, from North Africa to Italy, dropped 59%"."""
_INCLUDING = lazyre.compile(r"\s*including\b", re.I)
"""A part of the figure before, told in its own words: "4,700 killed or wounded, including some
300 killed"."""
_PART_AFTER_INCLUDING = lazyre.compile(rf"\b(?:including|among\s+them)\s+{HEDGE_RUN}$", re.I)
_ALONG_WITH = lazyre.compile(
    rf"\s*(?:along\s+with|as\s+well\s+as|together\s+with)\s+{HEDGE_RUN}", re.I
)
_TO_LEVEL = lazyre.compile(rf"\s*(?:(?:up|down)\s+)?to\s+{HEDGE_RUN}", re.I)
_FROM_TO_LEVEL = lazyre.compile(
    rf"\s*(?:(?:up|down)\s+)?from\s+[^,;:]*?\b(?P<to>to)\s+{HEDGE_RUN}", re.I
)
_RECORD_OF = r"(?:an?|the)\s+(?:(?:revised|previous|all-time|new)\s+)?(?:record|peak|high|low)"
"""The mark a baseline may be told as: "from a revised record of 906,000"."""
_BASELINE_START = lazyre.compile(
    rf"\s*(?:(?:up|down|rising|falling|increasing|decreasing)\s+)?{BASELINE_JOIN}\s*"
    rf"(?:{_RECORD_OF}(?:\s+of)?\s*)?",
    re.I,
)
"""A clause that only gives a figure's baseline: "..., up from $1.7 million in 2022"."""
_HEDGES_ONLY = lazyre.compile(rf"\s*{HEDGE_RUN}", re.I)
_MULTI_YEAR = lazyre.compile(
    r"\b(?:over|across|during|within|in|for)\s+(?:the\s+)?"
    r"(?:(?:next|past|last|coming|following)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|several)\s+years\b"
    r"|\b(?P<first>(?:19|20)\d\d)\s*(?:-|–|to)\s*(?P<last>(?:19|20)?\d\d)\b(?!\s*%)",
    re.I,
)
"""A span of several years that a figure covers: "over five years", "for 2024-27" (a split
year such as "2023-24" is one season)."""
_OWNER = lazyre.compile(r"((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s\b")
_INSTRUMENT_HEADS = ("Plan", "Appeal", "Fund", "Programme", "Program", "Facility", "Initiative",
                     "Act")  # fmt: skip
_INSTRUMENT = lazyre.compile(
    rf"((?:[A-Z][\w&-]*\s+){{1,4}})(?:{'|'.join(_INSTRUMENT_HEADS)})\b(?!['’]s)"
)
"""A named plan, fund or law: "the 2024 Regional Refugee Response Plan", "the CHIPS Act"."""
_INSTRUMENT_HINT = lazyre.compile("|".join(_INSTRUMENT_HEADS))
_GENERIC_NAME_WORDS = frozenset({head.lower() for head in _INSTRUMENT_HEADS} | {"response"})
"""Words of such names that tell no plan from another: their heads, and "response"."""
_SIDE_WORDS = frozenset({"party", "candidate", "the", "of"})
"""Words of a winner's name that tell no side from another ("the People Power Party")."""
_WIN_VERBS = r"(?:won|secured|garnered|polled|took|received|led|trailed)\b"
_WINNER_HINT = lazyre.compile(rf"\b{_WIN_VERBS}")
_WINNER_NAME = (
    r"((?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*(?:\s+of\s+the\s+(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)?)"
)
"""A winner's name, and the party it is of: "Kim Moon-soo of the People Power Party"."""
_WINNER = lazyre.compile(rf"\s*{_WINNER_NAME}\s+{_WIN_VERBS}")
_PART_OF = lazyre.compile(
    r"(?:(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,.]*(?:\s+(?:thousand|million|billion))?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?))\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)?$",
    re.I,
)
"""A part counted of the whole the figure gives: "23 of NATO's 32 members", "12 of the 20",
"2 million of Gaza's 2.2 million people" (a year is no part: "the appeal for 2024 of $2.7
billion")."""
_SIZE_COMPOUND = lazyre.compile(r"-(?:seat|member|nation|country|state|bed)\s+[A-Za-z]")
"""A figure that gives the size of a body it is joined to: "the 300-seat National Assembly",
"the 32-member alliance"."""
_SIDE_WINNER = lazyre.compile(
    r"\s*(?:the\s+)?((?:[\w&-]+\s+){0,3}?(?:party|opposition|coalition|bloc|alliance|camp"
    r"|candidate|incumbent|challenger))\s+(?:won|secured|garnered|polled)\b",
    re.I,
)
"""A side of an election that wins a figure: "the ruling party won 108 seats", "the opposition
won 175"."""
_SPECIAL_FORCES = lazyre.compile(r"\bspecial\s+(?:operations\s+)?forces\b", re.I)
_FOR = lazyre.compile(
    r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|approv(?:e|es|ed|ing|al))\b",
    re.I,
)
_AGAINST = lazyre.compile(
    r"\b(?:oppos(?:e|es|ed|ing|ition)|against|disapprov(?:e|es|ed|ing|al)|reject(?:s|ed|ing)?)\b",
    re.I,
)
_QUARTER_HINT = lazyre.compile(
    r"quarter|half|Q[1-4]|H[12]|past|last|previous|round|run-?off|overnight|day\b|this year"
    r"|(?:ll|le)[- ]year"
    r"|to[- ]date",
    re.I,
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = frozenset(_WEEKDAYS)
"""Days of the week, which date a figure to one day as a date does."""
_QUARTER = lazyre.compile(
    r"\b(?P<part>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<noun>quarter|half)\b"
    r"|\b(?P<code>Q[1-4]|H[12])\b"
    r"|\b(?P<round>first|second|third|final)\s+round\b|\b(?P<runoff>run-?off)\b"
    r"|\b(?P<night>overnight|last\s+night)\b"
    rf"|\b(?:on\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\b"
    r"|\b(?P<ytd>(?:so\s+far\s+)?this\s+year|year[- ]to[- ]date)\b"
    r"|\b(?P<whole>full|whole)[- ]year\b"
    r"|\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?P<span>(?:(?:\d+|a\s+few"
    r"|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?:day|week|month|year|decade)s?)\b",
    re.I,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}  # fmt: skip
_MODIFIER = lazyre.compile(
    r"\b\d+(?:\.\d+)?[- ](?:year|month|week|day)(?![\w-])|\b\d+(?:\.\d+)?\s?mm\b"
    r"|(?<=enriched to )\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\s?%(?=[- ]enriched)",
    re.I,
)
"""A figure that names a kind of thing rather than counting: "10-year", "155mm", "enriched to
60%"."""
_YEAR_END = lazyre.compile(r"\b(?:end|close)\s+of\s+(?:19|20)\d\d|\bby\s+(?:19|20)\d\d", re.I)
"""A year's end, a moment rather than the whole year: "by the end of 2024"."""
_FIGURE_BASELINE = lazyre.compile(
    rf"\b{BASELINE_JOIN}\s+(?:{_RECORD_OF}(?:\s+of)?\s+)?{HEDGE_RUN}$", re.I
)
"""The words before a figure given as what another is compared with: "up from 5%", "down from a
revised record of 906,000"."""
_BASELINE_AFTER = lazyre.compile(
    rf"\b{BASELINE_JOIN}\s+{HEDGE_RUN}(?:an?\s+|the\s+)?(?:record\s+|peak\s+of\s+)?"
    r"[$€£¥]?\d(?!\d\d\d\b)",
    re.I,
)
"""A baseline after the figure ("to 84.5% from 117.8% in December"): a year is a span's start
("from 2023 to 2024"), no baseline."""
_APPOSITION = lazyre.compile(
    rf"\s*(?:(?:equal|equivalent)\s+to\s+|or\s+|worth\s+)?{HEDGE_RUN}", re.I
)
"""What may stand between a comma and a figure that restates or sizes the clause before it:
", about 1.2m", ", equal to 2.45% of GDP", ", or 6.3% of GDP"."""
_THOSE_START = lazyre.compile(r"\s*(?:those|that)\s+(?:of|to|from|in|for|at)\b", re.I)
"""A clause that names its thing by pointing back: "those to Russia", "that of Japan"."""
_IT_WAS = lazyre.compile(
    r"\s*(?:(?:by|in|on|at|since|until)\s+[\w ]{1,30}?\s+)?(?:it|they)\s+"
    r"(?:was|were|is|are|had|has|have|stood|remains?|remained)\b",
    re.I,
)
"""A clause whose subject is a pronoun for what the clause before names."""
_VERB_IN = lazyre.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|rose|fell|grew|jumped|climbed|dropped"
    r"|declined|increased|decreased|reached|stood|stands)\b"
)
"""The verb that ends a clause's subject: "China's share of the market | has grown"."""
_OTHERS_SAY_IT = lazyre.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:[a-z]+s\s+(?:now\s+|also\s+)?(?:fear|expect|warn|predict"
    r"|estimate|forecast|reckon|worry|think|believe|say|project)\s+(?:that\s+)?it\s+"
    r"(?=(?:could|would|will|may|might|can|should|is|was)\b)"
    r"|(?:the\s+)?[a-z]+\s+(?:now\s+|also\s+)?(?:fears|expects|warns|predicts|estimates"
    r"|forecasts|reckons|thinks|believes|says|projects)\s+(?:that\s+)?their\s+(?=[a-z]+\s))",
    re.I,
)
"""A clause in which others say what "it" will do or what "their" share is: "European makers
fear it could double", "the Commission projects their share could reach"; the verb's number
says the pronoun is not who speaks but what the clause before names."""
_AT_ONLY = lazyre.compile(rf"\s*at\s+{HEDGE_RUN}", re.I)
"""A figure set off by a comma and a preposition alone: it sizes the clause before."""
_WITH_ONLY = lazyre.compile(rf"\s*with\s+{HEDGE_RUN}", re.I)
"""A bare figure or share after a comma and "with": "Brazil accounts for the bulk of the cases,
with 9.9 million" sizes the clause before; "with 49,000 cases" names its own."""
_PREDICATE = lazyre.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|stands?|stood|rose|fell|grew|jumped|climbed"
    r"|dropped|declined|increased|decreased|came|totall?ed|reached|edged|slipped|slid|eased"
    r"|accounts?|accounted|makes?|made|holds?|held|hosts?|hosted|recorded|reported|counted)\b"
)
"""A verb opening a clause whose subject stands before a comma."""
_SUBJECT_BEFORE_VERB = lazyre.compile(
    r"\s*((?:[\w'’-]+\s+){1,5}?(?:together\s+|jointly\s+)?)(?:(?:has|have|had)\s+)?"
    r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|t)\b(?:[^,;:]|,(?=\d))*$"
)
"""A subject, "together" and all, and its verb in the past, up to the figure after: "The
Palisades Fire has burned more than 23,400 acres", "The Palisades and Eaton fires together
burned about 37,000 acres"."""
_PAST_VERB = lazyre.compile(r"\s*(?:has\s+|have\s+|had\s+)?[a-z]{3,}ed\b")
"""A verb in the past after an aside: "The Eaton Fire, which broke out on January 7, burned"."""


def _opens_with_verb(text: str) -> bool:
    """True when `text` opens with a verb whose subject stands before a comma."""
    return _PREDICATE.match(text) is not None or _PAST_VERB.match(text) is not None


_ASIDE = lazyre.compile(
    rf",\s*(?:or\s+|equal\s+to\s+|equivalent\s+to\s+)?{HEDGE_RUN}(?:an?\s+|one\s+|two\s+)?"
    r"(?:[$€£¥]?\d|half|third|quarter|fifth|tenth|two-thirds|three-quarters)[^,;:()]*,\s*"
    r"(?=[a-z])(?!(?:up|down|from|compared|against|versus|in|on|at|by|to|for|and|but)\b)",
    re.I,
)
"""An aside after a figure that sizes it, before the clause goes on: ", more than half of the
population,", ", or 6.3% of GDP,"."""
_SAYS_NOTHING = lazyre.compile(rf"\s*(?:(?:up|down|by|and)\s+)*{HEDGE_RUN}", re.I)
"""The words before a figure that name nothing it measures: "up", "down by about"."""
_FIRST_ADJUNCT = lazyre.compile(
    r"\s+(?:in|on|at|for|during|to|from|since)\s+(?:[^\d,;%]|(?<!\d)(?:19|20)\d\d(?!\d))*?"
    r"(?=\s+(?:and|but)\s*$)"
)
"""When or where of the first of two figures that share a verb: "in Chad" of "590,000 in Chad
and 500,000 in Egypt"."""
_ADJUNCT_ONLY = lazyre.compile(
    r"\s*(?:(?:in|on|at|for|over|during|last|this|next|by|since|from)\b.*)?", re.I | re.S
)
"""Nothing after a figure but when or where: "and 4.1% in 2024" shares the verb before it,
"and 30 missing", "and 33% are against" have their own."""
_FIGURE_WORDS = lazyre.compile(
    r"[$€£¥]?\d[\d,./]*%?(?:\s*(?:million|billion|trillion|bn|m|tn)\b)?(?:\s+won\b)?", re.I
)
_WON = lazyre.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion))\s+won\b", re.I)
"""The currency after a figure: "1.52 trillion won" wins nothing."""
_SPAN = lazyre.compile(
    rf"\b[Bb]etween\s+(?:{_ANY_MONTH.pattern})\b[^,;]{{0,20}}?\band\s+"
    rf"(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:{_ANY_MONTH.pattern})\b"
    rf"|\b(?:{'|'.join(_MONTH_SHORT)}|May)[a-z]*\.?\s+(?:19|20)\d\d\s*(?:[-–—]|to)\s*"
    rf"(?:{'|'.join(_MONTH_SHORT)}|May)[a-z]*\.?\s+(?:19|20)\d\d\b"
)
"""A span of months ("between March and November 2024", "between January 2022 and the end of
December 2024", "Jan 2022 - Dec 2024"): a running total, dated to neither."""
_SPAN_HINT = lazyre.compile(r"[Bb]etween|\d\d\s*(?:[-–—]|to)\s*[A-Z]")
_WHEN_YEAR = lazyre.compile(
    r"\b(?P<y>(?:1[89]|20)\d\d)(?:\s+[a-z][\w'’-]*){0,3},?\s+when\b[^,;:.]*$", re.I
)
"""A year a "when" clause goes back to: "the worst since 1939, when 33,000 died", "the entire
2006 war, when some 1,200 Lebanese were killed"."""
_ADDED_BEFORE = lazyre.compile(
    r"(?<!\bwith\s)\b(?:another|additional|further|extra)\s+(?:(?:[a-z]+\s+){0,2})?$", re.I
)
"""An increment's word, but not "with another": "killed 3,085, with another 4,715 injured"
lists the next count, not more of the same."""
_ADDED_HINTS = lazyre.compile("nother|dditional|urther|xtra|more|MORE")
"""Parts of the increment words in any letter case, to skip the patterns in most sentences."""
_PER_HEAD = lazyre.compile(
    r"\b(?:per|a)\s+(?:soldier|troop|person|head|capita|worker|recruit|fighter|household|family)s?"
    r"\b|\beach\b(?!\s+(?:year|month|week|day|quarter|time|other)s?\b)|\bapiece\b",
    re.I,
)
_ONE_ALONE = lazyre.compile(r"\b(?-i:[A-Z][\w'’-]*)\s+alone\b", re.I)
"""One place or actor by itself ("in Turkey alone"): a part of what "together" sums."""
_COMBINED = lazyre.compile(
    r"\b(?:together|combined|altogether|jointly|between\s+them|across\s+(?:both|all)"
    r"|all\s+(?:two|three|four|five|six|seven|eight|nine|ten)|both\s+of\s+them"
    r"|(?:across|in)\s+(?:the\s+)?(?-i:[A-Z][\w&-]*(?:,\s+[A-Z][\w&-]*)*,?\s+(?:and|&)\s+[A-Z][\w&-]*))"
    r"\b",
    re.I,
)
"""Words that sum what several have: "together", "between them", "across Texas and New Mexico",
"died in Spain and Italy"."""
_COMBINED_HINT = lazyre.compile("ogether|ombined|oint|etween|cross|all |both| and | & ", re.I)
_FIRST_PART = lazyre.compile(
    r"\b(?:the\s+first\s+(?:of|batch|wave|group|contingent|tranche|rotation)"
    r"|(?:an?|the)\s+initial\s+(?:batch|wave|group|contingent|tranche|deployment))\b",
    re.I,
)
"""A figure told as the first part of several: a batch, a wave, a tranche."""
_MORE_AFTER = lazyre.compile(r"\s+more\b(?!\s+than)", re.I)
_WINDOW = 12
_OF = lazyre.compile(r"\s*of\b", re.I)
_SHARE_OF = lazyre.compile(
    r"\b(?:as\s+an?\s+)?(?:share|percentage|proportion|fraction|per\s?cent)(?=\s+of\s)", re.I
)
"""A share's whole named by a noun of shares, not right after the figure."""
_HALF_WHOLE = lazyre.compile(r"(?=\s*(?:the|its|their|all)\s)", re.I)
_DIGIT = lazyre.compile(r"\d")
_OBJECT_ONLY = lazyre.compile(
    r"\s*(?:of\s+(?:the|its|their)\s+(?:\d[\d,]*\s+)?)?[a-z]+s\b"
    r"(?:\s+(?:in|on|at|for|over|during|last|this|by|since|from)\b.*)?",
    re.S,
)
"""A counted noun, perhaps a part of a whole, perhaps with when or where, and no verb: "and 249
million cases in 2023", "and 163 of the 299 seats"."""
_LAST_AMOUNT = lazyre.compile(r"[$€£¥]?\d[\d,.]*$")
_AFTER_FIGURE_AND = lazyre.compile(r"\d[^\d]*?\b(?:and|but)\s+(?!\D*\d)", re.I)
_SHARES = frozenset({"percent", "percentage_points"})
_BUDGET_SIDES = frozenset({"income", "revenue", "receipt"})
_TIME_AFTER = word_set("last this next previous")
"""Words that open a time after a share's whole ("of the federal budget last year")."""
_NOT_COUNTED = STOP | word_set("""
more than over past least many much up nearly almost around roughly approximately estimated
averaging average some fewer under about reportedly eventually could would also now new close
official officials spokesperson spokesman spokeswoman ministry agency tally toll figure figures
data source sources estimate estimates report reports reported statement
reuters ap afp bloomberg xinhua yonhap tass kcna dpa upi efe ani pti
dollar dollars euro euros rouble roubles ruble rubles yuan renminbi yen pound pounds rupee rupees
hundred thousand million billion trillion bn mn tn
""")
"""Words that say nothing of what is counted: hedges, who gave the figure (news agencies of
datelines among them), and the money and scale words of figures, which the unit holds."""
IGNORED = _NOT_COUNTED | word_set("""
reach reached reaches hit hits stood stand stands total totalled totaled totals amount amounted
amounts account accounted accounts came come comes put puts show showed shows shown remain
remained remains stay stayed stays top topped exceed exceeded exceeds surpass surpassed
left leave leaves leaving recorded registered counted counts tallied edged
inside within region regions field fields fielded numbers numbered already
pass passes passed passing cross crosses crossed today currently presently thought believed
year years month months week weeks day days last next this ago earlier
half halves quarter quarters first second same period compared comparison
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""")
"""Those, and words that say nothing of what is measured: verbs that only state a figure
("reached", "stood at", "totalled") and words of time ("last year")."""
# NOTE: stems that name one thing; the table is general news vocabulary, not keyed to any corpus.
SYNONYMS = {
    "soldier": "troop", "force": "troop", "personnel": "troop", "servicemen": "troop",
    "fighter": "troop", "troop": "troop", "kill": "kill", "death": "kill", "dead": "kill",
    "die": "kill", "died": "kill", "fatalitie": "kill", "fatality": "kill", "paid": "pay",
    "payment": "pay", "salary": "wage", "earning": "wage", "sent": "deploy", "send": "deploy",
    "dispatch": "deploy", "deploy": "deploy", "deployment": "deploy", "assistance": "aid",
    "casualty": "casualty", "causalitie": "casualty", "causality": "casualty",
    "wounded": "wound", "injured": "wound", "injurie": "wound", "injury": "wound",
    "live": "population", "inhabitant": "population", "population": "population",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "held": "hold",
    "fled": "flee", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
    "lost": "fall", "lose": "fall", "spent": "spend", "sold": "sell", "bought": "buy",
    "built": "build", "made": "make", "won": "win", "grew": "grow", "grown": "grow",
    "hostage": "hostage", "displac": "flee", "displacement": "flee", "uproot": "flee",
    "captur": "take", "seiz": "take", "abduct": "take", "kidnapp": "take", "deport": "take",
    "flee": "flee", "deportation": "take",
    "freed": "release", "releas": "release", "detain": "arrest", "arrest": "arrest",
    "evacuat": "evacuate", "shrank": "shrink", "shrunk": "shrink", "contract": "shrink",
    "offer": "pledge", "provid": "pledge", "provide": "pledge", "pledg": "pledge",
    "pledge": "pledge", "promis": "pledge", "promise": "pledge", "commit": "pledge",
    "guidance": "forecast",
    "committ": "pledge", "allocat": "pledge", "earmark": "pledge", "lift": "rais",
    "hike": "rais", "hik": "rais", "benchmark": "key", "damage": "loss",
    "inflation": "price", "cpi": "price", "jobless": "unemployment", "payroll": "job",
    "nonfarm": "employer", "hourly": "wage", "revision": "revis",
    "underly": "core", "suppli": "deploy", "supply": "deploy", "deliver": "deploy",
    "delivery": "deploy", "shipp": "deploy", "shipment": "deploy", "transferr": "deploy",
    "transfer": "deploy", "launch": "launch", "fired": "launch", "used": "launch",
    "global": "world", "worldwide": "world", "gdp": "economy", "economic": "economy",
    "expand": "grow", "expansion": "grow", "growth": "grow", "produce": "produc",
    "production": "produc", "output": "produc", "pump": "produc", "designat": "sanction",
    "designate": "sanction",
    "blacklist": "sanction",
    "contribut": "pledge", "donat": "pledge", "contribution": "aid", "donation": "aid",
    "support": "aid", "test": "launch", "station": "deploy", "strike": "attack", "young": "youth",
    "intercepted": "intercept", "intercept": "intercept",
    "raid": "attack", "bombing": "attack", "shelling": "attack", "assault": "attack",
    "jet": "aircraft", "plane": "aircraft", "warplane": "aircraft", "airplane": "aircraft",
    "terrorist": "militant", "insurgent": "militant", "jihadist": "militant",
    "devaluation": "devalu", "devalue": "devalu", "born": "birth", "baby": "birth",
    "ammunition": "shell", "munition": "shell", "stockpile": "stock", "expect": "forecast",
    "predict": "forecast", "lowered": "cut", "lowers": "cut", "lowering": "cut", "reduc": "cut",
    "reduce": "cut", "slash": "cut", "added": "add", "aided": "aid",
    "trimm": "cut", "trim": "cut", "facing": "face", "hungry": "hunger", "shortfall": "deficit",
    "struck": "attack", "experienc": "face", "experience": "face", "suffer": "face",
    "unaccount": "miss", "raise": "rais", "hospitaliz": "hospital", "hospitalis": "hospital",
    "hospitalization": "hospital", "hospitalisation": "hospital", "infection": "case",
    "ask": "appeal", "request": "appeal", "seek": "appeal", "sought": "appeal",
    "drop": "fall", "dropp": "fall", "decline": "fall", "declin": "fall",
}  # fmt: skip
_UP = word_set(
    "rais raise rise rising increas increase hiked hike climb jump grow soar surg accelerat quicken"
)
_DOWN = word_set(
    "cut lower reduc fall dropp drop declin shrink slash plung slipp slid dipp tumbl slow slowdown"
    " ease eased easing decelerat"
)
DIRECTIONS = {**dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down")}
CHANGES = frozenset(DIRECTIONS) | word_set("down gain lose add shed slipp slid dipp tumbl")
"""Key terms that tell how a figure changed, not what changed."""
"""Which way a change goes: "raised to 40%" and "cut to 8.5%" are two moments, not one figure."""
PACKAGES = frozenset({"bill", "legislation", "package", "tranche", "appropriation", "supplemental"})
"""Words that make a sum one bill or package, which no running total ("since 2022") is."""
TARGETS = frozenset(
    {"aim", "aimed", "target", "goal", "forecast", "expect", "project", "projection", "plan",
     "plann", "propos", "proposal"}
)  # fmt: skip
"""Words that make a figure a goal or a forecast, not what happened: "aim for $250 billion in
trade" is not "trade reached $240 billion"; "economists had expected 180,000 jobs"; a
company's "guidance for Q1: $43bn" (a synonym of forecast)."""
MEASURES = frozenset(
    {"core", "real", "nominal", "net", "gross", "median", "youth", "regular", "deficit", "surplus",
     "service", "margin"}
)  # fmt: skip
"""Words that make a measure another measure: core inflation is not inflation, net migration
is not migration, youth unemployment is not unemployment, a regular budget not the whole, a
trade deficit not the trade, services inflation not inflation, a winner's margin not the votes
won."""
KINDS = {
    **dict.fromkeys(word_set("oil crude petroleum"), "oil"),
    **dict.fromkeys(word_set("gas lng"), "gas"),
    **dict.fromkeys(word_set("aluminium aluminum"), "aluminium"),
    **{w: w for w in word_set("coal steel copper nickel iron wheat grain corn maize rice gold"
                              " diesel gasoline petrol electricity fertiliser fertilizer")},
    "service": "services",
    **{w: w for w in word_set("military humanitarian financial")},
}  # fmt: skip
"""What a figure is of, when the clause names a commodity, services or a kind of aid (keys are
stems): oil revenue is not gas revenue, tariffs on steel are not tariffs on aluminium, military
aid is not humanitarian aid; a clause that names none may be of either."""
POWERTRAINS = {
    **dict.fromkeys(word_set("""electric battery-electric battery-only all-electric evs ev bev
                               bevs"""), "electric"),
    **dict.fromkeys(word_set("hybrid plug-in phev phevs"), "hybrid"),
    **dict.fromkeys(word_set("new-energy nev nevs"), "new-energy"),
    "combustion": "combustion",
}  # fmt: skip
"""The kinds of engine a count of vehicles may be of (keys are stems). Unlike `KINDS`, a clause
that names none counts every kind: "BYD sold 4.27 million vehicles" is not its "1.76 million
pure electric vehicles"."""
INDICATORS = frozenset({"price", "economy", "unemployment", "poverty", "wage", "debt"})
"""Economic indicators, as stems: a forecast of inflation (prices) is not one of the economy
(GDP), nor poverty a share of wages; a clause that names none may be of any."""
SIDES = {
    **dict.fromkeys(word_set("revenue income receipt"), "revenue"),
    **dict.fromkeys(word_set("spend expenditure outlay"), "spending"),
    **dict.fromkeys(word_set("need require requir seek sought appeal request"), "need"),
    "pledge": "pledge",
}  # fmt: skip
"""Which side of a budget or an appeal a figure is of (keys are stems): oil revenue is not
defence spending, nor the 3 million doses Congo needs the 380,000 pledged."""
EVENTS = frozenset(
    {"kill", "wound", "casualty", "flee", "deploy", "take", "release", "arrest", "evacuate",
     "launch", "birth", "destroy", "damag"}
)  # fmt: skip
"""What can happen to counted people or things; two claims that name different ones count
different things ("10.7 million displaced" is not "150,000 killed", "4,000 drones used" is not
"2,000 drones supplied", "9,418 structures destroyed" not "16,000 destroyed or damaged");
births are an event too ("686,000 births" is not "1.6 million deaths")."""
_PLACE_NAME = (
    r"([A-Z][a-z][\w'’-]*\s?"
    r"(?:(?:(?:de|do|da|dos|das|del|di|du|la|el)\s)?[A-Z][a-z][\w'’-]*\s?){0,2})"
)
"""A place's name of one to three capitalised words, as a group, with the particles between
them that names in Spanish, Portuguese or Italian hold: "Rio Grande do Sul"."""
_LOCATIVE_HINT = lazyre.compile(r"\b(?:[Ii]n|at|near|outside|around) (?:the |its |their )?[A-Z]")
_LOCALITY = lazyre.compile(
    r"\b(?:[Ii]n|at|near|outside|around)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:besieged|northern|southern|eastern|western|central|city|town|village|region"
    rf"|province|district|county|camp|port)\s+(?:of\s+)?)*{_PLACE_NAME}"
)
_LANDFALL = lazyre.compile(
    rf"\b(?:[Ll]andfall|ashore)\s+(?:near|at|in|on)\s+(?:the\s+)?{_PLACE_NAME}"
)
"""Where a storm came ashore, which is no place its figures are of ("made landfall near Siesta
Key as a Category 3 storm with winds of 120 mph")."""


_STRUCK = lazyre.compile(
    r"\b(?:quake|earthquake|temblor|tremor|storm|hurricane|typhoon|cyclone)s?\s+"
    r"(?:that\s+|which\s+)?(?:struck|hit|rocked|jolted|shook|battered|lashed|slammed\s+into)\s+"
    r"(?:the\s+)?((?:northern|southern|eastern|western|central|north-eastern|north-western"
    rf"|south-eastern|south-western)\s+)?{_PLACE_NAME}"
)
"""Where a quake or a storm struck, which its toll may reach beyond: "the magnitude 7.7
earthquake that struck central Myanmar" killed people in Mandalay and Bangkok too."""
_LANDED_HINT = lazyre.compile(
    "andfall|ashore|struck|hit |rocked|jolted|shook|battered|lashed|slammed"
)


def _landed_at(sentence: str, found: frozenset[str]) -> frozenset[str]:
    """`found` without the places the sentence says a storm came ashore at, or a quake or a
    storm struck."""
    if not found or not _LANDED_HINT.search(sentence):
        return found
    landed = {m.group(1).strip().lower() for m in _LANDFALL.finditer(sentence)}
    landed.update(
        " ".join(f"{m.group(1) or ''}{m.group(2)}".lower().split())
        for m in _STRUCK.finditer(sentence)
    )
    return (found - landed) or _EMPTY


_NAME_NEAR = lazyre.compile(r"\b[A-Z][\w'’-]+\s+near\s*$")
_KIND_AFTER = lazyre.compile(
    r"(?:state|region|province|oblast|governorate|prefecture|district|county)\b"
)
_AND_LOCALITY = lazyre.compile(rf"(?<=\s)(?:and|or)\s+{_PLACE_NAME}")
_NOT_LOCALITY = frozenset(
    {*_MONTH_NAMES, *_MONTH_SHORT, *_WEEKDAYS,
     "The", "This", "That", "Its", "Their", "Europe", "Africa", "Asia", "Americas", "Oceania",
     "Greater", "Mainland"}
)  # fmt: skip
"""Capitalised words after "in" that name no place below a country: times, determiners, and
continents, which hold countries rather than lie in one; "in Greater China" is in China."""
PLACE_KINDS = frozenset(
    {"county", "province", "region", "district", "state", "city", "oblast", "governorate",
     "prefecture", "municipality", "town", "village", "camp"}
)  # fmt: skip
"""Words that say what kind of place a locality is: alone ("in the Region") they name none,
and a clause naming the place may leave them out."""
_CAUSES = {
    **dict.fromkeys(word_set("""cholera covid dengue disease ebola epidemic malaria measle
                               outbreak pandemic viru"""), "disease"),
    **dict.fromkeys(word_set("famine hunger malnutrition starv starvation"), "hunger"),
    **dict.fromkeys(word_set("""airstrike attack bomb bombardment clash combat conflict fight
                               shell strike violence war"""), "violence"),
    **dict.fromkeys(word_set("""cyclone earthquake flood heatwave hurricane landslide quake storm
                               tsunami typhoon wildfire"""), "disaster"),
}  # fmt: skip
"""What killed or hurt the people a toll counts: cholera's 300 dead are not the war's 15,000."""
HARMS = frozenset({"kill", "wound", "casualty"})
"""The events that count the dead and hurt."""
_DRIVEN_OUT = lazyre.compile(
    r"\b(?:forc(?:ed|ing)|driven)\s+(?:to\s+flee|from\s+(?:their\s+|its\s+)?homes?|out)\b", re.I
)
"""Being driven from home is displacement; "forcing the bank", "driven by spending" are not."""
_SHOT_DOWN = lazyre.compile(r"\bshot\s+down\b|\bdowned\b", re.I)
_INSIDE = word_set("inside internal internally within domestic domestically")
_INSIDE_WORD = lazyre.compile(r"\b(?:inside|within)\b")
_ABROAD = word_set("abroad oversea foreign neighbour neighbor border across cross refugee")
"""Where displaced people went: "7.7 million displaced inside the country", "2 million fled to
neighbouring countries" and "10 million uprooted" in all are three quantities."""


@dataclass(slots=True)
class Features:
    """Key terms, actors and years of one claim's clause, and its description for fuzzy scoring.

    Not frozen: built once per claim and never changed, and a frozen dataclass sets each of its
    many fields through object.__setattr__, which made building one a fifth slower."""

    terms: frozenset[str]
    actors: frozenset[str]
    years: frozenset[str]
    head: str
    key_terms: frozenset[str]
    """The terms that are neither an actor nor the counted noun: what names the quantity."""
    events: frozenset[str]
    """What happened to the counted things (killed, fled, deployed...), when the clause says."""
    directions: frozenset[str]
    """"up" or "down" when the clause tells of a change (raised, cut...)."""
    subject: str | None = None
    """The actor named first before the figure: who gave, sent or spent it ("the United States
    has provided $75 billion")."""
    base: str | None = None
    """What a share is of: "8% of its oil" -> "oil", "60% of crude imports" -> "import"."""
    base_words: frozenset[str] = frozenset()
    """The words before that head: "crude" in "60% of crude imports"."""
    measures: frozenset[str] = frozenset()
    """Which variant of a measure the clause names ("core", "net", "real"...), if any."""
    months: frozenset[str] = frozenset()
    """The months the clause dates its figure to ("in December"), not those it counts from."""
    cumulative: bool = False
    """True when the clause counts from a start ("since September 2022", "so far")."""
    around: frozenset[str] = frozenset()
    """The actors of the whole sentence, for a clause that names none itself (`Claim.about`:
    else of the paragraph before it, or of the document's title)."""
    aimed: bool = False
    """True when the clause states a goal or a forecast (`TARGETS`)."""
    future: bool = False
    """True when the clause tells what will be ("will jump by more than 4%", "are set to
    reach"): a forecast told without the word, or what is due, so it meets either."""
    whole: bool = False
    """True when the figure is the whole a part is counted of: "23 of NATO's 32 members"."""
    added: bool = False
    """True when the figure is an increment: "another 3,000 troops", "3,000 more troops"."""
    poll: bool = False
    """True for a figure of an opinion poll: "a YouGov poll put Reform on 25%"."""
    result: bool = False
    """True for a figure of an election's result: "At the election, Labour won 33.7%"."""
    threshold: bool = False
    """True for a bound that sorts the members of a share: "80% of mortgage holders have a rate
    below 6%" tells of no rate anyone pays."""
    per_head: bool = False
    """True when the figure is for each one of those counted ("$2,000 per month per soldier",
    "$2,000 each"), not for all of them."""
    combined: frozenset[str] | None = None
    """When the figure sums what several have ("Together the CDU/CSU and SPD have 338 seats",
    "37,000 acres between them"), the terms of the names its clause gives (actors as "@x");
    None when it does not."""
    causes: frozenset[str] = frozenset()
    """For a toll of dead or hurt: what killed or hurt them (`_CAUSES`), when the clause says."""
    localities: frozenset[str] = frozenset()
    """Places below a country the clause names for its figure (`_localities`)."""
    displaced: str | None = None
    """For people displaced: "inside" or "abroad" when the clause says where they went."""
    own_years: bool = False
    """True when the clause itself names the years (not the sentence before it)."""
    multi_year: bool = False
    """True when the clause spans several years ("over five years", "for 2024-27")."""
    nationality: frozenset[str] = frozenset()
    """The country named between a figure and what it counts: "28,500 US troops", "12,000
    North Korean troops"."""
    destination: str | None = None
    """Where the exports of the clause go ("shipments to China rose 6.6%")."""
    exporter: str | None = None
    """Whose exports they are, when the clause or its report says ("China's exports rose")."""
    exports: bool = False
    """True when the clause tells of exports or shipments."""
    owners: frozenset[str] = frozenset()
    """The names, other than countries, whose figure the clause gives: "Samsung's profit", "Lee
    won 49.4%" (`_owners`)."""
    stances: frozenset[str] = frozenset()
    """"for" or "against" when the clause tells a stance ("supported", "opposed"): a poll's
    share for a thing is not its share against it."""
    kinds: frozenset[str] = frozenset()
    """The commodities or kinds of trade the clause names (`KINDS`)."""
    subkinds: frozenset[str] = frozenset()
    """The kinds of engine the clause names (`POWERTRAINS`), or the colour of the medals its
    figure counts: kinds that a count of all of them is not."""
    indicators: frozenset[str] = frozenset()
    """The economic indicators the clause names (`INDICATORS`)."""
    sides: frozenset[str] = frozenset()
    """Which side of a budget the clause names, revenue or spending (`SIDES`)."""
    quarters: frozenset[str] = frozenset()
    """The quarters or halves of a year the clause dates its figure to ("the second quarter"),
    or the recent span it counts over ("over the past two months")."""
    modifiers: frozenset[str] = frozenset()
    """Figures the clause names its thing by ("the 10-year yield", "155mm shells"): "10-year"
    and "2-year" yields are two quantities."""
    year_end: bool = False
    """True when the clause dates its figure to a year's end, not to the whole year."""
    package: bool = False
    """True when the clause names one bill or package ("legislation providing $95 billion"),
    not a running total."""
    baseline: bool = False
    """True when the figure is what another is compared with ("up from 5 million in the
    summer"): a value of another time."""
    past: bool = False
    """True when a "when" clause dates the figure to a year gone by ("since 1939, when 33,000
    died"): it meets only figures that name that year."""
    paired: float | None = None
    """The other figure of a change told with its level: the level after a change ("rose 93%
    to $35.6 billion": 35.6e9), the change before a level ("rose 93% to $35.6 billion": 93)."""
    wide: bool = False
    """True when the clause counts across a continent or the world ("across the continent more
    than 17,000 suspected cases"): no figure of one country."""
    intraday: bool = False
    """True when the sentence tells a market's figure during the day ("by 1100 GMT",
    "intraday", "in early trade"): not where it settled or closed (`closing`)."""
    closing: bool = False
    """True when the clause tells where a price or index settled or closed."""
    peak: bool = False
    """True when the figure is a peak ("At the height of the emergency, some 200,000 people",
    "down from a peak of 180,000"): it meets only other peaks."""
    former: bool = False
    """A mark set before ("the previous record, set in 2023, was 73 minutes"): not the new one."""
    yearly: bool = False
    """True when the figure is a change on the same time a year before ("dropped 67% from a
    year earlier", "up 3% year on year"): not a change since a start ("down 40% since
    December")."""


_PEAK = lazyre.compile(
    r"\b(?:at\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:height|peak)|(?:a|the|its|their)\s+peak\s+of"
    r"|peak(?:ed|ing)?\s+(?:at|of)|at\s+(?:a\s+)?peak)\b",
    re.I,
)


_YEAR_ON_YEAR = lazyre.compile(
    r"\b(?:year[\s-]+on[\s-]+year|year[\s-]+over[\s-]+year"
    r"|(?:from|on|over|than|with|to)\s+(?:a|one|the\s+previous)\s+year\s+(?:earlier|before|ago)"
    r"|(?:from|on|than|with|in)\s+the\s+same\s+(?:month|quarter|period|week|day)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|(?:of\s+)?(?:last|the\s+previous)\s+year))\b",
    re.I,
)


def _paired(left: str, right: str, before: str) -> float | None:
    """`Features.paired`: the amount "to" gives right after a change, or the level a change
    after a comma is of ("reached $130.5 billion, up 114%"), or the change in percent right
    before "to" and a level."""
    match = _TO_AMOUNT.match(right) if right.startswith("to ") else None
    if match is None and before.endswith((" ", ",")) and "," in before[-40:]:
        match = _LEVEL_THEN_CHANGE.search(before, max(0, len(before) - 60))
    if match and not (match.group("s") is None and _YEAR.fullmatch(match.group("n"))):
        # NOTE: "1 million applications in 2024, down 11%": a year is no level
        value = float(match.group("n").replace(",", ""))
        return value * _LEVEL_SCALES.get((match.group("s") or "").lower(), 1.0)
    if left.endswith(" to") and (change := _CHANGE_TO.search(left)):
        return float(change.group("n"))
    return None


_CHANGE_TO = lazyre.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s?(?:%|percent|per\s?cent)\s+to$", re.I)

_LEVEL = (
    r"[$€£¥]?(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?P<s>thousand|million|billion|trillion|bn|tn|mn|m|k)\b)?"
)
"""An amount a change goes to or comes after, with its scale (`_LEVEL_SCALES`)."""
_LEVEL_HEDGE = r"(?:about\s+|around\s+|some\s+|nearly\s+)?"
_TO_AMOUNT = lazyre.compile(rf"to\s+{_LEVEL_HEDGE}{_LEVEL}", re.I)
_LEVEL_THEN_CHANGE = lazyre.compile(
    rf"{_LEVEL}(?:\s+[A-Za-z]+)?,\s+(?:up|down)(?:\s+by)?\s+{_LEVEL_HEDGE}$", re.I
)
_LEVEL_SCALES = {**numbers.SCALE_WORDS, **numbers.SCALE_ABBREVIATIONS}
_INTRADAY = lazyre.compile(
    r"\b(?:by|at|as\s+of)\s+\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|ET|EDT|EST|BST|CET|CEST|JST|a\.m\.|p\.m\.)"
    r"|\bintraday\b|\bin\s+(?:early|morning|afternoon|late|midday)\s+(?:trade|trading)\b"
    r"|\bearlier\s+in\s+the\s+session\b",
    re.I,
)
_CLOSING = lazyre.compile(r"\b(?:settled|settle|settling|closed|closing)\b", re.I)
_WIDE = lazyre.compile(
    r"\b(?:(?:across|throughout|around)\s+the\s+(?:continent|world|globe)|worldwide"
    r"|world-wide|globally|continent-wide|continentwide)\b",
    re.I,
)
_WIDE_HINT = lazyre.compile("ontinent|orld|lobe|lobally", re.I)
_PEAK_OPENING = lazyre.compile(
    r"\s*At\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?(?:height|peak)\b[^,;:]*,[^,;:]*$", re.I
)
"""An opening phrase that makes the clause after it a peak: "At the height of the emergency,
some 200,000 people", "At the storm's peak, 150,000 homes"."""


def _last_clause(before: str) -> str:
    """The words before a figure after the last comma or semicolon."""
    return before[max(before.rfind(","), before.rfind(";")) + 1 :]


def _is_peak(text: str) -> bool:
    return ("eak" in text or "eight" in text) and _PEAK.search(text) is not None


_FORMER = lazyre.compile(
    r"\b(?:previous|old|former|earlier|prior|original)\s+(?:goal|target|pledge|record|estimate"
    rf"|figure|level|forecast|projection|tally|count|cap|limit)\s+(?:of\s+)?{HEDGE_RUN}$",
    re.I,
)


_FORMER_HINT = lazyre.compile("revious|ld |rior|ormer|arlier|riginal")


def _is_former(before: str) -> bool:
    """True for a figure given as what was before: "tripling the previous goal of $100 billion
    a year", "the old target of 2%"."""
    return _FORMER_HINT.search(before) is not None and _FORMER.search(before) is not None


_BEFORE_EVENT = lazyre.compile(
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:quake|earthquake|war"
    r"|invasion|pandemic|crisis|conflict|storm|hurricane|cyclone|typhoon|floods?|coup|fighting"
    r"|disaster|outbreak|offensive))\b",
    re.I,
)
"""A time before the event a report is about: "Before the quake, 19.9 million people needed
aid" is not the number in need now."""


def features(
    claim: Claim, sentence_actors: frozenset[str] | None = None, occurrence: int = 0
) -> Features:
    """The features of `claim`, read from the clause of its sentence that holds the figure;
    `sentence_actors` are those of its sentence, when the caller has read them already;
    `occurrence` tells which of the figures written alike in the sentence it is."""
    at = locate(claim.sentence, claim.text, occurrence)
    left, right = clause(claim, at)
    left, right = _gdp_named(left), _gdp_named(right)
    window = f"{left} {right}"
    before = claim.sentence[:at] if at >= 0 else claim.sentence
    if dateline := _DATELINE_START.match(before):
        before = before[dateline.end() :]  # NOTE: "GENEVA, 11 December 2024 - There were ...":
        # the report's day, not its figures'
    # NOTE: "fell to 84.5% from 117.8% in December": the dates after a baseline are its own
    baseline_after = _BASELINE_AFTER.search(right) if "from" in right else None
    dated = f"{left} {right[: baseline_after.start()]}" if baseline_after else window
    # NOTE: a baseline is what was, never a goal; "compared with 114 billion euros from the
    # United States", "49%, against 35% for Kim" are another's figures of the same time
    baseline = (
        _is_baseline(before) and not (_COMPARED_BEFORE.search(before) and _FROM_ACTOR.match(right))
    ) or _is_former(before)  # NOTE: "tripling the previous goal of $100 billion": what was
    years = _years(dated)
    if baseline:
        # NOTE: "to 0.75 in 2024 from 0.72": 2024 is not its year, but "in the second half of
        # 2024 from 52.9% in the first half" is
        own = dated[len(left) + 1 :]
        if _years(own) or not _quarters(own):
            years = _years(own)
        dated = own
    span = bool(_SPAN.search(claim.sentence)) if _SPAN_HINT.search(claim.sentence) else False
    past = _when_year(claim, at)
    # NOTE: "about a third of the federal budget": a part told as a fraction is a share too
    shares = claim.unit in _SHARES or (claim.unit == "count" and 0 < claim.value < 1)
    base, base_words = _share_base(right, claim.text) if shares else (None, frozenset())
    if shares and base is None and (named_share := _SHARE_OF.search(window)):
        # NOTE: "defence spending as a share of GDP was 1.6%", "1.6%: spending as a share of
        # its GDP": the whole is named away from the figure
        base, base_words = _share_base(window[named_share.end() :], claim.text)
    actors, subject, rest = read_actors(window, before=len(left))
    if "respectively" in claim.sentence and (listed := _respective(claim.sentence, at)):
        actors, subject = frozenset({listed}), listed  # NOTE: "Russia and Ukraine supplied 20% and
        # 10% of wheat exports, respectively": 10% is Ukraine's
    if actors:
        # NOTE: "more than 4,700 injured in Israeli strikes": the striker is not whose hurt
        actors = actors - _named_only_in(_AGENT, window)
        subject = subject if subject in actors else None
    if "since" in window:
        # NOTE: "370,000 wounded since Russia's full-scale invasion": a time, neither whose
        # figure it is nor what it counts (on either side of the figure, up to it)
        rest = _without_since(rest, len(left))
        if actors:
            actors = actors_in(_without_since(window, len(left)))
            subject = subject if subject in actors else None
    rest = _without_parts_of_months(_said_plainly(rest, claim.unit))
    named = _name_words(rest)
    words = [
        (plain_stem(w) if w in named else stem(w))
        for w in _WORD.findall(rest.lower())
        if w not in IGNORED and not is_place(w)
    ]
    terms = {w for w in words if w not in IGNORED and len(w) > 2}
    head = stem(claim.unit) if claim.unit not in ("count",) else ""
    if head:
        terms.add(head)
    # NOTE: for a death toll the counted noun is the event itself ("12 dead", "died")
    key_terms = frozenset(terms if head in EVENTS else terms - {head})
    terms |= {f"@{a}" for a in actors}
    if not key_terms and actors:
        # NOTE: "21,000 Sudanese refugees crossed into Chad": where the clause says nothing
        # else, the countries it names are what names its figure
        key_terms = frozenset(f"@{a}" for a in actors)
    localities = (
        _landed_at(claim.sentence, _localities(window))
        or _landed_at(claim.sentence, _part_of_place(window))
        or _subject_place(left)
        or regions_in(window, alone=True)
        or _where_place(claim.sentence, at)
        or _reporting_place(before)
        or _EMPTY
    )
    if not key_terms and localities:
        # NOTE: "The Texas Department of State Health Services reported 499 cases": where the
        # clause says nothing else, the place it counts in names its figure, as a country does
        key_terms = frozenset(stem(word) for place in localities for word in place.split())
        terms |= key_terms
    lowered = window.lower()
    # NOTE: most sets below are empty for most claims: one shared empty set stands for them,
    # and the rarer readers run only where a cheap test of the words finds a hint
    return Features(
        terms=frozenset(terms),
        actors=shared(actors),
        # NOTE: the years before a baseline date the figure it is compared with, not it
        years=shared(
            years or past or (_EMPTY if baseline else _years(before) or _years_after(claim, at))
        ),
        head=head,
        key_terms=key_terms,
        events=shared(_events(terms, head, window)),
        directions=frozenset(DIRECTIONS[t] for t in terms if t in DIRECTIONS)
        or _way_before(before)
        or (_DOWN_ONLY if is_signed_fall(claim) else _EMPTY),
        subject=subject,
        base=base,
        base_words=base_words or _EMPTY,
        measures=_measures(terms, window) or _EMPTY,
        months=_EMPTY if span else (_clause_months(dated, before, years) or _EMPTY),
        cumulative=span
        or _is_cumulative(window)
        or _counted_from_start(claim)
        or bool(_PASSING.search(before)),
        around=shared(actors or _sentence_actors(claim, sentence_actors, at)),
        displaced=_displaced(terms, lowered),
        causes=_causes(terms) or _EMPTY,
        # NOTE: "Texas had confirmed 700 cases" puts its figure in Texas as "in Texas" does
        localities=localities,
        past=bool(past) or bool(_BEFORE_EVENT.search(before)),
        # NOTE: "At the peak of the backlog, 163 vessels were queuing, against about 90 on a
        # normal day": what the peak is compared with is no peak
        peak=_is_peak(f"{_last_clause(before)} {right}")
        if baseline
        else _is_peak(window) or _PEAK_OPENING.match(before) is not None,
        former=("revious" in window or "rior" in window or "ormer" in window)
        and _FORMER_MARK.search(window) is not None,
        yearly="year" in lowered and _YEAR_ON_YEAR.search(window) is not None,
        wide=_WIDE_HINT.search(window) is not None and _WIDE.search(window) is not None,
        intraday=_INTRADAY.search(claim.sentence) is not None,
        closing=("ettl" in lowered or "clos" in lowered) and _CLOSING.search(window) is not None,
        paired=_paired(left, right, before),
        own_years=bool(years),
        baseline=baseline,
        package=not terms.isdisjoint(PACKAGES),
        multi_year=_is_multi_year(window, lowered, bool(years)),
        year_end=bool(years) and _YEAR_END.search(window) is not None,
        owners=_owners(left, window) or _speaker_owner(before) or _EMPTY,
        nationality=_nationality(right),
        **_trade_way(window, left, subject, actors),
        stances=_stances(lowered, len(left)) or _EMPTY,
        kinds=frozenset(KINDS[t] for t in terms if t in KINDS) or _EMPTY,
        subkinds=_subkinds(claim, at, terms),
        indicators=frozenset(terms & INDICATORS) or _EMPTY,
        sides=frozenset(SIDES[t] for t in terms if t in SIDES) or _EMPTY,
        quarters=_own_quarters(dated, claim.sentence),
        modifiers=_modifiers(window, lowered) or _EMPTY,
        aimed=not baseline and (_is_aimed(terms, rest, before) or _aimed_label(claim, at)),
        future=not baseline
        and (
            _FUTURE.search(left) is not None
            or (claim.line == 1 and _HEADLINE_TO.search(left) is not None)
        ),
        added=_is_added(claim, at) or _is_part(claim.sentence, at, terms, claim.text),
        whole=(" of " in before[-24:] and _PART_OF.search(before) is not None)
        or _SIZE_COMPOUND.match(right) is not None,
        per_head=_PER_HEAD.search(window) is not None,
        poll=not terms.isdisjoint(_POLLS),
        result=terms.isdisjoint(_POLLS) and _is_result(claim.sentence, at),
        threshold=claim.qualifier in _BOUNDS and _THRESHOLD.search(left) is not None,
        combined=_combined(window, claim.sentence, actors, before)
        if _COMBINED_HINT.search(window)
        else _summed_parts(claim.sentence, at + len(claim.text), actors)
        if at >= 0
        else None,
    )


_EMPTY: frozenset[str] = frozenset()


def _combined(
    window: str, sentence: str, actors: frozenset[str], before: str
) -> frozenset[str] | None:
    """The names a clause that sums what several have gives (`Features.combined`), with those
    of a list before the figure that holds one of them ("Amazon, Microsoft, Alphabet and Meta
    together plan to spend"), else those of its sentence: "The two largest fires, Palisades and
    Eaton, have burned more than 37,000 acres between them"."""
    if not _COMBINED.search(window) or _ONE_ALONE.search(window):
        return None  # NOTE: "Together they killed more than 50,000 people in Turkey alone"
    names = _names(window)
    for listed in _NAMES_LISTED.finditer(before) if names else ():
        if not names.isdisjoint(found := _names(listed.group())):
            names |= found
    names = names or _names(sentence)
    return frozenset(names | {f"@{actor}" for actor in actors})


def _summed_parts(sentence: str, end: int, actors: frozenset[str]) -> frozenset[str] | None:
    """For a figure whose parts follow it in brackets, each with its name ("about 37,000 acres
    (Palisades 23,400; Eaton 14,000)"), the names it sums (`Features.combined`); else None."""
    if "(" not in sentence[end : end + 40]:
        return None
    parts = _PARTS_AFTER.match(sentence, end)
    if parts is None:
        return None
    return frozenset(_names(parts.group("parts")) | {f"@{actor}" for actor in actors})


_PARTS_AFTER = lazyre.compile(
    r"\s*(?:[a-z]+\s+){0,3}\((?P<parts>(?:[A-Z][\w'’.-]*\s+){1,3}\d[\d,.]*[^;,()]*[;,]\s*"
    r"(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}\d[^()]*)\)"
)
_HEADLINE_TO = lazyre.compile(r"\bto\s+[a-z]+\s*$")
"""A headline's infinitive, which tells what will be: "Big Tech to spend $320 billion"."""
_NAMES_LISTED = lazyre.compile(r"(?:[A-Z][\w&-]*,\s+)+[A-Z][\w&-]*,?\s+(?:and|&)\s+[A-Z][\w&-]*")


def _names(text: str) -> set[str]:
    words = _CAPITALISED.findall(text)
    return {stem(w) for w in words if w.lower() not in STOP} - _COMBINED_WORDS


_CAPITALISED = lazyre.compile(r"\b[A-Z][\w&-]*")
_COMBINED_WORDS = frozenset({"together", "combined", "altogether", "jointly", "across"})


def _sentence_actors(claim: Claim, known: frozenset[str] | None, at: int) -> frozenset[str]:
    """The actors of the claim's sentence (`known` when read already), but for those only of who
    said it: "14 million people have been displaced, according to the US special envoy" is no
    figure of the United States, nor "The UN's humanitarian office OCHA said some 1.9 million
    people" the UN's."""
    actors = actors_in(claim.sentence) if known is None else known
    if actors and at >= 0 and (other := _OTHER_FIGURE_AFTER.search(claim.sentence, at)):
        # NOTE: "only about 1.3% of GDP, well below the 3.4% of GDP that the United States
        # devotes": whose the figure compared with is, not whose this one is
        after = actors_in(claim.sentence[other.start() :])
        actors = actors - (after - actors_in(claim.sentence[: other.start()]))
    if actors and at >= 0 and (later := _LATER_CLAUSE.search(claim.sentence, at)):
        # NOTE: "the IOM recorded 2,452 dead in the Mediterranean, and Caminando Fronteras, a
        # Spanish NGO, counted 10,457 deaths on the route to Spain": the next clause's subject
        # and what it says are its own
        after = actors_in(claim.sentence[later.start() :])
        actors = actors - (after - actors_in(claim.sentence[: later.start()]))
    for aside in (_AGENT, _SINCE_PHRASE):
        # NOTE: "610 people were killed in Israeli strikes": whose strikes they were is not
        # whose dead; "since Russia's full-scale invasion" is a time
        if actors:
            actors = actors - _named_only_in(aside, claim.sentence)
    if actors and (dateline := _DATELINE_START.match(claim.sentence)):
        # NOTE: "LONDON, March 4 (Reuters) - Houthi attacks ...": where the report was filed is
        # none of its figures' actors, when the sentence names its own
        actors = actors_in(claim.sentence[dateline.end() :]) or actors
    if actors and claim.attribution:
        said = claim.sentence.find(claim.attribution)
        if 0 <= said < at:
            left = actors - actors_in(claim.sentence[: said + len(claim.attribution)])
            return left or _own_body(claim.attribution, actors)
        # NOTE: "Israeli attacks on Lebanon have killed 2,867 people, Lebanon's health ministry
        # said": an actor the clause names too stays
        if said_by := actors & actors_in(claim.attribution):
            actors = actors - (said_by - actors_in(claim.sentence.replace(claim.attribution, " ")))
            return actors or _own_body(claim.attribution, said_by)
    return actors


def _named_only_in(aside: re.Pattern[str], text: str) -> frozenset[str]:
    """The actors `text` names inside phrases that `aside` matches and nowhere else."""
    found = aside.search(text)
    if found is None:
        return _EMPTY
    return actors_in(text[found.start() :]) - actors_in(aside.sub(" ", text))


def _respective(sentence: str, at: int) -> str | None:
    """The actor a figure goes with when a sentence names several actors, then as many figures,
    "respectively": the one in the same place in its list."""
    if at < 0:
        return None
    named = [(end, actor) for start, end, actor in actors_in_order(sentence) if start < at]
    order = list(dict.fromkeys(actor for _, actor in named))
    if len(order) < 2:
        return None
    last = named[-1][0]
    stop = sentence.find("respectively", at)
    if stop < 0:
        return None
    figures = [m.start() for m in _LISTED_FIGURE.finditer(sentence, last, stop)]
    if len(figures) != len(order) or at not in figures:
        return None
    return order[figures.index(at)]


_LISTED_FIGURE = lazyre.compile(r"(?<![\w.,])[$€£¥]?\d")
"""Where a figure of a list starts."""
_AGENT = lazyre.compile(
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:air|missile|drone|artillery|rocket)\s+)?"
    r"(?:air\s?strikes?|strikes?|attacks?|fire|missiles?|shelling|bombardments?|bombings?"
    r"|raids?|rockets?)\b"
)
"""Strikes named by whose they are ("Israeli strikes", "Iranian missile fire"), which tell who
struck, not whose the dead are."""
_OTHER_FIGURE_AFTER = lazyre.compile(
    r",\s+(?:(?:well|far|just|slightly|much|way)\s+)?(?:below|above|behind|ahead\s+of"
    r"|compared\s+(?:with|to)|against|versus|more\s+than|less\s+than|short\s+of)"
    r"\s+(?:the\s+|an?\s+)?(?:[$€£¥]\s?)?\d"
)
"""A comparison with another figure after a figure's clause."""
_LATER_CLAUSE = lazyre.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+)?[A-Z][a-z]|,\s+of\s+wh(?:ich|om)\b"
)
"""Another clause after a figure's, of a subject of its own that a name opens: ", and the
Belarus border saw arrivals nearly triple"; not ", and most of them are in Chad", which goes
on of the figure before; or a part's ("pledged 7 billion euros, of which 1 billion euros came
from the European Union": the whole is not the EU's)."""


def _own_body(attribution: str, actors: frozenset[str]) -> frozenset[str]:
    """The country whose own ministry, authority or office tells a figure its clause names no
    one else for: "Egypt's Suez Canal Authority said revenue in January was $428 million" is
    Egypt's, as a country that says a figure alone tells its own ("Israel says 29 people were
    killed"); an envoy, a defence ministry or an international body speaks of others."""
    named = read_actors(attribution)
    if len(named.found) == 1 and named.rest.lower().split() in ([], ["the"]):
        return actors & named.found  # NOTE: "Israel says 29 people were killed on its side"
    match = _OWN_BODY.match(attribution)
    if match is None or _WATCHING_OTHERS.search(match.group()):
        return _EMPTY  # NOTE: "Japan's defence ministry said the missile flew 1,100 km"
    return actors & actors_in(match.group("whose"))


_OWN_BODY = lazyre.compile(
    r"(?:the\s+)?(?P<whose>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+(?:[\w-]+\s+){0,4}"
    r"(?i:ministry|authority|office|agency|bureau|department|statistics|central\s+bank"
    r"|health\s+service|statistical\s+service|census|customs|treasury)\b"
)
_WATCHING_OTHERS = lazyre.compile(
    r"\b(?:defen[cs]e|foreign|military|intelligence|security|war|armed|joint\s+chiefs)\b", re.I
)
"""Bodies that tell of other countries' doings more than of their own."""


def _trade_way(
    window: str, left: str, subject: str | None, actors: frozenset[str]
) -> dict[str, Any]:
    """The destination and the exporter of the exports a clause tells of, when it says; of
    imports from a country, that country's exports to the importer."""
    if not _EXPORTS.search(window):
        return _imports_from(window, subject, actors)
    if not _TO_COUNTRY.search(window):
        return {"exporter": subject, "exports": True}
    # NOTE: the nearest "to" before the figure, else the first after it: "Exports to the US
    # rose 4.9%, while those to Russia fell 4.1%"; no country sent to is the exporter
    places = list(_TO_PLACE.finditer(window))
    before = [m for m in places if m.end() <= len(left)]
    match = before[-1] if before else places[0]
    named = sorted(actors_in(match.group("to")))
    destination = named[0] if len(named) == 1 else None
    sent_to = {actor for m in places for actor in actors_in(m.group("to"))}
    others = actors - sent_to
    exporter = subject if subject not in sent_to else None
    if exporter is None and len(others) == 1:
        exporter = next(iter(others))
    return {"destination": destination, "exporter": exporter, "exports": True}


def _imports_from(window: str, subject: str | None, actors: frozenset[str]) -> dict[str, Any]:
    """ "Imports from China rose 2.8%": China's exports to the importer the clause names, or to
    one it leaves unnamed, which are not all China's exports."""
    if "mport" not in window or not (match := _IMPORTS_FROM.search(window)):
        return {}
    named = actors_in(match.group("from"))
    if len(named) != 1:
        return {}
    (exporter,) = named
    importer = subject if subject and subject != exporter else None
    if importer is None:
        others = actors - named
        importer = next(iter(others)) if len(others) == 1 else UNNAMED_IMPORTER
    return {"destination": importer, "exporter": exporter, "exports": True}


UNNAMED_IMPORTER = "an importer"
"""The destination of imports from a country whose importer the clause leaves unnamed."""
_IMPORTS_FROM = lazyre.compile(
    r"\b[Ii]mports?\b[^.;:]{0,30}?\bfrom\s+(?P<from>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)
_EXPORT_WORDS = r"(?:[Ee]xports?|[Ss]hipments?|exported|shipped)"
_EXPORTS = lazyre.compile(rf"\b{_EXPORT_WORDS}\b")
_TO_PLACE = lazyre.compile(r"\bto\s+(?P<to>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
"""A name sent to: "to the United States"."""
_TO_COUNTRY = lazyre.compile(rf"\b(?:{_EXPORT_WORDS}|[Ss]ales)\b[^.;:]{{0,30}}?{_TO_PLACE.pattern}")
"""Exports sent to a name: "Shipments to China"."""


def _is_baseline(before: str) -> bool:
    if not any(word in before for word in ("from", "From", "ompared", "gainst", "ersus", "vs")):
        return False
    return _FIGURE_BASELINE.search(before) is not None


def _modifiers(window: str, lowered: str) -> frozenset[str]:
    if not any(word in lowered for word in ("year", "month", "week", "day", "mm", "enriched")):
        return _EMPTY
    return frozenset(m.group().lower() for m in _MODIFIER.finditer(window))


def _localities(window: str) -> frozenset[str]:
    """Places below a country the clause puts its figure in: "In El Fasher", "in Russia's Kursk
    region", "near the town of Pokrovsk" (countries and blocs are actors, not localities)."""
    if not _LOCATIVE_HINT.search(window):
        return frozenset()
    found = set()
    for match in _LOCALITY.finditer(window):
        start = match.start(1)
        if _NAME_NEAR.search(window, max(0, match.start() - 30), match.start() + 5):
            continue  # NOTE: "the Eaton Fire near Altadena": where a named thing is, not the
            # figure
        kind = _KIND_AFTER.match(window, match.end())
        if (
            not kind
            and not read_actors(window[start : start + 60]).rest[: len(match.group(1))].strip()
        ):
            continue  # NOTE: "in the Democratic Republic of the Congo": a country's long name
        names = [match.group(1)]
        end = match.end()
        while more := _AND_LOCALITY.match(window, end):
            # NOTE: "at Fordow and Natanz": each place of the list is one of the clause's
            names.append(more.group(1))
            end = more.end()
        kind = kind if end == match.end() else _KIND_AFTER.match(window, end)
        for name in names:
            # NOTE: "in South Korea": a place's name of several words is blanked as a whole
            named = read_actors(name).rest.split()
            words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in named]
            kept = [w.lower() for w in words if w and not is_place(w) and w not in _NOT_LOCALITY]
            if (
                not kept
                and kind
                and name is names[-1]
                and name.split()[0] not in _NOT_LOCALITY
                and not _KIND_OF.match(window, kind.end())
            ):
                # NOTE: "in Khartoum state", "in Kursk region": a known place's name before a
                # kind of place names that part of its country, not the country
                kept = [w.lower() for w in name.split()]
            if kept and not PLACE_KINDS.issuperset(kept):  # NOTE: "in the Region" names none
                found.add(" ".join(kept))
    return frozenset(found)


def _part_of_place(window: str) -> frozenset[str]:
    """The part of a country or territory named by its side: "entered northern Gaza" is not
    all Gaza; "Northern Ireland" is a part of the United Kingdom as well."""
    if "ern " not in window and "entral " not in window:
        return _EMPTY
    return frozenset(
        f"{match.group(1).lower()} {match.group(2).lower()}"
        for match in _SIDE_OF_PLACE.finditer(window)
        if is_place(match.group(2))
    )


def _subject_place(left: str) -> frozenset[str]:
    """A place below a country that opens the clause as its subject, named with its kind:
    "Gaines County accounts for roughly 315 of the Texas cases" counts in Gaines County, not all
    Texas."""
    match = _SUBJECT_PLACE.match(left)
    return frozenset({" ".join(match.group(1).lower().split())}) if match else _EMPTY


_SUBJECT_PLACE = lazyre.compile(
    r"\s*(?:The\s+)?((?:[A-Z][a-z][\w'’-]*\s+){1,3}"
    r"(?:County|Province|District|Oblast|Governorate|Prefecture|Municipality))\s+(?=[a-z])"
)
_SIDE_OF_PLACE = lazyre.compile(
    r"\b((?i:northern|southern|eastern|western|central|north-eastern|north-western"
    r"|south-eastern|south-western))\s+([A-Z][\w'’-]+)"
)


_KIND_OF = lazyre.compile(r"\s+of\b")
"""A kind of place that a name follows: "in Brazil's state of Rio Grande do Sul" is in Brazil's
state that the name after says, not in a state called Brazil."""
_POLLS = frozenset({"poll", "survey", "polling", "pollster"})


def _is_result(sentence: str, at: int) -> bool:
    """True when the sentence tells an election's result up to the figure."""
    return "lection" in sentence and _RESULT.search(sentence, 0, max(at, 0)) is not None


_RESULT = lazyre.compile(
    rf"\belection\b[^.;]*\b{_WIN_VERBS}|\b{_WIN_VERBS}[^.;]*\b(?:at|in)\s+the\s+"
    r"(?:[\w-]+\s+){0,3}election\b",
    re.I,
)
_BOUNDS = frozenset({Qualifier.AT_MOST, Qualifier.AT_LEAST})
_THRESHOLD = lazyre.compile(
    r"(?:\d\s?(?:%|percent|per\s?cent)|\b(?:half|third|quarter|fifth|most|majority))\s+of\s+"
    r"[^,;:]*?\b(?:have|has|had|with|earn|earns|earned|earning|pay|pays|paid|paying|are|were"
    r"|live|lives|living|get|gets|got|receive|receives|received)\b[^,;:]*$",
    re.I,
)


def _subkinds(claim: Claim, at: int, terms: set[str]) -> frozenset[str]:
    """`Features.subkinds`: "1.76 million pure electric vehicles" -> {"electric"}; "40 gold
    medals" -> {"gold"}, where "91 medals overall" in a sentence of golds names no colour."""
    if claim.unit == "medals" and at >= 0:
        after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 12].split()
        colour = after[0].lower() if after else ""
        return frozenset({colour}) if colour in _MEDAL_COLOURS else _EMPTY
    return frozenset(POWERTRAINS[t] for t in terms if t in POWERTRAINS) or _EMPTY


_MEDAL_COLOURS = frozenset({"gold", "silver", "bronze"})


def _reporting_place(before: str) -> frozenset[str]:
    """The region that reports a count, or whose own officials or department do, which the
    clause leaves out as who said it: "Texas has reported 709 cases" and "The Texas Department
    of State Health Services reported 499 cases" count cases in Texas."""
    found: frozenset[str] = frozenset()
    if "report" in before and (match := _REPORTING_PLACE.search(before, max(0, len(before) - 80))):
        found = regions_in(match.group(1), alone=True)
    if not found and (match := _REPORTING_BODY.search(before, max(0, len(before) - 120))):
        found = regions_in(match.group(1))
    return found


_REPORTING_PLACE = lazyre.compile(rf"{_PLACE_NAME}\s+(?:has\s+|have\s+|had\s+)?reported\s+[^,;:]*$")
_REPORTING_BODY = lazyre.compile(
    r"\b([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?)\s+(?:State\s+|state\s+|[Hh]ealth\s+)?"
    r"(?:Department|Ministry|Office|Agency|officials|authorities|police|government)\b"
    r"[^,;:]{0,60}?\s(?:has\s+|have\s+|had\s+)?(?:reported|said|confirmed|counted|recorded)"
    r"\s+[^,;:]*$"
)
"""A region's own body that reports a count: "Texas health officials said", "the California
Department of Public Health confirmed"."""


def _where_place(sentence: str, at: int) -> frozenset[str]:
    """The place a "where" clause is of, named before its comma: "flooding Paiporta, where at
    least 45 people died" (a country's name is an actor, not a locality)."""
    if at <= 0 or "where" not in sentence:
        return frozenset()
    match = _WHERE_PLACE.search(sentence, max(0, at - 120), at)
    return _localities(f"in {match.group(1)}") if match else frozenset()


_WHERE_PLACE = lazyre.compile(rf"{_PLACE_NAME},\s+where\b[^,;:]*$")


def _causes(terms: set[str]) -> frozenset[str]:
    if terms.isdisjoint(HARMS):
        return frozenset()
    return frozenset(_CAUSES[t] for t in terms if t in _CAUSES)


def _displaced(terms: set[str], lowered: str) -> str | None:
    if "flee" not in terms:
        return None
    if not terms.isdisjoint(_INSIDE) or _INSIDE_WORD.search(lowered):
        return "inside"  # NOTE: "inside" and "within" are no terms (`IGNORED`)
    return "abroad" if not terms.isdisjoint(_ABROAD) else None


_SHARE_VERBS = word_set("""
goes go went comes come came lives live lived holds hold held remains remain makes make
takes take gets get needs need supports support backs back opposes oppose favours favors
owns own works work earns earn lacks lack faces face believes believe thinks think
starts start started ends ended passes passed crosses crossed flows flowed moves moved
travels travelled traveled originates originated
""")
"""Verbs that may follow the whole a share is of: "of the population lives in cities", "of the
canal's cargo starts or ends in the United States"."""


def _share_base(right: str, figure: str) -> tuple[str | None, frozenset[str]]:
    """The head noun of the "of ..." phrase right after a share, stemmed, and the words before
    it but places: "of Americans support" -> "american", "of US crude imports" -> "import" and
    {"crude"}, "of its oil from" -> "oil"; after a half, "of" may be left out ("half the
    population")."""
    match = _OF.match(right)
    if match is None and figure[-4:].lower() == "half":
        match = _HALF_WHOLE.match(right)
    if match is None:
        return None, frozenset()
    phrase: list[str] = []
    for word in _WORD.findall(right[match.end() :].lower()):
        if word in _NOT_COUNTED:
            if phrase:
                break
            continue
        if phrase and is_place(word) and not is_place(phrase[-1]):
            break  # NOTE: "of the artillery ammunition Russia fires": the noun came before
        if phrase and (word in _SHARE_VERBS or word in _TIME_AFTER):
            break  # NOTE: "a third of the budget goes to defence": the verb after the noun;
            # "of the federal budget last year": when, after it
        phrase.append(word)
        if is_plural(word):
            break
    if not phrase:
        return None, frozenset()
    base, before = stem(phrase[-1]), {stem(w) for w in phrase[:-1] if not is_place(w)}
    base = _MARKET_SHARE.get(base, base)  # NOTE: "8% of sales" is "8% of the market"
    if base in _BUDGET_SIDES and "budget" in before:
        base, before = "budget", before - {"budget"} | {base}  # NOTE: "of budget income"
    return base, frozenset(before)


_MARKET_SHARE = {"market": "sale", "registration": "sale"}
"""Wholes of a share that are one: a share of the market is one of its sales, by count or by
value, and so is one of new cars registered."""


def _events(terms: set[str], head: str, window: str) -> frozenset[str]:
    """What happened to the counted things; "killed or wounded" is one event, casualties, and
    so is "destroyed or damaged"; a weapon sent at a target is one launched: "sent 272 drones
    overnight" is "launched 273 drones", "supplied 2,000 drones to Russia" is not."""
    events = terms & EVENTS
    if {"kill", "wound"} <= events:
        events = (events - {"kill", "wound"}) | {"casualty"}
    if {"destroy", "damag"} <= events:
        events = (events - {"destroy", "damag"}) | {"destroy or damage"}
    if "deploy" in events and head in _FIRED and _SENT_AT.search(window):
        events = (events - {"deploy"}) | {"launch"}
    return frozenset(events)


_FIRED = frozenset({"drone", "missile", "rocket", "shell", "shah", "bomb"})
"""What is fired (as stems), which a verb of sending launches."""
_SENT_AT = lazyre.compile(r"\bsen(?:t|ds?)\b(?=[^.;]*\b(?:overnight|at|against|towards?)\b)")
"""A verb of sending with a target or a night after it: weapons sent in an attack."""


def _when_year(claim: Claim, at: int) -> frozenset[str]:
    if "when" not in claim.sentence:
        return frozenset()
    match = _WHEN_YEAR.search(claim.sentence, 0, at) if at > 0 else None
    return frozenset({match.group("y")}) if match else frozenset()


def _is_part(sentence: str, at: int, terms: set[str], figure: str) -> bool:
    """True for a part of the figure before, told as a part and counting the same things: "2
    million have fled, including some 600,000 to Chad"; "including some 300 killed" tells of an
    event of its own, which keeps it apart from figures of other events already. A part of the
    figure after: "to help 3.9 million people, out of 5.5 million in need"."""
    if at > 0 and "worth" in sentence and _WORTH_OF_PART.search(sentence, max(0, at - 80), at):
        return True  # NOTE: "buying about half of all US soybean exports, worth $12.8 billion":
        # the worth of a part
    if "out of" in sentence and _OUT_OF_WHOLE.match(sentence, at + len(figure)):
        return True
    return (
        at > 0
        and _PART_AFTER_INCLUDING.search(sentence, max(0, at - 40), at) is not None
        and terms.isdisjoint(EVENTS)
    )


_OUT_OF_WHOLE = lazyre.compile(
    rf"[^.;:\d]{{0,40}}?\bout\s+of\s+(?:a\s+total\s+of\s+|the\s+)?{HEDGE_RUN}\d", re.I
)
"""A figure told as a part of a whole after it: "to help 3.9 million people, out of 5.5 million
in need"."""
_WORTH_OF_PART = lazyre.compile(
    r"\b(?:half|(?:a|one|two)[\s-]+(?:third|quarter|fifth)s?|two-thirds|three-quarters|\d+(?:\.\d+)?"
    rf"\s?(?:%|percent|per\s?cent))\s+of\b[^,;:]*,\s*worth\s+{HEDGE_RUN}$",
    re.I,
)


def _is_added(claim: Claim, at: int) -> bool:
    """True for an increment: "another 3,000 troops", "a further $2.5 billion", "3,000 more",
    or one part of several: "sent 1,500 in October, the first of four planned waves"."""
    sentence = claim.sentence
    if ("irst" in sentence or "nitial" in sentence) and _FIRST_PART.search(sentence):
        return True
    if not _ADDED_HINTS.search(claim.sentence):
        return False
    if at < 0:
        return False
    end = at + len(claim.text)
    return bool(
        _ADDED_BEFORE.search(claim.sentence, max(0, at - 40), at)
        or _MORE_AFTER.match(claim.sentence, end)
    )


def _measures(terms: set[str], window: str) -> frozenset[str]:
    found = terms & MEASURES
    if "median" in found and _MEDIAN_LINE.search(window):
        found = found - {"median"}  # NOTE: a median line is a line, not a median of figures
    if "real" in found and "economy" in terms and "nominal" not in found:
        found = found - {"real"}  # NOTE: an economy grows in real terms unless told otherwise
    if "special" in terms and _SPECIAL_FORCES.search(window):
        found = found | {"special"}  # NOTE: special forces are a part of the troops sent
    return frozenset(found)


_MEDIAN_LINE = lazyre.compile(r"\bmedian\s+lines?\b", re.I)


def _without_since(window: str, figure: int) -> str:
    """`window` without its phrases of where a count starts, each side of the figure (at offset
    `figure`) apart."""
    return f"{_SINCE_PHRASE.sub(' ', window[:figure])}{_SINCE_PHRASE.sub(' ', window[figure:])}"


def _nationality(right: str) -> frozenset[str]:
    """The countries the first words after a figure name, before what it counts."""
    if not right[:1].isupper():
        return _EMPTY
    return shared(actors_in(" ".join(right.split()[:3])))


_FUTURE = lazyre.compile(
    r"\b(?:will|(?:is|are)\s+set\s+to|(?:is|are)\s+due\s+to|(?:may|could|might)\s+(?:well\s+)?"
    r"(?:be|reach|rise|climb|fall|drop|top|exceed|hit|grow|shrink|double|triple|treble|halve"
    r"|increase|decrease|decline|jump|soar|surge|more\s+than\s+double)|would|(?:now\s+)?sees?"
    r"|foresees?|(?:is|are)\s+(?:now\s+)?seen)\b",
    re.I,
)
"""What will be, may be or would be ("Ghana's crop may be as small as 650,000 tonnes", "the bill
would have raised", "the staff see inflation averaging 1.7%", "inflation is seen averaging
2.4%"), not what was ("may have reached")."""


def is_signed_fall(claim: Claim) -> bool:
    """True for a change in percent or points written with a minus sign ("| iPhone | -0.8% |"):
    a fall, compared by its size (`reconcile.comparable`); the text tells it, whatever value the
    claim compared carries."""
    return claim.unit in _SHARES and claim.text[:1] in "-−–"


def _way_before(before: str) -> frozenset[str]:
    """The way "up" or "down" right before a figure says it went ("revenue down 11.1%"); as a
    particle elsewhere ("voted it down") they tell none."""
    if "up" not in before and "down" not in before:
        return _EMPTY
    found = _UP_OR_DOWN.search(before)
    return frozenset({found.group(1).lower()}) if found else _EMPTY


def _gdp_named(text: str) -> str:
    return _GDP.sub("GDP", text) if "omestic product" in text else text


def _without_parts_of_months(text: str) -> str:
    if "late" in text or "early" in text or "mid" in text:
        return _PART_OF_MONTH.sub(" ", text)
    return text


def _is_aimed(terms: set[str], rest: str, before: str) -> bool:
    """True for a goal or a forecast: told in a word of the clause, or in a forecast that a
    clause of "with" goes on with."""
    if not terms.isdisjoint(TARGETS) and _aims(rest):
        return True
    if "analyst" in terms and _ANALYSTS_FORECAST.search(before, max(0, len(before) - 60)):
        return True  # NOTE: "above analysts' estimates of $38.05 billion" is what they expected
    return "with" in before and _WITH_AFTER_FORECAST.search(before) is not None


_ANALYSTS_FORECAST = lazyre.compile(
    r"\banalysts?['’]?\s+(?:[\w-]+\s+){0,3}?(?:estimates?|consensus)\b[^\d.;]*$", re.I
)
"""What analysts' estimates of a figure are: what they expected of it."""


def _aimed_label(claim: Claim, at: int) -> bool:
    """True when the label its line opens with makes the figure a forecast: "Staff projections
    (September): HICP inflation 2.1% (2025)"."""
    if at < 0 or ":" not in claim.sentence[:at]:
        return False
    label = line_label(claim.sentence, at, alone=False)
    # NOTE: a label's first word is capitalised as the line's, not as a name ("Guidance for Q1")
    return (
        label is not None
        and len(label.split()) <= _LABEL_WORDS
        and _aims(label[:1].lower() + label[1:])
    )


_LABEL_WORDS = 4
"""A label is a few words; a longer clause before a colon says something of its own: "The
opposition did far better than expected: the INDIA bloc won 232 seats" forecasts nothing."""


def _aims(text: str) -> bool:
    """True when `text` says a goal or forecast in a word of its own: "plans to", "a target of";
    "the Humanitarian Response Plan" is a name; a target met or missed is what happened ("23
    allies had met the 2% target")."""
    if "target" in text or "goal" in text:
        text = _ATTAINED.sub(" ", text)
    if "planning" in text:
        text = _PLANNING_OFFICE.sub(" ", text)
    return any(stem(w) in TARGETS for w in _LOWER_WORD.findall(text))


_ATTAINED = lazyre.compile(
    r"\b(?:met|meets?|meeting|reach(?:ed|es|ing)?|hit(?:s|ting)?|miss(?:ed|es|ing)?"
    r"|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat(?:en|s)?|achiev(?:ed|es|ing))"
    r"\s+(?:[\w%.'’-]+\s+){0,4}?(?:targets?|goals?)\b"
)
"""A target or goal told as met or missed, which is no goal of the figure."""
_PLANNING_OFFICE = lazyre.compile(
    r"\bplanning\s+(?:minister|ministry|commission|department|agency|authority|office|board"
    r"|officials?|chief|secretary|permission|rules|laws?)\b"
)
"""Planning as an office or a rule ("the planning minister said"), which plans no figure."""


_LOWER_WORD = lazyre.compile(r"(?<![\w-])[a-z][a-z\-]+")
_WITH_AFTER_FORECAST = lazyre.compile(
    r"\b(?:forecasts?|expects?|projects?|predicts?|sees)\b[^.;:]*,\s+with\s+[^,;:]*$"
)
"""A clause of "with" after a forecast, which it goes on with: "The ICCO forecasts a deficit of
374,000 tonnes, with output down 10.9%" forecasts the fall too."""


_OF_NAME_END = lazyre.compile(r"\bof\s+((?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)\s*$")
_SPEAKER_OWNER = lazyre.compile(
    r"((?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*)['’]s\s+(?:chief\s+executive|chief\s+financial"
    r"\s+officer|CEO|CFO|chairman|chairwoman|boss|founder|president|spokes(?:man|woman|person))"
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:said|says|told)\b[^.;:]*$"
)


def _speaker_owner(before: str) -> frozenset[str]:
    """The company whose own officer gives the figure, which the clause leaves out as who said
    it: "Amazon's chief executive said spending would be around $100 billion" is Amazon's."""
    if "'s" not in before and "’s" not in before:
        return frozenset()
    match = _SPEAKER_OWNER.search(before)
    if match is None:
        return frozenset()
    # NOTE: "South Korea's military said" is a country's, which is an actor, not an owner
    named = read_actors(match.group(1)).rest
    return frozenset(w.lower() for w in named.split() if not _not_a_name(w))


def _owners(left: str, window: str) -> frozenset[str]:
    """Names before "'s" ("Samsung's operating profit") or opening the clause before a verb of
    winning ("Lee won 49.4% of the vote"), without countries, which are actors; and the words
    that tell a named plan, fund or law from others ("Regional Refugee" in "the Regional Refugee
    Response Plan seeks $1.4 billion")."""
    found = set()
    if "'s" in left or "’s" in left or _WINNER_HINT.search(left):
        left = read_actors(left).rest  # NOTE: "South Korea's" is a country's, not South's
        winner = _WINNER.match(left) or _last_winner(left)
        for match in (*_OWNER.finditer(left), winner, _SIDE_WINNER.match(left)):
            if match:
                found |= {
                    w.lower()
                    for w in match.group(1).split()
                    if not _not_a_name(w) and w.lower() not in _SIDE_WORDS
                }
    if " of " in left and (named := _OF_NAME_END.search(read_actors(left).rest)):
        # NOTE: "Meta has set a budget of $60 billion, and Alphabet about $75 billion": the
        # elided clause, "a budget of Alphabet", is Alphabet's
        found |= {w.lower() for w in named.group(1).split() if not _not_a_name(w)}
    if _INSTRUMENT_HINT.search(window):
        for match in _INSTRUMENT.finditer(window):
            found |= {
                w.lower()
                for w in match.group(1).split()
                if not _not_a_name(w) and w.lower() not in _GENERIC_NAME_WORDS
            }
    return frozenset(found)


def _last_winner(left: str) -> re.Match[str] | None:
    """A name and its verb of winning right before the figure, after an opening phrase: "In the
    final survey, Lee led with 49%"."""
    found = [*_WINNER_LATE.finditer(left, max(0, len(left) - 80))]
    last = found[-1] if found else None
    return last if last and len(left) - last.end() <= _WINNER_REACH else None


_WINNER_LATE = lazyre.compile(rf"\b{_WINNER_NAME}\s+{_WIN_VERBS}")
_WINNER_REACH = 12
"""How far before the figure the verb of winning may stand: "led with", "took about"."""


def _not_a_name(word: str) -> bool:
    return is_place(word) or word in _NOT_LOCALITY or word.lower() in STOP


def _stances(lowered: str, figure: int) -> frozenset[str]:
    """For and against what the figure counts, in the clause `lowered` (the figure stood at
    offset `figure`)."""
    found = set()
    if any(word in lowered for word in _FOR_HINTS) and _FOR.search(lowered):
        found.add("for")
    if any(word in lowered for word in _AGAINST_HINTS) and any(
        not _compared_against(lowered, match.end(), figure) for match in _AGAINST.finditer(lowered)
    ):
        found.add("against")
    return frozenset(found)


def _compared_against(lowered: str, end: int, figure: int) -> bool:
    """True when the "against" that ends at `end` sets a figure beside another, this one or a
    figure of its own a few words on: "some 2 million active personnel against Taiwan's
    roughly 169,000", "3.1% against 2.9% a year earlier"."""
    if end <= figure and len(lowered[end:figure].split()) <= _COMPARED_WORDS:
        return True
    return _FIGURE_AFTER_AGAINST.match(lowered, end) is not None


_COMPARED_WORDS = 3
_FIGURE_AFTER_AGAINST = lazyre.compile(r"(?:\s+[\w'’]+){0,3}?\s+[$€£¥]?\d")


_FOR_HINTS = ("support", "back", "favo", "approv")
_AGAINST_HINTS = ("oppos", "against", "disapprov", "reject")


def _own_quarters(dated: str, sentence: str) -> frozenset[str]:
    """The parts of a year the clause dates its figure to, but for the weekday its sentence
    says it was told on: "Nvidia said on Wednesday its revenue rose to $39.3 billion"."""
    found = _quarters(dated)
    if found.isdisjoint(WEEKDAYS):
        return found or _EMPTY
    told = {
        match.group(1).capitalize()
        for match in _WEEKDAY.finditer(sentence)
        if _SAID_ON.search(sentence, max(0, match.start() - 24), match.start())
    }
    return (found - told) or _EMPTY


_WEEKDAY = lazyre.compile(rf"\b({'|'.join(_WEEKDAYS)})\b", re.I)
_SAID_ON = lazyre.compile(
    r"\b(?:said|says|announced|reported|told\s+(?:[A-Z][\w.]*\s+){1,3})\s*(?:on\s+)?$", re.I
)
"""A verb of telling right before a weekday: the day the figure was told."""


def _quarters(window: str) -> frozenset[str]:
    """ "in the second quarter", "Q3", "in the first half": which part of a year; "over the
    past two months": which span before the report."""
    if not _QUARTER_HINT.search(window):
        return frozenset()
    found = set()
    for match in _QUARTER.finditer(window):
        if match.group("span"):
            found.add("past " + " ".join(match.group("span").lower().rstrip("s").split()))
        elif match.group("night"):
            found.add("overnight")
        elif match.group("weekday"):
            found.add(match.group("weekday").capitalize())
        elif match.group("ytd"):
            found.add("this year")
        elif match.group("round") or match.group("runoff"):
            found.add(f"round {(match.group('round') or 'second').lower()}")  # NOTE: an election's
        elif match.group("code"):
            found.add(match.group("code").upper())
        elif match.group("whole"):
            found.add("full year")  # NOTE: "full-year revenue" is no quarter's
        else:
            half = match.group("noun").lower() == "half"
            found.add(f"{'H' if half else 'Q'}{_ORDINALS[match.group('part').lower()]}")
    return frozenset(found)


def _is_multi_year(window: str, lowered: str, dated: bool) -> bool:
    if not dated and "year" not in lowered:
        return False  # NOTE: both forms name years: "over five years", "2024-27"
    for match in _MULTI_YEAR.finditer(window):
        if not match.group("first"):
            return True
        first, last = match.group("first"), match.group("last")
        if int(first[: 4 - len(last)] + last) - int(first) > 1:
            return True
    return False


def _counted_from_start(claim: Claim) -> bool:
    """True when the sentence opens by counting from a start or up to a date ("Since the war
    began, ...", "By June 2024, ..."); a share or rate up to a date is where it stood then ("By
    January it had fallen to 84.5%"), no running total."""
    if _FROM_START.match(claim.sentence) is None:
        return False
    return claim.unit not in _SHARES or _UP_TO_START.match(claim.sentence) is None


_UP_TO_START = lazyre.compile(r"\s*(?:By|As of)\b")


def _is_cumulative(window: str) -> bool:
    """True when the clause counts from a start: "since September 2022", "so far"."""
    return _CUMULATIVE.search(window) is not None


def _clause_months(window: str, before: str, years: frozenset[str]) -> frozenset[str]:
    """The months of the clause, else of the sentence before the figure (the clause is cut
    from it; months after the figure date other clauses: "sent 11,000 soldiers, and 3,000 more
    could follow by December"), unless the clause dates itself by a year ("reached 9.5% by the
    end of 2024, ... in October")."""
    if not _MONTH_HINT.search(window) and not _MONTH_HINT.search(before):
        return frozenset()
    return _months(window) or (frozenset() if years else _months(before))


def _months(text: str) -> frozenset[str]:
    """The months a clause dates its figure to, each with its day when the clause names one
    ("On the night of 9 February" is not "in February"); "since September" is where a count
    starts."""
    return frozenset(
        " ".join(
            filter(None, (_as_of(text, m), m.group("before") or m.group("after"), _month_name(m)))
        )
        for m in _MONTH.finditer(text)
        if not _SINCE.search(text, max(0, m.start() - 12), m.start())
        and not _SINCE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        and not _DATELINE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not _YEAR_STARTING.search(text, max(0, m.start() - 40), m.start())
        and not _names_event(text, m)
    )


def _names_event(text: str, match: re.Match[str]) -> bool:
    """True when the month names the event a figure is of (`_EVENT_AFTER`, `_EVENT_BEFORE`)."""
    return (
        _EVENT_AFTER.match(text, match.end()) is not None
        or _EVENT_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None
    )


def _as_of(text: str, match: re.Match[str]) -> str | None:
    """ "as of" when a day is the moment a count stood at ("as of 6 November"): a running
    total's date, not a part of it."""
    if not match.group("before") and not match.group("after"):
        # NOTE: "as of mid-April", "by the end of March": where a count stood, that month
        stood = _AS_OF_PART.search(text, max(0, match.start() - 24), match.start())
        return AS_OF if stood else None
    return AS_OF if _AS_OF.search(text, max(0, match.start() - 8), match.start()) else None


AS_OF = "as of"
_AS_OF = lazyre.compile(r"\b(?:as\s+of|as\s+at|by|until|through)\s+$", re.I)
_AS_OF_PART = lazyre.compile(
    r"\b(?:as\s+of|as\s+at|by)\s+(?:mid-?|early\s+|late\s+|the\s+(?:end|middle)\s+of\s+)$", re.I
)


def _month_name(match: re.Match[str]) -> str:
    return _FULL_MONTH[match.group("month")[:3]]


def locate(sentence: str, text: str, occurrence: int = 0) -> int:
    """Where the figure written `text` stands in `sentence`, the `occurrence`-th of those written
    alike, as a whole figure and not inside another ("2%" is not in "2.2%"); -1 if nowhere.
    The sentence before the figure is what dates it; the years and months after it date other
    clauses ("$428 million in January, ..., which earned $9.4 billion in 2022/23")."""
    found = -1
    start = sentence.find(text)
    while start >= 0:
        if _stands_alone(sentence, start, start + len(text)):
            found = start
            if occurrence == 0:
                return start
            occurrence -= 1
        start = sentence.find(text, start + 1)
    return found if found >= 0 else sentence.find(text)


def _stands_alone(sentence: str, start: int, end: int) -> bool:
    before = sentence[start - 2 : start] if start else ""
    after = sentence[end : end + 2]
    if before[-1:].isalnum() and sentence[start].isalnum():
        return False
    if before[-1:] in (".", ",") and before[:1].isdigit():
        return False  # NOTE: "2%" in "2.2%"
    if after[:1].isalnum() and sentence[end - 1].isalnum():
        return False
    return not (after[:1] in (".", ",") and after[1:2].isdigit() and sentence[end - 1].isdigit())


def _years_after(claim: Claim, at: int) -> frozenset[str]:
    """The years "in 2024" gives after the figure's clause and before the next figure: "At least
    2,452 migrants died or went missing while trying to cross the Mediterranean Sea in 2024,
    down from 3,155"."""
    if at < 0:
        return _EMPTY
    after = claim.sentence[at + len(claim.text) :]
    if not _YEAR.search(after):
        return _EMPTY
    end = next(
        (m.start() for m in _NUMBER_RUN.finditer(after) if not _YEAR.fullmatch(m.group())),
        len(after),
    )
    return frozenset(
        m.group("y")
        for m in _IN_YEAR.finditer(after, 0, end)
        if not _OTHER_TIME.search(after, 0, m.start())
    )


_NUMBER_RUN = lazyre.compile(r"\d[\d,.]*\d|\d")
_OTHER_TIME = lazyre.compile(r"\b(?:since|from|than|compared|versus|before|after|until)\b", re.I)
"""Words after which a year is another time's: "the highest since German reunification in
1990", "more than in 2023"."""
_IN_YEAR = lazyre.compile(r"\b(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–])")


def _years(text: str) -> frozenset[str]:
    """The years a text dates its figure to; "up 26% from 2022", "the highest since 2019" name
    a baseline, not the time of the figure."""
    if not _YEAR.search(text):
        return frozenset()
    if "average" in text or "baseline" in text or "level" in text:
        text = _REFERENCE_PERIOD.sub(" ", text)
    return frozenset(
        m.group()
        for m in _YEAR.finditer(text)
        if not _BASELINE.search(text, max(0, m.start() - 32), m.start())
    )


_REFERENCE_PERIOD = lazyre.compile(
    r"\b(?:above|below|than|over|under|relative\s+to|compared\s+(?:with|to)|against|versus)\s+"
    r"(?:the\s+|its\s+)?1[5-9]\d\d\s*(?:-|–|to)\s*(?:1[5-9]|20)?\d\d\s+"
    r"(?:average|baseline|mean|levels?)\b"
)
"""A period a figure is measured against: "1.6C above the 1850-1900 average" is not of 1850, where
"the 2015-2019 average was 3.2 million" is of those years."""


def _first_right_cut(right: str) -> re.Match[str] | None:
    """Where the clause after a figure ends first; not at a "who" right after it: "3.8 million
    who have fled abroad" tells by its relative clause what the bare figure counts."""
    cut = _RIGHT_CUT.search(right)
    if (
        cut
        and cut.group().lower() in ("who", "which", "whom")
        and _RELATIVE_OF_FIGURE.fullmatch(right, 0, cut.start())
    ):
        # NOTE: "153 aircraft, 111 of which crossed the median line": what the part did
        cut = _RIGHT_CUT.search(right, cut.end())
    return cut


_RELATIVE_OF_FIGURE = lazyre.compile(r"\s*(?:of\s+)?", re.I)
"""What may stand between a figure and a relative pronoun that tells what the figure counts:
nothing ("3.8 million who have fled") or "of" ("111 of which crossed")."""


_SHARED_OF = lazyre.compile(
    r"\s+(?:and|or)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?\d[\d.,]*\s?(?:%|per\s?cent"
    r"|percent)(?:,\s+(?:and|or)?\s*\d[\d.,]*\s?(?:%|per\s?cent|percent))*\s+(?P<of>of\s)",
    re.I,
)
"""Another share after a share, then what both are of: "20% and 10% of the world's wheat"."""


def _shared_of(unit: str, right: str) -> str:
    """The words after a share, or, when another share follows it, what both are of: "supplied
    20% and 10% of the world's wheat exports" (the first share is of what the second is of)."""
    if unit == "percent" and (shared := _SHARED_OF.match(right)):
        return f" {right[shared.start('of') :]}"
    return right


def clause(claim: Claim, at: int | None = None) -> tuple[str, str]:
    """The words of the figure's clause before and after it, a dozen at most each side; `at`
    is where the figure stands in its sentence (`locate`), when the caller knows."""
    sentence = claim.sentence
    at = locate(sentence, claim.text) if at is None else at
    if at < 0:
        return claim.quantity, ""
    cuts = list(_LEFT_CUT.finditer(sentence, 0, at))
    right = sentence[at + len(claim.text) :]
    if cuts and right.startswith(",") and _between_commas(sentence, at, cuts):
        return _apposition(sentence, at, cuts, right[1:])
    bare = claim.unit in ("count", "percent")
    left = _clause_start(sentence[:at], cuts, bare) if cuts else sentence[:at]
    # NOTE: "a 61.2 trillion won ($46.5 billion) defence budget": the clause goes on after a
    # conversion or a source in brackets right after the figure; "1.7% (2026)" is dated by them
    right = _shared_of(claim.unit, _BRACKETED.sub(_bracketed_year, right, count=1))
    if listed := _whole_label(sentence, at, cuts, right) or _list_item_clause(
        sentence, at, right, cuts, bare
    ):
        return listed
    if right.startswith(":") and _LIST_MARK.fullmatch(left):
        # NOTE: "1. $245 billion: China-Russia trade in 2024, a record.": a list that names
        # each figure after it
        right = right[1:]
    cut = _first_right_cut(right)
    if cut and cut.group() == "," and (aside := _ASIDE.match(right, cut.start())):
        # NOTE: "25.6 million people, more than half of the population, face acute hunger": the
        # clause goes on after an aside that sizes the figure
        right = f"{right[: cut.start()]} {right[aside.end() :]}"
        cut = _RIGHT_CUT.search(right, cut.start() + 1)
    if (
        cut
        and cut.group() == ","
        and _sizing_aside(sentence, at, cuts)
        and (verb := _VERB_AFTER.match(right, cut.end()))
    ):
        # NOTE: "More than 30 million people, over two-thirds of the population, need
        # assistance": the share that sizes the figure before is of what the clause says of it
        rest = right[verb.end() :]
        end = _RIGHT_CUT.search(rest)
        right = f"{right[: cut.start()]} {rest[: end.start()] if end else rest}"
        cut = None
    if cut:
        right = right[: cut.start()]
    right = right.rstrip(" .")  # NOTE: the sentence's own full stop
    if sentence.startswith("|") and ": " in claim.quantity and not right.strip(" |"):
        # NOTE: "| United States | 800 |" under "Confirmed cases": a cell's column tells what it
        # counts, as the words after a figure in a sentence do
        right = claim.quantity.rpartition(": ")[2]
    if cuts and _PRONOUN_END.search(right):
        # NOTE: "75% supported his impeachment, while 21% opposed it": "it" is named before
        left = f"{_naming_clause(sentence[:at], cuts)} {left}"
    if (":" in sentence or "|" in sentence) and _SAYS_NOTHING.fullmatch(left):
        # NOTE: "- Official defence budget, 2024: 1.67 trillion yuan ($231 billion), up 7.2%":
        # the line's label names the figures after the first that say nothing of their own
        label = line_label(sentence, at, alone=False)
        left = f"{label} {left}" if label else left
    joined = _AFTER_FIGURE_AND.search(left) if _DIGIT.search(left) else None
    if joined:
        left = _after_and(left, right, joined)
    return _windowed(left, right)


def _list_item_clause(
    sentence: str, at: int, right: str, cuts: list[re.Match[str]], bare: bool
) -> tuple[str, str] | None:
    """The clause of a figure that follows items of a list each told when or where, and tells
    no more than when or where itself: "see inflation averaging 2.1% in 2025, 1.7% in 2026 and
    1.9% in 2027" is of what the first item's clause names; None for any other figure."""
    item = _LIST_ITEMS.search(sentence, 0, at) if cuts else None
    own = _RIGHT_CUT.split(right, maxsplit=1)[0]
    if item is None or not _ADJUNCT_ONLY.fullmatch(own):
        return None
    first = item.start("first")
    head = [cut for cut in cuts if cut.end() <= first]
    left = _clause_start(sentence[:first], head, bare) if head else sentence[:first]
    return _windowed(_without_figures(left), own)


def _whole_label(
    sentence: str, at: int, cuts: list[re.Match[str]], right: str
) -> tuple[str, str] | None:
    """The clause of a figure whose fact sheet label holds a word a clause starts at: the whole
    label, whatever words it holds ("- Share of US seaborne trade that crosses the canal: 5%")."""
    if len(cuts) > 1 and cuts[-1].group() == ":" and not right.strip(" ."):
        label = line_label(sentence, at)
        return None if label is None else _windowed(label, "")
    return None


def _windowed(left: str, right: str) -> tuple[str, str]:
    """The last and first dozen words of a clause's two sides."""
    return " ".join(left.split()[-_WINDOW:]), " ".join(right.split()[:_WINDOW])


def _after_a_comma(sentence: str, at: int, cuts: list[re.Match[str]]) -> bool | None:
    """For a figure at `at` that only hedges part from a comma before it: whether the clause
    that comma closes holds a figure of its own; None for any other figure."""
    if not cuts or cuts[-1].group() != ",":
        return None
    last = cuts[-1]
    if _HEDGES_ONLY.fullmatch(sentence, last.end(), at) is None:
        return None
    opened = cuts[-2].end() if len(cuts) > 1 else 0
    return _DIGIT.search(sentence, opened, last.start()) is not None


def _sizing_aside(sentence: str, at: int, cuts: list[re.Match[str]]) -> bool:
    """True when the figure at `at` opens an aside after a comma, its hedges apart, that sizes
    a figure of the clause before: ", over two-thirds of the population,"."""
    return _after_a_comma(sentence, at, cuts) is True


_VERB_AFTER = lazyre.compile(
    r"\s*(?=[a-z])(?!(?:up|down|from|compared|against|versus|in|on|at|by|to|for|and|but|or"
    r"|with|while|including|of|as|the|a|an|which|who|according|said|says)\b)"
)
"""The opening of a clause's verb after an aside's closing comma: not a preposition, an
article, a conjunction or who said it."""


_LIST_MARK = lazyre.compile(r"\s*(?:[-•*]|\d{1,2}[.)])?\s*")
"""What may stand before a figure that opens a list's line: a bullet or an item's number."""


def _between_commas(sentence: str, at: int, cuts: list[re.Match[str]]) -> bool:
    """True when the figure at `at` stands alone after a comma but for its hedges, after a
    clause of words: "The US deficit in goods with China, $295 billion, was the smallest"."""
    return _after_a_comma(sentence, at, cuts) is False


def _apposition(sentence: str, at: int, cuts: list[re.Match[str]], after: str) -> tuple[str, str]:
    """The clause of a figure in apposition: the words before it name it, and what follows
    the closing comma is said of it when it opens with a verb ("..., was the smallest")."""
    k = _opening_cut(cuts)
    before = cuts[k].end() if k >= 0 else 0
    left = f"{sentence[before : cuts[-1].start()]} {sentence[cuts[-1].end() : at]}"
    right = ""
    if _opens_with_verb(after):
        cut = _RIGHT_CUT.search(after)
        right = (after[: cut.start()] if cut else after).rstrip(" .")
    return _windowed(left, right)


def _after_and(left: str, right: str, joined: re.Match[str]) -> str:
    """The words before a figure that follows another and an "and" (`joined`), as its clause
    reads them."""
    tail = left[joined.end() :]
    if _HEDGES_ONLY.fullmatch(tail) and _ADJUNCT_ONLY.fullmatch(right):
        # NOTE: "grew 3.6% in 2023 and 4.1% in 2024": the second figure shares the verb;
        # "590,000 in Chad and 500,000 in Egypt": the place of the first is not its own
        if right.strip():
            left = _FIRST_ADJUNCT.sub("", left, count=1)
        return _without_figures(left)
    if _PREDICATE.match(tail):
        # NOTE: "The plan seeks $1.4 billion and is 11% funded": one subject, two verbs
        return f"{_without_figures(left[: joined.start()])} {tail}"
    if _PAST_VERB.match(tail) and (subject := _SUBJECT_BEFORE_VERB.match(left, 0, joined.start())):
        # NOTE: "The Palisades Fire has burned 23,400 acres and destroyed 6,800 structures": the
        # second verb's subject is the first's, and what the first verb did is not its own
        return f"{subject.group(1)} {tail}"
    if _NAME_THEN_HEDGES.fullmatch(tail) and _ADJUNCT_ONLY.fullmatch(right):
        # NOTE: "Germany sent 14 tanks and Poland 10": the second name's verb is left out
        return f"{_elided_verb(left[: joined.start() + 1])} {tail}"
    if _HEDGES_ONLY.fullmatch(tail) and _OBJECT_ONLY.fullmatch(right):
        # NOTE: "malaria caused 608,000 deaths and 249 million cases": two objects of one verb;
        # what the first counts is not the second's
        head = left[: joined.start() + 1]
        first = _LAST_AMOUNT.search(head)
        return head[: first.start()].rstrip() if first else tail
    return tail  # NOTE: "60% back it and 33% are against": two clauses


def _clause_start(left: str, cuts: list[re.Match[str]], bare: bool = False) -> str:
    """The words of `left` (the sentence before the figure) that belong to the figure's clause:
    those after the last cut, with what that clause leaves out and names before it; `bare` when
    the figure counts nothing it names, or is a share."""
    last = cuts[-1]
    rest = left[last.end() :]
    if (_SAID.fullmatch(last.group()) and _PRONOUN_START.match(rest)) or (
        _TO_START.match(rest) and _PASSIVE_END.search(left, 0, last.start())
    ):
        # NOTE: "the World Bank said it would provide", "Russia is estimated to have
        # supplied": the subject stands before "said" or "is estimated"
        before = cuts[-2].end() if len(cuts) > 1 else 0
        rest = f"{left[before : last.start()]} {rest}"
    elif last.group() in (":", "|") and _HEDGES_ONLY.fullmatch(rest.rstrip("+-−± ")):
        # NOTE: "Drones launched in February 2025: 1,213", "ADIZ incursions, 2024: 3,075",
        # "| Shells supplied | 6 million |": a label names the figure, commas and all; in a
        # table, past the cells of other figures ("| Total exports | $683.8bn | +8.2% |")
        k = len(cuts) - 2
        while k >= 0 and (
            cuts[k].group() in (",", "(")  # NOTE: "Crops lost (acres) | 4.4 million"
            or (
                cuts[k].group() == "|"
                and k > 0
                and _FIGURE_CELL.fullmatch(left, cuts[k].end(), cuts[k + 1].start())
            )
        ):
            k -= 1
        before = cuts[k].end() if k >= 0 else 0
        rest = f"{left[before : last.start()]} {rest}"
    elif others := _OTHERS_SAY_IT.match(rest):
        # NOTE: "China's share has grown to 8%, and makers fear it could double to 15%": the
        # share is what doubles, not the makers
        named = _naming_clause(left, cuts)
        verb = _VERB_IN.search(named)
        rest = f"{named[: verb.start()] if verb else named} {rest[others.end() :]}"
    elif _THOSE_START.match(rest) or _IT_WAS.match(rest):
        # NOTE: "Exports to the US rose 4.9%, while those to Russia fell 4.1%": what "those" are;
        # "The plan asked for $2.7 billion; by November it was 49% funded": what "it" is
        rest = f"{_naming_clause(left, cuts)} {rest}"
    elif last.group() in (":", ";") and _THERE.match(rest):
        # NOTE: "The eastern land border was the exception: crossings there rose 192%": the
        # place "there" is, named before the colon
        before = cuts[-2].end() if len(cuts) > 1 else 0
        rest = f"{_opening_words(left[before : last.start()], rest)} {rest}"
    elif last.group() == ",":
        rest = _after_comma(left, cuts, rest, bare)
    elif last.group() == "(" and (not rest.strip() or _HEDGES_ONLY.fullmatch(rest)):
        rest = _bracket_clause(left, cuts, rest)
    elif last.group().lower() in ("which", "who") or (
        last.group().lower() == "that" and _NOUN_BEFORE_THAT.search(left, 0, last.start())
    ):
        # NOTE: "Trade between the two countries, which stood at $34 million": its antecedent
        k = len(cuts) - 2
        if k >= 0 and not left[cuts[k].end() : last.start()].strip():
            k -= 1  # NOTE: the comma that opens the relative clause
        before = cuts[k].end() if k >= 0 else 0
        rest = f"{left[before : cuts[k + 1].start()]} {rest}"
    intro = _INTRO.match(left)
    if intro and intro.end() <= last.end() and intro.group(1) not in rest:
        rest = f"{intro.group(1)} {rest}"  # NOTE: "In Syria, the ministry said 538 died"
    return rest


_AND_PREDICATE = lazyre.compile(
    r"\s*and\s+(?:is|are|was|were|has|have|had|will|would|could|may)\s+(?!been\b)[a-z]+\b"
)
"""A second verb of the subject before the comma: ", and will have"."""
_THERE = lazyre.compile(r"\s*(?:[a-z]+\s+){1,2}there\b")
"""A clause that points back at a place: "crossings there rose"."""
_NOUN_BEFORE_THAT = lazyre.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)\s+(?:(?!(?:and|or|but)\s)[\w.-]+\s+){0,2}?"
    r"(?!(?:says|finds|shows|warns|notes|argues|suggests|means|indicates|expects|believes"
    r"|thinks|thought|hopes|fears|knows|knew|insists|forecast|forecasts|predicts|estimates"
    r"|projects|agrees|concludes|states|found|told|is|was|are|were|so|such|now|\w+ed)\s+$)"
    r"[a-z][\w-]*\s+$"
)
"""A noun that "that" opens a relative clause of: "a bill that would have raised 346 billion
shillings" is the bill's, "the report found that 40%" is no relative clause."""


def _after_comma(left: str, cuts: list[re.Match[str]], rest: str, bare: bool = False) -> str:
    """The clause of a figure whose words start after a comma (`rest`), with what names it
    before the comma when those words are an apposition, a predicate, a participle or a
    baseline."""
    last = cuts[-1]
    if (elided := _ELIDED_CLAUSE.fullmatch(rest)) and _DIGIT.search(left, 0, last.start()):
        # NOTE: "Kazakhstan produced nearly 1.8 million barrels a day, and Russia about 9.1
        # million": the verb of the first clause
        return f"{_elided_verb(left[: last.start()])} {elided.group('name')}"
    if _AND_PREDICATE.match(rest):
        # NOTE: "China has more than 370 ships, and will have 395 by 2025": the subject before
        return f"{_opening_words(_naming_clause(left, cuts), rest)} {rest}"
    if _after_attribution(cuts) and not _BASELINE_START.fullmatch(rest):
        # NOTE: "According to the UN human rights office (OHCHR), at least 5,601 people were
        # killed": the clause before the comma names who said it, not what was counted
        return rest
    if rest.strip() and _APPOSITION.fullmatch(rest):
        # NOTE: "Germany hosts the largest number, about 1.2m", "a budget of NT$647 billion
        # ($20.2 billion) for 2025, equal to 2.45% of GDP": the clause the figure stands beside
        # names it, with its brackets, and without its own amounts
        k = _opening_cut(cuts)
        before = cuts[k].end() if k >= 0 else 0
        return f"{_opening_words(_without_amounts(left[before : last.start()]), rest)} {rest}"
    aside = _aside_before(left, cuts) if _opens_with_verb(rest) else None
    if aside is not None:
        # NOTE: "This year's figure, 1.665 trillion yuan or roughly $232 billion, is up 7.2%",
        # "Oil revenues, which make up a third of the budget, rose 26%": the subject stands
        # before the aside
        before = cuts[aside - 1].end() if aside > 0 else 0
        return f"{_without_amounts(left[before : cuts[aside].start()])} {rest}"
    if (
        (_PARTICIPLE.match(rest) and not _INCLUDING.match(rest))
        or _AT_ONLY.fullmatch(rest)
        or (bare and _WITH_ONLY.fullmatch(rest))
    ):
        # NOTE: "a quake struck Turkey on Monday, killing 2,300": the main clause's subject;
        # "Germany, at 2.1%,", "spend the most relative to its economy, at 4.12%": its clause
        before = cuts[-2].end() if len(cuts) > 1 else 0
        return f"{left[before : last.start()]} {rest}"
    if change := _CHANGE_NOUN.fullmatch(rest):
        # NOTE: "fell to $4 billion in 2024 from $10.25 billion, a drop of 61%": the change of
        # the figure the clause before names, as "up 7.7%" is
        verb = "fell" if change.group("noun").lower() in _FALLS else "rose"
        return f"{_naming_clause(left, cuts)} {verb}"
    if _CHANGE_ONLY.fullmatch(rest):
        # NOTE: "a budget of NT$647 billion, equal to 2.45% of GDP, up 7.7%": a change of the
        # figure the clause before names, which goes the way its word says
        rest = _CHANGE_ONLY_WORD.sub(lambda m: _CHANGE_VERBS[m.group().lower()], rest, count=1)
        return f"{_naming_clause(left, cuts)} {rest}"
    if level := _FROM_TO_LEVEL.fullmatch(rest):
        # NOTE: "Beijing's arsenal has roughly doubled in five years, from about 290 warheads in
        # 2019 to an estimated 600 today": the level the clause before names, without the
        # baseline and its year
        return f"{_naming_clause(left, cuts)} {rest[level.start('to') :]}"
    if _BASELINE_START.fullmatch(rest) or _TO_LEVEL.fullmatch(rest) or _ALONG_WITH.fullmatch(rest):
        # NOTE: "trade of $34.4 million in 2023, up from $1.7 million": a baseline of the
        # figure before; "revenues climbed by a quarter, to about 11.1 trillion roubles": the
        # level a change reached; "supplied 220 artillery systems, along with more than 200
        # missiles": another thing of the same verb
        return f"{_opening_words(_naming_clause(left, cuts), rest)} {rest}"
    return rest


def _opening_words(naming: str, rest: str) -> str:
    """As much of `naming` from its start as the clause's window keeps beside `rest`: "Net
    migration to Britain fell to in the year to June, down from a revised record of" is of net
    migration, which the window's last dozen words would lose."""
    words = naming.split()
    room = max(_WINDOW - len(rest.split()), 4)
    return naming if len(words) <= room else " ".join(words[:room])


def _elided_verb(before: str) -> str:
    """The words of the first clause of `before` between its subject and its first figure,
    without hedges: "Kazakhstan produced nearly 1.8 million ..." -> "produced"."""
    first = _DIGIT.search(before)
    words = before[: first.start()].split() if first else []
    while words and (words[0][:1].isupper() or words[0].lower() in ("the", "and")):
        words.pop(0)  # NOTE: the subject, whose figure it is not
    return " ".join(without_hedges(" ".join(words).rstrip(" $€£¥")).split()[-3:])


_NAME = r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
_ELIDED_CLAUSE = lazyre.compile(rf"\s*(?:and|while|but)\s+(?P<name>{_NAME}){HEDGE_RUN}")
"""A second name and a figure whose verb is the first clause's: ", and Russia about"."""
_NAME_THEN_HEDGES = lazyre.compile(rf"\s*{_NAME}{HEDGE_RUN}")


def _opening_cut(cuts: list[re.Match[str]]) -> int:
    """The index in `cuts` of the cut that opens the clause the last cut closes, brackets in
    that clause passed over (-1: the sentence's start)."""
    k = len(cuts) - 2
    while k >= 0 and cuts[k].group() == "(":
        k -= 1
    return k


def _after_attribution(cuts: list[re.Match[str]]) -> bool:
    """True when the clause the last comma closes opens with "according to"."""
    k = _opening_cut(cuts)
    return k >= 0 and cuts[k].group()[:9].lower() == "according"


def _aside_before(left: str, cuts: list[re.Match[str]]) -> int | None:
    """Where an aside between commas that the last comma closes opens (its index in `cuts`):
    an apposition with a figure (", 1.67 trillion yuan or roughly $232 billion,") or a
    relative clause (", which make up a third of the budget,")."""
    if (
        len(cuts) > 1
        and cuts[-2].group() == ","
        and (
            _DIGIT.search(left, cuts[-2].end(), cuts[-1].start())
            or _PARTICIPLE_ASIDE.match(left, cuts[-2].end(), cuts[-1].start())
            or _NOUN_ASIDE.fullmatch(left, cuts[-2].end(), cuts[-1].start())
            or _ROUTE_ASIDE.fullmatch(left, cuts[-2].end(), cuts[-1].start())
        )
    ):
        return len(cuts) - 2
    if len(cuts) > 2 and cuts[-2].group().lower() in ("which", "who") and cuts[-3].group() == ",":
        return len(cuts) - 3
    return None


def _bracket_clause(left: str, cuts: list[re.Match[str]], rest: str) -> str:
    """The clause of a figure that opens a bracket, its hedges apart (`rest`)."""
    before = cuts[-2].end() if len(cuts) > 1 else 0
    opened = cuts[-1].start()
    if not _FIGURE_END.search(left, 0, opened):
        # NOTE: "Germany (1.18 million), Poland (985,000)": the name before the bracket
        return left[before:opened]
    # NOTE: "13.5 trillion roubles ($145 billion)": a conversion of the figure before, in the
    # clause of that figure ("The U.S. pledged $9 million, while China has promised 1 billion
    # yuan ($137 million)")
    own = _without_figures(left[before:opened])
    if not any(_naming_word(w.strip("()[]'\".,;:")) for w in own.split()):
        own = _naming_clause(left, cuts)
    return f"{own} {rest}"


def _naming_clause(left: str, cuts: list[re.Match[str]]) -> str:
    """The words that name the figure a baseline is compared with: those of the sentence's first
    clause that has any, without its figures and years, for the figures between are most often
    the same amount told again ("Spending will rise to 13.5 trillion roubles ($145 billion), or
    6.3% of GDP, up from ..." -> "Spending will rise to roubles")."""
    dateline = _DATELINE_START.match(left)
    for k in range(-1, len(cuts) - 1):
        if dateline and cuts[k + 1].start() < dateline.end():
            continue  # NOTE: "SAN FRANCISCO, Feb 26 (Reuters) -" names no figure
        start = cuts[k].end() if k >= 0 else 0
        words = _without_figures(left[start : cuts[k + 1].start()])
        if any(_naming_word(w.strip("()[]'\".,;:")) for w in words.split()):
            if _SAID.fullmatch(cuts[k + 1].group()) and k + 2 < len(cuts):
                # NOTE: "Nvidia reported fourth-quarter revenue of $39.3 billion, up 78%": who
                # told it, then what the figure is
                words = f"{words} {_without_figures(left[cuts[k + 1].end() : cuts[k + 2].start()])}"
            return words  # NOTE: a dateline ("SEOUL (Reuters) -") names no figure
    return ""


def _naming_word(word: str) -> bool:
    return len(word) > 2 and word.lower() not in IGNORED and not is_place(word)


def _without_amounts(text: str) -> str:
    """`text` with its figures taken out but its years kept: the words and dates that name a
    figure beside them."""
    return _FIGURE_WORDS.sub(lambda m: m.group() if _YEAR.fullmatch(m.group()) else " ", text)


def _without_figures(text: str) -> str:
    """`text` with its figures and years taken out, so that only the words naming them stay."""
    return _FIGURE_WORDS.sub(" ", text)


def _said_plainly(rest: str, unit: str) -> str:
    """The clause's words with the phrases that say one thing in several words told in one:
    "forced from their homes" is "displaced", "shot down" "intercepted"; a currency's "won" is
    no verb, money lost is a loss ("Boeing lost $6.17 billion"), a contract signed a deal, and
    a fighter jet a jet."""
    if "forc" in rest or "driven" in rest:
        rest = _DRIVEN_OUT.sub("displaced", rest)
    if "down" in rest:
        rest = _SHOT_DOWN.sub("intercepted", rest)  # NOTE: "shot down", "downed"
    if " won" in rest:
        rest = _WON.sub(" ", rest)
    if "los" in rest and _is_money(unit):
        rest = _LOST.sub("loss", rest)
    if "ontract" in rest:
        rest = _CONTRACT.sub(_contract_noun, rest)  # NOTE: "a $10 billion contract" is a deal
    if "ighter" in rest:
        rest = _FIGHTER_JET.sub("", rest)  # NOTE: a fighter jet is a jet, no fighter
    return rest


_FIGHTER_JET = lazyre.compile(r"\b[Ff]ighter(?=[\s-]+(?:jets?|planes?|aircraft|bombers?)\b)")


def _contract_noun(match: re.Match[str]) -> str:
    """A contract as a noun, which is a deal, not the verb of an economy that shrinks: after
    a word or a figure, but not after "to", "will" and the like, nor before "by"."""
    word = match.group()
    before = _WORD_BEFORE.search(match.string, 0, match.start())
    if before is None:
        return "deal" if word.endswith("s") else word  # NOTE: "Contracts worth $5bn"
    if before.group(1).lower() in _BEFORE_A_VERB:
        return word
    if match.string.startswith(" by ", match.end()):
        return word
    return "deal"


_CONTRACT = lazyre.compile(r"\b[Cc]ontracts?\b")
_WORD_BEFORE = lazyre.compile(r"([\w$€£¥]+)[\s,]*$")
_BEFORE_A_VERB = word_set("to will would could may might should not can cannot economy gdp")


def _is_money(unit: str) -> bool:
    """True for a currency's code, the unit of money."""
    return unit.isupper() and len(unit) == 3


_LOST = lazyre.compile(r"\b(?:lost|lose|loses|losing)\b")
"""Verbs of a loss: money lost is a loss, where a share or a count that was lost fell."""


def _name_words(text: str) -> frozenset[str]:
    """The words, lower-cased, of the names of two or more capitalised words inside a sentence
    or after its opening "The", which mean what they name, not what they say: the "Rapid
    Support Forces" give no aid."""
    if not _NAME_RUN.search(text):
        return _EMPTY
    return frozenset(
        word.lower() for match in _NAME_RUN.finditer(text) for word in match.group(1).split()
    )


_NAME_RUN = lazyre.compile(r"(?:\b[a-z][\w-]*|^\s*The)\s+((?:[A-Z][a-z]+\s+)+[A-Z][a-z]+)\b")
"""A run of capitalised words after a lower-case word, or after a clause's opening "The"."""


@lru_cache(maxsize=65536)
def plain_stem(word: str) -> str:
    """A crude stem with no synonym folded in: "supports" -> "support"."""
    word = word.lower()
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"  # NOTE: "carried" and "carries" are "carry"
    elif word.endswith(("ches", "shes", "sses", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ely") and len(word) > 6:
        word = word[:-2]  # NOTE: "acutely" is "acute", "severely" "severe"
    elif word.endswith("ed") and len(word) > 5:
        word = word[:-2]
    elif word.endswith("ing") and len(word) > 6:
        word = word[:-3]
    elif word.endswith("ing") and len(word) == 6 and word[2] not in "aeiouy":
        word = word[:3] + "e"  # NOTE: "losing" is "lose", "rising" "rise", "facing" "face"
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem folded through `SYNONYMS`: "soldiers" -> "troop", "deployed" -> "deploy"."""
    word = word.lower()
    if word in SYNONYMS:
        return SYNONYMS[word]
    word = plain_stem(word)
    return SYNONYMS.get(word, word)


_STANCE_WORDS = word_set("""
backs backed favour favours favoured favor favors favored approve approves approved approval
oppose opposes opposed opposition against disapprove disapproved disapproval reject rejects
rejected
""")
STANCE_TERMS = frozenset({stem(w) for w in _STANCE_WORDS} | {"back"})
"""The key terms that tell a stance, not what it is taken on ("support" is "aid" to `stem`, and
stays: "support for Ukraine" is often what a poll asks about)."""
