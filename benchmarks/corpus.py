"""Generated news-like text with the number density of data/sources, for benchmarks only."""

from __future__ import annotations

import random

ACTORS = ["Russia", "Ukraine", "North Korea", "China", "Japan", "Poland", "Iran", "Israel", "India"]
NOUNS = ["troops", "soldiers", "drones", "refugees", "shells", "workers", "tanks", "civilians"]
VERBS = ["deployed to", "sent to", "supplied to", "reported in", "moved to", "killed in"]
HEDGES = ["", "about ", "more than ", "as many as ", "nearly ", "at least ", "roughly "]
FILLER = (
    "Analysts said the development marks a shift in the regional balance, and officials in "
    "several capitals described the situation as serious while diplomats met again on Tuesday. "
)


def sentence(rng: random.Random) -> str:
    """One sentence with one figure, its hedge, noun, actors and sometimes money or a rate."""
    a, b = rng.sample(ACTORS, 2)
    kind = rng.random()
    if kind < 0.2:
        return f"{a} pledged {rng.choice(HEDGES)}${rng.randint(1, 90)} billion in aid to {b}. "
    if kind < 0.35:
        return f"Support for the plan in {a} stood at {rng.randint(10, 90)}% in the latest poll. "
    figure = f"{rng.randint(1, 99) * 500:,}"
    rate = " per day" if rng.random() < 0.15 else ""
    hedge, noun, verb = rng.choice(HEDGES), rng.choice(NOUNS), rng.choice(VERBS)
    return f"Officials said {hedge}{figure} {noun} were {verb} {b}{rate}. "


def document(rng: random.Random, sentences: int = 20) -> str:
    """A document of paragraphs mixing figures and filler."""
    parts = []
    for i in range(sentences):
        parts.append(sentence(rng))
        if i % 3 == 0:
            parts.append(FILLER)
        if i % 5 == 4:
            parts.append("\n\n")
    return "".join(parts)
