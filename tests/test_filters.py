"""Numbers that must not be reported as claims, and near misses that must."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The treaty was signed in 2019 by both parties.", id="year"),
        pytest.param("Damage ($ billion) and output (million tonnes) fell.", id="unit-label"),
        pytest.param("| Region | Spending (USD billion) |", id="unit-in-a-table-header"),
        pytest.param("It happened on March 3, 2021 near the border.", id="month-day-year"),
        pytest.param("Published 14 Feb. 2023 by the ministry.", id="day-month-abbrev"),
        pytest.param("The plan ran from 2015-2018 with mixed results.", id="year-span"),
        pytest.param("Critics disagree (Moreau, 2021) about that.", id="citation-year"),
        pytest.param("See https://example.org/reports/2024/77431/summary for more.", id="url"),
        pytest.param("Photo: Reuters_883312-2-cropped-e1700000 shows the site.", id="file-id"),
        pytest.param("The report is at example.org/story?id=5512399 today.", id="query-id"),
        pytest.param("It is the third-largest producer and the first to act.", id="ordinals"),
        pytest.param("New T90 tanks and a 152mm gun were shown.", id="designations"),
        pytest.param("The army fired 155mm shells and 7.62 mm rounds.", id="calibres"),
        pytest.param("They fired a 120-mm mortar.", id="hyphen-calibre"),
        pytest.param("Over the past 24 hours the front held.", id="time-frame"),
        pytest.param(
            "In the 24 hours to 6 a.m. on Wednesday the front held.", id="time-frame-to-an-hour"
        ),
        pytest.param("Over the 48 hours until Friday the front held.", id="time-frame-to-a-day"),
        pytest.param("Iran holds uranium enriched to 60% and 20%-enriched stock.", id="grades"),
        pytest.param("He ran the 100m sprint and won 3m.", id="glued-m-no-size"),
        pytest.param("China built 5G networks.", id="generation"),
        pytest.param("It was a 1-in-1,000-year event.", id="odds"),
        pytest.param("A one-in-a-hundred-year flood hit.", id="odds-in-words"),
        pytest.param("Call +44 20 7946 0958 or (020) 7946 0958.", id="phone-numbers"),
        pytest.param("John Smith, 45, and an official, 52, spoke.", id="ages-beside-names"),
        pytest.param(
            "Smith, J. (2023). Journal of Studies, 46(3), 412-439.", id="journal-reference"
        ),
        pytest.param("See paragraphs 3-7 and Image 2 of 5.", id="paragraphs-and-series"),
        pytest.param("Records 30412 and 30413 were lost in 2009.", id="long-number-no-count"),
        pytest.param("The 9/11 attacks shook the city.", id="date-not-fraction"),
        pytest.param("He won 2-1 and it was a 50-50 call.", id="score-and-split"),
        pytest.param("The Iskander-2 and the Kh-47 missiles were tested.", id="hyphen-names"),
        pytest.param("Her 5x5 reform plan was popular.", id="plan-name"),
        pytest.param("They won the Cup 12 final in style.", id="title-number"),
        pytest.param("Talks between the two Germanys stalled.", id="count-in-name"),
        pytest.param("The two sides met again on Tuesday.", id="definite-two"),
        pytest.param("One official spoke to reporters.", id="article-one"),
        pytest.param("It faces two major strategic dilemmas now.", id="abstract-count"),
        pytest.param("Call us at 0171 or write to 22 Baker Street London.", id="address"),
        pytest.param("Write to 45 Sejong-daero, Seoul, or 12 Hauptstraße.", id="address-abroad"),
        pytest.param("Visit us at 1200 18th Street NW, Washington.", id="address-numbered-street"),
        pytest.param("Contact: 02-735-1111", id="local-phone-number"),
        pytest.param("Updated 3 hours ago | 4 min read | 127 comments", id="comment-counter"),
        pytest.param("Share 1.2K | Tweet | Email", id="share-counter"),
        pytest.param("Subscribe for $1 a week", id="subscription-offer"),
        pytest.param("The iPhone 15 and eBay 2 were launched.", id="camel-case-names"),
        pytest.param("Reference 4417823 was filed.", id="long-identifier"),
        pytest.param("The vote was held at 9 pm local time.", id="time"),
        pytest.param("Read chapter 4 and section 2 first.", id="sections"),
        pytest.param("The match ended 3:1 after extra time.", id="score"),
        pytest.param("Day 1,000 of the war. Shipping brief, week 7", id="numbered-periods"),
        pytest.param("Related: Seoul weighs arms | 3 days ago", id="time-ago"),
        pytest.param("Great analysis.\nComments (12)\nRelated", id="page-counter"),
        pytest.param("February 3, 2025\n12 min read\nA 5-minute read.", id="reading-time"),
        pytest.param("It was said it has been zero.", id="zero"),
        pytest.param("The 10-year Treasury yield and 30-year fixed mortgages rose.", id="tenor"),
        pytest.param("Moving a 40-foot container or a 20-foot box costs more.", id="box-size"),
        pytest.param("Five numbers behind China's military rise\n\nText.", id="listing-title"),
        pytest.param("The Group of Seven's cap stays. The Group of 20 met.", id="group-of-seven"),
        pytest.param("## 7 charts that explain the war\n", id="listing-heading"),
        pytest.param("Children under 5 are most at risk.", id="age-group"),
        pytest.param("The tax hits people over 65 years old.", id="age-group-in-years"),
    ],
)
def test_not_a_claim(sentence: str) -> None:
    assert [c.text for c in claims_of(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        pytest.param("In 2023, 4,500 soldiers were sent.", "4,500", id="year-then-figure"),
        pytest.param("Japan pledged $2,024 per household.", "$2,024", id="year-like-money"),
        pytest.param("Seven aid workers died in the strike.", "Seven", id="word-count"),
        pytest.param("The three countries signed the pact.", None, id="definite-three"),
        pytest.param("Every day 40 trucks cross.", "40", id="period-then-count"),
        pytest.param("A 40-foot wall was built.", "40-foot", id="length-of-no-container"),
        pytest.param("Troops deployed (11,000)", "11,000", id="label-and-figure-in-brackets"),
        pytest.param("Records show more than 30000 in 2009.", "30000", id="hedged-long-number"),
        pytest.param("The number equals 20000 in 1998.", "20000", id="round-long-number"),
        pytest.param("Deaths could top 50,000 by March.", "50,000", id="top-as-a-verb"),
        pytest.param("The top 5 banks lent more.", None, id="top-as-a-rank"),
        pytest.param("Its top 5 banks lent more.", None, id="top-after-its"),
        pytest.param("Cases top 750.", "750", id="top-after-a-plural-subject"),
        pytest.param("The war cost a billion dollars.", "a billion dollars", id="a-scale-word"),
        pytest.param("One million people fled.", "One million", id="one-and-a-scale-word"),
        pytest.param(
            "The strike hit Kharkiv. 300 people were hurt.",
            "300",
            id="figure-after-a-sentence-ending-in-a-name",
        ),
        pytest.param(
            "Talks stalled in Geneva.\n450 delegates left.",
            "450",
            id="figure-opening-a-line-after-a-name",
        ),
        pytest.param("He lives at No. 10 Downing Street.", None, id="abbreviated-designator"),
        pytest.param("Over 65 people were hurt.", "65", id="a-bound-before-people"),
        pytest.param("The EU sanctioned vessels and Britain 93.", "93", id="country-then-figure"),
        pytest.param(
            "The video of the launch drew 5 million views within a day of its release online.",
            "5 million",
            id="views-in-a-sentence",
        ),
    ],
)
def test_near_misses(sentence: str, text: str | None) -> None:
    found = [c.text for c in claims_of(sentence)]
    assert found == ([text] if text else [])


def test_a_time_word_that_ends_a_sentence_designates_no_figure_after_it() -> None:
    found = claims_of("Russia fired 10,000 shells a day. Two-thirds of them were old.")
    assert [c.text for c in found] == ["10,000", "Two-thirds"]
