"""Claims of whole documents: places, repeats, quantities, attribution."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.context import TextIndex
from tests.conftest import claims_of

PARAGRAPH = "Officials said 4,000 marines landed on the island, and 300 were wounded.\n"


def test_repeated_paragraph_is_one_claim() -> None:
    text = f"Menu\nHome\n\n{PARAGRAPH}\nRelated\n\n{PARAGRAPH}"
    found = claims_of(text)
    assert [c.text for c in found] == ["4,000", "300", "4,000", "300"]
    assert [c.repeat_of for c in found] == [None, None, "c1", "c2"]


def test_quantity_uses_the_document_words() -> None:
    (claim,) = claims_of("Analysts say 10,500 volunteers joined the brigade in May.")
    assert claim.quantity.startswith("volunteers joined the brigade")


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Suez Canal revenue was $428m in January.", "Suez Canal revenue was … in January"),
        ("Canal transits are down 40% year on year.", "Canal transits are down … year on year"),
        ("Egypt is losing $550 million a month.", "Egypt is losing … a month"),
    ],
)
def test_a_phrase_of_time_after_a_figure_is_not_what_it_measures(text: str, quantity: str) -> None:
    (claim,) = claims_of(text)
    assert claim.quantity == quantity


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("It will spend 13.5 trillion roubles ($145 billion) on defence.", "spend …"),
        ("It lifted its rate to 21 percent, up from 19 percent.", "lifted its rate …"),
    ],
)
def test_a_figure_without_words_of_its_own_takes_the_quantity_before(
    text: str, quantity: str
) -> None:
    assert [c.quantity for c in claims_of(text)] == [quantity, quantity]


def test_a_figure_that_neither_restates_nor_compares_keeps_its_own_quantity() -> None:
    found = claims_of(
        "Prices rose 2.4% in September, while core inflation, which excludes food, was 3.3%."
    )
    assert found[1].quantity != found[0].quantity


def test_a_label_gives_its_rate() -> None:
    (claim,) = claims_of("| Aid trucks per day, October | 57 | UNRWA |")
    assert (claim.unit, claim.per) == ("trucks", "day")


def test_a_quantity_keeps_letters_beyond_ascii() -> None:
    (claim,) = claims_of("In El Fasher, Médecins Sans Frontières treated 1,500.")
    assert claim.quantity == "Médecins Sans Frontières treated …"


def test_the_later_figures_of_a_fact_sheet_line_take_its_label() -> None:
    found = claims_of("- Official defence budget, 2024: 1.67 trillion yuan ($231 billion), up 7.2%")
    assert [c.quantity for c in found] == ["Official defence budget, 2024"] * 3


def test_attribution_according_to() -> None:
    (claim,) = claims_of("According to the Health Ministry, 212 patients were treated.")
    assert claim.attribution == "the Health Ministry"


def test_attribution_said() -> None:
    (claim,) = claims_of("The Pentagon said 1,100 advisers remain in the country.")
    assert claim.attribution == "The Pentagon"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The missile flew 1,100 km, Japan's defence ministry said.", "Japan's defence ministry"),
        ("Israel's army said 40 rockets were fired.", "Israel's army"),
        ("South Korea's military said 3 missiles were fired.", "South Korea's military"),
    ],
)
def test_attribution_to_a_country_s_ministry_or_military(text: str, who: str) -> None:
    assert claims_of(text)[0].attribution == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The war has killed 150,000 people, the US envoy said.", "the US envoy"),
        (
            "Russia lost 20,000 troops, the British defence minister said.",
            "the British defence minister",
        ),
        ("Some 500 people died, the UN special envoy told reporters.", "the UN special envoy"),
    ],
)
def test_attribution_to_an_office_holder_named_by_country_or_body(text: str, who: str) -> None:
    assert claims_of(text)[0].attribution == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Pledges came to 6.05 billion euros, the Swedish presidency of the EU said.",
            "the Swedish presidency of the EU",
        ),
        ("The government of Sudan said 3,000 people had died.", "The government of Sudan"),
    ],
)
def test_attribution_to_a_body_of_a_country_or_bloc(text: str, who: str) -> None:
    assert claims_of(text)[0].attribution == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Minister Ahsan Iqbal put the damage at more than $10 billion.", "Minister Ahsan Iqbal"),
        ("The UN put the death toll at 1,200.", "The UN"),
        (
            "Damage is estimated at $30 billion by the World Bank, three times more.",
            "the World Bank",
        ),
        ("Losses were put at $4 billion by the Bank of England.", "the Bank of England"),
    ],
)
def test_attribution_of_an_estimate_put_at_a_figure(text: str, who: str) -> None:
    assert claims_of(text)[0].attribution == who


@pytest.mark.parametrize(
    "text",
    ["The army put 5,000 troops on alert.", "Output is forecast at 2 million tonnes by June."],
)
def test_a_figure_put_somewhere_or_due_by_a_month_has_no_attribution(text: str) -> None:
    assert claims_of(text)[0].attribution is None


def test_attribution_citation_and_ibid() -> None:
    found = claims_of("Exports grew 12% last year (Lindqvist, 2023). Imports fell 4% (ibid).")
    assert [c.attribution for c in found] == ["Lindqvist, 2023", "Lindqvist, 2023"]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Egypt earned $7.2 billion from the canal.", ["egypt"]),
        # NOTE: a sentence that names no country takes the last one its paragraph named
        (
            "The toll falls on Egypt. Transits fell by half. Revenue came to $7.2 billion.",
            ["egypt"],
        ),
        # NOTE: not across paragraphs: a new line is a new paragraph, and the title counts
        ("Key figures: China's military\n\nEgypt said so.\nActive personnel: 2 million", ["china"]),
        ("Key figures: the navy\n\nActive personnel: 2 million", []),
        # NOTE: places in a list of parts or examples are not the figure's
        (
            "Sudan's war in numbers\n\nOver 2 million have fled, including 500,000 to Egypt.",
            ["sudan"],
        ),
        ("Over 2 million have fled, including 500,000 to Egypt.", []),
        # NOTE: nor those of the examples of the sentence before
        ("Many fled, including 600,000 to Chad. The war has killed 15,000.", []),
        # NOTE: nor those in brackets, most often a source
        ("Operational nuclear warheads: about 500 (Pentagon)", []),
    ],
)
def test_a_claim_is_about_the_countries_its_sentence_paragraph_or_title_names(
    text: str, about: list[str]
) -> None:
    (claim,) = (
        c for c in claims_of(text) if c.text in ("$7.2 billion", "2 million", "500", "15,000")
    )
    assert claim.about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("New Mexico has reported 54 cases.", ["united states"]),
        ("The Fed cut its rate to 4.75%.", ["united states"]),
        ("The Bank of Korea held its rate at 3%.", ["south korea"]),
        ("Workers fed up with prices lost 3% of their pay.", []),
        # NOTE: a region of several countries is no actor, though its name holds one's
        ("About 6.5 million live in Latin America.", []),
        ("The South American market grew 4%.", []),
        ("American exports grew 4%.", ["united states"]),
    ],
)
def test_central_banks_stand_for_their_countries(text: str, about: list[str]) -> None:
    assert claims_of(text)[0].about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        pytest.param(
            "Los Angeles fires: toll rises\n\nThe fires have killed at least 24 people.",
            ["united states"],
            id="a-city-in-the-title",
        ),
        pytest.param(
            "Channel crossings rise\n\nLONDON (Reuters) - Crossings rose.\n\nIn all, 78 died.",
            ["united kingdom"],
            id="the-dateline",
        ),
        pytest.param(
            "Wildfires\n\nFires burned homes in Los Angeles. In all, 24 people died.",
            ["united states"],
            id="a-city-in-a-report-naming-no-country",
        ),
        pytest.param(
            "Attacks choke Suez Canal traffic\n\nYemen's Houthis attacked ships.\n\n"
            "The detour adds 3,500 nautical miles.",
            [],
            id="no-city-where-countries-are-named",
        ),
        pytest.param(
            "Freight\n\nRates from Shanghai to Rotterdam rose. Egypt lost revenue.\n\n"
            "A container costs $4,400.",
            [],
            id="no-city-in-a-sentence-where-countries-are-named",
        ),
    ],
)
def test_a_report_naming_no_country_is_about_its_cities_or_its_dateline(
    text: str, about: list[str]
) -> None:
    assert claims_of(text)[-1].about == about


def test_a_figure_in_a_list_of_examples_is_about_its_own() -> None:
    found = claims_of("Over 2 million have fled abroad, including 500,000 to Egypt.")
    assert [c.about for c in found] == [[], ["egypt"]]
    found = claims_of("Canal revenue was 1.67 trillion yuan (Egypt's 500 billion).")
    assert [c.about for c in found] == [[], ["egypt"]]


def test_sentence_is_the_figures_sentence() -> None:
    found = claims_of("First sentence here. Then 77 ships sailed. Last one.")
    assert found[0].sentence == "Then 77 ships sailed."


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Two children have died.", id="number-word"),
        pytest.param("300 children have died.", id="digits"),
        pytest.param('"300 children have died," he said.', id="quoted"),
    ],
)
def test_a_sentence_may_open_with_its_figure(opening: str) -> None:
    found = claims_of(f"Officials said 29 patients were hospitalised. {opening}")
    assert [c.sentence for c in found] == ["Officials said 29 patients were hospitalised.", opening]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        pytest.param("Argentina posted a surplus of 1.8 trillion pesos.", "ARS", id="peso"),
        pytest.param("Pakistan needs 3 trillion rupees.", "PKR", id="rupee"),
        pytest.param("Egypt raised 40 billion pounds.", "EGP", id="pound"),
        pytest.param("Argentina bought 5 Mexican pesos.", "MXN", id="named-currency"),
        pytest.param("India and Pakistan spent 5 billion rupees.", "INR", id="default-country"),
        pytest.param("Chile and Colombia spent 10 billion pesos.", "MXN", id="two-countries"),
    ],
)
def test_a_shared_currency_word_is_the_currency_of_the_country_named(text: str, unit: str) -> None:
    assert [c.unit for c in claims_of(text)] == [unit]


def test_a_sentence_ends_after_its_footnote_mark() -> None:
    found = claims_of("It fields an army of 880,000.[3] Its losses: 46,000 soldiers were killed.")
    assert [c.sentence for c in found] == [
        "It fields an army of 880,000.[3]",
        "Its losses: 46,000 soldiers were killed.",
    ]


VOCABULARY = [
    "troops",
    "aid",
    "rose",
    "the",
    "in",
    "2023",
    "$5",
    "million",
    "12%",
    "about",
    "seven",
]
VOCABULARY += ["\n", "U.S.", "—", "(ibid)", "between", "and", "3-4", "one in five", "a half", "-18"]
words = st.sampled_from(VOCABULARY)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, max_size=40))
def test_every_claim_points_at_its_text(tokens: list[str]) -> None:
    text = " ".join(tokens)
    for claim in claims_of(text):
        assert text[claim.start : claim.end] == claim.text
        assert claim.low is None or claim.high is None or claim.low <= claim.high


@given(
    st.text(alphabet="ab \n", max_size=200),
    st.lists(st.integers(min_value=0, max_value=200), max_size=12),
)
def test_line_and_column_in_any_order_match_a_plain_count(text: str, offsets: list[int]) -> None:
    index = TextIndex(text)
    for offset in (min(o, len(text)) for o in offsets):
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        assert index.line_column(offset) == (line, column)


def test_a_description_does_not_run_into_the_next_figure() -> None:
    found = claims_of("China's exports to Russia jumped 46.9% to $110.97 billion.")
    descriptions = {c.text: c.quantity for c in found}
    assert descriptions == {
        "46.9%": "China's exports Russia jumped … to",
        "$110.97 billion": "China's exports Russia jumped …",
    }


def test_precision_is_the_place_of_the_last_digit_written() -> None:
    text = "Revenue was $10.25 billion, then 10,000 tonnes, 4.5% and twelve thousand ships."
    precision = {c.text: c.precision for c in claims_of(text)}
    assert precision == {
        "$10.25 billion": 10_000_000,
        "10,000 tonnes": 10_000,
        "4.5%": 0.1,
        "twelve thousand": 1_000,
    }


def test_hard_wrapped_lines_of_a_paragraph_are_one_sentence() -> None:
    text = (
        "According to South Korea's National Intelligence Service, North Korea\n"
        "has sent about 11,000 troops to Russia since October 2024, and a\n"
        "further 3,000 were dispatched in January and February 2025.\n"
        "Deaths: 29\n"
        "structures destroyed: 16,251\n"
    )
    found = claims_of(text)
    assert found[0].sentence.startswith("According to South Korea's")
    assert found[0].sentence.endswith("January and February 2025.")
    assert text[found[0].start : found[0].end] == "11,000"
    assert found[-1].sentence == "structures destroyed: 16,251"  # NOTE: a short line stays


def test_a_numbered_item_after_a_long_line_with_no_full_stop_starts_its_own_line() -> None:
    text = (
        "4. $245 billion - the official defence budget in US dollars this year\n"
        "5. 7.2%: the rise in the official defence budget\n"
    )
    assert [(c.text, c.quantity) for c in claims_of(text)] == [
        ("$245 billion", "official defence budget in US dollars this year"),
        ("7.2%", "rise in the official defence budget"),
    ]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        pytest.param("Ghana expects a crop of 650,000 tonnes.", ["ghana"], id="ghana"),
        pytest.param("Ivorian exporters shipped 1.3m tonnes.", ["ivory coast"], id="ivorian"),
        pytest.param("Côte d'Ivoire shipped 1.34 million tonnes.", ["ivory coast"], id="cote"),
        pytest.param("Papua New Guinea has 10 million people.", ["papua new guinea"], id="png"),
        pytest.param("Guinea-Bissau exports 200,000 tonnes of nuts.", ["guinea-bissau"], id="gb"),
        pytest.param("Honduran officials counted 4,000 migrants.", ["honduras"], id="honduran"),
        pytest.param("The Panama Canal handled 1,208 ships.", ["panama"], id="panama"),
        pytest.param("The guinea pig study had 40 subjects.", [], id="lower-case-guinea"),
        pytest.param("Turkey prices rose, and 40 turkey farms closed.", ["turkey"], id="turkey"),
        pytest.param("Farmers raised 40 turkey flocks.", [], id="lower-case-turkey"),
    ],
)
def test_countries_of_every_region_are_actors(text: str, about: list[str]) -> None:
    assert claims_of(text)[0].about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        pytest.param(
            "LONDON, April 19 (Reuters) - Cocoa futures in New York hit a record $11,722 a tonne."
            "\n\nIvory Coast's arrivals at port fell 29%.",
            [],
            id="filed-from-london-of-new-york",
        ),
        pytest.param(
            "LONDON (Reuters) - Exports from Ghana fell 29% to 1.3 million tonnes.",
            ["ghana"],
            id="filed-from-london-of-ghana",
        ),
        pytest.param(
            "MOSCOW (Reuters) - The central bank raised its key rate to 21%.",
            ["russia"],
            id="of-the-place-it-is-filed-from",
        ),
    ],
)
def test_a_dateline_is_what_a_sentence_is_about_only_when_it_names_no_place(
    text: str, about: list[str]
) -> None:
    assert claims_of(text)[0].about == about


def test_each_sentence_of_a_line_of_labels_is_named_by_its_own() -> None:
    found = claims_of(
        "Total revenue: $124.3bn (+4%). Earnings per share: $2.40. Gross margin: 46.9%."
    )
    assert [c.quantity for c in found] == [
        "Total revenue", "Total revenue", "Earnings per share", "Gross margin"
    ]  # fmt: skip


def test_each_item_of_a_list_of_labels_is_named_by_its_own() -> None:
    found = claims_of("Romania: 30,692 cases; Kazakhstan: 28,147; Killed: 300; wounded: 500.")
    assert [c.quantity for c in found] == ["cases", "Kazakhstan", "Killed", "figure"]


def test_parts_in_brackets_count_what_the_figure_before_counts() -> None:
    found = claims_of(
        "The two fires have burned 37,000 acres between them (Palisades 23,400; Eaton 14,000)."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("37,000 acres", "acre"), ("23,400", "acre"), ("14,000", "acre")
    ]  # fmt: skip


def test_a_name_on_a_figure_after_with_or_and_counts_what_the_figure_before_counts() -> None:
    found = claims_of("The CDU/CSU will have 208 seats, with the AfD on 152 and the SPD on 120.")
    assert [(c.text, c.unit) for c in found] == [
        ("208", "seats"),
        ("152", "seats"),
        ("120", "seats"),
    ]


def test_a_level_after_its_change_counts_the_subject_of_the_verb() -> None:
    found = claims_of("Crossings into the EU fell 38% last year to about 239,000.")
    assert [(c.text, c.unit) for c in found] == [("38%", "percent"), ("239,000", "crossings")]


def test_an_abbreviation_in_a_label_does_not_end_it() -> None:
    assert [c.quantity for c in claims_of("- Rainfall in St. Petersburg: 18.3 inches")] == [
        "Rainfall in St. Petersburg"
    ]


def test_the_paris_agreement_is_no_figure_of_frances() -> None:
    found = claims_of("The Paris Agreement aims to limit warming to 1.5C. Paris said 40 died.")
    assert [c.about for c in found] == [[], ["france"]]


def test_a_paragraph_ends_its_sentence_after_what_reads_as_an_abbreviation() -> None:
    found = claims_of(
        "It destroyed 9,000 homes in Viña del Mar.\n\nThe 2010 quake killed 500 people."
    )
    assert [c.sentence for c in found] == [
        "It destroyed 9,000 homes in Viña del Mar.", "The 2010 quake killed 500 people."
    ]  # fmt: skip


def test_a_pact_named_after_a_capital_is_no_figure_of_its_country() -> None:
    found = claims_of("After the Pretoria agreement, 1 million people remain in camps.")
    assert [c.about for c in found] == [[]]


def test_a_span_told_by_where_it_ends_is_no_count_and_its_figures_stay() -> None:
    found = claims_of("In the 24 hours to 6 a.m. on Wednesday, air defences shot down 14 drones.")
    assert [(c.text, c.unit) for c in found] == [("14", "drones")]


def test_a_sentence_opening_with_the_whole_counts_what_it_names() -> None:
    found = claims_of("Taiwan tracked 45 Chinese aircraft. Of the aircraft, 36 crossed the line.")
    assert [(c.text, c.unit) for c in found] == [("45", "aircraft"), ("36", "aircraft")]


def test_where_figures_were_counted_is_not_what_a_baseline_is_compared_with() -> None:
    found = claims_of("The US recorded 607 cases in 22 states, more than the 285 recorded in 2024.")
    assert [(c.text, c.unit) for c in found] == [
        ("607", "cases"), ("22", "states"), ("285", "cases")
    ]  # fmt: skip


def test_infections_are_counted_as_cases() -> None:
    (claim,) = claims_of("Health officials have confirmed 309 infections so far.")
    assert claim.unit == "cases"


def test_a_figure_that_a_relative_clause_of_people_follows_counts_people() -> None:
    found = claims_of("Some 12.9 million are displaced, including 3.8 million who have fled.")
    assert [(c.text, c.unit) for c in found] == [
        ("12.9 million", "people"),
        ("3.8 million", "people"),
    ]


@pytest.mark.parametrize("noun", ["machinists", "employees", "staffers", "workers"])
def test_those_employed_are_counted_as_workers(noun: str) -> None:
    (claim,) = claims_of(f"The plant has 4,200 {noun} on its payroll.")
    assert claim.unit == "workers"


def test_bare_figures_listed_after_a_counted_figure_count_the_same() -> None:
    found = claims_of(
        "Health care added 68,000 jobs, government 43,000 and leisure and hospitality 42,000."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("68,000", "jobs"),
        ("43,000", "jobs"),
        ("42,000", "jobs"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike idled 4,000 workers, up 1,500 from May.",
        "The plant hired 200 workers, killing 3 jobs elsewhere and adding 40 more.",
    ],
)
def test_a_change_or_a_verb_before_a_bare_figure_is_no_list_item(sentence: str) -> None:
    bare = [c for c in claims_of(sentence) if c.text in ("1,500", "3")]
    assert all(c.unit != "workers" for c in bare)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("An average of 57 aid trucks a day entered Gaza, far below the 500 a day before the war.",
         "trucks"),
        ("The dealer sold 3,000 cars in May, more than the 2,500 it had forecast.", "cars"),
    ],
)  # fmt: skip
def test_a_figure_compared_with_the_one_before_counts_what_it_counts(
    sentence: str, unit: str
) -> None:
    assert [c.unit for c in claims_of(sentence)] == [unit, unit]


def test_a_figure_in_quotation_marks_is_named_by_the_words_before_them() -> None:
    (claim,) = claims_of('Premier Li set an economic growth target of "around 5%" for 2025.')
    assert (claim.quantity, claim.qualifier) == ("set economic growth target of …", "approx")


def test_a_figure_after_a_part_listed_with_including_counts_the_whole() -> None:
    found = claims_of(
        "The Washington-based group Human Rights Activists in Iran says at least 1,190 people"
        " were killed, including 436 civilians, and 4,475 were wounded."
    )
    assert [(c.text, c.unit) for c in found] == [
        ("1,190", "people"),
        ("436", "civilians"),
        ("4,475", "people"),
    ]
    assert found[0].attribution == "Human Rights Activists in Iran"


def test_a_label_leaves_out_the_scale_of_the_figure_before() -> None:
    (_, baseline) = claims_of(
        "Earnings fell to $428 million in January from $804 million a year earlier."
    )
    assert baseline.quantity == "Earnings fell in January from … a year earlier"


def test_a_part_told_with_of_which_counts_what_the_figure_before_counts() -> None:
    found = claims_of(
        "The ministry tracked a record 153 Chinese aircraft, 111 of which crossed the median line."
    )
    assert [(c.text, c.unit) for c in found] == [("153", "aircraft"), ("111", "aircraft")]
