"""Numbers that are not claims: dates, years, identifiers, designations, names and set phrases.

`why_not_claim` returns the reason a figure is no claim, or None when it is one.
"""

from __future__ import annotations

import re

from factcheck import lazyre
from factcheck.extract.context import ABBREVIATIONS, STOP, plural_after
from factcheck.extract.figures import Figure
from factcheck.extract.lexicon import word_set
from factcheck.extract.places import is_place
from factcheck.kinds import Qualifier

MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_MONTH_BEFORE = lazyre.compile(rf"\b{MONTHS}\.?,?\s+(?:the\s+)?$")
_MONTH_AFTER = lazyre.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTHS}\b")
_LOWER_MONTH_BEFORE = lazyre.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december"
    r"|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+$"
)
DESIGNATORS = word_set("""
chapter section article page p pp figure fig table paragraph para no nr nos number vol volume
issue part item rule level block step phase version v grade class route flight room box ward
district zone sector unit platform gate model type mark mk resolution amendment act title code
line exercise exercises episode season round stage tier top group world war appendix annex
footnote note verse psalm chapters sections pages tables figures exhibit lot row seat suite
apartment apt floor building bldg highway interstate channel division brigade battalion regiment
corps squadron fleet army paragraphs paras articles clauses items image photo slide
""")
FUNCTION_WORDS = STOP | word_set("""
around nearly almost roughly approximately estimated averaging average just only over under past
above below exceeding topping surpassing some about up fewer less more than least most exactly
precisely barely merely another another last first next total totalling totaling while yet
however meanwhile overall altogether combined respectively additionally
""")
ABSTRACT_NOUNS = word_set("""
challenges sides reasons ways things aspects factors options questions issues goals objectives
priorities lessons scenarios dimensions pillars elements areas levels stages phases steps fronts
camps parts components principles tracks categories kinds types forms approaches strategies
dilemmas problems concerns trends themes roles tasks words times allies rivals powers neighbours
neighbors superpowers leaders sets pairs halves ones moments decades
""")
DETERMINERS = frozenset(
    ["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "both", "whose"]
)
_STREET = lazyre.compile(
    r"\s+(?:(?:[A-Z][\w'’]*|\d+(?:st|nd|rd|th))\s+){1,3}"
    r"(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Highway|Hwy|Crescent|Close|Parkway)\b"
    r"|\s+[A-Z][\w'’]*-(?:daero|ro|gil|dong|gu)\b"
    r"|\s+[A-Z]\w*(?:straße|strasse|platz|weg|gasse|allee|laan|straat|gade|vej)\b"
)
"""A street after a house number: "10 Downing Street", "1200 18th Street NW", "45 Sejong-daero",
"12 Hauptstraße"."""
_TIME_AFTER = lazyre.compile(r"\s?(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|EST|CET)(?!\w)", re.I)
_HOURS_AFTER = lazyre.compile(r"\s?hrs?\b", re.I)
_CLOCK = lazyre.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
"""A time written as four digits, as in "at 1400 hrs"."""
_URLISH = lazyre.compile(
    r"://|www\.|@|_|=|\?|#|\.(?:com|org|net|gov|edu|html?|php|pdf|jpe?g|png)\b|/.*/"
)
_RANGE_SPLIT = lazyre.compile(r"\s*(?:-|–|—|~|to|and)\s*")
_LONG_DIGITS = lazyre.compile(r"\d{5,}")
_LEADING_ZERO = lazyre.compile(r"0\d+")
_DEBT_AFTER = lazyre.compile(
    r"\s+(?:[A-Za-z]+\s+)?(?:Treasur(?:y|ies)|bonds?|yields?|notes?|gilts?|bunds?|Bunds?|JGBs?"
    r"|mortgages?|maturit(?:y|ies)|borrowing\s+costs)\b"
)
_ROUND_THOUSANDS = lazyre.compile(r"[1-9]\d{1,3}000")
"""A round number of thousands written without separators ("20000"): an amount, not a code."""
_LIST_MARK = lazyre.compile(r"[.)]\s")
_NOTE_MARK = lazyre.compile(r"\.\s+[A-Z\[]")
_AFTER_SENTENCE = lazyre.compile(r"[.!?\]]\s+$")
PERSON_NOUNS = word_set("""
man woman boy girl child mother father son daughter wife husband official spokesman
spokeswoman spokesperson resident soldier teacher nurse doctor student farmer driver victim
officer worker volunteer activist journalist lawyer minister mayor commander survivor
""")
_CALENDAR = word_set("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday
""")
_APPOSED_AFTER = lazyre.compile(r"([A-Za-z][\w’'\-]*),\s$")
_COMMA_AFTER = lazyre.compile(r"\s?,")
_ISSUE_AFTER = lazyre.compile(r"\(\d{1,3}\),")
_PAGES_BEFORE = lazyre.compile(r"\d\(\d{1,3}\),\s*$")
_SERIES_BEFORE = lazyre.compile(
    r"\b(?:image|photo|picture|slide|page|part|chapter|episode|step|item|section|volume|day)"
    r"\s+\d+\s+of\s+$",
    re.I,
)
_PHONE = lazyre.compile(
    r"(?:\+\d{1,3}|\(0\d{1,4}\))(?:[ .\-]\(?\d{1,5}\)?){2,5}|(?<![\d,.])0\d{1,3}-\d{3,4}-\d{4}\b"
)
"""A phone number: a dialling code and groups of digits apart ("+44 20 7946 0958"); a signed
figure ("+143,000 jobs") is none."""
_FRAME_BEFORE = lazyre.compile(
    r"\b(?:past|last|next|previous|coming|first|final|following)\s+$", re.I
)
_FRAME_TO = lazyre.compile(
    r"\s+(?:to|until|till|through|ending|ended|up\s+to)\s+(?:\d|midnight|noon|[A-Z])"
)
_IN_THE = lazyre.compile(r"\b(?:in|over|during|within|for)\s+the\s+$", re.I)
"""A span told by where it ends: "in the 24 hours to 6 a.m. on Wednesday"."""
_READ_TIME = lazyre.compile(r"[\s-]+(?:mins?|minutes?)\.?\s+read\b", re.I)
_READ = lazyre.compile(r"\s+read\b", re.I)
_AGO = lazyre.compile(
    r"\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b", re.I
)
_COUNTER_LABEL = lazyre.compile(r"[A-Z][a-z]+")
_TIME_UNIT_AFTER = lazyre.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")
_PERIODS = frozenset(["day", "week", "month", "year"])
"""Periods that number themselves ("day 100 of the war"), though "each week 300 arrive" counts."""
_PHRASE_ENDS = lazyre.compile(r"[ \t]*(?:of\b|[,.;:!?)\]\n]|$)")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_NEXT_WORD = lazyre.compile(r"[\s-]+([a-z][a-z-]*)")
_WORD_BEFORE = lazyre.compile(r"([A-Za-z][\w’'\-]*)\.?\s*$")
_SMALL_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "a",
        "an",
    ]
)


def why_not_claim(text: str, figure: Figure, noun: str | None) -> str | None:
    """The reason the figure at `figure` is not a claim, or None when it is one."""
    for rule in (_in_identifier, _in_phone_number, _in_citation, _in_date, _is_year,
                 _is_identifier_number, _is_designation, _is_address, _is_time, _is_list_marker,
                 _is_calibre, _is_time_frame, _is_apposed_age, _is_age_group, _is_counter,
                 _is_reading_time, _is_tenor, _is_box_size, _is_grade, _is_page_chrome,
                 _is_odds):  # fmt: skip
        reason = rule(text, figure)
        if reason:
            return reason
    return _set_phrase(text, figure, noun)


def _token_around(text: str, figure: Figure) -> str:
    start = figure.start
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = figure.end
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _in_identifier(text: str, figure: Figure) -> str | None:
    token = _token_around(text, figure)
    if _URLISH.search(token.rstrip(".,;:)")):
        return "part of a web address, file name or identifier"
    return None


def _in_phone_number(text: str, figure: Figure) -> str | None:
    """ "+44 20 7946 0958", "(020) 7946 0958": groups of digits after a dialling code."""
    if figure.unit is not None or figure.kind not in ("digits", "range"):
        return None
    low = max(0, figure.start - 24)
    for match in _PHONE.finditer(text, low, min(len(text), figure.end + 24)):
        if match.start() <= figure.start < match.end():
            return "part of a phone number"
    return None


def _in_citation(text: str, figure: Figure) -> str | None:
    """A journal reference, "46(3), 412-439": volume, issue and pages; "Image 2 of 5"."""
    if figure.unit is not None or figure.kind not in ("digits", "range"):
        return None
    before = text[max(0, figure.start - 40) : figure.start]
    if _ISSUE_AFTER.match(text, figure.end) or _PAGES_BEFORE.search(before):
        return "part of a reference (volume, issue or pages)"
    if (
        before.endswith("(")
        and before[-2:-1].isdigit()
        and text[figure.end : figure.end + 1] == ")"
    ):
        return "part of a reference (volume, issue or pages)"
    if _SERIES_BEFORE.search(before):
        return "a place in a series (image 2 of 5)"
    return None


def _in_date(text: str, figure: Figure) -> str | None:
    if figure.unit is not None or figure.kind not in ("digits", "range") or figure.value > 31:
        return None
    before = text[max(0, figure.start - 16) : figure.start]
    if _MONTH_BEFORE.search(before) or _LOWER_MONTH_BEFORE.search(before):
        return "day of a date"
    if _MONTH_AFTER.match(text, figure.end):
        return "day of a date"
    return None


def _looks_like_year(value: float, written: str) -> bool:
    return written.isdigit() and len(written) == 4 and 1800 <= value <= 2100


def _is_year(text: str, figure: Figure) -> str | None:
    if figure.unit is not None or figure.scaled:
        return None
    written = text[figure.start : figure.end]
    if figure.kind == "range":
        ends = _RANGE_SPLIT.split(written)
        if all(_looks_like_year(float(e), e) for e in ends if e.isdigit()) and ends[0].isdigit():
            return "a span of years"
        return None
    if figure.kind == "digits" and _looks_like_year(figure.value, written):
        return "a year"
    return None


def _is_identifier_number(text: str, figure: Figure) -> str | None:
    written = text[figure.start : figure.end]
    if figure.unit is not None or figure.scaled or figure.kind != "digits":
        return None
    if (
        _LONG_DIGITS.fullmatch(written)
        and not plural_after(text, figure.end)
        and not figure.hedge
        and not _ROUND_THOUSANDS.fullmatch(written)
    ):
        return "a long number without separators: an identifier or code"
    if _LEADING_ZERO.fullmatch(written):
        return "a number with a leading zero: an identifier or code"
    return None


_GROUP_OF = lazyre.compile(r"\b(?:Group|Gang|Council|Club|Committee|League)\s+of\s+$")
"""A body named by how many it has: "the Group of Seven", "the Group of 20"."""


def _is_designation(text: str, figure: Figure) -> str | None:
    if _GROUP_OF.search(text, max(0, figure.start - 20), figure.start):
        return "part of a name (the Group of Seven)"
    if figure.unit is not None:
        return None
    match = _WORD_BEFORE.search(text[max(0, figure.start - 30) : figure.start])
    if match is None:
        return None
    word = match.group(1)
    if "." in match.group() and word.lower() not in ABBREVIATIONS:
        return None  # NOTE: "The strike hit Kharkiv. 300 people were hurt", "about 10,000 a
        # day. Two-thirds of respondents": a sentence ends
    if word.endswith(_POSSESSIVE):
        return None  # NOTE: "Russia's 150,000 troops": the owner of the figure, not a name
    if word.lower() == "top" and (
        _no_name_takes(text, figure)
        or _VERB_TOP.search(text, max(0, figure.start - 40), figure.start)
    ):
        return None  # NOTE: "could top 50,000" is a verb; "the top 10 banks" a rank
    if word.lower() in DESIGNATORS and not _TIMES_AFTER.match(text, figure.end):
        return f"a designation ({word} …)"  # NOTE: "entered the zone 3,075 times" counts
    if word.lower() in _PERIODS and _PHRASE_ENDS.match(text, figure.end):
        return f"a designation ({word} …)"  # NOTE: "Day 1,000 of the war", "brief, week 7"
    at = figure.start - len(match.group())
    if _no_name_takes(text, figure) or _opens_sentence(text, at, word):
        return None
    if is_place(word) and _AND_BEFORE.search(text, max(0, at - 12), at):
        return None  # NOTE: "The EU has sanctioned 79 vessels and Britain 93": the verb left out
    return f"part of a name ({word} …)" if _name_like(word) else None


_TIMES_AFTER = lazyre.compile(r"\s+times\b")


def _name_like(word: str) -> bool:
    """True when `word` is written as a name is: "Boeing", "NASA", "iPhone", "eBay"."""
    if word.lower() in FUNCTION_WORDS:
        return word[:1].islower() and any(c.isupper() for c in word[1:])
    if word.isupper():
        return len(word) > 1
    return word[:1].isupper() or any(c.isupper() for c in word[1:])


_AND_BEFORE = lazyre.compile(r"(?:,|\band|\bwhile|\bbut)\s+(?:the\s+)?$")
_VERB_TOP = lazyre.compile(
    r"\b(?:to|will|would|could|may|might|should|set\s+to|likely\s+to|expected\s+to|did|not)\s+top\s+$"
    r"|\btop(?:s|ped|ping)\s+$"
    r"|\b(?!(?:its|his|this|was|is|has|as|us)\b)[A-Za-z]+[a-z]s\s+top\s+$",
    re.I,
)
""""top" as a verb: "could top 50,000", "topped", and after a plural subject ("Cases top 750";
not "its top 5")."""


def _no_name_takes(text: str, figure: Figure) -> bool:
    """Names carry bare numbers ("Boeing 737", "Apollo 11"), never "2 million" or "5,000"."""
    return figure.scaled or "," in text[figure.start : figure.end]


def _opens_sentence(text: str, at: int, word: str) -> bool:
    """A common word capitalised only because it starts the sentence: "Perhaps 2,000 fled",
    "Yesterday 300 people marched"."""
    lower = word.lower()
    if lower not in SENTENCE_OPENERS and not (lower.endswith("ly") and len(lower) >= 7):
        return False
    before = text[max(0, at - 3) : at].rstrip(" \t\"“'‘(")
    return before == "" or before[-1] in ".!?\n"


SENTENCE_OPENERS = word_set("""
perhaps maybe possibly probably yesterday today tonight tomorrow now then still only just
another since by in on at for with among of from so thus hence meanwhile instead
""")
"""Words that often start a sentence right before a figure, and so are capitalised."""


def _is_address(text: str, figure: Figure) -> str | None:
    if figure.unit is None and _STREET.match(text, figure.end):
        return "a street address"
    return None


def _is_time(text: str, figure: Figure) -> str | None:
    if figure.unit is None and figure.value <= 24 and _TIME_AFTER.match(text, figure.end):
        return "a time of day"
    if (
        figure.unit is None
        and _HOURS_AFTER.match(text, figure.end)
        and _CLOCK.fullmatch(text, figure.start, figure.end)
    ):
        return "a time of day"  # NOTE: "at 1400 hrs"; "only 3 hrs" is a span of hours
    return None


def _is_list_marker(text: str, figure: Figure) -> str | None:
    line_start = text.rfind("\n", 0, figure.start) + 1
    bare = text[figure.start : figure.end].isdigit()
    if (
        bare
        and text[line_start : figure.start].strip() == ""
        and _LIST_MARK.match(text, figure.end, figure.end + 2)
    ):
        return "a list number"
    if (
        bare
        and figure.end - figure.start <= 3
        and _NOTE_MARK.match(text, figure.end)
        and _AFTER_SENTENCE.search(text, max(0, figure.start - 3), figure.start)
    ):
        return "a note number"  # NOTE: "[2] Yonhap, 19 December 2024. 3. GUR statement"
    if text[figure.start - 1 : figure.start] == "[" and text[figure.end : figure.end + 1] == "]":
        return "a footnote mark"
    return None


def _is_calibre(text: str, figure: Figure) -> str | None:
    """ "155mm howitzer", "7.62 mm rounds": millimetres before a noun name a calibre."""
    if figure.unit != "mm":
        return None
    match = _NEXT_WORD.match(text, figure.end)
    if match and match.group(1) not in FUNCTION_WORDS:
        return "a calibre (155mm shells), not a measurement"
    return None


def _is_grade(text: str, figure: Figure) -> str | None:
    """ "uranium enriched to 60%", "60%-enriched uranium": a grade that names the material."""
    if figure.unit != "percent" or "nrich" not in text[max(0, figure.start - 24) : figure.end + 12]:
        return None
    if _ENRICHED_TO.search(text, max(0, figure.start - 24), figure.start) or _ENRICHED.match(
        text, figure.end
    ):
        return "an enrichment grade (uranium enriched to 60%), not a share"
    return None


_ENRICHED_TO = lazyre.compile(
    r"\benriched\s+(?:up\s+)?to\s+(?:about\s+|around\s+|nearly\s+)?$", re.I
)
_ENRICHED = lazyre.compile(r"[- ]enriched\b|\s+enrichment\b", re.I)


def _is_odds(text: str, figure: Figure) -> str | None:
    """ "a 1-in-1,000-year event", "one-in-a-hundred": how rare a thing is, in a compound."""
    if _ODDS_AFTER.match(text, figure.end) or _ODDS_BEFORE.search(
        text, max(0, figure.start - 12), figure.start
    ):
        return "odds (a 1-in-1,000-year event)"
    return None


_ODDS_AFTER = lazyre.compile(r"-in-(?:an?-)?[\d,]*\d(?:-year)?\b|-in-(?:an?-)?[a-z]+-")
_ODDS_BEFORE = lazyre.compile(r"\b(?:1|one)-in-(?:an?-)?$", re.I)


def _is_time_frame(text: str, figure: Figure) -> str | None:
    """ "over the past 24 hours", "in the next two weeks", "in the 24 hours to 6 a.m.": when
    things happened, not a count."""
    if figure.unit is not None or not (unit := _TIME_UNIT_AFTER.match(text, figure.end)):
        return None
    if _FRAME_BEFORE.search(text, max(0, figure.start - 24), figure.start):
        return "a time frame (the past 24 hours)"
    if _FRAME_TO.match(text, unit.end()) and _IN_THE.search(
        text, max(0, figure.start - 16), figure.start
    ):
        return "a time frame (the 24 hours to 6 a.m.)"
    if _AGO.match(text, figure.end):
        return "a point in time (3 days ago)"
    return None


def _is_tenor(text: str, figure: Figure) -> str | None:
    """ "the 10-year Treasury yield", "2-year bonds": which debt, not a count of years."""
    if text[figure.end - 5 : figure.end] in ("-year", "-Year") and _DEBT_AFTER.match(
        text, figure.end
    ):
        return "a bond's term (the 10-year yield)"
    return None


def _is_box_size(text: str, figure: Figure) -> str | None:
    """ "a 40-foot container", "per 20-foot box": the standard size that names a kind of
    shipping container, not a length anyone measured."""
    if text[figure.end - 5 : figure.end].lower() in ("-foot", "-feet") and _BOX_AFTER.match(
        text, figure.end
    ):
        return "a container's size (a 40-foot container)"
    return None


_BOX_AFTER = lazyre.compile(
    r"\s*(?:\(\s*\d+(?:\.\d+)?-?\s*m(?:etres?|eters?)?\s*\)\s*)?"
    r"(?:shipping\s+|steel\s+|refrigerated\s+|dry\s+)?(?:container|box|equivalent|unit)",
    re.I,
)


def _is_reading_time(text: str, figure: Figure) -> str | None:
    """ "5 min read", "12-minute read": how long a page takes to read."""
    if figure.unit in ("minutes", "min"):
        read = _READ.match(text, figure.end)  # NOTE: "a 5-minute read" has read its unit
    else:
        read = _READ_TIME.match(text, figure.end) if figure.unit is None else None
    return "a reading time (5 min read)" if read else None


def _is_page_chrome(text: str, figure: Figure) -> str | None:
    """ "127 comments", "Share 1.2K", "Subscribe for $1 a week": a page's counters and offers,
    on a short line of their own ("the video drew 5 million views" is a claim), and the count
    of parts a listing piece's title gives ("Five numbers behind ...")."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    line_end = text.find("\n", figure.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line.split()) > _CHROME_WORDS:
        return None
    if _SOCIAL_AFTER.match(text, figure.end) or _SOCIAL_BEFORE.search(
        text, line_start, figure.start
    ):
        return "a counter on the page (127 comments, Share 1.2K)"
    if _OFFER.match(line):
        return "an offer of the page (Subscribe for $1 a week)"
    if not text[line_start : figure.start].strip(" \t#*") and _PIECES.match(text, figure.end):
        return "how many parts a piece has (Five numbers behind ...)"
    return None


_CHROME_WORDS = 12
_PIECES = lazyre.compile(
    r"\s+(?:(?:key|big|important|surprising|simple|striking)\s+)?(?:numbers|things|charts|facts"
    r"|ways|reasons|questions|takeaways|lessons|maps|graphics|stats|statistics|figures|moments"
    r"|photos|pictures|tips|myths)\b(?![^\n]*[.!?][ \t]*(?:\n|$))",
    re.I,
)
"""The parts of a listing piece its title counts ("Five numbers behind China's military rise",
"7 charts that explain the war"): a title, with no full stop, not a sentence."""
_SOCIAL_AFTER = lazyre.compile(
    r"\s+(?:comments?|shares|likes|retweets|reposts|replies|views|reactions)\b", re.I
)
_SOCIAL_BEFORE = lazyre.compile(r"\b(?:Share|Shares|Like|Likes|Comments|Views)\s*:?\s+$")
_OFFER = lazyre.compile(r"\s*(?:Subscribe|Sign\s+up|Join\s+now|Try|Get\s+access|Donate)\b", re.I)


def _is_counter(text: str, figure: Figure) -> str | None:
    """ "Comments (12)", "Replies (3)": a page's counter, alone in brackets after a one-word
    label on a line of its own ("Troops deployed (11,000)" may be a fact sheet's figure)."""
    if figure.kind != "digits" or not text.startswith(")", figure.end):
        return None
    if not text.startswith("(", figure.start - 1):
        return None
    line_start = text.rfind("\n", 0, figure.start) + 1
    line_end = text.find("\n", figure.end)
    rest = text[figure.end + 1 : line_end if line_end >= 0 else len(text)]
    label = text[line_start : figure.start - 1].strip()
    if rest.strip() or not _COUNTER_LABEL.fullmatch(label):
        return None
    return "a counter on the page (Comments (12))"


def _is_age_group(text: str, figure: Figure) -> str | None:
    """ "Children under 5 accounted for 76% of deaths", "people over 65": an age that names
    a group of people, not a figure the text states."""
    if figure.unit not in (None, "years", "years old") or not 0 < figure.value <= 120:
        return None
    match = _AGE_GROUP_BEFORE.search(text, max(0, figure.start - 60), figure.start)
    if match:
        return f"an age group ({match.group().strip()} …)"
    after = _AGE_BOUND_AFTER.match(text, figure.end)
    if after and (
        after.group("age") or _AGED_BEFORE.search(text, max(0, figure.start - 8), figure.start)
    ):
        return f"an age group (… {after.group().strip()})"  # NOTE: "aged 65 and older", "65 or
        # older"
    return None


_AGE_GROUP_BEFORE = lazyre.compile(
    r"\b(?:children|kids|boys|girls|infants|babies|toddlers|adults|people|persons|those|men"
    r"|women|voters|patients|pupils|students|teenagers|youngsters|workers|residents|ones)"
    r"\s+(?:(?:aged|age)\s+)?(?:under|over|below|above|younger\s+than|older\s+than)"
    r"\s+(?:the\s+age\s+of\s+)?$",
    re.I,
)


_AGE_BOUND_AFTER = lazyre.compile(
    r"\s+(?:and|or)\s+(?:(?P<age>older|younger)|over|above|under|up)\b", re.I
)
_AGED_BEFORE = lazyre.compile(r"\b(?:aged|ages?)\s+$", re.I)


def _is_apposed_age(text: str, figure: Figure) -> str | None:
    """ "John Smith, 45, said": the age set off by commas after a name or a person."""
    if figure.kind != "digits" or figure.unit is not None or figure.hedge is not None:
        return None
    if not (1 <= figure.value <= 120 and figure.value.is_integer()):
        return None
    if not _COMMA_AFTER.match(text, figure.end):
        return None
    match = _APPOSED_AFTER.search(text, max(0, figure.start - 40), figure.start)
    if match is None:
        return None
    word = match.group(1)
    lower = word.lower()
    if lower in PERSON_NOUNS or (
        word[:1].isupper()
        and lower not in FUNCTION_WORDS
        and lower not in _CALENDAR
        and not is_place(word)
    ):
        return "an age beside a name (Smith, 45,), not a claim"
    return None


def _set_phrase(text: str, figure: Figure, noun: str | None) -> str | None:
    """Small word numbers in set phrases: "the two Koreas", "one of", "two major challenges"."""
    if figure.unit is not None or figure.scaled or figure.qualifier is Qualifier.RANGE:
        return None
    written = text[figure.start : figure.end].lower()
    small = figure.kind == "words" and written in _SMALL_WORDS
    if small and written in ("one", "a", "an") and figure.value > 0:
        return "the word one: an article, not a count"
    if figure.kind == "words" and figure.value == 0 and not noun:
        return "the word zero without a counted thing: rhetoric"
    if small and _previous_word(text, figure.start) in DETERMINERS:
        return "a definite reference (the two …), not a count"
    if noun and (figure.value <= 12) and noun.lower() in ABSTRACT_NOUNS:
        return f"a count of {noun.lower()}: rhetoric, not a figure"
    if noun and small and noun[:1].isupper() and is_place(noun.rstrip("s")):
        return f"part of a name ({written} {noun})"
    return None


def _previous_word(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""
