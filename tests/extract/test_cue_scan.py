"""The shared scan of cue matchers: sharing must never change what a matcher finds."""

from __future__ import annotations

import gc
import itertools

import pytest

from diplograph.extract import cue_scan
from diplograph.extract.cue_scan import family_of
from diplograph.extract.cues import Cue, CueMatcher
from diplograph.extract.lemmas import lemmatizer

_DE = {
    "demand": ["forder*", "verlang*", "rufen ... auf$"],
    "reject": ["lehnen ... ab$", "*ablehnung", "zurückweisen"],
    "talks": ["*gespräch*", "treffen"],
}
_TEXT = (
    "Die Regierung forderte am Montag Friedensgespräche. Sie lehnte den Vorschlag, den die "
    "Nachbarn vorgelegt hatten, ab und rief die Parteien zur Ruhe auf. Ein Treffen in Genf "
    "folgte; die Ablehnung blieb."
)


def _found(cues: list[Cue]) -> list[tuple[str, str, int, int]]:
    return [(c.key, c.phrase, c.start, c.end) for c in cues]


def test_cue_scan_sharing_a_family_changes_no_match() -> None:
    lemma = lemmatizer("de")
    alone = _found(CueMatcher(_DE, lemma=lemma).find(_TEXT))
    # matchers of the same family with overlapping heads, built before and after
    before = CueMatcher({"other": ["forder*", "genf", "*ung"]}, lemma=lemma)
    shared = CueMatcher(_DE, lemma=lemma)
    after = CueMatcher({"more": ["lehnen", "*gespräche", "die ... ab"]}, lemma=lemma)
    assert _found(shared.find(_TEXT)) == alone
    assert {c.key for c in before.find(_TEXT)} == {"other"}
    assert {c.key for c in after.find(_TEXT)} == {"more"}
    assert [c.key for c in shared.find(_TEXT)] == ["demand", "talks", "demand", "talks", "reject"]


def test_cue_scan_find_local_equals_scanning_the_stretch_alone() -> None:
    """A sentence is cut from the whole text's scan; any stretch must match as if scanned alone,
    including stretches that cut a word or an elided article."""
    lemma = lemmatizer("fr")
    m = CueMatcher(
        {"oppose": ["opposition", "s'opposer", "rejeter"], "demand": ["exiger", "appel* ... à"]},
        lemma=lemma,
        elisions=frozenset({"l", "d", "s"}),
    )
    text = "L'opposition exige un vote. Paris s'oppose et rejette l'accord; elle appelle l'ONU à agir."
    spans = [(0, len(text)), (0, 27), (28, len(text)), (1, 27), (2, 40), (28, 61), (61, 62), (30, 45)]
    spans += [(s, e) for s in range(0, len(text), 7) for e in range(s + 1, len(text) + 1, 11)]
    for start, end in spans:
        local = [(k, p, s - start, e - start) for k, p, s, e in _found(m.find_local(text, start, end))]
        assert local == _found(m.find(text[start:end])), (start, end)


def test_cue_scan_matchers_without_lemmas_read_surface_forms_in_their_own_family() -> None:
    plain = CueMatcher({"reject": ["ablehnen"]})
    lemmas = CueMatcher({"reject": ["ablehnen"]}, lemma=lemmatizer("de"))
    text = "Kiew wird den Plan ablehnen, lehnte ihn gestern schon ab und hat ihn abgelehnt."
    assert len(plain.find(text)) == 1
    assert len(lemmas.find(text)) == 2  # "ablehnen" and "abgelehnt"


def test_cue_scan_a_collected_matcher_leaves_its_family() -> None:
    def identity(word: str) -> str:
        return word.lower()

    fam = family_of(identity, frozenset())
    kept = CueMatcher({"a": ["treffen"]}, lemma=identity)
    dropped = CueMatcher({"b": ["treffen", "gipfel"]}, lemma=identity)
    assert len(fam) == 2
    del dropped
    gc.collect()
    assert len(fam) == 1
    assert [c.key for c in kept.find("Das Treffen vor dem Gipfel.")] == ["a"]


