"""One amount as written: digits or words with scale, sign, fraction, currency or percent.

`amount(text, match)` reads the number `number_at` found and what is glued to it; ranges, ratios
and hedges are built on top of it in `figures` and `hedges`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck import lazyre
from factcheck.extract import context, numbers, units
from factcheck.extract.lexicon import COMPARATIVES, LOOSE_HEDGES
from factcheck.extract.trie import trie
from factcheck.kinds import Qualifier

_CORE_BODY = (
    rf"(?P<digits>{numbers.DIGITS})(?![\d])"
    rf"|\b(?P<vague>{numbers.VAGUE_NUMBER})\b"
    rf"|\b(?P<words>{numbers.WORD_NUMBER})\b"
)
CORE_AFTER_JOIN = lazyre.compile(rf"(?P<sign>[-−]\s?)?(?:{_CORE_BODY})", re.IGNORECASE)
"""A number right after a range or ratio word, with its own minus sign. Other modules read it
as `amounts.CORE_AFTER_JOIN`: imported by name, they would keep the stand-in of `lazyre`."""
_GLUED_BEFORE = frozenset(".,/-−–:#@&+^")


def number_at(text: str, start: int) -> re.Match[str] | None:
    """The number at `start` if one may start there: digits or words not glued to a letter,
    a digit or the punctuation of codes, times and versions; "-5" after a space is signed.

    NOTE: checked here rather than by look-behinds in the pattern, so that the long number
    pattern is compiled once, not twice.
    """
    if text[start : start + 1] in ("-", "−"):
        return None  # NOTE: the minus is read by `amount`, with the number after it
    if start > 0:
        before = text[start - 1]
        glued = is_word_char(before) or before in _GLUED_BEFORE
        signed = before in "-−+" and (start == 1 or _sign_after(text[start - 2]))
        if glued and not signed and not _after_glued_prefix(text, start):
            return None
    return CORE_AFTER_JOIN.match(text, start)


def _sign_after(char: str) -> bool:
    return char.isspace() or char == "("


def is_word_char(char: str) -> bool:
    """True for what a regular expression's \\w matches: letters, digits, the underscore."""
    return char.isalnum() or char == "_"


def _after_glued_prefix(text: str, start: int) -> bool:
    """ "Rs.45", "USD115": a currency abbreviation or code written against the amount."""
    prefix = text[max(0, start - 3) : start]
    return (prefix.lower() == "rs." or prefix in units.CURRENCY_CODES) and (
        start == 3 or not is_word_char(text[start - 4])
    )


