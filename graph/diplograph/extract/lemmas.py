"""Lemmas of words, so that a lexicon lists ``fordern`` once instead of every inflected form.

simplemma ships its dictionaries in the wheel (nothing is downloaded) and knows all four of our
languages; it answers ≈90k tokens/s uncached, and words repeat so much in news that a per-word
cache makes it nearly free. Lemmas are lower-cased: the matcher compares lower-cased words.
Its dictionaries are decoded once per machine, not at every start (:mod:`.lemma_cache`).

>>> lemmatizer("de")("lehnte")
'lehnen'
>>> lemmatizer("xx")("Wort")
'wort'
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import simplemma

from diplograph.extract import lemma_cache

#: Languages simplemma is asked about; any other language gets lower-casing only.
_KNOWN = frozenset(("de", "en", "es", "fr"))


def _identity(word: str) -> str:
    return word.lower()


def _simplemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang)


@functools.cache
def _cached() -> tuple[Callable[[str, str], str], Callable[[str, str], bool]] | None:
    """simplemma's lemmatizer and dictionary lookup over one set of cached dictionaries."""
    return lemma_cache.functions()


def _lemmatize() -> Callable[[str, str], str]:
    """simplemma's lemmatizer, over cached dictionaries where this simplemma allows it."""
    made = _cached()
    return made[0] if made is not None else _simplemma


@functools.lru_cache(maxsize=8)
def lemmatizer(lang: str) -> Callable[[str], str]:
    """A cached ``word → lower-cased lemma`` function for ``lang``."""
    if lang not in _KNOWN:
        return _identity
    lemmatize = _lemmatize()

    @functools.lru_cache(maxsize=200_000)
    def lemma(word: str) -> str:
        return lemmatize(word, lang).lower()

    return lemma


@functools.lru_cache(maxsize=50_000)
def capitalised_lemma(word: str, lang: str) -> bool:
    """Whether the dictionary's lemma of ``word`` is written with a capital: a noun, where a
    language capitalises its nouns ("Kritiker", "Diplomaten"), not an adverb that opens a
    sentence ("Unterdessen" → "unterdessen")."""
    if lang not in _KNOWN:
        return False
    return _lemmatize()(word, lang)[:1].isupper()


def _known() -> Callable[[str, str], bool]:
    """simplemma's dictionary membership, over the cached dictionaries where it can."""
    made = _cached()
    return made[1] if made is not None else lambda word, lang: simplemma.is_known(word, lang=lang)


def is_known(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of the language's dictionary (not a name nobody listed)."""
    return lang in _KNOWN and _known()(word, lang)
