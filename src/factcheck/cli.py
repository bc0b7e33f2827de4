"""The `factcheck` command line: flags in, one report out, a stable exit status."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.models import ExitCode, ScanResult
from factcheck.pipeline import scan as run_scan
from factcheck.report import Format, reporter

DEFAULT_SOURCES = Path("data/sources")

app = typer.Typer(
    help="Find the numeric claims in a corpus and report where sources disagree.",
    pretty_exceptions_show_locals=False,
    no_args_is_help=True,
    add_completion=False,
)


def _stderr() -> Console:
    """A console on the current standard error (looked up per call, so tests can capture it)."""
    return Console(stderr=True, soft_wrap=True)


@app.callback()
def main() -> None:
    """factcheck: numeric claims, grouped across sources, with conflicts an editor can act on."""


@app.command()
def scan(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to scan (default: data/sources).", show_default=False
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.TABLE,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    claims: Annotated[
        bool, typer.Option("--claims", help="List every claim per document.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")
    ] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text, no colour.")] = False,
) -> None:
    """Scan documents for numeric claims, group them across sources and report conflicts.

    Exit status: 0 no conflicts, 1 conflicts found, 2 usage or input error.
    """
    try:
        result = _scan_with_progress(paths or [DEFAULT_SOURCES], quiet=quiet)
        color = not no_color and output is None and sys.stdout.isatty()
        text = reporter(fmt, show_claims=claims, color=color).render(result)
        _emit(text, output)
    except FactcheckError as error:
        _fail(error, fmt)
    except KeyboardInterrupt:
        _stderr().print("interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    _report_skips(result, quiet=quiet)
    raise typer.Exit(_exit_code(result))


@app.command()
def version() -> None:
    """Print the version of factcheck."""
    typer.echo(__version__)


def _scan_with_progress(paths: list[Path], *, quiet: bool) -> ScanResult:
    if quiet or not _stderr().is_terminal:
        return run_scan(paths)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_stderr(), transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def on_progress(stage: str, done: int, total: int) -> None:
            progress.update(task, description=stage, completed=done, total=total)

        return run_scan(paths, on_progress=on_progress)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    write_atomically(output, text)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file and a rename: never half a file."""
    folder = path.parent if str(path.parent) else Path()
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        hint = "choose a folder that exists and is writable"
        message = f"cannot write the report ({error.strerror})"
        raise FactcheckError(message, path=str(path), hint=hint) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _report_skips(result: ScanResult, *, quiet: bool) -> None:
    for skipped in result.skipped:
        _stderr().print(f"[yellow]skipped[/] {skipped.path}: {skipped.reason}", highlight=False)
    if not quiet and result.skipped:
        _stderr().print(
            f"{len(result.skipped)} files could not be read; the report covers the rest"
        )


def _exit_code(result: ScanResult) -> ExitCode:
    if result.skipped:
        return ExitCode.ERROR
    return ExitCode.CONFLICTS if result.conflicts else ExitCode.OK


def _fail(error: FactcheckError, fmt: Format) -> None:
    if fmt is Format.JSON:
        payload = {"error": str(error), "hint": error.hint or None}
        sys.stderr.write(json.dumps(payload) + "\n")
    else:
        _stderr().print(f"[red]error:[/] {error}", highlight=False)
        if error.hint:
            _stderr().print(f"hint: {error.hint}", highlight=False)
    raise typer.Exit(ExitCode.ERROR)
