"""Units: currency symbols, codes and words to ISO 4217, percent, rate bases, counted nouns."""

from __future__ import annotations

import re

from factcheck import lazyre
from factcheck.extract.trie import trie

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "usd$": "USD", "a$": "AUD",
    "au$": "AUD", "aud$": "AUD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "hk$": "HKD",
    "nz$": "NZD", "nzd$": "NZD", "nt$": "TWD", "s$": "SGD", "mex$": "MXN", "mxn$": "MXN",
    "r$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB", "₴": "UAH",
    "₺": "TRY", "₪": "ILS", "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₱": "PHP",
    "rs": "INR", "rs.": "INR",
}  # fmt: skip
CURRENCY_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB", "CHF", "INR", "RUB", "UAH", "CAD", "AUD",
    "HKD", "NZD", "SGD", "MXN", "BRL", "TRY", "ILS", "SEK", "NOK", "DKK", "PLN", "KPW", "TWD",
    "ZAR", "SAR", "AED", "IRR",
})  # fmt: skip
CURRENCY_WORDS = {
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "dollar": "USD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "hong kong dollar": "HKD",
    "new zealand dollar": "NZD", "singapore dollar": "SGD", "taiwan dollar": "TWD",
    "euro": "EUR", "pound sterling": "GBP", "pound": "GBP", "sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "won": "KRW", "south korean won": "KRW",
    "korean won": "KRW", "north korean won": "KPW", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH",
    "rupee": "INR", "indian rupee": "INR", "swiss franc": "CHF", "turkish lira": "TRY",
    "lira": "TRY", "shekel": "ILS", "peso": "MXN", "mexican peso": "MXN", "real": "BRL",
    "finnish markka": "FIM", "markka": "FIM", "dutch guilder": "NLG", "guilder": "NLG",
    "peseta": "ESP", "krona": "SEK", "krone": "NOK", "zloty": "PLN", "rand": "ZAR",
}  # fmt: skip
SUBUNITS = {"cent": ("USD", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01)}

