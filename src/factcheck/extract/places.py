"""Countries and blocs with the names news text gives them: demonyms, capitals, acronyms.

`actors_in` folds "North Korean", "DPRK" and "Pyongyang" into one actor, so that the reconciler
can tell whose figure a claim states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from factcheck import lazyre
from factcheck.extract.trie import trie

# NOTE: capitals stand for governments in news text ("Seoul said"); each line is one actor.
GAZETTEER: dict[str, tuple[str, ...]] = {
    "north korea": (
        "north korea",
        "north korean",
        "north koreans",
        "dprk",
        "pyongyang",
        "kim jong un",
    ),
    "south korea": (
        "south korea",
        "south korean",
        "south koreans",
        "rok",
        "seoul",
        "republic of korea",
        "bank of korea",
    ),
    "korea": ("korea", "korean", "koreans", "koreas", "the north", "the south"),
    "russia": (
        "russia",
        "russian",
        "russians",
        "moscow",
        "kremlin",
        "russian federation",
        "putin",
        "bank of russia",
    ),
    "ukraine": ("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "zelensky", "zelenskyy"),
    "united states": (
        "united states",
        "u.s.",
        "us",
        "usa",
        "u.s.a.",
        "america",
        "american",
        "americans",
        "washington",
        "pentagon",
        "federal reserve",
        "fed",
        "white house",
        "biden",
        "trump",
        "new mexico",
    ),
    "china": ("china", "chinese", "beijing", "prc", "xi jinping", "pboc", "people's bank of china"),
    "japan": ("japan", "japanese", "tokyo", "bank of japan", "boj"),
    "taiwan": ("taiwan", "taiwanese", "taipei"),
    "israel": ("israel", "israeli", "israelis", "idf", "jerusalem", "netanyahu"),
    "gaza": (
        "gaza",
        "gazan",
        "gazans",
        "hamas",
        "palestine",
        "palestinian",
        "palestinians",
        "west bank",
        "rafah",
    ),
    "iran": ("iran", "iranian", "iranians", "tehran", "khamenei"),
    "iraq": ("iraq", "iraqi", "iraqis", "baghdad"),
    "syria": ("syria", "syrian", "syrians", "damascus"),
    "lebanon": ("lebanon", "lebanese", "beirut", "hezbollah"),
    "turkey": ("turkey", "türkiye", "turkish", "ankara", "erdogan"),
    "india": ("india", "indian", "indians", "new delhi", "delhi", "modi"),
    "pakistan": ("pakistan", "pakistani", "islamabad"),
    "afghanistan": ("afghanistan", "afghan", "afghans", "kabul", "taliban"),
    "united kingdom": (
        "united kingdom",
        "uk",
        "u.k.",
        "britain",
        "british",
        "london",
        "england",
        "bank of england",
        "starmer",
    ),
    "france": ("france", "french", "paris", "macron"),
    "germany": ("germany", "german", "germans", "berlin", "scholz", "merz"),
    "poland": ("poland", "polish", "warsaw"),
    "italy": ("italy", "italian", "rome", "meloni"),
    "spain": ("spain", "spanish", "madrid"),
    "netherlands": ("netherlands", "dutch", "the hague", "amsterdam"),
    "belarus": ("belarus", "belarusian", "minsk", "lukashenko"),
    "estonia": ("estonia", "estonian", "tallinn"),
    "latvia": ("latvia", "latvian", "riga"),
    "lithuania": ("lithuania", "lithuanian", "vilnius"),
    "finland": ("finland", "finnish", "helsinki"),
    "sweden": ("sweden", "swedish", "stockholm"),
    "norway": ("norway", "norwegian", "oslo"),
    "canada": ("canada", "canadian", "canadians", "ottawa", "trudeau", "carney"),
    "australia": ("australia", "australian", "australians", "canberra"),
    "brazil": ("brazil", "brazilian", "brasilia", "lula"),
    "mexico": ("mexico", "mexican", "mexicans", "sheinbaum"),
    "egypt": ("egypt", "egyptian", "cairo"),
    "saudi arabia": ("saudi arabia", "saudi", "saudis", "riyadh"),
    "yemen": ("yemen", "yemeni", "houthi", "houthis", "sanaa"),
    "sudan": ("sudan", "sudanese", "khartoum"),
    "vietnam": ("vietnam", "vietnamese", "hanoi"),
    "philippines": ("philippines", "philippine", "filipino", "filipinos", "manila"),
    "indonesia": ("indonesia", "indonesian", "jakarta"),
    "singapore": ("singapore", "singaporean"),
    "mongolia": ("mongolia", "mongolian", "ulaanbaatar"),
    "georgia": ("georgia", "georgian", "tbilisi"),
    "kazakhstan": ("kazakhstan", "kazakh", "astana"),
    "south sudan": ("south sudan", "south sudanese", "juba"),
    "chad": ("chad", "chadian", "chadians", "n'djamena"),
    "ethiopia": ("ethiopia", "ethiopian", "ethiopians", "addis ababa"),
    "eritrea": ("eritrea", "eritrean", "eritreans", "asmara"),
    "somalia": ("somalia", "somali", "somalis", "mogadishu"),
    "kenya": ("kenya", "kenyan", "kenyans", "nairobi"),
    "uganda": ("uganda", "ugandan", "ugandans", "kampala"),
    "rwanda": ("rwanda", "rwandan", "rwandans", "kigali"),
    "congo": (
        "democratic republic of the congo",
        "drc",
        "dr congo",
        "congo",
        "congolese",
        "kinshasa",
    ),
    "nigeria": ("nigeria", "nigerian", "nigerians", "abuja"),
    "niger": ("niger", "nigerien", "niamey"),
    "mali": ("mali", "malian", "malians", "bamako"),
    "burkina faso": ("burkina faso", "burkinabe", "ouagadougou"),
    "south africa": ("south africa", "south african", "south africans", "pretoria"),
    "libya": ("libya", "libyan", "libyans", "tripoli"),
    "tunisia": ("tunisia", "tunisian", "tunisians", "tunis"),
    "algeria": ("algeria", "algerian", "algerians", "algiers"),
    "morocco": ("morocco", "moroccan", "moroccans", "rabat"),
    "jordan": ("jordan", "jordanian", "jordanians", "amman"),
    "qatar": ("qatar", "qatari", "qataris", "doha"),
    "united arab emirates": ("united arab emirates", "uae", "emirati", "emiratis", "abu dhabi"),
    "kuwait": ("kuwait", "kuwaiti", "kuwaitis"),
    "oman": ("oman", "omani", "muscat"),
    "bahrain": ("bahrain", "bahraini", "manama"),
    "armenia": ("armenia", "armenian", "armenians", "yerevan"),
    "azerbaijan": ("azerbaijan", "azerbaijani", "azeri", "baku"),
    "moldova": ("moldova", "moldovan", "chisinau"),
    "romania": ("romania", "romanian", "romanians", "bucharest"),
    "hungary": ("hungary", "hungarian", "hungarians", "budapest", "orban"),
    "czech republic": ("czech republic", "czechia", "czech", "prague"),
    "slovakia": ("slovakia", "slovak", "bratislava"),
    "bulgaria": ("bulgaria", "bulgarian", "sofia"),
    "serbia": ("serbia", "serbian", "serbs", "belgrade"),
    "croatia": ("croatia", "croatian", "zagreb"),
    "greece": ("greece", "greek", "athens"),
    "portugal": ("portugal", "portuguese", "lisbon"),
    "belgium": ("belgium", "belgian"),
    "austria": ("austria", "austrian", "vienna"),
    "switzerland": ("switzerland", "swiss", "bern"),
    "ireland": ("ireland", "irish", "dublin"),
    "denmark": ("denmark", "danish", "copenhagen"),
    "uzbekistan": ("uzbekistan", "uzbek", "tashkent"),
    "kyrgyzstan": ("kyrgyzstan", "kyrgyz", "bishkek"),
    "tajikistan": ("tajikistan", "tajik", "dushanbe"),
    "turkmenistan": ("turkmenistan", "turkmen", "ashgabat"),
    "myanmar": ("myanmar", "burma", "burmese", "naypyidaw"),
    "thailand": ("thailand", "thai", "bangkok"),
    "malaysia": ("malaysia", "malaysian", "malaysians", "kuala lumpur"),
    "cambodia": ("cambodia", "cambodian", "phnom penh"),
    "bangladesh": ("bangladesh", "bangladeshi", "bangladeshis", "dhaka"),
    "sri lanka": ("sri lanka", "sri lankan", "colombo"),
    "nepal": ("nepal", "nepali", "nepalese", "kathmandu"),
    "new zealand": ("new zealand", "new zealander", "new zealanders"),
    "argentina": ("argentina", "argentine", "argentinian", "buenos aires", "milei"),
    "chile": ("chile", "chilean", "chileans"),
    "colombia": ("colombia", "colombian", "colombians", "bogota", "bogotá"),
    "venezuela": ("venezuela", "venezuelan", "venezuelans", "caracas", "maduro"),
    "peru": ("peru", "peruvian", "peruvians", "lima"),
    "cuba": ("cuba", "cuban", "cubans", "havana"),
    "haiti": ("haiti", "haitian", "haitians", "port-au-prince"),
    "ecuador": ("ecuador", "ecuadorian", "quito"),
    "bolivia": ("bolivia", "bolivian", "la paz"),
    "nicaragua": ("nicaragua", "nicaraguan", "managua"),
    "panama": ("panama", "panamanian", "panamanians"),
    "paraguay": ("paraguay", "paraguayan", "paraguayans", "asuncion", "asunción"),
    "uruguay": ("uruguay", "uruguayan", "uruguayans", "montevideo"),
    "honduras": ("honduras", "honduran", "hondurans", "tegucigalpa"),
    "guatemala": ("guatemala", "guatemalan", "guatemalans", "guatemala city"),
    "el salvador": ("el salvador", "salvadoran", "salvadorans", "salvadorean", "san salvador"),
    "costa rica": ("costa rica", "costa rican", "costa ricans"),
    "dominican republic": ("dominican republic", "dominican", "dominicans", "santo domingo"),
    "jamaica": ("jamaica", "jamaican", "jamaicans"),
    "trinidad and tobago": ("trinidad and tobago", "trinidad", "trinidadian"),
    "guyana": ("guyana", "guyanese"),
    "suriname": ("suriname", "surinamese", "paramaribo"),
    "belize": ("belize", "belizean"),
    "ghana": ("ghana", "ghanaian", "ghanaians", "accra"),
    "ivory coast": (
        "ivory coast",
        "côte d'ivoire",
        "cote d'ivoire",
        "côte d’ivoire",
        "cote d’ivoire",
        "ivorian",
        "ivorians",
        "abidjan",
        "yamoussoukro",
    ),
    "senegal": ("senegal", "senegalese", "dakar"),
    "cameroon": ("cameroon", "cameroonian", "cameroonians", "yaounde", "yaoundé"),
    "tanzania": ("tanzania", "tanzanian", "tanzanians", "dodoma", "dar es salaam"),
    "zambia": ("zambia", "zambian", "zambians", "lusaka"),
    "zimbabwe": ("zimbabwe", "zimbabwean", "zimbabweans", "harare"),
    "mozambique": ("mozambique", "mozambican", "mozambicans", "maputo"),
    "angola": ("angola", "angolan", "angolans", "luanda"),
    "malawi": ("malawi", "malawian", "malawians", "lilongwe"),
    "madagascar": ("madagascar", "malagasy", "antananarivo"),
    "botswana": ("botswana", "gaborone"),
    "namibia": ("namibia", "namibian", "namibians", "windhoek"),
    "lesotho": ("lesotho", "maseru"),
    "eswatini": ("eswatini", "swaziland"),
    "burundi": ("burundi", "burundian", "burundians", "gitega"),
    "djibouti": ("djibouti",),
    "mauritania": ("mauritania", "mauritanian", "mauritanians", "nouakchott"),
    "mauritius": ("mauritius", "mauritian", "mauritians"),
    "guinea": ("guinea", "guinean", "guineans", "conakry"),
    "guinea-bissau": ("guinea-bissau", "bissau"),
    "equatorial guinea": ("equatorial guinea", "malabo"),
    "sierra leone": ("sierra leone", "sierra leonean", "sierra leoneans", "freetown"),
    "liberia": ("liberia", "liberian", "liberians", "monrovia"),
    "gambia": ("gambia", "gambian", "gambians", "banjul"),
    "benin": ("benin", "beninese", "cotonou", "porto-novo"),
    "togo": ("togo", "togolese", "lomé"),
    "gabon": ("gabon", "gabonese", "libreville"),
    "central african republic": ("central african republic", "bangui"),
    "laos": ("laos", "laotian", "lao pdr", "vientiane"),
    "bhutan": ("bhutan", "bhutanese", "thimphu"),
    "maldives": ("maldives", "maldivian"),
    "brunei": ("brunei", "bruneian"),
    "timor-leste": ("timor-leste", "east timor", "timorese", "dili"),
    "papua new guinea": ("papua new guinea", "port moresby"),
    "fiji": ("fiji", "fijian", "fijians", "suva"),
    "iceland": ("iceland", "icelandic", "icelanders", "reykjavik"),
    "cyprus": ("cyprus", "cypriot", "cypriots", "nicosia"),
    "malta": ("malta", "maltese", "valletta"),
    "luxembourg": ("luxembourg",),
    "slovenia": ("slovenia", "slovenian", "slovene", "ljubljana"),
    "albania": ("albania", "albanian", "albanians", "tirana"),
    "bosnia": ("bosnia and herzegovina", "bosnia", "bosnian", "bosnians", "sarajevo"),
    "north macedonia": ("north macedonia", "macedonia", "macedonian", "skopje"),
    "montenegro": ("montenegro", "montenegrin", "podgorica"),
    "kosovo": ("kosovo", "kosovar", "kosovars", "pristina"),
    "greenland": ("greenland", "greenlandic", "greenlanders", "nuuk"),
    "european union": (
        "european union",
        "eu",
        "brussels",
        "european central bank",
        "ecb",
        "europe",
        "european",
    ),
    "nato": ("nato", "north atlantic treaty organization"),
    "united nations": ("united nations", "un", "u.n.", "general assembly", "security council"),
}

# NOTE: cities and regions below a country tell what a report is about when it names no
# country ("Los Angeles fires: death toll rises"); inside a clause they stay places of their own
# ("in Kharkiv" is not all Ukraine), so they are no actors.
CITIES: dict[str, tuple[str, ...]] = {
    "united states": (
        "los angeles", "new york", "chicago", "houston", "san francisco", "boston", "seattle",
        "miami", "philadelphia", "detroit", "las vegas", "new orleans", "silicon valley",
        "wall street", "california", "texas", "florida", "arizona", "michigan", "pennsylvania",
        "ohio", "illinois", "hawaii", "alaska", "louisiana", "north carolina", "wisconsin",
        "minnesota", "colorado", "nevada", "massachusetts", "virginia",
    ),
    "united kingdom": (
        "manchester", "birmingham", "glasgow", "edinburgh", "liverpool", "scotland", "wales",
        "dover", "westminster", "downing street",
    ),
    "france": ("marseille", "lyon", "calais", "dunkirk", "toulouse", "bordeaux", "strasbourg"),
    "germany": ("munich", "hamburg", "frankfurt", "cologne", "bavaria"),
    "italy": ("milan", "naples", "venice", "sicily", "lampedusa"),
    "spain": ("barcelona", "valencia", "seville", "catalonia", "canary islands"),
    "russia": ("st petersburg", "saint petersburg", "kursk", "belgorod", "siberia", "chechnya"),
    "ukraine": (
        "kharkiv", "odesa", "odessa", "dnipro", "lviv", "zaporizhzhia", "kherson", "donetsk",
        "luhansk", "donbas", "mariupol", "bakhmut", "avdiivka", "pokrovsk", "sumy",
    ),
    "china": ("shanghai", "shenzhen", "guangzhou", "wuhan", "xinjiang", "tibet", "hong kong"),
    "japan": ("osaka", "kyoto", "hiroshima", "nagasaki", "okinawa", "fukushima", "noto"),
    "south korea": ("busan", "incheon", "gyeonggi"),
    "india": ("mumbai", "kolkata", "chennai", "bangalore", "bengaluru", "kerala", "manipur"),
    "pakistan": ("karachi", "lahore", "rawalpindi", "peshawar", "balochistan"),
    "israel": ("tel aviv", "haifa", "negev"),
    "gaza": ("khan younis", "jabalia", "deir al-balah"),
    "syria": ("aleppo", "idlib", "homs"),
    "iraq": ("mosul", "basra", "erbil", "kurdistan"),
    "iran": ("isfahan", "natanz", "fordow"),
    "turkey": ("istanbul", "izmir", "antakya", "hatay"),
    "egypt": ("alexandria", "suez", "sinai"),
    "saudi arabia": ("jeddah", "mecca"),
    "yemen": ("aden", "hodeidah"),
    "sudan": ("darfur", "el fasher", "omdurman", "kordofan"),
    "nigeria": ("lagos", "kano"),
    "south africa": ("johannesburg", "cape town", "durban"),
    "kenya": ("mombasa",),
    "brazil": ("sao paulo", "são paulo", "rio de janeiro", "rio grande do sul"),
    "canada": ("toronto", "montreal", "vancouver", "alberta", "quebec", "ontario"),
    "australia": ("sydney", "melbourne", "brisbane", "queensland", "new south wales"),
    "myanmar": ("yangon", "mandalay", "rakhine", "sagaing"),
    "indonesia": ("bali", "java", "sumatra"),
    "philippines": ("mindanao", "cebu"),
    "vietnam": ("ho chi minh city", "saigon"),
    "taiwan": ("kaohsiung",),
    "netherlands": ("rotterdam",),
    "poland": ("krakow", "kraków", "gdansk"),
}  # fmt: skip
_CITY_ALIASES = {alias: country for country, names in CITIES.items() for alias in names}
_CITY_PATTERN = lazyre.compile(lambda: rf"(?<![\w.]){trie(_CITY_ALIASES)}(?![\w])")


def countries_of_places(text: str) -> frozenset[str]:
    """The countries of the cities and regions `text` names with a capital ("Los Angeles",
    "LOS ANGELES"): what a report that names no country is about."""
    found = frozenset(_CITY_ALIASES[name] for name in regions_in(text))
    return shared(found) if found else frozenset()


def regions_in(text: str, *, alone: bool = False) -> frozenset[str]:
    """The cities and regions below a country that `text` names with a capital, by the name
    it gives them: "Texas had confirmed 700 cases" -> {"texas"}; `alone`, not those that open
    a longer name ("the Suez Canal", "the Texas Department of Health")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return frozenset()
    return frozenset(
        match.group()
        for match in _CITY_PATTERN.finditer(lowered)
        if text[match.start()].isupper() and not (alone and _NAME_GOES_ON.match(text, match.end()))
    )


