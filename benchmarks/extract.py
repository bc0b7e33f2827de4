"""Extraction throughput: claims from 1,000 generated documents, in MB of text per second.

python benchmarks/extract.py [--documents 1000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import document

from factcheck.extract import extract_claims
from factcheck.models import Document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(1)
    docs = []
    for i in range(args.documents):
        text = document(rng)
        docs.append(
            Document(path=f"d{i}.txt", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
        )
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    for scale in (args.documents // 10, args.documents):
        part = docs[:scale]
        part_size = sum(len(d.text.encode("utf-8")) for d in part)
        start = time.perf_counter()
        claims = sum(len(extract_claims(d)) for d in part)
        elapsed = time.perf_counter() - start
        print(
            f"{scale:>7} documents {part_size / 1e6:7.2f} MB  {claims:>8} claims  "
            f"{elapsed:6.2f} s  {part_size / 1e6 / elapsed:6.2f} MB/s"
        )
    del size


if __name__ == "__main__":
    main()
