"""The phrase matcher: hyphenated phrases and clause-final words."""

from __future__ import annotations

from diplograph.extract.cues import CueMatcher


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
