"""A clause whose subject is stated, but by no actor the article names, holds no one's stance.

"Varios aspirantes a la presidencia han prometido …" states its subject (several candidates): the
subject in force from the sentence before does not take it over, as it does for a clause with no
subject at all ("Además, pidió …"). "The Interim Government of Ambazonia" is the government of an
entity the gazetteer lacks, not the government of the state named before.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

_VISIT = "El canciller de México, Juan Ramón de la Fuente, visitó Lima el lunes."


@pytest.mark.parametrize(
    "second",
    [
        "Varios candidatos a la presidencia han prometido endurecer las sanciones contra México.",
        "Algunos diputados exigieron el levantamiento de las sanciones.",
        "Otros abogan por reanudar las relaciones diplomáticas.",
        "El Consejo Nacional de Transición exigió la liberación de los presos.",
    ],
)
def test_a_stated_subject_takes_no_stance_from_the_subject_in_force(make_doc: MakeDoc, second: str) -> None:
    doc = make_doc(f"{_VISIT} {second}", "es")
    assert not doc.positions


@pytest.mark.parametrize(
    ("second", "topic"),
    [
        ("Además, pidió el levantamiento de las sanciones.", "sanctions"),
        ("El martes exigió la liberación de los presos.", "prisoners-hostages"),
    ],
)
def test_a_clause_without_subject_still_takes_the_subject_in_force(
    make_doc: MakeDoc, second: str, topic: str
) -> None:
    doc = make_doc(f"{_VISIT} {second}", "es")
    assert {(p.stance, p.topic) for p in doc.positions} == {("demand", topic)}
    persons = {m.key for m in doc.mentions if m.kind == "Person"}
    assert {p.holder for p in doc.positions} <= {"state/mexico", *persons}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Switzerland's government hosted the talks in Geneva. The Interim Government of Ambazonia "
         "demanded the release of all prisoners.", "en"),
        ("Die Schweizer Regierung empfing die Delegationen in Genf. Die Regierung von Ambazonien "
         "forderte die Freilassung aller Gefangenen.", "de"),
        ("Le gouvernement suisse a reçu les délégations à Genève. Le gouvernement de l'Ambazonie "
         "a exigé la libération de tous les prisonniers.", "fr"),
        ("El Gobierno suizo recibió a las delegaciones en Ginebra. El Gobierno de Ambazonia exigió "
         "la liberación de todos los presos.", "es"),
    ],
)
def test_the_government_of_an_unknown_entity_is_no_state_named_before(
    make_doc: MakeDoc, text: str, lang: str
) -> None:
    assert "state/switzerland" not in {p.holder for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        ("France hosted the talks. The government of Prime Minister Keir Starmer demanded a ceasefire.", "en",
         "state/united-kingdom"),
        ("Frankreich war Gastgeber der Gespräche. Die Regierung des Landes forderte eine Waffenruhe.", "de",
         "state/france"),
    ],
)
def test_a_government_of_a_leader_or_of_the_country_keeps_its_state(
    make_doc: MakeDoc, text: str, lang: str, holder: str
) -> None:
    assert {p.holder for p in make_doc(text, lang).positions} == {holder}
