"""One scan of a text for every cue matcher that reads words the same way.

About thirty matchers per language (stance cues, topics, meetings, speech verbs, domains …) read
every article, most of them every sentence too. Each used to walk every word and look up where its
own phrases may start; that per-word, per-matcher work was most of the ingest time. Matchers with
the same lemma function and elisions read the same words and word forms, so they form a
:class:`Family`: the first tokens ("heads") of all their phrases go into one index — whole words
in a dict, prefixes and suffixes in character tries, infixes in a list — each entry tagged with
its matcher's slot. A text is tokenised, lemmatised and looked up once per family; a matcher then
visits only the words where one of its own phrases may start.

The heads a matcher gets at a word are exactly those its own lookup gave, in the same order
(whole word, then prefixes shortest first, suffixes, infixes; over the word's forms in turn, each
phrase once), so the matches and their tie-breaks do not change.

A family is shared through a registry keyed by ``(lemma, elisions)``; a matcher leaves it when it
is garbage-collected, so tests that build many resources do not make later scans slower.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import weakref
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

import ahocorasick


class Phrase(Hashable, Protocol):
    """What a family indexes: a phrase, and the whole words it needs after its first."""

    @property
    def needs(self) -> frozenset[str]: ...


P = TypeVar("P", bound=Phrase)

#: A word, with what follows an apostrophe ("l'opposition"). ``(?:…|)`` matches as ``(?:…)?``
#: does, without ``re``'s repeat machinery at the end of every word of every article.
_WORD = re.compile(r"\w+(?:['’]\w+|)")

#: Distinct words remembered per family with their forms and heads: news vocabulary repeats, and
#: the bound (the table is emptied when full) keeps memory flat over a corpus (about 20 MB).
_VOCABULARY = 1 << 16
#: Texts (articles and their sentences) whose scan is remembered: a stage and its neighbours ask
#: about the same sentence with several matchers.
_SCAN_CACHE = 256

Words = list[tuple[int, int, str]]
#: What a family knows of a word: its forms, and per slot the phrases that may start at it.
_Known = tuple[tuple[str, ...], tuple[tuple[int, tuple[P, ...]], ...]]
Forms = Sequence[tuple[str, ...]]


@functools.lru_cache(maxsize=256)
def words_of(text: str) -> Words:
    """Words of ``text`` with offsets, lower-cased; shared by every matcher that reads it.

    The text is lower-cased once and the words cut from it, instead of one ``lower`` per word,
    when that gives the same words: every character keeps its length (so the offsets agree) and
    there is no capital sigma (the one letter whose lower case depends on the letters around it,
    which differ between a word alone and the whole text)."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    # The words are cut by splitting the lower-cased text around them (separator, word, …,
    # separator) and their offsets are the running sums of the pieces' lengths: no Python step
    # per word. Lower-casing a character into one character never changes whether it is a word
    # character (checked over all of Unicode in the tests), so the words are those of ``text``.
    pieces = _WORD_PIECES.split(low)
    ends = list(itertools.accumulate(map(len, pieces)))
    return list(zip(ends[0:-1:2], ends[1::2], pieces[1::2], strict=True))


_first, _third = operator.itemgetter(0), operator.itemgetter(2)
_UNSEEN: Any = object()

#: :data:`_WORD` as one group, so that ``split`` keeps the words between the separators.
_WORD_PIECES = re.compile(f"({_WORD.pattern})")


def forms_of(word: str, lemma: Callable[[str], str], elisions: frozenset[str]) -> tuple[str, ...]:
    """A word's forms to try: the word and its lemma, and after an elided article (``elisions``:
    "l'opposition", "d'accepter") the word after it and that word's lemma."""
    forms = [word, lemma(word)]
    head, _, tail = word.replace("’", "'").partition("'")
    if tail and head in elisions:
        forms += [tail, lemma(tail)]
    return tuple(dict.fromkeys(forms))


#: A trie node: a child per character, and under "" the (slot, phrase) entries whose head ends there.
_Trie = dict[str, Any]


def _walk(trie: _Trie, chars: Iterable[str], found: list[tuple[int, Any]]) -> None:
    """Add to ``found`` the entries of every head that starts ``chars``."""
    node = trie
    for ch in chars:
        node = node.get(ch)  # type: ignore[assignment]
        if node is None:
            return
        found.extend(node.get("", ()))


