"""Load and validate the ingest word lists under ``data/lexicon/``.

Every loader takes ``root``, the lexicon folder (default: ``paths.data_dir() / "lexicon"``).

Boilerplate patterns, abbreviations and stop words are data, so a bad regex or a misspelt key
must fail at load time with a message naming the file and key, not later on some article.
Files are read once per process (``lru_cache``) and in sorted order, so results are stable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from diplograph import yamlio
from diplograph.errors import DataError
from diplograph.paths import data_dir

COMMON = "common"
_PATTERN_KEYS = ("line", "trailing", "block_start", "tail_start")
_BOILERPLATE_KEYS = frozenset((*_PATTERN_KEYS, "credit_agencies"))
_ABBREVIATION_KEYS = frozenset(
    ("abbreviations", "sentence_final", "ordinal_dot", "adjectival", "sentence_starters")
)


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled page-furniture patterns; see ``data/lexicon/common/boilerplate.yml``."""

    line: tuple[re.Pattern[str], ...] = ()
    trailing: tuple[re.Pattern[str], ...] = ()
    block_start: tuple[re.Pattern[str], ...] = ()
    tail_start: tuple[re.Pattern[str], ...] = ()
    credit_agencies: frozenset[str] = frozenset()
    #: Per ``trailing`` pattern, a faster one that matches wherever it can (None: no such).
    trailing_hints: tuple[re.Pattern[str] | None, ...] = ()


@dataclass(frozen=True)
class SegmentRules:
    """What the sentence splitter needs to know about one language."""

    abbreviations: frozenset[str] = frozenset()
    sentence_final: frozenset[str] = frozenset()
    ordinal_dot: bool = False
    adjectival: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()


def _lexicon_root(root: Path | None) -> Path:
    """``root`` is the lexicon folder itself (``data/lexicon``); ``None`` means the project's."""
    return root if root is not None else data_dir() / "lexicon"


