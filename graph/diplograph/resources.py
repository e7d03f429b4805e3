"""Load the language data every stage reads: lexicons and the gazetteer.

Lexicons are YAML files ``data/lexicon/<lang>/<name>.yml`` (and ``data/lexicon/common/``),
read in sorted order into plain dictionaries. Files whose keys are ontology terms (roles,
stances, topics) are checked against the ontology so that a typo is a :class:`DataError`
naming the file and key, not a silently dead entry. Everything is loaded once per process;
checked lexicons are kept parsed in the cache (:mod:`diplograph.diskcache`).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from diplograph import diskcache, paths, yamlio
from diplograph.errors import DataError, OntologyError
from diplograph.gazetteer import Gazetteer, cached_gazetteer

log = logging.getLogger(__name__)

COMMON = "common"


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning syntax errors into a DataError naming the file."""
    try:
        with path.open(encoding="utf-8") as fh:
            return yamlio.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: {exc}") from exc


@dataclass
class Resources:
    """Everything the pipeline reads besides the article: lexicons per language, the gazetteer."""

    data_dir: Path
    lexicons: dict[str, dict[str, Any]] = field(default_factory=dict)
    _cache: dict[tuple[str, ...], Any] = field(default_factory=dict, repr=False)
    #: A digest of the lexicon files these lexicons were read from (with the ontology they were
    #: checked against and the code), set by :func:`load_resources`; None for lexicons made
    #: otherwise (tests build a few by hand), whose derived structures are then never cached:
    #: they would be stored under the name of the bundled lexicons' structures.
    lexicon_digest: str | None = field(default=None, repr=False)

    @functools.cached_property
    def lexicon_root(self) -> Path:
        """``data_dir / "lexicon"``, one Path for the process: the lexicon loaders' caches are
        keyed by it, and a new Path per article cost its joining and hashing each time."""
        return self.data_dir / "lexicon"

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with a lexicon folder."""
        return tuple(sorted(k for k in self.lexicons if k != COMMON))

    def lexicon(self, lang: str, name: str) -> Any:
        """The parsed file ``data/lexicon/<lang>/<name>.yml``, or an empty dict when absent."""
        return self.lexicons.get(lang, {}).get(name) or {}

    @property
    def gazetteer(self) -> Gazetteer:
        """Known actors and places, read once from ``data/gazetteer/*.ttl`` (or the cache)."""
        found = self._cache.get(("gazetteer",))
        return found if found is not None else self.memo(("gazetteer",), self._load_gazetteer)  # type: ignore[no-any-return]

    def _load_gazetteer(self) -> Gazetteer:
        digest = self.data_digest() if diskcache.cache_dir() is not None else None
        return cached_gazetteer(self.data_dir / "gazetteer", digest)

    def data_digest(self) -> str | None:
        """A digest of the gazetteer, the lexicons and the code: what names a structure
        derived from them in the cache (:mod:`diplograph.diskcache`); None when the lexicons
        were not read from files (see :attr:`lexicon_digest`)."""
        lexicons = self.lexicon_digest
        if lexicons is None:
            return None
        return self.memo(  # type: ignore[no-any-return]
            ("data digest",), lambda: diskcache.folder_digest(self.data_dir / "gazetteer") + lexicons
        )

    def memo(self, key: tuple[str, ...], build: Any) -> Any:
        """Compute a derived structure once (compiled patterns, automata) and keep it."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]


def _read_lexicons(root: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    if not root.is_dir():
        raise DataError(f"{root}: lexicon folder missing")
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        files: dict[str, Any] = {}
        for f in sorted(lang_dir.glob("*.yml")):
            files[f.stem] = read_yaml(f)
        out[lang_dir.name] = files
    return out


def load_resources(data_dir: Path | None = None) -> Resources:
    """Read and validate all lexicons and the gazetteer under ``data_dir`` (default: bundled)."""
    root = data_dir or paths.data_dir()
    return _load(root.resolve())


@functools.lru_cache(maxsize=4)
def _load(root: Path) -> Resources:
    digest = _lexicon_digest(root / "lexicon")
    cached = diskcache.load("lexicons", digest) if digest is not None else None
    if isinstance(cached, dict):
        return Resources(root, cached, lexicon_digest=digest)  # cached once checked (below)
    res = Resources(root, _read_lexicons(root / "lexicon"), lexicon_digest=digest)
    from diplograph.lexicon_check import check_lexicons

    check_lexicons(res)
    if digest is not None:
        diskcache.save("lexicons", digest, res.lexicons)
    return res


def _lexicon_digest(folder: Path) -> str | None:
    """What names the parsed lexicons in the cache: their files, the ontology they were checked
    against and the code (None: no cache, or no ontology to check against)."""
    if diskcache.cache_dir() is None or not folder.is_dir():
        return None
    try:
        ontology = paths.ontology_dir()
    except OntologyError:
        return None
    return diskcache.folder_digest(folder) + diskcache.folder_digest(ontology) + diskcache.source_digest()