def _insert(trie: _Trie, key: str, entry: tuple[int, Any]) -> None:
    node = trie
    for ch in key:
        node = node.setdefault(ch, {})
    node.setdefault("", []).append(entry)


class _Index(Generic[P]):
    """The heads of every member's phrases, each entry ``(slot, phrase)``."""

    def __init__(self, members: dict[int, list[tuple[str, str, P]]]) -> None:
        self.exact: dict[str, list[tuple[int, P]]] = {}
        self.prefix: _Trie = {}
        self.suffix: _Trie = {}
        self.infix: list[tuple[str, int, P]] = []
        for slot in sorted(members):  # members in slot order: each keeps its own order per table
            for mode, head, phrase in members[slot]:
                if mode == "exact":
                    self.exact.setdefault(head, []).append((slot, phrase))
                elif mode == "prefix":
                    _insert(self.prefix, head, (slot, phrase))
                elif mode == "suffix":
                    _insert(self.suffix, head[::-1], (slot, phrase))
                else:
                    self.infix.append((head, slot, phrase))
        # Few words hold an infix at all: one automaton of the infixes says so before the list is
        # read (an alternation of forty words costs ``re`` forty tries at each letter).
        self.any_infix: ahocorasick.Automaton | None = None
        if self.infix:
            self.any_infix = ahocorasick.Automaton()
            for head in sorted({head for head, _, _ in self.infix}):
                self.any_infix.add_word(head, head)
            self.any_infix.make_automaton()

    def heads(self, word: str) -> list[tuple[int, P]]:
        """Every ``(slot, phrase)`` whose head fits ``word``."""
        found = list(self.exact.get(word, ()))
        _walk(self.prefix, word, found)
        _walk(self.suffix, reversed(word), found)
        if self.any_infix is not None and next(self.any_infix.iter(word), None) is not None:
            found.extend((slot, p) for head, slot, p in self.infix if head in word)
        return found


class Scan(Generic[P]):
    """A text as a family reads it: words, their forms, and per slot the words where a phrase of
    that member may start, with those phrases."""

    def __init__(self, words: Words, forms: Forms, hits: dict[int, list[tuple[int, tuple[P, ...]]]]) -> None:
        self.words = words
        self.forms = forms
        self._heads = hits
        self._viable: dict[int, Sequence[tuple[int, tuple[P, ...]]]] = {}
        self._bounds: dict[tuple[int, int], tuple[int, int] | None] = {}

    def hits(self, slot: int) -> Sequence[tuple[int, tuple[P, ...]]]:
        """``(word number, phrases)`` for each word where a phrase of member ``slot`` may start.

        A phrase whose later whole words occur nowhere in the text ("der Rebellen" at every
        "der") cannot match and is left out here, once per text and member, rather than at each
        word by every question about the text and its sentences (nine in ten head entries of
        the 10kGNAD articles were such phrases)."""
        viable = self._viable.get(slot)
        if viable is None:
            present = self.present
            viable = self._viable[slot] = []
            # A word's phrases are one tuple wherever it occurs (the family's vocabulary), and
            # a text repeats its words ("der" a dozen times): each tuple is filtered once. The
            # tuples live as long as this scan, so their ids stay theirs meanwhile.
            kept_of: dict[int, tuple[P, ...]] = {}
            for i, heads in self._heads.get(slot, ()):
                kept = kept_of.get(id(heads))
                if kept is None:
                    kept = kept_of[id(heads)] = tuple([p for p in heads if p.needs <= present])
                if kept:
                    viable.append((i, kept))
        return viable

    def bounds(self, start: int, end: int) -> tuple[int, int] | None:
        """The words ``lo``…``hi - 1`` of the stretch ``start``…``end``, or None when it cuts a
        word. Remembered per stretch: the stages ask each sentence of a text about one matcher
        after another, all reading the same words."""
        key = (start, end)
        if key in self._bounds:
            return self._bounds[key]
        words = self.words
        lo = bisect.bisect_left(words, (start,))  # the first word starting at or after start
        hi = bisect.bisect_left(words, (end,))  # the first word starting at or after end
        cuts = (lo and words[lo - 1][1] > start) or (hi > lo and words[hi - 1][1] > end)
        found = self._bounds[key] = None if cuts else (lo, hi)
        return found

    @functools.cached_property
    def present(self) -> frozenset[str]:
        """Every form of every word: a phrase needing a word not in it cannot match."""
        return frozenset(itertools.chain.from_iterable(self.forms))

    def part(self, lo: int, hi: int, offset: int, slot: int) -> Scan[P] | None:
        """The scan of the stretch holding words ``lo``…``hi - 1``, offsets counted from ``offset``,
        for member ``slot``: what scanning that stretch alone gives it, when the stretch cuts no
        word; None when no phrase of the member may start in the stretch. The phrases are those
        the whole text leaves possible (:meth:`hits`), a superset of the stretch's own."""
        found = self.hits(slot)
        inside = _within(found, lo, hi) if found else ()
        return _Part(self, lo, hi, offset, slot, inside) if inside else None