_NAME_GOES_ON = lazyre.compile(r"[ \t]+[A-Z]")


_ALIASES = {alias: actor for actor, names in GAZETTEER.items() for alias in names}
# NOTE: "US" and "UN" are actors only in capitals; as words they are pronouns and verbs.
_CASE_SENSITIVE = frozenset(
    {"us", "un", "rok", "prc", "idf", "eu", "uk", "drc", "uae", "ecb", "boj", "pboc"}
)
_CAPITAL_ONLY = frozenset({"fed", "guinea", "turkey", "chad", "jordan"})
"""Aliases that are names only with a capital: "the Fed", not "fed up"; "Turkey", not a
turkey."""
# NOTE: "the North", "the South" are the two Koreas in news text, as names only (capitalised);
# which of them, the text around says, so they stand for the bare "korea" (`FAMILIES`)
_CAPITALISED = frozenset({"the north", "the south"})
_REGIONS_ACROSS = frozenset(
    {
        *(
            f"{article}{side} {name}"
            for article in ("", "the ")
            for side in ("latin", "south", "central", "north")
            for name in ("america", "american", "americans")
        ),
        *(f"paris {name}" for name in ("agreement", "accord", "accords", "goal", "club")),
        *(
            f"{city} {pact}"
            for city in ("pretoria", "minsk", "doha", "oslo", "lisbon", "moscow", "tehran")
            for pact in ("agreement", "agreements", "accord", "accords", "treaty", "declaration")
        ),
        "washington consensus",
        "beijing declaration",
        "camp david accords",
        "rome statute",
    }
)
"""Regions of several countries, and pacts of many, whose names hold an actor's alias: "Latin
America" is not the United States, nor "the Paris Agreement" France, nor "the Pretoria
agreement" South Africa. The pattern matches them,
so that no shorter alias inside them does ("the South American market" is neither the South, a
Korea, nor America)."""
_PATTERN = lazyre.compile(lambda: rf"(?<![\w.]){trie([*_ALIASES, *_REGIONS_ACROSS])}(?![\w$])")
"""Every alias, as a trie over lower-case text: one alternation of them all would be slow. "US$"
is a currency, not the United States."""


