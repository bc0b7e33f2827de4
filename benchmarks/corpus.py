"""Generated news-like corpora with the number density of data/sources, for benchmarks only.

About one figure-like token every 370 characters and one claim every 1,400, as in the seed
corpus; some documents restate the figures of others, as news does.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

ACTORS = ["Russia", "Ukraine", "North Korea", "China", "Japan", "Poland", "Iran", "Israel",
          "India", "Turkey", "Brazil", "Egypt", "Canada", "Germany", "France", "Syria"]  # fmt: skip
NOUNS = ["troops", "soldiers", "drones", "refugees", "shells", "workers", "tanks", "civilians",
         "advisers", "ships", "missiles", "volunteers"]  # fmt: skip
VERBS = ["deployed to", "sent to", "supplied to", "reported in", "moved to", "killed in"]
HEDGES = ["", "", "", "about ", "more than ", "as many as ", "nearly ", "at least ", "roughly "]
MONTHS = ["January", "March", "April", "June", "October", "November"]
FILLER = [
    "Analysts said the development marks a shift in the regional balance of power.",
    "Officials in several capitals described the situation as serious but contained.",
    "Diplomats met again on Tuesday, and a further round of talks is expected next week.",
    "The ministry did not respond to a request for comment on the latest reports.",
    "Critics argue that the policy has failed to address the underlying causes of the crisis.",
    "The government has repeatedly denied the allegations, calling them a provocation.",
    "Observers warned that the conflict could spread if the current talks collapse.",
    "A spokesperson said the agency was monitoring the situation closely.",
    "The agreement, signed in {year}, has been criticised by opposition parties.",
    "Since {month} {year}, the two sides have traded accusations over the border.",
    "Local media reported heavy shelling near the front line overnight.",
    "The report, published on {month} {day}, {year}, drew on satellite imagery and interviews.",
    "Economists expect growth to slow as sanctions and higher prices bite.",
    "It remains unclear how the new measures will be enforced in practice.",
    "Residents described long queues for fuel and bread in the capital's outer districts.",
    "The opposition leader called for an independent inquiry into the handling of the affair.",
    "Parliament is due to debate the proposal before the end of the session.",
    "Several aid groups said access to the affected areas remained difficult.",
]


def figure_sentence(rng: random.Random) -> str:
    """One sentence with one figure, its hedge, noun, actors, and sometimes money or a rate."""
    a, b = rng.sample(ACTORS, 2)
    kind = rng.random()
    if kind < 0.2:
        return f"{a} pledged {rng.choice(HEDGES)}${rng.randint(1, 90)} billion in aid to {b}."
    if kind < 0.35:
        return f"Support for the plan in {a} stood at {rng.randint(10, 90)}% in the latest poll."
    figure = f"{rng.randint(1, 99) * 500:,}"
    rate = " per day" if rng.random() < 0.15 else ""
    hedge, noun, verb = rng.choice(HEDGES), rng.choice(NOUNS), rng.choice(VERBS)
    return f"Officials said {hedge}{figure} {noun} were {verb} {b}{rate}."


def filler(rng: random.Random) -> str:
    """A sentence without claims, sometimes with a year or a date."""
    return rng.choice(FILLER).format(
        year=rng.randint(2015, 2025), month=rng.choice(MONTHS), day=rng.randint(1, 28)
    )


def document(rng: random.Random, paragraphs: int = 6, shared: list[str] | None = None) -> str:
    """A title and paragraphs; a figure in one sentence of four, some taken from `shared`."""
    lines = [f"{rng.choice(ACTORS)} and {rng.choice(ACTORS)}: a week of tension", ""]
    for _ in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.06:
                restated = shared and rng.random() < 0.3
                sentences.append(
                    rng.choice(shared) if restated and shared else figure_sentence(rng)
                )
            else:
                sentences.append(filler(rng))
        lines += [" ".join(sentences), ""]
    return "\n".join(lines)


def corpus(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """`count` documents as (name, text); a pool of figures is restated across documents."""
    rng = random.Random(seed)
    shared = [figure_sentence(rng) for _ in range(max(10, count // 20))]
    for i in range(count):
        yield f"doc{i:07d}.txt", document(rng, shared=shared)


def write_corpus(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` documents under `folder` (1,000 a subfolder); returns the bytes written."""
    total = 0
    for i, (name, text) in enumerate(corpus(count, seed)):
        sub = folder / f"part{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
    return total
