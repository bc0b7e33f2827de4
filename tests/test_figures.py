"""What the parser reads as one figure, with its value, interval, unit, rate and qualifier."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract import amounts, hedges, scan, units
from factcheck.models import Qualifier
from tests.conftest import claims_of, only_claim

Q = Qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "unit", "qualifier"),
    [
        pytest.param(
            "Officials said 8,500 troops arrived.",
            "8,500",
            8500,
            8500,
            8500,
            "troops",
            Q.EXACT,
            id="digits",
        ),
        pytest.param(
            "The fund holds $3.5 billion now.",
            "$3.5 billion",
            3.5e9,
            3.5e9,
            3.5e9,
            "USD",
            Q.EXACT,
            id="dollar-billion",
        ),
        pytest.param(
            "Exports reached US$410 million last year.",
            "US$410 million",
            4.1e8,
            4.1e8,
            4.1e8,
            "USD",
            Q.EXACT,
            id="us-dollar",
        ),
        pytest.param(
            "Berlin pledged €2bn for shelters.", "€2bn", 2e9, 2e9, 2e9, "EUR", Q.EXACT, id="euro-bn"
        ),
        pytest.param(
            "The bank lent £450m to builders.",
            "£450m",
            4.5e8,
            4.5e8,
            4.5e8,
            "GBP",
            Q.EXACT,
            id="pound-m",
        ),
        pytest.param(
            "Seoul spent ₩9 trillion on ammunition.",
            "₩9 trillion",
            9e12,
            9e12,
            9e12,
            "KRW",
            Q.EXACT,
            id="won-symbol",
        ),
        pytest.param(
            "It cost 40 billion won in total.",
            "40 billion won",
            4e10,
            4e10,
            4e10,
            "KRW",
            Q.EXACT,
            id="won-word",
        ),
        pytest.param(
            "Moscow paid 900 million rubles for it.",
            "900 million rubles",
            9e8,
            9e8,
            9e8,
            "RUB",
            Q.EXACT,
            id="rubles",
        ),
        pytest.param(
            "Donors gave 75 million euros to the appeal.",
            "75 million euros",
            7.5e7,
            7.5e7,
            7.5e7,
            "EUR",
            Q.EXACT,
            id="euros",
        ),
        pytest.param(
            "The deal is worth USD 3.2 Bln in all.",
            "USD 3.2 Bln",
            3.2e9,
            3.2e9,
            3.2e9,
            "USD",
            Q.EXACT,
            id="code-bln",
        ),
        pytest.param(
            "Japan sent ¥5tn in loans.", "¥5tn", 5e12, 5e12, 5e12, "JPY", Q.EXACT, id="yen-tn"
        ),
        pytest.param(
            "About 1.2 million people fled.",
            "1.2 million",
            1.2e6,
            1.2e6,
            1.2e6,
            "people",
            Q.APPROX,
            id="about",
        ),
        pytest.param(
            "Turnout was 58% in the capital.",
            "58%",
            58,
            58,
            58,
            "percent",
            Q.EXACT,
            id="percent-sign",
        ),
        pytest.param(
            "Prices rose 7 per cent in March.",
            "7 per cent",
            7,
            7,
            7,
            "percent",
            Q.EXACT,
            id="per-cent",
        ),
        pytest.param(
            "Support fell 3 percentage points overnight.",
            "3 percentage points",
            3,
            3,
            3,
            "percentage_points",
            Q.EXACT,
            id="points",
        ),
        pytest.param(
            "Polls put him at 31-33% this week.",
            "31-33%",
            32,
            31,
            33,
            "percent",
            Q.RANGE,
            id="percent-range",
        ),
        pytest.param(
            "Between 4,000 and 5,000 refugees crossed.",
            "4,000 and 5,000",
            4500,
            4000,
            5000,
            "refugees",
            Q.RANGE,
            id="between",
        ),
        pytest.param(
            "Some 30 to 40 villages burned.",
            "30 to 40",
            35,
            30,
            40,
            "villages",
            Q.RANGE,
            id="to-range",
        ),
        pytest.param(
            "Estimates run 11 to 12,000 fighters.",
            "11 to 12,000",
            11500,
            11000,
            12000,
            "troops",
            Q.RANGE,
            id="thousands-shorthand",
        ),
        pytest.param(
            "A force of 3,000-4,000 marines landed.",
            "3,000-4,000",
            3500,
            3000,
            4000,
            "marines",
            Q.RANGE,
            id="hyphen-range",
        ),
        pytest.param(
            "Officials expect 2 to 3 million voters.",
            "2 to 3 million",
            2.5e6,
            2e6,
            3e6,
            "voters",
            Q.RANGE,
            id="scale-shared",
        ),
        pytest.param(
            "More than 9,000 homes lost power.",
            "9,000",
            9000,
            9000,
            None,
            "homes",
            Q.AT_LEAST,
            id="more-than",
        ),
        pytest.param(
            "At least 40 sailors were rescued.",
            "40",
            40,
            40,
            None,
            "sailors",
            Q.AT_LEAST,
            id="at-least",
        ),
        pytest.param(
            "Fewer than 300 ballots were spoiled.",
            "300",
            300,
            None,
            300,
            "ballots",
            Q.AT_MOST,
            id="fewer-than",
        ),
        pytest.param(
            "As many as 6,000 miners walked out.",
            "6,000",
            6000,
            None,
            6000,
            "miners",
            Q.AT_MOST,
            id="as-many-as",
        ),
        pytest.param(
            "Up to 80 drones were launched.", "80", 80, None, 80, "drones", Q.AT_MOST, id="up-to"
        ),
        pytest.param(
            "Nearly 700 teachers signed.", "700", 700, 700, 700, "teachers", Q.APPROX, id="nearly"
        ),
        pytest.param(
            "Roughly $14 billion was pledged.",
            "$14 billion",
            1.4e10,
            1.4e10,
            1.4e10,
            "USD",
            Q.APPROX,
            id="roughly-money",
        ),
        pytest.param(
            "An estimated 25,000 residents left.",
            "25,000",
            25000,
            25000,
            25000,
            "people",
            Q.APPROX,
            id="an-estimated",
        ),
        pytest.param(
            "Nine ministers resigned that week.",
            "Nine",
            9,
            9,
            9,
            "ministers",
            Q.EXACT,
            id="word-number",
        ),
        pytest.param(
            "Twelve thousand fans attended.",
            "Twelve thousand",
            12000,
            12000,
            12000,
            "fans",
            Q.EXACT,
            id="word-thousand",
        ),
        pytest.param(
            "A dozen tankers waited offshore.",
            "A dozen",
            12,
            12,
            12,
            "tankers",
            Q.EXACT,
            id="dozen",
        ),
        pytest.param(
            "Five and a half million doses arrived.",
            "Five and a half million",
            5.5e6,
            5.5e6,
            5.5e6,
            "doses",
            Q.EXACT,
            id="five-and-a-half-million",
        ),
        pytest.param(
            "Hundreds of families camped there.",
            "Hundreds",
            200,
            200,
            999,
            "families",
            Q.VAGUE,
            id="vague",
        ),
        pytest.param(
            "The state sold 10,000+ permits.",
            "10,000+",
            10000,
            10000,
            None,
            "permits",
            Q.AT_LEAST,
            id="plus",
        ),
    ],
)
def test_figure(sentence: str, text: str, value: float, low: float | None, high: float | None,
                unit: str, qualifier: Qualifier) -> None:  # fmt: skip
    claim = only_claim(sentence)
    assert (claim.text, claim.unit, claim.qualifier) == (text, unit, qualifier)
    assert claim.value == pytest.approx(value)
    assert claim.low == pytest.approx(low) if low is not None else claim.low is None
    assert claim.high == pytest.approx(high) if high is not None else claim.high is None


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        pytest.param("They lose 900 shells per day in the east.", "day", id="per-day"),
        pytest.param("Up to 40 boats a day crossed the strait.", "day", id="a-day"),
        pytest.param("The army hires 3,000 recruits monthly.", "month", id="monthly"),
        pytest.param("Each fighter earns $1,500 each per month.", "month", id="each-per-month"),
        pytest.param("The port handles 2 million tonnes a year.", "year", id="a-year"),
        pytest.param("Subsidies cost $8 billion annually.", "year", id="annually"),
        pytest.param(
            "The toll reached 4,000 in a year of fighting.", None, id="in-a-year-is-no-rate"
        ),
        pytest.param("Sales hit $2 billion a year earlier.", None, id="a-year-earlier-is-no-rate"),
    ],
)
def test_rate(sentence: str, per: str | None) -> None:
    assert only_claim(sentence).per == per


def test_text_is_the_exact_span() -> None:
    text = "Headline\n\nOfficials said roughly $60 billion in aid was approved.\n"
    claim = only_claim(text)
    assert text[claim.start : claim.end] == claim.text == "$60 billion"
    assert (claim.line, claim.column) == (3, text.splitlines()[2].index("$") + 1)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        pytest.param(
            "Turnout was more than 40 and less than 55 in every ward.", 40, 55, id="more-less"
        ),
        pytest.param(
            "Prices stayed no more than 90 and no less than 70 all week.",
            70,
            90,
            id="no-more-no-less",
        ),
        pytest.param("Depths above 200 and below 300 were mapped.", 200, 300, id="above-below"),
    ],
)
def test_paired_bounds_close_a_range(sentence: str, low: float, high: float) -> None:
    claim = only_claim(sentence)
    assert (claim.qualifier, claim.low, claim.high) == (Q.RANGE, low, high)


def test_opposite_bounds_that_cannot_close_stay_apart() -> None:
    found = claims_of("Scores of more than 40 and less than 10 were dropped.")
    assert [(c.low, c.high) for c in found] == [(40, None), (None, 10)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("One in five adults smoked.", "One in five", 0.2, "adults", id="one-in-five"),
        pytest.param("Up from just three in 2014.", "three", 3, "count", id="n-in-a-year"),
        pytest.param(
            "Two out of three voters agreed.", "Two out of three", 2 / 3, "voters", id="out-of"
        ),
        pytest.param(
            "It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD", id="dollars-cents"
        ),
        pytest.param("The fee rose to 17 USD 25.", "17 USD 25", 17.25, "USD", id="code-cents"),
        pytest.param("Losses exceeded 30 MUSD last year.", "30 MUSD", 3e7, "USD", id="musd"),
        pytest.param(
            "The board approved MEUR 45 for rail.", "MEUR 45", 4.5e7, "EUR", id="meur-prefix"
        ),
        pytest.param(
            "The city has 3 million and a half residents.",
            "3 million and a half",
            3.5e6,
            "people",
            id="and-a-half",
        ),
        pytest.param(
            "Only a fifth of the budget was spent.", "a fifth", 0.2, "count", id="a-fifth"
        ),
        pytest.param("The recipe needs ¾ of a cup.", "¾", 0.75, "count", id="vulgar"),
        pytest.param(
            "The door is 2 1/2 inches thick.", "2 1/2 inches", 2.5, "inch", id="mixed-number"
        ),
        pytest.param(
            "Its population is 1 414 021 100.",
            "1 414 021 100",
            1_414_021_100,
            "people",
            id="space-groups",
        ),
        pytest.param(
            "The answer is minus five percent.", "five percent", -5, "percent", id="minus-word"
        ),
    ],
)
def test_compound_forms(sentence: str, text: str, value: float, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        pytest.param("Patients got 44 mg to 50 mg daily.", 44, 50, id="repeated-unit"),
        pytest.param(
            "Temperatures ranged from -18 °C to -34 °C.", -34, -18, id="negative-temperatures"
        ),
        pytest.param("A team of 20 through 30 engineers.", 20, 30, id="through"),
    ],
)
def test_ranges_with_units_and_signs(sentence: str, low: float, high: float) -> None:
    claim = only_claim(sentence)
    assert (claim.qualifier, claim.low, claim.high) == (Q.RANGE, low, high)


def test_a_third_country_is_a_rank_not_a_fraction() -> None:
    assert claims_of("Troops may fight in a third country soon.") == []


def test_change_from_to_is_two_figures() -> None:
    found = claims_of("Exports rose from $350 million to $680 million.")
    assert [c.text for c in found] == ["$350 million", "$680 million"]


_HEDGE_PIECES = st.sampled_from([*hedges.HEDGES, "the", "x", "_", "1", " ", "  ", "\n", "About"])


@given(st.lists(_HEDGE_PIECES, max_size=6).map("".join))
def test_hedge_lookup_agrees_with_the_hedge_pattern(window: str) -> None:
    window = window[-32:]
    assert hedges._ascii_hedge_before(window) == hedges._regex_hedge_before(window)


_LOOKBEHIND_CORE = re.compile(
    rf"(?:(?<![\w.,/\-−–:#@&+^])|(?<=[\s(][\-−+])|(?<=^[\-−+])|(?<=(?<!\w)rs\.)"
    rf"|(?<=(?<!\w)(?-i:{'|'.join(sorted(units.CURRENCY_CODES))})))"
    rf"(?:{amounts._CORE_BODY})",
    re.I,
)


@given(st.text(alphabet="12 ,.-−+(a_é:\n/twoTenRrsUSD", max_size=12), st.integers(0, 12))
def test_number_start_agrees_with_a_look_behind_pattern(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = _LOOKBEHIND_CORE.match(text, start)
    found = amounts.number_at(text, start)
    assert (found and found.span()) == (expected and expected.span())


_SCAN_PIECES = st.sampled_from(
    [*scan.START_WORDS[:40], "a ", "an ", "A ", "half", "dozen", "thousand", "7", "12", "1,500",
     "3.5", " ", "-", ",", ".", "_", "x", "someone", "often", "\n", "½", "١٢", "é"]
)  # fmt: skip


@given(st.lists(_SCAN_PIECES, max_size=12).map("".join))
def test_the_ascii_scan_finds_what_the_unicode_scan_finds(text: str) -> None:
    ascii_text = text.encode("ascii", "ignore").decode("ascii")
    found = scan.candidates(ascii_text)
    marked = scan.candidates(ascii_text + " é")  # NOTE: a letter past ASCII: the other pass
    assert found == marked
    assert found == sorted(found)


def test_the_scan_finds_digits_of_other_scripts_and_vulgar_fractions() -> None:
    assert scan.candidates("Sent ١٢ and ½ of 30") == [(5, False), (12, False), (17, False)]


def test_the_scan_marks_an_article_before_a_scale() -> None:
    assert scan.candidates("a dozen, A Million, 5") == [
        (0, True), (2, False), (9, True), (11, False), (20, False)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("The blast was felt in a 5km radius.", "5km", 5, "km", id="glued-km"),
        pytest.param("The 10m-high wall fell.", "10m", 10, "metre", id="glued-m-high"),
        pytest.param("The tower is 300m tall.", "300m", 300, "metre", id="glued-m-tall"),
        pytest.param(
            "A 7.8-magnitude earthquake struck.", "7.8-magnitude", 7.8, "magnitude", id="magnitude"
        ),
        pytest.param(
            "The quake had a magnitude of 6.1.", "6.1", 6.1, "magnitude", id="magnitude-before"
        ),
        pytest.param(
            "Police seized 10 kilograms of cocaine.", "10 kilograms", 10, "kg", id="word-kg"
        ),
        pytest.param("Russia sent a 40-mile convoy.", "40-mile", 40, "mile", id="hyphen-mile"),
        pytest.param("They made the six-mile trip.", "six-mile", 6, "mile", id="word-hyphen"),
        pytest.param("It fell to -10C overnight.", "-10C", -10, "°C", id="glued-celsius"),
        pytest.param("It reached 30 °C today.", "30 °C", 30, "°C", id="degree-sign"),
        pytest.param("A 2GW plant opened.", "2GW", 2, "GW", id="glued-gigawatt"),
        pytest.param("Speeds hit 120 km/h there.", "120 km/h", 120, "km/h", id="speed"),
        pytest.param("Italy covers 301,338 km2 of land.", "301,338 km2", 301_338, "km²", id="area"),
        pytest.param("It rained 50mm in a day.", "50mm", 50, "mm", id="rainfall-mm"),
        pytest.param(
            "Profits rose to Rs 12,34,567 this year.",
            "Rs 12,34,567",
            1_234_567,
            "INR",
            id="rupees-lakh-grouping",
        ),
        pytest.param("Onions cost Rs.45 a kilo.", "Rs.45", 45, "INR", id="rupees-glued"),
        pytest.param(
            "The deal is worth USD115 million.", "USD115 million", 1.15e8, "USD", id="glued-code"
        ),
        pytest.param("Apple is worth $2.5T now.", "$2.5T", 2.5e12, "USD", id="glued-trillion"),
        pytest.param("The G7 pledged $50bn.", "$50bn", 5e10, "USD", id="bn-before-full-stop"),
        pytest.param("It sold 1.5m barrels a day.", "1.5m", 1.5e6, "barrels", id="m-before-plural"),
        pytest.param("She ran it in 50 seconds.", "50", 50, "seconds", id="seconds-not-fraction"),
        pytest.param("Around 60pc backed it.", "60pc", 60, "percent", id="pc"),
        pytest.param("Prices rose +5% this year.", "5%", 5, "percent", id="plus-sign"),
        pytest.param("It paid a 12-cent dividend.", "12-cent", 0.12, "USD", id="hyphen-cent"),
        pytest.param("It made a one-yen bid.", "one-yen", 1, "JPY", id="hyphen-currency"),
        pytest.param("He lost 10000 bitcoins.", "10000", 10_000, "bitcoins", id="long-count"),
        pytest.param("A mouse fits a 1/4 inch gap.", "1/4 inch", 0.25, "inch", id="fraction-kept"),
        pytest.param("It moved 15 bcm of gas.", "15 bcm", 15e9, "m³", id="bcm"),
        pytest.param("A 5,000 m3 tank.", "5,000 m3", 5000, "m³", id="cubic-symbol"),
        pytest.param(
            "It holds 2 billion cubic metres.",
            "2 billion cubic metres",
            2e9,
            "m³",
            id="cubic-words",
        ),
    ],
)
def test_units_of_measure(sentence: str, text: str, value: float, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


def test_a_suspended_hyphen_range() -> None:
    claim = only_claim("They planned a 10- to 15-mile march.")
    assert (claim.text, claim.low, claim.high, claim.unit) == ("10- to 15-mile", 10, 15, "mile")


def test_a_range_of_measures_keeps_its_unit() -> None:
    claim = only_claim("The zone is between 5 km and 10 km wide.")
    assert (claim.low, claim.high, claim.unit) == (5, 10, "km")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("A 2,000-strong force crossed the border.", "troops", id="strong"),
        pytest.param("Officials counted 40 artillery near Kyiv.", "artillery", id="preposition"),
        pytest.param("A 600-strong contingent arrived on Monday.", "troops", id="verb-after"),
        pytest.param("A 17-year-old boy was shot.", "years old", id="age-hyphenated"),
        pytest.param("The boy was 18 years old.", "years old", id="age-words"),
        pytest.param("A man aged 25 died.", "years old", id="aged"),
        pytest.param("Putin, 72, met him.", "years old", id="age-after-a-name"),
        pytest.param("In Seoul, 40 people died.", "people", id="no-age-before-a-noun"),
        pytest.param("About 1,200 die on the roads each year.", "people", id="present-die"),
        pytest.param("Some 300 arrive daily.", "count", id="present-verb-then-rate"),
        pytest.param("Some 5,000 remain trapped.", "people", id="present-verb-then-participle"),
        pytest.param("Five die-cast models were sold.", "models", id="verb-in-a-compound"),
        pytest.param("A 10-member team arrived.", "members", id="compound-counts-its-noun"),
        pytest.param("The 500,000-barrel annual cap.", "barrels", id="compound-in-the-plural"),
        pytest.param("A 2,000-strong force crossed.", "troops", id="strong-compound"),
        pytest.param("It has a 1.2-million-strong army.", "troops", id="strong-army"),
        pytest.param("Some 40-odd countries came.", "countries", id="odd-joins-no-noun"),
        pytest.param("Some 10,000-plus troops came.", "troops", id="plus-joins-no-noun"),
        pytest.param("Of them, 3,000 are special forces.", "troops", id="are-then-plural"),
        pytest.param("Of the dead, 300 were civilians.", "civilians", id="were-then-plural"),
        pytest.param("Some 300 were killed.", "people", id="were-then-participle"),
        pytest.param("Over 2 million fled abroad.", "people", id="past-then-adverb-of-place"),
        pytest.param("Some 300 died yesterday.", "people", id="past-then-adverb-of-time"),
        pytest.param("Some 134 vessels were hit.", "ships", id="vessels-are-ships"),
        pytest.param("Some 900,000 internally displaced people.", "people", id="adverb-then-ed"),
        pytest.param("Venezuelans abroad: 7.89 million", "people", id="demonym-in-a-label"),
        pytest.param("Acres burned: about 37,000", "acre", id="unit-in-a-label"),
        pytest.param("Palisades Fire acres burned: 23,448", "acre", id="name-then-unit-label"),
        pytest.param("Troops killed: 300", "troops", id="label-noun-then-event"),
        pytest.param(
            "It was half the 26,400 of 2023. Revenue fell.", "count", id="of-a-year-at-the-end"
        ),
        pytest.param("Russia sent 272 Shahed-type and decoy drones.", "drones", id="kinds"),
        pytest.param("It has 40 Soviet-era tanks.", "tanks", id="era-then-noun"),
        pytest.param("About 6.5 million of them live in Latin America.", "count", id="live"),
        pytest.param("Some 7.7 million left the country.", "count", id="left"),
        pytest.param("About 500 went home.", "count", id="went"),
        pytest.param("Some 1.2 million took part.", "count", id="took"),
        pytest.param("About 300 work permits were issued.", "permits", id="work-permits"),
        pytest.param("At least 200 live rounds were fired.", "rounds", id="live-rounds"),
        pytest.param("The US has had 1,001 measles cases.", "cases", id="measles-cases"),
        pytest.param("About 1.2 million gas customers lost supply.", "customers", id="gas"),
        pytest.param("Over 2 million Burkinabe have fled.", "people", id="burkinabe"),
        pytest.param("Of those, 43,000 of them severely.", "count", id="adverb-alone"),
        pytest.param("Some 300 elderly residents.", "people", id="ly-adjective-then-noun"),
    ],
)
def test_counted_noun_stops_at_verbs_and_prepositions(sentence: str, unit: str) -> None:
    assert only_claim(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("A magnitude 5.5 aftershock came two days later.", ["magnitude", "days"]),
        ("It left at least 25 people dead and more than 2,000 detained.", ["people", "people"]),
        ("The death toll from the magnitude 7.7 quake rose to 3,145.", ["magnitude", "deaths"]),
        ("It added 254,000 jobs, more than the 150,000 economists had expected.", ["jobs", "jobs"]),
        ("Payrolls grew by 254,000, and employment by 0.2%.", ["jobs", "percent"]),
        ("It puts Russian dead and wounded at more than 700,000.", ["casualties"]),
        ("- Russian killed and wounded: 750,000+", ["casualties"]),
        ("At least 78,000 were named individually.", ["count"]),
        ("Kyiv puts them higher, at 4,000 killed alone.", ["deaths"]),
        ("Around 4,000 of the roughly 11,000 troops sent died.", ["troops", "troops"]),
        ("It holds 192 of the 300 seats, eight short of a majority.", ["seats", "seats", "seats"]),
    ],
)
def test_a_figure_counts_what_its_own_clause_names(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in claims_of(sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("Russia's 150,000 troops massed.", "150,000", id="possessive"),
        pytest.param("Ukraine’s 40,000 soldiers held.", "40,000", id="curly-possessive"),
        pytest.param("The allies' 300 tanks arrived.", "300", id="plural-possessive"),
    ],
)
def test_a_figure_after_a_possessive_name_is_a_claim(sentence: str, text: str) -> None:
    assert only_claim(sentence).text == text


def test_a_glued_t_without_money_is_not_trillions() -> None:
    assert claims_of("It weighs 5T.") == []


def test_a_change_to_an_amount_is_two_figures_not_a_range() -> None:
    found = claims_of("Trade climbed 26.3% to $240.1 billion in 2023.")
    assert [(c.text, c.unit) for c in found] == [("26.3%", "percent"), ("$240.1 billion", "USD")]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("Births rose 3.6% to 238,300 in 2024.", ["3.6%", "238,300"], id="a-count"),
        pytest.param("Marriages jumped 14.9% to 222,000.", ["14.9%", "222,000"], id="jumped"),
        pytest.param("Rates of 5% to 7% are common.", ["5% to 7%"], id="a-range-of-shares"),
    ],
)
def test_a_change_in_percent_then_a_bare_level_is_two_figures(
    sentence: str, texts: list[str]
) -> None:
    assert [c.text for c in claims_of(sentence)] == texts


def test_a_figure_after_another_name_counts_what_the_figure_before_counts() -> None:
    found = claims_of("India imported 1.8 million barrels a day, and China about 2.2 million.")
    assert [(c.text, c.unit, c.per) for c in found] == [
        ("1.8 million", "barrels", "day"),
        ("2.2 million", "barrels", "day"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Russia had 5,459 warheads and the United States 5,177.", id="and-the-name"),
        pytest.param("India had 180 warheads, slightly more than Pakistan's 170.",
                     id="than-a-possessive"),
        pytest.param("The arsenal grew from about 290 warheads in 2019 to an estimated 600 today.",
                     id="from-a-figure-to-another"),
    ],
)  # fmt: skip
def test_a_second_figure_leaves_out_the_noun_of_the_first(sentence: str) -> None:
    assert [c.unit for c in claims_of(sentence)] == ["warheads", "warheads"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("Around 4,700 North Korean soldiers have been killed or wounded.",
                     "casualties", id="soldiers-killed-or-wounded"),
        pytest.param("It was followed by at least 3,000 more early this year.", "count",
                     id="more-then-no-noun"),
        pytest.param("The North's shipments - more than 12 million - dwarf Europe's.", "count",
                     id="a-spaced-hyphen-ends-the-clause"),
    ],
)  # fmt: skip
def test_what_a_figure_counts_ends_where_its_noun_does(sentence: str, unit: str) -> None:
    assert claims_of(sentence)[0].unit == unit


def test_a_baseline_of_a_rate_is_a_rate() -> None:
    found = claims_of("It took 1.7 million barrels per day, up from fewer than 100,000 in 2021.")
    assert [(c.text, c.unit, c.per) for c in found] == [
        ("1.7 million", "barrels", "day"),
        ("100,000", "barrels", "day"),
    ]


def test_a_figure_after_an_of_opener_counts_what_the_opener_counts() -> None:
    found = claims_of("Of the 73 drones launched, 50 were shot down.")
    assert [(c.text, c.unit) for c in found] == [("73", "drones"), ("50", "drones")]


def test_models_joined_by_and_are_passed_over_to_the_counted_noun() -> None:
    (claim,) = claims_of("Russia fired around 60 North Korean KN-23 and KN-24 ballistic missiles.")
    assert claim.unit == "missiles"


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        pytest.param("It deployed 3,000 more troops, on top of the 11,000 sent in late 2024.",
                     ["troops", "troops"], id="sent"),
        pytest.param("It counted 607 cases, more than double the 285 recorded in 2024.",
                     ["cases", "cases"], id="recorded"),
    ],
)  # fmt: skip
def test_a_participle_after_a_figure_counts_what_the_figure_before_counts(
    sentence: str, units: list[str]
) -> None:
    assert [c.unit for c in claims_of(sentence)] == units


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("In March, 40, mostly children, died.", ["40"], id="after-a-month"),
        pytest.param("Killed in Gaza, 45, and in Rafah, 12.", ["45", "12"], id="after-a-place"),
    ],
)
def test_a_figure_between_commas_after_a_month_or_place_is_a_claim(
    sentence: str, texts: list[str]
) -> None:
    assert [c.text for c in claims_of(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier", "low", "high"),
    [
        pytest.param("It is worth north of $5 billion.", "$5 billion", Q.AT_LEAST, 5e9, None,
                     id="north-of"),
        pytest.param("As few as 300 soldiers remain.", "300", Q.AT_LEAST, 300, None, id="few"),
        pytest.param("More or less 500 people came.", "500", Q.APPROX, 500, 500, id="more-or-less"),
        pytest.param("It has 5,000-plus troops.", "5,000", Q.AT_LEAST, 5000, None, id="-plus"),
        pytest.param("Some 500-odd troops came.", "500", Q.APPROX, 500, 500, id="-odd"),
        pytest.param("Not quite 500 troops came.", "500", Q.APPROX, 500, 500, id="not-quite"),
        pytest.param("Shy of 500 troops came.", "500", Q.APPROX, 500, 500, id="shy-of"),
        pytest.param("The margin was plus or minus 3.1 points.", "3.1", Q.EXACT, 3.1, 3.1,
                     id="plus-or-minus-is-no-sign"),
        pytest.param("It sent 500 troops or more.", "500", Q.AT_LEAST, 500, None,
                     id="bound-after-the-noun"),
        pytest.param("It sent 20 tanks at most.", "20", Q.AT_MOST, None, 20, id="at-most-after"),
        pytest.param("It hit 500 targets at least once.", "500", Q.EXACT, 500, 500,
                     id="at-least-once-is-no-bound"),
        pytest.param("Several thousand troops were sent.", "Several thousand", Q.VAGUE, 3000, 9999,
                     id="several-thousand"),
        pytest.param("A few hundred protesters gathered.", "few hundred", Q.VAGUE, 200, 599,
                     id="a-few-hundred"),
        pytest.param("Several hundred thousand people fled.", "Several hundred thousand", Q.VAGUE,
                     300_000, 999_999, id="several-hundred-thousand"),
    ],
)  # fmt: skip
def test_more_hedges_and_vague_amounts(
    sentence: str, text: str, qualifier: Qualifier, low: float, high: float | None
) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.qualifier, claim.low, claim.high) == (text, qualifier, low, high)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        pytest.param("Between ten and fifteen soldiers died.", 10, 15, id="words"),
        pytest.param("Between two and three million people fled.", 2e6, 3e6, id="shared-scale"),
        pytest.param("It fell between negative ten and fifteen.", -10, 15, id="signed"),
    ],
)
def test_and_between_two_number_words_makes_a_range_not_a_sum(
    sentence: str, low: float, high: float
) -> None:
    claim = only_claim(sentence)
    assert (claim.qualifier, claim.low, claim.high) == (Q.RANGE, low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        pytest.param("It took 2 and a half years.", "2 and a half", 2.5, id="digits-half"),
        pytest.param("It took three and a fifth.", "three and a fifth", 3.2, id="words-fifth"),
        pytest.param("It holds 5 and a quarter tonnes.", "5 and a quarter tonnes", 5.25,
                     id="digits-quarter"),
        pytest.param("Some 3 million and a half fled.", "3 million and a half", 3.5e6,
                     id="of-the-scale"),
        pytest.param("Some three million and a third of them fled.", "three million and a third",
                     3_333_333.33333, id="words-of-the-scale"),
        pytest.param("A thousand and one nights passed.", "A thousand and one", 1001,
                     id="and-after-a-scale"),
    ],
)  # fmt: skip
def test_a_whole_and_a_part(sentence: str, text: str, value: float) -> None:
    claim = only_claim(sentence)
    assert claim.text == text
    assert claim.value == pytest.approx(value)


def test_and_a_third_before_a_singular_noun_is_a_rank() -> None:
    found = claims_of("The team won two and a third place finish.")
    assert [(c.text, c.value) for c in found] == [("two", 2)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("It lasts a trillionth of a second.", 1e-12, id="tiny"),
        pytest.param("Growth was 0.3 percent.", 0.3, id="decimal"),
        pytest.param("Each holds 1/3 of the stock.", 0.33333333333333, id="repeating"),
        pytest.param("It paid $123,456,789,101.55 in all.", 123_456_789_101.55, id="large-cents"),
        pytest.param("It holds 123456789101231 tokens.", 123_456_789_101_231, id="large-whole"),
    ],
)
def test_values_keep_their_significant_digits(sentence: str, value: float) -> None:
    assert only_claim(sentence).value == value


def test_a_country_and_its_verb_after_a_figure_count_nothing() -> None:
    found = claims_of("Pledges stand at 380,000 doses, against the 3 million Congo says it needs.")
    assert [(c.text, c.unit) for c in found] == [("380,000", "doses"), ("3 million", "count")]
    assert claims_of("Some 500 Gaza residents fled.")[0].unit == "people"
    assert claims_of("It yields 15,000 British thermal units.")[0].unit == "units"


def test_places_counted_are_places_whatever_a_measure_before_says() -> None:
    found = claims_of("Deaths confirmed across six states: 215")
    assert [(c.text, c.unit) for c in found] == [("six", "states"), ("215", "deaths")]
    assert claims_of("It mourned the deaths of seven aid workers.")[0].unit == "deaths"


def test_a_figure_counts_its_own_people_not_the_noun_of_the_figure_before() -> None:
    found = claims_of("The fire left 12 dead and 30 missing, and 5 were hurt.")
    units_read = [(c.text, c.unit) for c in found]
    assert units_read == [("12", "deaths"), ("30", "people"), ("5", "people")]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("The Fed raised rates by 25 basis points.", "25 basis points", 0.25,
                     "percentage_points", id="basis-points"),
        pytest.param("Spreads widened 40bp on Monday.", "40bp", 0.4, "percentage_points",
                     id="bp-glued"),
        pytest.param("It cut rates by a quarter of a percentage point.",
                     "a quarter of a percentage point", 0.25, "percentage_points",
                     id="a-quarter-of-a-point"),
        pytest.param("Rates rose half a percentage point.", "half a percentage point", 0.5,
                     "percentage_points", id="half-a-point"),
        pytest.param("Fed cuts rates by a quarter point.", "a quarter point", 0.25,
                     "percentage_points", id="a-quarter-point"),
        pytest.param("Yields rose a quarter-point on Friday.", "a quarter-point", 0.25,
                     "percentage_points", id="a-quarter-point-hyphenated"),
        pytest.param("It cut rates by half a point.", "half a point", 0.5,
                     "percentage_points", id="half-a-point-alone"),
        pytest.param("It cut by three-quarters of a point.", "three-quarters of a point", 0.75,
                     "percentage_points", id="three-quarters-of-a-point"),
        pytest.param("It has cut by a full percentage point since September.",
                     "a full percentage point", 1, "percentage_points", id="a-full-point"),
        pytest.param("The bank raised rates by a percentage point.", "a percentage point", 1,
                     "percentage_points", id="a-percentage-point"),
    ],
)  # fmt: skip
def test_points_and_basis_points(sentence: str, text: str, value: float, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value, claim.unit) == (text, value, unit)


def test_whole_points_and_parts_of_other_things_stay_what_they_count() -> None:
    assert [(c.text, c.unit) for c in claims_of("The team lost by 3 points.")] == [("3", "points")]
    assert claims_of("The team scored a quarter of its points late.")[0].unit == "count"
    assert claims_of("It was a full year, and a percentage of the total.") == []


def test_half_a_day_is_no_figure() -> None:
    assert claims_of("It took half a day, and BP sold 25 stations.")[0].unit == "stations"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("Half the population has fled.", "Half", id="half-the"),
        pytest.param("Officials said half its budget went on fuel.", "half", id="half-its"),
    ],
)  # fmt: skip
def test_half_of_a_whole_named_without_of(sentence: str, text: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value) == (text, 0.5)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Half the time, 40 trucks wait.", id="idiom-half-the-time"),
        pytest.param("In the first half the 40 teams met.", id="a-half-of-a-match"),
    ],
)
def test_half_in_an_idiom_or_a_period_is_no_figure(sentence: str) -> None:
    assert [c.text for c in claims_of(sentence)] == ["40"]


@pytest.mark.parametrize(
    ("sentence", "unit", "qualifier"),
    [
        pytest.param("Measles cases in Texas pass 750 as outbreak spreads", "cases",
                     Q.AT_LEAST, id="headline-subject-and-place"),
        pytest.param("Death toll from Myanmar earthquake passes 3,000", "deaths", Q.AT_LEAST,
                     id="a-toll-passes"),
        pytest.param("Cases top 750.", "cases", Q.AT_LEAST, id="cases-top"),
        pytest.param("Arrests topped 1,200, police said.", "arrests", Q.AT_LEAST, id="topped"),
        pytest.param("Cases in Gaines County have passed 400.", "cases", Q.AT_LEAST,
                     id="has-passed"),
        pytest.param("Deaths tops 1,000.", "deaths", Q.AT_LEAST, id="tops"),
        pytest.param("Prices topped 500 last week.", "count", Q.AT_LEAST, id="an-amount-subject"),
        pytest.param("It cut traffic, with transits falling to 13,213.", "transits", Q.EXACT,
                     id="falling-to"),
        pytest.param("Crossings dropped to 4,100 in May.", "crossings", Q.EXACT, id="dropped-to"),
        pytest.param("The House passes $95 billion in aid.", "USD", Q.EXACT,
                     id="passing-a-bill-is-no-bound"),
    ],
)  # fmt: skip
def test_a_bare_figure_counts_the_subject_of_the_verb_stating_it(
    sentence: str, unit: str, qualifier: Qualifier
) -> None:
    claim = only_claim(sentence)
    assert (claim.unit, claim.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        pytest.param("Arrivals were up about a fifth on 2023.", "a fifth", 0.2, id="up-a-fifth"),
        pytest.param("Crossings were a quarter higher than in 2023.", "a quarter", 0.25,
                     id="a-quarter-higher"),
        pytest.param("It drew 37,000, a quarter more than in 2023.", "a quarter", 0.25,
                     id="a-quarter-more"),
    ],
)  # fmt: skip
def test_a_change_told_by_a_part_counts_nothing(sentence: str, text: str, value: float) -> None:
    claim = claims_of(sentence)[-1]
    assert (claim.text, claim.unit) == (text, "count")
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        pytest.param("Saudi Arabia pumped 9.0 million bpd.", "9.0 million bpd", 9e6, id="bpd"),
        pytest.param("Iraq exported 3.3 mb/d in May.", "3.3 mb/d", 3.3e6, id="mb/d"),
        pytest.param("Output fell by 400 kb/d.", "400 kb/d", 4e5, id="kb/d"),
    ],
)
def test_barrels_a_day_by_their_symbols(sentence: str, text: str, value: float) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value, claim.unit, claim.per) == (text, value, "barrels", "day")


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        pytest.param("Incidence fell to 60 cases per 1,000 population.",
                     "60 cases per 1,000 population", "per 1,000 people", id="counted-then-base"),
        pytest.param("Infant mortality was 28 deaths per 1,000 live births.",
                     "28 deaths per 1,000 live births", "per 1,000 live births", id="live-births"),
        pytest.param("The murder rate fell to 5.7 per 100,000 people.", "5.7 per 100,000 people",
                     "per 100,000 people", id="base-alone"),
    ],
)  # fmt: skip
def test_a_rate_per_base_is_one_figure(sentence: str, text: str, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("Emissions are projected at 37.4 GtCO2.", "37.4 GtCO2", 37.4e9, "tonne",
                     id="GtCO2"),
        pytest.param("It emitted 350 MtCO2e.", "350 MtCO2e", 350e6, "tonne", id="MtCO2e"),
        pytest.param("It emits 5 gigatonnes of CO2.", "5 gigatonnes", 5e9, "tonne",
                     id="gigatonnes"),
        pytest.param("CO2 reached 422.5 parts per million.", "422.5 parts per million", 422.5,
                     "ppm", id="parts-per-million"),
        pytest.param("Concentrations average 422.5 ppm.", "422.5 ppm", 422.5, "ppm", id="ppm"),
        pytest.param("It will decline by half a percent.", "half a percent", 0.5, "percent",
                     id="half-a-percent"),
    ],
)  # fmt: skip
def test_units_of_emissions_and_concentrations(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value, claim.unit) == (text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "feet"),
    [
        pytest.param("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, id="words"),
        pytest.param("She is 5 feet and 4 inches.", "5 feet and 4 inches", 5 + 4 / 12,
                     id="and"),
        pytest.param("A 6ft 1in centre signed.", "6ft 1in", 6 + 1 / 12, id="glued-symbols"),
        pytest.param("He stood 5 ft 11\" tall.", "5 ft 11\"", 5 + 11 / 12, id="inch-mark"),
        pytest.param("The wall is 10 feet 5 in the north.", "10 feet", 10, id="in-the"),
    ],
)  # fmt: skip
def test_feet_and_inches_are_one_height(sentence: str, text: str, feet: float) -> None:
    claim = claims_of(sentence)[0]
    assert (claim.text, claim.unit) == (text, "foot")
    assert claim.value == pytest.approx(feet)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        pytest.param("Two or three people were hurt.", "Two or three", 2, 3, "people",
                     id="words"),
        pytest.param("Some 20 or 30 protesters gathered.", "20 or 30", 20, 30, "protesters",
                     id="digits"),
        pytest.param("Perhaps 2 or 3 million people fled.", "2 or 3 million", 2e6, 3e6, "people",
                     id="shared-scale"),
    ],
)  # fmt: skip
def test_x_or_y_is_a_range(sentence: str, text: str, low: float, high: float, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.qualifier, claim.low, claim.high, claim.unit) == (
        text, Q.RANGE, low, high, unit)  # fmt: skip


def test_far_apart_alternatives_are_two_figures() -> None:
    found = claims_of("It would cost 10 billion or 10 trillion dollars.")
    assert [c.qualifier for c in found] == [Q.EXACT, Q.EXACT]


def test_a_trailing_hedge_does_not_hide_the_counted_noun() -> None:
    assert only_claim("He sent 5 or more tanks.").unit == "tanks"


@pytest.mark.parametrize(
    "sentence",
    ["Perhaps 2 million people fled.", "Yesterday 300 people marched.",
     "It rose. Reportedly 40 died.", "Sources said Gaza's 5,000 homes were hit."],
)  # fmt: skip
def test_a_capitalised_sentence_opener_is_no_name(sentence: str) -> None:
    assert len(claims_of(sentence)) == 1


@pytest.mark.parametrize("sentence", ["Boeing 737 jets crashed.", "Windows 10 users grew."])
def test_a_name_before_a_bare_number_still_holds_it(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_a_glued_m_alone_is_neither_metres_nor_millions() -> None:
    assert claims_of("Ukraine received 3m.") == []


def test_a_table_row_names_its_figure_and_a_cell_border_ends_the_counted_noun() -> None:
    found = claims_of(
        "| Item | Estimate | Source |\n|---|---|---|\n| Troops deployed | 11,000–12,000 | NIS |\n"
        "| Shells supplied | 6 million | NIS |\n| KN-23 missiles | 100+ | Ukraine |\n"
    )
    assert [(c.text, c.unit, c.quantity) for c in found] == [
        ("11,000–12,000", "troops", "Troops deployed"),
        ("6 million", "shells", "Shells supplied"),
        ("100+", "missiles", "KN-23 missiles"),
    ]


def test_a_note_number_after_a_sentence_is_no_claim() -> None:
    assert claims_of("[2] Yonhap, 19 December 2024. 3. GUR statement, 2 January 2025.") == []


def test_a_tally_in_words_is_no_sum() -> None:
    found = claims_of("The board voted seven-two to approve the plan for 40 schools.")
    assert [(c.text, c.value) for c in found] == [("40", 40)]


def test_those_killed_or_wounded_are_casualties() -> None:
    claim = claims_of(
        "It sent 11,000 soldiers, and some 1,100 of them had been killed or wounded."
    )[1]
    assert (claim.text, claim.unit) == ("1,100", "casualties")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("Inflation rose 0.5pp to 3%.", "0.5pp", id="pp"),
        pytest.param("Support fell 2 ppts.", "2 ppts", id="ppts"),
        pytest.param("Output fell 3 p.p. last year.", "3 p.p.", id="p.p."),
    ],
)
def test_abbreviated_percentage_points(sentence: str, text: str) -> None:
    claim = claims_of(sentence)[0]
    assert (claim.text, claim.unit) == (text, "percentage_points")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        pytest.param("The shortest day has only 3 hrs.", [("3", "hours")], id="hours"),
        pytest.param("At 1400 hrs the attack began.", [], id="a-clock-time"),
        pytest.param("It ended at 6pm.", [], id="pm"),
    ],
)
def test_hours_and_times_of_day(sentence: str, found: list[tuple[str, str]]) -> None:
    assert [(c.text, c.unit) for c in claims_of(sentence)] == found


def test_new_taiwan_dollars() -> None:
    claim = only_claim("Taiwan will spend NT$647 billion on defence.")
    assert (claim.text, claim.value, claim.unit) == ("NT$647 billion", 647e9, "TWD")


def test_a_glued_m_alone_is_millions_where_the_text_writes_m_for_millions() -> None:
    found = claims_of(
        "More than 6.3m refugees are in Europe. Germany hosts about 1.2m, Poland nearly 1m."
        " A 2m-high fence and a wall 3m tall stand at the border."
    )
    assert [(c.text, c.value) for c in found] == [
        ("6.3m", 6_300_000),
        ("1.2m", 1_200_000),
        ("1m", 1_000_000),
        ("2m", 2),
        ("3m", 3),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("Refugees intend to return within 12 months.", "months", id="span"),
        pytest.param("Some 4.2 million hold temporary protection.", "count", id="hold"),
        pytest.param("Some 3,000 need shelter.", "people", id="need"),
        pytest.param("The UN said 3 million needed assistance.", "people", id="needed-aid"),
        pytest.param("It said 12 were hurt and 341 still missing.", "people", id="still-missing"),
        pytest.param("About 80 remain missing.", "people", id="remain-missing"),
        pytest.param(
            "It counts 6.7 million refugees, 6.2 million of them in Europe.",
            "refugees",
            id="of-them",
        ),
    ],
)
def test_a_span_or_a_verb_after_a_figure_is_not_what_a_noun_before_counts(
    sentence: str, unit: str
) -> None:
    assert claims_of(sentence)[-1].unit == unit


def test_a_baseline_takes_the_unit_of_the_figure_it_is_compared_with() -> None:
    found = claims_of(
        "It allocates 13.2 trillion roubles, about 32.5% of spending, compared with 10.4 trillion"
        " in 2024, and rose to 40% from 31."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("13.2 trillion roubles", "RUB"),
        ("32.5%", "percent"),
        ("10.4 trillion", "RUB"),
        ("40%", "percent"),
        ("31", "percent"),
    ]


def test_a_record_baseline_and_a_series_by_year_take_the_unit_before() -> None:
    found = claims_of(
        "It fired 30 missiles this year, down from a record 69 in 2022. It tested 38 missiles"
        " in 2024, against 69 in 2022 and 25 in 2023."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("30", "missiles"),
        ("69", "missiles"),
        ("38", "missiles"),
        ("69", "missiles"),
        ("25", "missiles"),
    ]


def test_a_baseline_after_a_change_in_percent_counts_the_level_that_changed() -> None:
    found = claims_of(
        "A total of 36,816 people crossed in 2024, up 25% from 29,437 in 2023 but below the"
        " record 45,774 in 2022. Some 37,000 migrants arrived, short of the 2022 peak of nearly"
        " 46,000."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("36,816", "people"),
        ("25%", "percent"),
        ("29,437", "people"),
        ("45,774", "people"),
        ("37,000", "migrants"),
        ("46,000", "migrants"),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("Its army numbers some 1.2 million.", "troops", id="army"),
        pytest.param("The army said 30 were killed.", "people", id="army-said"),
        pytest.param("Officials said the toll reached 300.", "deaths", id="said-then-toll"),
        pytest.param("Organisers put the crowd at 1.5 million.", "people", id="crowd"),
    ],
)
def test_a_measure_noun_names_a_bare_figure_in_its_own_clause(sentence: str, unit: str) -> None:
    assert only_claim(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        pytest.param("Revenues fell by almost a quarter in 2023.", "a quarter", 0.25, id="quarter"),
        pytest.param("Output fell by half last year.", "half", 0.5, id="half"),
        pytest.param("Sales grew by a tenth in May.", "a tenth", 0.1, id="tenth"),
    ],
)
def test_a_change_by_a_part(sentence: str, text: str, value: float) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value) == (text, value)


def test_a_part_that_is_a_time_is_no_figure() -> None:
    assert claims_of("Profits fell in the first quarter and by a third-party count.") == []


def test_a_fact_sheet_label_names_what_its_figure_counts() -> None:
    found = claims_of(
        "Troops deployed: 11,000\nKilled (NIS estimate): 300\nDefence budget: $5 billion\n"
        "He said: 40 people died."
    )
    assert [(c.text, c.unit, c.quantity) for c in found] == [
        ("11,000", "troops", "Troops deployed"),
        ("300", "deaths", "Killed"),
        ("$5 billion", "USD", "Defence budget"),
        ("40", "people", "people died"),
    ]


def test_a_figure_captioned_after_it_counts_what_its_caption_names() -> None:
    found = claims_of(
        "Five numbers\n3. 370: the number of ships in the Chinese navy, according to the"
        " Pentagon.\n4. $245 billion – the official budget in dollars\n"
        "5. 7.2%: the rise this year\n"
        "The fleet: 370 ships in all."
    )
    assert [(c.text, c.unit, c.quantity) for c in found] == [
        ("370", "ships", "ships in the Chinese navy"),
        ("$245 billion", "USD", "official budget in dollars"),
        ("7.2%", "percent", "rise this year"),
        ("370", "ships", "ships"),
    ]


def test_a_labelled_line_with_a_date_and_a_hedge_names_its_figure() -> None:
    found = claims_of(
        "- Drones launched in February 2025: 1,213\n"
        "- Iranian-built Shaheds delivered since 2022: over 2,400\n"
    )
    assert [(c.text, c.unit, c.qualifier, c.quantity) for c in found] == [
        ("1,213", "drones", "exact", "Drones launched in February 2025"),
        ("2,400", "shaheds", "at_least", "Iranian-built Shaheds delivered since 2022"),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit", "quantity"),
    [
        pytest.param(
            "Officials say 400 Fateh-110 and Zolfaghar missiles were shipped.",
            "count",
            "Officials say … Fateh-110",
            id="a-model-is-no-unit",
        ),
        pytest.param(
            "Iran sent 2,400 Shahed-136 drones.", "drones", "Shahed-136 drones", id="model-noun"
        ),
        pytest.param(
            "The US sent 31 M1 Abrams tanks.", "tanks", "M1 Abrams tanks", id="name-then-noun"
        ),
        pytest.param(
            "It sent 300 HIMARS rockets.", "rockets", "HIMARS rockets", id="acronym-then-noun"
        ),
        pytest.param(
            "The ministry counted 1,000 COVID-19 deaths.", "deaths", "COVID-19 deaths", id="disease"
        ),
    ],
)
def test_a_model_designation_is_read_as_one_word(sentence: str, unit: str, quantity: str) -> None:
    claim = only_claim(sentence)
    assert (claim.unit, claim.quantity) == (unit, quantity)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("More than 77,000 have been wounded.", "people", id="passive"),
        pytest.param("The blast injured 260 on Monday.", "people", id="object"),
        pytest.param("The shelling killed at least 12.", "people", id="object-hedged"),
        pytest.param("More than 1.8 million have fled abroad.", "people", id="fled"),
        pytest.param("Some 7.7 million of them are displaced.", "people", id="of-them-displaced"),
        pytest.param("Some 5,000 marched on Monday.", "count", id="not-harm"),
        pytest.param(
            "Kyiv put the toll at 3,000 killed and wounded.", "casualties", id="toll-kia-wia"
        ),
        pytest.param("Some 600,000 killed or wounded.", "casualties", id="killed-or-wounded"),
    ],
)
def test_a_bare_figure_killed_hurt_or_driven_out_counts_people(sentence: str, unit: str) -> None:
    assert only_claim(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("The worst since 1939, when 33,000 died.", "people", id="died"),
        pytest.param("Some 5,000 gathered in the square.", "count", id="verb-not-noun"),
        pytest.param("About 200 armed men attacked.", "men", id="participle-before-noun"),
    ],
)
def test_a_past_tense_after_a_figure_is_the_verb(sentence: str, unit: str) -> None:
    assert only_claim(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        pytest.param("The unemployment rate ticked up to 3.9%.", Q.EXACT, id="ticked-up-to"),
        pytest.param("Prices went up to 5% in May.", Q.EXACT, id="went-up-to"),
        pytest.param("The flood could kill up to 5,000 people.", Q.AT_MOST, id="a-bound"),
    ],
)
def test_up_to_after_a_verb_of_motion_is_no_bound(sentence: str, qualifier: Qualifier) -> None:
    assert only_claim(sentence).qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        pytest.param("It flew 153 sorties over 25 hours.", Q.EXACT, id="during"),
        pytest.param("The siege has lasted over four months.", Q.AT_LEAST, id="lasted-over"),
        pytest.param("He spent over 12 years in prison.", Q.AT_LEAST, id="spent-over"),
        pytest.param("The fund is to be spent over 12 years.", Q.EXACT, id="be-spent-over"),
        pytest.param("The war has gone on for over two years.", Q.AT_LEAST, id="for-over"),
        pytest.param("The siege is now over four months old.", Q.AT_LEAST, id="now-over"),
        pytest.param("Over 300 people died.", Q.AT_LEAST, id="no-span"),
    ],
)
def test_over_a_span_is_a_bound_only_after_a_verb_of_lasting(
    sentence: str, qualifier: Qualifier
) -> None:
    assert claims_of(sentence)[-1].qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        pytest.param("Rates hit a 22-year high.", "22-year", "years", id="year"),
        pytest.param("They agreed a 90-day truce.", "90-day", "days", id="day"),
        pytest.param("They agreed a thirty-day truce.", "thirty-day", "days", id="words"),
        pytest.param("A 28-year-old man died.", "28", "years old", id="age"),
        pytest.param("Payrolls increased by 190,000 last month.", "190,000", "jobs", id="last"),
    ],
)
def test_spans_before_a_noun(sentence: str, text: str, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("It is a $1.5-billion plan.", "$1.5-billion", 1.5e9, "USD", id="hyphen-scale"),
        pytest.param("Its budget is Rs 6.81 lakh crore.", "Rs 6.81 lakh crore", 6.81e12, "INR",
                     id="stacked-scales"),
        pytest.param("The 2.3-million-strong army.", "2.3-million", 2.3e6, "troops", id="strong"),
        pytest.param("Some 1.1 million Rohingya live there.", "1.1 million", 1.1e6, "rohingya",
                     id="name-then-verb"),
        pytest.param("It used 1,000 British thermal units.", "1,000", 1000, "units",
                     id="name-in-a-noun-phrase"),
    ],
)  # fmt: skip
def test_hyphenated_scales_and_named_nouns(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.value, claim.unit) == (text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("Nearly half of Ukrainians support talks.", ["half"], id="half-of"),
        pytest.param("In the first half of 2024, sales rose.", [], id="a-half-year-is-a-time"),
        pytest.param("Shares rose 12 cents to $4.56.", ["12 cents", "$4.56"],
                     id="change-then-level"),
        pytest.param("The fund fell by $2 million to $40 million.", ["$2 million", "$40 million"],
                     id="change-by-then-level"),
        pytest.param("Prices rose 5 to 10 percent.", ["5 to 10 percent"], id="a-range-of-change"),
        pytest.param("The stock grew by 17.6 kg to 182.3 kg.", ["17.6 kg", "182.3 kg"],
                     id="change-by-then-level-in-a-unit"),
        pytest.param("It cut jobs by 20 to 30 percent.", ["20 to 30 percent"],
                     id="a-range-of-change-by"),
    ],
)  # fmt: skip
def test_halves_and_changes_to_a_level(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in claims_of(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        pytest.param("Exports rose 47% in 2023 to $111 billion.", ["47%", "$111 billion"],
                     id="year-then-amount"),
        pytest.param("Some 1500 to 2000 troops were sent.", ["1500 to 2000"], id="bare-range"),
        pytest.param("Between 1,500 and 2,000 troops.", ["1,500 and 2,000"], id="grouped-range"),
    ],
)  # fmt: skip
def test_a_year_before_to_and_an_amount_is_no_range(sentence: str, texts: list[str]) -> None:
    assert [c.text for c in claims_of(sentence)] == texts


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        pytest.param("The murder rate was 6.3 per 100,000 people.", "6.3 per 100,000 people",
                     "per 100,000 people", id="per-100000"),
        pytest.param("About 12 per 1,000 births died.", "12 per 1,000 births", "per 1,000 births",
                     id="per-1000"),
    ],
)  # fmt: skip
def test_a_rate_per_so_many_is_one_figure(sentence: str, text: str, unit: str) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        pytest.param("It cost three-quarters of a billion dollars.",
                     "three-quarters of a billion dollars", 750e6, "USD", id="of-a-scale-money"),
        pytest.param("Three-quarters of a million euros were lost.",
                     "Three-quarters of a million euros", 750e3, "EUR", id="euros"),
        pytest.param("It costs three quarters billion us dollars.",
                     "three quarters billion us dollars", 750e6, "USD", id="scale-without-of"),
        pytest.param("Two-thirds of a million people fled.", "Two-thirds of a million",
                     2e6 / 3, "people", id="people-stay-people"),
    ],
)  # fmt: skip
def test_a_part_of_a_scale_takes_the_unit_after_it(
    sentence: str, text: str, value: float, unit: str
) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)
    assert claim.value == pytest.approx(value)


def test_a_whole_and_a_part_keep_the_whole_s_scale() -> None:
    assert only_claim("Some 3 million and a half people fled.").value == 3.5e6


def test_a_change_by_an_amount_to_a_level_is_two_figures_of_one_unit() -> None:
    found = claims_of("Japan's population fell by a record 898,000 to 123.8 million last year.")
    assert [(c.text, c.unit) for c in found] == [("898,000", "people"), ("123.8 million", "people")]
    assert only_claim("It sent 10 to 12 tanks.").text == "10 to 12"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("People aged 65 and older made up 29.3% of the population.", id="and-older"),
        pytest.param("Almost 30% of Japanese are 65 or older.", id="or-older"),
        pytest.param("Those aged 18 and over may vote, and 30% did.", id="aged-and-over"),
    ],
)
def test_an_age_with_its_bound_names_a_group(sentence: str) -> None:
    assert [c.unit for c in claims_of(sentence)] == ["percent"]


def test_a_count_with_its_bound_is_a_figure() -> None:
    assert [c.text for c in claims_of("Groups of 10 and over pay less.")] == ["10"]


def test_births_are_counted_as_births_and_a_demonym_before_its_verb_as_people() -> None:
    assert only_claim("Births fell to 686,000 in 2024.").unit == "births"
    assert only_claim("At least 42,344 Palestinians had been killed.").unit == "people"


def test_a_count_of_times_after_a_designator_is_a_figure() -> None:
    claim = only_claim("Chinese aircraft entered the air defence zone 3,075 times in 2024.")
    assert (claim.text, claim.unit) == ("3,075", "times")
    assert claims_of("Residents of Zone 3 left.") == []


def test_a_baseline_in_words_is_no_share() -> None:
    found = claims_of("In 2024, 23 allies met the target of 2% of GDP, up from three in 2014.")
    assert [(c.text, c.unit) for c in found] == [
        ("23", "allies"),
        ("2%", "percent"),
        ("three", "allies"),
    ]
    found = claims_of("Inflation fell to 4.1% from 4.3 in December.")
    assert [c.unit for c in found] == ["percent", "percent"]


def test_the_harmed_after_and_are_of_the_people_before() -> None:
    found = claims_of(
        "Zelensky said 46,000 Ukrainian soldiers had been killed and some 380,000 wounded."
    )
    assert [(c.text, c.unit) for c in found] == [("46,000", "troops"), ("380,000", "troops")]
    found = claims_of("It killed 12 civilians and 40 police officers.")
    assert [c.unit for c in found] == ["civilians", "police"]


def test_a_figure_a_verb_sets_its_object_to_counts_the_object() -> None:
    (cut,) = claims_of("In December the authority cut daily transits to 22.")
    assert (cut.unit, cut.per) == ("transits", "day")
    (flights,) = claims_of("The airline has reduced flights to 40 a week.")
    assert (flights.unit, flights.per) == ("flights", "week")
    (rates,) = claims_of("The central bank cut rates to 4.5%.")
    assert (rates.unit, rates.per) == ("percent", None)


def test_a_long_label_on_a_bulleted_line_names_its_figure() -> None:
    found = claims_of(
        "- Revenue the canal expects to lose in fiscal 2024: $500 million\n"
        "- Share of US seaborne trade that crosses the canal: 5%\n"
    )
    assert [c.quantity for c in found] == [
        "Revenue the canal expects to lose in fiscal 2024",
        "Share of US seaborne trade that crosses the canal",
    ]


def test_a_bare_figure_driven_from_home_counts_people() -> None:
    found = claims_of("The quake killed 5,300 people and displaced 1.8 million.")
    assert [(c.text, c.unit) for c in found] == [("5,300", "people"), ("1.8 million", "people")]
    (evacuated,) = claims_of("Firefighters evacuated about 2,400 from the valley.")
    assert evacuated.unit == "people"


def test_a_note_in_brackets_may_stand_inside_a_label() -> None:
    claim = only_claim("- Russian casualties (killed and wounded), UK estimate: 780,000")
    assert (claim.unit, claim.quantity) == (
        "casualties",
        "Russian casualties (killed and wounded), UK estimate",
    )
    assert only_claim("Killed (NIS estimate): 300").quantity == "Killed"


def test_near_before_a_figure_is_a_hedge() -> None:
    claim = only_claim("Russian casualties in Ukraine near 700,000, UK says")
    assert (claim.qualifier.value, claim.hedge) == ("approx", "near")


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        pytest.param("Pakistan floods: losses top $30 billion", "at_least", id="losses-top"),
        pytest.param("Exports top $1 trillion for the first time.", "at_least", id="exports-top"),
        pytest.param("The House passes $95 billion in aid.", "exact", id="a-bill-passes"),
    ],
)
def test_a_sum_that_tops_a_mark_is_a_lower_bound(sentence: str, qualifier: str) -> None:
    assert only_claim(sentence).qualifier.value == qualifier


def test_a_country_that_hosts_a_bare_figure_hosts_what_the_figure_before_counts() -> None:
    found = claims_of(
        "About 6.2 million Syrians remain refugees abroad, most of them in Turkey, which hosts"
        " some 2.9 million."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("6.2 million", "people"),
        ("2.9 million", "people"),
    ]


def test_a_bullet_counts_what_the_line_its_list_hangs_from_counts() -> None:
    found = claims_of(
        "Deaths confirmed across six states: 215\n- North Carolina: 108\n- Georgia: 33\n\n"
        "Key figures\n- Texas: 12\n- Venezuelans displaced: 7.7 million\n"
    )
    assert [(c.text, c.unit) for c in found] == [
        ("six", "states"),
        ("215", "deaths"),
        ("108", "deaths"),
        ("33", "deaths"),
        ("12", "count"),
        ("7.7 million", "people"),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param(
            "It pledged $5 billion for Ukraine and 3 billion for Gaza.", "USD", id="money"
        ),
        pytest.param(
            "Exports rose to 40 million tonnes and imports to 12 million.", "tonne", id="tonnes"
        ),
        pytest.param("It spent $5 billion and 300 were hired.", "count", id="not-in-millions"),
    ],
)
def test_a_figure_in_millions_after_and_counts_what_the_one_before_counts(
    sentence: str, unit: str
) -> None:
    assert claims_of(sentence)[-1].unit == unit


def test_a_list_of_places_hung_from_a_line_of_places_counts_nothing_it_names() -> None:
    found = claims_of("Top host countries:\n- Colombia: 2,810,000\n- Peru: 1,540,000\n")
    assert [(c.text, c.unit) for c in found] == [("2,810,000", "count"), ("1,540,000", "count")]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        pytest.param("The bill was 20 British pounds.", "20 British pounds", "GBP", id="british"),
        pytest.param("It cost 5 Swiss francs.", "5 Swiss francs", "CHF", id="swiss"),
        # NOTE: a price per pound of weight is in dollars, not in pounds
        pytest.param("Arabica rose to a record $4.30 a pound.", "$4.30", "USD", id="a-pound"),
        pytest.param("Copper rose to $4.50 per pound.", "$4.50", "USD", id="per-pound"),
        pytest.param("It costs 4 pounds.", "4 pounds", "GBP", id="pounds"),
    ],
)
def test_a_currency_word_after_an_amount_may_be_described_but_is_no_weight(
    sentence: str, text: str, unit: str
) -> None:
    claim = only_claim(sentence)
    assert (claim.text, claim.unit) == (text, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        pytest.param("Deaths involving fentanyl and other synthetic opioids fell to about 74,702.",
                     "deaths", id="deaths-involving"),
        pytest.param("Deaths involving stimulants such as methamphetamine rose, to about 36,251.",
                     "deaths", id="rose-comma-to"),
        pytest.param("Cases linked to the outbreak in Texas and New Mexico rose to 750.", "cases",
                     id="cases-linked-to"),
        pytest.param("Prices linked to oil and gas rose to 500.", "count", id="an-amount-subject"),
    ],
)  # fmt: skip
def test_a_bare_figure_counts_a_subject_told_with_what_it_is_of(sentence: str, unit: str) -> None:
    assert claims_of(sentence)[0].unit == unit


def test_a_possessive_before_a_figure_is_no_counted_noun() -> None:
    found = claims_of("The floods have affected 446 of the state's 497 municipalities.")
    assert [(c.text, c.unit) for c in found] == [
        ("446", "municipalities"),
        ("497", "municipalities"),
    ]


def test_a_time_base_after_and_is_the_next_figures() -> None:
    found = claims_of("A poll had forecast annual inflation of 76% and monthly inflation of 3.5%.")
    assert [(c.text, c.per) for c in found] == [("76%", None), ("3.5%", None)]
    (trucks,) = claims_of("Israel allowed 100 trucks a day.")
    assert trucks.per == "day"


def test_a_change_then_a_level_ten_times_larger_is_no_range() -> None:
    found = claims_of("Iraq's output rose 60,000 bpd to 4.27 million bpd.")
    assert [(c.text, c.qualifier) for c in found] == [
        ("60,000 bpd", Q.EXACT), ("4.27 million bpd", Q.EXACT)
    ]  # fmt: skip
    (cut,) = claims_of("Prices rose 20 to 30 percent.")
    assert (cut.low, cut.high) == (20, 30)


def test_a_signed_figure_after_a_label_is_no_phone_number() -> None:
    found = claims_of("- Nonfarm payrolls: +143,000 (consensus +170,000)")
    assert [(c.text, c.unit) for c in found] == [("143,000", "jobs"), ("170,000", "count")]


def test_a_listed_name_before_a_figure_in_millions_takes_the_unit_before() -> None:
    found = claims_of(
        "The EU pledged 355 million euros, Germany 244 million and France 110 million."
    )
    assert [c.unit for c in found] == ["EUR", "EUR", "EUR"]
    (people,) = claims_of("In Germany, 244 million people live.")
    assert people.unit == "people"


def test_the_us_before_dollars_is_the_country() -> None:
    found = claims_of("Britain pledged £89 million and the US $174 million.")
    assert [(c.text, c.unit) for c in found] == [("£89 million", "GBP"), ("$174 million", "USD")]
    (cost,) = claims_of("It cost US $174 million.")
    assert (cost.text, cost.unit) == ("US $174 million", "USD")


def test_a_change_from_one_figure_to_another_several_words_after_its_noun_is_no_range() -> None:
    found = claims_of(
        "The largest measure is a rise in employer National Insurance from 13.8 per cent to 15"
        " per cent. The OBR expects GDP to grow 1.1 per cent in 2024 and 2.0 per cent in 2025."
    )
    assert [(c.text, c.qualifier) for c in found] == [
        ("13.8 per cent", "exact"),
        ("15 per cent", "exact"),
        ("1.1 per cent", "exact"),
        ("2.0 per cent", "exact"),
    ]
    assert "cent" not in found[-1].quantity


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("It is below the record 45,774 set in 2022.", "count", id="set-in"),
        pytest.param("The 300 held in custody were freed.", "count", id="held-in"),
        pytest.param("He collected 40 set pieces.", "pieces", id="set-as-a-word-of-the-noun"),
    ],
)
def test_a_participle_after_a_figure_is_no_counted_noun(text: str, unit: str) -> None:
    (claim,) = claims_of(text)
    assert claim.unit == unit