def test_cue_scan_phrase_needing_an_absent_word_is_ruled_out_only_when_it_is_absent() -> None:
    m = CueMatcher({"group": ["der Rebellen", "die ... Rebellen"]}, lemma=lemmatizer("de"))
    assert m.find("Der Sprecher der Regierung sagte nichts.") == []
    text = "Der Sprecher der Rebellen sagte nichts. Die Armee lobte die Rebellen nicht."
    assert [(c.phrase, c.start) for c in m.find(text)] == [
        ("der Rebellen", 13),
        ("die ... Rebellen", 40),
    ]
    # "Rebellen" is in the text but not in this sentence: the shortcut must not let it match
    first = text.index(".") + 1
    assert m.find_local(text, 0, 11) == []
    assert [c.phrase for c in m.find_local(text, first, len(text))] == ["die ... Rebellen"]


def _words_one_by_one(text: str) -> list[tuple[int, int, str]]:
    """Each word lower-cased alone: what ``words_of`` gave before it lower-cased whole texts."""
    return [(m.start(), m.end(), m.group().lower()) for m in cue_scan._WORD.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Außenministerin traf ihren Amtskollegen in Wien.",
        "L'Élysée a reçu l’ambassadeur d'Italie.",
        "ΟΔΥΣΣΕΥΣ.ΑΣ ΣΑΣ Σ",  # capital sigma: its lower case depends on the letters around it
        "İstanbul und ǅemal",  # İ lower-cases to two characters: the offsets would shift
        "STRASSE ẞ Straße",
        "",
        "  ",
        "Wort",
        " l'ONU, d’accord… «Ja» - 2016/17 a'b'c x_y Ⅻ Ⓐ ǈ ",
        "Kiew.Moskau,Genf;Minsk",
    ],
)
def test_words_of_equals_lower_casing_each_word(text: str) -> None:
    cue_scan.words_of.cache_clear()
    assert cue_scan.words_of(text) == _words_one_by_one(text)


def test_lower_casing_never_changes_whether_a_character_is_a_word_character() -> None:
    """What lets words_of cut the words from the lower-cased text: every character whose lower
    case is one character is a word character (or an apostrophe) exactly when that is."""
    import sys

    for point in range(sys.maxunicode + 1):
        c = chr(point)
        low = c.lower()
        if len(low) == 1:
            assert bool(cue_scan._WORD.match(c)) == bool(cue_scan._WORD.match(low)), hex(point)
            assert (c in "'’") == (low in "'’"), hex(point)


@pytest.mark.parametrize("lo, hi", [(0, 0), (0, 3), (2, 5), (3, 4), (4, 9), (7, 8), (9, 12), (0, 12)])
def test_cue_scan_hits_within_a_stretch_are_those_a_key_function_finds(lo: int, hi: int) -> None:
    """``_within`` bisects hits by comparing ``(lo,)`` with the ``(word, phrases)`` tuples as
    they are: it must pick the same hits as filtering by word number."""
    found = [(1, ("a",)), (3, ("b", "c")), (4, ("d",)), (7, ("e",)), (8, ("f",))]
    expected = [h for h in found if lo <= h[0] < hi]
    assert list(cue_scan._within(found, lo, hi)) == expected


def test_cue_scan_a_stretch_answers_for_every_member_of_its_family() -> None:
    """A stretch is made for one member, with that member's hits looked up; asked about another
    member it still gives that member's hits in the stretch, as the whole scan numbers them."""
    lemma = lemmatizer("de")
    first = CueMatcher({"demand": ["forder*"]}, lemma=lemma)
    second = CueMatcher({"talks": ["*gespräch*", "treffen"]}, lemma=lemma)
    family = family_of(lemma, frozenset())
    start = _TEXT.index("Sie lehnte")
    end = len(_TEXT)
    whole = family.scan(_TEXT)
    part = family.scan_span(_TEXT, start, end, second._slot)
    assert part is not None and part is not whole
    lo = next(i for i, (s, _, _) in enumerate(whole.words) if s >= start)
    expected = [(i - lo, heads) for i, heads in whole.hits(second._slot) if i >= lo]
    assert list(part.hits(second._slot)) == expected != []
    assert list(part.hits(first._slot)) == [(i - lo, h) for i, h in whole.hits(first._slot) if i >= lo]
    # no phrase of the first member starts after its one word: no stretch is made for it
    assert family.scan_span(_TEXT, start, end, first._slot) is None


