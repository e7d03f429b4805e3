"""Meetings at which something was said: the words reported name what was said, not who met.

Published Tuesday 2025-12-02; every text is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _sides(doc: Document) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(m.participants)) for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Israeli forces would stay until Hamas was disarmed, Netanyahu told a cabinet meeting on Tuesday.",
     []),
    ("en", "Russia must withdraw its troops from Ukraine, Macron told a meeting of EU leaders on Tuesday.",
     [("org/eu", "person/emmanuel-macron")]),
    ("en", "Macron told a meeting of EU leaders on Tuesday that Russia must withdraw its troops.",
     [("org/eu", "person/emmanuel-macron")]),
    ("en", "Macron said after his meeting with Merz in Berlin that Russia must withdraw its troops.",
     [("person/emmanuel-macron", "person/friedrich-merz")]),
    ("de", "Macron sagte nach seinem Treffen mit Merz in Berlin, Russland müsse seine Truppen abziehen.",
     [("person/emmanuel-macron", "person/friedrich-merz")]),
    ("es", "Macron dijo tras reunirse con Sánchez en Madrid que Rusia debe retirar sus tropas.",
     [("person/emmanuel-macron", "person/pedro-sanchez")]),
    ("fr", "La Russie doit retirer ses troupes, a déclaré Macron lors d'une rencontre avec Merz à Berlin.",
     [("person/emmanuel-macron", "person/friedrich-merz")]),
])
def test_meetings_what_was_said_at_a_meeting_names_no_participant(
    make_doc: MakeDoc, lang: str, text: str, want: list[tuple[str, ...]]
) -> None:
    """A speech verb whose clause holds the meeting ("told a cabinet meeting", "said after his
    meeting with Merz"): the actors of the reported words before that clause or after its
    complementizer are what was said."""
    assert _sides(make_doc(text, lang)) == want


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin and Xi signed a trade deal in Beijing, the Kremlin said after the talks."),
    ("de", "Putin und Xi unterzeichneten in Peking ein Handelsabkommen, teilte der Kreml nach den Gesprächen "
           "mit."),
])
def test_meetings_said_after_the_talks_keeps_who_talked(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"said after the talks" only dates the saying: the talks are those of the actors told before."""
    assert _sides(make_doc(text, lang)) == [("person/vladimir-putin", "person/xi-jinping")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mirsojan und Bairamow trafen sich am Donnerstag in Abu Dhabi auf Einladung des emiratischen "
           "Außenministers Abdullah bin Zayed."),
    ("en", "Mirzoyan and Bayramov met in Abu Dhabi on Thursday at the invitation of Emirati Foreign "
           "Minister Abdullah bin Zayed."),
    ("fr", "Ararat Mirzoyan et Jeyhun Bayramov se sont rencontrés jeudi à Abou Dhabi à l'invitation du "
           "ministre émirati Abdallah ben Zayed."),
    ("es", "Ararat Mirzoyan y Jeyhun Bayramov se reunieron el jueves en Abu Dabi por invitación del "
           "canciller emiratí Abdalá bin Zayed."),
])
def test_meetings_held_at_an_invitation_were_held(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"auf Einladung des …", "por invitación de …": a word of proposal after a preposition tells on
    whose initiative the meeting was held, not that it is still proposed."""
    assert [m.status for m in make_doc(text, lang).meetings] == ["occurred"]


def test_meetings_an_invitation_to_a_meeting_proposes_it(make_doc: MakeDoc) -> None:
    """The verb of inviting before the meeting word still proposes it."""
    assert [m.status for m in make_doc("Merz lud Macron zu einem Treffen in Berlin ein.", "de").meetings] == [
        "proposed"
    ]


@pytest.mark.parametrize("text", [
    "Vertreter Libanons und Israels trafen sich am Mittwoch in Nakura.",
    "Unter Vermittlung der USA haben Vertreter Libanons und Israels am Mittwoch Gespräche aufgenommen.",
])
def test_meetings_the_last_genitive_of_a_list_is_a_side_too(make_doc: MakeDoc, text: str) -> None:
    """German names the sides of envoys in a list of genitives ("Vertreter Libanons und Israels"):
    the one after the join is a side as the ones before it are."""
    sides = _sides(make_doc(text, "de"))
    assert len(sides) == 1 and {"state/israel", "state/lebanon"} <= set(sides[0])


def test_meetings_a_list_of_sides_after_a_speech_verb_is_not_what_was_said(make_doc: MakeDoc) -> None:
    """"It said he will meet with the foreign ministers of Britain, China, France, Russia and
    Germany": the commas of a list end no stretch of speech; every state listed is a side."""
    text = ("Iranian state media reported that Foreign Minister Mohammad Javad Zarif will be in Vienna. "
            "It said he will meet with the foreign ministers of Britain, China, France, Russia and Germany.")
    sides = _sides(make_doc(text, "en"))
    assert any({"state/china", "state/france", "state/germany", "state/russia"} <= set(m) for m in sides)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Washington urged Beirut to accept direct negotiations with Israel."),
    ("de", "Washington drängt Beirut, direkte Verhandlungen mit Israel zu akzeptieren."),
    ("fr", "Washington presse Beyrouth d'accepter des négociations directes avec Israël."),
    ("es", "Washington instó a Beirut a aceptar negociaciones directas con Israel."),
])
def test_meetings_talks_asked_for_are_proposed(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Talks that a demand or proposal asks for are proposed, not held."""
    assert [m.status for m in make_doc(text, lang).meetings] == ["proposed"]


def test_meetings_a_plan_before_a_colon_sets_no_status(make_doc: MakeDoc) -> None:
    """"USA legen … einen Plan vor: Witkoff und Kushner treffen Putin": the colon ends what the
    plan puts forward; the meeting is told as it is."""
    text = "USA legen Russland neuen Ukraine-Plan vor: Witkoff und Kushner treffen Putin in Moskau"
    doc = make_doc(text, "de")
    assert [m.status for m in doc.meetings] == ["occurred"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "West African leaders, meeting in Abuja on Tuesday, urged Mali, Burkina Faso and Niger to hold "
           "elections."),
    ("fr", "Réunis mardi à Abuja, les dirigeants ouest-africains ont exhorté le Mali, le Burkina Faso "
           "et le Niger à organiser des élections."),
    ("es", "Los líderes de África Occidental, reunidos el martes en Abuja, piden a Malí, Burkina Faso y "
           "Níger un calendario electoral creíble."),
])
def test_meetings_those_asked_after_a_meeting_did_not_meet(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"… reunidos en Abuja, piden a Malí, Burkina Faso y Níger …": the states a demand after the
    meeting word is addressed to are asked, not who met."""
    asked = {"state/mali", "state/burkina-faso", "state/niger"}
    assert not [m for m in make_doc(text, lang).meetings if set(m.participants) & asked]


def test_meetings_a_demand_to_resume_talks_proposes_talks_with_the_one_asked(make_doc: MakeDoc) -> None:
    doc = make_doc("Paris, Londres et Berlin ont appelé l'Iran à reprendre les négociations à Vienne.", "fr")
    assert any("state/iran" in m.participants for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Afrika-Berater des US-Präsidenten, Massad Boulos, will im Februar nach Kinshasa und Kigali "
           "reisen."),
    ("fr", "Massad Boulos se rendra la semaine prochaine à Kinshasa et à Kigali."),
    ("es", "Massad Boulos viajará la próxima semana a Kinshasa y Kigali."),
])
def test_meetings_a_trip_to_two_capitals_is_a_visit_to_each(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"nach Kinshasa und Kigali reisen": two visits, each with its host state and its city."""
    doc = make_doc(text, lang)
    got = sorted((tuple(sorted(m.participants)), m.place) for m in doc.meetings)
    assert got == [
        (("person/massad-boulos", "state/dr-congo"), "place/kinshasa"),
        (("person/massad-boulos", "state/rwanda"), "place/kigali"),
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Canada's Foreign Minister Anita Anand is due in Copenhagen on Friday."),
    ("de", "Kanadas Außenministerin Anita Anand wird am Freitag in Kopenhagen erwartet."),
    ("fr", "La ministre canadienne des Affaires étrangères, Anita Anand, est attendue vendredi à "
           "Copenhague."),
    ("es", "La canciller canadiense, Anita Anand, es esperada el viernes en Copenhague."),
])
def test_meetings_expected_in_a_capital_is_a_planned_visit(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"is due in", "wird in … erwartet", "est attendue à", "es esperada en" a capital: a visit
    planned there, hosted by its state."""
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.status, m.place) for m in doc.meetings] == [
        (("person/anita-anand", "state/denmark"), "planned", "place/copenhagen")
    ]


