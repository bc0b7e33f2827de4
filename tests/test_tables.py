"""Units stated once for many figures: in a table's column header or in a label's brackets."""

from __future__ import annotations

import pytest

from factcheck.extract.tables import Header, Tables, unit_of
from factcheck.pipeline import number_claims
from factcheck.reconcile import reconcile
from tests.conftest import claims_of

AID_TABLE = """# Aid to Ukraine

| Country | Aid ($ billion) | Share of GDP (%) | Notes |
| --- | ---: | :---: | --- |
| Germany | 14.9 | 0.35 | mostly arms |
| Poland | 3.6 | 0.47 | |

Germany gave the most in absolute terms.
"""


def test_the_header_of_the_column_a_figure_stands_in() -> None:
    tables = Tables(AID_TABLE)
    assert tables.header(AID_TABLE.index("14.9")) == Header("Aid", "$ billion")
    assert tables.header(AID_TABLE.index("0.47")) == Header("Share of GDP", "%")
    assert tables.header(AID_TABLE.index("mostly")) == Header("Notes", None)
    assert tables.header(AID_TABLE.index("Poland")) == Header("Country", None)
    assert tables.header(AID_TABLE.index("Country")) is None  # NOTE: the header row itself
    assert tables.header(AID_TABLE.index("absolute")) is None  # NOTE: prose after the table


@pytest.mark.parametrize("name", ["% of GDP", "Percent change", "Percentage of votes"])
def test_a_column_named_as_a_share_holds_shares(name: str) -> None:
    text = f"| Country | {name} |\n|---|---|\n| Poland | 4.12 |\n"
    assert [(c.text, c.value, c.unit) for c in claims_of(text)] == [("4.12", 4.12, "percent")]


def test_text_without_a_table_has_no_headers() -> None:
    text = "Exports rose 9.9% | imports fell 3%."
    assert Tables(text).header(text.index("9.9")) is None


@pytest.mark.parametrize(
    ("note", "stated"),
    [
        ("$ billion", (1e9, "USD")),
        ("US$ bn", (1e9, "USD")),
        ("billion yuan", (1e9, "CNY")),
        ("£ million", (1e6, "GBP")),
        ("%", (1.0, "percent")),
        ("per cent", (1.0, "percent")),
        ("million tonnes", (1e6, "tonne")),
        ("acres", (1.0, "acre")),
        ("million bpd", (1e6, "barrels/day")),
        ("bn", (1e9, None)),
        ("NIS estimate", None),
        ("2024", None),
        ("people", None),
    ],
)
def test_what_a_note_in_brackets_states(note: str, stated: tuple[float, str | None]) -> None:
    assert unit_of(note) == stated


def test_figures_under_a_header_take_its_unit_and_name() -> None:
    found = [(c.text, c.value, c.unit, c.quantity) for c in claims_of(AID_TABLE, "aid.md")]
    assert found == [
        ("14.9", 14.9e9, "USD", "Germany: Aid"),
        ("0.35", 0.35, "percent", "Germany: Share of GDP"),
        ("3.6", 3.6e9, "USD", "Poland: Aid"),
        ("0.47", 0.47, "percent", "Poland: Share of GDP"),
    ]


def test_a_label_in_brackets_states_the_unit_of_its_line() -> None:
    text = "Key figures\n\nCrops lost (acres): 4.4 million\nDamage ($ billion): 14.9\n"
    found = [(c.text, c.value, c.unit) for c in claims_of(text)]
    assert found == [("4.4 million", 4.4e6, "acre"), ("14.9", 14.9e9, "USD")]


def test_a_figure_with_a_unit_of_its_own_keeps_it() -> None:
    text = "| Item | Cost ($ million) |\n| --- | --- |\n| Tanks | €40 million |\n| Fuel | 30% |\n"
    found = [(c.text, c.value, c.unit) for c in claims_of(text, "t.md")]
    assert found == [("€40 million", 40e6, "EUR"), ("30%", 30.0, "percent")]


def test_a_scale_is_not_applied_twice() -> None:
    text = "| Country | Output (million tonnes) |\n| --- | --- |\n| India | 1.2 million |\n"
    (claim,) = claims_of(text, "t.md")
    assert (claim.value, claim.unit) == (1.2e6, "tonne")


def test_a_plain_header_adds_nothing_to_the_label() -> None:
    text = "| Indicator | Figure |\n| --- | --- |\n| Deaths | 1,739 |\n"
    (claim,) = claims_of(text, "t.md")
    assert claim.quantity == "Deaths"


def _groups(texts: dict[str, str]) -> list[list[str]]:
    claims = number_claims([c for path, text in texts.items() for c in claims_of(text, path)])
    by_id = {c.id: c for c in claims}
    return [sorted(by_id[i].text for i in g.claims) for g in reconcile(claims)]


def test_a_table_figure_meets_the_same_figure_in_prose() -> None:
    groups = _groups(
        {"aid.md": AID_TABLE, "wire.txt": "Germany has given Ukraine $14.9 billion in aid."}
    )
    assert ["$14.9 billion", "14.9"] in groups


def test_a_labelled_row_meets_the_same_figure_in_prose() -> None:
    table = "| Indicator | Figure |\n| --- | --- |\n| Crops lost (acres) | 4.4 million |\n"
    prose = "Roughly 4.4 million acres of crops were lost, the ministry said."
    assert _groups({"sheet.md": table, "wire.txt": prose}) == [["4.4 million", "4.4 million acres"]]


def test_a_row_label_names_what_every_cell_of_its_row_counts() -> None:
    found = claims_of(
        "| Indicator | 2023 | 2024 |\n|---|---|---|\n"
        "| Dead and missing (all routes) | 3,155 | 2,452 |\n"
        "| Sea arrivals, Italy | 157,651 | 66,317 |\n"
    )
    assert [(c.text, c.unit, c.quantity) for c in found] == [
        ("3,155", "deaths", "Dead and missing: 2023"),
        ("2,452", "deaths", "Dead and missing: 2024"),
        ("157,651", "people", "Sea arrivals, Italy: 2023"),
        ("66,317", "people", "Sea arrivals, Italy: 2024"),
    ]


def test_a_country_as_row_label_counts_nothing() -> None:
    found = claims_of("| Country | 2023 | 2024 |\n|---|---|---|\n| United States | 800 | 900 |\n")
    assert [(c.text, c.unit) for c in found] == [("800", "count"), ("900", "count")]


def test_a_unit_in_the_caption_above_a_table_is_its_cells_unit() -> None:
    text = (
        "# OPEC crude production, June (million bpd)\n\n| Country | May | June |\n|---|---|---|\n"
        "| Iraq | 4.21 | 4.27 |\n"
    )
    found = claims_of(text)
    assert [(c.text, c.value, c.unit, c.per) for c in found] == [
        ("4.21", 4_210_000, "barrels", "day"), ("4.27", 4_270_000, "barrels", "day")
    ]  # fmt: skip
    plain = claims_of(
        "# Crossings, 2024 (Frontex estimate)\n\n| Route | 2024 |\n|---|---|\n| West | 46,843 |\n"
    )
    assert [(c.value, c.unit) for c in plain] == [(46_843, "count")]
