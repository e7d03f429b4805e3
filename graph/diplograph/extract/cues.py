"""Compile lexicon phrases into fast token matchers.

A lexicon phrase is a sequence of words, matched case-insensitively on whole words:

- ``fordert``: the word itself;
- ``forder*``: any word starting with ``forder`` (fordert, Forderung, Forderungen);
- ``*sprecher``: any word ending in ``sprecher`` (Regierungssprecher), for German compounds;
- ``*gespräch*``: any word containing ``gespräch`` (Friedensgespräche);
- ``lehnt ... ab``: the words with up to ten words between them (wire copy puts day, addressee
  and adverbs between: "rief die Konfliktparteien am Montag erneut auf");
- ``sagte ... zu$``: the last word must end the clause (punctuation, the end, or a joining word
  such as "und" follows): "sagte Hilfe zu." is a promise, "sagte, er gehe zu Fuß" is not. Such a
  frame (separable verb, "haben … vereinbart$") closes where its clause does, so its gap is not
  cut after ten words: it may run up to the sentence's end (commas of an inserted relative clause
  included), and the first closing word that fits is taken.

A lexicon key may list its phrases directly or grouped by family (``{verbs: […], nouns: […]}``);
families are documentation and coverage reports only, the matcher reads them as one list.

With ``insertions`` (French "pas", "jamais"), those words may stand between two words of a
phrase: "ne renoncera jamais à" holds "renoncer à".

Given a ``lemma`` function (see :mod:`diplograph.extract.lemmas`), every token is also tried on
the lemma of each word, so ``fordern`` matches "forderte" and ``lehnen ... ab$`` matches "lehnte
den Plan ab": a lexicon lists a word once, in its dictionary form. With ``elisions`` (French
"l", "d"), a word after an elided article is tried on its own too ("l'opposition").

Matching tokenises the text once and looks words up in hash tables by whole word, prefix and
suffix, so the cost grows with the text, not with the size of the lexicon; matchers that read
words the same way share that scan (:mod:`diplograph.extract.cue_scan`). Each match says which
key (``demand``) and which phrase fired, for ``diplograph explain``.

>>> m = CueMatcher({"demand": ["forder*", "lehnt ... ab"]})
>>> [(c.key, c.phrase) for c in m.find("Moskau fordert den Verzicht.")]
[('demand', 'forder*')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from diplograph.errors import DataError
from diplograph.extract.cue_scan import Family, Scan, family_of

#: Characters that may stand between two words of one phrase (no sentence punctuation).
_JOINER = re.compile(r"[\s\-–'’\"„“”«»]*")
_BARRIER = re.compile(r"[.;:!?]")
MAX_GAP = 10
#: The gap a clause-final frame may span: in practice the rest of the sentence.
CLAUSE_GAP = 40


@dataclass(frozen=True)
class Cue:
    """One phrase found in a text: its lexicon key, the phrase, and where it stands."""

    key: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True)
class _Phrase:
    key: str
    phrase: str
    tokens: tuple[tuple[str, str], ...]  # (mode, text): mode exact|prefix|suffix|infix|gap
    final: bool = False  # the last word must end the clause
    #: whole words the phrase needs after its first ("der Rebellen" needs "rebellen"): a text
    #: without one of them cannot hold the phrase, so its first word need not be followed up
    needs: frozenset[str] = field(default=frozenset(), compare=False)


def _token(raw: str) -> tuple[str, str]:
    if raw == "...":
        return ("gap", "")
    core = raw.strip("*").lower()
    if raw.startswith("*") and raw.endswith("*") and len(raw) > 1:
        return ("infix", core)
    if raw.endswith("*"):
        return ("prefix", core)
    if raw.startswith("*"):
        return ("suffix", core)
    if raw.endswith(("'", "’")):
        return ("prefix", core)  # an elided word is one word with the next: "d'" in "d'ouvrir"
    return ("exact", core)


def _pieces(raw: str) -> list[str]:
    """The tokens of a phrase, split where the text splits words: "cease-fire*" is two words of
    the text ("cease", "fire"), so it is the tokens ``cease`` and ``fire*``."""
    out: list[str] = []
    for token in raw.split():
        parts = [p for p in re.split(r"[-–]", token) if p] if token != "..." else [token]
        out.extend(parts if all(p.strip("*") for p in parts) else [token])
    return out


def _phrase_list(family: object, source: str, key: str) -> list[str]:
    if family is None:
        return []
    if isinstance(family, str) or not isinstance(family, list):
        raise DataError(f"{source}: {key!r}: a family must list phrases")
    return [str(p) for p in family]


def _fits_any(mode: str, text: str, forms: tuple[str, ...]) -> bool:
    """Whether one of a word's ``forms`` fits a phrase token (``mode``, ``text``)."""
    if mode == "exact":
        return text in forms
    if mode == "prefix":
        return any(form.startswith(text) for form in forms)
    if mode == "suffix":
        return any(form.endswith(text) for form in forms)
    return any(text in form for form in forms)


