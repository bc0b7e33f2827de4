"""`reconcile(claims)`: group claims from different sources about one quantity, and judge them.

Blocking by unit and rate base, an index on rare key terms and a one-claim-per-source rule keep
the work close to linear in the number of claims.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from factcheck import collector, lazyre
from factcheck.extract.claims import NO_QUANTITY, is_vague
from factcheck.extract.context import STOP
from factcheck.extract.places import actors_in, may_meet, shared
from factcheck.extract.units import METRIC
from factcheck.features import (
    AS_OF,
    CHANGES,
    HARMS,
    PLACE_KINDS,
    STANCE_TERMS,
    WEEKDAYS,
    Features,
    features,
    is_signed_fall,
    stem,
)
from factcheck.models import Claim, ClaimGroup
from factcheck.verdict import EXACT_TOLERANCE, interval, judge

_FACT_LINE = lazyre.compile(r"[-*•|]\s|[^.!?]{1,60}:\s*\S+\s*$")
"""A fact sheet's line: an item of a list, a table's row, or a short label and its figure."""
MAX_POSTING = 50
"""A key term shared by more claims than this names no quantity in particular."""
_SCORE_STEPS = 1 << 30
_SCORE_CEILING = 4
"""Pairs are sorted by how far their score falls short of 4 (no score reaches it), in whole
multiples of 2^-30."""
GROUPING_VERSION = "15"
"""Bumped whenever grouping or judging changes what a scan reports: cached groups and reports
key on it, as cached claims key on the parser's version."""
MIN_SCORE = 0.45
MAX_CROSS_CHECKS = 2_500
"""Two clusters about to join are checked claim by claim up to this many pairs."""
VALUE_BONUS = 0.1
"""Figures that agree are a little likelier to be one quantity told twice."""
SAME_VALUE_BONUS = 0.02
"""The same figure to the digit is a little likelier still than a rounded one."""
SPREAD_PENALTY = 0.1
"""Figures powers of ten apart are less likely to be one quantity: a weak match between "1.3%
of GDP" and "32.5% of total spending" is two subjects, not a conflict."""
MAX_SPREAD = 1.5
"""Figures this many powers of ten apart or more (some thirty times) are never one quantity:
no source rounds or hedges $2,000 into $100 million, or 3,000 casualties into 100,000."""


@dataclass(frozen=True, slots=True)
class _Node:
    claim: Claim
    repeats: tuple[Claim, ...]
    feats: Features


def reconcile(claims: list[Claim], tolerance: float = EXACT_TOLERANCE) -> list[ClaimGroup]:
    """Groups of claims from two or more sources about one quantity, each with its verdict."""
    with collector.paused():
        context = Context.of(claims)
        return group_blocks(
            [cluster_block(b, tolerance, context) for b in blocks_of(claims)], tolerance
        )


@dataclass(frozen=True, slots=True)
class Context:
    """What grouping reads of each sentence and each document once, for all their claims: the
    actors a sentence names, and the actor a document is about (`document_subjects`)."""

    actors: dict[str, frozenset[str]]
    subjects: dict[str, frozenset[str]]
    told_later: dict[str, Claim] = field(default_factory=dict)
    """For a headline's figure, the claim of its story that tells it again (`told_later`)."""

    @classmethod
    def of(cls, claims: list[Claim]) -> Context:
        actors: dict[str, frozenset[str]] = {}
        for claim in claims:
            if claim.sentence not in actors:
                # NOTE: the parser reads them with the paragraph and title around the sentence
                about = claim.about
                found = actors_in(claim.sentence) if about is None else frozenset(about)
                actors[claim.sentence] = shared(found)
        return cls(actors, document_subjects(claims, actors), told_later(claims))

    def of_block(self, block: list[Claim]) -> Context:
        """The part of the context that the claims of `block` need (for a worker)."""
        later = {c.id: self.told_later[c.id] for c in block if c.id in self.told_later}
        sentences = {c.sentence for c in block} | {c.sentence for c in later.values()}
        return Context(
            {sentence: self.actors[sentence] for sentence in sentences},
            {c.source: self.subjects[c.source] for c in block if c.source in self.subjects},
            later,
        )


def told_later(claims: list[Claim]) -> dict[str, Claim]:
    """For each figure of a document's first line, the first claim after it in the document
    with the same value and unit: a story telling its headline's figure again ("COP29 agrees
    $300 billion climate finance deal", then "at least $300 billion a year by 2035")."""
    headlines: dict[tuple[str, float, str], str] = {}
    later: dict[str, Claim] = {}
    for claim in claims:
        told = (claim.source, claim.value, claim.unit)
        if claim.line == 1 and claim.repeat_of is None:
            headlines.setdefault(told, claim.id)
        elif claim.line > 1 and (head := headlines.pop(told, None)) is not None:
            later[head] = claim
    return later