_SCALE_WORD = lazyre.compile(
    r"(?:\s|-)?(?:hundred|thousand|million|billion|trillion|lakh|crore|dozens?)\b", re.I
)
"""A scale word after digits, spaced or hyphenated ("a $1.5-billion plan")."""
_SCALE_SPACED = lazyre.compile(
    r"\s?(?:mn|mln|bn|bln|tn|tln|trn|dzs?|dozs?)\b(?:\.(?!\s*(?:(?-i:[A-Z])|[\"“]|$)))?", re.I
)
"""Scale abbreviations; a full stop after one is its own unless it ends the sentence."""
_SCALE_GLUED = lazyre.compile(
    r"(?:k|K|m|M|MM|mil|b|B|G|T)(?![\w])|\s(?:k|K|M|G)(?![\w\s]*[A-Za-z])"
)
_MULTIPLIERS = {**numbers.SCALE_WORDS, "dozen": 12, "dozens": 12}
_AND_FRACTION = lazyre.compile(rf"\s+and\s+(?:an?|one)\s+(?P<f>half|{numbers.ORDINAL})\b", re.I)
_PART_END = lazyre.compile(r"\s*(?:[.,;:!?)]|$)|\s+of\b", re.I)
_POWER = lazyre.compile(r"\s?[x×]\s?10\^?(?P<exp>[+\-−]?\d+)")
_FRACTION_WORD = lazyre.compile(rf"(?:\s*-\s*|\s+)(?P<den>{numbers.ORDINAL})\b", re.I)
_ARTICLE_FRACTION = lazyre.compile(
    rf"\b(?P<art>an?)\s+(?P<den>{numbers.ORDINAL})\b(?=\s+of\b|\s*[.,;:!?)]|\s*$"
    rf"|\s+(?:{'|'.join(sorted(COMPARATIVES))}|up|down)\b|[\s-]+points?\b)",
    re.I,
)
"""A part ("a fifth of", "a third."), a change told by one ("a quarter more than in 2023",
"a fifth higher"), or a part of a percentage point ("a quarter point", "a quarter-point")."""
_BARE_POINTS = lazyre.compile(r"(?:\s+of\s+an?)?[\s-]*points?\b", re.I)
""""Point" alone after a part of one: "a quarter point", "half a point", "three-quarters of a
point" are percentage points (a whole "3 points" may be anything)."""
_ONE_POINT = lazyre.compile(
    r"an?\s+(?:full\s+)?(?:percentage|percent|per\s?cent)\s+points?\b", re.I
)
"""One percentage point told with an article: "cut by a full percentage point"."""
_BY_BEFORE = lazyre.compile(rf"\b(?:by|up|down)\s+(?:{LOOSE_HEDGES}\s+)?$", re.I)
"""A change told by a part: "fell by almost a quarter", "cut by half", "up about a fifth"."""
_FRACTION_AFTER_BY = lazyre.compile(rf"\b(?P<art>an?)\s+(?P<den>{numbers.ORDINAL})\b(?!-)", re.I)
_HALF_ALONE = lazyre.compile(r"half\b(?!-)", re.I)
_OF_SCALE = lazyre.compile(r"\s+of\s+an?\s+(?P<s>thousand|million|billion|trillion)\b", re.I)
_BARE_SCALE = lazyre.compile(r"\s+(?P<s>thousand|million|billion|trillion)\b", re.I)
"""A scale right after a part of one: "three quarters billion"."""
_MIXED = lazyre.compile(r"\s+(?P<n>\d)/(?P<d>\d{1,2})(?![\d/])")
_SIGN_WORD = lazyre.compile(r"(?<!or )\b(?:minus|negative)\s+$", re.I)
"""A sign in words; "plus or minus 3.1 points" is a margin, not a negative figure."""
_PERCENT_BEFORE = lazyre.compile(r"\b(?:percents?|per\s?cent)\s+of\s+$", re.I)
_PERCENT_POINTS = lazyre.compile(units.PERCENT_POINTS, re.I)
_PERCENT = lazyre.compile(units.PERCENT, re.I)
_BASIS_POINTS = lazyre.compile(units.BASIS_POINTS, re.I)
_HALF_OF = lazyre.compile(r"half(?=\s+of\b)", re.I)
_HALF_THE = lazyre.compile(
    r"half(?=\s+(?:the|its|their|all)\s+(?!(?:time|battle|fun|story)\b)[^\W\d_])", re.I
)
"""A half of a whole named at once: "half the population", "half its budget"; not the idioms
"half the time", "half the battle"."""
_INCHES = lazyre.compile(
    r"(?:,?\s+and)?\s*(?P<n>1[01]|\d)\s?(?:inch(?:es)?\b|in\b(?!\s+(?:the|a|an)\b)|[\"″”])",
    re.I,
)
"""The inches of a height told in feet: "5 feet 2 inches", "6ft 1in", "5 ft 11\"."""
_PART_BEFORE = lazyre.compile(
    r"\b(?:the|a|an|first|second|other|latter|former|each|one|every|this|that)\s+$", re.I
)
_HALF_A = lazyre.compile(
    r"half\s+an?\s+(?=(?:(?:percentage|percent|per\s?cent)\s+)?points?\b)", re.I
)
_HALF_A_PERCENT = lazyre.compile(r"half\s+an?\s+(?:percent|per\s?cent)\b(?!\s*points?\b)", re.I)
"""Half of one percent: "decline by about half a percent" is 0.5%."""
_MILLION_CODE = lazyre.compile(rf"\s?M(?P<code>{units.CURRENCY_CODE_PATTERN})\b")
_CODE_AFTER = lazyre.compile(rf"\s?(?:{units.CURRENCY_CODE_PATTERN})\b", re.I)
_WORD_AFTER = lazyre.compile(
    rf"(?:-|\s+(?:(?:(?!(?:a|an|per|each|every)\s)[A-Za-z]+\s+){{0,2}})?)"
    rf"{units.CURRENCY_WORD_PATTERN}\b",
    re.I,
)
"""A currency word after the amount: "5 dollars", "3 US dollars", "a one-yen bid"; not a
weight the amount is the price of: "$4.30 a pound"."""
_SUBUNIT_AFTER = lazyre.compile(rf"(?:\s?|-){units.SUBUNIT_PATTERN}\b", re.I)
_SYMBOL_AFTER = lazyre.compile(r"\s?(?:[€£¥₩₹₽元₡₾₭]|\$(?!\s?\d))")
PREFIX_BEFORE = lazyre.compile(rf"(?<![\w$])(?:{units.CURRENCY_PREFIX})\s?$", re.I)
_CODE_BEFORE = lazyre.compile(rf"\b(?:M?(?-i:{units.CURRENCY_CODE_PATTERN}))\s?$", re.I)
_MEASURE_WORD = lazyre.compile(
    lambda: rf"(?:\s?|-)(?P<u>{trie(units.MEASURE_WORDS)})(?:e?s)?(?![\w])", re.I
)
_MEASURE_SYMBOL = lazyre.compile(
    lambda: rf"(?:\s?|-)(?P<u>{trie(units.MEASURE_SYMBOLS)})(?![\w²³^/])"
)
_GLUED_MEASURE = lazyre.compile(lambda: rf"(?P<u>{trie(units.GLUED_ONLY_SYMBOLS)})(?![\w])")
_METRES = lazyre.compile(
    r"\s?m(?=[\s-](?:high|tall|long|wide|deep|thick|away|across|below|above"
    r"|in\s+(?:diameter|length|height|width|depth))\b)"
)
"""A bare "m" is metres only where a size follows ("a 10m-high wall", "300m tall"): alone it
may be millions too."""
_HYPHEN_TIME = lazyre.compile(r"-(?P<u>year|month|week|day|hour|minute|decade)(?![\w-])", re.I)
"""A span written before its noun: "a 22-year high", "a 90-day truce" ("a 28-year-old" is an
age, read in `context`)."""
_DENOMINATORS = frozenset({*range(2, 11), 12, 16, 20, 25, 32, 40, 50, 64, 100})
"""The denominators fractions are written with."""
_NEXT_WORD = lazyre.compile(r"[ \t]+([A-Za-z]+)\b")
_SLASH_DIGIT = lazyre.compile(r"/\d")
_BAD_SHAPE = lazyre.compile(r"[.:,]\d|\^")
_DENOMINATOR = lazyre.compile(r"/(\d+)(?![\d/])")
_COMPOUND = lazyre.compile(r"-[a-z]", re.I)
_CURRENCY_WORD_END = lazyre.compile(rf".*?{units.CURRENCY_WORD_PATTERN}\b", re.I | re.S)
_SYMBOL_CHAR = lazyre.compile(r"[^\w\s.]")
_CENT_AMOUNT = rf"\d{{1,2}}|{numbers.TWO_WORDS}"
_CENTS = lazyre.compile(
    rf"\s+(?:and\s+)?(?P<n>{_CENT_AMOUNT})(?P<c>\s+{units.SUBUNIT_PATTERN})?"
    r"(?=\s*(?:[.;,!?)]|$))|(?P<ctail>\s+(?:and\s+)?(?P<cn>"
    rf"{_CENT_AMOUNT})\s+{units.SUBUNIT_PATTERN}\b)",
    re.I,
)