class CueMatcher:
    """Find the phrases of a ``{key: [phrase, …]}`` lexicon in text."""

    def __init__(
        self,
        lexicon: Mapping[str, Iterable[str]],
        source: str = "lexicon",
        joins: frozenset[str] = frozenset(),
        lemma: Callable[[str], str] | None = None,
        elisions: frozenset[str] = frozenset(),
        barriers: frozenset[str] = frozenset(),
        insertions: frozenset[str] = frozenset(),
    ) -> None:
        self._joins = joins  # words that may follow a clause-final word ("lehnt dies ab und …")
        # Words that open a clause of their own, which no frame's gap crosses: in "announced in
        # May that the United States was withdrawing from the deal", the deal is not announced.
        self._barriers = barriers
        self._elided_barriers = tuple(b for b in barriers if b.endswith(("'", "’")))
        # Words that may stand inside a phrase without a gap: the French negation after the verb
        # ("ne renoncera jamais à", "ne cède pas à") splits "renoncer à" and "céder à".
        self._insertions = insertions
        # The first token of each phrase, in lexicon order: the family's index keeps that order,
        # so ties between equal matches break as they always did.
        heads: list[tuple[str, str, _Phrase]] = []
        self._count = 0
        for key in sorted(lexicon):
            phrases = lexicon[key] or []
            if isinstance(phrases, Mapping):  # grouped by family: one list to the matcher
                phrases = [p for family in phrases.values() for p in _phrase_list(family, source, key)]
            if isinstance(phrases, str) or not isinstance(phrases, Iterable):
                raise DataError(f"{source}: {key!r} must list phrases")
            for raw in sorted({str(p) for p in phrases}):
                final = raw.endswith("$")
                tokens = tuple(_token(t) for t in _pieces(raw.removesuffix("$")))
                if not tokens or tokens[0][0] == "gap" or tokens[-1][0] == "gap" or not tokens[0][1]:
                    raise DataError(f"{source}: {key!r}: bad phrase {raw!r}")
                mode, head = tokens[0]
                needs = frozenset(core for m, core in tokens[1:] if m == "exact")
                heads.append((mode, head, _Phrase(key, raw, tokens, final, needs)))
                self._count += 1
        self._family: Family[_Phrase] = family_of(lemma, elisions)
        self._slot = self._family.join(heads, self)
        # Texts repeat (a stage and its neighbours ask about the same sentence); the cache is
        # bounded so memory stays flat over a corpus.
        self._find = functools.lru_cache(maxsize=16)(self._find_all)
        self._find_span = functools.lru_cache(maxsize=64)(self._find_all_span)
        # the last text's matches and their starts, for find_in
        self._started: tuple[tuple[Cue, ...], list[int]] = ((), [])

    def __bool__(self) -> bool:
        return self._count > 0

    def find(self, text: str, offset: int = 0) -> list[Cue]:
        """All non-overlapping phrases in ``text`` (longest first); offsets shifted by ``offset``."""
        found = self._find(text)
        if not offset:
            return list(found)
        return [Cue(c.key, c.phrase, c.start + offset, c.end + offset) for c in found]

    def find_local(self, text: str, start: int, end: int) -> list[Cue]:
        """The phrases in ``text[start:end]``, scanning that stretch only: cheaper than
        :meth:`find_in` for a lexicon asked about a few sentences of a long text."""
        # Most stretches hold no phrase of this matcher; most of those are told so by the scan
        # of the whole text, before a stretch is cached or cut.
        if not self._count or not self._family.may_start(text, start, end, self._slot):
            return []
        found = self._find_span(text, start, end)
        if not found:
            return []
        return [Cue(c.key, c.phrase, c.start + start, c.end + start) for c in found]

    def find_in(self, text: str, start: int, end: int) -> list[Cue]:
        """The phrases of the whole ``text`` that lie in ``text[start:end]`` (one scan per text).

        The matches of a text do not overlap and come in the order of their starts, so those
        starting in the stretch are one run of them, found by bisection (callers ask about
        every sentence of a text in turn)."""
        found = self._find(text)
        if not found:
            return []
        started = self._started
        if started[0] is not found:
            started = self._started = (found, [c.start for c in found])
        starts = started[1]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_right(starts, end, lo)
        return [c for c in found[lo:hi] if c.end <= end]

    def _find_all(self, text: str) -> tuple[Cue, ...]:
        if not self._count:
            return ()
        scan = self._family.scan(text)
        hits = scan.hits(self._slot)
        return self._match(text, scan, hits) if hits else ()

    def _find_all_span(self, text: str, start: int, end: int) -> tuple[Cue, ...]:
        """The phrases of ``text[start:end]``, offsets counted from ``start``."""
        if not self._count:
            return ()
        scan = self._family.scan_span(text, start, end, self._slot)
        if scan is None:
            return ()
        hits = scan.hits(self._slot)
        return self._match(text[start:end], scan, hits) if hits else ()

    def _match(
        self, text: str, scan: Scan[_Phrase], hits: Sequence[tuple[int, tuple[_Phrase, ...]]]
    ) -> tuple[Cue, ...]:
        """The matches of the phrases that may start at ``hits`` (words of ``scan`` of ``text``)."""
        words, forms = scan.words, scan.forms
        cands: list[tuple[int, int, _Phrase]] = []
        for i, heads in hits:
            start = words[i][0]
            for p in heads:  # only phrases whose needed words occur in the text (Scan.hits)
                end = words[i][1] if len(p.tokens) == 1 else self._rest(text, words, forms, i, p)
                if end is not None and p.final and not self._ends_clause(text, words, end):
                    end = None
                if end is not None:
                    cands.append((start, end, p))
        # Longest span first; among equal spans the most specific phrase (more fixed letters).
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), -sum(len(t) for _, t in c[2].tokens), c[2].phrase))
        out: list[Cue] = []
        last = -1
        for start, end, p in cands:
            if start >= last:
                out.append(Cue(p.key, p.phrase, start, end))
                last = end
        return tuple(out)

    def _ends_clause(self, text: str, words: list[tuple[int, int, str]], end: int) -> bool:
        """Whether the word ending at ``end`` closes its clause: no word follows, or a joining one."""
        j = end
        while j < len(text) and text[j] in " \t":
            j += 1
        if j >= len(text) or not text[j].isalnum():
            return True
        i = bisect.bisect_left(words, (end,))
        return i < len(words) and words[i][2] in self._joins

    def _opens_clause(self, word: str) -> bool:
        if word in self._barriers:
            return True
        return bool(self._elided_barriers) and word.startswith(self._elided_barriers)

    def _rest(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        forms: Sequence[tuple[str, ...]],
        i: int,
        p: _Phrase,
    ) -> int | None:
        """End offset if the phrase's remaining tokens follow word ``i``, else None."""
        j, end = i, words[i][1]
        gap = False
        last = len(p.tokens) - 1
        for n, (mode, core) in enumerate(p.tokens[1:], start=1):
            if mode == "gap":
                gap = True
                continue
            closing = p.final and n == last  # a frame's closing word: it must end the clause
            limit = ((CLAUSE_GAP if closing else MAX_GAP) + 1) if gap else 1
            k, stop = j + 1, min(j + 1 + limit, len(words))
            while k < stop:
                between = text[words[k - 1][1] : words[k][0]]
                if between != " " and (  # one space, by far the most common, neither bars nor breaks
                    _BARRIER.search(between) or (not gap and not _JOINER.fullmatch(between))
                ):
                    return None
                if _fits_any(mode, core, forms[k]) and (
                    not closing or not gap or self._ends_clause(text, words, words[k][1])
                ):
                    j, end = k, words[k][1]
                    break
                if gap and self._barriers and self._opens_clause(words[k][2]):
                    return None
                if not gap and words[k][2] in self._insertions:
                    stop = min(stop + 1, len(words))  # "renoncera jamais à": step over the particle
                k += 1
            else:
                return None
            gap = False
        return end