# NOTE: units of measure in the words news uses, each folded to one name so that "5 km",
# "5km", "five kilometres" and "a 5-kilometre zone" read alike. "m" and "t" are left out:
# glued to a number they mean millions and tonnes as often as metres and trillions.
MEASURE_WORDS = {
    "kilometre": "km", "kilometer": "km", "metre": "metre", "meter": "metre",
    "centimetre": "cm", "centimeter": "cm", "millimetre": "mm", "millimeter": "mm",
    "mile": "mile", "foot": "foot", "feet": "foot", "yard": "yard", "inch": "inch",
    "inches": "inch", "nautical mile": "nautical mile", "kilogram": "kg", "kilogramme": "kg",
    "gram": "g", "gramme": "g", "milligram": "mg", "tonne": "tonne", "metric ton": "tonne",
    "ton": "ton", "litre": "litre", "liter": "litre", "millilitre": "ml", "milliliter": "ml",
    "gallon": "gallon", "hectare": "hectare", "acre": "acre", "magnitude": "magnitude",
    "square kilometre": "km²", "square kilometer": "km²", "square mile": "sq mile",
    "square metre": "m²", "square meter": "m²", "cubic metre": "m³", "cubic meter": "m³",
    "kilowatt": "kW", "megawatt": "MW",
    "gigawatt": "GW", "terawatt": "TW", "kilowatt hour": "kWh", "kilowatt-hour": "kWh",
    "megawatt hour": "MWh", "megawatt-hour": "MWh", "gigawatt hour": "GWh",
    "gigawatt-hour": "GWh", "terawatt hour": "TWh", "terawatt-hour": "TWh",
    "degrees celsius": "°C", "degree celsius": "°C", "degrees centigrade": "°C",
    "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "knot": "knot",
    "part per million": "ppm", "parts per million": "ppm", "gigatonne": "tonne",
    "megatonne": "tonne",
}  # fmt: skip
"""Unit words, in the singular unless the plural is irregular; a plural "s" or "es" is read too."""
METRIC = {
    "mile": ("km", 1.609344), "nautical mile": ("km", 1.852), "foot": ("metre", 0.3048),
    "yard": ("metre", 0.9144), "inch": ("cm", 2.54), "mph": ("km/h", 1.609344),
    "knot": ("km/h", 1.852), "lb": ("kg", 0.45359237), "sq mile": ("km²", 2.58998811),
    "acre": ("hectare", 0.40468564),
}  # fmt: skip
"""Units that are compared in their metric unit, with its factor: "winds of 140 mph" and
"225 km/h" are one speed. Tons and gallons are left out: which ton, which gallon?"""
BARRELS_A_DAY = "barrels/day"
"""The unit of "bpd" and "b/d", which a claim states as barrels with a rate per day."""
MEASURE_SYMBOLS = {
    "km": "km", "kms": "km", "cm": "cm", "mm": "mm", "kg": "kg", "kgs": "kg", "mg": "mg",
    "lb": "lb", "lbs": "lb", "oz": "oz", "ml": "ml", "ha": "hectare", "ft": "foot", "km2": "km²",
    "km²": "km²", "sq km": "km²", "sq mi": "sq mile", "m2": "m²", "m²": "m²", "kW": "kW",
    "MW": "MW", "GW": "GW", "TW": "TW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh",
    "TWh": "TWh", "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmph": "km/h", "°C": "°C",
    "°F": "°F", "° C": "°C", "° F": "°F", "ºC": "°C", "ºF": "°F", "m3": "m³", "m³": "m³",
    "bcm": "m³", "tcm": "m³", "bpd": BARRELS_A_DAY, "b/d": BARRELS_A_DAY, "ppm": "ppm",
    "Gt": "tonne", "GtCO2": "tonne", "GtCO2e": "tonne", "Mt": "tonne", "MtCO2": "tonne",
    "MtCO2e": "tonne",
    "mb/d": BARRELS_A_DAY, "mbpd": BARRELS_A_DAY, "kb/d": BARRELS_A_DAY, "kbpd": BARRELS_A_DAY,
}  # fmt: skip
"""Unit symbols, matched in their own letter case ("MW" is not "mW")."""
SYMBOL_SCALES = {
    "bcm": 1e9, "tcm": 1e12, "mb/d": 1e6, "mbpd": 1e6, "kb/d": 1e3, "kbpd": 1e3, "Gt": 1e9,
    "GtCO2": 1e9, "GtCO2e": 1e9, "Mt": 1e6, "MtCO2": 1e6, "MtCO2e": 1e6,
}  # fmt: skip
"""Symbols that hold a scale: "15 bcm" is 15 billion cubic metres, "9.2 mb/d" 9.2 million
barrels a day, "37.4 GtCO2" 37.4 billion tonnes."""
WORD_SCALES = {"gigatonne": 1e9, "megatonne": 1e6}
"""Unit words that hold a scale, by their singular: "5 gigatonnes" is 5 billion tonnes."""
GLUED_ONLY_SYMBOLS = {"C": "°C"}
"""Symbols read only when glued to the number: "30C" is a temperature, "30 C" may be anything."""

CURRENCY_CODE_PATTERN = trie(CURRENCY_CODES)
CURRENCY_WORD_PATTERN = rf"(?:{trie(CURRENCY_WORDS)})(?:e?s)?"
SUBUNIT_PATTERN = r"(?:cents?|pence|penny|pennies)"
CURRENCY_PREFIX = (
    r"(?:(?:us|u\.s\.?)(?:\$|(?<!the us)(?<!the u\.s)(?<!the u\.s\.)\s\$)"
    r"|(?:usd|au|aud|c|ca|cad|hk|nz|nzd|nt|mex|mxn)\s?\$|(?-i:[ASR])\$|[$€£¥₩₹₽₴₺₪₱]"
    r"|rs\.?)"
)
"""A currency symbol, optionally with its country letters: "$", "US$", "HK $", "NT$", "€"; in
"the US $174 million", "the US" is the country."""

PERCENT = r"(?:%|\s?per\s?cent\b|\s?percent(?:age)?s?\b|\s?pct\b|pc\b)"
PERCENT_POINTS = (
    r"\s?(?:of\s+an?\s+)?(?:percentage|percent|per\s?cent)\s+points?\b"
    r"|\s?(?-i:pp|ppts?|p\.p\.)(?!\w|\.\w)"
)
"""Percentage points; "of a" after a fraction: "a quarter of a percentage point"; "0.5pp",
"2 ppts", "3 p.p."."""
BASIS_POINTS = r"(?:\s?|-)(?:basis[\s-]points?\b|(?-i:bps?)(?![\w]))"
"""Hundredths of a percentage point: "25 basis points", "40bp", "a 50-bps cut"."""

