"""The `factcheck` command line: flags in, one report out, a stable exit status."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from factcheck import __version__, collector
from factcheck.errors import FactcheckError
from factcheck.kinds import ExitCode, FailOn, Format

if TYPE_CHECKING:
    from factcheck.config import Loaded
    from factcheck.engine import Progress
    from factcheck.models import ScanResult

# NOTE: the stages load inside the commands that use them, so that `factcheck --help` and a
# scan of one small file start fast (the parser compiles its patterns when first imported).
# pydantic looks for plugins in every installed package's entry points when it builds the first
# model; factcheck uses none, and the search costs a tenth of a short run. A value set by the
# user wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

app = typer.Typer(
    help="Find the numeric claims in a corpus and report where sources disagree.",
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    add_completion=False,
)

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Report format.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file, atomically.")
]
FailOnOption = Annotated[
    FailOn | None,
    typer.Option("--fail-on", help="Exit 1 for undecided conflicts (new), any conflict, or none."),
]
LedgerOption = Annotated[Path | None, typer.Option("--ledger", help="The ledger file.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr.")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="Plain text, no colour.")]
NoteOption = Annotated[str, typer.Option("--note", "-m", help="Why: kept in the ledger.")]
ByOption = Annotated[str | None, typer.Option("--by", help="Who decided.")]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", help="Processes for extraction (default: one per core)."),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Do not read or write the claim cache.")
]
EngineOption = Annotated[
    str | None, typer.Option("--engine", help="local (default) or dask, for a cluster.")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Dask scheduler address, tcp://HOST:PORT (default: a local cluster)."
    ),
]
SourceOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--source", "-s", help="Where the group was found (default: the sources setting)."
    ),
]


def _stderr() -> Console:
    """A console on the current standard error (looked up per call, so tests can capture it)."""
    return Console(stderr=True, soft_wrap=True)


@contextmanager
def _errors(fmt: Format = Format.TABLE) -> Iterator[None]:
    """Turn a `FactcheckError` into one line, a hint and exit 2; Ctrl-C into exit 130."""
    try:
        yield
    except FactcheckError as error:
        if fmt is Format.JSON:
            sys.stderr.write(json.dumps({"error": str(error), "hint": error.hint or None}) + "\n")
        else:
            _stderr().print(f"[red]error:[/] {error}", highlight=False)
            if error.hint:
                _stderr().print(f"hint: {error.hint}", highlight=False)
        raise typer.Exit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        _stderr().print("interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None


@app.callback()
def main() -> None:
    """factcheck: numeric claims, grouped across sources, with conflicts an editor can act on."""


@app.command()
def scan(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to scan (default: the sources setting).", show_default=False
        ),
    ] = None,
    fmt: FormatOption = Format.TABLE,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    ledger: LedgerOption = None,
    claims: Annotated[
        bool, typer.Option("--claims", help="List every claim per document.")
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stale decisions fail the run.")] = False,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
    engine: EngineOption = None,
    scheduler: SchedulerOption = None,
    quiet: QuietOption = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List ignored files.")] = False,
    no_color: NoColorOption = False,
) -> None:
    """Scan documents for numeric claims, group them across sources and report conflicts.

    Exit status: 0 no failing conflicts, 1 failing conflicts, 2 usage or input error.
    """
    from factcheck import pipeline, snapshot  # noqa: PLC0415
    from factcheck.outcome import exit_code  # noqa: PLC0415
    from factcheck.report import reporter  # noqa: PLC0415

    with _errors(fmt):
        loaded = _settings(
            ledger=ledger, fail_on=fail_on, jobs=jobs, cache=False if no_cache else None,
            engine=engine, scheduler=scheduler,
        )  # fmt: skip
        color = not no_color and output is None and sys.stdout.isatty()
        width = _stderr().width if color else 0
        options = {"format": fmt.value, "claims": claims, "color": color, "strict": strict,
                   "quiet": quiet, "verbose": verbose, "width": width}  # fmt: skip
        reuse = loaded.settings.cache and loaded.settings.engine == "local"
        key = snapshot.state_key(paths, loaded.settings, options) if reuse else ""
        done = snapshot.load(loaded.settings, key) if reuse else None
        if done is None:
            result = _with_progress(lambda p: pipeline.scan(paths, loaded.settings, p), quiet=quiet)
            text = reporter(fmt, show_claims=claims, color=color).render(result)
            code = exit_code(result, loaded.settings.fail_on, strict=strict)
            done = snapshot.Snapshot(text, _note_lines(result, quiet=quiet, verbose=verbose), code)
            if reuse:
                snapshot.save(loaded.settings, key, done)
        _emit(done.text, output)
    for line in done.notes:
        _stderr().print(line, highlight=False)
    raise typer.Exit(done.exit)


@app.command()
def check(
    drafts: Annotated[list[Path], typer.Argument(help="Draft files (Markdown or text) to check.")],
    fmt: FormatOption = Format.TABLE,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    ledger: LedgerOption = None,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
    quiet: QuietOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Check every figure of the drafts against the ledger's accepted figures and the corpus.

    Exit status: 1 when a draft figure contradicts them, 0 otherwise, 2 on errors.
    """
    from factcheck import pipeline  # noqa: PLC0415
    from factcheck.outcome import exit_code  # noqa: PLC0415
    from factcheck.report import reporter  # noqa: PLC0415

    with _errors(fmt):
        loaded = _settings(
            ledger=ledger, fail_on=fail_on, jobs=jobs, cache=False if no_cache else None
        )
        result = _with_progress(lambda p: pipeline.check(drafts, loaded.settings, p), quiet=quiet)
        color = not no_color and output is None and sys.stdout.isatty()
        _emit(reporter(fmt, color=color).render(result), output)
    _notes(result, quiet=quiet)
    raise typer.Exit(exit_code(result, loaded.settings.fail_on))