def test_cue_scan_may_start_is_false_exactly_where_no_stretch_is_made() -> None:
    """``may_start`` lets ``find_local`` answer most stretches from the whole text's scan: it
    must say False exactly when ``scan_span`` makes no stretch, for every member and stretch
    (whole sentences, stretches that cut a word, the whole text, empty ones), whether the
    stretch's bounds and the member's hits were asked for before or not."""
    lemma = lemmatizer("de")
    matchers = [
        CueMatcher(_DE, lemma=lemma),
        CueMatcher({"demand": ["forder*"]}, lemma=lemma),
        CueMatcher({"place": ["genf", "nachbarn ... vorgelegt"]}, lemma=lemma),
        CueMatcher({"none": ["waffenruhe"]}, lemma=lemma),
    ]
    family = family_of(lemma, frozenset())
    spans = [(0, len(_TEXT)), (0, 0), (len(_TEXT), len(_TEXT))]
    spans += [(s, e) for s in range(0, len(_TEXT), 5) for e in range(s, len(_TEXT) + 1, 9)]
    for fresh in (True, False):
        for m in matchers:
            for start, end in spans:
                if fresh:  # asked first, with nothing of the text cached
                    family._scan.cache_clear()
                    may = family.may_start(_TEXT, start, end, m._slot)
                    made = family.scan_span(_TEXT, start, end, m._slot)
                else:  # asked after the stretch's bounds and the member's hits were looked up
                    made = family.scan_span(_TEXT, start, end, m._slot)
                    may = family.may_start(_TEXT, start, end, m._slot)
                assert may == (made is not None), (start, end)
                assert _found(m.find_local(_TEXT, start, end)) == [
                    (k, p, s + start, e + start) for k, p, s, e in _found(m.find(_TEXT[start:end]))
                ]


def test_cue_scan_infix_automaton_says_whether_a_word_holds_an_infix() -> None:
    """The automaton that guards the infix list must say yes exactly when some infix head is
    inside the word, as the alternation of the heads it replaced did."""
    import itertools
    import re

    heads = ["gespräch", "waffenruhe", "ruhe", "wahl", "präsidentenwahl", "sicherheit", "heit", "ö"]
    members = {0: [("infix", h, ("p", h)) for h in heads[:4]], 1: [("infix", h, ("q", h)) for h in heads[3:]]}
    index = cue_scan._Index(members)  # type: ignore[arg-type]
    assert index.any_infix is not None
    old = re.compile("|".join(map(re.escape, sorted(set(heads), key=lambda h: (-len(h), h)))))
    words = ["", "friedensgespräche", "waffenruh", "unruhen", "präsidentenwahlen", "wah", "möglich"]
    words += ["".join(p) for p in itertools.product(["", "sicher", "heit", "wa", "hl", "ö", "x"], repeat=3)]
    for word in words:
        has = next(index.any_infix.iter(word), None) is not None
        assert has == bool(old.search(word)) == any(h in word for h in heads), word


def test_cue_scan_word_pattern_matches_as_with_an_optional_group() -> None:
    """The word pattern writes its optional apostrophe part as an alternation with an empty
    branch: the same words as ``\\w+(?:['’]\\w+)?`` wherever apostrophes fall."""
    import re

    old = re.compile(r"\w+(?:['’]\w+)?")
    texts = ["l'opposition d’accord ' '' a'b'c a'' 'a ’x x’ _'_ 3'4 é'ß", "", "'", "a", "aujourd'hui's"]
    texts += ["".join(p) for p in itertools.product(["a", "'", "’", " ", "b"], repeat=5)]
    for text in texts:
        assert [m.span() for m in cue_scan._WORD.finditer(text)] == [m.span() for m in old.finditer(text)]
        assert cue_scan._WORD_PIECES.split(text) == re.compile(f"({old.pattern})").split(text)
