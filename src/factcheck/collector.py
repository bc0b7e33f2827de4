"""Pausing Python's cycle collector while millions of small records are built.

The records a scan and a grouping make (claims, sets, dicts) form no reference cycles; the
collector's passes only walk them, and its full passes grow with the heap.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off for the block, then as it was (nested pauses keep it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
