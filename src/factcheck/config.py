"""One `Settings`: defaults, then `[tool.factcheck]` or `factcheck.toml`, then env, then flags."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.models import FailOn

ENV_PREFIX = "FACTCHECK_"


class Settings(BaseModel):
    """The effective settings of one run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: list[str] = Field(default=["data/sources"], description="files or folders to scan")
    ledger: str = Field(default="data/claims.yaml", description="the ledger of decisions")
    exclude: list[str] = Field(default=[], description="glob patterns of files to leave out")
    tolerance: float = Field(
        default=0.02, ge=0, le=0.5, description="relative slack of exact figures"
    )
    fail_on: FailOn = Field(default=FailOn.NEW, description="which conflicts fail the run")
    max_file_mb: float = Field(default=20, gt=0, description="larger files are skipped")
    jobs: int = Field(default=0, ge=0, description="processes for extraction; 0: one per core")
    cache: bool = Field(default=True, description="keep claims of unchanged files in a cache")
    cache_dir: str = Field(default=".factcheck", description="where the claim cache lives")
    engine: Literal["local", "dask"] = Field(default="local", description="local or dask")
    scheduler: str | None = Field(default=None, description="a Dask scheduler address")


class Loaded(BaseModel):
    """Settings and where each value came from."""

    model_config = ConfigDict(frozen=True)

    settings: Settings
    origins: dict[str, str]


def load_settings(root: Path, flags: dict[str, Any] | None = None) -> Loaded:
    """Settings for a run in `root`: defaults < config file < environment < `flags`."""
    values: dict[str, Any] = {}
    origins = dict.fromkeys(Settings.model_fields, "default")
    file_values, file_name = _from_file(root)
    _merge(values, origins, file_values, file_name)
    _merge(values, origins, _from_env(), "environment")
    _merge(
        values, origins, {k: v for k, v in (flags or {}).items() if v is not None}, "command line"
    )
    try:
        settings = Settings.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting '{key}' from {origins.get(key, 'settings')}: {first['msg']}",
                          hint="see the settings table in the README") from None  # fmt: skip
    return Loaded(settings=settings, origins=origins)


def _merge(
    values: dict[str, Any], origins: dict[str, str], new: dict[str, Any], origin: str
) -> None:
    for key, value in new.items():
        values[key] = value
        origins[key] = origin


def _from_file(root: Path) -> tuple[dict[str, Any], str]:
    dedicated = root / "factcheck.toml"
    if dedicated.exists():
        return _table(dedicated, ()), dedicated.name
    pyproject = root / "pyproject.toml"
    if pyproject.exists():
        return _table(pyproject, ("tool", "factcheck")), f"{pyproject.name} [tool.factcheck]"
    return {}, "default"


def _table(path: Path, keys: tuple[str, ...]) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        data: Any = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(error), path=path.name, hint="fix the TOML syntax") from None
    for key in keys:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    table = {str(k).replace("-", "_"): v for k, v in data.items()}
    _reject_unknown(path, text, table)
    return table


def _reject_unknown(path: Path, text: str, table: dict[str, Any]) -> None:
    known = list(Settings.model_fields)
    for key in table:
        if key in known:
            continue
        from rapidfuzz import process  # noqa: PLC0415 - needed only to suggest a fix

        guess = process.extractOne(key, known, score_cutoff=60)
        fix = f"did you mean '{guess[0]}'?" if guess else f"known settings: {', '.join(known)}"
        line = _line_of(text, key)
        raise ConfigError(
            f"unknown setting '{key}' ({fix})",
            path=path.name,
            line=line,
            hint="remove it or correct its name",
        )


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*{re.escape(key).replace('_', '[-_]')}\s*=", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _from_env() -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, raw in os.environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX) :].lower()
        if key not in Settings.model_fields:
            from rapidfuzz import process  # noqa: PLC0415 - needed only to suggest a fix

            guess = process.extractOne(key, list(Settings.model_fields), score_cutoff=60)
            fix = f" (did you mean {ENV_PREFIX}{guess[0].upper()}?)" if guess else ""
            raise ConfigError(
                f"unknown environment setting {name}{fix}", hint="unset it or fix its name"
            )
        values[key] = raw.split(os.pathsep) if key in ("sources", "exclude") else raw
    return values
