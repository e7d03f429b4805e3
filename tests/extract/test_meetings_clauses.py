"""Meetings and the words around them: what is discussed is no participant, a meeting word of
a relative clause alone tells no meeting of the main clause's names, and the English verb
"call" reports a call only when a person is called. Published Tuesday 2025-12-02; every text is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

MERZ_TUSK = ("person/donald-tusk", "person/friedrich-merz")


def _met(doc: Document) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(m.participants)) for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz and Tusk discussed Ukraine in Warsaw on Monday."),
    ("en", "Merz discussed the situation in Ukraine with Tusk in Warsaw."),
    ("en", "Merz and Tusk discussed the US policy towards the Iranian government."),
    ("de", "Merz und Tusk besprachen am Montag in Warschau die Lage der Ukraine."),
    ("de", "Merz und Tusk erörterten die Politik der USA gegenüber der iranischen Regierung."),
    ("fr", "Merz et Tusk ont discuté de l'Ukraine lundi à Varsovie."),
    ("fr", "Merz et Tusk ont abordé la politique américaine envers le gouvernement iranien."),
    ("es", "Merz y Tusk discutieron la situación de Ucrania el lunes en Varsovia."),
    ("es", "Merz y Tusk abordaron la política estadounidense hacia el Gobierno iraní."),
])
def test_meetings_what_is_discussed_takes_no_part(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The object of a verb of discussing is the subject matter, to the end of its clause:
    "discussed Ukraine" names no third side."""
    assert _met(make_doc(text, lang)) == [MERZ_TUSK]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tusk, who has hosted several rounds of talks, pledged further aid to Sudan."),
    ("de", "Tusk, der mehrere Gesprächsrunden ausgerichtet hat, sagte dem Sudan weitere Hilfe zu."),
    ("fr", "Tusk, qui a accueilli plusieurs cycles de pourparlers, a promis une aide au Soudan."),
    ("es", "Tusk, que ha acogido varias rondas de conversaciones, prometió más ayuda a Sudán."),
])
def test_meetings_a_relative_clause_with_no_partner_tells_no_meeting(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """The only meeting word stands in a relative clause that names no partner: the names of
    the main clause (Tusk, Sudan) did not meet."""
    assert _met(make_doc(text, lang)) == []


@pytest.mark.parametrize(("text", "met"), [
    ("Merz called the Polish application to join the eurozone unacceptable.", []),
    ("Speaking in Warsaw, Tusk called the German proposal a good basis.", []),
    ("Merz called Tusk on Tuesday.", [MERZ_TUSK]),
    ("In a call on Tuesday, Merz and Tusk discussed the war.", [MERZ_TUSK]),
    ("Merz said he had a long call with Tusk.", [MERZ_TUSK]),
])
def test_meetings_the_english_verb_call_needs_a_person(
    make_doc: MakeDoc, text: str, met: list[tuple[str, ...]]
) -> None:
    """"call" is a noun of meeting and a verb of naming ("called the plan unacceptable"): the
    noun counts with its determiner or partner, the verb only with a person called, whatever
    day follows ("called Tusk on Tuesday")."""
    assert _met(make_doc(text, "en")) == met


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tusk hosted talks between Serbian and Kosovar delegations in Warsaw on Monday. "
           "The two delegations agreed to meet again next week."),
    ("de", "Tusk richtete am Montag in Warschau Gespräche zwischen serbischen und kosovarischen "
           "Delegationen aus. "
           "Die beiden Delegationen vereinbarten, sich in der kommenden Woche erneut zu treffen."),
    ("fr", "Tusk a accueilli lundi à Varsovie des pourparlers entre délégations serbe et kosovare. "
           "Les deux délégations sont convenues de se retrouver la semaine prochaine."),
    ("es", "Tusk acogió el lunes en Varsovia conversaciones entre las delegaciones serbia y kosovar. "
           "Las dos delegaciones acordaron volver a reunirse la próxima semana."),
])
def test_meetings_the_two_delegations_meet_again_as_planned(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"The two delegations" are the delegations of the meeting told before, not its host; a
    meeting "next week" ("la próxima semana", a time phrase with its article) is planned."""
    doc = make_doc(text, lang)
    planned = [m for m in doc.meetings if m.status == "planned"]
    assert [tuple(sorted(m.participants)) for m in planned] == [("delegation/kosovo", "delegation/serbia")]


def test_meetings_a_call_on_a_day_is_a_call_not_an_appeal(make_doc: MakeDoc) -> None:
    """"call on" appeals ("called on Iran to …"), but in "a phone call on Saturday" its "on"
    opens the day: the call is a meeting, and no demand."""
    doc = make_doc("Merz told Tusk in a phone call on Saturday that Berlin backed the talks.", "en")
    assert _met(doc) == [MERZ_TUSK]
    assert not [p for p in doc.positions if p.stance == "demand"]


def test_meetings_a_conditional_meeting_has_not_happened(make_doc: MakeDoc) -> None:
    """"would only negotiate if …": a meeting under "would" is not told as held."""
    doc = make_doc("Tusk said Poland would only negotiate with Merz if Germany paid reparations.", "en")
    assert all(m.status != "occurred" for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Merz und Tusk wollen sich im kommenden Monat in Danzig treffen, teilte die Bundesregierung am "
           "Sonntag mit."),
    ("en", "Merz and Tusk will meet in Gdansk next month, the German government said on Sunday."),
])
def test_meetings_the_day_of_the_statement_is_not_the_meetings(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A day inside a speech frame ("teilte … am Sonntag mit") or right after a speech verb
    ("said on Sunday") dates the statement: the meeting "next month" has no day yet."""
    [meeting] = make_doc(text, lang).meetings
    assert meeting.status == "planned" and meeting.day is None


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Merz llegó a Varsovia el lunes para reunirse con Donald Tusk."),
    ("es", "Merz llegó el lunes a Varsovia para reunirse con Donald Tusk."),
    ("es", "Merz viajó la semana pasada a Varsovia, donde se reunió con Donald Tusk."),
    ("fr", "Merz est arrivé lundi à Varsovie pour rencontrer Donald Tusk."),
    ("de", "Merz traf am Montag in Warschau ein, um Donald Tusk zu treffen."),
])
def test_meetings_the_destination_of_a_journey_is_the_place(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Spanish "a" after a verb of motion names where to ("llegó el lunes a Varsovia"), a place,
    though "a" alone marks the object too ("pidió a Varsovia"): the meeting is held there."""
    meetings = make_doc(text, lang).meetings
    assert [(tuple(sorted(m.participants)), m.place) for m in meetings] == [(MERZ_TUSK, "place/warsaw")]


@pytest.mark.parametrize("text", [
    "España pidió a Varsovia que abra sus fronteras.",
    "El apoyo a Polonia llegó tarde, y España pidió a Varsovia más cooperación.",
])
def test_mentions_a_spanish_object_marker_keeps_its_state(make_doc: MakeDoc, text: str) -> None:
    """Without a verb of motion before it, "a Varsovia" is the state asked, not a place."""
    doc = make_doc(text, "es")
    assert any(m.key == "state/poland" and m.form != "place" for m in doc.mentions)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt's intelligence chief met a Palestinian delegation in Cairo on Monday."),
    ("de", "Ägyptens Geheimdienstchef traf am Montag in Kairo eine palästinensische Delegation."),
    ("fr", "Le chef des renseignements égyptien a rencontré lundi au Caire une délégation palestinienne."),
    ("es", "El jefe de inteligencia egipcio se reunió el lunes en El Cairo con una delegación palestina."),
])
def test_meetings_an_intelligence_chief_acts_for_his_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Who heads an intelligence service acts for its state, as an officer does (roles.yml
    MilitaryOfficial): unnamed, "Egypt's intelligence chief" meets for Egypt."""
    (meeting,) = make_doc(text, lang).meetings
    assert set(meeting.participants) == {"state/egypt", "delegation/palestine"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz telephoned Tusk on Monday and said Berlin would send tents and rescue teams."),
    ("en", "Merz telephoned Tusk on Monday and offered him rescue teams."),
    ("de", "Merz telefonierte am Montag mit Tusk und sagte, Berlin werde Zelte schicken."),
    ("de", "Merz telefonierte am Montag mit Tusk und bot ihm Rettungsteams an."),
    ("fr", "Merz s'est entretenu lundi au téléphone avec Tusk et lui a proposé des équipes de secours."),
    ("fr", "Merz s'est entretenu lundi au téléphone avec Tusk et a déclaré que Berlin enverrait des tentes."),
    ("es", "Merz telefoneó el lunes a Tusk y le ofreció equipos de rescate."),
    ("es", "Merz telefoneó el lunes a Tusk y dijo que Berlín enviaría tiendas de campaña."),
])
def test_meetings_a_plan_word_of_the_next_verb_leaves_the_call_held(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A word of plan or proposal after "and" or after a speech verb belongs to the subject's next
    deed or to what was said, not to the call: the call was held on Monday, the day before."""
    doc = make_doc(text, lang)
    assert [(m.status, m.day) for m in doc.meetings] == [("occurred", date(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz and Tusk will meet in Warsaw next week."),
    ("en", "A meeting of Merz and Tusk, planned for next week, was cancelled."),
    ("de", "Ein Treffen von Merz und Tusk ist für nächste Woche geplant."),
    ("fr", "Une rencontre entre Merz et Tusk est prévue la semaine prochaine."),
    ("es", "Merz y Tusk se reunirán la próxima semana en Varsovia."),
])
def test_meetings_a_plan_word_of_the_meeting_still_plans_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A word of plan said of the meeting itself, or in its phrase of time, keeps it planned."""
    assert [m.status for m in make_doc(text, lang).meetings] == ["planned"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday Merz met Tusk, who has offered more aid."),
    ("de", "Merz traf am Montag Tusk, der mehr Hilfe angeboten hat."),
    ("fr", "Merz a rencontré lundi Tusk, qui a proposé davantage d'aide."),
    ("es", "Merz se reunió el lunes con Tusk, que ofreció más ayuda."),
])
def test_meetings_a_plan_word_in_a_relative_clause_on_a_person_is_the_persons(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """What a relative clause on the partner tells ("Tusk, who has offered more aid") is the
    partner's, not a word of the meeting: it was held."""
    assert [(m.status, m.day) for m in make_doc(text, lang).meetings] == [("occurred", date(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tusk said a meeting with Rubio had been requested."),
    ("de", "Ein Treffen mit Rubio sei angefragt, sagte Tusk."),
    ("fr", "Tusk a sollicité une rencontre avec Rubio."),
    ("es", "Tusk ha solicitado una reunión con Rubio."),
])
def test_meetings_a_requested_meeting_is_proposed(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A meeting asked for has not been held: it is proposed."""
    assert [m.status for m in make_doc(text, lang).meetings] == ["proposed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz spoke on Monday with Tusk."),
    ("en", "Merz talked at length on Monday with Tusk."),
    ("de", "Merz sprach am Montag mit Tusk."),
    ("fr", "Merz a parlé lundi avec Tusk."),
    ("es", "Merz habló el lunes por la tarde con Tusk."),
])
def test_meetings_speaking_with_someone_with_a_day_between(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A verb of speaking and its partner word may stand apart, a day or a manner between them:
    "spoke on Monday with Tusk" is a meeting as "spoke with Tusk on Monday" is."""
    assert [(tuple(sorted(m.participants)), m.day) for m in make_doc(text, lang).meetings] == [
        (MERZ_TUSK, date(2025, 12, 1))
    ]


def test_meetings_bringing_an_idea_into_discussion_is_no_meeting(make_doc: MakeDoc) -> None:
    """"ins Gespräch bringen" puts an idea forward; the Gespräch is no meeting of those named."""
    doc = make_doc("Eine Anerkennung Taiwans, wie sie Teile der Opposition ins Gespräch gebracht haben, "
                   "schloss Manele aus.", "de")
    assert doc.meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La alta representante Kaja Kallas, que el lunes conversó por teléfono con el ministro ucraniano "
           "de Exteriores, Andrí Sibiga, defendió nuevas sanciones."),
    ("fr", "La haute représentante Kaja Kallas, qui s'est entretenue lundi avec le ministre ukrainien des "
           "Affaires étrangères, Andrii Sybiha, a défendu de nouvelles sanctions."),
    ("en", "Kaja Kallas, who spoke on Monday with Ukraine's foreign minister, Andrii Sybiha, defended new "
           "sanctions."),
])
def test_meetings_a_partner_named_in_apposition_belongs_to_the_relative_clause(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"…, que conversó con el ministro ucraniano, Andrí Sibiga, defendió …": the name set off by
    commas after the partner's title is inside the relative clause that tells the meeting."""
    meetings = make_doc(text, lang).meetings
    assert [sorted(m.participants) for m in meetings] == [["person/andrii-sybiha", "person/kaja-kallas"]]


def test_meetings_a_german_separable_verb_closes_with_its_clause(make_doc: MakeDoc) -> None:
    """"kamen … zusammen": the particle may stand far from the verb, at the end of the clause."""
    text = ("Der dänische Außenminister Lars Løkke Rasmussen kam am Mittwoch nach einer langen Anreise "
            "im State Department in Washington mit US-Außenminister Marco Rubio zusammen.")
    meetings = make_doc(text, "de").meetings
    expected = [["person/lars-lokke-rasmussen", "person/marco-rubio"]]
    assert [sorted(m.participants) for m in meetings] == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "South Korean Foreign Minister Cho Hyun will discuss the issue in Tokyo on Monday with his "
           "Japanese counterpart, Toshimitsu Motegi."),
    ("fr", "Le ministre sud-coréen Cho Hyun abordera la question lundi à Tokyo avec son homologue japonais, "
           "Toshimitsu Motegi."),
    ("es", "El ministro surcoreano de Exteriores, Cho Hyun, abordará la cuestión el lunes en Tokio con su "
           "homólogo japonés, Toshimitsu Motegi."),
    ("de", "Der südkoreanische Außenminister Cho Hyun wird die Frage am Montag in Tokio mit seinem "
           "japanischen Kollegen Toshimitsu Motegi erörtern."),
])
def test_meetings_discussing_something_with_someone_is_a_meeting_in_any_tense(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    meetings = make_doc(text, lang).meetings
    assert [sorted(m.participants) for m in meetings] == [["person/cho-hyun", "person/toshimitsu-motegi"]]


def test_meetings_discussing_something_with_reporters_is_none(make_doc: MakeDoc) -> None:
    assert not make_doc("Cho Hyun discussed the issue with reporters on Monday.", "en").meetings
