"""The ledger `data/claims.yaml`: accepted figures and editors' decisions on reported groups.

Loading validates every entry and names the file, line and fix of the first problem. Writing
edits the round-trip YAML tree in place, so comments, order and unknown extension keys
(`x-…`) survive, and replaces the file atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.errors import LedgerError
from factcheck.extract.claims import whole
from factcheck.files import write_atomically
from factcheck.models import Claim, ClaimGroup, DecisionKind, Qualifier, StaleDecision
from factcheck.report.words import figure

if TYPE_CHECKING:
    from ruamel.yaml import YAML

# NOTE: ruamel.yaml and rapidfuzz load only when a ledger is read or a message needs a guess.

LEDGER_VERSION = 1
EXTENSION_PREFIX = "x-"
NEW_LEDGER = """\
# factcheck ledger: figures the newsroom stands behind, and decisions on reported conflicts.
# Keys starting with "x-" are yours: factcheck keeps them and never reads them.
version: 1
quantities: []
decisions: []
"""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AcceptedQuantity(_Entry):
    """A figure the newsroom stands behind, with the date it holds for and its sources."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    description: str
    unit: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    per: str | None = None
    as_of: dt.date | None = None
    sources: list[str] = []
    note: str = ""

    @field_validator("high")
    @classmethod
    def _range_is_ordered(cls, high: float | None, info: Any) -> float | None:  # noqa: ANN401
        low = info.data.get("low")
        if high is not None and low is not None and low > high:
            raise ValueError("low must not be above high")
        return high


class Decision(_Entry):
    """An editor's decision on one reported group, found again by its fingerprint."""

    group: str = Field(min_length=8)
    decision: DecisionKind
    quantity: str | None = None
    note: str = ""
    by: str | None = None
    date: dt.date | None = None


class Ledger(_Entry):
    """The whole ledger file."""

    version: int = LEDGER_VERSION
    quantities: list[AcceptedQuantity] = []
    decisions: list[Decision] = []


@dataclass
class LoadedLedger:
    """A validated ledger with the line of each entry, for messages and ledger claims."""

    path: Path
    ledger: Ledger
    exists: bool
    quantity_lines: list[int] = field(default_factory=list)
    decision_lines: list[int] = field(default_factory=list)


def _yaml() -> YAML:
    from ruamel.yaml import YAML  # noqa: PLC0415

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_ledger(path: Path) -> LoadedLedger:
    """The ledger at `path`; an absent file is an empty ledger."""
    if not path.exists():
        return LoadedLedger(path, Ledger(), exists=False)
    tree = _parse(path)
    data = _plain(tree)
    try:
        ledger = Ledger.model_validate(data)
    except ValidationError as error:
        raise _validation_error(path, tree, error) from None
    if ledger.version != LEDGER_VERSION:
        raise LedgerError(
            f"version {ledger.version} is not supported",
            path=str(path),
            line=_line(tree, ("version",)),
            hint=f"set version: {LEDGER_VERSION}",
        )
    _check_references(path, tree, ledger)
    return LoadedLedger(
        path,
        ledger,
        exists=True,
        quantity_lines=_item_lines(tree, "quantities"),
        decision_lines=_item_lines(tree, "decisions"),
    )


