"""Every claim of a fixed set of texts, one JSON record per line, to compare parser versions.

    python benchmarks/claims_snapshot.py before.jsonl             # on the old code
    python benchmarks/claims_snapshot.py after.jsonl              # on the new code
    python benchmarks/claims_snapshot.py after.jsonl --diff before.jsonl

The texts: a generated news corpus (fixed seed), the documents of data/sources, the `text` of
every record in the JSONL files given with --texts (the peer suites, for instance), and all of
those joined into one text as written, upper-cased and lower-cased. A speed change should
leave the snapshot as it was; a parser change should change only what it means to.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus  # noqa: E402

from factcheck.extract import extract_claims  # noqa: E402
from factcheck.models import Document  # noqa: E402

SOURCES = HERE.parent / "data" / "sources"


def texts(extra: list[Path]) -> Iterator[tuple[str, str]]:
    """(name, text) of every text in the snapshot, in a fixed order."""
    found = list(corpus(1500, seed=11))
    found += [(p.as_posix(), p.read_text(encoding="utf-8")) for p in sorted(SOURCES.iterdir())]
    for path in extra:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                found.append((f"{path.name}:{n + 1}", json.loads(line)["text"]))
    yield from found
    joined = " ".join(text for _, text in found[-700:])
    yield from [("joined", joined), ("upper", joined.upper()), ("lower", joined.lower())]


def snapshot(extra: list[Path]) -> list[str]:
    """One JSON line per claim."""
    return [
        claim.model_dump_json()
        for name, text in texts(extra)
        for claim in extract_claims(Document(path=name, text=text, sha256="-"))
    ]


def diff(old: list[str], new: list[str]) -> list[str]:
    """Claims lost, added or changed between two snapshots, by source and start offset."""
    before = {(c["source"], c["start"]): c for c in map(json.loads, old)}
    after = {(c["source"], c["start"]): c for c in map(json.loads, new)}
    lines = []
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if now is None or was is None:
            claim = was or now
            assert claim is not None
            lines.append(f"{'lost' if now is None else 'new '} {key[0]}@{key[1]} {claim['text']!r}")
            continue
        changed = {k: (was.get(k), now.get(k)) for k in was | now if was.get(k) != now.get(k)}
        lines.append(f"chg  {key[0]}@{key[1]} {changed}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", type=Path, help="where to write the snapshot")
    parser.add_argument("--texts", type=Path, action="append", default=[],
                        help="a JSONL file whose records carry a `text` (repeatable)")  # fmt: skip
    parser.add_argument("--diff", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args()
    lines = snapshot(args.texts)
    args.output.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} claims written to {args.output}")
    if args.diff:
        changes = diff(args.diff.read_text(encoding="utf-8").splitlines(), lines)
        print("\n".join(changes) or "no change")


if __name__ == "__main__":
    main()
