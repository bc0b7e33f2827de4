"""Command line (temporary)."""
from pathlib import Path
import typer
from factcheck.pipeline import scan as run_scan
from factcheck.report.json import JsonReporter

app = typer.Typer()

@app.command()
def scan(paths: list[Path] = typer.Argument(None), format: str = "json") -> None:
    result = run_scan(paths or [Path("data/sources")])
    typer.echo(JsonReporter().render(result), nl=False)

@app.command()
def version() -> None:
    pass
