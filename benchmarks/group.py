"""Grouping at scale: time and peak memory to reconcile 10,000 and 100,000 generated claims.

python benchmarks/group.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc

from factcheck.models import Claim, Qualifier
from factcheck.reconcile import reconcile

ACTORS = ["Russia", "Ukraine", "North Korea", "China", "Japan", "Poland", "Iran", "Israel", "India",
          "Syria", "Turkey", "Egypt", "Brazil", "Canada", "France", "Germany"]  # fmt: skip
NOUNS = ["troops", "drones", "refugees", "shells", "workers", "tanks", "civilians", "ships"]
TOPICS = [
    "training",
    "border",
    "harbour",
    "airbase",
    "convoy",
    "factory",
    "camp",
    "depot",
    "bridge",
    "railway",
    "pipeline",
    "mine",
    "station",
    "hospital",
    "school",
    "market",
]


def claims(n: int, rng: random.Random) -> list[Claim]:
    """`n` claims over `n // 4` documents with varied nouns, actors, places and rates."""
    out = []
    for i in range(n):
        noun = rng.choice(NOUNS)
        a, b = rng.sample(ACTORS, 2)
        topic = f"{rng.choice(TOPICS)} {rng.choice(TOPICS)}{rng.randint(0, n // 50)}"
        value = float(rng.randint(1, 99) * 100)
        sentence = f"{a} said {value:,.0f} {noun} were sent to the {topic} in {b}."
        out.append(Claim(id=f"c{i + 1}", source=f"d{i // 4}.txt", start=0, end=5, line=1, column=1,
                         text=f"{value:,.0f}", value=value, low=value, high=value, unit=noun,
                         per="day" if i % 7 == 0 else None, qualifier=Qualifier.EXACT,
                         quantity=f"{noun} sent to the {topic}", sentence=sentence))  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    rng = random.Random(3)
    for size in args.sizes:
        data = claims(size, rng)
        tracemalloc.start()
        start = time.perf_counter()
        groups = reconcile(data)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        mib = peak / 2**20
        print(f"{size:>8} claims  {len(groups):>7} groups  {elapsed:7.2f} s  peak {mib:7.1f} MiB")


if __name__ == "__main__":
    main()
