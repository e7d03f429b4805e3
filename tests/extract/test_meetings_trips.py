"""Meetings as unseen news tells them, third round (issue 9): travel to a capital is a visit to
its state, an arrival there is none; a sequence word after a partner named by role and
nationality still splits the host's meetings; a meeting told in a relative clause or a phrase
of time is held where its own clause says, not where the main clause's trip leads.
Published Tuesday 2025-12-02; every text is written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document, Meeting

MakeDoc = Callable[..., Document]
D = dt.date

MERZ, MACRON, TUSK = "person/friedrich-merz", "person/emmanuel-macron", "person/donald-tusk"
MELONI = "person/giorgia-meloni"


def _facts(m: Meeting) -> tuple[tuple[str, ...], str | None, dt.date | None]:
    return tuple(sorted(m.participants)), m.place, m.day


def _all(doc: Document) -> list[tuple[tuple[str, ...], str | None, dt.date | None]]:
    return sorted(_facts(m) for m in doc.meetings)


# Travel to a capital visits the state whose capital it is.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron flew to Warsaw on Monday."),
    ("en", "Emmanuel Macron travelled on Monday to Warsaw."),
    ("de", "Emmanuel Macron reiste am Montag nach Warschau."),
    ("fr", "Emmanuel Macron s'est rendu lundi à Varsovie."),
    ("es", "Emmanuel Macron viajó el lunes a Varsovia."),
])
def test_meetings_travel_to_a_capital_visits_its_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [((MACRON, "state/poland"), "place/warsaw", D(2025, 12, 1))]


# An arrival in a capital sets the scene; it is no visit of its state.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron arrived in Warsaw on Monday."),
    ("de", "Emmanuel Macron ist am Montag in Warschau eingetroffen."),
    ("fr", "Emmanuel Macron est arrivé lundi à Varsovie."),
    ("es", "Emmanuel Macron llegó a Varsovia el lunes."),
])
def test_meetings_arrival_in_a_capital_is_no_visit(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


# A partner named by role and nationality, then a sequence word: two meetings of the host.
@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "French President Emmanuel Macron spoke with the German chancellor on Monday and then with the "
           "Polish prime minister.", MERZ),
    ("de", "Präsident Emmanuel Macron sprach am Montag mit dem deutschen Kanzler, danach mit dem polnischen "
           "Ministerpräsidenten.", MERZ),
    ("fr", "Le président Emmanuel Macron s'est entretenu lundi avec le chancelier allemand, puis avec le "
           "Premier ministre polonais.", MERZ),
    ("es", "El presidente Emmanuel Macron conversó el lunes con la primera ministra italiana y después con "
           "el primer ministro polaco.", MELONI),
])
def test_meetings_sequence_after_a_partner_named_by_nationality(
    make_doc: MakeDoc, lang: str, text: str, first: str
) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == sorted([
        (tuple(sorted((MACRON, first))), None, D(2025, 12, 1)),
        (tuple(sorted((MACRON, TUSK))), None, D(2025, 12, 1)),
    ])


# A meeting in a relative clause is not held where the main clause's trip leads.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Friedrich Merz, who had met Donald Tusk on Sunday, travelled to Paris on Monday."),
    ("de", "Friedrich Merz, der am Sonntag Donald Tusk getroffen hatte, reiste am Montag nach Paris."),
    ("fr", "Friedrich Merz, qui avait rencontré Donald Tusk dimanche, s'est rendu lundi à Paris."),
    ("es", "Friedrich Merz, que se había reunido el domingo con Donald Tusk, viajó el lunes a París."),
])
def test_meetings_relative_clause_keeps_its_own_place(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [
        ((TUSK, MERZ), None, D(2025, 11, 30)),
        ((MERZ, "state/france"), "place/paris", D(2025, 12, 1)),
    ]


# A meeting in a phrase of time before a trip: the traveller met the partner, then travelled on.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After his meeting with Donald Tusk, Emmanuel Macron travelled on to Berlin on Monday."),
    ("de", "Nach seinem Treffen mit Donald Tusk reiste Emmanuel Macron am Montag nach Berlin weiter."),
    ("fr", "Après son entretien avec Donald Tusk, Emmanuel Macron s'est rendu lundi à Berlin."),
    ("es", "Tras su reunión con Donald Tusk, Emmanuel Macron viajó el lunes a Berlín."),
])
def test_meetings_framing_phrase_before_a_trip(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == sorted([
        (tuple(sorted((MACRON, TUSK))), None, None),
        ((MACRON, "state/germany"), "place/berlin", D(2025, 12, 1)),
    ])


# A guest received in the passive with another auxiliary than the past one, a day and a venue
# before the agent: a meeting planned for that day.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Giorgia Meloni will be received by Donald Trump at the White House on Friday."),
    ("de", "Giorgia Meloni wird am Freitag im Weißen Haus von Donald Trump empfangen."),
    ("fr", "Giorgia Meloni sera reçue vendredi à la Maison Blanche par Donald Trump."),
    ("fr", "Giorgia Meloni doit être reçue vendredi à la Maison Blanche par Donald Trump."),
    ("es", "Giorgia Meloni será recibida el viernes en la Casa Blanca por Donald Trump."),
    ("es", "Giorgia Meloni va a ser recibida el viernes en la Casa Blanca por Donald Trump."),
])
def test_meetings_passive_of_receiving_ahead(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        (("person/donald-trump", MELONI), "place/washington-dc", D(2025, 12, 5), "planned")
    ]


def test_meetings_welcoming_a_decision_is_no_passive_of_receiving(make_doc: MakeDoc) -> None:
    doc = make_doc("El Gobierno acogió con satisfacción la decisión adoptada por Francia.", "es")
    assert doc.meetings == ()


# A stay told in the present with no day of its own is of the article's day.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pedro Sánchez is on a state visit to China."),
    ("de", "Der spanische Regierungschef Pedro Sánchez ist zu einem Staatsbesuch in China."),
    ("fr", "Le Premier ministre espagnol Pedro Sánchez effectue une visite d'État en Chine."),
    ("es", "El presidente del Gobierno, Pedro Sánchez, realiza una visita de Estado a China."),
])
def test_meetings_stay_in_the_present_is_of_the_article_day(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(("person/pedro-sanchez", "state/china"), "state/china",
                                                  D(2025, 12, 2))]


# The only meeting word stands in a relative clause: the antecedent meets the clause's names on
# the clause's day, not where the main clause's subject arrived.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Friedrich Merz, who had met Donald Tusk on Sunday, arrived in Paris on Monday."),
    ("de", "Friedrich Merz, der am Sonntag Donald Tusk getroffen hatte, kam am Montag in Paris an."),
    ("fr", "Friedrich Merz, qui avait rencontré Donald Tusk dimanche, est arrivé lundi à Paris."),
    ("es", "Friedrich Merz, que se había reunido el domingo con Donald Tusk, llegó el lunes a París."),
    ("en", "Emmanuel Macron praised Friedrich Merz, who had met Donald Tusk on Sunday."),
])
def test_meetings_only_in_a_relative_clause(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [((TUSK, MERZ), None, D(2025, 11, 30))]


# German: a visiting verb that closes its clause has its object before it; reported speech in
# the subjunctive makes it a plan.
@pytest.mark.parametrize(("text", "place", "day"), [
    ("Emmanuel Macron wird am Freitag Kiew besuchen.", "place/kyiv", D(2025, 12, 5)),
    ("Emmanuel Macron will im Januar die Ukraine besuchen.", "state/ukraine", None),
    ("Emmanuel Macron sagte, er werde die Ukraine besuchen.", "state/ukraine", None),
])
def test_meetings_german_visit_verb_last(
    make_doc: MakeDoc, text: str, place: str, day: dt.date | None
) -> None:
    doc = make_doc(text, "de")
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        ((MACRON, "state/ukraine"), place, day, "planned")
    ]


def test_meetings_german_visit_verb_with_no_visitor(make_doc: MakeDoc) -> None:
    assert make_doc("Amerikanische Kampfjets besuchen Litauen und Rumänien.", "de").meetings == ()


# A seat of government inside the relative clause places the clause's meeting in its city.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Marco Rubio, who had met Vladimir Putin at the Kremlin on Sunday, arrived in Paris on Monday."),
    ("de", "Marco Rubio, der am Sonntag im Kreml Wladimir Putin getroffen hatte, kam am Montag in Paris an."),
    ("fr", "Marco Rubio, qui avait rencontré Vladimir Poutine dimanche au Kremlin, est arrivé lundi "
           "à Paris."),
    ("es", "Marco Rubio, que se había reunido el domingo en el Kremlin con Vladimir Putin, llegó el lunes a "
           "París."),
])
def test_meetings_relative_clause_at_a_seat_of_government(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [(("person/marco-rubio", "person/vladimir-putin"), "place/moscow", D(2025, 11, 30))]


# A capital named by its state ("the federal capital of Nigeria") is where they met: the city,
# and the state takes no part for being named there.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The summit, held in the federal capital of Nigeria on Saturday, brought together ECOWAS "
           "leaders and Ghana's president John Mahama."),
    ("fr", "Le sommet de la Cédéao s'est tenu samedi dans la capitale fédérale du Nigeria, en présence du "
           "président ghanéen John Mahama."),
    ("es", "La cumbre de la Cedeao se celebró el sábado en la capital federal de Nigeria, con el presidente "
           "de Ghana, John Mahama."),
])
def test_meetings_capital_named_by_its_state_is_where(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(m.place, m.day) for m in doc.meetings] == [("place/abuja", D(2025, 11, 29))]
    assert "state/nigeria" not in doc.meetings[0].participants
    assert "org/ecowas" in doc.meetings[0].participants


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron met Donald Tusk in the capital of Poland on Monday."),
    ("de", "Emmanuel Macron hat am Montag in der Hauptstadt Polens Donald Tusk getroffen."),
    ("fr", "Emmanuel Macron a rencontré lundi Donald Tusk dans la capitale de la Pologne."),
    ("es", "Emmanuel Macron se reunió el lunes en la capital de Polonia con Donald Tusk."),
])
def test_meetings_capital_of_a_state_named_by_name(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [(tuple(sorted((MACRON, TUSK))), "place/warsaw", D(2025, 12, 1))]


# German V2: the subject, a day and a place stand between the verb and its partner, and a plural
# present of meeting verbs looks ahead like the singular ("kommen am Freitag … zusammen").
def test_meetings_german_talks_with_words_between(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron traf am Dienstag in Paris Friedrich Merz. Tags darauf sprach er in "
                   "Warschau mit Donald Tusk.", "de")
    assert _all(doc) == [
        (tuple(sorted((MACRON, TUSK))), "place/warsaw", D(2025, 12, 3)),
        ((MACRON, MERZ), "place/paris", D(2025, 12, 2)),
    ]


def test_meetings_german_plural_present_looks_ahead(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron und Friedrich Merz kommen am Freitag in London zu einem Gipfel "
                   "zusammen.", "de")
    assert _all(doc) == [((MACRON, MERZ), "place/london", D(2025, 12, 5))]


# A plural role with coordinated nationalities names one side each: the holder of that role on
# the article's day.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French and Polish presidents will meet in Geneva on Thursday."),
    ("de", "Die französischen und polnischen Präsidenten wollen sich am Donnerstag in Genf treffen."),
    ("fr", "Les présidents français et polonais se rencontreront jeudi à Genève."),
    ("es", "Los presidentes francés y polaco se reunirán el jueves en Ginebra."),
])
def test_meetings_plural_role_with_coordinated_nationalities(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        ((MACRON, "person/karol-nawrocki"), "place/geneva", D(2025, 12, 4), "planned")
    ]
    assert doc.actors["person/karol-nawrocki"].represents == "state/poland"


def test_meetings_plural_role_with_one_nationality_names_no_sides(make_doc: MakeDoc) -> None:
    doc = make_doc("The French presidents met in Paris on Monday.", "en")
    assert doc.meetings == ()


# A later clause opened by a phrase of a day apart tells a meeting of its own, a day before the
# main one, at the place named in it.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Giorgia Meloni hosted Pedro Sánchez for talks in Rome on Monday, a day after meeting Emmanuel "
           "Macron in Paris."),
    ("de", "Giorgia Meloni empfing am Montag in Rom Pedro Sánchez, einen Tag nach ihrem Treffen mit "
           "Emmanuel Macron in Paris."),
    ("fr", "Giorgia Meloni a reçu lundi à Rome Pedro Sánchez, au lendemain de sa rencontre avec Emmanuel "
           "Macron à Paris."),
])
def test_meetings_later_clause_a_day_apart(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [
        ((MACRON, MELONI), "place/paris", D(2025, 11, 30)),
        ((MELONI, "person/pedro-sanchez"), "place/rome", D(2025, 12, 1)),
    ]


# Spanish "hablar con" in every tense; the future is a plan.
def test_meetings_spanish_talking_with_in_other_tenses(make_doc: MakeDoc) -> None:
    doc = make_doc("Donald Tusk dijo que había hablado el viernes con Emmanuel Macron. Friedrich Merz "
                   "hablará con Keir Starmer el jueves.", "es")
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        (tuple(sorted((MACRON, TUSK))), None, D(2025, 11, 28), "occurred"),
        ((MERZ, "person/keir-starmer"), None, D(2025, 12, 4), "planned"),
    ]


# Spanish: the verb of receiving by its lemma, a day and a venue between it and the guest marked
# by "a"; support received from a state is no guest.
def test_meetings_spanish_receiving_with_day_and_venue_before_the_guest(make_doc: MakeDoc) -> None:
    doc = make_doc("Giorgia Meloni recibió el lunes en Roma a Pedro Sánchez.", "es")
    assert _all(doc) == [((MELONI, "person/pedro-sanchez"), "place/rome", D(2025, 12, 1))]


def test_meetings_spanish_support_received_is_no_guest(make_doc: MakeDoc) -> None:
    assert make_doc("El Gobierno de Pedro Sánchez recibió el lunes el apoyo de Francia.", "es").meetings == ()


# A signing in the finite passive with its sides after "between", a day and a venue before them.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A peace agreement was signed in Addis Ababa on Monday between the governments of Sudan and "
           "South Sudan."),
    ("de", "Ein Friedensabkommen wurde am Montag in Addis Abeba zwischen den Regierungen des Sudan und des "
           "Südsudan unterzeichnet."),
    ("fr", "Un accord de paix a été signé lundi à Addis-Abeba entre les gouvernements du Soudan et du Soudan "
           "du Sud."),
    ("es", "Un acuerdo de paz fue firmado el lunes en Adís Abeba entre los gobiernos de Sudán y Sudán del "
           "Sur."),
])
def test_meetings_signing_between_sides(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [(("state/south-sudan", "state/sudan"), "place/addis-ababa", D(2025, 12, 1))]


def test_meetings_background_signing_between_sides_is_none(make_doc: MakeDoc) -> None:
    doc = make_doc("The agreement signed in 2018 between Sudan and South Sudan has largely collapsed.", "en")
    assert doc.meetings == ()


# A proposal frame whose object follows its preposition is not said of a meeting told before it.
def test_meetings_proposal_frame_after_the_meeting_is_not_its_status(make_doc: MakeDoc) -> None:
    doc = make_doc("Bei einem Treffen mit Emmanuel Macron in Berlin sprach sich Friedrich Merz für eine "
                   "europäische Lösung aus.", "de")
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        ((MACRON, MERZ), "place/berlin", None, "occurred")
    ]


# A clause opened by a word of sequence ("…, then traveled to Berlin for talks with Merz") is a
# meeting of its own on the same day, at the place it names.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron met Donald Tusk in Warsaw on Monday, then traveled to Berlin for talks with "
           "Friedrich Merz."),
    ("fr", "Emmanuel Macron a rencontré lundi Donald Tusk à Varsovie, puis s'est rendu à Berlin pour des "
           "entretiens avec Friedrich Merz."),
    ("es", "Emmanuel Macron se reunió el lunes en Varsovia con Donald Tusk, y luego viajó a Berlín para "
           "conversar con Friedrich Merz."),
])
def test_meetings_clause_opened_by_a_word_of_sequence(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [
        ((TUSK, MACRON), "place/warsaw", D(2025, 12, 1)),
        ((MACRON, MERZ), "place/berlin", D(2025, 12, 1)),
    ]


# German: an intention told in the past is a plan, on the day before the article it names.
def test_meetings_german_intention_in_the_past_is_a_plan(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron wollte schon am Montag nach Warschau reisen, doch der Termin verschob "
                   "sich.", "de")
    assert [(*_facts(m), m.status) for m in doc.meetings] == [
        ((MACRON, "state/poland"), "place/warsaw", D(2025, 12, 1), "planned")
    ]


# A present form that is also a noun tells a present-tense report only right after its subject.
@pytest.mark.parametrize(("lang", "text", "day"), [
    ("fr", "Emmanuel Macron rencontre Friedrich Merz à Berlin.", D(2025, 12, 2)),
    ("fr", "La rencontre entre Emmanuel Macron et Friedrich Merz a eu lieu à Berlin.", None),
])
def test_meetings_present_form_that_is_also_a_noun(
    make_doc: MakeDoc, lang: str, text: str, day: dt.date | None
) -> None:
    doc = make_doc(text, lang)
    assert _all(doc) == [((MACRON, MERZ), "place/berlin", day)]


def test_meetings_spanish_present_visit_after_its_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("Pedro Sánchez visita China.", "es")
    assert _all(doc) == [(("person/pedro-sanchez", "state/china"), "state/china", D(2025, 12, 2))]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Am Donnerstag hatte Erdoğan mit Bundespräsident Frank-Walter Steinmeier zu Abend gegessen."),
    ("en", "On Thursday evening Erdogan dined with German President Frank-Walter Steinmeier."),
    ("fr", "Jeudi soir, Erdogan a dîné avec le président allemand Frank-Walter Steinmeier."),
    ("es", "El jueves por la noche, Erdogan cenó con el presidente alemán Frank-Walter Steinmeier."),
])
def test_meetings_a_meal_with_someone_named_is_a_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Dining with a head of state is meeting him, as a working dinner is."""
    doc = make_doc(text, lang, published=dt.date(2023, 11, 18))
    assert [m.participants for m in doc.meetings] == [
        ("person/frank-walter-steinmeier", "person/recep-tayyip-erdogan")
    ]


