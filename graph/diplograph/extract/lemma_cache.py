"""simplemma's dictionaries, decoded once per machine instead of once per process.

simplemma ships each language as a compressed, front-coded stream and decodes it into a dict the
first time a word of that language is looked up: for German 1.1 million entries and about 0.9 s
of CPU at every start, a tenth of a whole ingest of a thousand articles. The decoded entries are
kept in the user's cache folder as a hash table that is looked up in place (:mod:`.lemma_table`,
read through ``mmap``: plain bytes, nothing that runs on load), so a start costs well under a
millisecond instead of the 0.3 s a dict of 1.1 million entries takes to build even from a
marshal file, and ``--jobs`` workers share the pages. The file's name holds simplemma's version
and a digest of the shipped data, so an upgrade never reads a stale dictionary and reinstalling
the same simplemma (a new virtualenv) reuses it; a missing, truncated or foreign file is
rebuilt from simplemma's own data, and a folder that cannot be written only costs the time
saved (the entries are then a plain dict, as simplemma builds them). ``DIPLOGRAPH_CACHE``
names the folder (``off`` turns the cache off); the default is ``$XDG_CACHE_HOME/diplograph``
or ``~/.cache/diplograph``.

The lemmas are simplemma's own: the same strategies run over the same entries; only where the
entries come from changes. With a simplemma whose internals differ from the 2.x ones used here,
:func:`lemmatize_function` returns ``None`` and the caller uses ``simplemma.lemmatize``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from diplograph.diskcache import cache_dir, write_atomically
from diplograph.extract.lemma_table import open_table, table_bytes

__all__ = [
    "cache_dir",
    "cached_dictionary",
    "functions",
    "lemmatize_function",
    "table_name",
    "write_atomically",
]

log = logging.getLogger(__name__)

#: File-name prefix; the rest says which simplemma and which data file the entries come from.
_PREFIX = "simplemma"


def table_name(lang: str, shipped: Path, version: str) -> str | None:
    """The cache file's name for ``lang``'s data file ``shipped`` (None if it cannot be read)."""
    try:
        digest = hashlib.blake2b(shipped.read_bytes(), digest_size=10).hexdigest()
    except OSError:
        return None
    return f"{_PREFIX}-{version}-{lang}-{digest}.table"


def cached_dictionary(
    lang: str,
    shipped: Path,
    version: str,
    decode: Callable[[str], dict[bytes, bytes]],
    plain: Callable[[dict[bytes, bytes]], Mapping[str, str]],
) -> Mapping[str, str]:
    """``lang``'s dictionary as ``str → str``: the cached table when it holds this data, else
    the entries ``decode``d, written as a table and read back, or, where no table can be
    written, wrapped by ``plain`` (simplemma's own wrapper of its dict)."""
    folder = cache_dir()
    name = table_name(lang, shipped, version) if folder is not None else None
    if folder is None or name is None:
        return plain(decode(lang))
    path = folder / name
    found = open_table(path)
    if found is not None:
        return found
    entries = decode(lang)
    try:
        data = table_bytes(entries)
    except ValueError:
        return plain(entries)
    if write_atomically(path, data):
        found = open_table(path)
    return found if found is not None else plain(entries)


def _factory() -> Any | None:
    """simplemma's default dictionary factory with its entries read through
    :func:`cached_dictionary`; ``None`` if this simplemma is not the 2.x layout it needs."""
    try:
        import simplemma
        from simplemma.strategies.dictionaries import dictionary_factory as factory
    except ImportError:
        return None
    needed = (
        "DefaultDictionaryFactory",
        "MappingStrToByteString",
        "_load_dictionary_from_disk",
        "DATA_FOLDER",
    )
    if not all(hasattr(factory, n) for n in needed) or not hasattr(simplemma, "Lemmatizer"):
        return None
    version = str(getattr(simplemma, "__version__", "unknown"))

    class CachedFactory(factory.DefaultDictionaryFactory):
        """simplemma's default factory, its entries read through :func:`cached_dictionary`."""

        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            shipped = Path(factory.DATA_FOLDER) / f"{lang}.plzma"
            if not shipped.is_file():  # unsupported language: simplemma's own error
                return super()._get_dictionary_uncached(lang)
            return cached_dictionary(
                lang, shipped, version, factory._load_dictionary_from_disk, factory.MappingStrToByteString
            )

    return CachedFactory()


def lemmatize_function() -> Callable[[str, str], str] | None:
    """``(word, lang) → lemma`` as ``simplemma.lemmatize`` gives it, over cached dictionaries;
    ``None`` if this simplemma is not the 2.x layout it needs."""
    made = functions()
    return made[0] if made is not None else None


def functions() -> tuple[Callable[[str, str], str], Callable[[str, str], bool]] | None:
    """``(word, lang) → lemma`` as ``simplemma.lemmatize`` gives it and ``(word, lang) → bool``
    as ``simplemma.is_known`` does, both over one factory of cached dictionaries, so each
    language's dictionary is in memory once; ``None`` if this simplemma is not the 2.x layout
    it needs."""
    made = _factory()
    if made is None:
        return None
    import simplemma
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
    from simplemma.utils import normalize_token

    strategy = DefaultStrategy(dictionary_factory=made)
    lemmatize = simplemma.Lemmatizer(lemmatization_strategy=strategy).lemmatize
    lookup = DictionaryLookupStrategy(dictionary_factory=made)
    return lemmatize, lambda word, lang: lookup.get_lemma(normalize_token(word), lang) is not None
