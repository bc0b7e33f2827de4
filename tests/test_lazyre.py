"""Patterns compiled on first use: the same matches as `re.compile`, and no cost once compiled."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest

from factcheck import lazyre

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "factcheck"
# NOTE: every module that defines deferred patterns, found from the source so that a new one
# is checked without being listed here
DEFINERS = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for path in PACKAGE.rglob("*.py")
    if "lazyre.compile(" in path.read_text(encoding="utf-8") and path.name != "lazyre.py"
)


def _module(source: str) -> types.ModuleType:
    """A throwaway module whose top level runs `source`."""
    module = types.ModuleType("deferred_example")
    exec(compile(source, "deferred_example", "exec"), vars(module))
    return module


def test_a_pattern_compiles_on_first_use_and_takes_its_own_place() -> None:
    module = _module(
        "from factcheck import lazyre\n"
        "WORDS = lazyre.compile(r'\\b[a-z]+\\b', 2)\n"
        "UNUSED = lazyre.compile(r'\\d+')\n"
        "def first(text):\n"
        "    return WORDS.search(text).group()\n"
    )
    assert lazyre.pending(vars(module)) == ["UNUSED", "WORDS"]
    assert module.WORDS.pattern == r"\b[a-z]+\b"  # read without compiling
    assert lazyre.pending(vars(module)) == ["UNUSED", "WORDS"]

    assert module.first("42 Troops arrived") == "Troops"
    assert isinstance(module.WORDS, re.Pattern)
    assert module.WORDS.flags & re.IGNORECASE
    assert lazyre.pending(vars(module)) == ["UNUSED"]
    assert module.first("and 7 more") == "and"


def test_every_name_bound_to_the_pattern_is_replaced() -> None:
    module = _module(
        "from factcheck import lazyre\nYEAR = lazyre.compile(r'(?:19|20)\\d\\d')\nALIAS = YEAR\n"
    )
    assert module.YEAR.findall("from 1999 to 2024") == ["1999", "2024"]
    assert isinstance(module.ALIAS, re.Pattern)
    assert module.ALIAS is module.YEAR


def test_a_stand_in_held_elsewhere_still_answers() -> None:
    module = _module("from factcheck import lazyre\nDIGITS = lazyre.compile(r'\\d+')\n")
    held = module.DIGITS
    assert [m.group() for m in held.finditer("4 of 120")] == ["4", "120"]
    assert held.sub("#", "4 of 120") == "# of #"
    assert "lazyre.compile" in repr(held)


def test_a_source_given_as_a_function_is_built_only_when_needed() -> None:
    module = _module(
        "from factcheck import lazyre\n"
        "BUILT = []\n"
        "def source():\n"
        "    BUILT.append(1)\n"
        "    return '|'.join(['troops', 'tanks'])\n"
        "UNITS = lazyre.compile(source)\n"
    )
    assert module.BUILT == []
    assert module.UNITS.pattern == "troops|tanks"
    assert module.BUILT == [1]
    assert module.UNITS.findall("500 tanks and 20 troops") == ["tanks", "troops"]
    assert module.BUILT == [1]
    assert isinstance(module.UNITS, re.Pattern)


def test_an_invalid_pattern_fails_when_first_used() -> None:
    module = _module("from factcheck import lazyre\nBROKEN = lazyre.compile(r'(unclosed')\n")
    with pytest.raises(re.error, match="missing \\)"):
        module.BROKEN.search("text")


def test_threads_using_a_pattern_first_share_one_compiled_pattern() -> None:
    module = _module("from factcheck import lazyre\nWORD = lazyre.compile(r'\\w+')\n")
    held = module.WORD
    seen: list[object] = []
    barrier = threading.Barrier(8)

    def use() -> None:
        barrier.wait()
        held.match("troops")
        seen.append(module.WORD)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(found is seen[0] for found in seen)
    assert isinstance(seen[0], re.Pattern)


def test_the_parser_and_grouping_defer_their_patterns() -> None:
    assert "factcheck.extract.amounts" in DEFINERS
    assert "factcheck.features" in DEFINERS


@pytest.mark.parametrize("name", DEFINERS)
def test_every_deferred_pattern_compiles_as_re_would(name: str) -> None:
    module = importlib.import_module(name)
    namespace = vars(module)
    for attribute in lazyre.pending(namespace):
        deferred = namespace[attribute]
        expected = re.compile(deferred.pattern, deferred._flags)
        assert deferred.compiled() is namespace[attribute], attribute
        assert namespace[attribute].pattern == expected.pattern, attribute
        assert namespace[attribute].flags == expected.flags, attribute
    assert lazyre.pending(namespace) == []


@pytest.mark.parametrize("name", DEFINERS)
def test_no_module_keeps_a_deferred_pattern_of_another(name: str) -> None:
    """A pattern imported from another module would stay a stand-in there, a Python call on
    every use: shared patterns are compiled when their module loads."""
    importlib.import_module(name)
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("factcheck"):
            continue
        for attribute, value in vars(module).items():
            if isinstance(value, lazyre._Deferred):
                assert value._namespace is vars(module), f"{module_name}.{attribute}"


def test_loading_the_parser_compiles_no_deferred_pattern() -> None:
    """In a fresh interpreter, importing the parser and grouping leaves every pattern defined
    with `lazyre.compile` uncompiled: a scan pays only for the patterns it uses."""
    program = (
        "import json, sys, factcheck.extract, factcheck.reconcile\n"
        "from factcheck import lazyre\n"
        "print(json.dumps({n: lazyre.pending(vars(m)) for n, m in list(sys.modules.items())\n"
        "                  if n.startswith('factcheck')}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    pending = json.loads(done.stdout)
    defined = re.compile(r"^(\w+)(?::[^=]+)? = lazyre\.compile\(", re.M)
    for name in DEFINERS:
        source = (PACKAGE.parent / Path(*name.split("."))).with_suffix(".py")
        names = sorted(defined.findall(source.read_text(encoding="utf-8")))
        assert names, name
        assert pending[name] == names, name
