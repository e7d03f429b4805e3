"""An index of every name form the gazetteer knows, for one language.

It expands base forms with the language's inflection (``morphology.yml``): German adjective
endings ("russisch" → "russischen"), genitives ("Russlands"), demonym plurals. Matching runs an
Aho-Corasick automaton over the lower-cased text, then checks word boundaries and case, which
keeps it at millions of characters per second.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from diplograph import diskcache
from diplograph.gazetteer import Entry, Gazetteer, Tenure
from diplograph.resolve.keys import skeleton
from diplograph.resources import Resources

log = logging.getLogger(__name__)

#: Preference when one form names several entries ("Georgia", "Luxemburg").
KIND_ORDER = {"State": 0, "Organization": 1, "Person": 2, "Place": 3, "Delegation": 4}


@dataclass(frozen=True)
class Form:
    """One surface form: which entry, what kind of form (name, adj, demonym), as written."""

    key: str
    form: str  # name | adj | demonym | genitive
    written: str
    lead: int = 0  # characters of a contracted article before the name: "au Caire" names "Caire"


@dataclass(frozen=True)
class Hit:
    """A gazetteer form found in the text."""

    start: int
    end: int
    forms: tuple[Form, ...]

    @property
    def best(self) -> Form:
        """The form to use when the surface is ambiguous."""
        return self.forms[0]


class GazIndex:
    """Find gazetteer names, adjectives and demonyms in text of one language."""

    def __init__(
        self, gaz: Gazetteer, res: Resources, lang: str, state: tuple[Any, ...] | None = None
    ) -> None:
        """Build the index, or take it from ``state`` (see :meth:`state`), which must have been
        made from the same gazetteer, lexicons and code."""
        morph = res.lexicon(lang, "morphology")
        translit = res.lexicon("common", "translit")
        self._rewrites = translit.get("rewrites", [])
        self._final = translit.get("final", [])
        self._skeleton = functools.lru_cache(maxsize=100_000)(self._skeleton_of)
        self._surname_forms = functools.lru_cache(maxsize=100_000)(self._surname_forms_of)
        self.gaz = gaz
        stop = res.lexicon(lang, "stopwords").get("words", "")
        #: lower-case function words: "In Köln" is a place, "Lewis Hamilton" is not
        self._stopwords = frozenset(str(stop).split())
        #: the automaton maps a lower-cased form to its number here: (length, forms); a form
        #: list read from the cache is made into :class:`Form` objects when first found
        self._values: list[tuple[int, tuple[Form, ...]] | None] = []
        self._raw: list[tuple[int, tuple[tuple[str, str, str, int], ...]]] = []
        #: surname (folded skeleton) -> person keys; used with dates and article context
        self.surnames: dict[str, set[str]] = defaultdict(set)
        #: surnames the gazetteer lists as names of their own ("Lawrow", "Selenskyj"), as written
        self.known_surnames: dict[str, set[str]] = defaultdict(set)
        #: first names seen in the gazetteer's persons: evidence that "X Y" is a person
        self.first_names: set[str] = set()
        #: skeleton of a full name -> person key: "Kirill Dmitrijew" finds "Kirill Dmitriev"
        self.full_names: dict[str, str] = {}
        #: (role, represented key) -> [(tenure, person key)]: "the Russian president" on a day
        self.offices: dict[tuple[str, str], list[tuple[Tenure, str]]] = defaultdict(list)
        if state is not None:
            self._restore(state)
            return
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        forms: dict[str, list[Form]] = defaultdict(list)
        adj_endings = morph.get("adjective_endings") or [""]
        self._rewrites_adj = [
            (str(old), [str(n) for n in new]) for old, new in morph.get("adjective_rewrites") or []
        ]
        noun_endings = morph.get("noun_endings") or [""]
        genitives = morph.get("genitive_suffixes") or []
        self._name_rewrites = [(str(a), str(b)) for a, b in morph.get("name_adjective_rewrites") or []]
        self._last_endings = [str(e) for e in morph.get("name_last_endings") or [""]]
        #: an article that opens a name -> the contractions it makes with a preposition
        self._contractions = {
            str(a).lower(): [str(c) for c in cs]
            for a, cs in (morph.get("article_contractions") or {}).items()
        }
        for entry in sorted(gaz.entries.values(), key=lambda e: e.key):
            self._add_entry(entry, forms, lang, adj_endings, noun_endings, genitives)
        # A name of another language counts where it names nothing else: French news writes
        # "Kiev" as Spanish does, but "Hollande" is a surname in English before it is the Netherlands.
        for entry in sorted(gaz.entries.values(), key=lambda e: e.key):
            for name in sorted(entry.all_names() - entry.names_for(lang)):
                low = name.lower()
                if len(low) == len(name) and low not in forms and self.skeleton(name) not in self.surnames:
                    forms[low].append(Form(entry.key, "name", name))
        for low, flist in forms.items():
            flist.sort(key=lambda f: (f.form != "name", KIND_ORDER.get(gaz.entries[f.key].kind, 9), f.key))
            self.automaton.add_word(low, len(self._values))
            self._values.append((len(low), tuple(flist)))
            self._raw.append((len(low), tuple((f.key, f.form, f.written, f.lead) for f in flist)))
        if forms:
            self.automaton.make_automaton()
        self._empty = not forms

    def state(self) -> tuple[Any, ...]:
        """What was built, as plain values (:mod:`marshal` data) for the cache."""
        offices = {
            k: [(key, self.gaz.entries[key].tenures.index(t)) for t, key in held]
            for k, held in self.offices.items()
        }
        return (
            self.automaton.__reduce__()[1],
            self._raw,
            dict(self.surnames),
            dict(self.known_surnames),
            self.first_names,
            self.full_names,
            offices,
            self._empty,
        )

    def _restore(self, state: tuple[Any, ...]) -> None:
        automaton, raw, surnames, known, first, full, offices, empty = state
        self.automaton = ahocorasick.Automaton(*automaton)
        self._raw = raw
        self._values = [None] * len(raw)
        self.surnames = defaultdict(set, surnames)
        self.known_surnames = defaultdict(set, known)
        self.first_names = first
        self.full_names = full
        entries = self.gaz.entries
        self.offices = defaultdict(
            list, {k: [(entries[key].tenures[i], key) for key, i in held] for k, held in offices.items()}
        )
        self._empty = empty

    def _value(self, number: int) -> tuple[int, tuple[Form, ...]]:
        length, forms = self._raw[number]
        value = (length, tuple(Form(*f) for f in forms))
        self._values[number] = value
        return value

    def skeleton(self, name: str) -> str:
        """The transliteration-proof key of a name (cached: names repeat across a corpus)."""
        return self._skeleton(name)

    def _skeleton_of(self, name: str) -> str:
        return skeleton(name, self._rewrites, self._final)

    def surname_forms(self, word: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str], bool]:
        """The forms a capitalised ``word`` may name a person by its surname in, each with its
        skeleton: the word, and without a final "s" (a genitive, "Merkels"); their skeletons; and
        whether the gazetteer could know any of them as a surname (by skeleton or as listed).

        Cached per word: most capitalised words of an article name no one, and this says so
        with one lookup instead of two skeletons and three tables per occurrence."""
        return self._surname_forms(word)

    def _surname_forms_of(self, word: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str], bool]:
        variants = (word, word[:-1]) if word.endswith("s") and len(word) > 1 else (word,)
        forms = tuple((v, self.skeleton(v)) for v in variants)
        listed = any(sk in self.surnames or v in self.known_surnames for v, sk in forms)
        return forms, frozenset(sk for _, sk in forms), listed

    def _add_entry(
        self,
        e: Entry,
        forms: dict[str, list[Form]],
        lang: str,
        adj_endings: list[str],
        noun_endings: list[str],
        genitives: list[str],
    ) -> None:
        def add(text: str, form: str) -> None:
            low = text.lower()
            if len(low) == len(text) and len(low) >= 2:
                f = Form(e.key, form, text)
                if f not in forms[low]:
                    forms[low].append(f)

        for name in e.names_for(lang):
            words = name.split()
            if e.kind == "Person":
                if len(words) == 1:
                    self.surnames[self.skeleton(name)].add(e.key)
                    self.known_surnames[name].add(e.key)
                    continue
                self.surnames[self.skeleton(words[-1])].add(e.key)
                self.full_names.setdefault(self.skeleton(name), e.key)
                if words[0][:1].isupper() and len(words[0]) > 2:
                    self.first_names.add(words[0])
            add(name, "name")
            if e.kind != "Person":
                for variant in self._declined(words):
                    add(variant, "name")
                for c in self._contractions.get(words[0].lower(), []) if len(words) > 1 else []:
                    rest = " ".join(words[1:])  # "Le Caire" in "au Caire", "du Caire"
                    f = Form(e.key, "name", f"{c} {rest}", lead=len(c) + 1)
                    if f not in forms[f.written.lower()]:
                        forms[f.written.lower()].append(f)
            if not name.endswith(("s", "x", "z", "ß")):
                for suffix in genitives:
                    add(name + suffix, "genitive")
        for t in e.tenures:
            if t.role and t.represents:
                self.offices[(t.role, t.represents)].append((t, e.key))
        for base in e.adjectives.get(lang, ()):
            for form in inflect(base, adj_endings, self._rewrites_adj):
                add(form, "adj")
        for base in e.demonyms.get(lang, ()):
            for ending in noun_endings[:4]:
                add(base + ending, "demonym")

    def _declined(self, words: list[str]) -> list[str]:
        """Declined forms of a name that opens with adjectives ("Vereinigte Staaten" →
        "Vereinigten Staaten"); none when a leading word is no adjective of the rules."""
        if len(words) < 2 or not self._name_rewrites:
            return []
        out = []
        last = words[-1]
        for old, new in self._name_rewrites:  # one declension for all leading words
            if not all(w.endswith(old) and w[:1].isupper() for w in words[:-1]):
                continue
            lead = [w[: len(w) - len(old)] + new for w in words[:-1]]
            out += [" ".join([*lead, last + e]) for e in self._last_endings if e != "n" or last.endswith("e")]
        return out

    def find(self, text: str) -> list[Hit]:
        """Longest non-overlapping gazetteer forms in ``text`` that stand on word boundaries."""
        if self._empty:
            return []
        low = text.lower()
        if len(low) != len(text):  # a rare character whose lower case changes length
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        cands: list[Hit] = []
        values = self._values
        for end_idx, number in self.automaton.iter(low):
            length, flist = values[number] or self._value(number)
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_"):
                continue
            if end < len(text) and (text[end].isalnum() or text[end] == "_"):
                continue
            surface = text[start:end]
            ok = tuple(f for f in flist if _case_fits(f, surface))
            if ok and self._inside_name(text, start, ok):
                continue
            if ok:
                cands.append(Hit(start + ok[0].lead, end, ok))
        cands.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        last_end = -1
        for h in cands:
            if h.start >= last_end:
                out.append(h)
                last_end = h.end
        return out

    def _inside_name(self, text: str, start: int, forms: tuple[Form, ...]) -> bool:
        """Whether a city known only from the GeoNames table follows a capitalised word that is
        no function word: then it is part of a longer name ("Lewis Hamilton", "Schloss Bellevue",
        "FC Barcelona"), not the city. Curated places keep matching there ("Kreml-Sprecher")."""
        if not all(self.gaz.entries[f.key].from_table for f in forms):
            return False
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return bool(m and m.group(1)[:1].isupper() and m.group(1).lower() not in self._stopwords)

    def holder_of(self, role: str, represents: str, day: object) -> str | None:
        """The one person who held ``role`` for ``represents`` on ``day``, if exactly one did."""
        if day is None:
            return None
        keys = {k for t, k in self.offices.get((role, represents), []) if t.covers(day)}  # type: ignore[arg-type]
        return next(iter(keys)) if len(keys) == 1 else None


#: The word right before a name, joined to it by one space or hyphen.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ -]$")


def inflect(base: str, endings: list[str], rewrites: list[tuple[str, list[str]]]) -> list[str]:
    """Inflected forms of an adjective: ``base`` + each ending, and ending rewrites.

    >>> inflect("ruso", ["", "s"], [("o", ["a", "as"])])
    ['ruso', 'rusos', 'rusa', 'rusas']
    """
    forms = [base + ending for ending in endings]
    for old, new in rewrites:
        if base.endswith(old):
            forms.extend(base[: len(base) - len(old)] + n for n in new)
            break
    return forms


def _case_fits(f: Form, surface: str) -> bool:
    if f.form == "adj":
        return True
    if len(f.written) <= 3 or (f.form == "genitive" and len(f.written) <= 4):
        return surface == f.written
    if f.lead:
        return surface[f.lead : f.lead + 1].isupper()  # "au Caire", not "au caire"
    if f.written[:1].islower() and surface == f.written:
        return True  # names written in lower case: "les talibans", "los hutíes", "groupe Wagner"
    return surface[:1].isupper() or surface[:1].isdigit()


def gaz_index(res: Resources, lang: str) -> GazIndex:
    """The index for ``lang``, built once per process (or read back from the cache)."""
    return res.memo(("gazindex", lang), lambda: _cached_index(res, lang))  # type: ignore[no-any-return]


@functools.cache
def _automaton_digest() -> str:
    """A digest of pyahocorasick's extension module: the cached automaton is its raw memory,
    which another build of it may lay out differently (the module has no version to ask)."""
    module = getattr(ahocorasick, "__file__", None)
    return diskcache.files_digest([Path(module)], Path(module).parent) if module else "builtin"


def _cached_index(res: Resources, lang: str) -> GazIndex:
    """The index for ``lang`` from the cache when the gazetteer, lexicons and code are the ones
    it was made from (:mod:`diplograph.diskcache`), else built and cached."""
    data = res.data_digest() if diskcache.cache_dir() is not None else None
    if data is None:
        return GazIndex(res.gazetteer, res, lang)
    digest = data + _automaton_digest()
    kind = f"gazindex-{lang}"
    state = diskcache.load(kind, digest)
    if state is not None:
        try:
            return GazIndex(res.gazetteer, res, lang, state)
        except (TypeError, ValueError, KeyError, IndexError) as exc:  # well-formed, other shape
            log.debug("name index cache not usable: %s", exc)
    index = GazIndex(res.gazetteer, res, lang)
    diskcache.save(kind, digest, index.state())
    return index
