"""The text of one number ("10,000", "1.3 million", "five and a half million") to its value."""

from __future__ import annotations

from factcheck import lazyre
from factcheck.extract.trie import trie

SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000,
}  # fmt: skip
SCALE_ABBREVIATIONS = {
    "dz": 12, "dzs": 12, "doz": 12, "dozs": 12, "k": 1_000, "m": 1_000_000, "mm": 1_000_000,
    "mn": 1_000_000, "mil": 1_000_000,
    "mln": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
    "g": 1_000_000_000, "t": 1_000_000_000_000, "tn": 1_000_000_000_000,
    "tln": 1_000_000_000_000, "trn": 1_000_000_000_000,
}  # fmt: skip
FRACTIONS = {"half": 0.5, "quarter": 0.25}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1_000,
    "millionth": 1_000_000, "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
}  # fmt: skip
ORDINAL = (
    r"(?:first|second(?!s\b)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|\w+tieth|hundredth|thousandth|millionth|billionth|trillionth|halves|quarters?)s?"
)
"""Ordinal and fraction words: after a number they make a fraction or a rank, never a count
("seconds" aside: "50 seconds" is a duration)."""
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "billions": 2_000_000_000, "trillions": 2_000_000_000_000,
}  # fmt: skip

_UNIT_WORDS = trie([*SMALL, *TENS])
_SCALE = "hundred|thousand|million|billion|trillion|dozens?|lakh|crore"
_WORD = rf"(?:{_UNIT_WORDS})(?:\s*-\s*(?:{_UNIT_WORDS}))?"
TWO_WORDS = rf"(?:{_UNIT_WORDS})(?:(?:\s*-\s*|\s+)(?:{_UNIT_WORDS}))?"
"""One or two number words below a hundred: "forty-five", "fifty five"."""
_AFTER_SCALE = "|".join(
    f"(?<={word})"
    for word in ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen")
)
_JOIN = (
    rf"(?:\s*-\s*|(?:{_AFTER_SCALE})\s+and\s+(?:a\s+|one\s+)?"
    rf"|\s+and\s+(?:a\s+|one\s+)?(?=half\b|quarter\b)"
    rf"|\s+and\s+(?=(?:{_UNIT_WORDS})(?:\s*-\s*(?:{_UNIT_WORDS}))?\s*-?\s*{ORDINAL}\b)"
    rf"|\s+(?:a\s+)?)"
)
"""How the words of one number join: "forty-five", "five hundred and two", "two and a half",
"twenty and three fifths". Elsewhere "and" joins two numbers ("between ten and fifteen")."""
_POINT = rf"(?:\s+point(?:\s+(?:{_UNIT_WORDS})(?:\s*-\s*(?:{_UNIT_WORDS}))?)+)?"
WORD_NUMBER = (
    rf"(?:(?:an?|half\s+an?|half|(?:a\s+)?quarter(?:\s+of\s+a)?)\s+(?={_SCALE}))?"
    rf"(?:{_WORD}|{_SCALE})(?:{_JOIN}(?:{_WORD}|{_SCALE}|half|quarter)\b)*{_POINT}"
)
"""A run of number words; `parse_words` gives its value."""

VAGUE_NUMBER = (
    r"(?:hundreds|dozens|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|(?:tens|scores)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:several|few)\s+(?:hundred\s+(?:thousand|million)|hundred|thousand|million|billion|dozen)"
)
"""A vague plural: "hundreds", "tens of thousands", "several thousand", "a few hundred"."""
SOME_OF = {"several": (3, 9), "few": (2, 5)}
"""How many of a scale "several" and "a few" may mean, at least and at most."""

VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
          "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
          "⅞": 0.875}  # fmt: skip
DIGITS = (
    r"\d*[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
    r"|\d+(?:\.\d+)?[eE][+-]?\d+(?![\w])"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d|[.,]\d)"
    r"|\d+(?:\.\d+)?"
    r"|\.\d+"
)
"""Digits with thousands separators (comma, thin or non-breaking space) and decimals; the
Indian grouping of lakhs and crores ("12,34,567") too."""

_TOKEN = lazyre.compile(r"[a-z]+")
_SEPARATORS = lazyre.compile(r"[,\s\u00a0\u202f\u2009]")
_NOT_DIGIT = lazyre.compile(r"[^\d.]")


def parse_digits(text: str) -> float:
    """The value of a digit string such as "10,000", "1 234 567", ".5" or "2½"."""
    if text[-1:] in VULGAR:
        return float(text[:-1] or 0) + VULGAR[text[-1]]
    return float(_SEPARATORS.sub("", text))


UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
"""Ordinals that end a compound denominator: "twenty-fifth", "thirty-first"."""