def actors_in(text: str) -> frozenset[str]:
    """The actors (countries, blocs) a text names, in canonical form; what `read_actors`
    finds, without blanking them."""
    return _settled({actor for _, _, actor in _actors_in_order(text)})


class Actors(NamedTuple):
    """The actors a text names, the first before a given offset, and the text without them."""

    found: frozenset[str]
    first: str | None
    rest: str


def read_actors(text: str, before: int | None = None) -> Actors:
    """The actors `text` names; the first of them that starts before offset `before`; and the
    text with every actor's name blanked, so that "North" or "United" is no word of its own."""
    found: set[str] = set()
    first = None
    pieces: list[str] = []
    done = 0
    for start, end, actor in _actors_in_order(text):
        if first is None and before is not None and start < before:
            first = actor
        found.add(actor)
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return Actors(_settled(found), first, "".join([*pieces, text[done:]]))


FAMILIES = {"korea": frozenset({"korea", "north korea", "south korea"})}
"""Actors that a bare name may stand for: "Gallup Korea", "the Bank of Korea" are South
Korea's, "Korean troops" may be the North's."""


def may_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when the actors of `a` and of `b` may be the same: shared, or one a bare name that
    may stand for the other ("Korea" and "South Korea")."""
    if a & b:
        return True
    return any(FAMILIES[x] & b for x in a if x in FAMILIES) or any(
        FAMILIES[x] & a for x in b if x in FAMILIES
    )


def _settled(found: set[str]) -> frozenset[str]:
    # NOTE: "Korea" alone adds nothing when the text names North or South Korea already
    for bare, family in FAMILIES.items():
        if bare in found and found & (family - {bare}):
            found.discard(bare)
    return shared(frozenset(found))


_SHARED: dict[frozenset[str], frozenset[str]] = {}


def shared(found: frozenset[str]) -> frozenset[str]:
    """One object for each distinct small set of names: claims' actors, years and events repeat
    the same few sets, and each frozenset, even an empty one, is an object of its own."""
    if len(_SHARED) > _MAX_SHARED:
        _SHARED.clear()
    return _SHARED.setdefault(found, found)


_MAX_SHARED = 100_000
"""A bound on the sets kept, for corpora with endless distinct names."""


def actors_in_order(text: str) -> list[tuple[int, int, str]]:
    """The actors `text` names, each with the span of its name, in the order they come."""
    return list(_actors_in_order(text))


def _actors_in_order(text: str) -> Iterator[tuple[int, int, str]]:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.casefold() if len(text.casefold()) == len(text) else text
    venues = any(word in lowered for word in _VENUE_WORDS)
    for match in _PATTERN.finditer(lowered):
        alias = match.group()
        if alias in _REGIONS_ACROSS:
            continue
        if alias in _CASE_SENSITIVE and not text[match.start() : match.end()].isupper():
            continue
        if alias in _CAPITALISED and not text[match.start() + 4].isupper():
            continue
        if alias in _CAPITAL_ONLY and not text[match.start()].isupper():
            continue
        if venues and _is_venue(lowered, match, alias):
            continue
        yield match.start(), match.end(), _ALIASES[alias]


def _is_venue(lowered: str, match: re.Match[str], alias: str) -> bool:
    """True when a capital names where a meeting was held, not who took part: "a donors'
    conference in Brussels", "the Brussels conference", "talks in Riyadh" are of no one's
    figures; "Brussels imposed duties" is the EU's."""
    if _VENUE_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
        return True
    return (
        alias != _ALIASES[alias]
        and not alias.endswith(_DEMONYM_ENDINGS)
        and _VENUE_AFTER.match(lowered, match.end()) is not None
    )


_VENUE_WORDS = ("conference", "summit", "talks", "meeting", "forum", "negotiation")
_VENUES = rf"(?:{'|'.join(_VENUE_WORDS)})"
_VENUE_BEFORE = lazyre.compile(rf"\b{_VENUES}s?\s+(?:held\s+|hosted\s+)?in\s+$")
_VENUE_AFTER = lazyre.compile(rf"\s+{_VENUES}s?\b")
"""A meeting named after a capital, or held in a place ("summit in Paris")."""
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ic", "i", "is", "ch", "ss")
"""How most words for a people end ("Ukrainian", "Chinese", "Swedish"): a people at a
conference ("the Ukrainian conference") is no venue."""


@lru_cache(maxsize=4096)
def is_place(word: str) -> bool:
    """True when `word` names a country, bloc or capital."""
    return word.lower() in _ALIASES
