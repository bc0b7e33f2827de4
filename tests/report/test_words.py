"""How numbers are written for people in the reports."""

from __future__ import annotations

import pytest

from factcheck.report.words import count, figure
from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(106_000_000_000, "106 billion", id="billions"),
        pytest.param(66.5e9, "66.5 billion", id="decimal-billions"),
        pytest.param(-5.5e9, "-5.5 billion", id="negative"),
        pytest.param(2_350_000, "2.35 million", id="millions"),
        pytest.param(1_234_567, "1,234,567", id="every-digit-kept"),
        pytest.param(12_000, "12,000", id="thousands"),
        pytest.param(0.25, "0.25", id="fraction"),
        pytest.param(1e-12, "0.000000000001", id="tiny-not-exponent"),
    ],
)
def test_figure_is_exact_and_never_in_exponent_form(value: float, text: str) -> None:
    assert figure(value) == text


def test_figure_reads_back_as_the_claim_value() -> None:
    (claim,) = claims_of("The United States has committed about $175 billion to Ukraine.")
    assert figure(claim.value) == "175 billion"


def test_count_uses_the_plural_unless_one() -> None:
    assert (count(1, "conflict"), count(3, "conflict")) == ("1 conflict", "3 conflicts")