@dataclass(slots=True)
class Figure:
    """A number as written, with its span and what the text says about it.

    Built in place while its suffixes, range and hedges are read; not changed once yielded.
    """

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    unit: str | None
    qualifier: Qualifier
    hedge: str | None
    step: float
    kind: str
    factor: float = 1.0

    @property
    def scaled(self) -> bool:
        """True when a scale word or abbreviation multiplied the amount."""
        return self.factor != 1.0


def update(figure: Figure, **changes: object) -> Figure:
    """Set fields of a figure under construction (cheaper than copying it each time)."""
    for key, value in changes.items():
        setattr(figure, key, value)
    return figure


def exact(start: int, end: int, value: float, step: float, kind: str) -> Figure:
    """A plain figure with no unit or hedge yet."""
    return Figure(start, end, value, None, None, None, Qualifier.EXACT, None, step, kind)


def amount(text: str, match: re.Match[str]) -> Figure | None:
    """The amount at `match` with its sign, scale, percent or currency."""
    if match.group("vague"):
        value, low, high = numbers.parse_vague(match.group("vague"))
        start, end = match.span("vague")
        return Figure(start, end, value, low, high, None, Qualifier.VAGUE, None, value, "vague")
    figure = _words(text, match) if match.group("words") else _digits(text, match)
    if figure is None:
        return None
    if _signed(text, figure.start):
        figure = update(figure, start=figure.start - 1, value=-figure.value)
    elif _SIGN_WORD.search(text[max(0, figure.start - 12) : figure.start]) or (
        match.groupdict().get("sign") and figure.value > 0
    ):
        figure = update(figure, value=-figure.value)
    if _PERCENT_BEFORE.search(text[max(0, figure.start - 20) : figure.start]):
        return update(figure, unit="percent")
    return figure