RATE_WORDS = {
    "day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month",
    "monthly": "month", "year": "year", "yearly": "year", "annually": "year", "annum": "year",
    "annual": "year", "hour": "hour", "hourly": "hour",
}  # fmt: skip

# NOTE: synonyms fold the ways news text names one counted thing; anything else keeps its word.
COUNT_SYNONYMS = {
    "troops": "troops", "soldiers": "troops", "forces": "troops", "personnel": "troops",
    "servicemen": "troops", "fighters": "troops", "combatants": "troops", "recruits": "troops",
    "militants": "troops", "mercenaries": "troops", "hostages": "hostages",
    "people": "people", "persons": "people", "individuals": "people", "residents": "people",
    "inhabitants": "people", "citizens": "people", "deaths": "deaths", "dead": "deaths",
    "fatalities": "deaths", "casualties": "casualties", "causalities": "casualties",
    "refugees": "refugees", "migrants": "migrants", "workers": "workers", "payrolls": "jobs",
    "labourers": "workers", "laborers": "workers", "civilians": "civilians",
    "killed": "deaths", "injured": "people", "wounded": "people", "missing": "people",
    "displaced": "people", "evacuated": "people", "arrested": "people", "detained": "people",
    "hospitalised": "people", "hospitalized": "people", "homeless": "people",
    "hrs": "hours", "hr": "hours", "mins": "minutes", "yrs": "years",
    "force": "troops", "army": "troops", "contingent": "troops", "garrison": "troops",
    "fleet": "ships", "warships": "ships",
    "vessels": "ships", "patients": "people", "victims": "people",
    "terrorists": "troops", "insurgents": "troops", "jihadists": "troops",
    "jets": "aircraft", "planes": "aircraft", "warplanes": "aircraft", "airplanes": "aircraft",
    "aeroplanes": "aircraft", "airliners": "aircraft", "babies": "births", "newborns": "births",
    "arrivals": "people", "infections": "cases", "machinists": "workers", "employees": "workers",
    "staffers": "workers",
}  # fmt: skip
"""Plural nouns, and the participles news counts people with ("200 injured", "30 missing"):
what happened to them stays in the claim's words and keeps the events apart."""


def currency_from_symbol(symbol: str) -> str:
    """ISO code of a currency prefix such as "$", "US$", "hk $" or "€"."""
    key = re.sub(r"\s+", "", symbol.lower())
    return CURRENCY_SYMBOLS.get(key, "USD" if key.endswith("$") else key.upper())


def currency_from_code(code: str) -> str:
    """ISO code of a written code: "usd" -> "USD", "RMB" -> "CNY"."""
    code = code.upper()
    return "CNY" if code == "RMB" else code


def currency_from_word(word: str) -> str:
    """ISO code of a currency word: "dollars" -> "USD", "Swiss francs" -> "CHF"."""
    key = re.sub(r"\s+", " ", word.lower()).strip()
    words = key.split(" ")
    for start in range(len(words)):
        # NOTE: "British pounds": the words before a currency word may only describe it
        tail = " ".join(words[start:])
        for candidate in (tail, tail.rstrip("s"), tail[:-2] if tail.endswith("es") else tail):
            if candidate in CURRENCY_WORDS:
                return CURRENCY_WORDS[candidate]
    return key.upper()


SHARED_CURRENCY_WORDS = {
    "peso": ("MXN", {"mexico": "MXN", "argentina": "ARS", "chile": "CLP", "colombia": "COP",
                     "cuba": "CUP", "philippines": "PHP", "uruguay": "UYU",
                     "dominican republic": "DOP"}),
    "rupee": ("INR", {"india": "INR", "pakistan": "PKR", "sri lanka": "LKR", "nepal": "NPR"}),
    "pound": ("GBP", {"united kingdom": "GBP", "egypt": "EGP", "lebanon": "LBP", "syria": "SYP",
                      "sudan": "SDG"}),
    "krone": ("NOK", {"norway": "NOK", "denmark": "DKK"}),
    "krona": ("SEK", {"sweden": "SEK", "iceland": "ISK"}),
}  # fmt: skip
"""Currency words several countries share: the code read by default, and the code of each
country that uses the word, by which the country a report is about picks one."""
SHARED_DEFAULTS = frozenset(default for default, _ in SHARED_CURRENCY_WORDS.values())
_BARE_CURRENCY = lazyre.compile(
    r"(?:\d|\b(?:thousand|million|billion|trillion|bn|mn|m|k|crore|lakh)|\$)[\s-]*"
    r"(?P<word>peso|rupee|pound|krone|krona)",
    re.I,
)
"""A shared currency word right after its amount, with no country's name before it."""


