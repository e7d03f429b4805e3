"""Name normalisation: display forms and transliteration-proof matching keys.

Two spellings of one name (``Dmitrijew`` / ``Dmitriev``, ``Selenskyj`` / ``Zelenskyy``) must
yield one key so that an unknown person gets the same IRI in German and English articles. The
folding rules are data (``data/lexicon/common/translit.yml``); this module only applies them.

>>> fold("Ángela  Merkel’s")
'angela merkel s'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


#: Latin letters that Unicode does not decompose into a base letter and an accent, spelled as
#: the languages that lack them spell them: "Jarosław" is "Jaroslaw", "Støre" is "Store".
LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i",
     "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ß": "ss"}
)


def strip_accents(text: str) -> str:
    """``text`` in base Latin letters: accents dropped, the undecomposable letters spelled out."""
    s = unicodedata.normalize("NFKD", text.translate(LETTERS_WITHOUT_DECOMPOSITION))
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower-case, strip accents, turn every other character into single spaces.

    >>> fold("Jarosław Kaczyński") == fold("Jaroslaw Kaczynski")
    True
    """
    s = text.lower() if text.isascii() else strip_accents(text).lower()  # ASCII has no accents
    return " ".join(_NON_ALNUM.sub(" ", s).split())


def skeleton(name: str, rewrites: Sequence[Sequence[str]], final: Sequence[Sequence[str]] = ()) -> str:
    """Fold ``name`` and apply transliteration rewrites word by word.

    >>> rules = [["ij", "i"], ["w", "v"], ["yj", "y"], ["z", "s"]]
    >>> skeleton("Kirill Dmitrijew", rules) == skeleton("Kirill Dmitriev", rules)
    True
    """
    words = []
    for word in fold(name).split():
        for old, new in rewrites:
            if old in word:  # most rules find nothing in a word: a test is cheaper than a replace
                word = word.replace(old, new)
        for old, new in final:
            if old and word.endswith(old) and len(word) > len(old) + 2:
                word = word[: -len(old)] + new
        words.append(word)
    return " ".join(words)