def document_subjects(
    claims: list[Claim], actors: dict[str, frozenset[str]]
) -> dict[str, frozenset[str]]:
    """The actor a document is about, when one stands out: named in the most of its claims'
    paragraphs, two at least and one in five (of two named as often, the one named first). A
    clause whose sentence names no actor ("The federal budget allocates ...", in a report on
    Russia) takes it. Paragraphs, not sentences, are counted: a sentence takes the actors of
    the one before it in its paragraph when it names none ("The Rwanda policy cost £700m. The
    backlog fell to 86,000"), and a paragraph on an aside names its actor often."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    read: dict[str, set[int]] = defaultdict(set)
    last: dict[str, dict[str, int]] = defaultdict(dict)  # NOTE: the paragraph last naming it
    first: dict[str, dict[str, int]] = defaultdict(dict)
    for claim in claims:
        read[claim.source].add(claim.line)
        for actor in sorted(actors[claim.sentence]):
            if last[claim.source].get(actor) != claim.line:
                last[claim.source][actor] = claim.line
                counts[claim.source][actor] += 1
            first[claim.source].setdefault(actor, claim.start)
    subjects = {}
    for source, counted in counts.items():
        top = counted.most_common()
        if not top:
            continue
        times = top[0][1]
        # NOTE: of actors named as often, the one named first: a headline and its lede name
        # what the report is about
        tied = [actor for actor, n in top if n == times]
        actor = min(tied, key=lambda a: (first[source][a], a))
        runner_up = max((n for a, n in top if a != actor), default=0)
        if (
            times >= 2
            and times >= 0.2 * len(read[source])
            and (times > runner_up or _first(first[source], actor))
        ):
            subjects[source] = frozenset({actor})
    return subjects


def _first(starts: dict[str, int], actor: str) -> bool:
    """True when `actor` is named before every other actor of its document; two named first
    in one sentence ("Ivory Coast and Ghana grow 60% of the world's cocoa") are neither."""
    return all(starts[actor] < start for other, start in starts.items() if other != actor)


SAME_BLOCK = {
    "deaths": "people", "casualties": "people", "troops": "people", "refugees": "people",
    "civilians": "people", "migrants": "people", "pilgrims": "people", "nationals": "people",
    "citizens": "people", "residents": "people", "rounds": "shells", "tankers": "ships",
    "transits": "ships", "voters": "people", "homes": "houses", "dwellings": "houses",
    "crossings": "people", "workers": "people", "entries": "people", "arrivals": "people",
}  # fmt: skip
"""Units that count the same things: "63 people died", "a death toll of 71", "3,000 soldiers
killed or wounded", "3,100 casualties" and "4.2 million refugees" all count people; what
happened to them (killed, wounded, displaced, deployed) keeps them apart inside the block.
"3 million rounds" count shells ("three rounds of talks" meet no shells: their words differ);
tankers are ships, and so are a canal's transits; homes are houses; a border's irregular
crossings, entries and arrivals are people."""


def blocks_of(claims: list[Claim]) -> list[list[Claim]]:
    """Claims by unit and rate base, in a fixed block order; repeats go with their block; each
    as it is compared (`comparable`)."""
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if not is_vague(claim):
            claim = comparable(claim)
            blocks[(SAME_BLOCK.get(claim.unit, claim.unit), claim.per or "")].append(claim)
    return [blocks[key] for key in sorted(blocks)]


def comparable(claim: Claim) -> Claim:
    """The claim as it is compared with others: a share told as a fraction in percent
    (`Claim.in_percent`), miles, feet, mph, acres and the like in their metric unit, a change
    written with its sign ("-0.8%") as the size of the fall it tells, which words tell unsigned
    ("fell 0.8%"); which way it went is a feature of its clause (`Features.directions`)."""
    claim = claim.in_percent()
    if claim.value < 0 and is_signed_fall(claim):
        claim = _negated(claim)
    return claim.in_unit(*METRIC[claim.unit]) if claim.unit in METRIC else claim


def _negated(claim: Claim) -> Claim:
    def minus(value: float | None) -> float | None:
        return None if value is None else -value

    return claim.model_copy(
        update={"value": -claim.value, "low": minus(claim.high), "high": minus(claim.low)}
    )


def cluster_block(
    claims: list[Claim], tolerance: float = EXACT_TOLERANCE, context: Context | None = None
) -> list[list[Claim]]:
    """The clusters of one block, each as its claims (repeats included), sources two or more."""
    with collector.paused():  # NOTE: on a Dask worker, this is the whole of the work
        nodes = _nodes(claims, context or Context.of(claims))
        return [
            [claim for node in cluster for claim in (node.claim, *node.repeats)]
            for cluster in _cluster(nodes, list(range(len(nodes))), tolerance)
        ]


def group_blocks(
    clustered: list[list[list[Claim]]], tolerance: float = EXACT_TOLERANCE
) -> list[ClaimGroup]:
    """Judge and number the clusters of every block: ids follow the first claim of each."""
    clusters = [cluster for block in clustered for cluster in block]
    firsts = [[c for c in cluster if c.repeat_of is None] for cluster in clusters]
    order = sorted(range(len(clusters)), key=lambda i: (firsts[i][0].source, firsts[i][0].start))
    return [
        _group(f"g{n}", firsts[i], clusters[i], tolerance) for n, i in enumerate(order, start=1)
    ]


def _nodes(claims: list[Claim], context: Context) -> list[_Node]:
    """One node per distinct claim of a source; repeats ride along with the first, and so does
    the same figure told again of the same quantity (a headline and its story's first line).
    Features depend on the sentence, the figure, its unit and its description alone."""
    repeats: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.repeat_of:
            repeats[claim.repeat_of].append(claim)
    made: dict[tuple[str, str, str, str, int], Features] = {}
    told: dict[tuple[object, ...], list[int]] = {}
    written: Counter[str] = Counter()  # NOTE: of the sentence being read, which claims follow
    reading: tuple[str, str] | None = None
    nodes: list[_Node] = []
    for claim in claims:
        # NOTE: "Estonia gives over 2% of its GDP, and Denmark close to 2%": which "2%" it is
        if reading != (claim.source, claim.sentence):
            reading = (claim.source, claim.sentence)
            written.clear()
        occurrence = written[claim.text]
        written[claim.text] += 1
        if claim.repeat_of:
            continue
        # NOTE: a sentence restated word for word (wire copy) is read once
        key = (claim.sentence, claim.text, claim.unit, claim.quantity, occurrence)
        feats = made.get(key)
        if feats is None:
            feats = made[key] = features(claim, context.actors[claim.sentence], occurrence)
        if claim.source in context.subjects:
            feats = _with_report_subject(feats, claim, context.subjects[claim.source])
        figure = (claim.source, claim.value, claim.low, claim.high, claim.qualifier)
        earlier = told.get(figure)
        again = None
        if earlier:
            again = next((i for i in earlier if _score(nodes[i].feats, feats) >= MIN_SCORE), None)
        if again is not None:
            first = nodes[again]
            nodes[again] = _Node(
                first.claim, (*first.repeats, claim, *repeats.get(claim.id, ())), first.feats
            )
            continue
        if claim.id in context.told_later:
            feats = _dated_as_told_later(feats, context.told_later[claim.id], context)
        told.setdefault(figure, []).append(len(nodes))
        nodes.append(_Node(claim, tuple(repeats.get(claim.id, ())), feats))
    return nodes


def _dated_as_told_later(feats: Features, later: Claim, context: Context) -> Features:
    """A headline figure's features with the time its story tells it with, when the headline
    gives none: "COP29 agrees $300 billion climate finance deal" is the story's "$300 billion a
    year by 2035", not a figure of 2022."""
    dated = bool(feats.years or feats.months or feats.aimed)
    if dated and feats.combined is not None:
        return feats
    told = features(later, context.actors[later.sentence])
    if _ruled_out(feats, told):
        return feats
    # NOTE: "Big Tech to spend $320 billion" is the sum its story tells ("Amazon, Microsoft,
    # Alphabet and Meta together plan to spend about $320 billion")
    combined = feats.combined if feats.combined is not None else told.combined
    if dated:
        return replace(feats, combined=combined)
    return replace(feats, years=told.years, months=told.months, aimed=told.aimed, combined=combined)


def _with_report_subject(feats: Features, claim: Claim, subjects: frozenset[str]) -> Features:
    """`feats` with the actor the claim's report is about where its clause names none."""
    if not feats.around:
        feats = replace(feats, around=subjects)
    if not feats.actors and _FACT_LINE.match(claim.sentence):
        # NOTE: "- Killed: 3,145" in a situation report on Myanmar: a fact sheet's line says
        # little, and is of what the report is about
        feats = replace(feats, actors=subjects, terms=feats.terms | {f"@{a}" for a in subjects})
    if feats.exports and not feats.exporter:
        (subject,) = subjects  # NOTE: the report's own exports
        if subject != feats.destination:
            feats = replace(feats, exporter=subject)
    return feats


def _cluster(nodes: list[_Node], members: list[int], tolerance: float) -> list[list[_Node]]:
    """Link pairs from different sources that pass `_score`, one claim per source per group."""
    # NOTE: each pair is one int, best score first, then by index: a tuple per pair held the
    # peak memory of grouping a million claims
    shift = len(nodes).bit_length()
    mask = (1 << shift) - 1
    pairs = sorted(
        (round((_SCORE_CEILING - score) * _SCORE_STEPS) << (2 * shift)) | (a << shift) | b
        for score, a, b in _candidate_pairs(nodes, members, tolerance)
    )
    parent = {i: i for i in members}
    sources = {i: {nodes[i].claim.source} for i in members}
    linked = {i: [i] for i in members}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pair in pairs:
        a, b = (pair >> shift) & mask, pair & mask
        ra, rb = root(a), root(b)
        if ra == rb or sources[ra] & sources[rb] or _any_apart(nodes, linked[ra], linked[rb]):
            continue
        parent[rb] = ra
        sources[ra] |= sources.pop(rb)
        linked[ra].extend(linked.pop(rb))
    clusters: dict[int, list[_Node]] = defaultdict(list)
    for i in members:
        clusters[root(i)].append(nodes[i])
    return [c for c in clusters.values() if len({n.claim.source for n in c}) >= 2]


def _any_apart(nodes: list[_Node], group: list[int], other: list[int]) -> bool:
    """True when a claim of `group` and one of `other` cannot be one quantity (other actors or
    another thing measured), though each pair that linked them could: "cholera killed 300" and
    "the war killed 15,000" both meet "as many as 150,000 killed", and must not meet through
    it."""
    pairs = len(group) * len(other)
    if pairs == 1 or pairs > MAX_CROSS_CHECKS:
        return False  # NOTE: a single pair is the pair that links them, scored already
    return any(
        _other_who(nodes[a].feats, nodes[b].feats)
        or _other_what(nodes[a].feats, nodes[b].feats)
        or _other_own_years(nodes[a].feats, nodes[b].feats)
        or _other_dates(nodes[a].feats, nodes[b].feats)
        or _month_and_year(nodes[a].feats, nodes[b].feats)
        or _month_and_year(nodes[b].feats, nodes[a].feats)
        or _average_and_day(nodes[a].feats, nodes[b].feats)
        or _average_and_day(nodes[b].feats, nodes[a].feats)
        for a in group
        for b in other
    )  # NOTE: of years, only the clauses' own: a year elsewhere in a sentence is as often
    # another clause's as the figure's


def _other_own_years(a: Features, b: Features) -> bool:
    """True when both clauses date their figures themselves, to different years."""
    return a.own_years and b.own_years and a.years.isdisjoint(b.years)


def _candidate_pairs(
    nodes: list[_Node], members: list[int], tolerance: float
) -> Iterable[tuple[float, int, int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    told: dict[tuple[str, float], list[int]] = defaultdict(list)
    for i in members:
        for term in nodes[i].feats.terms:
            postings[term].append(i)
        told[(nodes[i].claim.source, nodes[i].claim.value)].append(i)
    seen: set[int] = set()  # NOTE: a pair as one int, a * count + b: a set of tuples was larger
    count = len(nodes)
    for posting in postings.values():
        if len(posting) > MAX_POSTING:
            continue
        for x, a in enumerate(posting):
            for b in posting[x + 1 :]:
                key = a * count + b
                if key in seen or nodes[a].claim.source == nodes[b].claim.source:
                    continue
                seen.add(key)
                score = _score(nodes[a].feats, nodes[b].feats)
                if score < _FIGURE_ALONE and (
                    _same_specific_figure(nodes[a], nodes[b])
                    or _same_actors_figure(nodes[a], nodes[b], tolerance)
                    or _one_actor_alone(nodes[a], nodes[b])
                    or _one_actor_alone(nodes[b], nodes[a])
                ):
                    score = _FIGURE_ALONE  # NOTE: met only if the figures agree
                if score < MIN_SCORE - VALUE_BONUS or _other_pairs(nodes[a], nodes[b], tolerance):
                    continue
                weak = _only_the_change(nodes[a].feats, nodes[b].feats) or _one_bare_word(
                    nodes[a].feats, nodes[b].feats
                )
                score += _by_values(nodes[a].claim, nodes[b].claim, tolerance, weak)
                if score >= MIN_SCORE and not _told_alike_elsewhere(nodes, told, a, b, tolerance):
                    yield score, a, b


def _told_alike_elsewhere(
    nodes: list[_Node], told: dict[tuple[str, float], list[int]], a: int, b: int, tolerance: float
) -> bool:
    """True when two figures that disagree each have the other's figure in the other's source,
    told of something that may be theirs: "will have 208 seats in the 630-seat Bundestag" is the
    table's "CDU/CSU | 208", not the "630 seats" the Bundestag will have; "At least 157 people
    died" is a situation report's total of 157, not its 52 of one district. A figure that the
    other source tells nowhere is a discrepancy to see."""
    x, y = nodes[a], nodes[b]
    if _compatible(x.claim, y.claim, tolerance):
        return False
    return _alike_in(nodes, told[(y.claim.source, x.claim.value)], x) or _alike_in(
        nodes, told[(x.claim.source, y.claim.value)], y
    )


def _alike_in(nodes: list[_Node], found: list[int], node: _Node) -> bool:
    """True when a claim of `found` may be what `node` tells: nothing rules it out, and it
    names no actor that `node` does not ("Germany expanded 0.2%" is no other telling of a
    table's "| Euro zone | 0.2% |")."""
    return any(
        not _ruled_out(node.feats, nodes[i].feats) and nodes[i].feats.actors <= node.feats.actors
        for i in found[:_ALIKE_CHECKS]
    )


_ALIKE_CHECKS = 8
"""How many claims of one source with one figure are read for `_told_alike_elsewhere`."""


def _other_pairs(a: _Node, b: _Node, tolerance: float) -> bool:
    """True when two figures told with the other half of a change-and-level pair differ, and so
    do their other halves: "rose 93% to $35.6 billion" and "rose 73% to $39.3 billion" are of
    two things; "rose 78% to $39.3 billion" and "rose 73% to $39.3 billion" conflict on one."""
    x, y = a.feats.paired, b.feats.paired
    return (
        x is not None
        and y is not None
        and not math.isclose(x, y, rel_tol=tolerance)
        and not _compatible(a.claim, b.claim, tolerance)
    )


def _same_specific_figure(a: _Node, b: _Node) -> bool:
    """True when two claims give the same figure to three significant digits or more, of the
    same counted thing, and nothing rules out their being one ("About 28,500 US troops are
    based in South Korea", "the upkeep of some 28,500 American soldiers"): a coincidence of
    that kind is rarer than two wordings of one figure. Spans are too often the same by chance
    ("three years"), and so are bare counts of fewer than four significant digits ("12,000");
    a share must be of the same actors too ("Poland will spend 4.12% of GDP", a table's
    "Poland 4.12%")."""
    x, y = a.claim, b.claim
    if x.value != y.value or x.unit in _TOO_COMMON or not x.value:
        return False
    if x.unit != y.unit and not (
        {x.unit, y.unit} & _ANY_PEOPLE
        and SAME_BLOCK.get(x.unit, x.unit) == SAME_BLOCK.get(y.unit, y.unit)
    ):
        return False  # NOTE: "1,301 pilgrims died" and "Deaths: 1,301" both count people;
        # 23,500 troops are not 23,500 refugees
    digits = abs(x.value) / x.precision if x.precision else 0
    if digits < (_VERY_SPECIFIC if x.unit == "count" else _SPECIFIC):
        return False
    if x.unit == "percent" and not (a.feats.around and a.feats.around == b.feats.around):
        return False
    return not _ruled_out(a.feats, b.feats)


def _same_actors_figure(a: _Node, b: _Node, tolerance: float) -> bool:
    """True when two clauses that say nothing of their own but how a figure changed ("has grown
    to about 600,000 troops", "now has some 620,000 troops") count the same things of the same
    actors, and their figures agree: only the figure and whose it is tell them, and both match.
    Money, shares, spans and bare counts are too common for that."""
    x, y = a.claim, b.claim
    if x.unit != y.unit or _too_common_to_tell(x.unit):
        return False
    if not (a.feats.key_terms | b.feats.key_terms) - _GENERIC - _actor_terms(a, b):
        return bool(
            a.feats.around
            and a.feats.around == b.feats.around
            and _compatible(x, y, tolerance)
            and not _ruled_out(a.feats, b.feats)
        )
    return False


def _one_actor_alone(alone: _Node, other: _Node) -> bool:
    """True when a clause that names only whose figure it is ("As of January 2025, China had an
    estimated 600 warheads") and another of the same subject give the same figure of the same
    things ("China has more than 600 operational nuclear warheads"). Money, shares, spans and
    bare counts are too common for that."""
    x, y = alone.claim, other.claim
    if x.value != y.value or x.unit != y.unit or _too_common_to_tell(x.unit):
        return False
    return bool(
        alone.feats.subject
        and alone.feats.subject == other.feats.subject
        and alone.feats.key_terms <= _actor_terms(alone, other)
        and not _ruled_out(alone.feats, other.feats)
    )


def _too_common_to_tell(unit: str) -> bool:
    """True for units too common for a figure and its actor alone to tell one quantity: money
    (an ISO currency code), shares, spans and bare counts."""
    return (
        unit in _TOO_COMMON or unit in ("count", "percent") or (unit.isupper() and len(unit) == 3)
    )


def _actor_terms(a: _Node, b: _Node) -> frozenset[str]:
    """The key terms that stand for the actors of either clause ("@russia")."""
    return frozenset(f"@{actor}" for actor in a.feats.around | b.feats.around)


_FIGURE_ALONE = MIN_SCORE - VALUE_BONUS / 2
"""The score of a pair that only its figure and whose it is tie: met only if the figures agree."""
_ANY_PEOPLE = frozenset({"people", "deaths"})
"""Units that may count people of any kind."""
_TOO_COMMON = frozenset({"percentage_points", "years", "days", "months"})
_SPECIFIC = 100
"""A figure's value over its last significant digit's place: 28,500 / 100 = 285."""
_VERY_SPECIFIC = 1000
"""The same for a bare count, which must be more specific still: "19,598" twice."""


def _by_values(a: Claim, b: Claim, tolerance: float, weak: bool) -> float:
    """What the two figures add to a pair's score: a little when they agree, a little more when
    they are the same ("$992 billion" over "$1 trillion"), less the further apart they are, and
    all of it when they are `MAX_SPREAD` apart ("as little as $2,000" a drone, "$100 million" a
    ship) or disagree where the clauses share only a verb of change (`weak`: "imports grew 1.1%"
    is no figure of "the economy grew 5.2%")."""
    spread = _spread(a.value, b.value)
    if spread >= MAX_SPREAD:
        return -_SCORE_CEILING
    if _compatible(a, b, tolerance):
        return VALUE_BONUS + (SAME_VALUE_BONUS if a.value == b.value else 0.0)
    return -_SCORE_CEILING if weak else -SPREAD_PENALTY * spread


def _spread(a: float, b: float) -> float:
    """How many powers of ten apart two values are (`MAX_SPREAD` at most)."""
    low, high = sorted((abs(a), abs(b)))
    return min(math.log10(high / low), MAX_SPREAD) if low > 0 else MAX_SPREAD


def _compatible(a: Claim, b: Claim, tolerance: float) -> bool:
    a_low, a_high = interval(a, tolerance)
    b_low, b_high = interval(b, tolerance)
    return a_low <= b_high and b_low <= a_high


def _score(a: Features, b: Features) -> float:
    """How surely two claims measure the same thing; 0 when something rules it out."""
    if _ruled_out(a, b) or not _keys_meet(a, b):
        return 0.0  # NOTE: a shared noun or actor is not enough
    if a.base and b.base and not _same_part(a, b):
        return 0.0  # NOTE: "0.04% of GDP as aid" is not "a defence budget of 2.3% of GDP"
    from rapidfuzz import fuzz  # noqa: PLC0415 - loads only once pairs need scoring

    a_terms, b_terms = _what_terms(a.terms, b.terms), _what_terms(b.terms, a.terms)
    shared = a_terms & b_terms
    dice = 2 * len(shared) / (len(a_terms) + len(b_terms))
    # NOTE: a clause of one key term ("21% opposed it") is a subset of almost any other, and the
    # set ratio would call it the same text; the sorted ratio weighs what the other adds
    ratio = fuzz.token_set_ratio if min(len(a.key_terms), len(b.key_terms)) > 1 else fuzz.ratio
    text = ratio(" ".join(sorted(a_terms)), " ".join(sorted(b_terms))) / 100
    # NOTE: a place below a country that both name is as telling as a country both name
    same_place = bool(a.localities) and a.localities == b.localities
    same_actor = bool(a.actors and b.actors and may_meet(a.actors, b.actors))
    actor_bonus = 0.2 if same_place or same_actor else 0.0
    # NOTE: "in 2019, 112 killed" twice; "added 272,000 jobs in May" and "payrolls rising by
    # 272,000 in May"
    year_bonus = 0.2 if a.years & b.years or a.months & b.months else 0.0
    return 0.5 * dice + 0.3 * text + actor_bonus + year_bonus


def _what_terms(terms: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The terms of a clause that tell what it measures, as scored: without its words of how a
    figure changed, which any change may share ("Container transits dropped 67%", "revenue
    fell almost 50%"), unless the two clauses share nothing else."""
    what = terms - CHANGES
    return what if what & (other - CHANGES) else terms


def _keys_meet(a: Features, b: Features) -> bool:
    """True when the two clauses share a key term, or one says only whose figure it is, or both
    count the same things in the same place below a country ("in Gaines County, where 315
    infections have been confirmed" and "Gaines County accounts for 315 of the cases")."""
    return (
        not a.key_terms.isdisjoint(b.key_terms)
        or _whose_alone(a, b)
        or _whose_alone(b, a)
        or bool(a.localities and a.head and a.localities == b.localities and a.head == b.head)
    )


def _whose_alone(cell: Features, other: Features) -> bool:
    """True when a clause that says only whose figure it is, of a time ("| Euro zone | 0.2% |"
    under "Q2 2024"), meets a clause of the same actors and the same quarter or month: "In the
    second quarter, the euro zone grew 0.3%"; or, when it names what it counts, the same year:
    "Cases in the European Region, 2024: 172,350" and "Europe recorded 127,350 measles cases in
    2024"."""
    return (
        bool(cell.key_terms)
        and all(term[:1] == "@" for term in cell.key_terms)
        and cell.key_terms <= other.terms
        and bool(
            cell.quarters & other.quarters
            or cell.months & other.months
            or (cell.head and cell.years & other.years)
        )
    )


def _only_the_change(a: Features, b: Features) -> bool:
    """True when two clauses share only a verb of change or a word any figure may take
    ("rose", "share", "rate", "total", "the population"), and not the actor they are of, where
    one of them says no more: "The Fed cut rates by 25 basis points" and "The Fed cut its policy
    rate by 50 basis points" are one decision; "crossings into the EU fell by 38%" and "the EU
    received 1 million asylum applications, down 11%" are two things of one actor."""
    shared = a.key_terms & b.key_terms
    if not shared <= _GENERIC:
        return False
    if not (a.subject and a.subject == b.subject):
        return True
    return shared <= CHANGES and _says_more(a, shared) and _says_more(b, shared)


def _says_more(feats: Features, shared: frozenset[str]) -> bool:
    """True when a clause names something of its own besides the `shared` key terms, words
    any figure may take and its actors."""
    return any(term[:1] != "@" for term in feats.key_terms - shared - _GENERIC)


def _one_bare_word(a: Features, b: Features) -> bool:
    """True when two spans of time, the most common of figures, share one key term alone
    ("Sanctions at three years", "she has worked on sanctions policy for 12 years")."""
    return a.head in _SPANS and len(a.key_terms & b.key_terms) == 1


_SPANS = frozenset({"year", "month", "week", "day", "hour", "decade"})


_GENERIC = CHANGES | frozenset(
    {"share", "proportion", "percentage", "rate", "level", "total", "people", "population",
     "spend"}
)  # fmt: skip
"""Words any figure may take; of shares, the whole most are of ("half the population"); of a
budget, its spending ("social spending" is a part of "spending of 41.5 trillion roubles")."""


def _same_part(a: Features, b: Features) -> bool:
    """True when two shares may be of the same part: they share a word that names it besides
    the whole, or the same subject stands for it where one of them says little else ("Canada
    supplies about 60% of US crude imports", "Poland leads at 4.1% of GDP")."""
    a_part, b_part = _part_terms(a), _part_terms(b)
    if not a_part.isdisjoint(b_part):
        return True
    return a.subject is not None and a.subject == b.subject and min(len(a_part), len(b_part)) <= 1


def _part_terms(feats: Features) -> frozenset[str]:
    """The key terms of a share that name the part, not the whole it is a share of, nor the
    stance a poll's share takes ("60% of Ukrainians back continuing the war": "continu", "war")."""
    part = feats.key_terms - feats.base_words - {feats.base or ""} - _WHOLES
    return part - STANCE_TERMS if feats.stances else part


_WHOLES = frozenset({"people", "population"})
"""Words of the whole a share is of, wherever a clause puts them ("25 million people, more
than half the population, are acutely hungry"): they name no part."""


def _ruled_out(a: Features, b: Features) -> bool:
    """True when the two clauses say they measure different things, or of others, or at
    other times."""
    return _other_who_or_when(a, b) or _other_what(a, b)


def _other_who_or_when(a: Features, b: Features) -> bool:
    """True when the two clauses name different actors, givers or times."""
    return _other_who(a, b) or _other_when(a, b)


def _other_who(a: Features, b: Features) -> bool:
    """True when the two clauses name different actors, givers, partners or places."""
    around_a, around_b = a.around - _COUNTERS, b.around - _COUNTERS
    if around_a and around_b and not may_meet(around_a, around_b):
        return True  # NOTE: the actors of the clause, else of its sentence, must meet
    if (a.wide and not b.wide and b.around) or (b.wide and not a.wide and a.around):
        return True  # NOTE: "across the continent, 17,000 cases" are not Congo's 15,664
    if (
        a.subject
        and b.subject
        and not may_meet(frozenset({a.subject}), b.actors)
        and not may_meet(frozenset({b.subject}), a.actors)
    ):
        return True  # NOTE: "the US has provided $75bn to Ukraine" is not the EU's $50bn
    if _other_partners(a, b) or _other_way(a, b) or _other_way(b, a):
        return True  # NOTE: China-Russia trade is not Russia-North Korea trade
    if (a.owners and b.owners and a.owners.isdisjoint(b.owners)) or (
        a.nationality and b.nationality and not may_meet(a.nationality, b.nationality)
    ):
        return True  # NOTE: "Lee won 49.4%" is not "Kim won 41.2%", "US troops" not Korean
    return _other_places(a, b) or _other_places(b, a)


_COUNTERS = frozenset({"united nations"})
"""Bodies that count and appeal for the places they work in: "the UN humanitarian office puts
confirmed deaths at 4,352" counts Libya's dead, and names no place of its own."""


def _other_places(placed: Features, other: Features) -> bool:
    """True when `placed` puts its figure in places below a country that `other` does not:
    "1.8 million in El Fasher" is not all Sudan. A clause that names the place otherwise, as
    its subject or owner, puts its figure there too: "In Gaines County alone, 390 cases" and
    "Gaines County has recorded 387 cases"."""
    if placed.localities == other.localities or not placed.localities:
        return False
    if other.localities:
        return True
    return not all(_named_in(place, other.terms) for place in placed.localities)


def _named_in(place: str, terms: frozenset[str]) -> bool:
    words = [word for word in place.split() if word not in PLACE_KINDS]
    return bool(words) and all(stem(word) in terms for word in words)


def _other_when(a: Features, b: Features) -> bool:
    """True when the two clauses date their figures to different times."""
    if a.years and b.years and not a.years & b.years:
        return True
    if (
        (a.past and not b.years)
        or (b.past and not a.years)
        or a.peak != b.peak
        or (a.former != b.former and not a.years & b.years)
    ):
        # NOTE: "the worst since 1939, when 33,000 died" is of 1939 alone; a peak is of its own
        # time ("at the height of the emergency, 200,000" is not the 92,000 of today), and so is
        # a mark set before ("the previous record, 73 minutes" is not "a record 86 minutes")
        return True
    if _other_dates(a, b):
        return True
    if _month_and_year(a, b) or _month_and_year(b, a):
        return True  # NOTE: "eased to 1.9% in December" is not "averaged 2.3% in 2024"
    if a.multi_year != b.multi_year and (a.own_years or b.own_years):
        return True  # NOTE: "43 trillion yen over five years" is not "8.7 trillion yen for 2025"
    if _average_and_day(a, b) or _average_and_day(b, a) or _during_and_close(a, b):
        # NOTE: "Brent averaged $66 in April" is not "fell to $61.20 on Friday"; "rising 4.1% by
        # 1100 GMT" is not where it settled
        return True
    if _as_of_and_day(a, b) or _as_of_and_day(b, a):
        return True  # NOTE: "killed at least 3,600 by mid-April" is not the toll that "rose to
        # 3,085 on Thursday"
    if a.directions and b.directions and (_since_and_day(a, b) or _since_and_day(b, a)):
        return True  # NOTE: "down by a fifth since January" is not "fell 2% on Friday"
    if a.yearly != b.yearly and a.cumulative != b.cumulative and a.cumulative != a.yearly:
        return True  # NOTE: "dropped 67% from a year earlier" is not "down 40% since
        # December": a change on a year before, and one since a start
    level = b if a.baseline else a
    if (
        a.baseline != b.baseline
        and not (a.own_years and b.own_years)
        and not a.peak
        and not (level.own_years and level.months)
    ):
        # NOTE: "up from 5 million in the summer" is of another time, unless dated; a level
        # told with its month and year may be what an undated "up from 22" was
        return True
    return _dated_part_of_total(a, b) or _dated_part_of_total(b, a)


_THIS_YEAR = frozenset({"this year"})
_EMPTY: frozenset[str] = frozenset()
"""The year a report is of, which a clause dated by its own year may be."""


def _as_of_and_day(as_of: Features, day: Features) -> bool:
    """True when one clause tells a running count as of a month and the other the count of
    one weekday, dated by nothing else."""
    return (
        any(month.startswith(AS_OF) for month in as_of.months)
        and not as_of.quarters & WEEKDAYS
        and bool(day.quarters & WEEKDAYS)
        and not day.months
    )


def _since_and_day(since: Features, day: Features) -> bool:
    """True when one clause tells a change since a start and the other a change of one day."""
    return (
        since.cumulative
        and not since.quarters & WEEKDAYS
        and bool(day.quarters & WEEKDAYS)
        and not day.cumulative
    )


def _average_and_day(average: Features, day: Features) -> bool:
    """True when one clause tells an average over a month and the other a figure of one day
    (a weekday, or a month's day)."""
    if "averag" not in average.terms or not average.months or "averag" in day.terms:
        return False
    if any(len(month.split()) > 1 for month in average.months):
        return False  # NOTE: an average up to a day ("as of 11 April") is no month's
    return (
        bool(day.quarters & WEEKDAYS)
        or day.intraday
        or any(not month.startswith(AS_OF) and len(month.split()) > 1 for month in day.months)
    )


def _during_and_close(a: Features, b: Features) -> bool:
    """True when one clause tells a price during the day and the other where it closed."""
    return (a.intraday and not a.closing and b.closing) or (
        b.intraday and not b.closing and a.closing
    )


def _periods(feats: Features) -> frozenset[str]:
    """The parts of time a clause dates its figure to that no month can be: not a weekday
    ("on Friday" may be 28 March) nor the year of the report."""
    return feats.quarters - WEEKDAYS - _THIS_YEAR


def _other_dates(a: Features, b: Features) -> bool:
    """True when the two clauses date their figures to different months or parts of a year:
    "in December" is not "in November", "in the first half" not "over the past two months"."""
    if (
        _apart(a.months, b.months)
        and _apart(_days(a.months), _days(b.months))
        and _apart(_stood_in(a.months), _stood_in(b.months))
    ):
        return True  # NOTE: "as of 6 November" and "on 6 November" are one day; "by April 11"
        # and "as of mid-April" one moment of a count
    if (_periods(a) and b.months and not a.months) or (_periods(b) and a.months and not b.months):
        return True  # NOTE: "shot down 50 drones overnight" is not "800 drones in January"
    return _apart(a.quarters, b.quarters)


def _days(months: frozenset[str]) -> frozenset[str]:
    return frozenset(month.removeprefix(f"{AS_OF} ") for month in months)


def _stood_in(months: frozenset[str]) -> frozenset[str]:
    """The months in which a count is said to have stood at its figure ("as of 11 April",
    "as of mid-April" -> "April"); a month of another kind ("in April") is none of them."""
    return frozenset(
        month.rsplit(None, 1)[-1] if month.startswith(AS_OF) else f"in {month}" for month in months
    )


def _month_and_year(month: Features, year: Features) -> bool:
    """True when one clause dates its figure to a month alone and the other to a whole year, or
    to a year's end, unless the month is December ("stood at 8.6% in September" is not
    "reached 9.5% by the end of 2024"); or to a part of a year against the whole ("grew at an
    annualised 1.6% in the first quarter of 2024" is not "grew 4.1% in 2024")."""
    if not year.own_years or year.months:
        return False
    parts = month.quarters - _THIS_YEAR
    if parts <= WEEKDAYS and not (month.directions or month.events):
        parts = _EMPTY  # NOTE: "the cabinet on Friday approved a budget of 7.95 trillion yen":
        # the day of an act, not of what the figure counts
    if parts and not year.quarters and not year.year_end:
        return True
    if not month.months or month.years:
        return False
    return not year.year_end or not any(m.endswith("December") for m in month.months)


def _dated_part_of_total(total: Features, part: Features) -> bool:
    """True when `total` is a running total and `part` a share of it told by its month (not by
    the day it stood at) or as one package: "used since September 2022" is not "launched in
    December alone", "$175 billion since 2022" is not "legislation providing $95 billion"."""
    if not total.cumulative or part.cumulative or not total.months.isdisjoint(part.months):
        return False  # NOTE: "since the start of May" is "in May alone"
    # NOTE: "as of 6 November" is when a count stood, not a part of it
    return part.package or any(not month.startswith(AS_OF) for month in part.months)


BETWEEN = frozenset({"trade", "export", "import"})
"""Quantities between two countries: two of them named on each side must be the same two."""


def _other_partners(a: Features, b: Features) -> bool:
    """True when two clauses of trade name other partners, or the same two the other way round:
    "Russia's exports to China" are not "China's exports to Russia"."""
    if len(a.actors) < 2 or len(b.actors) < 2:
        return False
    if len(a.actors & b.actors) >= 2:
        return (
            a.subject is not None
            and b.subject is not None
            and a.subject != b.subject
            and not (a.key_terms & DIRECTED).isdisjoint(b.key_terms)
        )
    return not (a.key_terms & BETWEEN).isdisjoint(b.key_terms)


def _other_way(a: Features, b: Features) -> bool:
    """True when `a` tells of exports to a country whose own exports `b` tells of, or both of
    exports by others ("shipments to China rose 6.6%" from Korea is not "China's exports rose
    5.9%", nor "exports jumped 10.7%" in a report on China)."""
    if a.exporter and b.exporter and not may_meet(frozenset({a.exporter}), frozenset({b.exporter})):
        return True
    if a.exporter and b.exporter and (a.destination is None) != (b.destination is None):
        return True  # NOTE: "imports from China rose 2.8%" are not all "China's exports"
    return (
        a.destination is not None and b.exporter == a.destination and b.destination != a.destination
    )


DIRECTED = frozenset({"export", "import"})
"""Trade that goes one way: whose exports they are matters, not only between whom."""


def _other_what(a: Features, b: Features) -> bool:
    """True when the two clauses measure different things."""
    if a.base and b.base and (a.base != b.base or _apart(a.base_words, b.base_words)):
        return True  # NOTE: "8% of its oil" is not "60% of crude imports", nor of tool imports
    if (a.base and b.directions and not b.base) or (b.base and a.directions and not a.base):
        return True  # NOTE: "60% of machine tool imports" is a share; "imports rose 13%" a change
    if _other_events(a, b) or _apart(a.directions, b.directions):
        return True  # NOTE: killed is not displaced; raised is not cut
    if _apart(a.causes, b.causes):
        return True  # NOTE: killed by cholera is not killed in the fighting
    if a.aimed != b.aimed and not (b.future if a.aimed else a.future) and not _pledged(a, b):
        return True  # NOTE: a goal or a forecast is not what happened; "expected to grow 4.6%"
        # may be what "will jump by more than 4%" says
    if _other_part(a, b):
        return True
    if a.measures != b.measures or a.subkinds != b.subkinds:
        # NOTE: "core prices rose 4%" is not "consumer prices rose 3.2%", nor electric cars all,
        # nor gold medals all medals
        return True
    if (a.poll and b.result) or (a.result and b.poll):
        return True  # NOTE: "a YouGov poll put Reform on 25%" is not its 14.3% at the election
    if a.stances and b.stances and a.stances != b.stances:
        return True  # NOTE: "74% supported impeachment" is not "20% opposed impeachment"
    if _apart(a.kinds, b.kinds) or _apart(a.sides, b.sides) or _apart(a.indicators, b.indicators):
        # NOTE: "oil revenue fell 24%" is not "gas revenue fell 40%", nor spending; "expected
        # monthly inflation of 3.6%" is not "the economy will shrink 3.5%"
        return True
    if _apart(a.modifiers, b.modifiers):
        return True  # NOTE: "the 10-year yield rose to 4.5%" is not "the 2-year yield"
    return a.displaced != b.displaced  # NOTE: displaced inside the country, abroad, in all


def _pledged(a: Features, b: Features) -> bool:
    """True when both clauses tell a pledge, which is what will be as a goal is: "the deal
    commits rich nations to $250 billion a year" and "the goal commits developed countries to
    mobilising $300 billion"; or both tell what is asked for, in an appeal or in a plan ("the
    UN appealed for $4.2 billion", "the response plan asks for $4.2bn")."""
    return bool(a.sides & b.sides & _GOAL_SIDES)


_GOAL_SIDES = frozenset({"pledge", "need"})


def _other_part(a: Features, b: Features) -> bool:
    """True when one clause counts a part, a sum, a share's sorting bound or a figure per head
    of what the other counts in some other way."""
    if a.added != b.added or a.whole != b.whole:
        # NOTE: "another 3,000 troops" is not the "11,000 troops" sent in all; the "32 members"
        # of "23 of NATO's 32 members" are the whole, not the 23
        return True
    if a.threshold != b.threshold or _share_and_rate(a, b) or _share_and_rate(b, a):
        # NOTE: "80% of holders have a rate below 6%" is not "rates averaged 6.72%", and neither
        # are the 80%
        return True
    # NOTE: "$2,000 a month per soldier" is not "$20 million a month" for all; "Together the
    # CDU/CSU and SPD have 338 seats" is not the CDU's 208
    return a.per_head != b.per_head or _one_of_combined(a, b) or _one_of_combined(b, a)


def _share_and_rate(share: Features, rate: Features) -> bool:
    """True when one clause gives a share of a whole and the other an average or the rate of a
    charge, of no whole: "8% of the EU electric car market" is no tariff of "up to 35.3%"."""
    return (
        share.base is not None
        and rate.base is None
        and ("averag" in rate.terms or not rate.terms.isdisjoint(_CHARGES))
    )


_CHARGES = frozenset({"tariff", "duty", "tax", "levy", "vat", "interest", "yield"})
"""What a rate may be charged as, as stems."""


def _one_of_combined(combined: Features, other: Features) -> bool:
    """True when `combined` sums what several have and `other` names one of them alone: a
    clause that names none ("At least 29 people have died") may be the sum too."""
    if combined.combined is None or other.combined is not None:
        return False
    if combined.combined.isdisjoint(other.terms) and combined.combined.isdisjoint(other.owners):
        return False
    # NOTE: "Ivory Coast and Ghana grow about 60%" names them all, and is their sum too, as
    # "at its Kherson and Zaporizhzhia bases" is of "in Kherson and Zaporizhzhia"
    summed = {name[1:] for name in combined.combined if name.startswith("@")}
    if len(summed) >= 2 and summed <= other.actors:
        return False
    named = {name for name in combined.combined if not name.startswith("@")}
    return not (len(named) >= 2 and named <= other.terms)


def _other_events(a: Features, b: Features) -> bool:
    """True when the two clauses tell of different events: killed is not displaced, and
    "20,000 servicemen killed or wounded" are not the "12,000 troops" sent."""
    return _apart(a.events, b.events) or _harmed_troops(a, b) or _harmed_troops(b, a)


def _harmed_troops(harmed: Features, troops: Features) -> bool:
    """True when one clause counts troops killed or hurt and the other troops that nothing
    befell: those sent, present or massed."""
    return troops.head == "troop" and not troops.events and not harmed.events.isdisjoint(HARMS)


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both say something, and nothing in common."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def _group(
    group_id: str, claims: list[Claim], members: list[Claim], tolerance: float
) -> ClaimGroup:
    claims = sorted(claims, key=lambda c: (c.source, c.start))
    ids = sorted((c.id for c in members), key=_id_order)
    verdict = judge(claims, tolerance)
    return ClaimGroup(
        id=group_id,
        claims=ids,
        verdict=verdict.verdict,
        quantity=min((c.quantity for c in claims), key=_vagueness),
        unit=claims[0].unit,
        per=claims[0].per,
        reason=verdict.reason,
        severity=verdict.severity,
        severity_score=verdict.score,
        sources=len({c.source for c in claims}),
        fingerprint=fingerprint(claims),
    )


def _vagueness(quantity: str) -> tuple[bool, bool, int]:
    """Shortest first, but one that trails off ("climbed to … in") later, and a description of
    stop words only ("in") or none at all last."""
    words = [w.lower() for w in quantity.split() if w != "…"]
    undescribed = quantity == NO_QUANTITY or all(w in STOP for w in words)
    return undescribed, words[-1:] != [] and words[-1] in STOP, len(quantity)


def _id_order(claim_id: str) -> int:
    return int(claim_id[1:])


def fingerprint(claims: list[Claim]) -> str:
    """A key for a group that survives re-scans and edits elsewhere in its documents.

    Accepted figures from the ledger are left out, so accepting a figure keeps the key.
    """
    parts = sorted(
        f"{c.source}|{c.unit}|{c.per}|{c.text.lower()}|{c.value:g}"
        for c in claims
        if not c.accepted
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]