def local_currency(written: str, code: str, countries: list[str]) -> str:
    """The code of a shared currency word (`SHARED_CURRENCY_WORDS`) in the one country among
    `countries` that uses it, when the amount as `written` names no country of its own: "1.8
    trillion pesos" in a report on Argentina are Argentine pesos, "5 Mexican pesos" are not."""
    match = _BARE_CURRENCY.search(written)
    if match is None:
        return code
    default, local = SHARED_CURRENCY_WORDS[match.group("word").lower()]
    found = {local[country] for country in countries if country in local}
    return found.pop() if code == default and len(found) == 1 else code


MEASURE_NOUNS = {
    "population": "people", "populations": "people", "toll": "deaths", "casualties": "casualties",
    "causalities": "casualties", "deaths": "deaths", "fatalities": "deaths", "dead": "deaths",
    "turnout": "people", "headcount": "people", "workforce": "workers", "refugees": "refugees",
    "magnitude": "magnitude", "crowd": "people", "crowds": "people", "payrolls": "jobs",
    "payroll": "jobs", "employment": "jobs", "births": "births",
}  # fmt: skip
"""Nouns that name what a bare figure counts from before it: "a population of 2.2 million"."""
SIZE_NOUNS = {
    "army": "troops", "armies": "troops", "fleet": "ships", "fleets": "ships", "crew": "people",
    "crews": "people", "workforce": "workers",
}  # fmt: skip
"""Nouns whose size a figure that counts nothing named gives: "its army numbers 1.2 million"
(and not "the army has 40 tanks")."""
_SAYING = frozenset({"said", "says", "told", "reported", "reports", "announced", "claimed"})
_JOINS = frozenset({"and", "or", "but", "while", "whereas"})


def measured_unit(before: list[str], *, bare: bool = False) -> str | None:
    """The unit a figure takes from a measure noun among the last words before it, in its own
    clause ("the army said 30 were killed" counts the killed, not the army); `bare` when the
    figure counts nothing named after it."""
    for word in reversed(before[-6:]):
        if word.lower() in _SAYING or word.lower() in _JOINS:
            return None  # NOTE: "25 people dead and more than 2,000 detained": another clause
        unit = MEASURE_NOUNS.get(word.lower()) or (SIZE_NOUNS.get(word.lower()) if bare else None)
        if unit:
            return unit
    return None


_SPANS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)


def is_span(noun: str) -> bool:
    """True for a noun that counts time: "12 months", "three years"."""
    return noun.lower() in _SPANS


def plural(word: str) -> str:
    """The plural of a singular English noun: "barrel" -> "barrels", "country" -> "countries"."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def counted_unit(noun: str | None) -> str:
    """The normalised name of a counted thing: "soldiers" -> "troops"; no noun -> "count"."""
    if not noun:
        return "count"
    word = noun.lower()
    if word in COUNT_SYNONYMS:
        return COUNT_SYNONYMS[word]
    if word in _MEASURE_PLURALS:
        return _MEASURE_PLURALS[word]  # NOTE: "Acres burned: about 37,000" measures in acres
    if is_demonym(noun):
        return "people"  # NOTE: plural demonyms ("Gazans", "Ukrainians") count people
    return word


_MEASURE_PLURALS = {
    word if word in ("feet", "inches") else plural(word): unit
    for word, unit in MEASURE_WORDS.items()
    if " " not in word
}
"""The plural of each one-word unit, as a label or a column names the unit of its figures."""


def is_demonym(word: str) -> bool:
    """True for a people's name in the plural: "Gazans", "Ukrainians", "Japanese", "Israelis"."""
    lower = word.lower()
    return word[:1].isupper() and (lower.endswith(("ans", "ese", "is", "ns")) or lower in _ALIKE)


_ALIKE = frozenset({"burkinabe", "swiss", "dutch", "thai", "inuit", "maori"})
"""Peoples' names whose plural is their singular and ends in none of the usual plurals."""