def _parse(path: Path) -> Any:  # noqa: ANN401
    from ruamel.yaml.comments import CommentedMap  # noqa: PLC0415
    from ruamel.yaml.error import MarkedYAMLError  # noqa: PLC0415

    try:
        tree = _yaml().load(path.read_text(encoding="utf-8"))
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        problem = error.problem or "not valid YAML"
        raise LedgerError(
            problem,
            path=str(path),
            line=line,
            hint="fix the YAML syntax (indentation, quotes, colons)",
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise LedgerError(f"cannot be read ({error})", path=str(path)) from None
    if tree is None:
        return CommentedMap()
    if not isinstance(tree, CommentedMap):
        raise LedgerError(
            "the ledger must be a mapping with quantities and decisions",
            path=str(path),
            line=1,
            hint="start from the example in the README",
        )
    return tree


def _plain(node: Any) -> Any:  # noqa: ANN401
    """The YAML tree as plain data, without extension keys."""
    if isinstance(node, dict):
        return {
            str(k): _plain(v) for k, v in node.items() if not str(k).startswith(EXTENSION_PREFIX)
        }
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _validation_error(path: Path, tree: Any, error: ValidationError) -> LedgerError:  # noqa: ANN401
    problems = error.errors()
    # NOTE: a misspelt key also leaves its field missing; the misspelling is the news
    first = next((p for p in problems if p["type"] == "extra_forbidden"), problems[0])
    loc = tuple(first["loc"])
    line = _line(tree, loc)
    if first["type"] == "extra_forbidden":
        from rapidfuzz import process  # noqa: PLC0415

        key = str(loc[-1])
        known = _fields_at(loc[:-1])
        guess = process.extractOne(key, known, score_cutoff=60) if known else None
        fix = f"did you mean '{guess[0]}'?" if guess else f"known keys: {', '.join(known)}"
        return LedgerError(
            f"unknown key '{key}' ({fix})",
            path=str(path),
            line=line,
            hint=f"rename it, or prefix it with '{EXTENSION_PREFIX}' to keep it as a note",
        )
    where = ".".join(str(p) for p in loc)
    return LedgerError(f"{where}: {first['msg']}", path=str(path), line=line, hint=_hint_for(loc))


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    model: type[BaseModel] = Ledger
    names = [str(p) for p in loc if not isinstance(p, int)]
    if names[:1] == ["quantities"]:
        model = AcceptedQuantity
    elif names[:1] == ["decisions"]:
        model = Decision
    return list(model.model_fields)


def _hint_for(loc: tuple[Any, ...]) -> str:
    if loc and loc[-1] == "decision":
        return "use one of: " + ", ".join(d.value for d in DecisionKind)
    return "see the ledger example in the README"


def _line(tree: Any, loc: tuple[Any, ...]) -> int | None:  # noqa: ANN401
    """The 1-based line of the deepest node of `loc` that the YAML tree has."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq  # noqa: PLC0415

    node, line = tree, None
    for part in loc:
        try:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        except (KeyError, AttributeError, TypeError):
            break
    return line


def _item_lines(tree: Any, key: str) -> list[int]:  # noqa: ANN401
    from ruamel.yaml.comments import CommentedMap, CommentedSeq  # noqa: PLC0415

    items = tree.get(key) if isinstance(tree, CommentedMap) else None
    if not isinstance(items, CommentedSeq):
        return []
    return [items.lc.item(i)[0] + 1 for i in range(len(items))]


def _check_references(path: Path, tree: Any, ledger: Ledger) -> None:  # noqa: ANN401
    known = {q.id for q in ledger.quantities}
    seen: set[str] = set()
    for i, quantity in enumerate(ledger.quantities):
        if quantity.id in seen:
            raise LedgerError(
                f"quantity id '{quantity.id}' is used twice",
                path=str(path),
                line=_line(tree, ("quantities", i, "id")),
                hint="give each quantity its own id",
            )
        seen.add(quantity.id)
    for i, decision in enumerate(ledger.decisions):
        if decision.quantity and decision.quantity not in known:
            from rapidfuzz import process  # noqa: PLC0415

            guess = process.extractOne(decision.quantity, sorted(known), score_cutoff=60)
            fix = f" (did you mean '{guess[0]}'?)" if guess else ""
            raise LedgerError(
                f"decision names unknown quantity '{decision.quantity}'{fix}",
                path=str(path),
                line=_line(tree, ("decisions", i, "quantity")),
                hint="add the quantity under quantities, or fix the id",
            )


def accepted_claims(loaded: LoadedLedger) -> list[Claim]:
    """Each accepted quantity as a claim, so that it joins the comparison as one more source."""
    claims = []
    for quantity, line in zip(loaded.ledger.quantities, _lines_or_ones(loaded), strict=True):
        claim = _as_claim(quantity, loaded.path.as_posix(), line)
        if claim is not None:
            claims.append(claim)
    return claims


def _lines_or_ones(loaded: LoadedLedger) -> list[int]:
    lines = loaded.quantity_lines
    return (
        lines
        if len(lines) == len(loaded.ledger.quantities)
        else [1] * len(loaded.ledger.quantities)
    )


def _as_claim(quantity: AcceptedQuantity, source: str, line: int) -> Claim | None:
    low = quantity.low if quantity.low is not None else quantity.value
    high = quantity.high if quantity.high is not None else quantity.value
    if low is None or high is None:
        return None
    value = quantity.value if quantity.value is not None else (low + high) / 2
    ranged = low != high
    text = f"{figure(low)}–{figure(high)}" if ranged else figure(value)
    sources = ", ".join(quantity.sources) or "the ledger"
    return Claim(
        source=source,
        start=0,
        end=0,
        line=line,
        column=1,
        text=text,
        value=whole(value),
        low=whole(low),
        high=whole(high),
        unit=quantity.unit,
        per=quantity.per,
        qualifier=Qualifier.RANGE if ranged else Qualifier.EXACT,
        quantity=quantity.description,
        sentence=quantity.description,
        attribution=f"per {sources}",
        key=f"ledger:{quantity.id}",
        accepted=True,
    )


def apply_decisions(
    groups: list[ClaimGroup], loaded: LoadedLedger
) -> tuple[list[ClaimGroup], list[StaleDecision]]:
    """Groups marked with their decisions, and the decisions whose group no longer exists."""
    by_group = {d.group: d for d in loaded.ledger.decisions}
    decided = []
    for group in groups:
        decision = by_group.get(group.fingerprint)
        if decision is None:
            decided.append(group)
            continue
        update = {"decision": decision.decision, "decision_note": decision.note or None}
        decided.append(group.model_copy(update=update))
    live = {g.fingerprint for g in groups}
    lines = loaded.decision_lines or [1] * len(loaded.ledger.decisions)
    stale = [
        StaleDecision(group=d.group, decision=d.decision, line=line, note=d.note)
        for d, line in zip(loaded.ledger.decisions, lines, strict=False)
        if d.group not in live
    ]
    return decided, stale


def record_decision(
    path: Path, decision: Decision, quantity: AcceptedQuantity | None = None
) -> None:
    """Add `decision` (and `quantity`) to the ledger at `path`, keeping all it already holds."""
    if path.exists():
        load_ledger(path)  # NOTE: never write into a ledger that does not validate
    from ruamel.yaml.comments import CommentedSeq  # noqa: PLC0415

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    tree = _parse(path) if path.exists() else _yaml().load(NEW_LEDGER)
    if quantity is not None:
        _append(tree, "quantities", _entry(quantity))
    decisions = tree.get("decisions")
    if isinstance(decisions, CommentedSeq):
        for i in reversed(range(len(decisions))):
            if isinstance(decisions[i], dict) and decisions[i].get("group") == decision.group:
                del decisions[i]  # NOTE: a new decision on a group replaces the old one
    _append(tree, "decisions", _entry(decision))
    stream = io.StringIO()
    _yaml().dump(tree, stream)
    write_atomically(path, stream.getvalue())


def _append(tree: Any, key: str, entry: Any) -> None:  # noqa: ANN401
    from ruamel.yaml.comments import CommentedSeq  # noqa: PLC0415

    items = tree.get(key)
    if not isinstance(items, CommentedSeq):
        items = CommentedSeq()
        tree[key] = items
    items.append(entry)


def _entry(model: BaseModel) -> Any:  # noqa: ANN401
    from ruamel.yaml.comments import CommentedMap  # noqa: PLC0415

    data = model.model_dump(mode="json", exclude_defaults=True)
    for key in ("date", "as_of"):
        if isinstance(data.get(key), str):
            data[key] = dt.date.fromisoformat(data[key])  # NOTE: a YAML date, not a quoted string
    if isinstance(model, Decision):
        data = {"group": model.group, "decision": model.decision.value, **data}
    entry = CommentedMap()
    for key, value in data.items():
        entry[key] = value
    return entry


def slug(text: str) -> str:
    """A quantity id from a description: "North Korean troops" -> "north-korean-troops"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:8]) or "quantity"