@pytest.mark.parametrize("text", [
    "The decision is expected in the coming weeks.",
    "Results are expected in March.",
])
def test_meetings_expected_in_a_time_is_no_visit(make_doc: MakeDoc, text: str) -> None:
    assert not make_doc(text, "en").meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In Beirut, Jean-Noël Barrot met President Joseph Aoun and Prime Minister Nawaf Salam separately "
           "on Tuesday."),
    ("de", "In Beirut traf Jean-Noël Barrot nacheinander Präsident Joseph Aoun und Ministerpräsident Nawaf "
           "Salam."),
    ("fr", "Jean-Noël Barrot a été reçu successivement par le président Joseph Aoun et par le Premier "
           "ministre Nawaf Salam."),
    ("es", "En Beirut, Jean-Noël Barrot se reunió por separado con el presidente Joseph Aoun y el primer "
           "ministro Nawaf Salam."),
])
def test_meetings_partners_met_one_after_the_other_are_two_meetings(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"separately", "nacheinander", "successivement", "por separado": each partner named with the
    word is a meeting of its own with the others of the sentence."""
    assert _sides(make_doc(text, lang)) == [
        ("person/jean-noel-barrot", "person/joseph-aoun"),
        ("person/jean-noel-barrot", "person/nawaf-salam"),
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French minister Jean-Noël Barrot, who met President Joseph Aoun and Prime Minister Nawaf "
           "Salam separately on Tuesday, called for reforms."),
    ("es", "El ministro francés Jean-Noël Barrot, que se reunió por separado con el presidente Joseph Aoun "
           "y el primer ministro Nawaf Salam, pidió reformas."),
])
def test_meetings_partners_met_one_after_the_other_in_a_relative_clause(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """The same in a relative clause on the host: "X, who met A and B separately, …"."""
    assert _sides(make_doc(text, lang)) == [
        ("person/jean-noel-barrot", "person/joseph-aoun"),
        ("person/jean-noel-barrot", "person/nawaf-salam"),
    ]


def test_meetings_partners_met_together_stay_one_meeting(make_doc: MakeDoc) -> None:
    text = "In Beirut, Jean-Noël Barrot met President Joseph Aoun and Prime Minister Nawaf Salam on Tuesday."
    assert _sides(make_doc(text, "en")) == [
        ("person/jean-noel-barrot", "person/joseph-aoun", "person/nawaf-salam"),
    ]


def test_meetings_a_french_reception_with_a_day_before_its_agent(make_doc: MakeDoc) -> None:
    """"Reçu lundi par le président …": a day or an adverb may stand between the participle and
    its agent; receiving weapons "par avion" is no meeting."""
    text = "Reçu lundi par le président Emmanuel Macron, Volodymyr Zelensky a demandé des armes."
    doc = make_doc(text, "fr")
    assert _sides(doc) == [("person/emmanuel-macron", "person/volodymyr-zelensky")]
    assert not make_doc("L'Ukraine a reçu des armes par avion.", "fr").meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "M. Macron s'est entretenu lundi au téléphone avec Lula, et le ministre Jean-Noël Barrot est "
     "attendu la semaine prochaine à Caracas."),
    ("en", "Macron spoke with Lula by phone on Monday, and Foreign Minister Jean-Noël Barrot is expected "
     "in Caracas next week."),
    ("de", "Macron telefonierte am Montag mit Lula, und Außenminister Jean-Noël Barrot wird kommende "
     "Woche in Caracas erwartet."),
    ("es", "Macron habló el lunes por teléfono con Lula, y el canciller Jean-Noël Barrot es esperado la "
     "próxima semana en Caracas."),
])
def test_meetings_each_joined_main_clause_tells_its_own(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A comma and "and" opening a clause with its own subject and meeting word: two meetings."""
    doc = make_doc(text, lang, published=date(2026, 3, 4))
    assert sorted(sorted(m.participants) for m in doc.meetings) == [
        ["person/emmanuel-macron", "person/luiz-inacio-lula-da-silva"],
        ["person/jean-noel-barrot", "state/venezuela"],
    ]
    assert all(e.start == 0 and e.end == len(text) for m in doc.meetings for e in m.evidence)


def test_meetings_a_listed_name_opens_no_clause_of_its_own(make_doc: MakeDoc) -> None:
    text = ("Meeting in Nanjing, Taiwan's envoy Wang Yu-chi, and Zhang Zhijun, head of China's Taiwan "
            "Affairs Office, both said they were glad to have arranged the meeting.")
    assert len(make_doc(text, "en").meetings) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Laut Diplomaten telefonierte Rubio am Montag mit Jaishankar."),
    ("de", "Nach Angaben aus Diplomatenkreisen hatte Rubio am Montag mit Jaishankar telefoniert."),
    ("en", "According to diplomats, Rubio had spoken by phone with Jaishankar on Monday."),
    ("fr", "Selon des diplomates, Rubio s'est entretenu lundi avec Jaishankar."),
    ("es", "Según fuentes diplomáticas, Rubio habló el lunes con Jaishankar."),
])
def test_meetings_a_fronted_source_leaves_the_subject_who_met(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A source put first ("Laut Diplomaten", "Nach Angaben aus …") names whose word it is up to
    the verb, which follows it at once in German: the subject after the verb met the partner."""
    assert [tuple(sorted(m.participants)) for m in make_doc(text, lang).meetings] == [
        ("person/marco-rubio", "person/subrahmanyam-jaishankar")
    ]