class _Part(Scan[P]):
    """A stretch of a scanned text (a sentence): words and hits are cut from the whole text's
    scan instead of tokenising and lemmatising the sentence again; words are shifted only when a
    member has a hit there. ``found`` is member ``slot``'s hits inside the stretch, numbered in
    the whole text: the part is made for that member, whose hits were looked up already."""

    def __init__(
        self,
        whole: Scan[P],
        lo: int,
        hi: int,
        offset: int,
        slot: int,
        found: Sequence[tuple[int, tuple[P, ...]]],
    ) -> None:
        self._whole, self._lo, self._hi, self._offset = whole, lo, hi, offset
        self._slot, self._found = slot, found
        self.forms = whole.forms[lo:hi]

    @functools.cached_property
    def words(self) -> Words:  # type: ignore[override]
        shift = self._offset
        return [(s - shift, e - shift, w) for s, e, w in self._whole.words[self._lo : self._hi]]

    def hits(self, slot: int) -> Sequence[tuple[int, tuple[P, ...]]]:
        lo = self._lo
        if slot == self._slot:
            found = self._found
        else:
            found = self._whole.hits(slot)
            found = _within(found, lo, self._hi) if found else ()
        return [(i - lo, heads) for i, heads in found]


def _within(
    found: Sequence[tuple[int, tuple[P, ...]]], lo: int, hi: int
) -> Sequence[tuple[int, tuple[P, ...]]]:
    """The hits of ``found`` (sorted by word number) at words ``lo``…``hi - 1``.

    ``(lo,)`` sorts before every hit ``(lo, heads)`` and after every ``(lo - 1, heads)``, so the
    tuples are compared as they are, in C, without a key function."""
    a = bisect.bisect_left(found, (lo,))
    if a == len(found) or found[a][0] >= hi:
        return ()
    return found[a : bisect.bisect_left(found, (hi,), a)]


