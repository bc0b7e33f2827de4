"""The ledger: validation with file:line messages, decisions by fingerprint, safe writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.errors import LedgerError
from factcheck.ledger import (
    AcceptedQuantity,
    Decision,
    accepted_claims,
    apply_decisions,
    load_ledger,
    record_decision,
)
from factcheck.models import DecisionKind, Qualifier
from factcheck.pipeline import number_claims
from factcheck.reconcile import reconcile
from tests.test_reconcile import claims_from

LEDGER = """\
# our ledger
version: 1
quantities:
  # the deployment
  - id: advisers-in-syria
    description: Iranian advisers deployed to Syria
    unit: advisers
    low: 4000
    high: 5000
    x-desk: foreign
decisions: []
"""
TEXTS = {
    "a.txt": "Officials warned that 4,000 Iranian advisers deployed to Syria were armed.",
    "b.txt": "As many as 5,000 Iranian advisers could be deployed to Syria, aides said.",
}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_ledger_is_empty(tmp_path: Path) -> None:
    loaded = load_ledger(tmp_path / "none.yaml")
    assert (loaded.exists, loaded.ledger.quantities, loaded.ledger.decisions) == (False, [], [])


def test_extension_keys_are_allowed(tmp_path: Path) -> None:
    loaded = load_ledger(write(tmp_path, LEDGER))
    assert loaded.ledger.quantities[0].id == "advisers-in-syria"
    assert loaded.quantity_lines == [5]


def test_unknown_key_names_line_and_guess(tmp_path: Path) -> None:
    bad = LEDGER.replace(
        "decisions: []", "decisions:\n  - group: abcdef123456\n    decison: acknowledged\n"
    )
    with pytest.raises(LedgerError) as caught:
        load_ledger(write(tmp_path, bad))
    assert str(caught.value).endswith(
        "claims.yaml:13: unknown key 'decison' (did you mean 'decision'?)"
    )


def test_bad_decision_value_lists_choices(tmp_path: Path) -> None:
    bad = LEDGER.replace(
        "decisions: []", "decisions:\n  - group: abcdef123456\n    decision: maybe\n"
    )
    with pytest.raises(LedgerError) as caught:
        load_ledger(write(tmp_path, bad))
    assert caught.value.line == 13
    assert "acknowledged" in caught.value.hint


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    with pytest.raises(LedgerError) as caught:
        load_ledger(write(tmp_path, "version: 1\nquantities: [\n  - id: x\n"))
    assert caught.value.line is not None


def test_unknown_quantity_reference(tmp_path: Path) -> None:
    bad = LEDGER.replace(
        "decisions: []",
        "decisions:\n  - group: abcdef123456\n    decision: accepted\n"
        "    quantity: advisers-in-syrai\n",
    )
    with pytest.raises(LedgerError, match="did you mean 'advisers-in-syria'"):
        load_ledger(write(tmp_path, bad))


def test_accepted_quantity_becomes_a_claim(tmp_path: Path) -> None:
    (claim,) = accepted_claims(load_ledger(write(tmp_path, LEDGER)))
    assert (claim.low, claim.high, claim.qualifier, claim.accepted) == (
        4000,
        5000,
        Qualifier.RANGE,
        True,
    )
    assert claim.text == "4,000–5,000"


def test_decision_marks_its_group_and_survives_accepting(tmp_path: Path) -> None:
    path = write(tmp_path, LEDGER.replace("quantities:", "quantities: []\nx-old:"))
    groups = reconcile(claims_from(TEXTS))
    record_decision(path, Decision(group=groups[0].fingerprint, decision=DecisionKind.ACKNOWLEDGED))
    loaded = load_ledger(path)
    with_ledger = number_claims([*claims_from(TEXTS), *accepted_claims(loaded)])
    decided, stale = apply_decisions(reconcile(with_ledger), loaded)
    assert [g.decision for g in decided] == [DecisionKind.ACKNOWLEDGED]
    assert stale == []


def test_decision_without_group_is_stale(tmp_path: Path) -> None:
    path = write(tmp_path, LEDGER)
    record_decision(path, Decision(group="0123456789abcdef", decision=DecisionKind.NOT_SAME))
    decided, stale = apply_decisions(reconcile(claims_from(TEXTS)), load_ledger(path))
    assert decided[0].decision is None
    assert [(s.group, s.line) for s in stale] == [("0123456789abcdef", 12)]


def test_writes_keep_comments_order_and_extensions(tmp_path: Path) -> None:
    path = write(tmp_path, LEDGER)
    quantity = AcceptedQuantity(
        id="new-one", description="d", unit="troops", value=5, as_of=dt.date(2024, 1, 2)
    )
    record_decision(
        path,
        Decision(
            group="0123456789abcdef", decision=DecisionKind.ACCEPTED, quantity="new-one", note="n"
        ),
        quantity,
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# our ledger\nversion: 1\nquantities:\n  # the deployment\n")
    assert "x-desk: foreign" in text
    assert "as_of: 2024-01-02" in text
    assert [q.id for q in load_ledger(path).ledger.quantities] == ["advisers-in-syria", "new-one"]


def test_a_new_decision_replaces_the_old_one(tmp_path: Path) -> None:
    path = write(tmp_path, LEDGER)
    for kind in (DecisionKind.ACKNOWLEDGED, DecisionKind.NOT_SAME):
        record_decision(path, Decision(group="0123456789abcdef", decision=kind))
    assert [d.decision for d in load_ledger(path).ledger.decisions] == [DecisionKind.NOT_SAME]


def test_interrupted_write_leaves_the_old_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, LEDGER)

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("factcheck.files.Path.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        record_decision(
            path, Decision(group="0123456789abcdef", decision=DecisionKind.ACKNOWLEDGED)
        )
    assert path.read_text(encoding="utf-8") == LEDGER
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_never_writes_into_an_invalid_ledger(tmp_path: Path) -> None:
    path = write(tmp_path, "version: 1\nquantites: []\n")
    with pytest.raises(LedgerError, match="did you mean 'quantities'"):
        record_decision(
            path, Decision(group="0123456789abcdef", decision=DecisionKind.ACKNOWLEDGED)
        )
    assert path.read_text(encoding="utf-8") == "version: 1\nquantites: []\n"
