"""The claim cache, the process pool and the Dask engine all give the report of a plain scan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck import engine
from factcheck.config import Settings
from factcheck.engine import Extracted
from factcheck.errors import ConfigError
from factcheck.models import Claim, ClaimGroup
from factcheck.pipeline import scan
from factcheck.reconcile import reconcile
from factcheck.report import JsonReporter

ROOT = Path(__file__).parents[1]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "data" / "sources", folder)
    return folder


def report(folder: Path, settings: Settings) -> str:
    return JsonReporter().render(scan([folder], settings))


class Counter:
    """Counts the files the engine really extracts."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        original = engine.extract_one

        def counted(name: str, max_bytes: int) -> Extracted:
            self.names.append(Path(name).name)
            return original(name, max_bytes)

        monkeypatch.setattr(engine, "extract_one", counted)


def test_unchanged_corpus_comes_from_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), jobs=1, ledger=str(tmp_path / "none.yaml")
    )
    first = report(corpus, settings)
    counter = Counter(monkeypatch)
    assert report(corpus, settings) == first
    assert counter.names == []


def test_a_changed_file_is_read_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), jobs=1, ledger=str(tmp_path / "none.yaml")
    )
    report(corpus, settings)
    changed = corpus / "003_1cf7f2322361862a.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("12,000", "14,000"), encoding="utf-8"
    )
    counter = Counter(monkeypatch)
    assert "14,000" in report(corpus, settings)
    assert counter.names == ["003_1cf7f2322361862a.txt"]


def test_a_new_parser_version_empties_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), jobs=1, ledger=str(tmp_path / "none.yaml")
    )
    report(corpus, settings)
    monkeypatch.setattr("factcheck.cache.PARSER_VERSION", "next")
    counter = Counter(monkeypatch)
    report(corpus, settings)
    assert len(counter.names) == 5


def test_a_truncated_cache_is_rebuilt_with_a_warning(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), jobs=1, ledger=str(tmp_path / "none.yaml")
    )
    first = report(corpus, settings)
    database = tmp_path / "cache" / "cache.sqlite"
    database.write_bytes(database.read_bytes()[:1000])
    result = scan([corpus], settings)
    assert any("rebuilding" in w or "failed" in w or "damaged" in w for w in result.warnings)
    assert JsonReporter().render(result) == first


def test_no_cache_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    report(corpus, Settings(cache=False, cache_dir=str(tmp_path / "cache")))
    assert not (tmp_path / "cache").exists()


def test_parallel_jobs_give_the_same_report(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted((ROOT / "data" / "sources").glob("*.txt"))
    for i in range(3 * engine.CHUNK):
        shutil.copy(seeds[i % len(seeds)], folder / f"doc{i:03d}.txt")
    base = Settings(cache=False, ledger=str(tmp_path / "none.yaml"))
    one = report(folder, base.model_copy(update={"jobs": 1}))
    two = report(folder, base.model_copy(update={"jobs": 2}))
    assert one == two


@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_gives_the_same_report(corpus: Path) -> None:
    distributed = pytest.importorskip("distributed")
    base = Settings(cache=False, jobs=2, ledger=str(ROOT / "data" / "claims.yaml"))
    local = report(corpus, base)
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        assert len(cluster.workers) == 2
        dask = base.model_copy(update={"engine": "dask", "scheduler": cluster.scheduler_address})
        assert report(corpus, dask) == local


def test_dask_engine_with_an_unreachable_scheduler_says_so(corpus: Path) -> None:
    pytest.importorskip("distributed")
    settings = Settings(cache=False, engine="dask", scheduler="tcp://127.0.0.1:9")
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        scan([corpus], settings)


def test_a_rescan_of_unchanged_inputs_gives_back_the_same_report(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner  # noqa: PLC0415

    from factcheck.cli import app  # noqa: PLC0415

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    args = ["scan", str(corpus), "-f", "json", "--ledger", "claims.yaml"]
    first = runner.invoke(app, args)
    counter = Counter(monkeypatch)
    second = runner.invoke(app, args)
    assert (second.stdout, second.exit_code) == (first.stdout, first.exit_code)
    assert counter.names == []
    Path("claims.yaml").write_text("version: 1\n", encoding="utf-8")
    third = runner.invoke(app, args)
    assert third.exit_code == first.exit_code
    assert '"ledger":"claims.yaml"' in third.stdout.replace(" ", "")


def test_a_new_grouping_version_regroups_the_cached_claims(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), jobs=1, ledger=str(tmp_path / "none.yaml")
    )
    first = report(corpus, settings)
    calls: list[int] = []
    original = reconcile

    def counted(claims: list[Claim], tolerance: float) -> list[ClaimGroup]:
        calls.append(len(claims))
        return original(claims, tolerance)

    monkeypatch.setattr("factcheck.pipeline.reconcile", counted)
    assert report(corpus, settings) == first
    assert calls == []
    monkeypatch.setattr("factcheck.cache.GROUPING_VERSION", "next")
    counter = Counter(monkeypatch)
    assert report(corpus, settings) == first
    assert len(calls) == 1
    assert counter.names == []
