"""Name keys: the skeleton rewrites must fold names as the plain chain of replacements did."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from diplograph.resolve.keys import fold, skeleton
from diplograph.resources import load_resources


def _chain(name: str, rewrites: Sequence[Sequence[str]], final: Sequence[Sequence[str]]) -> str:
    """The skeleton as first written: every rewrite replaced in turn, found or not."""
    words = []
    for word in fold(name).split():
        for old, new in rewrites:
            word = word.replace(old, new)
        for old, new in final:
            if old and word.endswith(old) and len(word) > len(old) + 2:
                word = word[: -len(old)] + new
        words.append(word)
    return " ".join(words)


def test_keys_skeleton_skips_rewrites_that_find_nothing_without_changing_a_key() -> None:
    """``skeleton`` tests a rule before replacing; rules that feed each other (``tsch`` → ``ch``
    → ``h``), an empty rule, and the data's own rules must give the chain's keys."""
    translit = load_resources().lexicon("common", "translit")
    rules = [translit.get("rewrites") or [], [["tsch", "ch"], ["ch", "h"], ["", "-"], ["h", ""]]]
    finals = [translit.get("final") or [], [["y", "i"], ["e", ""]]]
    names = ["Tschernyschow", "Dmitrijew Peskow", "Selenskyj", "Jarosław Kaczyński", "Al-Thani"]
    pieces = ["tsch", "ch", "s", "ij", "w", "yy", "ea", "é", " "]
    names += ["".join(p) for p in itertools.product(pieces, repeat=3)]
    for rewrites, final in zip(rules, finals, strict=True):
        for name in names:
            assert skeleton(name, rewrites, final) == _chain(name, rewrites, final), name
