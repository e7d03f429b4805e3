"""Compile a language's ``time.yml`` into one scanner regex and the tables to read its matches.

The dates stage must cost well under a millisecond per article, so every time expression of a
language is one alternation scanned once per sentence. Each alternative is wrapped in a named
group ``a<i>`` that closes last, so ``match.lastgroup`` says which alternative fired; its inner
groups carry the index as suffix (``d3``, ``m3``) because group names must be unique. At one
position the alternatives are tried in order — absolute dates, weekdays, relative days, vague
expressions — and the templates are written longest form first, so the leftmost match is also
the longest one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import ahocorasick

from diplograph.errors import DataError

#: Regex bodies of the numeric placeholders; ``{month}`` and ``{weekday}`` come from the lexicon.
_NUMERIC = {
    "day": r"(?P<d{i}>3[01]|[12]\d|0?[1-9])(?!\d)",
    "mnum": r"(?P<n{i}>1[0-2]|0?[1-9])(?!\d)",
    "year": r"(?P<y{i}>\d{{4}})(?!\d)",
    "yy": r"(?P<y{i}>\d{{4}}|\d{{2}})(?!\d)",
}
_PLACEHOLDER = re.compile(r"\{(day|mnum|year|yy|month|weekday)\}")


def norm(word: str) -> str:
    """Fold a word as written to its lookup key: lower case, one space, no dots, straight quote.

    >>> norm("Nov.  ")
    'nov'
    >>> norm("Aujourd’hui")
    "aujourd'hui"
    """
    return " ".join(word.replace("’", "'").replace(".", " ").lower().split())


def phrase(words: list[str]) -> str:
    r"""An alternation of literal words in which the longest form wins, written as a trie.

    The words share their common beginnings (``Ju(?:ni|li)``): under IGNORECASE ``re`` cannot
    skip an alternative by its first letter, so a flat list of 25 month names cost 25 tries at
    every word start. At a position the trie tries the longer continuation before the end of a
    shorter word, and siblings start with characters no one text character matches both of, so
    the match and its preference are those of the flat list, longest first
    (:func:`flat_phrase`); where two siblings could match one character, the flat list is used.

    >>> phrase(["Juni", "Juli", "Jan.", "Januar", "am Tag"])
    '(?:J(?:an(?:uar|\\.)|u(?:li|ni))|am\\s+Tag)'
    """
    root: _Node = {}
    for word in sorted({str(w) for w in words}, key=lambda w: (-len(w), w)):
        node = root
        for k, token in enumerate(word.split()):
            for unit in ([_GAP] if k else []) + list(token):
                node = node.setdefault(unit, {})
        node[_END] = {}
    written = _trie(root)
    return written if written is not None else flat_phrase(words)


def flat_phrase(words: list[str]) -> str:
    """An alternation of literal words, longest first so that the longest form wins."""
    parts = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(t) for t in w.split()) for w in parts)


#: A trie node of :func:`phrase`: a child per character (or :data:`_GAP` between two tokens),
#: and :data:`_END` where a word ends.
_Node = dict[str, "_Node"]
_GAP, _END = " ", ""


def _trie(node: _Node) -> str | None:
    """The regex of a trie node (words in the flat list's preference), or None when two of its
    children could match the same character of a text."""
    units = [u for u in node if u != _END]
    for i, a in enumerate(units):
        if any(_may_meet(a, b) for b in units[i + 1 :]):
            return None
    alternatives = []
    for unit in units:
        rest = _trie(node[unit])
        if rest is None:
            return None
        alternatives.append((r"\s+" if unit == _GAP else re.escape(unit)) + rest)
    if _END in node and alternatives:
        alternatives.append("")  # the word ending here, after every longer one
    if len(alternatives) <= 1:
        return alternatives[0] if alternatives else ""
    return "(?:" + "|".join(alternatives) + ")"


def _may_meet(a: str, b: str) -> bool:
    """Whether one character of a text may match both trie units under IGNORECASE."""
    if _GAP in (a, b):
        return a == b  # a token never holds white space
    return bool(re.fullmatch(re.escape(a), b, re.IGNORECASE) or re.fullmatch(re.escape(b), a, re.IGNORECASE))


@dataclass(frozen=True)
class Relative:
    """A relative-day word: how many days from the anchor, and when it is not meant as a day."""

    days: int
    word: str
    exact_case: bool = False
    not_after: frozenset[str] = frozenset()
    #: counted from the last day the text named before it, not from the anchor ("the following day")
    chained: bool = False


@dataclass(frozen=True)
class TimeLexicon:
    """Everything the dates stage needs for one language, compiled once."""

    scanner: re.Pattern[str] | None
    trigger: Trigger | None
    kinds: dict[str, tuple[str, int]]  # outer group name -> (kind, alternative index)
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, Relative]
    future_mods: frozenset[str]
    past_mods: frozenset[str]
    #: prepositions right before a weekday (or its article) that set a day ahead: "für Donnerstag"
    set_for: frozenset[str]
    future_cue: re.Pattern[str] | None
    past_cue: re.Pattern[str] | None
    datelines: tuple[re.Pattern[str], ...]
    #: where a clause ends around a weekday: punctuation, or a word opening a clause ("that")
    clause_mark: re.Pattern[str] = re.compile(r"[,;:–—()]")


def _table(data: dict[str, Any], key: str, where: str, top: int) -> dict[str, int]:
    """Read ``{number: [names]}`` into ``{normalised name: number}``."""
    out: dict[str, int] = {}
    for num, names in (data.get(key) or {}).items():
        if not isinstance(num, int) or not 1 <= num <= top or not isinstance(names, list):
            raise DataError(f"{where}: {key}: expected numbers 1-{top} mapping to lists, got {num!r}")
        for name in _strings(names, where, f"{key}: {num}"):
            out[norm(name)] = num
    return out


def _names(data: dict[str, Any], key: str) -> list[str]:
    return [str(n) for names in (data.get(key) or {}).values() for n in names]


def _strings(value: Any, where: str, key: str) -> list[str]:
    """A list of words; YAML turns a bare ``on``/``no`` into a boolean, which is an error here."""
    items = value or []
    if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
        raise DataError(f"{where}: {key}: expected a list of quoted strings, got {items!r}")
    return list(items)


class _Builder:
    """Expands templates into indexed alternatives of the scanner."""

    def __init__(self, where: str, month: str, weekday: str) -> None:
        self.where = where
        self.month = month
        self.weekday = weekday
        self.parts: list[str] = []
        self.kinds: dict[str, tuple[str, int]] = {}

    def expand(self, template: str, i: int, capture: bool) -> str:
        def fill(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "weekday":
                return f"(?:{self.weekday})"
            if name == "month":
                body = f"(?:{self.month})(?!\\w)"
                return f"(?P<m{i}>{body})" if capture else body
            body = _NUMERIC[name].format(i=i)
            return body if capture else re.sub(r"\?P<\w+>", "?:", body)

        if "{month}" in template and not self.month or "{weekday}" in template and not self.weekday:
            raise DataError(f"{self.where}: {template!r} needs months and weekdays")
        # Grouped, so that a prefix and the closing word boundary apply to every branch.
        return "(?:" + _PLACEHOLDER.sub(fill, template) + ")"

    def add(self, kind: str, body: str) -> int:
        i = len(self.parts)
        self.parts.append(f"(?P<a{i}>{body}(?!\\w))")
        self.kinds[f"a{i}"] = (kind, i)
        return i

    def compile(self) -> re.Pattern[str] | None:
        if not self.parts:
            return None
        try:
            # One word-start test for all alternatives: twice as fast as one per alternative.
            body = "|".join(optional_as_branch(p) for p in self.parts)
            return re.compile("(?<!\\w)(?:" + body + ")", re.IGNORECASE)
        except re.error as exc:
            raise DataError(f"{self.where}: bad pattern: {exc}") from exc


def optional_as_branch(pattern: str) -> str:
    r"""``pattern`` with every optional non-capturing group ``(?:X)?`` written ``(?:X|)``.

    The two match alike (X if it leads to a match, else nothing), but ``re`` runs an optional
    group through its repeat machinery, which costs more than the alternation at each of the
    many word starts where the scanner tries a template (``(?:am\s+)?``, "on" before a
    weekday). Escapes, character classes, capturing groups and lazy or possessive ``?`` are left
    as written; so is a pattern with comments or verbose syntax.

    >>> optional_as_branch(r"(?:(?:am)\s+)?(?P<d>\d)(?:\.)??[(?:x)?](?:y)?+\(?:z\)?(?:w)?")
    '(?:(?:am)\\s+|)(?P<d>\\d)(?:\\.)??[(?:x)?](?:y)?+\\(?:z\\)?(?:w|)'
    """
    if "(?#" in pattern or "(?x" in pattern:
        return pattern
    out = list(pattern)
    plain: list[bool] = []  # per open group: whether it is ``(?:``
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing bracket (one right after "[" or "[^" is a member)
            i += 2 if pattern.startswith("[^", i) else 1
            if pattern.startswith("]", i):
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            plain.append(pattern.startswith("(?:", i))
        elif c == ")" and plain and plain.pop():
            greedy = pattern[i + 1 : i + 2] == "?" and pattern[i + 2 : i + 3] not in ("?", "+")
            if greedy:
                out[i], out[i + 1] = "|)", ""
        i += 1
    return "".join(out)


#: Letters written in a template; a run before a quantifier may lose its last letter.
_LITERAL_RUN = re.compile(r"(?<![\\?<])([^\W\d_]{4,}?)[^\W\d_]?(?=[?*{])|(?<![\\?<])[^\W\d_]{4,}")

#: Digits a date without a month name must contain: a separated day and month, or a year.
#: Written with the digit first, outside the alternation (not ``\d[./-]\s?\d|\d{4}``, which
#: finds the same), so that ``re`` skips to the next digit instead of trying every position:
#: about a third of the time over an article.
NUMERIC_TRIGGER = re.compile(r"\d(?:[./-]\s?\d|\d{3})")


class Trigger:
    """A cheap test of which sentences can hold a time expression at all.

    Most sentences hold none, and the scanner, a long case-insensitive alternation, is what
    this stage spends its time on (``re`` tries every branch at every word start). So the
    article is first searched, in lower case, with an Aho-Corasick automaton of the lexicon's
    words (the longest word of each phrase) and the literal runs of its templates, plus
    :data:`NUMERIC_TRIGGER`; only the stretches around a hit are scanned.
    """

    def __init__(self, words: set[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in sorted(words):
            self.automaton.add_word(word, len(word))
        self.automaton.make_automaton()

    def hits(self, content: str) -> list[int]:
        """Sorted offsets where a trigger starts a word."""
        lower = content.lower()
        if len(lower) != len(content):  # "İ" grows when lowered; keep one char per char
            lower = "".join(c.lower()[0] for c in content)
        found = []
        for end, n in self.automaton.iter(lower):
            start = end - n + 1
            if start == 0 or not lower[start - 1].isalnum():
                found.append(start)
        found += [m.start() for m in NUMERIC_TRIGGER.finditer(content)]
        return sorted(found)


def _trigger(phrases: list[str], templates: list[str]) -> Trigger | None:
    words = {max(p.lower().split(), key=len) for p in phrases if p.strip()}
    for template in templates:
        runs = _LITERAL_RUN.finditer(_PLACEHOLDER.sub(" ", template))
        words.update((m.group(1) or m.group()).lower() for m in runs)
    return Trigger(words) if words else None


def _relative(data: dict[str, Any], where: str) -> dict[str, Relative]:
    out: dict[str, Relative] = {}
    for entry in data.get("relative") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("days"), int):
            raise DataError(f"{where}: relative: each entry needs words and integer days: {entry!r}")
        not_after = frozenset(norm(w) for w in _strings(entry.get("not_after"), where, "not_after"))
        for word in _strings(entry.get("words"), where, "relative: words"):
            out[norm(word)] = Relative(
                entry["days"], word, bool(entry.get("exact_case")), not_after, bool(entry.get("chained"))
            )
    return out


def _cue(data: dict[str, Any], where: str, tense: str) -> re.Pattern[str] | None:
    """One regex for the ``<tense>_cues`` words and ``<tense>_patterns`` of a lexicon."""
    words = _strings(data.get(f"{tense}_cues"), where, f"{tense}_cues")
    patterns = _strings(data.get(f"{tense}_patterns"), where, f"{tense}_patterns")
    # One word-start test ahead of all words, as in the scanner; "'ll" cannot start a word.
    plain = [w for w in words if w[:1].isalnum()]
    heads = ([phrase(plain)] if plain else []) + patterns
    alts = [f"(?<!\\w)(?:{'|'.join(heads)})(?!\\w)"] if heads else []
    alts += [phrase([w]) + "(?!\\w)" for w in words if not w[:1].isalnum()]
    if not alts:
        return None
    try:
        return re.compile("|".join(alts), re.IGNORECASE)
    except re.error as exc:
        raise DataError(f"{where}: {tense}_patterns: {exc}") from exc


def build(lang_data: dict[str, Any], common: dict[str, Any], lang: str) -> TimeLexicon:
    """Compile the time lexicon of ``lang`` (with the language-independent ``common`` part)."""
    where = f"lexicon/{lang}/time.yml"
    months = _table(lang_data, "months", where, 12)
    weekdays = _table(lang_data, "weekdays", where, 7)
    relative = _relative(lang_data, where)
    b = _Builder(where, phrase(_names(lang_data, "months")), phrase(_names(lang_data, "weekdays")))
    prefix = phrase(_strings(lang_data.get("prefixes"), where, "prefixes"))
    pre = f"(?:(?:{prefix})\\s+)?" if prefix else ""
    daypart = phrase(_strings(lang_data.get("dayparts"), where, "dayparts"))
    mods = lang_data.get("weekday_modifiers") or {}
    future_mods = frozenset(norm(w) for w in _strings(mods.get("future"), where, "weekday_modifiers"))
    past_mods = frozenset(norm(w) for w in _strings(mods.get("past"), where, "weekday_modifiers"))
    mod = phrase(sorted(future_mods | past_mods))

    for template in [*(common.get("dates") or []), *(lang_data.get("dates") or [])]:
        i = len(b.parts)
        b.add("date", pre + b.expand(str(template), i, capture=True))
    if b.weekday:
        i = len(b.parts)
        before = f"(?:(?P<b{i}>{mod})\\s+)?" if mod else ""
        after = f"(?:\\s+(?P<f{i}>{mod}))?" if mod else ""
        part = f"(?:\\s*(?P<p{i}>{daypart}))?" if daypart else ""
        b.add("weekday", f"{pre}{before}(?P<w{i}>{b.weekday}){part}{after}")
    if relative:
        i = len(b.parts)
        part = f"(?:\\s*(?P<p{i}>{daypart}))?" if daypart else ""
        b.add("relative", f"(?P<r{i}>{phrase([r.word for r in relative.values()])}){part}")
    for template in lang_data.get("vague") or []:
        i = len(b.parts)
        b.add("vague", b.expand(str(template), i, capture=False))

    datelines = []
    for template in [*(common.get("datelines") or []), *(lang_data.get("datelines") or [])]:
        try:
            datelines.append(re.compile(b.expand(str(template), 0, capture=True), re.MULTILINE))
        except re.error as exc:
            raise DataError(f"{where}: datelines: {exc}") from exc
    words = [*_names(lang_data, "months"), *_names(lang_data, "weekdays")]
    words += [r.word for r in relative.values()]
    templates = [str(t) for key in ("dates", "vague") for t in (lang_data.get(key) or [])]
    return TimeLexicon(
        scanner=b.compile(),
        trigger=_trigger(words, templates),
        kinds=b.kinds,
        months=months,
        weekdays=weekdays,
        relative=relative,
        future_mods=future_mods,
        set_for=frozenset(norm(w) for w in _strings(mods.get("set_for"), where, "weekday_modifiers")),
        past_mods=past_mods,
        future_cue=_cue(lang_data, where, "future"),
        past_cue=_cue(lang_data, where, "past"),
        datelines=tuple(datelines),
        clause_mark=_clause_mark(_strings(lang_data.get("clause_openers"), where, "clause_openers")),
    )


def _clause_mark(openers: list[str]) -> re.Pattern[str]:
    """Punctuation, or a word that opens a clause ("that", "dass", "que", "qu'")."""
    words = [rf"(?<!\w){re.escape(w)}" + ("" if w.endswith(("'", "’")) else r"(?!\w)") for w in openers]
    return re.compile("|".join([r"[,;:–—()]", *words]), re.IGNORECASE)
