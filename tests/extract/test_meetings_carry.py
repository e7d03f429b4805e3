"""Meetings as unseen news tells them (issue 9, section 6): headlines in the present tense over a
dated report, pronouns whose antecedent is in the same sentence, "afterwards", chained days,
sequences with a day between, collective sides and destinations. Published Tuesday 2025-12-02."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.extract import meetings
from diplograph.extract.context import agencies, paragraph_of
from diplograph.extract.dates import time_in
from diplograph.extract.grammar import grammar
from diplograph.model import Document, Meeting
from diplograph.resources import Resources

MakeDoc = Callable[..., Document]
D = dt.date


def _facts(m: Meeting) -> tuple[tuple[str, ...], str | None, dt.date | None]:
    return tuple(sorted(m.participants)), m.place, m.day


MERZ_MACRON = ("person/emmanuel-macron", "person/friedrich-merz")


# A present-tense headline is dated by the article only until the body tells the day; the
# dateline says where the reporter is and yields to the venue the body names.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz meets Macron\n\nPARIS - German Chancellor Friedrich Merz met French President "
           "Emmanuel Macron in Brussels on Monday."),
    ("de", "Merz trifft Macron\n\nParis – Bundeskanzler Friedrich Merz hat am Montag in Brüssel den "
           "französischen Präsidenten Emmanuel Macron getroffen."),
    ("fr", "Merz rencontre Macron\n\nPARIS - Le chancelier allemand Friedrich Merz a rencontré lundi à "
           "Bruxelles le président français Emmanuel Macron."),
    ("es", "Merz se reúne con Macron\n\nPARÍS - El canciller alemán, Friedrich Merz, se reunió el lunes en "
           "Bruselas con el presidente francés, Emmanuel Macron."),
])
def test_meetings_present_headline_joins_dated_report(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, "place/brussels", D(2025, 12, 1))]


def test_meetings_present_headline_keeps_its_week(make_doc: MakeDoc) -> None:
    doc = make_doc("Merz trifft Macron\n\nBundeskanzler Friedrich Merz hatte den französischen Präsidenten "
                   "Emmanuel Macron zuletzt am 3. März 2025 getroffen.", "de")
    assert sorted(m.day for m in doc.meetings if m.day) == [D(2025, 3, 3), D(2025, 12, 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "BERLIN - German Chancellor Friedrich Merz met French President Emmanuel Macron on Monday."),
    ("de", "Berlin – Bundeskanzler Friedrich Merz traf am Montag den französischen Präsidenten Emmanuel "
           "Macron."),
])
def test_meetings_dateline_places_what_the_text_places_nowhere(make_doc: MakeDoc, lang: str,
                                                               text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, "place/berlin", D(2025, 12, 1))]


def test_meetings_dateline_gives_no_place_to_a_call(make_doc: MakeDoc) -> None:
    doc = make_doc("BERLIN - German Chancellor Friedrich Merz spoke by phone with French President Emmanuel "
                   "Macron on Monday.", "en")
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, None, D(2025, 12, 1))]


# A pronoun whose antecedent is named earlier in its own sentence brings in no one from the
# sentence before.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Spanish Foreign Minister José Manuel Albares arrived in Rome. German Chancellor Friedrich Merz "
           "will travel to Paris next week, where he will meet French President Emmanuel Macron."),
    ("fr", "Le ministre espagnol des Affaires étrangères José Manuel Albares est arrivé à Rome. "
           "Le chancelier allemand Friedrich Merz se rendra la semaine prochaine à Paris, où il "
           "rencontrera le président français Emmanuel Macron."),
    ("de", "Der spanische Außenminister José Manuel Albares ist in Rom eingetroffen. Bundeskanzler Friedrich "
           "Merz sagte, er werde kommende Woche den französischen Präsidenten Emmanuel Macron treffen."),
    ("es", "El ministro español de Exteriores, José Manuel Albares, habló el lunes en Madrid. "
           "El canciller alemán, Friedrich Merz, dijo que él se reunirá la próxima semana con el "
           "presidente francés, Emmanuel Macron."),
])
def test_meetings_pronoun_with_antecedent_in_sentence(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [MERZ_MACRON]


# "Afterwards" continues the last meeting of one of its participants, not a meeting told in a
# relative clause in between; a chained day ("am Vortag") counts from the day told before.
CONTINUED = {
    "en": "German Chancellor Friedrich Merz met French President Emmanuel Macron on Friday. Macron, who had "
          "spoken with Italian Prime Minister Giorgia Meloni the day before, called the talks useful. "
          "Afterwards Merz met British Prime Minister Keir Starmer.",
    "de": "Bundeskanzler Friedrich Merz traf am Freitag den französischen Präsidenten Emmanuel Macron. "
          "Macron, der am Vortag mit der italienischen Regierungschefin Giorgia Meloni telefoniert hatte, "
          "sprach von nützlichen Gesprächen. Danach traf Merz den britischen Premierminister Keir Starmer.",
    "fr": "Le chancelier allemand Friedrich Merz a rencontré vendredi le président français Emmanuel Macron. "
          "Macron, qui s'était entretenu la veille avec la présidente du Conseil italien Giorgia Meloni, a "
          "salué des discussions utiles. Ensuite, Merz a rencontré le Premier ministre britannique Keir "
          "Starmer.",
    "es": "El canciller alemán, Friedrich Merz, se reunió el viernes con el presidente francés, Emmanuel "
          "Macron. Macron, que había conversado la víspera con la primera ministra italiana, Giorgia Meloni, "
          "calificó las conversaciones de útiles. Después, Merz se reunió con el primer ministro británico, "
          "Keir Starmer.",
}


@pytest.mark.parametrize("lang", sorted(CONTINUED))
def test_meetings_afterwards_and_chained_day(make_doc: MakeDoc, lang: str) -> None:
    doc = make_doc(CONTINUED[lang], lang)
    days = {tuple(sorted(m.participants)): m.day for m in doc.meetings}
    assert days == {
        MERZ_MACRON: D(2025, 11, 28),
        ("person/emmanuel-macron", "person/giorgia-meloni"): D(2025, 11, 27),
        ("person/friedrich-merz", "person/keir-starmer"): D(2025, 11, 28),
    }


# A sequence word splits the partners also when a day stands after the first one.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "German Chancellor Friedrich Merz met French President Emmanuel Macron on Friday and then British "
           "Prime Minister Keir Starmer."),
    ("de", "Bundeskanzler Friedrich Merz traf den französischen Präsidenten Emmanuel Macron am Freitag und "
           "anschließend den britischen Premierminister Keir Starmer."),
])
def test_meetings_sequence_with_day_between(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted(tuple(sorted(m.participants)) for m in doc.meetings) == [
        MERZ_MACRON, ("person/friedrich-merz", "person/keir-starmer")]


# Collective sides: "the two delegations" are those who met last; "the G7 leaders" are the G7's.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris. The two "
           "delegations signed an agreement on energy."),
    ("de", "Bundeskanzler Friedrich Merz traf in Paris den französischen Präsidenten Emmanuel Macron. Beide "
           "Delegationen unterzeichneten ein Abkommen über Energie."),
    ("fr", "Le chancelier allemand Friedrich Merz a rencontré à Paris le président français Emmanuel Macron. "
           "Les deux délégations ont signé un accord sur l'énergie."),
    ("es", "El canciller alemán, Friedrich Merz, se reunió en París con el presidente francés, Emmanuel "
           "Macron. Ambas delegaciones firmaron un acuerdo energético."),
])
def test_meetings_collective_sides_refer_back(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), len(m.evidence)) for m in doc.meetings] == [(MERZ_MACRON, 2)]


def test_meetings_body_named_in_plural_referent_is_no_back_reference(make_doc: MakeDoc) -> None:
    doc = make_doc("German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on "
                   "Monday. The G7 leaders meet in Ottawa.", "en")
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, "place/paris", D(2025, 12, 1))]


# A state travelled to or visited is where the meeting is held.
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El ministro español de Exteriores, José Manuel Albares, viajó a Marruecos para reunirse con su "
           "homólogo, Nasser Bourita."),
    ("en", "Spanish Foreign Minister José Manuel Albares visited Morocco to meet his counterpart Nasser "
           "Bourita."),
])
def test_meetings_destination_state_is_place(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [m.place for m in doc.meetings] == ["state/morocco"]


# The status words are read as written: "wurde empfangen" is no future, "Plan" no "planen".
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der ungarische Regierungschef Viktor Orbán wurde am Montag in Moskau von Präsident Wladimir "
           "Putin empfangen."),
    ("de", "Der US-Sondergesandte Steve Witkoff legte Präsident Wladimir Putin bei einem Treffen in Moskau "
           "am Montag einen neuen Plan vor."),
])
def test_meetings_status_word_as_written(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(m.status, m.day) for m in doc.meetings] == [("occurred", D(2025, 12, 1))]


# A weekday in a past-tense report lies behind: irregular preterites are past, and a name in
# -rán ("Teherán") is no future.
@pytest.mark.parametrize("text", [
    "El ministro turco de Exteriores, Hakan Fidan, mantuvo el domingo en Teherán una reunión con su "
    "homólogo iraní, Abbas Araghchi.",
    "El ministro turco de Exteriores, Hakan Fidan, y su homólogo iraní, Abbas Araghchi, tuvieron el "
    "domingo una reunión en Ankara.",
])
def test_meetings_weekday_of_spanish_preterite(make_doc: MakeDoc, text: str) -> None:
    doc = make_doc(text, "es")
    assert [m.day for m in doc.meetings] == [D(2025, 11, 30)]


# Talks at a distance however the medium is named: a call, with no place.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "BERLIN - German Chancellor Friedrich Merz spoke on the phone with French President Emmanuel "
           "Macron on Monday."),
    ("de", "Berlin – Bundeskanzler Friedrich Merz sprach am Montag am Telefon mit dem französischen "
           "Präsidenten Emmanuel Macron."),
    ("fr", "BERLIN - Le chancelier allemand Friedrich Merz a échangé lundi en visio avec le président "
           "français Emmanuel Macron."),
    ("es", "BERLÍN - El canciller alemán, Friedrich Merz, habló el lunes al teléfono con el presidente "
           "francés, Emmanuel Macron."),
])
def test_meetings_call_by_any_medium(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, None, D(2025, 12, 1))]


# German puts the travel verb last in the perfect and the future: the frame opens with "nach".
@pytest.mark.parametrize(("text", "expected"), [
    ("Bundeskanzler Friedrich Merz wird am Donnerstag nach China reisen.",
     ("planned", ("person/friedrich-merz", "state/china"), D(2025, 12, 4))),
    ("Bundeskanzler Friedrich Merz ist am Montag nach Polen gereist.",
     ("occurred", ("person/friedrich-merz", "state/poland"), D(2025, 12, 1))),
])
def test_meetings_verb_final_travel(make_doc: MakeDoc, text: str, expected: tuple[object, ...]) -> None:
    doc = make_doc(text, "de")
    assert [(m.status, tuple(sorted(m.participants)), m.day) for m in doc.meetings] == [expected]


# A trip is a meeting only when a person or a delegation travels.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Von dort aus sei der Attentäter in die Türkei, nach Belgien und nach Marokko gereist."),
    ("en", "From there the attacker travelled to Turkey, Belgium and Morocco."),
])
def test_meetings_trip_of_no_actor_is_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


# A headline tells the article's news whatever its verb form: dated by the article, it stays
# apart from a caption's meeting of months ago.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Friedrich Merz und Emmanuel Macron bei einem Treffen in Berlin am 03.03.2025.\n\n"
           "Merz und Macron treffen Starmer in London\n\nDie drei wollen über die Ukraine sprechen."),
    ("en", "Friedrich Merz and Emmanuel Macron at a meeting in Berlin on March 3, 2025.\n\n"
           "Merz and Macron hold talks with Starmer in London\n\nThe three are to discuss Ukraine."),
])
def test_meetings_headline_is_dated_by_the_article(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted((tuple(sorted(m.participants)), m.place, m.day) for m in doc.meetings) == [
        (MERZ_MACRON, "place/berlin", D(2025, 3, 3)),
        ((*MERZ_MACRON, "person/keir-starmer"), "place/london", D(2025, 12, 2)),
    ]


# Coordinated nationalities before or after a group noun are a delegation each.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iranian and US negotiators met in Oman on Saturday."),
    ("de", "Iranische und amerikanische Unterhändler trafen sich am Samstag im Oman."),
    ("fr", "Des négociateurs iraniens et américains se sont rencontrés samedi à Oman."),
    ("es", "Negociadores iraníes y estadounidenses se reunieron el sábado en Omán."),
])
def test_meetings_coordinated_nationalities_are_delegations(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.day) for m in doc.meetings] == [
        (("delegation/iran", "delegation/united-states"), D(2025, 11, 29))]


# A verb of calling reports a call when a person is its object and no appeal follows.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le chancelier allemand Friedrich Merz a appelé lundi le président français Emmanuel Macron."),
    ("es", "El canciller alemán, Friedrich Merz, llamó el lunes al presidente francés, Emmanuel Macron."),
    ("de", "Bundeskanzler Friedrich Merz rief am Montag den französischen Präsidenten Emmanuel Macron an."),
])
def test_meetings_call_verb_with_person(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, None, D(2025, 12, 1))]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le chancelier allemand Friedrich Merz a appelé lundi le président russe Vladimir Poutine à "
           "cesser les frappes."),
    ("fr", "Le chancelier allemand Friedrich Merz a appelé la Russie à la retenue."),
    ("es", "El canciller alemán, Friedrich Merz, llamó a Vladímir Putin a retirar sus tropas."),
    ("de", "Bundeskanzler Friedrich Merz rief den UN-Sicherheitsrat an."),
    ("de", "Bundeskanzler Friedrich Merz rief Wladimir Putin zur Zurückhaltung auf."),
])
def test_meetings_call_verb_as_appeal_is_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


def test_meetings_call_verb_stops_at_its_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("El canciller alemán, Friedrich Merz, llamó a la calma, y Vladímir Putin respondió con "
                   "amenazas.", "es")
    assert doc.meetings == ()


# An expected arrival is a plan, and its weekday lies ahead.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le ministre turc des Affaires étrangères Hakan Fidan est attendu jeudi à Moscou pour des "
           "discussions avec Sergueï Lavrov."),
    ("es", "El ministro turco de Exteriores, Hakan Fidan, es esperado el jueves en Moscú para conversar con "
           "Serguéi Lavrov."),
    ("en", "Turkish Foreign Minister Hakan Fidan is expected in Moscow on Thursday for talks with Sergei "
           "Lavrov."),
])
def test_meetings_expected_arrival_is_ahead(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(m.status, m.day) for m in doc.meetings] == [("planned", D(2025, 12, 4))]


# A guest received in the passive, the day and the venue before the host; a seat of government
# after an elided article ("à l'Elysée") is the venue.
FAYE_MACRON = ("person/bassirou-diomaye-faye", "person/emmanuel-macron")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président sénégalais Bassirou Diomaye Faye a été reçu lundi à l'Elysée par Emmanuel Macron."),
    ("es", "El presidente senegalés, Bassirou Diomaye Faye, fue recibido el lunes en el Elíseo por Emmanuel "
           "Macron."),
    ("en", "Senegalese President Bassirou Diomaye Faye was received by Emmanuel Macron at the Elysee on "
           "Monday."),
    ("de", "Der senegalesische Präsident Bassirou Diomaye Faye wurde am Montag im Élysée-Palast von "
           "Emmanuel Macron empfangen."),
])
def test_meetings_passive_reception_at_a_seat(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(FAYE_MACRON, "place/paris", D(2025, 12, 1))]


# A meeting told in a phrase of time before or after the main one is a meeting of its own.
MERZ_TUSK = ("person/donald-tusk", "person/friedrich-merz")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After his talks with Polish Prime Minister Donald Tusk, German Chancellor Friedrich Merz met "
           "French President Emmanuel Macron."),
    ("de", "Nach dem Gespräch mit dem polnischen Regierungschef Donald Tusk traf Bundeskanzler Friedrich "
           "Merz den französischen Präsidenten Emmanuel Macron."),
    ("fr", "Après son entretien avec le Premier ministre polonais Donald Tusk, le chancelier allemand "
           "Friedrich Merz a rencontré le président français Emmanuel Macron."),
    ("es", "Tras su reunión con el primer ministro polaco, Donald Tusk, el canciller alemán, Friedrich Merz, "
           "se reunió con el presidente francés, Emmanuel Macron."),
])
def test_meetings_framing_phrase_is_a_meeting_of_its_own(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted(tuple(sorted(m.participants)) for m in doc.meetings) == [MERZ_TUSK, MERZ_MACRON]


def test_meetings_framing_phrase_alone_is_the_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Nach dem Treffen mit dem polnischen Regierungschef Donald Tusk sagte Bundeskanzler "
                   "Friedrich Merz, Europa müsse zusammenstehen.", "de")
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [MERZ_TUSK]


# Plural roles of a list of states: each state is a side (a German genitive list included).
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Außenminister Russlands und der Türkei kamen am Montag in Antalya zusammen."),
    ("en", "The foreign ministers of Russia and Turkey met in Antalya on Monday."),
    ("fr", "Les ministres des Affaires étrangères de la Russie et de la Turquie se sont réunis lundi à "
           "Antalya."),
    ("es", "Los cancilleres de Rusia y Turquía se reunieron el lunes en Antalya."),
])
def test_meetings_plural_role_of_listed_states(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [({_side(doc, k) for k in m.participants}, m.place, m.day) for m in doc.meetings] == [
        ({"state/russia", "state/turkey"}, "place/antalya", D(2025, 12, 1))]


def _side(doc: Document, key: str) -> str:
    actor = doc.actors.get(key)
    return actor.represents if actor is not None and actor.represents else key


# A group noun with the state it comes from after it is that state's delegation.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenyan President William Ruto hosted a delegation from Ethiopia in Nairobi on Monday."),
    ("de", "Der kenianische Präsident William Ruto empfing am Montag in Nairobi eine Delegation aus "
           "Äthiopien."),
])
def test_meetings_delegation_from_a_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [
        (("delegation/ethiopia", "person/william-ruto"), "place/nairobi", D(2025, 12, 1))]


# "speak with" in its dictionary form matches "had spoken with"; "called" a person is a call.
def test_meetings_spoken_with(make_doc: MakeDoc) -> None:
    doc = make_doc("French President Emmanuel Macron had spoken with Italian Prime Minister Giorgia Meloni "
                   "on Monday.", "en")
    assert [_facts(m) for m in doc.meetings] == [
        (("person/emmanuel-macron", "person/giorgia-meloni"), None, D(2025, 12, 1))]


def test_meetings_called_a_person_is_a_call(make_doc: MakeDoc) -> None:
    doc = make_doc("German Chancellor Friedrich Merz called French President Emmanuel Macron on Monday.",
                   "en")
    assert [_facts(m) for m in doc.meetings] == [(MERZ_MACRON, None, D(2025, 12, 1))]


# A sequence word splits the partners also across a place, and each meeting keeps its own place.
SANCHEZ = "person/pedro-sanchez"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Pedro Sánchez se reunió con Giorgia Meloni en Roma y, posteriormente, con Emmanuel Macron en "
           "París."),
    ("en", "Pedro Sánchez met Giorgia Meloni in Rome and, later, Emmanuel Macron in Paris."),
    ("de", "Pedro Sánchez traf in Rom Giorgia Meloni und danach in Paris Emmanuel Macron."),
    ("fr", "Pedro Sánchez a rencontré Giorgia Meloni à Rome, puis Emmanuel Macron à Paris."),
])
def test_meetings_sequence_across_places(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted((tuple(sorted(m.participants)), m.place) for m in doc.meetings) == [
        (("person/emmanuel-macron", SANCHEZ), "place/paris"),
        (("person/giorgia-meloni", SANCHEZ), "place/rome"),
    ]


def test_meetings_sequence_place_of_the_later_meeting_only(make_doc: MakeDoc) -> None:
    doc = make_doc("Pedro Sánchez met Giorgia Meloni and later Emmanuel Macron in Paris.", "en")
    assert sorted((tuple(sorted(m.participants)), m.place) for m in doc.meetings) == [
        (("person/emmanuel-macron", SANCHEZ), "place/paris"),
        (("person/giorgia-meloni", SANCHEZ), None),
    ]


@pytest.mark.parametrize(("lang", "text", "met"), [
    ("en", "Biden welcomed Indian Prime Minister Narendra Modi at the White House.", True),
    ("en", "Modi was received by Biden at the White House.", True),
    ("en", "Japan welcomed the sale and thanked Washington for its support.", False),
    ("en", "Germany welcomed the decision of France to send troops.", False),
    ("fr", "Emmanuel Macron a accueilli Olaf Scholz à l'Élysée.", True),
    ("fr", "Le Maroc a accueilli favorablement la décision de la France.", False),
])
def test_meetings_receiving_needs_an_actor_received(make_doc: MakeDoc, lang: str, text: str,
                                                    met: bool) -> None:
    # hosting cues (meetings.yml) tell a meeting only with an actor as their object or an agent
    doc = make_doc(text, lang, published=dt.date(2024, 3, 3))
    assert bool(doc.meetings) is met


@pytest.mark.parametrize(("text", "met"), [
    ("Der Iran hat direkte Verhandlungen mit den USA abgelehnt.", False),
    ("Russland hat Gespräche mit der Ukraine bisher stets abgelehnt.", False),
    ("Der Iran hat am Montag Verhandlungen mit den USA geführt.", True),
])
def test_meetings_talks_refused_by_a_closing_verb_are_none(make_doc: MakeDoc, text: str, met: bool) -> None:
    # German perfect: the refusal closes the clause after the meeting word
    assert bool(make_doc(text, "de").meetings) is met


def test_meetings_quiet_units_settle_as_read_one_by_one(make_doc: MakeDoc, resources: Resources) -> None:
    # units without a meeting word are read back newest first when a meeting word comes; what
    # they leave must be what reading them one by one, in text order, left
    text = ("Außenminister Sergej Lawrow war am Montag in Genf. Die USA und Russland streiten weiter. "
            "Am Dienstag sprach Lawrow in Wien mit Journalisten. Es regnete.\n\n"
            "Die Ukraine und Polen äußerten sich am Mittwoch in Warschau. Es schneite.")
    doc = make_doc(text, "de")
    gr = grammar(resources, "de")
    roles, skip = gr.roles.find(doc.content), agencies(resources)
    dateline = meetings._dateline_places(doc, resources)
    units = [(s, paragraph_of(doc, s)) for s in doc.sentences]
    group: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    place: dict[int, str] = {}
    day: dict[int, tuple[dt.date | None, str | None]] = {}
    for s, par in units:
        acting = meetings._acting(doc, s, roles, skip, gr)
        group = meetings._group(doc, acting, gr) or group
        sides = meetings._joined_sides(doc, acting, gr) or sides
        if named := meetings._place(doc, s, [], s.start, dateline):
            place[par] = named
        dated = time_in(doc, s.start, s.end)
        if dated and dated.day:
            day[par] = (dated.day, dated.surface)
    quiet = meetings._Quiet(list(units))
    got_place: dict[int, str] = {}
    got_day: dict[int, tuple[dt.date | None, str | None]] = {}
    got = quiet.settle(doc, roles, skip, gr, dateline, (), (), got_place, got_day)
    assert got == (group, sides) and got_place == place and got_day == day and not quiet.units
    assert len(place) == 2 and len(day) == 2 and sides  # something to compare in both paragraphs
