"""Module-level regular expressions compiled when first used, not when their module loads.

The parser and the grouping features define some 260 patterns at module level. Compiling
them all took about a quarter of a scan of one small file, and a news document uses well under
half of them: ordinals, dates, codes and the other filters only run when a sentence calls for
them. `compile` returns a stand-in that compiles its pattern the first time any attribute of it
is read, then puts the compiled pattern in its place in the module that defined it, so that
every later use there reads the real `re.Pattern`, at no cost per call.

Only a pattern bound to a name at the top of a module is replaced; a stand-in kept elsewhere
(in a tuple, or imported by another module) goes on answering through `__getattr__`, which
costs a Python call per use: define hot patterns where they are used. A stand-in is not the
compiled pattern, so a pattern compared by identity (`match.re is _RULE`) must stay eager.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable
from typing import Any, cast

__all__ = ["compile", "pending"]

_LOCK = threading.Lock()


class _Deferred:
    """A pattern's source and flags, and the namespace to put its compiled form in."""

    __slots__ = ("_compiled", "_flags", "_namespace", "_source")

    def __init__(
        self, source: str | Callable[[], str], flags: int, namespace: dict[str, Any]
    ) -> None:
        self._source = source
        self._flags = flags
        self._namespace = namespace
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """The pattern's source, built if it was given as a function; nothing is compiled."""
        if not isinstance(self._source, str):
            self._source = self._source()
        return self._source

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled once and bound in place of every name for it."""
        compiled = self._compiled
        if compiled is None:
            with _LOCK:
                compiled = self._compiled
                if compiled is None:
                    compiled = self._compiled = re.compile(self.pattern, self._flags)
                    namespace = self._namespace
                    for name in [name for name, value in namespace.items() if value is self]:
                        namespace[name] = compiled
        return compiled

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str | Callable[[], str], flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done the first time the pattern is used.

    Call it at the top level of a module and bind the result to a name there. `pattern` may be
    a function that builds the source, for a source that is itself costly to build (a trie of
    a long word list)."""
    namespace = sys._getframe(1).f_globals  # NOTE: the calling module, where it takes its place
    return cast("re.Pattern[str]", _Deferred(pattern, int(flags), namespace))


def pending(namespace: dict[str, Any]) -> list[str]:
    """The names in `namespace` whose patterns have not been compiled yet."""
    return sorted(name for name, value in namespace.items() if isinstance(value, _Deferred))
