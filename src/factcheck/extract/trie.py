"""Regular expressions for closed word lists, factored as a trie.

An alternation of many words makes the regex engine try each at every position; the same
words factored by common prefixes compile and match several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Trie = dict[str, "Trie"]


def trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly `words`, factored by common prefixes."""
    root: Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: Trie) -> str:
    ends = "" in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if ends else group
