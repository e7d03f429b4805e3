"""Meetings as unseen news tells them, second round (issue 9): a pronoun far before its verb and
one that goes on from the sentence before, a subject left unsaid (Spanish), the meeting a trip
leads to dated in its own clause, a span back ("a month ago") that keeps an older meeting apart,
a call by a verb of calling (no venue), a weekday with no tense cue after a day ahead.
Published Tuesday 2025-12-02; every text is written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document, Meeting

MakeDoc = Callable[..., Document]
D = dt.date

MERZ, MACRON, TUSK = "person/friedrich-merz", "person/emmanuel-macron", "person/donald-tusk"
MACRON_MERZ = (MACRON, MERZ)
MACRON_TUSK = (TUSK, MACRON)  # sorted


def _facts(m: Meeting) -> tuple[tuple[str, ...], str | None, dt.date | None]:
    return tuple(sorted(m.participants)), m.place, m.day


def _pairs(doc: Document) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(m.participants)) for m in doc.meetings)


# A pronoun subject stands several words before a verb whose object is long ("On Friday he will
# meet Prime Minister X in Tokyo"): it is the verb's subject all the same.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron arrived in Berlin. On Friday he will meet Chancellor Friedrich Merz in the "
           "German capital."),
    ("de", "Emmanuel Macron ist in Berlin eingetroffen. Am Freitag wird er in der deutschen Hauptstadt "
           "Bundeskanzler Friedrich Merz treffen."),
    ("fr", "Emmanuel Macron est arrivé à Berlin. Vendredi, il rencontrera le chancelier Friedrich Merz "
           "dans la capitale allemande."),
])
def test_meetings_pronoun_far_before_its_verb(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [((MACRON, MERZ), "place/berlin", D(2025, 12, 5))]


# The pronoun of the next sentence goes on meaning the same person, not the one met.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron arrived in Berlin. On Friday he will meet Chancellor Friedrich Merz. The "
           "following day he will travel to Poland."),
    ("fr", "Emmanuel Macron est arrivé à Berlin. Vendredi, il rencontrera le chancelier Friedrich Merz. "
           "Le lendemain, il se rendra en Pologne."),
])
def test_meetings_pronoun_goes_on_from_the_sentence_before(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _pairs(doc) == [(MACRON, MERZ), (MACRON, "state/poland")]
    assert {m.day for m in doc.meetings} == {D(2025, 12, 5), D(2025, 12, 6)}


def test_meetings_pronoun_before_a_german_noun_is_not_its_subject(make_doc: MakeDoc) -> None:
    doc = make_doc("Friedrich Merz sprach mit Journalisten. Der Plan solle er bis zum nächsten "
                   "Gipfeltreffen mit Donald Tusk vorlegen lassen, hieß es.", "de")
    assert doc.meetings == ()


def test_meetings_support_verb_of_a_decision_meets_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron ist in Berlin. Er müsse selbst eine Entscheidung treffen, sagte "
                   "Friedrich Merz.", "de")
    assert doc.meetings == ()


# A Spanish sentence that leaves its subject unsaid meets with the subject in force.
def test_meetings_subject_left_unsaid_is_the_one_in_force(make_doc: MakeDoc) -> None:
    doc = make_doc("El presidente francés, Emmanuel Macron, llegó el lunes a Polonia. Al día siguiente "
                   "se reunió en Varsovia con el primer ministro Donald Tusk. Después llamó al canciller "
                   "alemán Friedrich Merz.", "es")
    assert _pairs(doc) == [MACRON_TUSK, MACRON_MERZ]
    tusk = next(m for m in doc.meetings if TUSK in m.participants)
    assert (tusk.place, tusk.day) == ("place/warsaw", D(2025, 12, 2))


def test_meetings_no_subject_taken_where_one_is_named(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron habló el lunes en París. Donald Tusk se reunió después con periodistas.",
                   "es")
    assert doc.meetings == ()


# A trip and the meeting it leads to in one sentence: the meeting's day is told in its own clause.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron will travel to Poland on Friday, where he will meet Prime Minister Donald Tusk "
           "on Saturday."),
    ("fr", "Emmanuel Macron se rendra vendredi en Pologne, où il rencontrera samedi le Premier ministre "
           "Donald Tusk."),
    ("es", "Emmanuel Macron viajará el viernes a Polonia, donde se reunirá el sábado con el primer ministro "
           "Donald Tusk."),
])
def test_meetings_trip_leads_to_a_meeting_on_its_own_day(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.day) for m in doc.meetings] == [(MACRON_TUSK, D(2025, 12, 6))]


# "a month ago" names no day but a time of its own: that meeting is not today's.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "BERLIN - Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Monday. "
           "Merz had already met Macron a month ago in Paris."),
    ("de", "Berlin – Bundeskanzler Friedrich Merz hat am Montag in Berlin den französischen Präsidenten "
           "Emmanuel Macron getroffen. Merz hatte Macron bereits vor einem Monat in Paris getroffen."),
    ("fr", "BERLIN - Le chancelier Friedrich Merz a rencontré lundi à Berlin le président français "
           "Emmanuel Macron. Merz avait déjà rencontré Macron il y a un mois à Paris."),
    ("es", "BERLÍN - El canciller Friedrich Merz se reunió el lunes en Berlín con el presidente francés, "
           "Emmanuel Macron. Merz ya se había reunido con Macron hace un mes en París."),
])
def test_meetings_a_span_back_keeps_the_older_meeting_apart(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted((m.place or "", str(m.day)) for m in doc.meetings) == [
        ("place/berlin", "2025-12-01"),
        ("place/paris", "None"),
    ]


# A verb of calling with a person as its object tells a call: no venue, not even the dateline's.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "PARIS - Emmanuel Macron met Friedrich Merz in Paris on Monday. Later he called the Polish "
           "prime minister."),
    ("fr", "PARIS - Emmanuel Macron a rencontré lundi Friedrich Merz à Paris. Il a ensuite appelé le "
           "Premier ministre polonais."),
])
def test_meetings_call_by_a_verb_of_calling_has_no_venue(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    call = next(m for m in doc.meetings if TUSK in m.participants)
    assert (tuple(sorted(call.participants)), call.place) == (MACRON_TUSK, None)


def test_meetings_naming_is_no_call(make_doc: MakeDoc) -> None:
    doc = make_doc("GENEVA - Russia and Ukraine held talks in Geneva on Monday, in what Moscow called "
                   "serious sessions.", "en")
    assert [m.place for m in doc.meetings] == ["place/geneva"]


# A weekday with no tense cue of its own goes on from a day ahead told just before.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron se rendra jeudi en Pologne. Vendredi, il rencontre le Premier ministre "
           "Donald Tusk à Varsovie."),
    ("de", "Emmanuel Macron wird am Donnerstag nach Polen reisen. Am Freitag verhandelt er in Warschau "
           "mit Regierungschef Donald Tusk."),
])
def test_meetings_weekday_goes_on_from_a_day_ahead(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    tusk = next(m for m in doc.meetings if TUSK in m.participants)
    assert (tusk.place, tusk.day) == ("place/warsaw", D(2025, 12, 5))


def test_meetings_weekday_with_no_cue_looks_back_after_a_past_day(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron était lundi en Pologne. Vendredi, il rencontre Donald Tusk à Varsovie.",
                   "fr")
    tusk = next(m for m in doc.meetings if TUSK in m.participants)
    assert tusk.day == D(2025, 11, 28)


# A wire dateline the mentions leave out as a credit still says where a meeting of the day was.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "MOSCOU, 2 déc (Reuters) - Le président russe Vladimir Poutine a reçu mardi le président "
           "français Emmanuel Macron."),
    ("fr", "MOSCOU (AFP) - Le président russe Vladimir Poutine a reçu mardi le président français "
           "Emmanuel Macron."),
    ("es", "MOSCÚ, 2 dic (EFE).- El presidente ruso, Vladímir Putin, recibió el martes al presidente "
           "francés, Emmanuel Macron."),
    ("en", "MOSCOW, Russia (AP) — Russian President Vladimir Putin received French President Emmanuel "
           "Macron on Tuesday."),
])
def test_meetings_wire_dateline_places_the_day_s_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(m.place, m.day) for m in doc.meetings] == [("place/moscow", D(2025, 12, 2))]
    assert "place/moscow" not in {a for m in doc.meetings for a in m.participants}


def test_meetings_sentence_with_a_dash_is_no_dateline(make_doc: MakeDoc) -> None:
    doc = make_doc("Moskau, so heißt es, sei bereit - Kremlchef Wladimir Putin hat am Montag den "
                   "französischen Präsidenten Emmanuel Macron getroffen.", "de")
    assert [m.place for m in doc.meetings] == [None]


def test_meetings_weekday_with_no_cue_stays_back_when_nearer_so(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron wird am Donnerstag nach Polen reisen. Am Montag telefonierte er mit "
                   "Regierungschef Donald Tusk.", "de")
    tusk = next(m for m in doc.meetings if TUSK in m.participants)
    assert tusk.day == D(2025, 12, 1)


# The verbs of receiving are read by lemma: "va recevoir", "doit accueillir", "will receive".
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron va recevoir vendredi le chancelier Friedrich Merz à Paris."),
    ("fr", "Emmanuel Macron doit accueillir vendredi à Paris le chancelier Friedrich Merz."),
    ("en", "Emmanuel Macron will receive Chancellor Friedrich Merz in Paris on Friday."),
    ("en", "Emmanuel Macron is set to welcome Chancellor Friedrich Merz in Paris on Friday."),
])
def test_meetings_receiving_by_lemma(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(_facts(m), m.status) for m in doc.meetings] == [
        ((MACRON_MERZ, "place/paris", D(2025, 12, 5)), "planned")
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron a reçu le soutien de l'Allemagne."),
    ("en", "Emmanuel Macron welcomed the decision by Germany."),
    ("en", "Emmanuel Macron will receive support from Germany."),
])
def test_meetings_receiving_a_thing_is_no_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


# A meeting named by its partner alone goes on the thread of the meetings told: its host is the
# subject in force who took part in the last one.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Emmanuel Macron trifft am Freitag in Warschau Regierungschef Donald Tusk. Im Anschluss ist "
           "ein Treffen mit Bundeskanzler Friedrich Merz geplant."),
    ("en", "Emmanuel Macron will meet Prime Minister Donald Tusk in Warsaw on Friday. A meeting with "
           "Chancellor Friedrich Merz is planned afterwards."),
    ("fr", "Emmanuel Macron rencontrera vendredi à Varsovie le Premier ministre Donald Tusk. Une rencontre "
           "avec le chancelier Friedrich Merz est prévue ensuite."),
    ("es", "Emmanuel Macron se reunirá el viernes en Varsovia con el primer ministro Donald Tusk. Después "
           "está prevista una reunión con el canciller Friedrich Merz."),
])
def test_meetings_partner_noun_goes_on_the_thread(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert _pairs(doc) == [MACRON_TUSK, MACRON_MERZ]
    assert {m.day for m in doc.meetings} == {D(2025, 12, 5)}


def test_meetings_partner_noun_off_the_thread_has_no_host(make_doc: MakeDoc) -> None:
    doc = make_doc("Friedrich Merz sprach am Montag im Bundestag. Angesichts des Gipfels mit der Türkei "
                   "sah sich die Regierung bestätigt.", "de")
    assert doc.meetings == ()


# A sentence that opens with "before that" tells an earlier meeting: not on the paragraph's day.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Berlin – Bundeskanzler Friedrich Merz empfängt den französischen Präsidenten Emmanuel Macron.\n\n"
           "Merz hatte am Montag mit Donald Tusk telefoniert. Zuvor hatte er mit Macron gesprochen."),
    ("en", "BERLIN - Chancellor Friedrich Merz is hosting French President Emmanuel Macron.\n\n"
           "Merz spoke with Donald Tusk by phone on Monday. Before that, he had spoken with Macron."),
    ("fr", "BERLIN - Le chancelier Friedrich Merz reçoit le président français Emmanuel Macron.\n\n"
           "Merz s'est entretenu lundi au téléphone avec Donald Tusk. Auparavant, il s'était entretenu "
           "avec Macron."),
    ("es", "BERLÍN - El canciller Friedrich Merz recibe al presidente francés Emmanuel Macron.\n\n"
           "Merz habló el lunes por teléfono con Donald Tusk. Antes había hablado con Macron."),
])
def test_meetings_before_that_takes_no_paragraph_day(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    macron = [m for m in doc.meetings if MACRON in m.participants]
    assert [m.day for m in macron] == [D(2025, 12, 2)]


# A role named alone as the subject ("Der Kanzler", "le président") is the person of that role the
# article introduced by that word, not another holder of the role named in between.
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Bundeskanzler Friedrich Merz will nach Japan reisen, um Regierungschefin Sanae Takaichi zu "
           "treffen. Der Kanzler hatte Emmanuel Macron bereits vor einem Monat in Paris getroffen."),
    ("en", "Chancellor Friedrich Merz will travel to Japan to meet Prime Minister Sanae Takaichi. The "
           "chancellor had already met Emmanuel Macron in Paris a month ago."),
    ("fr", "Le chancelier Friedrich Merz se rendra au Japon pour rencontrer la Première ministre Sanae "
           "Takaichi. Le chancelier avait déjà rencontré Emmanuel Macron à Paris il y a un mois."),
    ("es", "El canciller Friedrich Merz viajará a Japón para reunirse con la primera ministra Sanae "
           "Takaichi. El canciller ya se había reunido con Emmanuel Macron en París hace un mes."),
])
def test_meetings_bare_role_subject_is_the_one_so_introduced(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    paris = [m for m in doc.meetings if m.place == "place/paris"]
    assert [tuple(sorted(m.participants)) for m in paris] == [MACRON_MERZ]


def test_meetings_bare_role_of_two_holders_names_no_one(make_doc: MakeDoc) -> None:
    doc = make_doc("Regierungschef Donald Tusk traf Regierungschefin Sanae Takaichi. Der Premierminister "
                   "hatte Emmanuel Macron zuvor in Paris getroffen.", "de")
    assert all(MACRON not in m.participants for m in doc.meetings)


# German puts the subject after the verb: "Danach sprach er mit Tusk".
def test_meetings_german_subject_between_verb_and_partner(make_doc: MakeDoc) -> None:
    doc = make_doc("Bundeskanzler Friedrich Merz traf Emmanuel Macron. Danach sprach er mit Donald Tusk. "
                   "Merz sprach sich mit Nachdruck gegen Russland aus.", "de")
    assert _pairs(doc) == [("person/donald-tusk", MERZ), MACRON_MERZ]


# Talks after a word of sequence frame the time; the venue is the one of the meeting told after.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After talks in Vienna on Tuesday, Emmanuel Macron travelled to Berlin, where he met Chancellor "
           "Friedrich Merz."),
    ("de", "Nach Gesprächen in Wien am Dienstag reiste Emmanuel Macron nach Berlin, wo er Bundeskanzler "
           "Friedrich Merz traf."),
    ("fr", "Après des entretiens à Vienne mardi, Emmanuel Macron s'est rendu à Berlin, où il a rencontré le "
           "chancelier Friedrich Merz."),
    ("es", "Tras conversaciones en Viena el martes, Emmanuel Macron viajó a Berlín, donde se reunió con el "
           "canciller Friedrich Merz."),
])
def test_meetings_framing_talks_give_no_venue(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.place) for m in doc.meetings] == [(MACRON_MERZ, "place/berlin")]


# Two partners joined by "and", each met on a day of its own: two meetings of the host.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron met Chancellor Friedrich Merz in Berlin on Monday and Prime Minister Donald Tusk "
           "in Warsaw on Tuesday."),
    ("de", "Emmanuel Macron traf am Montag in Berlin Bundeskanzler Friedrich Merz und am Dienstag in "
           "Warschau Regierungschef Donald Tusk."),
    ("fr", "Emmanuel Macron a rencontré le chancelier Friedrich Merz lundi à Berlin et le Premier ministre "
           "Donald Tusk mardi à Varsovie."),
    ("es", "Emmanuel Macron se reunió el lunes en Berlín con el canciller Friedrich Merz y el martes en "
           "Varsovia con el primer ministro Donald Tusk."),
])
def test_meetings_partners_on_days_of_their_own(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted(_facts(m) for m in doc.meetings) == [
        (MACRON_TUSK, "place/warsaw", D(2025, 12, 2)),
        (MACRON_MERZ, "place/berlin", D(2025, 12, 1)),
    ]


def test_meetings_partners_on_one_day_stay_one_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron met Chancellor Friedrich Merz and Prime Minister Donald Tusk in "
                   "Berlin on Monday.", "en")
    assert [len(m.participants) for m in doc.meetings] == [3]


# A signing told in a finite passive is a meeting of the signers; a participle of background is not.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The treaty was signed by Chancellor Friedrich Merz and Prime Minister Donald Tusk in Warsaw on "
           "Monday."),
    ("de", "Der Vertrag wurde am Montag in Warschau von Bundeskanzler Friedrich Merz und Regierungschef "
           "Donald Tusk unterzeichnet."),
    ("fr", "Le traité a été signé par le chancelier Friedrich Merz et le Premier ministre Donald Tusk lundi "
           "à Varsovie."),
    ("es", "El tratado fue firmado por el canciller Friedrich Merz y el primer ministro Donald Tusk el lunes "
           "en Varsovia."),
])
def test_meetings_signing_in_the_passive(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    merz_tusk = ("person/donald-tusk", MERZ)
    assert [_facts(m) for m in doc.meetings] == [(merz_tusk, "place/warsaw", D(2025, 12, 1))]


def test_meetings_signed_treaty_as_background_is_no_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("The treaty signed by Germany and Poland in 1991 still shapes their ties.", "en")
    assert doc.meetings == ()


# Flights and their purpose: "flog nach Moskau, um mit Putin zu sprechen", "s'est envolé pour".
@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Emmanuel Macron flog am Montag nach Berlin, um mit Bundeskanzler Friedrich Merz zu sprechen."),
    ("fr", "Emmanuel Macron s'est envolé lundi pour Berlin pour des entretiens avec le chancelier Friedrich "
           "Merz."),
    ("es", "Emmanuel Macron voló el lunes a Berlín para conversar con el canciller Friedrich Merz."),
])
def test_meetings_flight_to_a_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MACRON_MERZ, "place/berlin", D(2025, 12, 1))]


# A date fixed ahead looks ahead: "slated for Friday", "für Donnerstag angesetzt", "programmée".
@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "Talks between Emmanuel Macron and Friedrich Merz are slated for Friday.", D(2025, 12, 5)),
    ("en", "A meeting of Emmanuel Macron and Friedrich Merz is set for Thursday.", D(2025, 12, 4)),
    ("de", "Das Treffen von Emmanuel Macron und Friedrich Merz ist für Donnerstag angesetzt.",
     D(2025, 12, 4)),
    ("fr", "La rencontre entre Emmanuel Macron et Friedrich Merz est programmée vendredi.", D(2025, 12, 5)),
    ("es", "La reunión entre Emmanuel Macron y Friedrich Merz está programada para el viernes.",
     D(2025, 12, 5)),
])
def test_meetings_date_fixed_ahead(make_doc: MakeDoc, lang: str, text: str, day: dt.date) -> None:
    assert [m.day for m in make_doc(text, lang).meetings] == [day]


# A cancelled trip is no meeting, nor is a trip to a city that is no capital.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron travelled to Geneva on Monday."),
    ("de", "Emmanuel Macron sagte am Montag seine Reise nach Polen ab."),
])
def test_meetings_no_trip_to_a_city_nor_a_cancelled_one(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


# A venue between a verb of receiving and its guest is where, not whom: "a accueilli lundi à
# l'Elysée son homologue"; a working meal is a meeting.
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Emmanuel Macron a accueilli lundi à l'Elysée le chancelier Friedrich Merz."),
    ("es", "Emmanuel Macron recibió el lunes en el Elíseo al canciller Friedrich Merz."),
    ("fr", "Emmanuel Macron a offert lundi à Paris un dîner de travail au chancelier Friedrich Merz."),
    ("en", "Emmanuel Macron held a working dinner with Chancellor Friedrich Merz in Paris on Monday."),
    ("de", "Emmanuel Macron lud Bundeskanzler Friedrich Merz am Montag in Paris zu einem Arbeitsessen."),
    ("es", "Emmanuel Macron ofreció el lunes en París una cena de trabajo al canciller Friedrich Merz."),
])
def test_meetings_receiving_at_a_venue_and_working_meals(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [(MACRON_MERZ, "place/paris", D(2025, 12, 1))]


# A call and a meeting in person of the same leaders are two meetings.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Emmanuel Macron met Chancellor Friedrich Merz in Paris on Monday. On Monday the two leaders also "
           "held a video call with Prime Minister Donald Tusk."),
    ("de", "Emmanuel Macron traf am Montag in Paris Bundeskanzler Friedrich Merz. Am Montag telefonierten "
           "Macron und Merz zudem mit Regierungschef Donald Tusk."),
])
def test_meetings_call_apart_from_the_meeting_in_person(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert sorted((len(m.participants), m.place or "") for m in doc.meetings) == [(2, "place/paris"), (3, "")]


def test_meetings_report_with_no_venue_goes_on_telling_the_call(make_doc: MakeDoc) -> None:
    doc = make_doc("Emmanuel Macron y Friedrich Merz sostuvieron el lunes una videollamada. Macron "
                   "agregó que además conversaron con Merz sobre la migración.", "es")
    assert [len(m.evidence) for m in doc.meetings] == [2]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Alexander Stubb habló el martes por teléfono con el secretario general de la OTAN, Mark Rutte."),
    ("de", "Alexander Stubb sprach am Dienstag mit dem Generalsekretär der Nordatlantischen Allianz, "
           "Mark Rutte."),
    ("fr", "Alexander Stubb a parlé mardi avec le secrétaire général de l'Alliance atlantique, Mark Rutte."),
    ("en", "Alexander Stubb spoke on Tuesday with the secretary general of the Atlantic alliance, "
           "Mark Rutte."),
])
def test_meetings_partner_named_after_a_long_role(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A role phrase of several words may introduce the partner's name after a comma."""
    meetings = make_doc(text, lang).meetings
    assert any({"person/alexander-stubb", "person/mark-rutte"} <= set(m.participants) for m in meetings)
