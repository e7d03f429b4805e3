"""Meetings: sentence → participants, status, place and day (published Tuesday 2025-12-02)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document, Meeting

MakeDoc = Callable[..., Document]
D = dt.date


def _facts(m: Meeting) -> tuple[tuple[str, ...], str, str | None, dt.date | None]:
    return tuple(sorted(m.participants)), m.status, m.place, m.day


MEETINGS = [
    ("de", "Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio.",
     (("person/marco-rubio", "person/sergey-lavrov"), "occurred", "place/geneva", D(2025, 12, 1))),
    ("de", "Der russische Außenminister Sergej Lawrow wird am Freitag in Ankara den türkischen Präsidenten "
           "Recep Tayyip Erdoğan treffen.",
     (("person/recep-tayyip-erdogan", "person/sergey-lavrov"), "planned", "place/ankara", D(2025, 12, 5))),
    ("en", "Russian Foreign Minister Sergey Lavrov will meet Turkish President Recep Tayyip Erdogan "
           "in Ankara on Friday.",
     (("person/recep-tayyip-erdogan", "person/sergey-lavrov"), "planned", "place/ankara", D(2025, 12, 5))),
    ("en", "Indian Prime Minister Narendra Modi held talks with Brazilian President "
           "Luiz Inácio Lula da Silva in New Delhi on Tuesday.",
     (("person/luiz-inacio-lula-da-silva", "person/narendra-modi"), "occurred", "place/new-delhi",
      D(2025, 12, 2))),
    ("de", "Bundeskanzler Friedrich Merz telefonierte am Mittwoch mit dem britischen Premierminister Keir "
           "Starmer.",
     (("person/friedrich-merz", "person/keir-starmer"), "occurred", None, D(2025, 11, 26))),
    ("en", "German Chancellor Friedrich Merz spoke by phone with British Prime Minister Keir Starmer on "
           "Wednesday.",
     (("person/friedrich-merz", "person/keir-starmer"), "occurred", None, D(2025, 11, 26))),
    ("de", "Der russische Sondergesandte Kirill Dmitrijew soll am Mittwoch in Istanbul ukrainische "
           "Unterhändler treffen.",
     (("delegation/ukraine", "person/kirill-dmitriev"), "planned", "place/istanbul", D(2025, 12, 3))),
    ("en", "Russian envoy Kirill Dmitriev met US special envoy Steve Witkoff in Doha on Friday.",
     (("person/kirill-dmitriev", "person/steve-witkoff"), "occurred", "place/doha", D(2025, 11, 28))),
    ("de", "Kenias Präsident William Ruto traf am Montag in Nairobi den äthiopischen Ministerpräsidenten "
           "Abiy Ahmed.",
     (("person/abiy-ahmed-ali", "person/william-ruto"), "occurred", "place/nairobi", D(2025, 12, 1))),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEETINGS)
def test_meetings_sentence_gives_meeting(make_doc: MakeDoc, lang: str, text: str,
                                         expected: tuple[object, ...]) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kreml-Sprecher Dmitri Peskow sagte am Montag, Moskau sei zu Gesprächen bereit."),
    ("en", "The Kremlin rejected new EU sanctions on Monday."),
    ("de", "Die ukrainischen Unterhändler reisten am Sonntag nach Genf."),
])
def test_meetings_none_without_two_sides_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


def test_meetings_evidence_points_into_content(make_doc: MakeDoc) -> None:
    doc = make_doc("Vorspann ohne Namen. Russlands Außenminister Sergej Lawrow traf am Montag in Genf "
                   "US-Außenminister Marco Rubio.", "de")
    (m,) = doc.meetings
    assert doc.content[m.evidence[0].start:m.evidence[0].end].startswith("Russlands Außenminister")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf seinen US-Kollegen Marco Rubio."),
    ("en", "Lavrov met his US counterpart Marco Rubio in Geneva on Monday."),
])
def test_meetings_surname_only_participant(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


def test_meetings_topic_state_is_not_a_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("London (dg) - British Prime Minister Keir Starmer spoke with German Chancellor Friedrich "
                   "Merz by phone on Monday about new sanctions against Russia.", "en")
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/friedrich-merz",
                                                                     "person/keir-starmer")]


def test_meetings_place_not_carried_from_topic_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("The two leaders also discussed tensions in the South China Sea. Australian Prime "
                   "Minister Anthony Albanese will meet Chinese Premier Li Qiang on Thursday.", "en")
    assert [m.place for m in doc.meetings] == [None]


def test_meetings_welcome_of_ties_is_not_a_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Xi Jinping said China welcomed closer economic ties with Australia.", "en")
    assert doc.meetings == ()


def test_meetings_weekday_in_sentence_beats_dateline(make_doc: MakeDoc) -> None:
    doc = make_doc("Genf, 2. Dezember (dg) – Bundesaußenminister Johann Wadephul hat am Montag in Genf "
                   "seinen US-Kollegen Marco Rubio getroffen.", "de")
    assert [m.day for m in doc.meetings] == [D(2025, 12, 1)]


def test_meetings_call_for_talks_is_not_a_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Der Vorsitzende der AU-Kommission, Mahamoud Ali Youssouf, rief beide Kriegsparteien "
                   "zu Verhandlungen auf.", "de")
    assert doc.meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio. Bei seinen Gesprächen verteidigte Lawrow auch "
           "das Abkommen mit der Türkei."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday. During his talks Lavrov also defended the deal "
           "with Turkey."),
    ("fr", "Lavrov a rencontré Marco Rubio lundi à Genève. Lors de ses entretiens, Lavrov a aussi défendu "
           "l'accord avec la Turquie."),
    ("es", "Lavrov se reunió con Marco Rubio el lunes en Ginebra. Durante sus conversaciones Lavrov "
           "defendió también el acuerdo con Turquía."),
])
def test_meetings_possessive_noun_refers_back(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio. Das Treffen fiel in eine Zeit wachsender "
           "Spannungen zwischen der Türkei und Griechenland."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday. The talks come as tensions grow between Turkey "
           "and Greece."),
    ("es", "Lavrov se reunió con Marco Rubio el lunes en Ginebra. La reunión llega en medio de tensiones "
           "entre Turquía y Grecia."),
])
def test_meetings_definite_noun_refers_back_once_reported(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio. Das Treffen mit der Türkei sei nützlich gewesen, "
           "sagte Lawrow am Dienstag."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday. The talks with Turkey were useful, Lavrov said on "
           "Tuesday."),
])
def test_meetings_attached_partner_is_read_after_definite_noun(make_doc: MakeDoc, lang: str,
                                                               text: str) -> None:
    doc = make_doc(text, lang)
    assert ("person/sergey-lavrov", "state/turkey") in [tuple(sorted(m.participants)) for m in doc.meetings]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "In Ankara traf Lawrow mit Marco Rubio und anschließend mit Recep Tayyip Erdoğan zusammen."),
    ("en", "In Ankara Lavrov met Marco Rubio and then Recep Tayyip Erdogan."),
    ("fr", "À Ankara, Lavrov a rencontré Marco Rubio puis Recep Tayyip Erdogan."),
    ("es", "En Ankara Lavrov se reunió con Marco Rubio y luego con Recep Tayyip Erdogan."),
])
def test_meetings_sequence_word_splits_two_meetings(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted(tuple(sorted(m.participants)) for m in doc.meetings) == [
        ("person/marco-rubio", "person/sergey-lavrov"),
        ("person/recep-tayyip-erdogan", "person/sergey-lavrov"),
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Rubio besuchte am Montag Ägypten. In Kairo traf er Präsident Abdel Fattah al-Sisi."),
    ("en", "Rubio visited Egypt on Monday. In Cairo he met President Abdel Fattah al-Sisi."),
])
def test_meetings_state_visit_merges_with_the_person_met(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/abdel-fattah-el-sisi",
                                                                     "person/marco-rubio")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio. Am Dienstag trafen die beiden Minister "
           "in Genf Recep Tayyip Erdoğan."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday. On Tuesday the two ministers received Recep Tayyip "
           "Erdogan in Geneva."),
])
def test_meetings_plural_noun_phrase_stands_for_last_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert ("person/marco-rubio", "person/recep-tayyip-erdogan", "person/sergey-lavrov") in [
        tuple(sorted(m.participants)) for m in doc.meetings]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("de", "Lawrow traf Marco Rubio am Montag in der ägyptischen Hauptstadt.", "place/cairo"),
    ("en", "Lavrov met Marco Rubio in the Egyptian capital on Monday.", "place/cairo"),
    ("fr", "Lavrov a rencontré Marco Rubio lundi dans la capitale égyptienne.", "place/cairo"),
    ("es", "Lavrov se reunió con Marco Rubio el lunes en la capital egipcia.", "place/cairo"),
])
def test_meetings_capital_named_by_its_state(make_doc: MakeDoc, lang: str, text: str, place: str) -> None:
    assert [m.place for m in make_doc(text, lang).meetings] == [place]


def test_meetings_begegnung_is_a_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Lawrow zeigte sich nach seiner Begegnung mit Marco Rubio zufrieden.", "de")
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


def test_meetings_passive_reception_es(make_doc: MakeDoc) -> None:
    doc = make_doc("Lavrov fue recibido el lunes por el secretario de Estado Marco Rubio.", "es")
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Lavrov se reunió el lunes con Marco Rubio. A la reunión asistieron también Recep Tayyip "
           "Erdogan y el Grupo de Lima."),
    ("en", "Lavrov met Marco Rubio on Monday. The meeting was also attended by Recep Tayyip Erdogan and "
           "the Lima Group."),
])
def test_meetings_attendance_after_definite_noun_is_read(make_doc: MakeDoc, lang: str, text: str) -> None:
    parts = [set(m.participants) for m in make_doc(text, lang).meetings]
    assert any("person/recep-tayyip-erdogan" in p for p in parts)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow sprach im Gespräch mit einer Wochenzeitung auch über die Haltung der Türkei."),
    ("de", "Der französische Präsident Emmanuel Macron telefonierte mit seiner Schwester und lobte "
           "später Russland."),
    ("en", "Marco Rubio talked with reporters on Monday and warned Russia."),
    ("fr", "Emmanuel Macron s'est entretenu avec des journalistes lundi et a critiqué la Russie."),
    ("es", "Pedro Sánchez conversó con periodistas el lunes y criticó a Rusia."),
])
def test_meetings_partner_word_without_name_is_no_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow sagte am Montag auf einer Pressekonferenz in Moskau, die Türkei habe recht."),
    ("de", "Die Türkei habe recht, sagte Lawrow am Montag im Zeitungs-Gespräch."),
    ("en", "Lavrov told a news conference in Moscow on Monday that Turkey was right."),
    ("fr", "Lavrov a déclaré lundi lors d'une conférence de presse à Moscou que la Turquie avait raison."),
    ("es", "Lavrov dijo el lunes en una conferencia de prensa en Moscú que Turquía tenía razón."),
])
def test_meetings_press_event_without_partner_is_no_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow sagte am Montag bei einer Pressekonferenz mit Marco Rubio in Genf, die Lage sei ernst."),
    ("en", "Lavrov said at a joint press conference with Marco Rubio in Geneva that the situation was "
           "serious."),
])
def test_meetings_press_event_with_partner_is_a_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


@pytest.mark.parametrize("text", [
    "Im Halbfinale trifft Russland auf die Türkei.",
    "Lawrow sagte, die türkische Delegation werde am Montag in Moskau eintreffen.",
    "Im Grunde lehnt Russland den Plan der Ukraine ab, sagte Rubio.",
    "Der Vorschlag Russlands machte bei den Nachbarn der Ukraine rasch die Runde.",
])
def test_meetings_other_senses_of_meeting_words_de(make_doc: MakeDoc, text: str) -> None:
    assert make_doc(text, "de").meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bundeskanzler Friedrich Merz telefonierte am Montag mit Keir Starmer über neue Sanktionen "
           "gegen Russland."),
    ("fr", "Emmanuel Macron s'est entretenu lundi avec Keir Starmer sur les sanctions contre la Russie."),
    ("es", "Pedro Sánchez habló con Keir Starmer el lunes sobre las sanciones contra Rusia."),
])
def test_meetings_topic_phrase_names_no_participant(make_doc: MakeDoc, lang: str, text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert "state/russia" not in m.participants and len(m.participants) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Beim Treffen in Brüssel ging es auch um die Spannungen zwischen der Türkei und Russland."),
    ("en", "The meeting in Brussels was overshadowed by tensions between Turkey and Russia."),
    ("fr", "La réunion à Bruxelles a été marquée par les tensions entre la Turquie et la Russie."),
    ("es", "La reunión en Bruselas estuvo marcada por las tensiones entre Turquía y Rusia."),
])
def test_meetings_relation_between_states_is_a_topic(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ein Treffen zwischen Lawrow und Marco Rubio sei noch in dieser Woche möglich."),
    ("en", "A meeting between Lavrov and Marco Rubio is possible this week."),
    ("fr", "Une rencontre entre Lavrov et Marco Rubio est possible cette semaine."),
    ("es", "Una reunión entre Lavrov y Marco Rubio es posible esta semana."),
])
def test_meetings_possible_meeting_is_proposed(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [m.status for m in make_doc(text, lang).meetings] == ["proposed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joe Biden met Xi Jinping on Monday. They discussed tensions in the South China Sea."),
    ("de", "Olaf Scholz traf Xi Jinping am Montag. Sie sprachen über Spannungen im Südchinesischen Meer."),
])
def test_meetings_place_of_a_topic_is_no_venue(make_doc, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(m.place != "place/south-china-sea" for m in make_doc(text, lang).meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Congo ruled out direct talks with Rwanda on Monday."),
    ("en", "Russia said it would not take part in peace talks with Ukraine."),
    ("fr", "Kinshasa a catégoriquement exclu toute négociation directe avec Kigali."),
    ("de", "Russland lehnte Gespräche mit der Ukraine ab."),
])
def test_meetings_refused_talks_are_no_meeting(make_doc, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("text", "expected"), [
    ("Olaf Scholz ist am Montag in Wien mit Karl Nehammer zusammengekommen.",
     {"person/olaf-scholz", "person/karl-nehammer"}),
    ("Emmanuel Macron hatte in Rom mit Giorgia Meloni gesprochen.",
     {"person/emmanuel-macron", "person/giorgia-meloni"}),
    ("Eine Delegation der Hamas traf in Kairo mit ägyptischen Geheimdienstvertretern zusammen.",
     {"delegation/hamas", "delegation/egypt"}),
])
def test_meetings_de_perfect_tense_and_groups(make_doc, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert [set(m.participants) for m in make_doc(text, "de").meetings] == [expected]


def test_meetings_de_speaking_for_a_summit_proposes_it(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Fumio Kishida sprach sich für ein Gipfeltreffen mit Kim Jong Un aus.", "de")
    assert [m.status for m in doc.meetings] == ["proposed"]


@pytest.mark.parametrize(("lang", "text", "persons"), [
    ("de", "Annalena Baerbock traf Sameh Schukri in Kairo, nach Angaben des Auswärtigen Amtes.",
     ("person/annalena-baerbock", "person/sameh-shoukry")),
    ("en", "Antony Blinken met Sameh Shoukry in Cairo, according to the State Department.",
     ("person/antony-blinken", "person/sameh-shoukry")),
])
def test_meetings_source_is_no_participant(make_doc, lang: str, text: str,  # type: ignore[no-untyped-def]
                                           persons: tuple[str, str]) -> None:
    assert [m.participants for m in make_doc(text, lang, published=None).meetings] == [persons]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "WASHINGTON (dg) - Joe Biden spoke with Xi Jinping by phone on Tuesday."),
    ("de", "Berlin (dg) - Olaf Scholz telefonierte am Dienstag mit Wladimir Putin."),
])
def test_meetings_a_call_has_no_venue(make_doc, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    meetings = make_doc(text, lang).meetings
    assert len(meetings) == 1 and meetings[0].place is None


def test_meetings_held_and_planned_stay_apart(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Keir Starmer spoke with Friedrich Merz by phone on Monday. The two leaders plan to meet "
                   "in Berlin next week.", "en")
    found = sorted((m.status, m.place) for m in doc.meetings)
    assert found == [("occurred", None), ("planned", "place/berlin")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "William Ruto traf am Rande des Gipfels Abiy Ahmed."),
    ("fr", "William Ruto a rencontré Abiy Ahmed en marge du sommet."),
    ("es", "William Ruto se reunió con Abiy Ahmed al margen de la cumbre."),
])
def test_meetings_on_the_sidelines_is_held(make_doc, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [m.status for m in make_doc(text, lang).meetings] == ["occurred"]


# --- partners, cues and places of issue 9 part 6 (texts written for these tests) -------------

LAV, RUB, ERD = "person/sergey-lavrov", "person/marco-rubio", "person/recep-tayyip-erdogan"


def _all(doc: Document) -> list[tuple[tuple[str, ...], str | None, dt.date | None]]:
    return sorted((tuple(sorted(m.participants)), m.place, m.day) for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag den polnischen Botschafter."),
    ("en", "Lavrov met the Polish ambassador on Monday."),
    ("fr", "Lavrov a rencontré lundi l'ambassadeur polonais."),
    ("es", "Lavrov se reunió el lunes con el embajador polaco."),
])
def test_meetings_partner_named_by_a_role_and_nationality(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [((LAV, "state/poland"), None, D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "In einem Anruf am Mittwoch berieten Friedrich Merz und Emmanuel Macron die Lage."),
    ("en", "Friedrich Merz phoned Emmanuel Macron on Wednesday."),
    ("fr", "Friedrich Merz a téléphoné mercredi à Emmanuel Macron."),
    ("es", "Friedrich Merz telefoneó el miércoles a Emmanuel Macron."),
])
def test_meetings_a_phone_call_is_a_meeting_without_venue(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [
        (("person/emmanuel-macron", "person/friedrich-merz"), None, D(2025, 11, 26))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Wladimir Putin und Recep Tayyip Erdoğan unterzeichneten am Montag in Ankara ein Abkommen."),
    ("en", "Vladimir Putin and Recep Tayyip Erdogan signed an agreement in Ankara on Monday."),
    ("fr", "Vladimir Poutine et Recep Tayyip Erdogan ont signé lundi un accord à Ankara."),
    ("es", "Vladimir Putin y Recep Tayyip Erdogan firmaron el lunes un acuerdo en Ankara."),
])
def test_meetings_two_sides_signing_meet(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [((ERD, "person/vladimir-putin"), "place/ankara", D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Marco Rubio reiste am Montag nach Polen."),
    ("en", "Marco Rubio travelled to Poland on Monday."),
    ("fr", "Marco Rubio s'est rendu lundi en Pologne."),
    ("es", "Marco Rubio viajó el lunes a Polonia."),
])
def test_meetings_travel_to_a_country_meets_its_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.day) for m in doc.meetings] == [
        ((RUB, "state/poland"), D(2025, 12, 1))]
    assert doc.actors["state/poland"].kind == "State"  # the host is an actor, not only a place


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The envoys travelled to Geneva on Sunday."),
    ("fr", "Les émissaires se sont rendus dimanche à Genève."),
    ("es", "Egipto es la primera etapa de un viaje que lo llevará luego a Catar."),
    ("de", "Ägypten ist die erste Station einer Reise, die danach nach Katar führt."),
])
def test_meetings_travel_to_a_city_or_without_traveller_is_none(
    make_doc: MakeDoc, lang: str, text: str,
) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bei einem Besuch in Berlin lobte Marco Rubio die Beziehungen."),
    ("en", "During a visit to Berlin, Marco Rubio praised the ties."),
    ("fr", "Lors d'une visite à Berlin, Marco Rubio a salué les liens."),
    ("es", "Durante una visita a Berlín, Marco Rubio elogió los lazos."),
])
def test_meetings_a_visited_capital_makes_its_state_the_host(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [tuple(sorted(m.participants)) for m in make_doc(text, lang).meetings] == [(RUB, "state/germany")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio, der am Sonntag Recep Tayyip Erdoğan getroffen hatte."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday, who had met Recep Tayyip Erdogan on Sunday."),
    ("fr", "Lavrov a rencontré lundi à Genève Marco Rubio, qui avait rencontré dimanche "
           "Recep Tayyip Erdogan."),
    ("es", "Lavrov se reunió el lunes en Ginebra con Marco Rubio, quien se había reunido el domingo con "
           "Recep Tayyip Erdogan."),
])
def test_meetings_relative_clause_tells_a_meeting_of_its_own(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [(p, d) for p, _, d in _all(make_doc(text, lang))] == [
        ((RUB, ERD), D(2025, 11, 30)), ((RUB, LAV), D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio. Lawrow und Rubio hatten sich bereits im vergangenen "
           "Oktober getroffen."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday. Lavrov and Rubio had already met last October."),
    ("fr", "Lavrov a rencontré Marco Rubio lundi à Genève. Lavrov et Rubio s'étaient déjà rencontrés en "
           "octobre dernier."),
    ("es", "Lavrov se reunió con Marco Rubio el lunes en Ginebra. Lavrov y Rubio ya se habían reunido el "
           "pasado octubre."),
])
def test_meetings_an_earlier_meeting_of_the_same_pair_stays_apart(
    make_doc: MakeDoc, lang: str, text: str,
) -> None:
    meetings = make_doc(text, lang).meetings
    assert [tuple(sorted(m.participants)) for m in meetings] == [(RUB, LAV), (RUB, LAV)]
    assert [m.day for m in meetings] == [D(2025, 12, 1), None]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf Marco Rubio.\n\nDanach traf Lawrow Recep Tayyip Erdoğan."),
    ("en", "Lavrov met Marco Rubio in Geneva on Monday.\n\nAfterwards, Lavrov met Recep Tayyip Erdogan."),
    ("fr", "Lavrov a rencontré Marco Rubio lundi à Genève.\n\nEnsuite, Lavrov a rencontré "
           "Recep Tayyip Erdogan."),
    ("es", "Lavrov se reunió con Marco Rubio el lunes en Ginebra.\n\nDespués, Lavrov se reunió con "
           "Recep Tayyip Erdogan."),
])
def test_meetings_afterwards_keeps_day_and_place(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [
        ((RUB, LAV), "place/geneva", D(2025, 12, 1)), ((ERD, LAV), "place/geneva", D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am 20. November Marco Rubio in Genf. Am Tag darauf traf Lawrow in Genf "
           "Recep Tayyip Erdoğan."),
    ("en", "Lavrov met Marco Rubio in Geneva on November 20. The following day Lavrov met Recep Tayyip "
           "Erdogan in Geneva."),
    ("fr", "Lavrov a rencontré Marco Rubio le 20 novembre à Genève. Le lendemain, Lavrov a rencontré "
           "Recep Tayyip Erdogan à Genève."),
    ("es", "Lavrov se reunió con Marco Rubio el 20 de noviembre en Ginebra. Al día siguiente, Lavrov se "
           "reunió con Recep Tayyip Erdogan en Ginebra."),
])
def test_meetings_the_following_day_counts_from_the_day_told(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [(p, d) for p, _, d in _all(make_doc(text, lang))] == [
        ((RUB, LAV), D(2025, 11, 20)), ((ERD, LAV), D(2025, 11, 21))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow trifft Marco Rubio in Genf."),
    ("en", "Lavrov meets Marco Rubio in Geneva."),
    ("fr", "Lavrov et Marco Rubio se réunissent à Genève."),
    ("es", "Lavrov y Marco Rubio se reúnen en Ginebra."),
])
def test_meetings_present_tense_without_date_is_the_articles_day(
    make_doc: MakeDoc, lang: str, text: str,
) -> None:
    assert _all(make_doc(text, lang)) == [((RUB, LAV), "place/geneva", D(2025, 12, 2))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf Marco Rubio in Genf."),
    ("en", "Lavrov met Marco Rubio in Geneva."),
    ("fr", "Lavrov a rencontré Marco Rubio à Genève."),
    ("es", "Lavrov se reunió con Marco Rubio en Ginebra."),
])
def test_meetings_past_tense_without_date_has_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [((RUB, LAV), "place/geneva", None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Genf – Die Gespräche waren lange geplant. Lawrow traf am Montag Marco Rubio."),
    ("en", "GENEVA - The talks had long been planned. Lavrov met Marco Rubio on Monday."),
    ("fr", "Genève - Les discussions étaient prévues depuis longtemps. Lavrov a rencontré "
           "Marco Rubio lundi."),
    ("es", "GINEBRA - Las conversaciones estaban previstas desde hace tiempo. Lavrov se reunió con Marco "
           "Rubio el lunes."),
])
def test_meetings_dateline_places_a_meeting_of_the_day(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [((RUB, LAV), "place/geneva", D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Genf – Lawrow hatte Marco Rubio am 3. März 2024 getroffen."),
    ("en", "GENEVA - Lavrov met Marco Rubio on March 3, 2024."),
])
def test_meetings_dateline_does_not_place_an_old_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [m.place for m in make_doc(text, lang).meetings] == [None]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow, der das Wochenende in Wien verbracht hatte, traf am Montag in Rom Marco Rubio."),
    ("en", "Lavrov, who had spent the weekend in Vienna, met Marco Rubio in Rome on Monday."),
    ("fr", "Lavrov, qui avait passé le week-end à Vienne, a rencontré lundi Marco Rubio à Rome."),
    ("es", "Lavrov, que había pasado el fin de semana en Viena, se reunió el lunes con Marco Rubio en Roma."),
])
def test_meetings_venue_is_the_place_of_the_meeting_clause(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _all(make_doc(text, lang)) == [((RUB, LAV), "place/rome", D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia ignored calls by the United States and France for a ceasefire."),
    ("en", "Russia dismissed the calls from Germany and Poland for a ceasefire."),
])
def test_meetings_a_call_for_something_is_an_appeal(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Noch am Donnerstag ruft die Türkei den UN-Sicherheitsrat an."),
    ("de", "Das Abkommen war 2014 von der Ukraine und der EU unterschrieben worden."),
    ("en", "The agreement, signed in 2014 by Ukraine and the EU, remains in force."),
    ("fr", "L'accord signé en 2014 par l'Ukraine et l'UE reste en vigueur."),
    ("es", "El acuerdo firmado en 2014 por Ucrania y la UE sigue vigente."),
])
def test_meetings_an_appeal_or_a_text_signed_long_ago_is_none(
    make_doc: MakeDoc, lang: str, text: str,
) -> None:
    assert make_doc(text, lang).meetings == ()


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("de", "Wladimir Putin empfing Recep Tayyip Erdoğan am Montag im Kreml.", "place/moscow"),
    ("en", "Donald Trump received Uhuru Kenyatta in the White House on Monday.", "place/washington-dc"),
    ("fr", "Donald Trump a reçu Uhuru Kenyatta lundi à la Maison Blanche.", "place/washington-dc"),
    ("es", "Donald Trump recibió a Uhuru Kenyatta el lunes en la Casa Blanca.", "place/washington-dc"),
    ("en", "Emmanuel Macron hosted Volodymyr Zelensky at the Elysee Palace on Monday.", "place/paris"),
    ("es", "Emmanuel Macron recibió a Volodímir Zelenski el lunes en el Elíseo.", "place/paris"),
])
def test_meetings_seat_of_government_after_a_locative_is_the_venue(
    make_doc: MakeDoc, lang: str, text: str, place: str,
) -> None:
    (m,) = make_doc(text, lang).meetings
    assert (len(m.participants), m.place, m.day) == (2, place, D(2025, 12, 1))
    assert not any(k.startswith("org/") for k in m.participants)


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("de", "Lawrow traf Marco Rubio am Montag in der ägyptischen Hauptstadt.", "place/cairo"),
    ("en", "Lavrov met Marco Rubio in the Egyptian capital on Monday.", "place/cairo"),
    ("fr", "Donald Trump a reçu Uhuru Kenyatta lundi à la Maison Blanche.", "place/washington-dc"),
    ("es", "Donald Trump recibió a Uhuru Kenyatta el lunes en la Casa Blanca.", "place/washington-dc"),
])
def test_meetings_a_place_no_mention_names_is_a_place_of_the_article(
    make_doc: MakeDoc, lang: str, text: str, place: str,
) -> None:
    doc = make_doc(text, lang)
    assert [m.place for m in doc.meetings] == [place]
    assert doc.actors[place].kind == "Place"  # so the graph types and labels it


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am Dienstag ist Frank-Walter Steinmeier in Warschau zu Besuch."),
    ("de", "Am Dienstag ist Frank-Walter Steinmeier in der polnischen Hauptstadt zu Besuch."),
    ("en", "On Tuesday, Frank-Walter Steinmeier is on a visit to the Polish capital."),
    ("fr", "Mardi, Frank-Walter Steinmeier est en visite dans la capitale polonaise."),
    ("es", "El martes, Frank-Walter Steinmeier está de visita en la capital polaca."),
])
def test_meetings_visit_to_a_capital_named_before_or_by_its_state(make_doc: MakeDoc, lang: str,
                                                                  text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert set(m.participants) == {"person/frank-walter-steinmeier", "state/poland"}
    assert m.place == "place/warsaw"


def test_meetings_place_right_before_a_visit_verb_is_no_destination(make_doc: MakeDoc) -> None:
    assert not make_doc("In Berlin besuchte Angela Merkel am Montag eine Schule.", "de").meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sergey Lavrov and Marco Rubio held talks aimed at preventing the possible outbreak of war."),
    ("de", "Sergej Lawrow und Marco Rubio führten Gespräche über die mögliche Eskalation des Krieges."),
    ("fr", "Sergueï Lavrov et Marco Rubio ont tenu des pourparlers sur la possible escalade de la guerre."),
    ("es", "Serguéi Lavrov y Marco Rubio mantuvieron conversaciones sobre la posible escalada de la guerra."),
])
def test_meetings_status_word_of_another_noun_leaves_it_held(make_doc: MakeDoc, lang: str, text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert m.status == "occurred"


@pytest.mark.parametrize("text", [
    "Russia's deputy foreign minister met Syria's president in Damascus.",
    "Egypt's acting prime minister met Israel's new ambassador in Cairo.",
])
def test_meetings_role_with_a_portfolio_after_a_possessive(make_doc: MakeDoc, text: str) -> None:
    """English puts portfolio and rank words between owner and role: the owner still takes part."""
    meetings = make_doc(text, "en").meetings
    assert len(meetings) == 1
    assert len(meetings[0].participants) == 2
    assert not any(p.startswith("place/") for p in meetings[0].participants)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lavrov met Wang Yi in Beijing on Monday, a day after he held talks with Kim Jong Un."),
    ("de", "Lawrow traf am Montag Wang Yi in Peking, einen Tag nachdem er Gespräche mit Kim Jong Un "
           "geführt hatte."),
    ("fr", "Lavrov a rencontré Wang Yi à Pékin lundi, au lendemain de son entretien avec Kim Jong Un."),
    ("es", "Lavrov se reunió con Wang Yi en Pekín el lunes, un día después de su reunión con Kim Jong Un."),
])
def test_meetings_later_clause_of_the_same_subject_is_a_meeting_of_its_own(make_doc: MakeDoc, lang: str,
                                                                           text: str) -> None:
    pairs = {m.participants for m in make_doc(text, lang, published=dt.date(2026, 3, 4)).meetings}
    assert pairs == {("person/sergey-lavrov", "person/wang-yi"),
                     ("person/kim-jong-un", "person/sergey-lavrov")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Both Riek Machar and Salva Kiir agreed to meet this week, after visits to Juba by John Kerry and "
           "Ban Ki-moon."),
    ("es", "Tras una conversación telefónica entre Kamala Harris y Andrés Manuel López Obrador, funcionarios "
           "de Washington visitaron México."),
])
def test_meetings_later_clause_with_a_subject_of_its_own_is_not_split_off(make_doc: MakeDoc, lang: str,
                                                                          text: str) -> None:
    """The rule for a second meeting of the same subject does not split a clause whose meeting
    has a subject of its own."""
    assert len(make_doc(text, lang).meetings) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kurz vor dem Besuch von Präsident Barack Obama in Vietnam ist der Priester Nguyen Van Ly aus dem "
           "Gefängnis entlassen worden."),
    ("en", "Shortly before the visit of President Barack Obama to Vietnam, the dissident Nguyen Van Ly was "
           "released."),
    ("fr", "Peu avant la visite du président Barack Obama au Vietnam, le dissident Nguyen Van Ly a été "
           "libéré."),
    ("es", "Poco antes de la visita del presidente Barack Obama a Vietnam, el disidente Nguyen Van Ly fue "
           "liberado."),
])
def test_meetings_visit_noun_with_its_visitor_is_the_visitor_with_the_host(make_doc: MakeDoc, lang: str,
                                                                          text: str) -> None:
    meetings = make_doc(text, lang).meetings
    assert [m.participants for m in meetings] == [("person/barack-obama", "state/vietnam")]


def test_meetings_calls_by_someone_for_something_are_demands(make_doc: MakeDoc) -> None:
    """"Calls … by X for Y" are X's demands, not phone calls, however far "by" stands."""
    text = ("Both armies had ignored calls in the past two weeks by the United States, France and Russia "
            "for an immediate ceasefire.")
    assert not make_doc(text, "en").meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Präsident Emmanuel Macron kehrte von seinem Besuch in Kairo mit neuen Verträgen zurück. "
           "Präsident Abdel Fattah al-Sisi lobte die Beziehungen."),
    ("en", "President Emmanuel Macron returned from his visit to Cairo with new contracts. "
           "President Abdel Fattah al-Sisi praised the relations."),
    ("fr", "Le président Emmanuel Macron est rentré de sa visite au Caire avec de nouveaux contrats. "
           "Le président Abdel Fattah al-Sissi a salué les relations."),
    ("es", "El presidente Emmanuel Macron regresó de su visita a El Cairo con nuevos contratos. "
           "El presidente Abdel Fattah al-Sisi elogió las relaciones."),
])
def test_meetings_a_first_visit_told_with_a_possessive_is_received_by_the_host_leader(
        make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang, dt.date(2024, 5, 2))
    assert {frozenset(m.participants) for m in doc.meetings} == {
        frozenset({"person/emmanuel-macron", "person/abdel-fattah-el-sisi"})
    }