@app.command()
def ack(
    group: Annotated[str, typer.Argument(help="Group id from the scan (g3) or its fingerprint.")],
    note: NoteOption,
    by: ByOption = None,
    ledger: LedgerOption = None,
    source: SourceOption = None,
    not_same: Annotated[
        bool, typer.Option("--not-same", help="The figures are of different quantities.")
    ] = False,
) -> None:
    """Record in the ledger that a group's discrepancy is known (or that it is no group)."""
    from factcheck import decisions, pipeline  # noqa: PLC0415

    with _errors():
        loaded = _settings(ledger=ledger)
        result = pipeline.scan(source, loaded.settings)
        record = decisions.not_same if not_same else decisions.acknowledge
        decision = record(result, group, note, by, Path(loaded.settings.ledger))
        _stderr().print(
            f"recorded {decision.decision.value} for {group} in {loaded.settings.ledger}"
        )


@app.command()
def accept(
    group: Annotated[str, typer.Argument(help="Group id from the scan (g3) or its fingerprint.")],
    value: Annotated[str, typer.Argument(help="The figure that stands: 11000 or 10000-12000.")],
    note: NoteOption,
    ledger: LedgerOption = None,
    source: SourceOption = None,
) -> None:
    """Record in the ledger the figure that stands for a group, as an accepted quantity."""
    from factcheck import decisions, pipeline  # noqa: PLC0415

    with _errors():
        loaded = _settings(ledger=ledger)
        result = pipeline.scan(source, loaded.settings)
        _, quantity = decisions.accept(result, group, value, note, Path(loaded.settings.ledger))
        _stderr().print(f"accepted {value} as '{quantity.id}' in {loaded.settings.ledger}")


