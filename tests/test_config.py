"""Settings precedence and unknown keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.config import load_settings
from factcheck.errors import ConfigError
from factcheck.models import FailOn


def test_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path)
    assert loaded.settings.ledger == "data/claims.yaml"
    assert set(loaded.origins.values()) == {"default"}


def test_pyproject_then_env_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nledger = "ledger.yaml"\nfail-on = "any"\ntolerance = 0.05\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("FACTCHECK_TOLERANCE", "0.04")
    loaded = load_settings(tmp_path, {"fail_on": "none"})
    assert loaded.settings.ledger == "ledger.yaml"
    assert loaded.settings.tolerance == 0.04
    assert loaded.settings.fail_on is FailOn.NONE
    assert loaded.origins["ledger"] == "pyproject.toml [tool.factcheck]"
    assert loaded.origins["tolerance"] == "environment"
    assert loaded.origins["fail_on"] == "command line"


def test_factcheck_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nledger = "a.yaml"\n', encoding="utf-8"
    )
    (tmp_path / "factcheck.toml").write_text('ledger = "b.yaml"\n', encoding="utf-8")
    assert load_settings(tmp_path).settings.ledger == "b.yaml"


def test_unknown_setting_is_named_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('ledger = "x"\ntolerence = 0.1\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(tmp_path)
    assert (
        str(caught.value)
        == "factcheck.toml:2: unknown setting 'tolerence' (did you mean 'tolerance'?)"
    )


def test_bad_value_names_its_origin(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"fail_on.*factcheck\.toml"):
        load_settings(tmp_path)


def test_unknown_environment_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_LEDGR", "x")
    with pytest.raises(ConfigError, match="FACTCHECK_LEDGER"):
        load_settings(tmp_path)


def test_a_valid_file_loads_no_fuzzy_matcher(tmp_path: Path) -> None:
    """The matcher that suggests a fix for a misspelt key is loaded only for one: a start of a
    scan in a project with settings does not pay for it."""
    (tmp_path / "factcheck.toml").write_text('ledger = "b.yaml"\n', encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from factcheck.config import load_settings; "
        f"load_settings(Path({str(tmp_path)!r})); print('rapidfuzz' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