def _read_yaml(path: Path, allowed: frozenset[str]) -> dict[str, object]:
    try:
        loaded = yamlio.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read: {exc}".splitlines()[0]) from exc
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise DataError(f"{path}: expected a mapping at the top level")
    for key in loaded:
        if key not in allowed:
            raise DataError(f"{path}: unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    return loaded


def _strings(path: Path, key: str, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{path}: key {key!r} must be a list of strings")
    return list(value)


_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


def _compile(path: Path, key: str, patterns: list[str]) -> list[re.Pattern[str]]:
    compiled = []
    for index, pattern in enumerate(patterns):
        source = pattern
        if key == "trailing":
            # A trailing credit must end the line; anchor it here so data authors need not.
            flags = _GLOBAL_FLAGS.match(pattern)
            head = flags.group() if flags else ""
            source = f"{head}(?:{pattern[len(head) :]})\\s*\\Z"
        try:
            compiled.append(re.compile(source))
        except re.error as exc:
            raise DataError(f"{path}: key {key!r}, entry {index}: bad regex {pattern!r}: {exc}") from exc
    return compiled


_LEADING_SPACE = ("\\s*", "\\s+")


def _trailing_hint(pattern: str) -> re.Pattern[str] | None:
    """A test that must find a match wherever the ``trailing`` pattern does, and is faster.

    Why: a trailing credit pattern starts with ``\\s*`` or ``\\s+`` ("a space, then '(Foto:'"),
    which ``re`` tries at every character of the line, and a 10kGNAD article is one line of
    several thousand characters (0.2 s for 1,028 articles). Without that lead the pattern starts
    with a literal or a few letters, which ``re`` finds by a fast scan. Every match of
    ``\\s*R`` or ``\\s+R`` contains a match of ``R`` ending where it ends (a top-level ``|``
    keeps this: each branch of ``R`` is a branch of the pattern, or its first one minus the
    lead), so when the hint finds nothing the pattern finds nothing; when it finds something
    the pattern itself is searched as before. None when the pattern has no such lead or the rest
    does not compile alone (``\\s*?``)."""
    flags = _GLOBAL_FLAGS.match(pattern)
    head = flags.group() if flags else ""
    body = pattern[len(head) :]
    if not body.startswith(_LEADING_SPACE):
        return None
    try:
        return re.compile(f"{head}(?:{body[3:]})\\s*\\Z")
    except re.error:
        return None


def languages(root: Path | None = None) -> tuple[str, ...]:
    """Return the language codes that have a lexicon folder, sorted."""
    base = _lexicon_root(root)
    if not base.is_dir():
        raise DataError(f"{base}: lexicon folder missing")
    return tuple(sorted(p.name for p in base.iterdir() if p.is_dir() and p.name != COMMON))


@lru_cache(maxsize=32)
def load_boilerplate(lang: str | None, root: Path | None = None) -> BoilerplateRules:
    """Load common boilerplate rules plus those of ``lang`` (of every language when ``None``).

    A language without a ``boilerplate.yml`` just gets the common rules.
    """
    base = _lexicon_root(root)
    folders = [COMMON, *(languages(root) if lang is None else (lang,))]
    parts: dict[str, list[re.Pattern[str]]] = {key: [] for key in _PATTERN_KEYS}
    agencies: set[str] = set()
    hints: list[re.Pattern[str] | None] = []
    for folder in folders:
        path = base / folder / "boilerplate.yml"
        if not path.is_file():
            continue
        data = _read_yaml(path, _BOILERPLATE_KEYS)
        for key in _PATTERN_KEYS:
            parts[key].extend(_compile(path, key, _strings(path, key, data.get(key))))
        hints.extend(_trailing_hint(p) for p in _strings(path, "trailing", data.get("trailing")))
        agencies.update(a.casefold() for a in _strings(path, "credit_agencies", data.get("credit_agencies")))
    return BoilerplateRules(
        line=tuple(parts["line"]),
        trailing=tuple(parts["trailing"]),
        block_start=tuple(parts["block_start"]),
        tail_start=tuple(parts["tail_start"]),
        credit_agencies=frozenset(agencies),
        trailing_hints=tuple(hints),
    )


@lru_cache(maxsize=32)
def load_segment_rules(lang: str, root: Path | None = None) -> SegmentRules:
    """Load ``<lang>/abbreviations.yml``; a language without one gets no abbreviations."""
    path = _lexicon_root(root) / lang / "abbreviations.yml"
    if not path.is_file():
        return SegmentRules()
    data = _read_yaml(path, _ABBREVIATION_KEYS)
    final = frozenset(_strings(path, "sentence_final", data.get("sentence_final")))
    ordinal = data.get("ordinal_dot", False)
    if not isinstance(ordinal, bool):
        raise DataError(f"{path}: key 'ordinal_dot' must be true or false")
    adjectival = frozenset(_strings(path, "adjectival", data.get("adjectival")))
    return SegmentRules(
        abbreviations=frozenset(_strings(path, "abbreviations", data.get("abbreviations")))
        | final
        | adjectival,
        sentence_final=final,
        ordinal_dot=ordinal,
        adjectival=adjectival,
        sentence_starters=frozenset(_strings(path, "sentence_starters", data.get("sentence_starters"))),
    )


@lru_cache(maxsize=4)
def load_stopwords(root: Path | None = None) -> Mapping[str, frozenset[str]]:
    """Load every ``<lang>/stopwords.yml`` into ``{lang: words}``, languages sorted."""
    found: dict[str, frozenset[str]] = {}
    for lang in languages(root):
        path = _lexicon_root(root) / lang / "stopwords.yml"
        if not path.is_file():
            continue
        words = _read_yaml(path, frozenset(("words",))).get("words")
        if not isinstance(words, str) or not words.split():
            raise DataError(f"{path}: key 'words' must be a non-empty string of words")
        found[lang] = frozenset(w.casefold() for w in words.split())
    if not found:
        raise DataError(f"{_lexicon_root(root)}: no stopwords.yml in any language folder")
    return found