class Family(Generic[P]):
    """The matchers that read words the same way, scanned together."""

    def __init__(self, lemma: Callable[[str], str] | None, elisions: frozenset[str]) -> None:
        self._lemma = lemma
        self._elisions = elisions
        self._members: dict[int, list[tuple[str, str, P]]] = {}
        self._gone: list[int] = []
        self._next = 0
        self._version = 0
        self._index: _Index[P] | None = None
        # word → (its forms, per slot the phrases that may start at it)
        self._vocabulary: dict[str, _Known[P]] = {}
        self._scan = functools.lru_cache(maxsize=_SCAN_CACHE)(self._scan_uncached)

    def join(self, heads: list[tuple[str, str, P]], owner: object) -> int:
        """Add a matcher's heads ``(mode, head, phrase)`` in its own lookup order; its slot.

        The slot is given up when ``owner`` is garbage-collected."""
        self._forget()
        slot = self._next
        self._next += 1
        self._members[slot] = heads
        self._changed()
        weakref.finalize(owner, self._gone.append, slot)
        return slot

    def __len__(self) -> int:
        """The number of live members."""
        self._forget()
        return len(self._members)

    def _forget(self) -> None:
        """Drop the members collected since the last call.

        The collector may run at any allocation, even while the index is being built, so it only
        notes the slot (``list.append``); members are removed here, between scans. Until then a
        dead member's entries only cost a little: nobody asks for its hits."""
        if not self._gone:
            return
        while self._gone:
            self._members.pop(self._gone.pop(), None)
        self._changed()

    def _changed(self) -> None:
        # The version is part of every cache key, so no scan made before a change is served after.
        self._version += 1
        self._index = None
        self._vocabulary.clear()
        self._scan.cache_clear()

    def scan(self, text: str) -> Scan[P]:
        """``text`` tokenised and looked up once for every member."""
        if self._gone:
            self._forget()
        return self._scan(text, self._version)

    def scan_span(self, text: str, start: int, end: int, slot: int) -> Scan[P] | None:
        """``text[start:end]`` scanned for member ``slot``, offsets counted from ``start``.

        A stretch that cuts no word (a sentence) is cut from the scan of the whole text, which
        other matchers of the family usually made already; otherwise it is scanned alone. None
        when the cut can hold no phrase of the member: the whole text holds none (most members,
        most sentences) or none starts inside the stretch, so no stretch of it is made."""
        whole = self.scan(text)
        if start <= 0 and end >= len(text):
            return whole
        bounds = whole.bounds(start, end)
        if bounds is None:
            return self.scan(text[start:end])
        return whole.part(*bounds, start, slot)

    def may_start(self, text: str, start: int, end: int, slot: int) -> bool:
        """Whether a phrase of member ``slot`` may start in ``text[start:end]``.

        False exactly when :meth:`scan_span` gives None: the stretch cuts no word and none of
        the member's hits in the whole text falls inside it. Most questions about a sentence
        end here, with the whole text's scan and the stretch's word range looked up, not built."""
        if self._gone:
            self._forget()
        whole = self._scan(text, self._version)
        if start <= 0 and end >= len(text):
            return True
        # the scan's own tables first: the stages ask about each sentence with many matchers
        bounds = whole._bounds.get((start, end), _UNSEEN)
        if bounds is _UNSEEN:
            bounds = whole.bounds(start, end)
        if bounds is None:  # a stretch that cuts a word is scanned alone
            return True
        found = whole._viable.get(slot)
        if found is None:
            found = whole.hits(slot)
        if not found:
            return False
        a = bisect.bisect_left(found, (bounds[0],))
        return a < len(found) and found[a][0] < bounds[1]

    def _scan_uncached(self, text: str, version: int) -> Scan[P]:
        # Every article passes here once per family, so the per-word work is kept to built-in
        # calls (map, comprehensions); Python-level work is left for the few words that start
        # a phrase and for words never seen before.
        words = words_of(text)
        keys = list(map(_third, words))
        found: list[_Known[P] | None] = list(map(self._vocabulary.get, keys))
        i = 0
        while True:  # the words not seen before, found by list.index (no Python loop per word)
            try:
                i = found.index(None, i)
            except ValueError:
                break
            found[i] = self._vocabulary.get(keys[i]) or self._learn(keys[i])  # seen earlier here?
        known = cast("list[_Known[P]]", found)
        hits: dict[int, list[tuple[int, tuple[P, ...]]]] = {}
        for i, groups in [(i, e[1]) for i, e in enumerate(known) if e[1]]:
            for slot, heads in groups:
                at = hits.get(slot)
                if at is None:
                    hits[slot] = [(i, heads)]
                else:
                    at.append((i, heads))
        return Scan(words, list(map(_first, known)), hits)

    def _learn(self, word: str) -> _Known[P]:
        """A word's forms and, per slot, the phrases that may start at it, each once."""
        forms = forms_of(word, self._lemma, self._elisions) if self._lemma else (word,)
        index = self._index
        if index is None:
            index = self._index = _Index(self._members)
        by_slot: dict[int, dict[P, None]] = {}
        for form in forms:
            for slot, phrase in index.heads(form):
                by_slot.setdefault(slot, {})[phrase] = None
        known: _Known[P] = (forms, tuple((slot, tuple(phrases)) for slot, phrases in by_slot.items()))
        if len(self._vocabulary) >= _VOCABULARY:
            self._vocabulary.clear()
        self._vocabulary[word] = known
        return known


_FAMILIES: weakref.WeakValueDictionary[tuple[object, frozenset[str]], Family[Any]] = (
    weakref.WeakValueDictionary()
)


def family_of(lemma: Callable[[str], str] | None, elisions: frozenset[str]) -> Family[Any]:
    """The family of matchers reading words with ``lemma`` and ``elisions`` (elisions only matter
    with lemmas: without, a matcher reads each word as written)."""
    key = (lemma, elisions if lemma else frozenset())
    found = _FAMILIES.get(key)
    if found is None:
        found = _FAMILIES[key] = Family(lemma, key[1])
    return found
