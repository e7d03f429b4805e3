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


def fold(text: str) -> str:
    """Lower-case, strip accents, turn every other character into single spaces."""
    if text.isascii():  # most names: NFKD leaves ASCII as it is, and it has no accents or ß
        s = text.lower()
    else:
        s = unicodedata.normalize("NFKD", text)
        s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ß", "ss")
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
            word = word.replace(old, new)
        for old, new in final:
            if old and word.endswith(old) and len(word) > len(old) + 2:
                word = word[: -len(old)] + new
        words.append(word)
    return " ".join(words)
