"""German relative clauses with the verb last: the clause's own subject holds what it asks of the
noun it hangs on ("eine Waffenruhe, die die ELN fordert"), and a verb-second main clause after it
takes that noun as its fronted object and the actor after the verb as its subject ("…, lehnt
Kolumbien ab"); a subject before the relative clause stays the subject ("Russland, das …, lehnt
… ab"). French, Spanish and English put the subject after or before the verb of the relative
clause and were read so before ("une idée que le gouvernement rejette").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


def test_relative_clause_subject_holds_what_it_asks(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("Eine Waffenruhe, die die ELN fordert, lehnt Kolumbien ab.", "de"))
    assert facts == {("org/eln", "demand", "ceasefire"), ("state/colombia", "reject", "ceasefire")}


@pytest.mark.parametrize(("text", "fact"), [
    ("Die Sanktionen, die die EU verhängt hat, lehnt Russland ab.", ("state/russia", "reject", "sanctions")),
    ("Eine Waffenruhe, wie sie die Ukraine fordert, lehnt Russland ab.",
     ("state/russia", "reject", "ceasefire")),
])
def test_relative_clause_between_fronted_object_and_verb(
    make_doc: MakeDoc, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _facts(make_doc(text, "de"))


def test_relative_clause_after_the_subject_keeps_it(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("Russland, das die Ukraine angegriffen hat, lehnt eine Waffenruhe ab.", "de"))
    assert ("state/russia", "reject", "ceasefire") in facts
    assert not {f for f in facts if f[0] == "state/ukraine"}


def test_relative_clause_of_a_thing_stays_the_things(make_doc: MakeDoc) -> None:
    text = "Russland legte ein Veto gegen eine Resolution ein, die eine sofortige Waffenruhe forderte."
    assert ("state/russia", "demand", "ceasefire") not in _facts(make_doc(text, "de"))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La ELN planteó un alto el fuego, una idea que el Gobierno colombiano descarta por ahora."),
    ("fr", "L'ELN a proposé un cessez-le-feu, une idée que le gouvernement colombien rejette."),
    ("en", "The ELN proposed a ceasefire, an idea the Colombian government rejects."),
])
def test_relative_clause_other_languages_unchanged(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/colombia", "reject", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("text", "expected"), [
    ("Merz sprach in Berlin. Polen bot er Gespräche an.",
     ("person/friedrich-merz", "offer", "negotiations")),
    ("Argentiniens Präsident Javier Milei sprach in Ushuaia. "
     "Großbritannien schlug er Gespräche ohne Vorbedingungen vor.",
     ("person/javier-milei", "propose", "negotiations")),
    ("Merz sprach in Berlin. Den Iran forderte er zu Verhandlungen auf.",
     ("person/friedrich-merz", "demand", "negotiations")),
])
def test_german_a_pronoun_after_the_finite_verb_is_its_subject(
    make_doc: MakeDoc, text: str, expected: tuple[str, str, str]
) -> None:
    """"Polen bot er Gespräche an": "er" right after the finite verb is the subject, and the state
    put before the verb is its object, not the holder."""
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert expected in found
    assert not {h for h, _, _ in found} & {"state/poland", "state/united-kingdom", "state/iran"}


def test_german_an_accusative_pronoun_leaves_the_subject_before_the_verb(make_doc: MakeDoc) -> None:
    """"sie" after the verb may be an object ("forderten sie auf": urged them): the actor before the
    verb stays the holder."""
    doc = make_doc("Die Iraner verhandeln in Genf. Die USA forderten sie zu einer Waffenruhe auf.", "de")
    found = {(p.holder, p.stance, p.topic) for p in doc.positions}
    assert ("state/united-states", "demand", "ceasefire") in found


@pytest.mark.parametrize("text", [
    "Jaishankar betonte, mit einem Staat, der Terroristen Unterschlupf gewähre, "
    "könne es keine Gespräche geben.",
    "Strafen wie diese seien geeignet, Menschen, die Asylwerber unterstützen, abzuschrecken, sagte Merz.",
])
def test_german_a_relative_clause_on_a_thing_with_a_noun_after_its_pronoun(
    make_doc: MakeDoc, text: str
) -> None:
    """", der Terroristen Unterschlupf gewähre,": a capitalised noun after the pronoun does not make
    it an article when the clause closes with its finite verb; the stance is the state's or the
    people's the clause describes, none the article names."""
    assert make_doc(text, "de").positions == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Merz sagte, die Regierung habe die Sanktionen verlängert.", set()),
    ("Kim Jong Un hatte angekündigt, das Atomwaffenarsenal seines Landes auszubauen.",
     {("person/kim-jong-un", "support", "nuclear-program")}),
])
def test_german_a_main_or_infinitive_clause_after_a_comma_is_no_relative_clause(
    make_doc: MakeDoc, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A main clause whose auxiliary comes second ("die Regierung habe … verlängert") and an
    infinitive clause ("das Arsenal auszubauen") close with a verb too, but are no relative clause."""
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert expected <= found
