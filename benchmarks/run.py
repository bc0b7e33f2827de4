"""factcheck benchmarks: extraction, grouping, full scans, re-scans from the cache, start-up.

    python benchmarks/run.py                     # the standard table (several minutes)
    python benchmarks/run.py --quick             # small sizes, for a smoke run
    python benchmarks/run.py --json results.json # also write the rows as JSON

Each measurement runs in a fresh process, so its peak memory is its own. Sizes and results go
to standard output as a table; nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus, write_corpus  # noqa: E402

FACTCHECK = [sys.executable, "-m", "factcheck"]


def peak_mib() -> float:
    """The peak resident memory of this process so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def case_extract(size: int) -> dict[str, float]:
    """Extraction alone, one process: MB of text per second."""
    from factcheck.extract import extract_claims  # noqa: PLC0415
    from factcheck.models import Document  # noqa: PLC0415

    docs = [Document(path=name, text=text, sha256="-") for name, text in corpus(size)]
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    start = time.perf_counter()
    claims = sum(len(extract_claims(d)) for d in docs)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "megabytes": megabytes, "mb_per_s": megabytes / seconds,
            "claims": claims, "peak_mib": peak_mib()}  # fmt: skip


SYLLABLES = [a + b for a in "bdgklmnprstvz" for b in "aeiou"]


def place_name(number: int) -> str:
    """A made-up place name, different for every `number`: words alone, as in real text."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if number == 0:
            break
    return ("".join(parts) + "vo").capitalize()


def generated_claims(size: int, seed: int = 3) -> list[object]:
    """`size` claims about size/3 quantities, each restated by two to four sources."""
    from factcheck.models import Claim, Qualifier  # noqa: PLC0415

    rng = random.Random(seed)
    actors = ["Russia", "Ukraine", "China", "Japan", "Poland", "Iran", "Israel", "India"]
    nouns = ["troops", "drones", "refugees", "shells", "workers", "tanks", "civilians", "ships"]
    documents = max(2, size // 4)
    claims: list[object] = []
    quantity = 0
    while len(claims) < size:
        actor, noun = rng.choice(actors), rng.choice(nouns)
        place = place_name(quantity)
        base = rng.randint(1, 99) * 100
        for k in range(min(rng.choice((2, 3, 4)), size - len(claims))):
            value = base * rng.choice((1, 1, 1, 1.02, 1.25))
            text = f"{value:,.0f}"
            sentence = f"{actor} said {text} {noun} were sent to {place} near the border."
            source = f"d{(quantity * 7 + k * 13) % documents:07d}.txt"
            claims.append(Claim(id=f"c{len(claims) + 1}", source=source, start=0, end=len(text),
                                line=1, column=1, text=text, value=value, low=value, high=value,
                                unit=noun, qualifier=Qualifier.EXACT,
                                quantity=f"{noun} sent to {place}", sentence=sentence))  # fmt: skip
        quantity += 1
    return claims


def case_group(size: int) -> dict[str, float]:
    """Grouping alone: time and peak memory for `size` claims."""
    from factcheck.reconcile import reconcile  # noqa: PLC0415

    claims = generated_claims(size)
    start = time.perf_counter()
    groups = reconcile(claims)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    conflicts = sum(1 for g in groups if g.verdict == "conflict")
    return {"seconds": seconds, "claims": size, "groups": len(groups), "conflicts": conflicts,
            "peak_mib": peak_mib()}  # fmt: skip


_WATCH = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL); "
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _run_cli(args: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds and peak MiB of one `factcheck` run, watched by its own parent process."""
    out = subprocess.run([sys.executable, "-c", _WATCH, *FACTCHECK, *args], cwd=cwd,
                         check=True, capture_output=True, text=True)  # fmt: skip
    seconds, peak_kib = out.stdout.split()
    return float(seconds), float(peak_kib) / 1024


def case_scan(size: int) -> dict[str, float]:
    """A full scan of `size` generated documents on disk, then two runs with the cache."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        written = write_corpus(root / "corpus", size)
        common = ["scan", "corpus", "--format", "json", "--output", "report.json", "-q"]
        plain, plain_peak = _run_cli([*common, "--no-cache"], root)
        cold, _ = _run_cli(common, root)
        warm, warm_peak = _run_cli(common, root)
    megabytes = written / 1e6
    return {"documents": size, "megabytes": megabytes, "seconds": plain,
            "mb_per_s": megabytes / plain, "peak_mib": plain_peak, "cache_cold_seconds": cold,
            "rescan_seconds": warm, "rescan_peak_mib": warm_peak}  # fmt: skip


def case_startup(_size: int) -> dict[str, float]:
    """Median seconds of `factcheck --help` and of a scan of one small file.

    The package's bytecode is compiled first, as an install does: with PYTHONDONTWRITEBYTECODE
    set and an editable install, every start would otherwise compile the sources again."""
    import factcheck  # noqa: PLC0415

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(factcheck.__file__).parent)],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "one.txt").write_text("Officials said 4,000 advisers arrived.\n", encoding="utf-8")
        results = {}
        for name, args in (("help", ["--help"]), ("scan_one", ["scan", "one.txt", "-q"])):
            times = sorted(_run_cli(args, root)[0] for _ in range(7))
            results[f"{name}_seconds"] = times[3]
    return results


CASES = {"extract": case_extract, "group": case_group, "scan": case_scan, "startup": case_startup}
STANDARD = [("startup", 0), ("extract", 1000), ("group", 10_000), ("group", 100_000),
            ("group", 1_000_000), ("scan", 10_000), ("scan", 100_000)]  # fmt: skip
QUICK = [("startup", 0), ("extract", 200), ("group", 10_000), ("group", 30_000), ("scan", 500)]


def measure(case: str, size: int) -> dict[str, float]:
    """Run one case in a fresh interpreter and return its row."""
    path = os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    out = subprocess.run([sys.executable, __file__, "--case", case, "--size", str(size)],
                         check=True, capture_output=True, text=True, env=env)  # fmt: skip
    row: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return row


def table(rows: list[dict[str, object]]) -> str:
    """The rows as an aligned text table."""
    lines = [f"{'case':8} {'size':>9}  result"]
    for row in rows:
        shown = ", ".join(
            f"{k} {v:,.2f}" if isinstance(v, float) else f"{k} {v:,}"
            for k, v in row.items() if k not in ("case", "size")
        )  # fmt: skip
        lines.append(f"{row['case']!s:8} {row['size']:>9,}  {shown}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--case", choices=sorted(CASES))
    parser.add_argument("--size", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args()
    if args.case:
        print(json.dumps(CASES[args.case](args.size)))
        return
    rows: list[dict[str, object]] = []
    for case, size in QUICK if args.quick else STANDARD:
        rows.append({"case": case, "size": size, **measure(case, size)})
        print(table(rows[-1:]).splitlines()[-1], flush=True)
    print()
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
