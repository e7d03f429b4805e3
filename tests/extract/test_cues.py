"""The phrase matcher: hyphenated phrases and clause-final words."""

from __future__ import annotations

import pytest

from diplograph.extract.cues import CueMatcher
from diplograph.extract.lemmas import lemmatizer


def test_cues_hyphenated_phrase_matches_hyphenated_and_spaced_text() -> None:
    m = CueMatcher({"ceasefire": ["cease-fire*"], "membership": ["nato-beitritt*"]})
    found = [(c.key, c.start) for c in m.find("A cease-fire, a cease fire talk and the Nato-Beitritt.")]
    assert found == [("ceasefire", 2), ("ceasefire", 16), ("membership", 40)]


def test_cues_clause_final_word_must_end_the_clause() -> None:
    m = CueMatcher({"offer": ["sagte* ... zu$"]}, joins=frozenset({"und"}))
    assert [c.key for c in m.find("Er sagte der Regierung Hilfe zu.")] == ["offer"]
    assert [c.key for c in m.find("Er sagte der Regierung Hilfe zu und reiste ab.")] == ["offer"]
    assert m.find("Er sagte am Montag, man werde zu einem Treffen reisen.") == []


def test_cues_clause_final_mark_is_part_of_the_phrase_shown() -> None:
    m = CueMatcher({"reject": ["lehnt* ... ab$"]})
    assert [c.phrase for c in m.find("Kiew lehnt das ab.")] == ["lehnt* ... ab$"]


@pytest.mark.parametrize(
    ("lang", "lexicon", "text", "phrase"),
    [
        ("de", {"reject": ["lehnen ... ab$"]}, "Kiew lehnte den Plan am Montag ab.", "lehnen ... ab$"),
        ("de", {"reject": ["ablehnen"]}, "Der Plan wurde abgelehnt.", "ablehnen"),
        ("en", {"demand": ["demand"]}, "Moscow demanded guarantees.", "demand"),
        ("fr", {"demand": ["exiger"]}, "Paris exige un cessez-le-feu.", "exiger"),
        ("es", {"reject": ["rechazar"]}, "Kiev rechazó la propuesta.", "rechazar"),
    ],
)
def test_cues_match_lemmas(lang: str, lexicon: dict[str, list[str]], text: str, phrase: str) -> None:
    matcher = CueMatcher(lexicon, lemma=lemmatizer(lang))
    assert [c.phrase for c in matcher.find(text)] == [phrase]


def test_cues_without_lemmas_match_surface_forms_only() -> None:
    assert CueMatcher({"reject": ["ablehnen"]}).find("Kiew lehnte den Plan ab.") == []