def test_meetings_a_meal_with_no_actor_is_none(make_doc: MakeDoc) -> None:
    assert not make_doc("Macron had lunch with his wife at the Elysee.", "en").meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After meeting Erdogan in Ankara on Monday, Putin flew to Tehran for talks with Pezeshkian."),
    ("fr", "Après avoir rencontré Erdogan à Ankara lundi, Poutine s'est rendu à Téhéran pour des entretiens "
           "avec Pezeshkian."),
    ("es", "Tras reunirse con Erdogan en Ankara el lunes, Putin viajó a Teherán para conversar con "
           "Pezeshkian."),
])
def test_meetings_a_framing_verb_with_its_partner_is_a_meeting_of_its_own(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"After meeting Erdogan in Ankara, Putin flew to Tehran for talks with Pezeshkian": two
    meetings, each with its own partner and place."""
    doc = make_doc(text, lang, published=dt.date(2025, 6, 4))
    found = {(m.participants, m.place) for m in doc.meetings}
    assert (("person/recep-tayyip-erdogan", "person/vladimir-putin"), "place/ankara") in found
    assert (("person/masoud-pezeshkian", "person/vladimir-putin"), "place/tehran") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bundeskanzler Olaf Scholz hat am Freitag den türkischen Präsidenten Erdoğan in Berlin empfangen. "
           "Am Vorabend hatte Erdoğan mit Bundespräsident Frank-Walter Steinmeier zu Abend gegessen."),
    ("en", "Chancellor Olaf Scholz received Turkish President Erdogan in Berlin on Friday. The evening "
           "before, Erdogan had dined with President Frank-Walter Steinmeier."),
    ("fr", "Le chancelier Olaf Scholz a reçu vendredi à Berlin le président turc Erdogan. La veille, Erdogan "
           "avait dîné avec le président Frank-Walter Steinmeier."),
    ("es", "El canciller Olaf Scholz recibió el viernes en Berlín al presidente turco Erdogan. La noche "
           "anterior, Erdogan cenó con el presidente Frank-Walter Steinmeier."),
])
def test_meetings_the_evening_before_counts_from_the_day_told(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Am Vorabend", "the evening before", "la veille", "la noche anterior": the day before the day
    the story told last (Friday 17 November), not before the day it was published (Saturday)."""
    doc = make_doc(text, lang, published=dt.date(2023, 11, 18))
    dates = {tuple(sorted(m.participants)): m.day for m in doc.meetings}
    assert dates[("person/frank-walter-steinmeier", "person/recep-tayyip-erdogan")] == dt.date(2023, 11, 16)


@pytest.mark.parametrize("text", [
    "Der Kommandeur Abu Haddad wurde am Mittwochabend tödlich getroffen, teilte die Hamas mit.",
    "Das Haus wurde am Montag von einer Rakete getroffen, sagte Selenskyj.",
    "Zwischen Russland und der Ukraine wurde am Montag eine Vereinbarung getroffen.",
])
def test_meetings_hitting_and_a_passive_of_treffen_meet_no_one(make_doc: MakeDoc, text: str) -> None:
    """"tödlich getroffen", "von einer Rakete getroffen", "eine Vereinbarung wurde getroffen":
    German "treffen" as hitting or reaching an agreement is no meeting."""
    assert not make_doc(text, "de", published=dt.date(2025, 6, 4)).meetings


def test_meetings_the_perfect_of_treffen_still_meets(make_doc: MakeDoc) -> None:
    doc = make_doc("Merz hat am Montag Macron in Paris getroffen.", "de", published=dt.date(2025, 6, 4))
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [
        ("person/emmanuel-macron", "person/friedrich-merz")
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Flüchtlinge, so Kurz im Gespräch mit dem Standard, sollten außerhalb der EU gestoppt werden."),
    ("de", "Steinmeier übte in einem Gespräch mit der Welt am Sonntag Kritik an der griechischen Regierung."),
])
def test_meetings_a_talk_with_a_newspaper_is_an_interview(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The partner after "Gespräch mit" is a paper the gazetteer lists as media: no meeting with
    the other actors the sentence names."""
    assert not make_doc(text, lang, published=dt.date(2016, 1, 1)).meetings
