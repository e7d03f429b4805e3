"""The phrase matcher: hyphenated phrases and clause-final words."""

from __future__ import annotations

import pytest

from diplograph.errors import DataError
from diplograph.extract.cues import CueMatcher
from diplograph.extract.lemmas import lemmatizer


def test_cues_hyphenated_phrase_matches_hyphenated_and_spaced_text() -> None:
    m = CueMatcher({"ceasefire": ["cease-fire*"], "membership": ["nato-beitritt*"]})
    found = [(c.key, c.start) for c in m.find("A cease-fire, a cease fire talk and the Nato-Beitritt.")]
    assert found == [("ceasefire", 2), ("ceasefire", 16), ("membership", 40)]


def test_cues_an_elided_word_matches_the_word_it_is_written_with() -> None:
    """"d'" is written with the next word ("d'ouvrir"), as the text's words are read."""
    m = CueMatcher({"accept": ["conven* d'", "conven* d’"]})
    assert [c.key for c in m.find("Paris et Berlin ont convenu d'ouvrir des négociations.")] == ["accept"]
    assert [c.key for c in m.find("Paris et Berlin ont convenu d’ouvrir des négociations.")] == ["accept"]


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


def test_cues_clause_final_frame_spans_an_inserted_clause() -> None:
    """A separable verb closes with its clause, however long: no fixed ten-word gap."""
    m = CueMatcher({"reject": ["lehnen ... ab$"]}, joins=frozenset({"und"}), lemma=lemmatizer("de"))
    text = ("Die Regierung lehnte den Vorschlag, den die Nachbarn am Montag nach langen Beratungen "
            "in der Hauptstadt vorgelegt hatten, ab.")
    assert [c.key for c in m.find(text)] == ["reject"]
    # the first "ab" that fits does not end the clause; the one that does is taken
    found = m.find("Sie lehnte ab heute alle Einladungen ab.")
    assert [(c.key, c.end) for c in found] == [("reject", len("Sie lehnte ab heute alle Einladungen ab"))]


def test_cues_frame_without_closing_word_stays_within_ten_words() -> None:
    m = CueMatcher({"reject": ["weist ... zurück"]})
    near = "Moskau weist die Vorwürfe zurück."
    far = "Moskau weist eins zwei drei vier fünf sechs sieben acht neun zehn elf zurück."
    assert [c.key for c in m.find(near)] == ["reject"]
    assert m.find(far) == []


def test_cues_stance_may_list_its_phrases_in_families() -> None:
    m = CueMatcher({"demand": {"verbs": ["urge"], "nouns": ["ultimatum"]}}, lemma=lemmatizer("en"))
    assert [(c.key, c.phrase) for c in m.find("They urged talks and set an ultimatum.")] == [
        ("demand", "urge"),
        ("demand", "ultimatum"),
    ]


def test_cues_a_family_must_be_a_list() -> None:
    with pytest.raises(DataError):
        CueMatcher({"demand": {"verbs": "urge"}})


def test_cues_a_bare_yaml_boolean_in_a_word_list_is_an_error() -> None:
    from diplograph.errors import DataError
    from diplograph.extract.grammar import _words

    with pytest.raises(DataError, match="quote it"):
        _words([True, "with"], "grammar.yml: prepositions")


def test_find_in_is_the_whole_texts_matches_inside_the_stretch() -> None:
    """find_in bisects the text's matches by start; it must give what filtering them gives, for
    any stretch, and after the matcher was asked about another text in between."""
    phrases = {"demand": ["forder*", "verlang*"], "talks": ["*gespräch*", "treffen"]}
    m = CueMatcher(phrases, lemma=lemmatizer("de"))
    text = "Sie forderten Gespräche. Man verlangte ein Treffen; die Gespräche folgten. Forderungen blieben."
    other = "Ein Treffen wurde gefordert."
    everything = m.find(text)
    assert len(everything) >= 5
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2, 4):
            expected = [c for c in everything if start <= c.start and c.end <= end]
            assert m.find_in(text, start, end) == expected, (start, end)
            assert m.find_in(other, 0, end) == [c for c in m.find(other) if c.end <= end]