def test_meetings_a_possessive_refers_back_once_a_meeting_is_told(make_doc: MakeDoc) -> None:
    doc = make_doc("Olaf Scholz traf Emmanuel Macron am Montag in Paris. Bei seinem Besuch in Paris ging es "
                   "um Handel.", "de")
    assert len(doc.meetings) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Indian prime minister hosted his Japanese counterpart in New Delhi on Friday."),
    ("fr", "Le Premier ministre indien a reçu vendredi son homologue japonais à New Delhi."),
    ("es", "El primer ministro indio recibió el viernes a su homólogo japonés en Nueva Delhi."),
])
def test_meetings_a_counterpart_holds_the_role_named_before_it(make_doc: MakeDoc, lang: str,
                                                             text: str) -> None:
    (meeting,) = make_doc(text, lang, dt.date(2024, 5, 2)).meetings
    assert set(meeting.participants) == {"person/narendra-modi", "person/fumio-kishida"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "John Kerry held talks with Iranian Foreign Minister Mohammad Javad Zarif in Lausanne on Monday. "
           "Before traveling to Switzerland, Kerry told reporters that a deal was possible."),
    ("es", "John Kerry mantuvo el lunes conversaciones con el canciller iraní Mohammad Javad Zarif en "
           "Ginebra. Antes de viajar a Suiza, Kerry dijo que un acuerdo era posible."),
])
def test_meetings_trip_to_a_meeting_is_no_meeting_with_the_state(make_doc: MakeDoc, lang: str,
                                                                  text: str) -> None:
    """A trip to the state where the traveller's talks take place is the way to those talks."""
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [
        ("person/john-kerry", "person/mohammad-javad-zarif")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "John Kerry traveled to Switzerland on Monday."),
    ("en", "John Kerry held talks with Mohammad Javad Zarif in Lausanne on Monday. On Tuesday Kerry traveled "
           "to Egypt."),
    ("es", "John Kerry viajó a Suiza el lunes."),
])
def test_meetings_trip_alone_or_elsewhere_stays_a_visit(make_doc: MakeDoc, lang: str, text: str) -> None:
    visited = {p for m in make_doc(text, lang).meetings for p in m.participants if p.startswith("state/")}
    assert visited & {"state/switzerland", "state/egypt"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Präsident Barack Obama wird am Sonntag zu einem Besuch in Vietnam erwartet. Der Dissident "
           "Nguyen Van Ly sagte: Das ist ein Geschenk an die USA vor dem Besuch des Ministers."),
    ("en", "President Barack Obama is expected in Vietnam on Sunday for a visit. The dissident Nguyen Van Ly "
           "said: this is a gift to the United States before the visit of the minister."),
    ("fr", "Le président Barack Obama est attendu dimanche au Vietnam pour une visite. Le dissident "
           "Nguyen Van Ly a dit: c'est un cadeau aux États-Unis avant la visite du ministre."),
    ("es", "El presidente Barack Obama es esperado el domingo en Vietnam para una visita. El disidente "
           "Nguyen Van Ly dijo: es un regalo a Estados Unidos antes de la visita del ministro."),
])
def test_meetings_visit_of_an_unnamed_role_is_not_the_sentence_actors(make_doc: MakeDoc, lang: str,
                                                                     text: str) -> None:
    """"The visit of the minister": the visitor is someone the sentence does not name, so the
    actors it does name (the speaker, the USA) have not met."""
    assert not [m for m in make_doc(text, lang).meetings if "state/united-states" in m.participants]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Joe Biden will host Fumio Kishida at the White House on Friday, the White House said on Monday."),
    ("es", "Joe Biden recibirá el viernes a Fumio Kishida en la Casa Blanca, informó el lunes la Casa "
           "Blanca."),
])
def test_meetings_a_government_body_adds_no_side_to_its_leader(make_doc: MakeDoc, lang: str,
                                                               text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert (m.participants, m.day) == (("person/fumio-kishida", "person/joe-biden"), D(2025, 12, 5))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sergei Lavrov said on Monday he would meet Hakan Fidan in Ankara on Friday."),
    ("de", "Sergej Lawrow sagte am Montag, er werde am Freitag in Ankara Hakan Fidan treffen."),
    ("fr", "Sergueï Lavrov a déclaré lundi qu'il rencontrera Hakan Fidan vendredi à Ankara."),
    ("es", "Serguéi Lavrov dijo el lunes que se reunirá con Hakan Fidan el viernes en Ankara."),
])
def test_meetings_a_day_right_after_a_speech_verb_dates_the_statement(make_doc: MakeDoc, lang: str,
                                                                      text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert m.day == D(2025, 12, 5)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Xi Jinping will pay a state visit to France next month, the Elysee said."),
    ("fr", "Xi Jinping effectuera le mois prochain une visite d'État en France, a indiqué l'Élysée."),
])
def test_meetings_a_government_body_beside_its_state_leaves_the_state(make_doc: MakeDoc, lang: str,
                                                                      text: str) -> None:
    (m,) = make_doc(text, lang).meetings
    assert m.participants == ("person/xi-jinping", "state/france")