@app.command()
def review(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to scan (default: the sources setting).", show_default=False
        ),
    ] = None,
    ledger: LedgerOption = None,
    by: ByOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Walk through the conflicts in the terminal and record decisions in the ledger."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        _stderr().print(
            "error: review needs an interactive terminal; "
            "use `factcheck scan` for a report, or `factcheck ack`/`accept` to record decisions",
            highlight=False,
        )
        raise typer.Exit(ExitCode.ERROR)
    from factcheck import pipeline  # noqa: PLC0415

    with _errors():
        loaded = _settings(ledger=ledger)
        result = _with_progress(lambda p: pipeline.scan(paths, loaded.settings, p), quiet=False)
        if no_color:
            os.environ["NO_COLOR"] = "1"
        from factcheck.review.app import ReviewApp  # noqa: PLC0415 - Textual loads only to review
        from factcheck.review.session import ReviewSession  # noqa: PLC0415

        ReviewApp(ReviewSession.start(result, loaded.settings, by)).run()


@app.command()
def config(
    show: Annotated[bool, typer.Option("--show", help="Print the effective settings.")] = True,
) -> None:
    """Show the effective settings and where each one comes from."""
    with _errors():
        loaded = _settings()
        if show:
            for key, value in loaded.settings.model_dump(mode="json").items():
                typer.echo(f"{key} = {json.dumps(value)}  # {loaded.origins[key]}")


@app.command()
def version() -> None:
    """Print the version of factcheck."""
    typer.echo(__version__)


def ignored_summary(result: ScanResult) -> str:
    """One line: how many files the folder scan passed over, and why."""
    reasons: dict[str, int] = {}
    for item in result.ignored:
        kind = "of unknown type" if item.reason.startswith("of unknown type") else item.reason
        reasons[kind] = reasons.get(kind, 0) + 1
    parts = ", ".join(f"{n} {why}" for why, n in sorted(reasons.items()))
    return f"ignored {len(result.ignored)}: {parts} (-v lists them)"


def _settings(**flags: Any) -> Loaded:  # noqa: ANN401
    from factcheck.config import load_settings  # noqa: PLC0415

    values = {k: (str(v) if isinstance(v, Path) else v) for k, v in flags.items()}
    return load_settings(Path.cwd(), values)


def _with_progress(run: Callable[[Progress | None], ScanResult], *, quiet: bool) -> ScanResult:
    with collector.paused():  # NOTE: a large corpus spent a fifth of a run in its full passes
        return _run_with_progress(run, quiet=quiet)


def _run_with_progress(run: Callable[[Progress | None], ScanResult], *, quiet: bool) -> ScanResult:
    if quiet or not _stderr().is_terminal:
        return run(None)
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as ProgressBar  # noqa: PLC0415

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[claims]:,} claims · {task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with ProgressBar(*columns, console=_stderr(), transient=True) as progress:
        task = progress.add_task("reading", total=None, claims=0, rate="")

        def on_progress(stage: str, done: int, total: int, claims: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:,.0f} files/s" if elapsed > 0.5 else ""
            progress.update(
                task, description=stage, completed=done, total=total, claims=claims, rate=rate
            )

        return run(on_progress)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        from factcheck.files import write_atomically  # noqa: PLC0415

        write_atomically(output, text)


def _notes(result: ScanResult, *, quiet: bool, verbose: bool = False) -> None:
    for line in _note_lines(result, quiet=quiet, verbose=verbose):
        _stderr().print(line, highlight=False)


def _note_lines(result: ScanResult, *, quiet: bool, verbose: bool = False) -> list[str]:
    """What standard error says about a result: warnings, skips, ignored files, stale decisions."""
    lines = [f"[yellow]warning:[/] {warning}" for warning in result.warnings]
    lines += [f"[yellow]skipped[/] {s.path}: {s.reason}" for s in result.skipped]
    if quiet:
        return lines
    if result.ignored:
        lines.append(ignored_summary(result))
    if verbose:
        lines += [f"ignored {item.path}: {item.reason}" for item in result.ignored]
    if result.skipped:
        unread = f"{len(result.skipped)} file{'' if len(result.skipped) == 1 else 's'}"
        lines.append(f"{unread} could not be read; the report covers the rest")
    lines += [
        f"[yellow]stale decision[/] {result.ledger}:{s.line}: group {s.group} "
        "no longer exists; remove it or decide on the new group"
        for s in result.stale
    ]
    return lines
