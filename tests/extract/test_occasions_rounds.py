"""A phrase of occasion before a stance ("Beim Gipfeltreffen …", "On the sidelines of the summit
…") says when and where, not what the stance is about; a round or session of dialogue is a round
of talks, in every language.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Beim Gipfeltreffen in Lima verlangte Lula, die Ratifizierung nicht länger zu verschleppen."),
    ("de", "Am Rande der Gespräche in Genf forderte Lula, die Ratifizierung zu beschleunigen."),
    ("en", "On the sidelines of the summit in Lima, Lula demanded that Europe stop delaying ratification."),
    ("fr", "En marge du sommet de Lima, Lula a exigé que l'Europe cesse de retarder la ratification."),
    ("es", "Al margen de la cumbre de Lima, Lula exigió que Europa deje de retrasar la ratificación."),
])
def test_occasion_is_no_topic(make_doc: MakeDoc, lang: str, text: str) -> None:
    topics = {p.topic for p in make_doc(text, lang).positions}
    assert "negotiations" not in topics


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Während der Gespräche forderte Russland eine Waffenruhe."),
    ("en", "On the sidelines of the talks, Russia demanded a ceasefire."),
    ("fr", "En marge des pourparlers, la Russie a exigé un cessez-le-feu."),
    ("es", "Al margen de las conversaciones, Rusia exigió un alto el fuego."),
])
def test_occasion_keeps_what_is_asked(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert facts == {("state/russia", "demand", "ceasefire")}


def test_occasion_leaves_talks_asked_for(make_doc: MakeDoc) -> None:
    doc = make_doc("Russland hat Verhandlungen gefordert.", "de")
    facts = {(p.holder, p.stance, p.topic) for p in doc.positions}
    assert facts == {("state/russia", "demand", "negotiations")}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno colombiano y el ELN cerraron este lunes en Doha una nueva ronda de diálogo."),
    ("en", "The Colombian government and the ELN closed a new round of dialogue in Doha on Monday."),
    ("de", "Die kolumbianische Regierung und die ELN schlossen am Montag in Doha eine neue Dialogrunde ab."),
    ("fr", "Le gouvernement colombien et l'ELN ont clos lundi à Doha un nouveau cycle de dialogue."),
])
def test_round_of_dialogue_is_a_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang, published=date(2026, 6, 11))
    assert [(sorted(m.participants), m.place, m.day) for m in doc.meetings] == [
        (["org/eln", "state/colombia"], "place/doha", date(2026, 6, 8))
    ]


def test_round_of_sanctions_is_no_meeting(make_doc: MakeDoc) -> None:
    assert make_doc("La oposición pidió una nueva ronda de sanciones contra Caracas.", "es").meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno colombiano y el ELN cerraron este lunes en Doha una nueva ronda de diálogo "
     "con un acuerdo."),
    ("en", "The Colombian government and the ELN ended a new round of talks in Doha on Monday "
     "with an agreement."),
    ("de", "Die kolumbianische Regierung und die ELN beendeten am Montag in Doha eine neue "
     "Gesprächsrunde mit einer Einigung."),
])
def test_round_ending_with_a_thing_is_still_a_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A partner word before an indefinite thing ("con un acuerdo") attaches no partner."""
    doc = make_doc(text, lang, published=date(2026, 6, 11))
    assert [sorted(m.participants) for m in doc.meetings] == [["org/eln", "state/colombia"]]


@pytest.mark.parametrize("text", [
    "The plan met with criticism in Kyiv.",
    "Die Ukraine und Russland trafen mit Kritik auf den Plan.",
])
def test_meeting_with_criticism_is_none(make_doc: MakeDoc, text: str) -> None:
    lang = "en" if text.startswith("The") else "de"
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno colombiano y el ELN cerraron el lunes en la capital de Catar una ronda de diálogo "
     "con un acuerdo para crear zonas en los departamentos de Córdoba y Chocó."),
    ("en", "The Colombian government and the ELN held talks in the Qatari capital on Monday and agreed on "
     "zones in the departments of Córdoba and Chocó."),
    ("de", "Die kolumbianische Regierung und die ELN verhandelten am Montag in der katarischen Hauptstadt "
     "über Zonen in den Departements Córdoba und Chocó."),
    ("fr", "Le gouvernement colombien et l'ELN ont négocié lundi dans la capitale qatarie sur des zones "
     "dans les départements de Córdoba et du Chocó."),
])
def test_capital_named_by_its_state_competes_with_places_named_later(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """The capital by its state stands nearer the meeting word than the places of the deal."""
    doc = make_doc(text, lang, published=date(2026, 6, 11))
    assert [m.place for m in doc.meetings] == ["place/doha"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine agreed in Istanbul on Monday to exchange prisoners."),
    ("de", "Russland und die Ukraine vereinbarten am Montag in Istanbul einen Gefangenenaustausch."),
    ("fr", "La Russie et l'Ukraine sont convenues lundi à Istanbul d'un échange de prisonniers."),
    ("es", "Rusia y Ucrania acordaron el lunes en Estambul un intercambio de prisioneros."),
])
def test_agreeing_at_a_venue_is_a_meeting_there(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang, published=date(2026, 6, 11))
    assert [(sorted(m.participants), m.place, m.day) for m in doc.meetings] == [
        (["state/russia", "state/ukraine"], "place/istanbul", date(2026, 6, 8))
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine agreed on Monday to exchange prisoners."),
    ("es", "Rusia y Ucrania acordaron el lunes un intercambio de prisioneros."),
    ("de", "Russland und die Ukraine vereinbarten einen Gefangenenaustausch in der Region Charkiw."),
])
def test_agreeing_without_a_venue_is_no_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


def test_agreeing_to_something_in_a_state_is_no_venue(make_doc: MakeDoc) -> None:
    doc = make_doc("Merz demanded that Russia agree to a ceasefire in Ukraine without conditions.", "en")
    assert doc.meetings == ()
