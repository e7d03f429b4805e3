"""simplemma's dictionaries, decoded once per machine instead of once per process.

simplemma ships each language as a compressed, front-coded stream and decodes it into a dict the
first time a word of that language is looked up: for German 1.1 million entries and about 0.9 s
of CPU at every start, a tenth of a whole ingest of a thousand articles. The decoded dict is
kept in the user's cache folder as a :mod:`marshal` file (plain bytes, nothing that runs on
load), read back in about a third of that time. The file's name holds simplemma's version and
the size and time of the shipped data, so an upgrade never reads a stale dictionary; a missing,
unreadable or foreign file is rebuilt from simplemma's own data, and a folder that cannot be
written only costs the time saved. ``DIPLOGRAPH_CACHE`` names the folder (``off`` turns the
cache off); the default is ``$XDG_CACHE_HOME/diplograph`` or ``~/.cache/diplograph``.

The lemmas are simplemma's own: the same strategies run over the same entries; only where the
entries come from changes. With a simplemma whose internals differ from the 2.x ones used here,
:func:`lemmatize_function` returns ``None`` and the caller uses ``simplemma.lemmatize``.
"""

from __future__ import annotations

import itertools
import logging
import marshal
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: File-name prefix; the rest says which simplemma and which data file the entries come from.
_PREFIX = "simplemma"


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when ``DIPLOGRAPH_CACHE=off``."""
    chosen = os.environ.get("DIPLOGRAPH_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplograph"


def _read(path: Path) -> dict[bytes, bytes] | None:
    try:
        data = marshal.loads(path.read_bytes())  # marshal.load on a file reads it piecemeal: 4x slower
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not all(isinstance(k, bytes) for k in itertools.islice(data, 100)):
        return None
    return data


def _write(path: Path, data: dict[bytes, bytes]) -> None:
    """Write atomically: a reader sees the whole file or none (parallel workers start together)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(data))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        log.debug("lemma dictionary not cached at %s: %s", path, exc)


def cached_entries(
    lang: str, shipped: Path, version: str, decode: Callable[[str], dict[bytes, bytes]]
) -> dict[bytes, bytes]:
    """The decoded entries of ``lang``: from the cache when it holds this data, else ``decode``d
    and cached."""
    folder = cache_dir()
    if folder is None:
        return decode(lang)
    try:
        stat = shipped.stat()
        name = f"{_PREFIX}-{version}-{lang}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    except OSError:
        return decode(lang)
    path = folder / name
    found = _read(path)
    if found is None:
        found = decode(lang)
        _write(path, found)
    return found


def _factory() -> Any | None:
    """simplemma's default dictionary factory with its entries read through
    :func:`cached_entries`; ``None`` if this simplemma is not the 2.x layout it needs."""
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
        """simplemma's default factory, its entries read through :func:`cached_entries`."""

        __slots__ = ()

        def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
            shipped = Path(factory.DATA_FOLDER) / f"{lang}.plzma"
            if not shipped.is_file():  # unsupported language: simplemma's own error
                return super()._get_dictionary_uncached(lang)
            entries = cached_entries(lang, shipped, version, factory._load_dictionary_from_disk)
            return factory.MappingStrToByteString(entries)

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