def parse_fraction(numerator: str, denominator: str) -> float | None:
    """ "three fifths" -> 0.6, "twenty and three fifths" -> 20.6, "six million and two thirds",
    "one twenty-fifth" -> 0.04. A fraction over one is plural: "twenty fifth" is a rank."""
    word = denominator.lower()
    text = numerator.lower().strip()
    words = text.replace("-", " ").split()
    unit = UNIT_ORDINALS.get(word.rstrip("s"))
    if unit and len(words) > 1 and words[-1] in TENS and words[-2] != "and":
        # NOTE: "one hundred thirty fifths" is 100/35; "one hundred and thirty fifths" is 26
        return _over(" ".join(words[:-1]), TENS[words[-1]] + unit, word)
    den = DENOMINATORS.get(word.rstrip("s"), DENOMINATORS.get(word))
    return None if den is None else _over(text, den, word)


def _over(text: str, den: int, word: str) -> float | None:
    whole_text, _, part = text.rpartition(" and ")
    part_value = _count(part)
    if whole_text and part_value is not None and part_value < den:
        whole = _count(whole_text)
        if whole is None:
            return None
        scale = trailing_scale(whole_text)
        return whole + part_value / den * scale
    value = _count(text)
    if value is None or (value != 1 and not word.endswith("s") and word not in FRACTIONS):
        return None
    return value / den


def _count(text: str) -> float | None:
    if text in ("a", "an", "one"):
        return 1.0
    return parse_digits(text) if text[:1].isdigit() else parse_words(text)


def trailing_scale(text: str) -> float:
    """ "six million" -> 1,000,000: a fraction after a large scale word is of that scale."""
    last = text.split()[-1]
    return float(SCALE_WORDS[last]) if last in SCALE_WORDS and SCALE_WORDS[last] >= 1000 else 1.0


def significant_step(text: str) -> float:
    """The place value of the last significant digit: "12,000" -> 1000, "1.35" -> 0.01."""
    digits = _NOT_DIGIT.sub("", text)
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def parse_words(text: str) -> float | None:
    """The value of number words: "twelve thousand", "five and a half million", "a dozen"."""
    words = _TOKEN.findall(text.lower().replace("-", " "))
    if "point" in words:
        at = words.index("point")
        whole = _parse_word_list(words[:at])
        return None if whole is None else whole + _decimals(words[at + 1 :])
    return _parse_word_list(words)


def _decimals(words: list[str]) -> float:
    """The fraction after "point": "five" -> .5, "nought three" -> .03, "seventy-one" -> .71."""
    if all(w in SMALL and SMALL[w] < 10 for w in words):
        digits = "".join(str(SMALL[w]) for w in words)
    else:
        digits = str(int(_parse_word_list(words) or 0))
    return float(f"0.{digits}") if digits else 0.0


def _parse_word_list(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    group: float | None = None  # what the words below a hundred said since the last scale word
    last_scale = 1.0
    seen = False
    for i, word in enumerate(words):
        if word == "one" and i + 1 < len(words) and words[i + 1] in FRACTIONS:
            continue  # NOTE: "and one half" reads as "and a half"
        if word in SMALL or word in TENS:
            value = SMALL.get(word, 0) + TENS.get(word, 0)
            if not _joins(group, value):
                return None  # NOTE: "seven-two", "three-nought-four": a tally, not one number
            current += value
            group = (group or 0) + value
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            group, seen = None, True
        elif word in ("dozen", "dozens"):
            below = group or 0
            current = current - below + (below or 1) * 12  # NOTE: "three hundred and two dozen"
            group, seen = None, True
        elif word in SCALE_WORDS and not current and i > 0 and words[i - 1] in SCALE_WORDS:
            total *= SCALE_WORDS[word]  # NOTE: "three lakh crore": stacked scales multiply
            last_scale *= SCALE_WORDS[word]
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current, last_scale, seen, group = 0.0, SCALE_WORDS[word], True, None
        elif word in FRACTIONS:
            if current or _next_is_scale(words, i):
                current += FRACTIONS[word]
                group = (group or 0) + FRACTIONS[word]
            else:
                total += FRACTIONS[word] * last_scale
            seen = True
    return total + current if seen else None


def _joins(group: float | None, value: int) -> bool:
    """Whether a word below a hundred goes on the ones said before it: only ones after tens
    ("forty-five"), never a second count ("seven-two", "nine eleven")."""
    if group is None:
        return True
    return group in TENS.values() and 0 < value < 10


def _next_is_scale(words: list[str], i: int) -> bool:
    rest = [w for w in words[i + 1 :] if w not in ("a", "an", "of")]
    return bool(rest) and (rest[0] in SCALE_WORDS or rest[0] == "dozen")


def parse_vague(text: str) -> tuple[float, float, float]:
    """Value, low and high of a vague plural: "hundreds" -> (200, 200, 999), "several
    thousand" -> (3,000, 3,000, 9,999)."""
    words = text.lower().split()
    if words[0] in SOME_OF:
        least, most = SOME_OF[words[0]]
        scale = 1
        for word in words[1:]:
            scale *= 12 if word == "dozen" else SCALE_WORDS[word]
        return float(least * scale), float(least * scale), float((most + 1) * scale - 1)
    value = float(VAGUE.get(words[0], 20))
    if len(words) > 1:
        value *= VAGUE[words[-1]] / 2
    return value, value, value * 5 - 1