def _signed(text: str, start: int) -> bool:
    """A minus sign that starts a token: " -9.5", "(−18"; not the dash of "22-24"."""
    return start > 0 and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n(")


def _digits(text: str, match: re.Match[str]) -> Figure | None:
    digits = match.group("digits")
    start, end = match.span("digits")
    if _bad_digit_shape(text, end):
        return None
    if _SLASH_DIGIT.match(text, end, end + 2):
        fraction = _fraction(digits, start, end, text)
        return fraction and _with_suffix(text, fraction)
    value, step = numbers.parse_digits(digits), numbers.significant_step(digits)
    if power := _POWER.match(text, end):
        factor = 10.0 ** int(power.group("exp").replace("−", "-"))
        value, step, end = value * factor, step * factor, power.end()
    if (mixed := _MIXED.match(text, end)) and int(mixed.group("n")) < int(mixed.group("d")):
        value += int(mixed.group("n")) / int(mixed.group("d"))
        return _with_suffix(text, exact(start, mixed.end(), value, step / 100, "fraction"))
    if _FRACTION_WORD.match(text, end) and not _SCALE_WORD.match(text, end):
        return None
    scaled = _with_scale(text, exact(start, end, value, step, "digits"))
    return _with_suffix(text, _with_and_fraction(text, scaled, scaled.factor))


def _bad_digit_shape(text: str, end: int) -> bool:
    """Digits that continue as an address, a version, a time or a power are not amounts."""
    return bool(_BAD_SHAPE.match(text, end, end + 2))


def _fraction(digits: str, start: int, end: int, text: str) -> Figure | None:
    """A simple fraction such as "1/2"; anything else joined by a slash is an identifier."""
    match = _DENOMINATOR.match(text, end)
    if match is None:
        return None
    numerator, denominator = numbers.parse_digits(digits), float(match.group(1))
    if not 1 <= numerator < denominator or denominator not in _DENOMINATORS or "," in digits:
        return None  # NOTE: "9/11", "24/7": dates and set phrases, not parts of a whole
    value = numerator / denominator
    return exact(start, match.end(), value, value / 100, "fraction")


def _words(text: str, match: re.Match[str]) -> Figure | None:
    start, end = match.span("words")
    written = match.group("words")
    if fraction := _FRACTION_WORD.match(text, end):
        value = numbers.parse_fraction(written, fraction.group("den"))
        if value is None:
            return None
        end = fraction.end()
        if of_scale := _OF_SCALE.match(text, end) or (value < 1 and _BARE_SCALE.match(text, end)):
            value, end = value * numbers.SCALE_WORDS[of_scale.group("s").lower()], of_scale.end()
            # NOTE: "three-quarters of a billion dollars" is money, as "half a billion" is
            return _with_suffix(text, exact(start, end, value, value / 10, "fraction"))
        figure = exact(start, end, value, value / 10, "fraction")
        return _with_points(text, figure) or figure
    if written.lower() in numbers.SCALE_WORDS:
        return None  # NOTE: "($ billion)", "in million tonnes": a unit of a table or label
    value_or_none = numbers.parse_words(written)
    compound = _COMPOUND.match(text, end, end + 2) and not (
        _MEASURE_WORD.match(text, end)
        or _WORD_AFTER.match(text, end)
        or _HYPHEN_TIME.match(text, end)
    )
    if value_or_none is None or compound:
        return None  # NOTE: "twenty-first", "one-sided": a rank or a compound word
    step = max(1.0, numbers.significant_step(str(int(value_or_none))))
    figure = exact(start, end, value_or_none, step, "words")
    if spaced := _SCALE_SPACED.match(text, end):
        word = spaced.group().strip().rstrip(".").lower()
        figure = _scaled(figure, numbers.SCALE_ABBREVIATIONS[word], spaced.end())
    else:
        figure = _with_and_fraction(text, figure, numbers.trailing_scale(written))
    return _with_suffix(text, figure)


def article_fraction(text: str, start: int) -> Figure | None:
    """ "a half", "a fifth of": one part, when the word cannot be a rank ("a third country");
    after "by" any word may follow ("fell by almost a quarter in 2023")."""
    if one := _ONE_POINT.match(text, start):
        return update(exact(start, one.end(), 1.0, 0.1, "words"), unit="percentage_points")
    match = _ARTICLE_FRACTION.match(text, start)
    if match is None and _BY_BEFORE.search(text, max(0, start - 24), start):
        match = _FRACTION_AFTER_BY.match(text, start)
    if match is None:
        return None
    value = numbers.parse_fraction(match.group("art"), match.group("den"))
    if value is None:
        return None
    figure = exact(start, match.end(), value, value / 10, "fraction")
    return _with_points(text, figure) or figure


_STACKING = frozenset({"lakh", "thousand", "hundred"})
_CRORE_AFTER = lazyre.compile(r"\s+crores?\b", re.I)
"""The crore after a lakh or a thousand: Indian figures stack their scales."""


def _with_scale(text: str, figure: Figure) -> Figure:
    end = figure.end
    for pattern, table in (
        (_SCALE_WORD, _MULTIPLIERS),
        (_SCALE_SPACED, numbers.SCALE_ABBREVIATIONS),
    ):
        if match := pattern.match(text, end):
            word = match.group().strip().lstrip("-").rstrip(".").lower()
            scaled = _scaled(figure, table[word], match.end())
            if word in _STACKING and (crore := _CRORE_AFTER.match(text, match.end())):
                scaled = _scaled(scaled, numbers.SCALE_WORDS["crore"], crore.end())
            return scaled  # NOTE: "Rs 6.81 lakh crore" is 6.81 trillion rupees
    match = _SCALE_GLUED.match(text, end)
    if match is None:
        return figure
    word = match.group().strip()
    money = PREFIX_BEFORE.search(text[max(0, figure.start - 6) : figure.start])
    # NOTE: glued "m" or "b" without a currency is metres or bits, not millions or billions,
    # and "T" tonnes or teslas; but "1.5m barrels" counts millions. "G" before a word is a
    # generation ("5G networks"), not billions.
    if not money and _not_a_scale(text, figure, word, match.end()):
        return figure
    return _scaled(figure, numbers.SCALE_ABBREVIATIONS[word.lower()], match.end())


def _not_a_scale(text: str, figure: Figure, word: str, end: int) -> bool:
    if word == "G":
        return _NEXT_WORD.match(text, end) is not None
    if word == "m":
        if _METRES.match(text, figure.end):
            return True  # NOTE: "1.8m tall" is metres, whatever else the text writes
        return not (context.plural_after(text, end) or _writes_m_for_millions(text))
    return word == "T" or (word == "b" and figure.value >= 1000)


_GLUED_M = lazyre.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?m\b")


@lru_cache(maxsize=2)
def _writes_m_for_millions(text: str) -> bool:
    """True when a text writes "m" for millions where it is sure to: before a plural ("6.3m
    refugees") or after a currency ("£5m"). Then "about 1.2m," is a million too, as the same
    writer means it; "outreach is 48m" alone stays metres."""
    for n, match in enumerate(_GLUED_M.finditer(text)):
        if n == _GLUED_M_LOOKS:
            break
        if context.plural_after(text, match.end()) or PREFIX_BEFORE.search(
            text, max(0, match.start() - 6), match.start()
        ):
            return True
    return False


_GLUED_M_LOOKS = 50
"""How many glued "m" a text is searched for one that tells millions (a bound on the work)."""


def _scaled(figure: Figure, factor: float, end: int) -> Figure:
    return update(figure, end=end, value=figure.value * factor, step=figure.step * factor,
                   factor=figure.factor * factor)  # fmt: skip


def _with_and_fraction(text: str, figure: Figure, scale: float) -> Figure:
    """ "2 and a half years", "three and a fifth", "3 million and a half": one part more, of
    the scale when there is one. An ordinal other than a half or a quarter must end the phrase
    or come before "of" or a plural: "two and a third place" ranks."""
    match = _AND_FRACTION.match(text, figure.end)
    if match is None:
        return figure
    word = match.group("f").lower()
    denominator = numbers.DENOMINATORS.get(word)
    if denominator is None or word == "halves":
        return figure
    if word not in numbers.FRACTIONS and not _part_ends(text, match.end()):
        return figure
    return update(figure, end=match.end(), value=figure.value + scale / denominator)


def _part_ends(text: str, end: int) -> bool:
    return bool(_PART_END.match(text, end)) or context.plural_after(text, end)


def _with_suffix(text: str, figure: Figure) -> Figure:
    """Percent, percentage points, a currency code, word, sub-unit or trailing symbol."""
    end = figure.end
    if points := _with_points(text, figure):
        return points
    if match := _BASIS_POINTS.match(text, end):
        return update(figure, end=match.end(), unit="percentage_points",
                      value=figure.value / 100, step=figure.step / 100)  # fmt: skip
    if match := _PERCENT.match(text, end):
        return update(figure, end=match.end(), unit="percent")
    if match := _SUBUNIT_AFTER.match(text, end):
        code, factor = units.SUBUNITS[_subunit_key(match.group())]
        return update(figure, end=match.end(), unit=code, value=figure.value * factor,
                       step=figure.step * factor)  # fmt: skip
    if match := _MILLION_CODE.match(text, end):
        figure = update(figure, unit=units.currency_from_code(match.group("code")))
        return _scaled(figure, 1_000_000, match.end())
    return _with_measure(text, figure) or _with_currency_suffix(text, figure)


def _with_points(text: str, figure: Figure) -> Figure | None:
    """Percentage points after the amount: "0.5 percentage point", "a quarter of a point";
    "point" alone after a part of one (`_BARE_POINTS`)."""
    match = _PERCENT_POINTS.match(text, figure.end)
    if match is None and 0 < figure.value < 1:
        match = _BARE_POINTS.match(text, figure.end)
    return update(figure, end=match.end(), unit="percentage_points") if match else None


def lone_half(text: str, start: int) -> Figure | None:
    """A half with no article before it: "half a percentage point", "nearly half of voters",
    "fell by half". Only there: "half a day" is no figure, "the first half of 2024" a time."""
    if match := _HALF_A.match(text, start):
        return _with_points(text, exact(start, match.end(), 0.5, 0.05, "fraction"))
    if match := _HALF_A_PERCENT.match(text, start):
        return update(exact(start, match.end(), 0.5, 0.05, "words"), unit="percent")
    if _BY_BEFORE.search(text, max(0, start - 24), start) and _HALF_ALONE.match(text, start):
        return exact(start, start + 4, 0.5, 0.05, "fraction")
    if (
        match := _HALF_OF.match(text, start) or _HALF_THE.match(text, start)
    ) and not _PART_BEFORE.search(text, max(0, start - 12), start):
        return exact(start, match.end(), 0.5, 0.05, "fraction")
    return None


def _with_measure(text: str, figure: Figure) -> Figure | None:
    """A unit of measure after the amount: "5 km", "5km", "a 40-mile convoy", "30C"."""
    end = figure.end
    if match := _MEASURE_WORD.match(text, end):
        word = " ".join(match.group("u").lower().split())
        unit = units.MEASURE_WORDS[word]
        if scale := units.WORD_SCALES.get(word):
            figure = _scaled(figure, scale, end)  # NOTE: "5 gigatonnes" is 5 billion tonnes
    elif match := _MEASURE_SYMBOL.match(text, end):
        unit = units.MEASURE_SYMBOLS[match.group("u")]
        if scale := units.SYMBOL_SCALES.get(match.group("u")):
            figure = _scaled(figure, scale, end)  # NOTE: "15 bcm" is 15 billion cubic metres
    elif figure.kind == "digits" and (match := _GLUED_MEASURE.match(text, end)):
        unit = units.GLUED_ONLY_SYMBOLS[match.group("u")]
    elif figure.kind == "digits" and (match := _METRES.match(text, end)):
        unit = "metre"
    elif match := _HYPHEN_TIME.match(text, end):
        unit = match.group("u").lower() + "s"
    else:
        return None
    figure = update(figure, end=match.end(), unit=unit)
    return _with_inches(text, figure) if unit == "foot" else figure


def _with_inches(text: str, figure: Figure) -> Figure:
    """A height in feet and inches is one figure in feet: "5 feet 2 inches" is 5.17 feet."""
    match = _INCHES.match(text, figure.end)
    if match is None or figure.kind != "digits" or figure.value != int(figure.value):
        return figure
    inches = int(match.group("n"))
    return update(figure, end=match.end(), value=figure.value + inches / 12, step=1 / 12)


def _with_currency_suffix(text: str, figure: Figure) -> Figure:
    end = figure.end
    if match := _CODE_AFTER.match(text, end):
        code = units.currency_from_code(match.group().strip())
        figure = update(figure, end=match.end(), unit=code)
        figure = figure if figure.scaled else _with_scale(text, figure)
    elif match := _WORD_AFTER.match(text, end):
        word = _CURRENCY_WORD_END.match(match.group())
        assert word is not None  # NOTE: _WORD_AFTER matched the same pattern
        figure = update(
            figure, end=end + word.end(), unit=units.currency_from_word(word.group().lstrip("-"))
        )
    elif match := _SYMBOL_AFTER.match(text, end):
        figure = update(
            figure, end=match.end(), unit=units.currency_from_symbol(match.group().strip())
        )
    else:
        return figure
    return _with_cents(text, figure)


def _with_cents(text: str, figure: Figure) -> Figure:
    """ "3 dollars 50 cents", "15 dollars and 50", "17 USD 25": the cents of a whole amount."""
    match = _CENTS.match(text, figure.end)
    if figure.scaled or match is None:
        return figure
    written = match.group("n") or match.group("cn")
    cents = numbers.parse_digits(written) if written[:1].isdigit() else numbers.parse_words(written)
    if cents is None or not 0 < cents < 100:
        return figure
    return update(figure, end=match.end(), value=figure.value + cents / 100, step=0.01)


def _subunit_key(word: str) -> str:
    word = word.strip().lstrip("-").lower()
    if word.startswith("cent"):
        return "cent"
    return "penny" if word.startswith("penn") else "pence"


def with_prefix(text: str, figure: Figure) -> Figure:
    """A currency symbol or code written before the amount: "$", "US$", "USD", "MEUR"."""
    if figure.unit is not None:
        return figure
    window = text[max(0, figure.start - 8) : figure.start]
    match = PREFIX_BEFORE.search(window) or _CODE_BEFORE.search(window)
    if match is None:
        return figure
    symbol = match.group().strip()
    start = figure.start - (len(window) - match.start())
    if _SYMBOL_CHAR.search(symbol) or symbol.lower() in units.CURRENCY_SYMBOLS:
        return update(figure, start=start, unit=units.currency_from_symbol(symbol))
    if len(symbol) == 4 and symbol[0] == "M":
        figure = _scaled(
            update(figure, unit=units.currency_from_code(symbol[1:])), 1_000_000, figure.end
        )
        return update(figure, start=start)
    return update(figure, start=start, unit=units.currency_from_code(symbol))
