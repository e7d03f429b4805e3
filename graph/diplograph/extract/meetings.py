"""Read meetings: sentences with a meeting cue and at least two acting participants.

Participants are the acting mentions of the sentence; a plural pronoun subject ("Zunächst
trafen sie …") stands for the last group of persons named together. Place and day come from the
sentence, else from the nearest earlier sentence of the same paragraph that names them (news
tells one visit over several sentences). Two reports of one meeting are merged when one's
participants include the other's and day and place do not conflict.

A meeting noun after a possessive ("bei seinen Gesprächen", "during his visit") or, once a
meeting has been reported, after a definite article ("the talks", "la reunión") refers back to
that meeting: the sentence is about something said or done there, so its other names are not
participants, unless a word attaches them to the noun ("seinem Treffen mit Xi", "the talks with
Cuba"). A sequence word between partners ("mit A und anschließend mit B", "A and then B") splits
one sentence into two meetings of the same host.

A meeting word followed by a partner word ("Gespräch mit", "talks with") names its partner
there: when no name follows before the clause ends, the partner is no actor of ours (a
newspaper, reporters, relatives, criticism) and the word reports no meeting of this sentence's
names. Press events and interviews ("Pressekonferenz", "press conference") are meetings only
with such a named partner ("bei einer Pressekonferenz mit seinem Kollegen X"). Phrases that
contain a meeting word but mean something else ("trifft auf" in sport, "eintreffen") veto it.
Names in a topic phrase ("über neue Sanktionen gegen Russland", "tensions between Turkey and
Russia") are what is talked about, not who talks.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from diplograph.extract.assertion import negated_event
from diplograph.extract.context import (
    actors_in,
    addressees,
    agencies,
    blanked,
    in_span,
    last_person,
    paragraph_of,
    runs_into_time,
    times_in,
)
from diplograph.extract.cues import Cue, CueMatcher
from diplograph.extract.dates import time_in
from diplograph.extract.gazindex import gaz_index
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.lemmas import lemmatizer
from diplograph.extract.mentions import _DATELINE
from diplograph.extract.speakers import names_own_subject, no_subject_before, subjects_in_force
from diplograph.model import Actor, Document, Meeting, Mention, Sentence, Span
from diplograph.pipeline import stage
from diplograph.resources import Resources

STATUS_ORDER = ("proposed", "planned")

_WORD = re.compile(r"\w+(?:['’]\w+)?")
#: Characters that may stand between a partner and a sequence word besides coordination.
_JOIN = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class MeetingWords:
    """The function words of ``meetings.yml`` that the meeting rules read (see its comments)."""

    possessives: frozenset[str]
    articles: frozenset[str]
    attach: frozenset[str]
    sequence: CueMatcher
    successive: CueMatcher
    attendance: CueMatcher
    plural_referents: CueMatcher  # also read by the stance rules
    sides: CueMatcher  # plural_referents and the meeting rules' own phrases for the sides met
    capital: CueMatcher
    remote: CueMatcher
    capitals: dict[str, str]  # state key -> key of its capital in the gazetteer
    partner: frozenset[str]
    #: words besides coordination that join two partners each named with its own partner word
    #: ("sowohl mit A als auch mit B")
    partner_joins: frozenset[str]
    #: object pronouns after a meeting verb or its partner word that stand for a person told of
    #: before ("telephoned him", "rief ihn an", "con él"); clitics before the verb ("l'a appelé")
    partner_pronouns: frozenset[str]
    partner_clitics: frozenset[str]
    partner_reflexives: frozenset[str]
    #: articles after a partner word that open a thing, not a partner ("con un acuerdo")
    partner_things: frozenset[str]
    needs_partner: CueMatcher
    #: verbs of agreeing together: a meeting only with a venue named in their clause
    needs_venue: CueMatcher
    not_meetings: CueMatcher
    topic: CueMatcher
    visit: CueMatcher
    travel: CueMatcher
    arrival: CueMatcher  # travel words of arriving: to a capital they make no visit of its state
    direction: frozenset[str]
    present: CueMatcher
    present_after_subject: CueMatcher  # present forms that are also nouns: only after their subject
    framing: CueMatcher
    call_verbs: CueMatcher
    call_not_after: frozenset[str]
    inherit: frozenset[str]
    precede: frozenset[str]  # words opening a sentence of an earlier meeting ("Zuvor", "Before that")
    relative: frozenset[str]
    hosting: frozenset[str]  # cues of receiving that need an actor as their object
    object_markers: frozenset[str]  # words marking a person as the object ("a", "al" in Spanish)
    plural_roles: CueMatcher  # key: the role of each side ("the Russian and US presidents")
    day_apart: CueMatcher  # key "after"/"before": a later clause's meeting a day before/after the main


def meeting_words(res: Resources, lang: str) -> MeetingWords:
    """The meeting function words of ``lang``, read once per process."""

    def make() -> MeetingWords:
        data = res.lexicon(lang if lang in res.lexicons else "en", "meetings")
        src = f"lexicon/{lang}/meetings.yml"
        elisions = frozenset(str(e) for e in res.lexicon(lang, "grammar").get("elisions") or [])
        matcher = functools.partial(CueMatcher, lemma=lemmatizer(lang), elisions=elisions)

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key) or [])

        return MeetingWords(
            possessives=words("possessives"),
            articles=words("articles"),
            attach=words("attach"),
            sequence=matcher({"sequence": data.get("sequence") or []}, src),
            successive=matcher({"successive": data.get("successive") or []}, src),
            attendance=matcher({"attend": data.get("attendance") or []}, src),
            sides=matcher({"group": [*(data.get("plural_referents") or []), *(data.get("sides") or [])]},
                          src),
            plural_referents=matcher({"group": data.get("plural_referents") or []}, src),
            capital=matcher({"capital": data.get("capital") or []}, src),
            remote=matcher({"remote": data.get("remote") or []}, src),
            capitals={
                e.capital_of: k
                for k, e in sorted(res.gazetteer.entries.items(), reverse=True)
                if e.capital_of
            },
            partner=words("partner"),
            partner_joins=frozenset(w for p in words("partner_joins") for w in p.split()),
            partner_pronouns=words("partner_pronouns"),
            partner_clitics=words("partner_clitics"),
            partner_reflexives=words("partner_reflexives"),
            partner_things=words("partner_things"),
            needs_partner=matcher({"press": data.get("needs_partner") or []}, src),
            needs_venue=matcher({"meeting": data.get("needs_venue") or []}, src),
            not_meetings=matcher({"other": data.get("not_meetings") or []}, src),
            topic=matcher(
                {"topic": data.get("topic") or [], "discussion": data.get("discussion") or []}, src
            ),
            visit=matcher({"visit": data.get("visit") or []}, src),
            travel=matcher({"travel": data.get("travel") or []}, src),
            arrival=matcher({"arrival": data.get("arrival") or []}, src),
            direction=words("direction"),
            # the tense is in the form as written: no lemma ("meet" must not match "met")
            present=CueMatcher({"present": data.get("present") or []}, src),
            present_after_subject=CueMatcher(
                {"present": data.get("present_after_subject") or []}, src, elisions=elisions
            ),
            framing=matcher({"framing": data.get("framing") or []}, src),
            # forms as written: a lemma would take "llamado" (an appeal) and "se llama" (is named)
            call_verbs=CueMatcher({"call": data.get("call_verbs") or []}, src, elisions=elisions),
            call_not_after=words("call_not_after"),
            inherit=words("inherit"),
            precede=words("precede"),
            relative=words("relative"),
            hosting=words("hosting"),
            object_markers=words("object_markers"),
            plural_roles=matcher(dict(data.get("plural_roles") or {}), src),
            day_apart=matcher(dict(data.get("day_apart") or {}), src),
        )

    found: MeetingWords = res.memo(("meeting-words", lang), make)
    return found


@stage("meetings", requires=("sentences", "mentions", "actors", "times"), assigns=("meetings", "actors"))
def find_meetings(doc: Document, res: Resources) -> Document:
    """Read the meetings an article reports, announces or proposes.

    A state that hosts a visit is a participant, so it becomes an actor of the article even when
    the text names it only as the destination ("reiste nach Polen").
    """
    gr = grammar(res, doc.lang)
    words = meeting_words(res, doc.lang)
    roles = gr.roles.find(doc.content)
    skip = agencies(res)
    dateline = _dateline_places(doc, res)
    found: list[Meeting] = []
    last_group: tuple[str, ...] = ()
    last_sides: tuple[str, ...] = ()  # the last two states or organisations named together
    last_place: dict[int, str] = {}
    last_time: dict[int, tuple[date | None, str | None]] = {}
    hosts: set[str] = set()
    journeys: dict[int, str] = {}  # id of a meeting that is a trip to a state → that state
    calls: set[int] = set()  # starts of the sentences that tell a call
    officials: dict[str, str] = {}  # persons read from a plural role → the state each acts for
    referent: tuple[int, str] | None = None  # the sentence before's pronoun subject: (its index, whom)
    in_force: list[str | None] | None = None  # the subject in force of each sentence (pro-drop only)
    # "Macron telefonierte am Montag mit Lula, und Barrot wird kommende Woche in Caracas erwartet":
    # each main clause with its own meeting word and subject tells a meeting of its own
    units = ((i, u) for i, whole in enumerate(doc.sentences) for u in _meeting_units(doc, whole, words, gr))
    # A unit without a meeting word, trip or call (most of them) tells no meeting: it only leaves
    # the last group, the last two sides and its paragraph's last place and day for a meeting
    # told later. Those are read back when the next unit with a cue comes, newest unit first
    # and only as far back as each takes (see ``_Quiet``), not worked out for every unit.
    quiet = _Quiet()
    for i, s in units:
        text = doc.content[s.start : s.end]
        par = paragraph_of(doc, s)
        meeting_cues = gr.meetings.find_in(doc.content, s.start, s.end)
        # "acordaron este miércoles en Asunción crear un comité": agreeing at a venue is meeting there
        places_here = any(m.form in ("place", "metonym") for m in in_span(doc.mentions, s))
        agreed = [
            c
            for c in (words.needs_venue.find_local(doc.content, s.start, s.end) if places_here else [])
            if _at_venue(doc, s, c, gr) and not any(_overlaps(c, m) for m in meeting_cues)
        ]
        meeting_cues = sorted([*meeting_cues, *agreed], key=lambda c: c.start)
        cues = [c for c in meeting_cues if _reports(doc, s, c, words, gr, skip)]
        trips = [
            t
            for t in words.travel.find_local(doc.content, s.start, s.end)
            if not any(_overlaps(t, c) for c in cues)
            and _trip_host(doc, s, t, words, res)
            and _reports(doc, s, t, words, gr, skip)  # "sagte seine Reise nach Brüssel ab": no trip
        ]
        # a verb of calling with a person as its object: a call, even where it is a meeting word
        verbs = words.call_verbs.find_local(doc.content, s.start, s.end)
        calling = [c for c in verbs if _calls_person(doc, s, c, words, gr)]
        calls_to = [c for c in calling if not any(_overlaps(c, o) for o in cues)]
        cues = sorted([*cues, *trips, *calls_to], key=lambda c: c.start)
        if not cues:  # no calling either: every call verb with a person as object is a cue
            quiet.units.append((s, par))
            continue
        if quiet.units:
            last_group, last_sides = quiet.settle(
                doc, roles, skip, gr, dateline, last_group, last_sides, last_place, last_time
            )
        topics = _topic_spans(doc, s, words, cues, gr)
        acting = [m for m in _acting(doc, s, roles, skip, gr) if not _inside(m, topics)]
        # what was said at a meeting names neither who met nor where
        topics += _said_at_meeting(doc, s, cues, acting, gr)
        acting = [m for m in acting if not _inside(m, topics)]
        # "Los líderes, reunidos en Abuja, piden a Malí, Burkina Faso y Níger …": those asked
        # are not who met
        asked = _asked_ones(doc, s, acting, gr, after=cues[-1].end)
        acting = [m for m in acting if m.key not in asked]
        seats = [m for m in acting if _venue(doc, m, gr, res)]
        acting = [m for m in acting if m not in seats]  # "im Kreml": where, not who
        # "the Russian and US presidents", "les présidents russe et américain"
        sides = _plural_role_sides(doc, s, words, gr, res)
        if sides:  # the plural role noun itself names no one person
            spans = [(c.start, c.end) for c in words.plural_roles.find_local(doc.content, s.start, s.end)]
            acting = [m for m in acting if not any(a <= m.start < b for a, b in spans)]
        acting = sorted([*acting, *sides], key=lambda m: m.start)
        hosts.update(m.key for m in sides if m.kind == "State")
        officials.update({m.key: m.represents for m in sides if m.represents})
        # "dans la capitale fédérale du Nigeria": the state names where, not who
        capital_of = _capital_state(doc, s, words)
        acting = [m for m in acting if m is not capital_of]
        remote = bool(calling) or _remote(doc, s, words)
        times = times_in(doc, s)
        dated = time_in(doc, s.start, s.end)
        group = _group(doc, acting, gr)
        live = [c for c in cues if not _refers_back(doc.content, s, c, words, bool(found))]
        if not live and words.attendance.find_local(doc.content, s.start, s.end):
            live = cues  # "Al encuentro asistirán …": who attends the meeting told of before
        near = _dating_cue(doc, s, live or cues, trips, words).start
        # "en la capital de Catar" competes as a place where it stands, with any place named
        capital_at = (
            [replace(capital_of, key=words.capitals[capital_of.key], kind="Place", form="place")]
            if capital_of is not None
            else []
        )
        named = _place(doc, s, topics, near, dateline, capital_at)
        seat = next((c for m in seats if (c := _seat_city(m, words, res))), None)
        if named and seat and named.startswith(_STATES):
            named = None  # "recibió al presidente de Venezuela en la Casa Blanca": the seat, not the state
        capital = words.capitals[capital_of.key] if capital_of is not None else None
        if named and capital and named.startswith(_STATES):
            named = None  # a capital named by its state is finer than a state named elsewhere
        place = named or seat or capital
        if times:  # the day nearest the meeting word is the meeting's day
            told = [t for t in times if not _dates_speech(doc.content, s, t, gr)] or times
            with_day = [t for t in told if t.day] or told
            # in the meeting word's own clause first: "travel to Japan on Friday, where he will
            # meet Ishiba on Saturday" is Saturday, though Friday stands nearer
            at = (gr.clause_start(doc.content, s.start, near), gr.clause_end(doc.content, near, s.end))
            dated = min(with_day, key=lambda t: (not at[0] <= t.start < at[1], abs(t.start - near)))
        keys: list[str] = []
        journey: str | None = None
        dest: Mention | None = None
        host: str | None = None
        if live:
            # "visited Vietnam", "viajó a Panamá", "wird Kiew besuchen"
            dest, host = _trip(doc, s, live, trips, words, res, gr.nouns_capitalised)
            if dest is not None and place and named == place and _elsewhere(doc, s, place, near):
                place = None  # "Tras conversaciones en Viena, viajó a Roma, donde se reunió con …"
            if dest is not None and dest.form == "metonym" and dest.key in words.capitals:
                place = place or words.capitals[dest.key]  # "viajó a Washington": the city itself
            elif dest is not None and (
                dest.kind == "Place" or dest.key.startswith(_PLACES) or dest.key == host
            ):
                place = place or dest.key  # "visited Vietnam", "viajó a Marruecos": where it was held
            keys = list(dict.fromkeys(m.key for m in acting if m is not dest or host == dest.key))
            if host and any(k.startswith(_TRAVELLERS) for k in keys):
                # a sentence that tells only the trip ("before traveling to Switzerland")
                journey = host if all(any(_overlaps(c, t) for t in trips) for c in live) else None
                if host not in keys:
                    keys.append(host)  # the state visited hosts the visitor
                    hosts.add(host)
            visitor = _visitor(doc, live, words, gr, acting)
            if visitor == UNNAMED:
                keys = []  # "ein Geschenk an die USA vor dem Besuch des Präsidenten": not the USA's visit
            elif visitor is not None and host is not None and visitor != host:
                journey = None
                keys = [visitor, host]  # "kurz vor dem Besuch von Obama in Vietnam wurde X entlassen"
                hosts.add(host)
                keys += _host_leaders(doc, host, visitor, res)
            if len(keys) < 2 and _plural_pronoun(doc, s, gr) and last_group:
                keys = list(dict.fromkeys([*last_group, *keys]))
            elif len(keys) < 2 and _plural_referent(doc, s, words, acting):
                # "the two leaders agreed to meet": those of the last meeting, else the last group
                earlier = _referred(doc, s, words, gr, found[-1]) if found else []
                both = last_sides if _sides_met(doc, s, words, gr, live[0]) else ()
                # "Les deux ministres s'étaient vus": with no meeting told, two persons named last
                persons = [] if earlier else _persons_referred(doc, s, words, gr)
                keys = list(dict.fromkeys([*(earlier or persons or last_group or both), *keys]))
            # a noun ("Gipfeltreffen") has no subject of its own: a pronoun must stand close to it
            noun = gr.nouns_capitalised and doc.content[live[0].start : live[0].start + 1].isupper()
            reach = _NOUN_REACH if noun else None
            # a German verb that closes its clause has its pronoun subject at the clause's start
            after_verb = doc.content[live[0].end : s.end]
            closing = gr.verb_second and not noun and _CLAUSE_CLOSES.match(after_verb) is not None
            said = _pronoun_subject(text, live[0].start - s.start, gr.singular_pronouns, reach, bool(closing))
            if said is not None and not any(m.kind == "Person" and m.end <= s.start + said for m in acting):
                # "In Kairo traf er mit … zusammen"; not "Scholz said he would meet Ishiba", whose
                # pronoun stands for the person named before it in the same sentence
                # "On Friday he will meet Ishiba. The following day he will visit Seoul": the
                # pronoun goes on meaning whom the sentence before's pronoun meant, not its object
                chained = referent is not None and referent[0] == i - 1
                before = referent[1] if referent is not None and chained else last_person(doc, s.start)
                if before and before not in keys:
                    keys = [before, *keys]
                if before:
                    referent = (i, before)
            elif (
                len(_without_represented(doc, keys)) == 1
                and (holder := _role_subject(doc, s, live[0], roles, gr, words)) is not None
            ):
                # "Der Kanzler hatte Macron getroffen", "Le président avait rencontré Scholz": a
                # role named alone is the person of that role the article told of before (the
                # partner's state named too adds no side: "… su homóloga, Claudia Sheinbaum,
                # quien le transmitió sus condolencias en nombre del pueblo de México")
                if holder not in keys:
                    keys = [holder, *keys]
                referent = (i, holder)
            elif (
                len(keys) == 1
                and (gr.pro_drop or _partner_after(doc.content, live[0], words))
                and no_subject_before(doc.content, s, live[0], acting, gr, doc)
            ):
                # "Al día siguiente se reunió con Tusk": a subject left unsaid is the one in force;
                # so is the host of a meeting named by its partner alone ("Im Anschluss ist ein
                # Treffen mit Tusk geplant", "A meeting with Tusk is planned afterwards")
                in_force = in_force if in_force is not None else subjects_in_force(doc, res)
                # the subject the sentence before left unsaid goes on ("… se reunió con Tusk.
                # Después llamó a Merz"), else the one in force
                chained = referent is not None and referent[0] == i - 1
                subject = referent[1] if referent is not None and chained else in_force[i]
                if not gr.pro_drop and not (found and subject in found[-1].participants):
                    subject = None  # a meeting noun's host only goes on the thread of meetings told
                if subject is not None and subject.startswith("person/") and subject not in keys:
                    keys = [subject, *keys]
                    referent = (i, subject)
            if host and visitor is None and host not in keys and any(k.startswith(_TRAVELLERS) for k in keys):
                # the traveller named only now, by a pronoun or as the subject in force: "The
                # following day he will travel to Poland"
                journey = host if all(any(_overlaps(c, t) for t in trips) for c in live) else None
                keys.append(host)
                hosts.add(host)
            keys = _without_represented(doc, keys)
            if len(keys) == 1 and (partner := _pronoun_partner(doc, i, s, live[0], keys[0], words, gr)):
                # "Erdogan telephoned him", "Erdoğan rief ihn an", "Erdogan l'a appelé", "lo llamó":
                # the person told of just before
                keys.append(partner)
            if all(any(_overlaps(c, t) for t in trips) for c in live) and not any(
                k.startswith(_TRAVELLERS) for k in keys
            ):
                keys = []  # only a trip, and no person travels: "er sei in die Türkei, nach Marokko gereist"
        elif len(group) >= 2:  # "Xi und Obama nutzten ihr Treffen in Peking"
            keys = list(group)
        if keys:
            status = _status(gr, doc.content, s, (live or cues)[0], words, doc.mentions, tuple(times))
            follows = _continues(text, words) and bool(found)
            previous = _continued(found, keys) if follows else None
            day: date | None
            date_text: str | None
            if dated:
                day, date_text = dated.day, dated.surface
            elif previous is not None:  # "Afterwards he met …": the day of the meeting told before
                day, date_text = previous.day, previous.date_text
            elif _opens_with(text, words.precede):  # "Zuvor hatte er …": before the day told last
                day, date_text = None, None
            elif status == "occurred" and (_present(doc, s, words, gr) or _headline(doc, s)):
                day, date_text = doc.anchor, None  # "Leaders meet in Brussels": the article's day
            else:
                day, date_text = last_time.get(par, (None, None))
            if not remote and not place:
                place = (previous.place if previous is not None else None) or last_place.get(par)
            kind = "relative"
            clause = _relative_clause(doc, s, acting, keys, cues, words)
            if clause is None:
                kind, clause = "later", _later_clause(doc, s, acting, keys, live, words, gr)
            if clause is None:
                kind, clause = "framing", _framing_meeting(doc, s, acting, keys, live, words)
            parts: list[tuple[list[str], tuple[int, int] | None]] = []
            venues: dict[tuple[int, int], str] = {}  # the city of each visit of a trip to two capitals
            each = False  # whether each part of such a trip is a journey only
            if clause is not None:
                inner, span = clause
                # "…, then traveled to Brussels": the trip's host belongs to the later clause
                if (
                    kind == "later" and host and host in keys and host not in inner
                    and dest is not None and span[0] <= dest.start < span[1]
                ):
                    inner = [*inner, host]
                parts = [([k for k in keys if k not in inner[1:]], None), (inner, span)]
                if kind == "relative" and all(span[0] <= c.start < span[1] for c in cues):
                    parts = parts[1:]  # the main clause tells no meeting of its own
                # "Ramdin, who met Briceño and Martínez separately, …": each partner in turn
                parts = [
                    (each, pspan)
                    for part, pspan in parts
                    for each, _ in (_split_successive(doc, s, acting, part, words) or [(part, None)])
                ]
            else:
                parts = _split_at_sequence(doc, s, acting, keys, words, gr)
                if len(parts) == 1:
                    parts = _split_successive(doc, s, acting, keys, words) or parts
                if len(parts) == 1:
                    parts = _split_partnered(doc, s, acting, keys, words, gr) or parts
                split_trip = None
                if len(parts) == 1 and dest is not None and host is not None:
                    # "reist nach Kinshasa und Kigali": a visit to each capital, each in its city
                    split_trip = _split_destinations(doc, s, dest, keys, host, words, gr, res)
                if split_trip is not None:
                    parts, venues = split_trip
                    each = journey == host  # a trip only, to each capital
                    hosts.add(parts[1][0][-1])  # the second capital's state hosts its visit
            main_day: date | None = day
            for part, pspan in parts:
                if len(part) < 2 or len({_side(doc, k) for k in part}) < 2:
                    continue
                pday, ptext = day, date_text
                if clause is not None:  # each meeting keeps the day told in its own clause
                    own = [t for t in times if t.day and _within(t, clause[1]) == (pspan is not None)]
                    shift = _day_apart(doc, clause[1], words) if pspan is not None and kind == "later" else 0
                    if shift:  # "au lendemain de" read as a day counts from the main one, not as one
                        apart = words.day_apart.find_local(doc.content, clause[1][0] - 30, clause[1][1])
                        own = [t for t in own if not any(t.start < c.end and c.start < t.end for c in apart)]
                    if own:
                        pday, ptext = own[0].day, own[0].surface
                    elif shift and main_day is not None:  # "a day after meeting Macron", "au lendemain de"
                        pday, ptext = main_day + timedelta(days=shift), None
                    elif pspan is not None and kind == "later" and _opens_sequence(doc, pspan, words):
                        pday, ptext = main_day, None  # "…, then traveled to Brussels": the story goes on
                    elif pspan is not None:
                        pday, ptext = None, None
                    if pspan is None:
                        main_day = pday
                elif pspan is not None and len(parts) > 1:  # "… on Tuesday and Tusk on Wednesday"
                    own = [t for t in times if t.day and _within(t, pspan)]
                    if own:
                        pday, ptext = own[0].day, own[0].surface
                split = parts if clause is None else []
                # a call has no venue; a meeting told in a relative clause or a phrase of time
                # is held where that clause says, not where the main clause's trip leads ("Merz,
                # der am Sonntag Tusk getroffen hatte, flog nach Paris")
                where = None if remote else _part_place(doc, s, split, pspan, place, topics)
                where = venues.get(pspan, where) if pspan is not None and not remote else where
                if clause is not None and not remote:
                    cspan = clause[1]
                    inner_seat = (_seat_city(m, words, res) for m in seats if _within(m, cspan))
                    own_place = _place_within(doc, s, cspan, topics) or next(
                        (c for c in inner_seat if c), None
                    )
                    if own_place is None and dest is not None and dest.form == "metonym":
                        # "y luego viajó a Berlín": the capital read as its state is the city
                        own_place = words.capitals.get(dest.key) if _within(dest, cspan) else None
                    if pspan is not None and (kind != "later" or own_place):
                        where = own_place
                    elif pspan is None and where is not None and where == own_place:
                        # the main meeting is not held where the clause's own meeting was
                        where = _place_within(doc, s, (s.start, cspan[0]), topics) or _place_within(
                            doc, s, (cspan[1], s.end), topics
                        )
                went = part[-1] if each else journey
                if went in part and all(k == went or k.startswith(_TRAVELLERS) for k in part):
                    journeys[len(found)] = went
                found.append(
                    Meeting(
                        participants=tuple(sorted(part)),
                        evidence=(Span(s.start, s.end),),
                        status=status,
                        place=where,
                        day=pday,
                        date_text=ptext,
                        cue=(live or cues)[0].phrase,
                    )
                )
        if remote and keys:
            calls.add(s.start)
        if group:
            last_group = group
        last_sides = _joined_sides(doc, acting, gr) or last_sides
        if place:
            last_place[par] = place
        if dated and dated.day:
            last_time[par] = (dated.day, dated.surface)
    found = [
        m for i, m in enumerate(found) if i not in journeys or not _leads_to(m, journeys[i], found, res)
    ]
    meetings = merge(
        found,
        lambda k: _side(doc, k),
        lambda k: _region(res, k),
        lambda m: all(e.start in calls for e in m.evidence),  # a call and a meeting in person are two
    )
    meetings = [_with_sides(doc, _at_dateline(doc, m, dateline, calls, res)) for m in meetings]
    meetings = [_whole_sentences(doc, m) for m in meetings]
    return replace(doc, meetings=tuple(meetings), actors=_with_hosts(doc, res, hosts, meetings, officials))


@dataclass
class _Quiet:
    """The units read since the last one with a meeting word, trip or call, in text order."""

    units: list[tuple[Sentence, int]] = field(default_factory=list)

    def settle(
        self,
        doc: Document,
        roles: list[Cue],
        skip: frozenset[str],
        gr: Grammar,
        dateline: list[Mention],
        last_group: tuple[str, ...],
        last_sides: tuple[str, ...],
        last_place: dict[int, str],
        last_time: dict[int, tuple[date | None, str | None]],
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What the units leave for the next meeting, as :func:`find_meetings` would have left
        it unit by unit: the last group and the last two sides (returned), each paragraph's last
        place and day (``last_place`` and ``last_time``, updated). A unit without a cue keeps all
        of its acting actors and has its place read from its start, with no topics or capital.
        The newest unit that has one of them decides it, so the units are read newest first, and
        each is read only for what no newer unit has decided. Empties the list."""
        group = sides = None
        placed: set[int] = set()
        timed: set[int] = set()
        for s, par in reversed(self.units):
            if group is None or sides is None:
                acting = _acting(doc, s, roles, skip, gr)
                if group is None and (found := _group(doc, acting, gr)):
                    group = found
                if sides is None and (joined := _joined_sides(doc, acting, gr)):
                    sides = joined
            if par not in placed and (place := _place(doc, s, [], s.start, dateline)):
                last_place[par] = place
                placed.add(par)
            if par not in timed:
                dated = time_in(doc, s.start, s.end)
                if dated and dated.day:
                    last_time[par] = (dated.day, dated.surface)
                    timed.add(par)
        self.units = []
        return group or last_group, sides or last_sides


#: A comma and the word after it: where a joined main clause may open.
_COMMA_WORD = re.compile(r",\s+(\w+)\b")

#: Words that may stand between a clause's joining word and its subject ("…, and Foreign Minister
#: Jean-Noël Barrot is expected …", "…, et le conseiller diplomatique de ce dernier, Celso Amorim").
_UNIT_SUBJECT_WORDS = 8


def _meeting_units(doc: Document, s: Sentence, words: MeetingWords, gr: Grammar) -> list[Sentence]:
    """The sentence cut where a comma and a joining word ("and", "et", "und", "y", "but") open a
    main clause with a subject of its own and a meeting word of its own, while a meeting word
    stands before: "Macron spoke with Lula by phone on Monday, and Barrot is expected in Caracas
    next week" tells two meetings. Otherwise the whole sentence."""
    text = doc.content
    joins = gr.list_joins | gr.contrast
    joined = [b for b in _COMMA_WORD.finditer(text, s.start, s.end) if b.group(1).lower() in joins]
    if not joined:
        return [s]  # most sentences: read once, with no second scan of their cues
    cues = [*gr.meetings.find_in(text, s.start, s.end), *words.travel.find_local(text, s.start, s.end)]
    if len(cues) < 2:
        return [s]
    actors = [m for m in in_span(doc.mentions, s) if m.is_actor]
    cuts = []
    for b in joined:
        at, after = b.start(), b.end()
        if not any(c.end <= at for c in cues) or not any(m.end <= at for m in actors):
            continue
        later = [c for c in cues if c.start >= after]
        if not later:
            continue
        subject = next((m for m in actors if after <= m.start < later[0].start), None)
        if subject is None or len(_WORD.findall(text[after : subject.start])) > _UNIT_SUBJECT_WORDS:
            continue
        # the meeting word is the new clause's own, not one of a clause it governs ("…, and Zhang,
        # head of the office, both expressed amazement that they could arrange the meeting")
        between = {w.lower() for w in _WORD.findall(text[subject.end : later[0].start])}
        if between & gr.complementizers:
            continue
        cuts.append(at)
    bounds = [s.start, *cuts, s.end]
    return [Sentence(a, b) for a, b in zip(bounds, bounds[1:], strict=False)] if cuts else [s]


def _whole_sentences(doc: Document, m: Meeting) -> Meeting:
    """A meeting whose evidence is the whole sentence of each clause it was read from."""
    spans = []
    for e in m.evidence:
        whole = next((s for s in doc.sentences if s.start <= e.start < s.end), None)
        span = Span(whole.start, whole.end) if whole is not None else e
        if span not in spans:
            spans.append(span)
    return replace(m, evidence=tuple(spans))


def _with_sides(doc: Document, m: Meeting) -> Meeting:
    """A meeting with the states and organisations its persons act for, as actors of the article
    (``Meeting.sides``): "the two delegations agreed to meet again in Washington" is a meeting of
    the two states as much as of their ministers. Set after merging, so that persons still tell
    meetings apart (see :func:`merge`)."""
    sides = set()
    for key in m.participants:
        a = doc.actors.get(key)
        side = a.represents if a is not None and a.kind == "Person" else None
        if side is not None and side in doc.actors and side not in m.participants:
            sides.add(side)
    return replace(m, sides=tuple(sorted(sides))) if sides else m


def _elsewhere(doc: Document, s: Sentence, place: str, near: int) -> bool:
    """Whether every mention of ``place`` in the sentence stands in another clause than the
    meeting word at ``near``: the venue of something else, which a trip's destination beats."""
    spots = [m for m in in_span(doc.mentions, s) if m.key == place and m.form == "place"]
    return bool(spots) and all(_clause_between(doc.content, m, near) for m in spots)


#: How many words may stand between a word of sequence and the meeting noun it frames ("after his
#: talks", "nach den ersten Gesprächen").
_FRAME = 3


def _words_between(doc: Document, start: int, end: int) -> int:
    return len(_WORD.findall(doc.content[start:end]))


def _remote(doc: Document, s: Sentence, words: MeetingWords) -> bool:
    """Whether the sentence tells talks at a distance: a word of calling that is no appeal
    ("called Macron", not "called for a ceasefire" nor "calls on Iran")."""
    other = _not_meetings(doc, s, words)
    return any(
        not any(_overlaps(r, o) for o in other) for r in words.remote.find_local(doc.content, s.start, s.end)
    )


def _not_meetings(doc: Document, s: Sentence, words: MeetingWords) -> list[Cue]:
    """The phrases of the sentence that use a meeting word in another sense ("calls on Iran"),
    unless their last word opens a time expression ("a phone call on Saturday")."""
    vetoes = words.not_meetings.find_local(doc.content, s.start, s.end)
    return [v for v in vetoes if not runs_into_time(doc, v.start, v.end)]


def _dating_cue(doc: Document, s: Sentence, cues: list[Cue], trips: list[Cue], words: MeetingWords) -> Cue:
    """The meeting word whose day and place are the meeting's: the first that is no word of
    travel, else the first. "Starmer will travel to Japan on Friday, where he will meet Ishiba on
    Saturday", "Macron se rendra vendredi au Japon, où il rencontrera samedi …": the trip leads
    to the meeting, which is held on the day told at its own word."""
    travels = [*trips, *words.travel.find_local(doc.content, s.start, s.end)]
    frames = words.framing.find_local(doc.content, s.start, s.end)
    # "After talks in Vienna, he travelled to Rome, where he met Tajani": the talks after a word of
    # sequence frame the time; the meeting is the one told after them
    framed = [
        c for c in cues for f in frames if f.end <= c.start and _words_between(doc, f.end, c.start) < _FRAME
    ]
    main = [c for c in cues if c not in framed] or cues
    return next((c for c in main if not any(_overlaps(c, t) for t in travels)), main[0])


def _at_dateline(
    doc: Document, m: Meeting, dateline: list[Mention], calls: set[int], res: Resources
) -> Meeting:
    """A merged meeting with the dateline's city as its place, when the text places it nowhere
    finer and no report of it is a call. Applied after merging, since the dateline only says
    where the reporter is: a headline placed by it alone must still join the report of the body
    that names the venue ("MADRID – … se reunió en Nueva Delhi")."""
    if not dateline or any(e.start in calls for e in m.evidence):
        return m
    city = _dateline_place(doc, dateline, list(m.participants), m.day, res)
    where = _finer(m.place, city, lambda k: _region(res, k)) if m.place else city
    return m if where == m.place else replace(m, place=where)


def _acting(doc: Document, s: Sentence, roles: list[Cue], skip: frozenset[str], gr: Grammar) -> list[Mention]:
    """The acting mentions of a sentence, with the states of a list in the genitive: "die
    Außenminister Russlands und der Türkei" names two sides, though a genitive before a word
    ("Russlands Präsident") only qualifies it (and is no actor of its own elsewhere)."""
    acting = actors_in(doc, s, roles, skip)
    genitives = [
        m
        for m in in_span(doc.mentions, s)
        if m.form == "genitive" and m.kind in ("State", "Organization")
        and m.key not in skip and m not in acting
    ]
    listed: list[Mention] = []
    for m in genitives:
        joined = _first_word(doc.content, m.end) in gr.coordination
        # the list's last item follows its join: "Vertreter Libanons und Israels trafen sich"
        between = set(_WORD.findall(doc.content[listed[-1].end : m.start].lower())) if listed else None
        last = between is not None and between <= gr.coordination
        if joined or last:
            listed.append(m)
    return sorted([*acting, *listed], key=lambda m: m.start) if listed else acting


def _asked_ones(doc: Document, s: Sentence, acting: list[Mention], gr: Grammar, after: int) -> set[str]:
    """The actors a demand after the sentence's meeting words is addressed to, where the one
    asked follows the verb (not where the verb comes second: "forderte Russland die Ukraine
    auf"). A demand before them may ask for the meeting itself: "urged Iran to resume talks"
    proposes talks with Iran."""
    if gr.verb_second:
        return set()
    demands = [c for c in gr.stances.find_local(doc.content, after, s.end) if c.key == "demand"]
    return {k for c in demands for k in addressees(doc.content, s, c, acting, gr)}


def _first_word(content: str, pos: int) -> str:
    """The word that follows ``pos``, in lower case ("" if none follows closely)."""
    found = _WORD.findall(content[pos : pos + 12])[:1]
    return found[0].lower() if found else ""


def _leads_to(trip: Meeting, state: str, found: list[Meeting], res: Resources) -> bool:
    """Whether a trip to ``state`` is the way to another meeting of the traveller that the
    article tells, held in that state ("Speaking before traveling to Switzerland, Kerry …" when
    his talks with Zarif are in Lausanne): the trip is then no meeting with the state."""
    travellers = set(trip.participants) - {state}
    return any(
        o is not trip
        and travellers & set(o.participants)
        and state not in o.participants
        and o.place is not None
        and _region(res, o.place) == state
        for o in found
    )


def _with_hosts(
    doc: Document, res: Resources, hosts: set[str], meetings: list[Meeting], officials: dict[str, str]
) -> dict[str, Actor]:
    """The article's actors, with each state that hosts a meeting as a state (it may have been
    named only as a place: "nach Polen"), each office holder a plural role names ("the Russian
    and US presidents") acting for their state, and each meeting's place."""
    actors = dict(doc.actors)
    taking_part = {k for m in meetings for k in m.participants}
    for key in sorted(set(officials) & taking_part - set(actors)):
        e = res.gazetteer.entries.get(key)
        if e is not None:
            label = e.label(doc.lang)
            source = "office of a plural role"
            actors[key] = Actor(key, "Person", label, (), e.qid, officials[key], source=source)
    for key in sorted(hosts & taking_part):
        e = res.gazetteer.entries.get(key)
        known = actors.get(key)
        if e is None or known is not None and known.kind != "Place":
            continue
        names = known.names if known is not None else ()
        label = e.label(doc.lang)
        actors[key] = Actor(key, e.kind, label, names, e.qid, e.represents, source="host of a visit")
    # A place read from a seat, a capital word or a metonym is named by no place mention: it
    # enters the article as a place, so the graph types and labels it.
    for key in sorted({m.place for m in meetings if m.place} - set(actors)):
        e = res.gazetteer.entries.get(key)
        if e is not None and e.kind == "Place":
            actors[key] = Actor(key, "Place", e.label(doc.lang), (), e.qid, source="place of a meeting")
    return actors


def _plural_role_sides(
    doc: Document, s: Sentence, words: MeetingWords, gr: Grammar, res: Resources
) -> list[Mention]:
    """The sides a plural role names by coordinated nationalities: "the Russian and US
    presidents", "les présidents russe et américain", "los presidentes ruso y estadounidense"
    (meetings.yml ``plural_roles``, keyed by the role). Each side is the one holder of that role
    for its state on the article's day that the gazetteer knows, else the state."""
    states = [m for m in in_span(doc.mentions, s) if m.kind == "State" and m.form in ("adj", "name")]
    if len(states) < 2:
        return []
    day = doc.anchor or doc.published
    out: list[Mention] = []
    for cue in words.plural_roles.find_local(doc.content, s.start, s.end):
        chain = _coordinated(doc.content, states, cue, gr)
        if len(chain) < 2:
            continue
        for m in chain:
            holder = gaz_index(res, doc.lang).holder_of(cue.key, m.key, day)
            src = f"sides:{cue.key}"
            if holder is not None:
                out.append(replace(m, key=holder, kind="Person", form="role", source=src, represents=m.key))
            else:
                out.append(replace(m, form="role", source=src))
    return out


def _coordinated(content: str, states: list[Mention], cue: Cue, gr: Grammar) -> list[Mention]:
    """The states joined by commas and coordination right after a role noun ("présidents russe et
    américain", adjectives only) or right before it ("Russian and US presidents")."""
    def joins(gap: str) -> bool:
        words = _WORD.findall(gap)
        return not gap.strip() or (
            len(words) <= 1 and all(w.lower() in gr.coordination for w in words) and "." not in gap
        )

    after: list[Mention] = []
    pos = cue.end
    for m in (m for m in states if m.start >= cue.end and m.form == "adj"):
        gap = content[pos : m.start]
        if not (joins(gap) and (after or not gap.strip())):
            break
        after.append(m)
        pos = m.end
    if len(after) >= 2:
        return after
    before: list[Mention] = []
    pos = cue.start
    for m in (m for m in reversed(states) if m.end <= cue.start):
        gap = content[m.end : pos]
        if not (joins(gap) and (before or not gap.strip())):
            break
        before.append(m)
        pos = m.start
    return before[::-1] if len(before) >= 2 else []


def _region(res: Resources, key: str) -> str:
    """The state a place lies in (a capital's state, a city's country), else the key itself."""
    e = res.gazetteer.entries.get(key)
    return (e.capital_of or e.located_in or key) if e is not None else key


#: Who travels and visits: persons and delegations, not a state ("Egypt is the first stop of a
#: trip that leads on to Qatar" is no meeting of Egypt and Qatar).
_TRAVELLERS = ("person/", "delegation/")


def _venue(doc: Document, m: Mention, gr: Grammar, res: Resources) -> bool:
    """Whether a government body named after a locative word is the venue: "im Kreml", "à la
    Maison Blanche", "in the White House" say where they met, not who met."""
    e = res.gazetteer.entries.get(m.key)
    if m.kind != "Organization" or e is None or e.org_kind != "government-body" or not e.represents:
        return False
    # an elided article is no word of its own: "à l'Elysée" is "à" before the name
    lead = re.sub(r"\b\w['’]$", "", doc.content[max(0, m.start - 20) : m.start])
    before = [w.lower() for w in _WORD.findall(lead)][-2:]
    return bool(before) and (before[-1] in gr.locative or " ".join(before) in gr.locative)


def _seat_city(m: Mention, words: MeetingWords, res: Resources) -> str | None:
    """The city of a seat of government: the capital of the state the body serves."""
    e = res.gazetteer.entries.get(m.key)
    return words.capitals.get(e.represents) if e is not None and e.represents else None


def _plural_referent(doc: Document, s: Sentence, words: MeetingWords, acting: list[Mention]) -> bool:
    """Whether the sentence names its sides by a plural noun phrase that stands for those last
    named ("the two delegations", "beide Außenminister"). One with a name inside ("the G7
    leaders", "les ministres de l'UE") names the members of that body, not persons told before."""
    return any(
        not any(r.start <= m.start < r.end for m in acting)
        for r in words.sides.find_local(doc.content, s.start, s.end)
    )


def _persons_referred(doc: Document, s: Sentence, words: MeetingWords, gr: Grammar) -> list[str]:
    """The two persons a plural phrase with a role noun stands for when no meeting was told
    before it ("Les deux ministres s'étaient vus la veille", "the two leaders had met"): the last
    two persons the article named before the sentence, not a group of states."""
    phrases = words.sides.find_local(doc.content, s.start, s.end)
    if not any(gr.roles.find_local(doc.content, r.start, r.end) for r in phrases):
        return []
    before = [m.key for m in doc.mentions if m.kind == "Person" and m.end <= s.start]
    last_two = list(dict.fromkeys(reversed(before)))[:2]
    return last_two if len(last_two) == 2 else []


def _joined_sides(doc: Document, acting: list[Mention], gr: Grammar) -> tuple[str, ...]:
    """Two states or organisations named together ("Thailand und Kambodscha", "Egypt and
    Ethiopia"): the sides a later "both countries" stands for when no meeting was told before."""
    sides = [m for m in acting if m.kind in ("State", "Organization")]
    for a, b in zip(sides, sides[1:], strict=False):
        between = doc.content[a.end : b.start]
        if a.key != b.key and len(between) < _JOIN_GAP and _has_word(between, gr.conjunctions):
            return (a.key, b.key)
    return ()


def _sides_met(doc: Document, s: Sentence, words: MeetingWords, gr: Grammar, cue: Cue) -> bool:
    """Whether a plural phrase for both sides is the subject of the meeting word: before it in
    its clause ("Die Verteidigungsminister beider Länder unterzeichneten …"), not a phrase of
    another clause ("Ahead of the talks, Kerry said both sides need to make concessions") nor
    the subject of what someone says they should do ("Beide Seiten sollten … Gespräche nutzen")."""
    return any(
        r.end <= cue.start
        and not gr.clause_starts(doc.content, r.end, cue.start)
        and not any(c.phrase in gr.speaker_cues for c in gr.stances.find_local(doc.content, r.end, cue.start))
        for r in words.sides.find_local(doc.content, s.start, cue.start)
    )


#: How many characters may join two sides named together (" und ", " et le ").
_JOIN_GAP = 12


def _referred(doc: Document, s: Sentence, words: MeetingWords, gr: Grammar, last: Meeting) -> list[str]:
    """The participants of the last meeting that a plural phrase stands for: its delegations
    when the phrase names delegations ("the two delegations agreed to meet again"), else its
    persons ("the two leaders"), if there are two of them."""
    phrases = words.sides.find_local(doc.content, s.start, s.end)
    groups = [g for r in phrases for g in gr.groups.find_local(doc.content, r.start, r.end)]
    if any(g.key == "delegation" for g in groups):  # not "both sides"
        delegations = [k for k in last.participants if k.startswith("delegation/")]
        if len(delegations) >= 2:
            return delegations
    return [k for k in last.participants if k.startswith("person/")]


def _continued(found: list[Meeting], keys: list[str]) -> Meeting:
    """The meeting that "afterwards" continues: the last one told of a participant of this one
    ("Scholz traf Duda, der am Vortag X gesprochen hatte. Danach traf Scholz Y" goes on from
    Scholz's meeting, not from Duda's), else the last one told."""
    return next((m for m in reversed(found) if set(m.participants) & set(keys)), found[-1])


def _continues(text: str, words: MeetingWords) -> bool:
    """Whether a sentence opens with a word that continues the last meeting ("Afterwards, …")."""
    return _opens_with(text, words.inherit)


def _opens_with(text: str, phrases: frozenset[str]) -> bool:
    """Whether a sentence opens with one of ``phrases`` (of one to three words)."""
    opening = [w.lower() for w in _WORD.findall(text[:40])][:3]
    return any(" ".join(opening[:n]) in phrases for n in (1, 2, 3) if len(opening) >= n)


def _headline(doc: Document, s: Sentence) -> bool:
    """Whether the sentence is a headline: a line of its own near the top with no closing
    punctuation. A headline tells the article's news in the present whatever its verb form
    ("Witkoff und Kushner treffen Putin in Moskau"), so it is dated like a present-tense report;
    captions and leads close with a full stop."""
    line_start = doc.content.rfind("\n", 0, s.start) + 1
    line_end = doc.content.find("\n", s.end)
    line = doc.content[line_start : line_end if line_end >= 0 else len(doc.content)].strip()
    text = doc.content[s.start : s.end].strip()
    return (
        line == text
        and paragraph_of(doc, s) < _HEADLINE_PARAGRAPHS
        and not text.rstrip(_CLOSERS).endswith((".", "!", "?", "…", ":", ";"))
    )


#: Quotes and brackets that may close a sentence after its full stop ("… “encouraging.”").
_CLOSERS = "\"'’”“»«)]"


#: How many paragraphs from the top a headline may stand (page furniture and a caption first).
_HEADLINE_PARAGRAPHS = 6


def _present(doc: Document, s: Sentence, words: MeetingWords, gr: Grammar) -> bool:
    """Whether the sentence tells its meeting in the present tense ("Leaders meet in Brussels").
    A present form that is also a noun (``present_after_subject``: "rencontre", "visite") counts
    only right after its subject, a name or a pronoun ("Emmanuel Macron rencontre Merz", not "la
    rencontre a eu lieu")."""
    if words.present.find_local(doc.content, s.start, s.end):
        return True
    pronouns = gr.singular_pronouns | gr.plural_pronouns
    for cue in words.present_after_subject.find_local(doc.content, s.start, s.end):
        before = doc.content[s.start : cue.start]
        if any(m.end == len(before.rstrip()) + s.start and m.is_actor for m in in_span(doc.mentions, s)):
            return True  # "Emmanuel Macron rencontre"
        last = _WORD.findall(before)[-1:]
        if last and last[0].lower() in pronouns:
            return True  # "il rencontre"
    return False


def _destination(doc: Document, s: Sentence, cue: Cue, words: MeetingWords) -> Mention | None:
    """The destination after a visit or travel word: a state or a place.

    It stands within a few words of the cue in the same clause, right after the cue ("visited
    Vietnam", the day aside: "besuchte am Montag Vietnam") or after a preposition of direction
    ("Besuch von Präsident X in Vietnam", "travelled to Poland"). Whether it hosts the visit is
    for :func:`_host_state` to say.
    """
    first = _WORD.match(doc.content, cue.start)
    # a frame that opens with its direction ("nach China reisen") holds the destination itself
    begin = first.end() if first is not None and first.group().lower() in words.direction else cue.end
    rest = doc.content[begin : s.end]
    stop = _CLAUSE_END.search(rest)
    upto = begin + (stop.start() if stop else len(rest))
    for m in in_span(doc.mentions, s):
        if m.start < begin or m.start >= upto:
            continue
        between = doc.content[begin : m.start]
        for t in times_in(doc, s):  # "besuchte am Montag Vietnam": the day is no word between
            if begin <= t.start and t.end <= m.start:
                between = between.replace(doc.content[t.start : t.end], " ")
        gap = _WORD.findall(between)
        if len(gap) > _DESTINATION_WORDS:
            return None
        if gap and gap[-1].lower() not in words.direction:
            continue  # "Besuch von Präsident Obama": the visitor, not where to
        if m.form == "place" or m.kind == "State" and m.form not in ("adj", "demonym"):
            return m  # "Vietnam", "nach Polen" (read as a place), "a Washington"
    return None


#: How many words may stand between a visit word and its destination ("Besuch von Präsident
#: Barack Obama in Vietnam").
_DESTINATION_WORDS = 8


def _ends_in(content: str, cue: Cue, preps: frozenset[str]) -> bool:
    last = _WORD.findall(content[cue.start : cue.end])[-1:]
    return bool(last) and last[0].lower() in preps


def _trip(
    doc: Document,
    s: Sentence,
    live: list[Cue],
    trips: list[Cue],
    words: MeetingWords,
    res: Resources,
    verb_last: bool = False,
) -> tuple[Mention | None, str | None]:
    """The destination of a visit or trip the sentence reports, and the state that hosts it: the
    state travelled to, or the state of a capital visited ("Besuch in Kairo"). Where a verb may
    close its clause (``verb_last``, German) a visiting verb takes the object right before it."""
    visits = words.visit.find_local(doc.content, s.start, s.end)
    travels = [*trips, *words.travel.find_local(doc.content, s.start, s.end)]
    for cue in live:
        is_trip = any(_overlaps(cue, t) for t in travels)  # also "s'est rendu", itself a meeting word
        is_visit = any(_overlaps(cue, v) for v in visits)
        if not (is_trip or is_visit or _ends_in(doc.content, cue, words.direction)):
            continue  # a meeting word with no destination after it
        m = _destination(doc, s, cue, words)
        if m is None and is_visit:  # "in Warschau zu Besuch", "a visit to the Polish capital"
            m = _destination_before(doc, s, cue, words) or _capital_state(doc, s, words)
        if m is None and is_visit and verb_last:  # "wird am Freitag Kiew besuchen"
            m = _object_before(doc, s, cue)
        if m is None:
            continue
        return m, _trip_state(doc, res, m, cue, words)
    return None, None


def _trip_state(doc: Document, res: Resources, m: Mention, cue: Cue, words: MeetingWords) -> str | None:
    """The state a visit or trip to ``m`` is hosted by: the state itself, or the state of a
    capital, unless the travel word tells only an arrival there ("llegó a Varsovia", where the
    capital may be read as standing for its state)."""
    if _arriving(doc, cue, words):
        return None if m.form == "metonym" else _host_state(res, m, capital=False)
    return _host_state(res, m, capital=True)


def _arriving(doc: Document, cue: Cue, words: MeetingWords) -> bool:
    """Whether a travel word tells an arrival ("arrived in Rome"): travel to a capital ("reiste
    nach Kiew", "s'est rendu à Kiev", "flew to Seoul") is a visit to its state, an arrival there
    only sets the scene for the meetings told next."""
    return bool(words.arrival.find_local(doc.content, cue.start, cue.end))


#: What :func:`_visitor` gives for a visit whose visitor is a role it cannot name.
UNNAMED = ""


def _visitor(
    doc: Document, live: list[Cue], words: MeetingWords, gr: Grammar, acting: list[Mention]
) -> str | None:
    """Who pays a visit named by a noun with its visitor attached: "der Besuch von Präsident Obama
    in Vietnam", "the visit of President Obama", "Obama's visit to Hanoi". The visit is then that
    visitor's with the host, whatever else the sentence names; a role there that names no one in
    the sentence ("vor dem Besuch des Präsidenten") gives :data:`UNNAMED`."""
    text = doc.content
    for cue in live:
        if not any(_overlaps(cue, v) for v in words.visit.find_local(text, cue.start, cue.end)):
            continue
        if text[cue.start : cue.start + 1].islower() and gr.nouns_capitalised:
            continue  # "besuchte": a verb, whose subject is found the usual way
        link = gr.owner.match(text, cue.end)
        if link is not None:
            after = [m for m in acting if link.end() <= m.start <= link.end() + _VISITOR_GAP]
            if after:
                return after[0].key
            roles = gr.roles.find_local(text, link.end(), link.end() + _VISITOR_GAP)
            if any(r.start == link.end() for r in roles):
                return UNNAMED  # "der Besuch des Präsidenten": a visitor the article does not name here
        before = [m for m in acting if 0 <= cue.start - m.end <= 3]
        if before and (
            before[-1].form == "genitive" or text[before[-1].end : cue.start].startswith(("'s", "’s"))
        ):
            return before[-1].key
        prev = _WORD.findall(text[max(0, cue.start - 20) : cue.start])
        if prev and prev[-1].lower() in words.possessives:  # "Hollande bringt von seinem Besuch in Kairo …"
            persons = [m for m in acting if m.end <= cue.start and m.kind == "Person"]
            return persons[-1].key if persons else last_person(doc, cue.start)
    return None


#: Roles of those who receive a state visit for their state.
_HOST_ROLES = frozenset(("HeadOfState", "HeadOfGovernment"))


def _host_leaders(doc: Document, host: str, visitor: str, res: Resources) -> list[str]:
    """The head of state or government of the visited state, when the article names them and the
    gazetteer knows them in that office on the article's day: a visitor to a state is received by
    its leader ("Hollande … Besuch in Kairo … Empfang durch Präsident al-Sisi")."""
    guest = doc.actors.get(visitor)
    if guest is not None and guest.represents == host:
        return []
    day = doc.anchor or doc.published
    out = []
    for a in doc.actors.values():
        entry = res.gazetteer.get(a.key) if a.kind == "Person" and a.key != visitor else None
        if entry is not None and any(
            t.role in _HOST_ROLES and t.represents == host for t in entry.posts_on(day)
        ):
            out.append(a.key)
    return out


#: How far (characters) the visitor may follow the owner word of a visit noun (a role between:
#: "Besuch von Präsident Barack Obama").
_VISITOR_GAP = 30


def _object_before(doc: Document, s: Sentence, cue: Cue) -> Mention | None:
    """The state or place right before a visiting verb that closes its clause, a day aside: the
    object of "wird am Freitag Kiew besuchen", "will die Ukraine besuchen". Only a verb in lower
    case (a German noun "Besuch" is no verb), and only an object with nothing between."""
    if not doc.content[cue.start : cue.start + 1].islower():
        return None
    aside = times_in(doc, s)
    for m in reversed(in_span(doc.mentions, s)):
        if m.end > cue.start:
            continue
        if _WORD.findall(blanked(doc.content, m.end, cue.start, aside)):
            return None
        return m if m.form == "place" or m.kind == "State" and m.form not in ("adj", "demonym") else None
    return None


def _destination_before(doc: Document, s: Sentence, cue: Cue, words: MeetingWords) -> Mention | None:
    """A destination right before a visit word in its clause, after a preposition of direction:
    "ist in Warschau zu Besuch" (one or two words between it and the visit word)."""
    start = max(s.start, doc.content.rfind(",", s.start, cue.start) + 1)
    for m in reversed(in_span(doc.mentions, s)):
        if m.end > cue.start or m.start < start:
            continue
        if not 1 <= len(_WORD.findall(doc.content[m.end : cue.start])) <= 2:
            return None  # "in Warschau zu Besuch", not "In Berlin besuchte er eine Schule"
        lead = _WORD.findall(doc.content[start : m.start])
        if (
            lead
            and lead[-1].lower() in words.direction
            and (m.form == "place" or m.kind == "State" and m.form not in ("adj", "demonym"))
        ):
            return m
        return None
    return None


def _role_subject(
    doc: Document, s: Sentence, cue: Cue, roles: list[Cue], gr: Grammar, words: MeetingWords
) -> str | None:
    """The person a bare role names as the subject of a meeting word: a role noun after a
    definite article, first in the meeting word's clause, that no mention resolved ("Der
    Kanzler", "le président", "the chancellor"), is the one person of that role named before
    the sentence, or the one of them the text introduced by that very role word ("Bundeskanzler
    Friedrich Merz … Der Kanzler", not the Japanese prime minister named in between)."""
    start = gr.clause_start(doc.content, s.start, cue.start)
    here = in_span(doc.mentions, s)
    for r in roles:
        if not start <= r.start < cue.start or any(m.start < r.end and r.start < m.end for m in here):
            continue
        if any(start <= m.start < r.start and m.is_actor for m in here):
            return None  # a subject is named before the role
        lead = [w.lower() for w in _WORD.findall(doc.content[start : r.start])]
        if not lead or lead[-1] not in words.articles or len(lead) > _ROLE_LEAD:
            return None
        earlier = [
            m
            for m in doc.mentions
            if m.end <= s.start and m.kind == "Person"
            and (a := doc.actors.get(m.key)) is not None and a.role == r.key
        ]
        if len({m.key for m in earlier}) > 1:
            word = doc.content[r.start : r.end].lower()
            earlier = [m for m in earlier if any(
                o.key == r.key and o.end <= m.start and m.start - o.end <= 2
                and doc.content[o.start : o.end].lower().endswith(word)
                for o in roles
            )]
        return earlier[-1].key if len({m.key for m in earlier}) == 1 else None
    return None


#: How many words may open the clause before a bare role subject ("Am Montag hatte der Kanzler").
_ROLE_LEAD = 4


def _calls_person(doc: Document, s: Sentence, cue: Cue, words: MeetingWords, gr: Grammar) -> bool:
    """Whether a verb of calling has a person as its object, so that it reports a call: "a
    appelé vendredi Vladimir Poutine", "llamó a Vladímir Putin", "rief Kremlchef Putin an". The
    object is the first name after the verb's first word in its clause (a day or a role may
    stand between); a state or a body there is an appeal ("ruft den Sicherheitsrat an"), and so
    is a word of appeal right after the person ("appelle Poutine à cesser", "llamó a Putin a
    negociar")."""
    first = _WORD.match(doc.content, cue.start)
    begin = first.end() if first is not None else cue.end
    end = _clause_stop(doc.content, begin, s.end) or s.end
    here = [m for m in in_span(doc.mentions, s) if m.form not in ("adj", "demonym")]  # not "français"
    apposition = re.match(r",\s*", doc.content[end : s.end])
    nationality = any(m.end == end and m.form in ("adj", "demonym") for m in in_span(doc.mentions, s))
    if apposition and nationality and any(m.start == end + apposition.end() for m in here):
        end = end + apposition.end() + 1  # "al presidente francés, Emmanuel Macron": a name in apposition
    after = [m for m in here if begin <= m.start < end]
    pronoun = _object_pronoun(doc.content, s, cue, words, gr)
    if pronoun is not None and not (after and after[0].start < pronoun):
        return True  # "Erdogan telephoned him", "lo llamó": a person told of before
    if not after or after[0].kind != "Person":
        return False
    obj = after[0]
    times = tuple(times_in(doc, s))
    if len(_WORD.findall(blanked(doc.content, begin, obj.start, times))) > _CALL_GAP:
        return False
    nxt = _WORD.findall(blanked(doc.content, obj.end, s.end, times))[:1]  # "called Xi on Tuesday"
    return not (nxt and nxt[0].lower() in words.call_not_after)


def _clause_stop(content: str, start: int, end: int) -> int | None:
    """Where the clause that runs on from ``start`` ends: the next clause mark, if any."""
    stop = _CLAUSE_END.search(content, start, end)
    return stop.start() if stop else None


#: How many words (the day aside) may stand between a verb of calling and the person called
#: ("rief am Freitag den französischen Präsidenten Emmanuel Macron an", "a appelé le président").
_CALL_GAP = 4


def _trip_host(doc: Document, s: Sentence, cue: Cue, words: MeetingWords, res: Resources) -> bool:
    """Whether a travel word leads to a state ("reiste nach Polen"): only then is it a meeting."""
    m = _destination(doc, s, cue, words)
    return m is not None and _trip_state(doc, res, m, cue, words) is not None


def _host_state(res: Resources, m: Mention, capital: bool) -> str | None:
    """The state a destination names: a state itself, or (when visited) the state of a capital."""
    e = res.gazetteer.entries.get(m.key)
    if e is None:
        return None
    if e.kind == "State":
        return e.key
    return e.capital_of if capital and e.capital_of else None


def _dateline_places(doc: Document, res: Resources) -> list[Mention]:
    """The places of the dateline that opens the article ("Warschau/Moskau – …"); else the
    cities of a wire dateline that the mentions leave out as a credit ("MOSCOU, 2 déc (Reuters)
    -", "KYIV, Ukraine (AP) —", "KIEV, 2 dic (EFE).-"), read from the gazetteer: no actors,
    but where the story was filed."""
    for s in doc.sentences[:3]:  # a headline and a lead may stand before it
        m = _DATELINE.match(doc.content, s.start)
        if m is not None:
            places = [x for x in in_span(doc.mentions, s) if x.end <= m.end() and x.form == "place"]
            if places:
                return places
        wire = _WIRE_DATELINE.match(doc.content, s.start)
        if wire is not None:
            head = wire.group(1)
            hits = gaz_index(res, doc.lang).find(head)
            e = res.gazetteer.entries.get(hits[0].best.key) if hits and hits[0].start == 0 else None
            if e is not None and e.kind == "Place" and _plain_dateline(head[hits[0].end :]):
                city = head[: hits[0].end]
                src = f"dateline:{e.key}"
                return [Mention(s.start, s.start + len(city), e.key, "Place", city, src, "place", city)]
    return []


def _plain_dateline(rest: str) -> bool:
    """Whether what follows the city of a dateline is a region or a day ("KYIV, Ukraine", "MOSCOU,
    2 déc"), not a sentence ("Moskau droht Kiew –"): no word in lower case, unless a day is told."""
    return any(c.isdigit() for c in rest) or not any(w[:1].islower() for w in _WORD.findall(rest))


#: A wire dateline: a place (and a region, a day) up to a dash, an agency in brackets before it.
_WIRE_DATELINE = re.compile(r"([^\W\d_][^\n!?–—()]{0,50}?)\s*(?:\([^()\n]{1,30}\))?\s*\.?[–—-]+\s")


def _dateline_place(
    doc: Document, dateline: list[Mention], part: list[str], day: date | None, res: Resources
) -> str | None:
    """Where a meeting the text places nowhere was held: the dateline's city, when the meeting
    is of the article's days. Of several ("Warschau/Moskau"), the one of a participant's side."""
    if not dateline or day is not None and doc.anchor is not None and abs((day - doc.anchor).days) > 2:
        return None
    if len(dateline) == 1:
        return dateline[0].key
    sides = {_side(doc, k) for k in part}
    own = [m.key for m in dateline if res.gazetteer.stands_for(m.key) in sides]
    return own[0] if len(own) == 1 else dateline[0].key


#: Stances whose verb, before a meeting word, says the meeting is not held by whoever takes them.
_REFUSING = frozenset(("reject", "oppose"))


def _reports(
    doc: Document,
    s: Sentence,
    cue: Cue,
    words: MeetingWords,
    gr: Grammar,
    media: frozenset[str] = frozenset(),
) -> bool:
    """Whether a meeting word reports a meeting: not part of a phrase that means something else,
    not the object of a refusal ("ruled out direct talks with the M23"), and, where a partner
    word follows it, with a name after that (see the module docstring) that is no news agency
    or paper (``media``): "im Gespräch mit dem Standard" is an interview."""
    if any(_overlaps(v, cue) for v in _not_meetings(doc, s, words)):
        return False
    text = doc.content
    if negated_event(text, s, cue, gr):
        return False  # "did not meet", "kein Treffen", "n'a pas rencontré"
    for c in gr.stances.find_in(text, s.start, s.end):
        if c.key not in _REFUSING:
            continue
        if c.start < cue.start:
            # "lehnte Gespräche mit Kiew ab": the refusal may close after the meeting word;
            # "blocking accession talks with Albania" holds no talks with Albania either
            if c.end >= cue.end or c.end <= cue.start and len(_WORD.findall(text[c.end : cue.start])) <= 4:
                return False
        elif (
            c.key == "reject"  # "… einbestellt und gegen die Übungen protestiert": a deed of its own
            and c.start >= cue.end
            and gr.final_verb(text, c.start, c.end)
            and gr.clause.search(text, cue.end, c.start) is None
        ):
            return False  # "hat direkte Verhandlungen mit den USA abgelehnt": it closes the clause
    if (
        cue.phrase.lower() in words.hosting
        and not _hosts_actor(doc, s, cue, gr, words.object_markers)
        and _object_pronoun(text, s, cue, words, gr) is None  # "lo recibió", "received him"
    ):
        return False  # "welcomed the sale and thanked Washington": no one is received
    press = [p for p in words.needs_partner.find_local(doc.content, s.start, s.end) if _overlaps(p, cue)]
    named = _named_partner(doc, s, max([cue.end, *(p.end for p in press)]), cue, words, gr, media)
    return named is True if press else named is not False


#: How many words may stand between a verb of receiving and the actor it receives ("welcomed the
#: visiting Indian Prime Minister Narendra Modi").
_HOST_GAP = 6


def _hosts_actor(
    doc: Document, s: Sentence, cue: Cue, gr: Grammar, markers: frozenset[str] = frozenset()
) -> bool:
    """Whether a verb of receiving has an actor as its object, or an agent ("was received by"):
    a name within a few words after it, with no preposition or "and" before the name ("welcomed
    the decision of Germany", "welcomed the sale and thanked Washington" receive no one). A word
    that marks a person as the object (``markers``: Spanish "a", "al": "recibió el lunes en Roma
    a Sánchez") is no preposition there."""
    # the day and the venue are no words between ("doit accueillir vendredi à Paris le chancelier",
    # "a accueilli lundi à l'Elysée son homologue"): a name after a locative word is where
    aside: list[Span] = list(times_in(doc, s))
    after = []
    for m in in_span(doc.mentions, s):
        if m.start < cue.end:
            continue
        before = re.sub(r"\b\w['’]$", "", doc.content[cue.end : m.start])  # "à l'Elysée": no article
        prep = re.search(r"(\w+)\s*$", before)
        if prep and prep.group(1).lower() in gr.locative and (m.form == "place" or m.is_actor):
            aside.append(Span(cue.end + prep.start(), m.end))  # "à Paris", "in the White House"
        elif m.is_actor:
            after.append(m)
    if not after:
        return False
    gap = {w.lower() for w in _WORD.findall(blanked(doc.content, cue.end, after[0].start, aside))} - markers
    lead = [w.lower() for w in _WORD.findall(doc.content[s.start : cue.end])][-3:]
    if gap & gr.agent_markers and set(lead) & gr.passive_auxiliaries:
        return True  # "was received by", "a été reçu par": the agent receives
    blocked = gr.prepositions | gr.list_joins | gr.coordination
    return len(gap) <= _HOST_GAP and not gap & blocked


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in spans)


def _topic_spans(
    doc: Document, s: Sentence, words: MeetingWords, cues: list[Cue], gr: Grammar
) -> list[tuple[int, int]]:
    """Where topic phrases stand, whose names and places are talked about, not who talks or
    where: from the opening words to the clause end, a partner word, the meeting word, an
    auxiliary or a few words on ("über Sanktionen gegen Russland mit Merz": Merz stays; "tensions
    in the South China Sea"; "Laut Diplomaten hatte Rubio mit … telefoniert": Rubio stays); after
    a verb of discussing (``discussion``), to the clause end or a partner word."""
    spans = []
    for t in words.topic.find_local(doc.content, s.start, s.end):
        end = t.end
        # what is discussed runs to the clause's end ("besprachen die US-Politik gegenüber der
        # iranischen Regierung"), other topic phrases a few words
        most = s.end if t.key == "discussion" else _TOPIC_WORDS
        verb = min((c.start for c in cues if c.start >= t.end), default=s.end)
        for n, w in enumerate(_WORD.finditer(doc.content, t.end, s.end)):
            gap = doc.content[end : w.start()]
            word = w.group().lower()
            if n >= most or _CLAUSE_END.search(gap) or word in words.partner or w.start() >= verb:
                break
            if t.key != "discussion" and word in gr.finite_auxiliaries:
                break  # the finite verb after a fronted source: "Laut Diplomaten hatte Rubio …"
            end = w.end()
        spans.append((t.end, end))
    return spans


def _said_at_meeting(
    doc: Document, s: Sentence, cues: list[Cue], acting: list[Mention], gr: Grammar
) -> list[tuple[int, int]]:
    """What a speaker said at a meeting, told in the clause of the meeting word ("…, Netanyahu
    told a cabinet meeting", "…, sagte Lawrow bei einem Treffen mit Merz", "said after his
    meeting with Merz that …"): the reported words name what was said, not who met. The span is
    the sentence before that clause, and what follows a comma or a complementizer after it. Only
    where the meeting is the speech verb's audience or has its partner named in the clause: "Putin
    and Xi signed a deal, the Kremlin said after the talks" tells who talked before."""
    text = doc.content
    spans: list[tuple[int, int]] = []
    preps = gr.prepositions | gr.time_prepositions
    for said in gr.speech.find_local(text, s.start, s.end):
        # the speech verb's stretch between punctuation: clause words ("after") do not end it, nor
        # do the commas of a list ("the foreign ministers of Britain, China, France and Germany"):
        # a closing speech clause names its speaker alone ("…, Netanyahu told a cabinet meeting")
        opens = max((p.end() for p in _PUNCTUATION.finditer(text, s.start, said.start)), default=s.start)
        speaker = [w.lower() for w in _WORD.findall(text[opens : said.start])]
        if set(speaker) & gr.coordination or len(speaker) > _SPEAKER_WORDS:
            opens = s.start
        ends = _stretch_end(text, said.end, s.end, acting)
        words = _WORD.finditer(text, said.end, ends)
        after = next((w.start() for w in words if w.group().lower() in gr.complementizers), ends)
        # a meeting after the complementizer is itself said: "dijo que se reunirá con Fidan"
        here = [c for c in cues if opens <= c.start < after]
        if not here:
            continue
        # "told a cabinet meeting": the meeting right after the verb, no preposition between
        # ("said after the talks" dates the saying)
        later = [c for c in here if said.end <= c.start]
        gaps = [{w.lower() for w in _WORD.findall(text, said.end, c.start)} for c in later]
        audience = any(len(g) <= _AUDIENCE_GAP and not g & preps for g in gaps)
        partner = any(here[0].end <= m.start < after for m in acting)
        if not (audience or partner):
            continue
        if opens > s.start:
            spans.append((s.start, opens))  # "Russia must withdraw, Macron told a meeting …"
        if after < s.end:
            spans.append((after, s.end))  # "… told a meeting of EU leaders that Russia must …"
    return spans


_PUNCTUATION = re.compile(r"[,;:]")


def _stretch_end(text: str, start: int, end: int, acting: list[Mention]) -> int:
    """Where the stretch of a speech verb ends: at the first punctuation that is no comma of a
    list of actors ("Britain, China, France and Germany": a name ends right before the comma and
    another starts right after it) nor one that sets off a person's name after its role ("with
    Chile's new president, José Antonio Kast, in March")."""
    for p in _PUNCTUATION.finditer(text, start, end):
        comma = p.group() == ","
        named_after = [m for m in acting if m.start >= p.end() and not _WORD.findall(text[p.end() : m.start])]
        listed = comma and any(m.end == p.start() for m in acting) and bool(named_after)
        apposed = comma and any(m.kind == "Person" and m.form == "name" for m in named_after)
        if not (listed or apposed):
            return p.start()
    return end


#: How many words may name the speaker of a closing speech clause ("…, the Russian foreign minister said").
_SPEAKER_WORDS = 5
#: How many words may stand between a speech verb and the meeting it addresses ("told a cabinet meeting").
_AUDIENCE_GAP = 3


#: How many words a topic phrase runs at most ("about new sanctions against the Russian Federation").
_TOPIC_WORDS = 6


def _overlaps(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end


#: How many words after a partner word may come before the partner's name ("mit dem
#: türkischen Präsidenten", "with Egypt's foreign minister").
_PARTNER_WORDS = 5
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]")


def _at_venue(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a city or venue stands after a locative word in the clause of ``cue`` ("agreed in
    Asunción", "vereinbarten am Montag in Istanbul", "sont convenues lundi à Istanbul")."""
    opens = gr.clause_start(doc.content, s.start, cue.start)
    closes = gr.clause_end(doc.content, cue.end, s.end)
    for m in in_span(doc.mentions, s):
        # a city or venue, also one standing for its state ("in Moscow"); not a state as a
        # place ("agree to a ceasefire in Ukraine" says where the ceasefire holds)
        city = m.form == "metonym" or m.form == "place" and not m.key.startswith(_STATES)
        if not opens <= m.start < closes or not city:
            continue
        before = re.findall(r"\w+", doc.content[max(opens, m.start - 12) : m.start].lower())
        if before and before[-1] in gr.locative:
            return True
    return False


def _named_partner(
    doc: Document,
    s: Sentence,
    end: int,
    cue: Cue,
    words: MeetingWords,
    gr: Grammar,
    media: frozenset[str] = frozenset(),
) -> bool | None:
    """Whether a name follows the partner word that ends the cue or comes right after ``end``.

    None when no partner word is there, or when what follows it is no partner but a thing it
    comes with, opened by an indefinite article and naming no one ("cerraron una ronda de diálogo
    con un acuerdo", "ended the talks with an agreement"); else whether a mention starts within a
    few words of it, in the same clause (an apposition after a comma counts: "mit dem
    Präsidenten, X").
    """
    last = _WORD.findall(doc.content[cue.start : cue.end])[-1:]
    if last and last[0].lower() in words.partner:
        start = cue.end
    else:
        nxt = re.match(r"\s*(\w+)", doc.content[end : s.end])
        if nxt is None or nxt.group(1).lower() not in words.partner:
            return None
        start = end + nxt.end()
    rest = doc.content[start : s.end]
    stop = _CLAUSE_END.search(rest)
    upto = start + (stop.start() if stop else len(rest))
    span = [w.end() for w in _WORD.finditer(doc.content, start, upto)][:_PARTNER_WORDS]
    limit = span[-1] if span else start
    here = in_span(doc.mentions, s)
    first = next((m for m in here if start <= m.start < limit), None)
    if first is not None:
        return first.key not in media  # "im Gespräch mit dem Standard": an interview
    opener = re.match(r"\s*(\w+)", rest)
    if opener is not None and _object_pronoun(doc.content, s, cue, words, gr) is not None:
        return True  # "met with him", "se reunió con él": a person told of before
    if opener is not None and opener.group(1).lower() in words.partner_things:
        return None  # "con un acuerdo": the partner word attaches a thing, and names no partner
    # An apposition: "mit dem Präsidenten, Emmanuel Macron"; a role opening the partner phrase
    # may run longer before its comma ("con el secretario general de la OTAN, Mark Rutte")
    role = any(start <= r.start < limit for r in gr.roles.find_local(doc.content, start, upto))
    short = len(span) < _PARTNER_WORDS
    after = re.match(r",\s*", doc.content[upto : s.end]) if stop and (short or role) else None
    named = [m for m in here if after is not None and m.start == upto + after.end()]
    # after a long role phrase only a person's name is its apposition
    return any(m.kind == "Person" or short for m in named)


def _refers_back(content: str, s: Sentence, cue: Cue, words: MeetingWords, reported: bool) -> bool:
    """Whether a meeting noun names a meeting told of already: "bei seinen Gesprächen".

    A possessive or a definite article refers back once the article has reported a meeting; before
    that, a possessive names the subject's own meeting ("Hollande bringt von seinem Besuch in Kairo
    … heim" is the first report of the visit). A word that attaches partners right after the noun
    ("Gespräche mit", "talks with") makes the sentence name them, so it does not refer back.
    """
    before = [w.lower() for w in _WORD.findall(content[s.start : cue.start])][-2:]
    surface = content[cue.start : cue.end].lower()
    elided = any(surface.startswith(a) for a in words.articles if a.endswith(("'", "’")))
    # The determiner stands right before the noun or before one adjective ("seinem ersten Besuch").
    dets = before[-1:] + (before[-2:-1] if len(before) == 2 and _lower_word(content, s, cue) else [])
    possessive = any(d in words.possessives for d in dets)
    definite = elided or any(d in words.articles for d in dets)
    if not (possessive or definite) or not reported:
        return False
    after = [w.lower() for w in _WORD.findall(content[cue.end : s.end].split(",")[0])][:3]
    return not any(w in words.attach for w in after)


def _lower_word(content: str, s: Sentence, cue: Cue) -> bool:
    """Whether the word right before ``cue`` is written in lower case (an adjective, not a name)."""
    prev = _WORD.findall(content[s.start : cue.start])
    return bool(prev) and prev[-1][:1].islower()


def _within(t: Span, span: tuple[int, int]) -> bool:
    return span[0] <= t.start and t.end <= span[1]


def _relative_clause(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], cues: list[Cue], words: MeetingWords
) -> tuple[list[str], tuple[int, int]] | None:
    """A meeting told in a relative clause: "X traf Y, der zuvor Z getroffen hatte".

    The clause opens with a comma and a relative pronoun and runs to the next clause mark; when
    a meeting word stands inside it, the clause's names meet the name right before the comma (its
    antecedent), apart from the meeting of the main clause, if the main clause tells one ("Merz,
    qui avait rencontré Tusk dimanche, est arrivé lundi à Paris" is only the meeting with Tusk,
    on Sunday, not in Paris). Returns the clause's participants (antecedent first) and the
    clause's span; when the clause holds every meeting word of the sentence, its own names alone
    even when they are fewer than two (the main clause's names then meet no one).
    """
    for m in re.finditer(r",\s*(\w+(?:\s+\w+)?)", doc.content[s.start : s.end]):
        first = m.group(1).lower().split()
        if first[0] not in words.relative and " ".join(first) not in words.relative:
            continue
        start = s.start + m.start()
        rest = doc.content[start + 1 : s.end]
        stop = _CLAUSE_END.search(rest)
        end = start + 1 + (stop.start() if stop else len(rest))
        # "…, que conversó con el ministro ucraniano, Andrí Sibiga, defendió …": a name set off
        # by commas after a role belongs to the clause
        apposed = next((a for a in acting if a.kind == "Person" and end < a.start <= end + 3), None)
        set_off = apposed is not None and doc.content[apposed.end : apposed.end + 1] == ","
        if apposed is not None and set_off and doc.content[end : apposed.start].strip() == ",":
            after = _CLAUSE_END.search(doc.content, apposed.end, s.end)
            end = after.start() if after else s.end
        inside = [c for c in cues if start <= c.start < end]
        if not inside:
            continue
        before = [a for a in acting if a.end <= start and a.key in keys]
        within = [a.key for a in acting if start <= a.start < end and a.key in keys]
        if len(inside) == len(cues) and not (before and within):
            # "Ruto, who has hosted several rounds of talks, pledged aid to Sudan": the only
            # meeting word is the clause's, and the clause names no partner (or the antecedent
            # is no known actor); the main clause's names did not meet
            return [a.key for a in before[-1:]] + within, (start, end)
        if not before or not within:
            continue
        inner = list(dict.fromkeys([before[-1].key, *within]))
        if len(inner) >= 2:
            return inner, (start, end)
    return None


def _later_clause(
    doc: Document,
    s: Sentence,
    acting: list[Mention],
    keys: list[str],
    live: list[Cue],
    words: MeetingWords,
    gr: Grammar,
) -> tuple[list[str], tuple[int, int]] | None:
    """A second meeting of the same subject told in a later clause: "X met Y in Cairo, a day
    after he conferred with Z", "…, au lendemain de son entretien avec Z". A meeting word after
    a clause mark, whose clause names the subject again only by a pronoun or a possessive and
    names partners of its own after the word, is a meeting of the sentence's first participant
    with those partners. Returns its participants (subject first) and the clause's span."""
    refer = gr.singular_pronouns | gr.plural_pronouns | words.possessives
    for prev, cue in zip(live, live[1:], strict=False):
        start = gr.clause_start(doc.content, prev.end, cue.start)
        if start == prev.end:
            continue  # no clause mark between the two meeting words
        lead = re.findall(r"\w+", doc.content[start : cue.start].lower())
        # "…, a day after meeting Z": the phrase may itself open the clause (English "after")
        apart = any(
            not any(c.end <= a.start < cue.start for a in acting)
            for c in words.day_apart.find_local(doc.content, prev.end, cue.start)
        )
        # "…, then traveled to Brussels for talks with Rutte": a word of sequence opens the clause
        after = bool(words.sequence.find_local(doc.content, start, cue.start))
        if not (set(lead) & refer or apart or after) or any(start <= a.start < cue.start for a in acting):
            continue
        end = gr.clause_end(doc.content, cue.end, s.end)
        partners = [a.key for a in acting if cue.end <= a.start < end and a.key in keys]
        first = [a.key for a in acting if a.end <= live[0].start and a.key in keys]
        inner = list(dict.fromkeys([*first[:1], *partners]))
        if first and partners and len(inner) >= 2 and set(inner[1:]) != set(keys) - set(inner[:1]):
            return inner, (start, end)
    return None


def _opens_sequence(doc: Document, span: tuple[int, int], words: MeetingWords) -> bool:
    """Whether a word of sequence opens the clause at ``span`` ("…, then traveled to …")."""
    return bool(words.sequence.find_local(doc.content, span[0], min(span[1], span[0] + _SEQUENCE_LEAD)))


#: How far (characters) into a clause its word of sequence may stand ("and then", "puis").
_SEQUENCE_LEAD = 12


def _day_apart(doc: Document, span: tuple[int, int], words: MeetingWords) -> int:
    """How many days the meeting of a later clause lies from the main one, by a phrase of a day
    apart in it (``day_apart``): "a day after meeting Macron", "au lendemain de sa rencontre
    avec", "einen Tag nach ihrem Treffen mit", "un día después de reunirse con" (-1); "a day
    before", "à la veille de", "einen Tag vor", "un día antes de" (+1); else 0."""
    begin = doc.content.rfind(",", 0, span[0]) + 1  # the phrase may open the clause before the span
    for cue in words.day_apart.find_local(doc.content, max(begin, span[0] - 30), span[1]):
        return -1 if cue.key == "after" else 1
    return 0


def _framing_meeting(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], live: list[Cue], words: MeetingWords
) -> tuple[list[str], tuple[int, int]] | None:
    """An earlier or later meeting of the subject told in a phrase of time around the main one:
    "After his talks with Tusk, Merz met Macron", "Nach dem Gespräch mit Tusk traf Merz Macron",
    "Tras su reunión con Tusk, Merz se reunió con Macron". A meeting noun right after a word of
    sequence (meetings.yml ``framing``; a determiner or an adjective may stand between) with a
    partner word after it names the partners of a meeting of its own, the sentence's first
    participant outside the phrase meeting them. Returns its participants (subject first) and
    the phrase's span."""
    if len(live) < 2:
        return None
    for frame in words.framing.find_local(doc.content, s.start, s.end):
        # a determiner or an adjective may stand between: "after his talks", "nach dem ersten Treffen"
        near = [c for c in live if c.start >= frame.end]
        noun = next((c for c in near if len(_WORD.findall(doc.content[frame.end : c.start])) <= 2), None)
        if noun is None:
            continue
        # "after meeting Erdogan in Ankara, Putin flew on": the partner right after a verb
        direct = any(
            a.start >= noun.end and not _WORD.findall(doc.content[noun.end : a.start])
            for a in acting
        )
        if not direct and not _partner_after(doc.content, noun, words):
            continue
        later = [c.start for c in live if c.start > noun.end]
        stop = _clause_stop(doc.content, noun.end, s.end) or s.end
        end = min([stop, *later])
        if end == stop and stop < s.end and doc.content[stop] == ",":
            end = _apposition_end(doc, s, stop, acting) or end  # "con el primer ministro polaco, Donald Tusk"
        partners = [a.key for a in acting if noun.end <= a.start < end and a.key in keys]
        outside = [a.key for a in acting if not frame.start <= a.start < end and a.key in keys]
        # the host of a trip is named by no actor mention ("Nach seinem Treffen mit Tusk reiste
        # Macron nach Berlin weiter"): it stands outside the phrase all the same
        named = {a.key for a in acting}
        outside += [k for k in keys if k not in outside and k not in partners and k not in named]
        subject = next((k for k in outside if k not in partners), None)
        if subject is None or not partners or set(outside) - {subject} <= set(partners):
            continue  # no meeting of its own besides the phrase's
        return list(dict.fromkeys([subject, *partners])), (frame.start, end)
    return None


def _pronoun_partner(
    doc: Document, index: int, s: Sentence, cue: Cue, subject: str, words: MeetingWords, gr: Grammar
) -> str | None:
    """The person an object pronoun of a meeting verb stands for (:func:`_object_pronoun`): the
    last person named before the pronoun, in its sentence or the one before, who is not the
    subject. ``s`` is the meeting unit, a whole sentence or one of its main clauses; ``index``
    is its sentence's."""
    at = _object_pronoun(doc.content, s, cue, words, gr)
    if at is None:
        return None
    earlier = doc.sentences[max(0, index - 1)].start
    named = [m for m in doc.mentions if m.kind == "Person" and m.is_actor and earlier <= m.start < at]
    return next((m.key for m in reversed(named) if m.key != subject), None)


def _object_pronoun(text: str, s: Sentence, cue: Cue, words: MeetingWords, gr: Grammar) -> int | None:
    """Where a person pronoun is the object of a meeting or calling verb: right after the verb's
    first word or its partner word ("telephoned him", "rief ihn am Dienstag an", "met with
    her", "s'est entretenu avec lui", "se reunió con él"), or as a clitic before it, past its
    auxiliary ("l'a appelé", "lo llamó", "le telefoneó"); else None. A pronoun that is also a
    possessive before a word that is no preposition is the possessive ("met her counterpart")."""
    first = _WORD.match(text, cue.start)
    begin = first.end() if first is not None else cue.end
    after = list(_WORD.finditer(text, begin, min(len(text), cue.end + 30)))[:3]
    skip = words.partner | words.partner_reflexives
    for n, w in enumerate(after):
        word = w.group().lower()
        if word in words.partner_pronouns:
            nxt = after[n + 1] if n + 1 < len(after) else None
            if nxt is None or not text[w.end() : nxt.start()].isspace():
                return w.start()
            if nxt.group().lower() in gr.determiners | gr.indefinite_articles and n == 0:
                return None  # "called him a great leader": naming, no call
            if word in words.possessives and nxt.group().lower() not in gr.prepositions:
                return None  # "met her counterpart": a possessive
            return w.start()
        if word not in skip:
            break
    if not words.partner_clitics:
        return None
    before = [w.lower() for w in re.findall(r"[\w'’]+", text[max(s.start, cue.start - 30) : cue.start])]
    while before and before[-1] in gr.perfect_auxiliaries:
        before.pop()
    last = before[-1] if before else ""
    # "l'a appelé": the elided clitic joined to its auxiliary (not the article of "l'opposition a")
    elided = last[:2] in words.partner_clitics and last[2:] in gr.perfect_auxiliaries
    return cue.start if last in words.partner_clitics or elided else None


def _partner_after(content: str, cue: Cue, words: MeetingWords) -> bool:
    """Whether a partner word ("with", "mit", "avec", "con") ends the cue or follows it."""
    last = _WORD.findall(content[cue.start : cue.end])[-1:]
    nxt = _WORD.findall(content[cue.end : cue.end + 20])[:1]
    return any(w.lower() in words.partner for w in [*last, *nxt])


def _apposition_end(doc: Document, s: Sentence, comma: int, acting: list[Mention]) -> int | None:
    """The end of a name in apposition after a nationality and a comma ("el primer ministro
    polaco, Donald Tusk"), else None."""
    gap = re.match(r",\s*", doc.content[comma : s.end])
    nationality = any(m.end == comma and m.form in ("adj", "demonym") for m in in_span(doc.mentions, s))
    named = next((a for a in acting if gap and a.start == comma + gap.end()), None)
    return named.end if nationality and named is not None else None


def _split_at_sequence(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], words: MeetingWords, gr: Grammar
) -> list[tuple[list[str], tuple[int, int] | None]]:
    """Split "traf A und anschließend B" into the host's meeting with A and with B.

    The sequence word must follow a partner with only coordination between them (a day or a
    place aside: "met A in Rome on Friday and then B"), and the next partner must follow it
    closely; the host is the first participant (the subject). The later meeting comes with the
    span after the sequence word, where its own place may stand ("… and later B in Paris").
    """
    sequence = words.sequence.find_local(doc.content, s.start, s.end)
    joins: list[Cue | Span] = [*sequence, *_dated_joins(doc, s, gr)]
    for seq in joins:
        left = [m for m in acting if m.end <= seq.start and m.key in keys]
        right = [m for m in acting if m.start >= seq.end and m.key in keys]
        if not left or not right or right[0].start - seq.end > 60:
            continue
        # a day, a place and a nationality or role of the partner aside: "met A on Friday and
        # then B", "s'est entretenu avec le chancelier allemand lundi, puis avec …"
        aside = (*times_in(doc, s), *(m for m in in_span(doc.mentions, s) if m.form in _ASIDE_FORMS))
        between = blanked(doc.content, left[-1].end, seq.start, aside)
        rest = _JOIN.sub(" ", between).split()  # "met A on Friday and then B": the day aside
        if any(w.lower() not in gr.coordination and w.lower() not in gr.locative for w in rest):
            continue
        later = {m.key for m in right}
        first = [k for k in keys if k not in later]
        host = first[0] if first else keys[0]
        second = [host, *[k for k in keys if k in later and k != host]]
        return [(first, (s.start, seq.start)), (second, (seq.start, s.end))]
    return [(keys, None)]


def _split_successive(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], words: MeetingWords
) -> list[tuple[list[str], tuple[int, int] | None]]:
    """Split "received successively by the president and by the prime minister", "met A and B
    separately" into a meeting with each partner named after the word that says so: the others
    of the sentence met each of them in turn."""
    marks = words.successive.find_local(doc.content, s.start, s.end)
    if not marks:
        return []
    first = marks[0]
    # the partners stand after the word ("successivement par A et par B") or before it ("met A
    # and B separately"): those of the clause on the word's side
    after = [m.key for m in acting if m.start >= first.end and m.key in keys]
    before = [m.key for m in acting if m.end <= first.start and m.key in keys]
    if len(set(after)) >= 2:
        partners = list(dict.fromkeys(after))
    else:
        partners = list(dict.fromkeys(before[-2:])) if len(set(before)) >= 3 else []
    hosts = [k for k in keys if k not in partners]
    if len(partners) < 2 or not hosts:
        return []
    return [([*hosts, p], None) for p in partners]


#: How many words may stand between a partner word and the partner it names ("with Ukrainian
#: Foreign Minister Andrii Sybiha").
_PARTNER_REACH = 6


def _split_partnered(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], words: MeetingWords, gr: Grammar
) -> list[tuple[list[str], tuple[int, int] | None]]:
    """Split "spoke with A and with B", "telefonierte sowohl mit A als auch mit B", "avec A et
    avec B", "con A y con B" into a meeting with each partner: a partner word said again before
    the second partner, with only coordination between, tells two meetings of the others."""
    text = doc.content
    named = [m for m in acting if m.key in keys]
    partnered: list[Mention] = []
    for w in _WORD.finditer(text, s.start, s.end):
        if w.group().lower() not in words.partner:
            continue
        m = next((m for m in named if m.start >= w.end()), None)
        if m is None or any(w.end() <= o.start < m.start for o in acting if o is not m):
            continue
        if len(_WORD.findall(text[w.end() : m.start])) <= _PARTNER_REACH:
            partnered.append(m)
    joins = gr.conjunctions | words.partner_joins | words.partner | gr.determiners | gr.role_bases
    nationalities = [m for m in in_span(doc.mentions, s) if m.form == "adj"]  # "with Ukrainian …"
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(dict.fromkeys(partnered))
        if a.key != b.key
        and {w.lower() for w in _WORD.findall(blanked(text, a.end, b.start, nationalities))} <= joins
    ]
    if not pairs:
        return []
    partners = list(dict.fromkeys([pairs[0][0].key, *(b.key for _, b in pairs)]))
    hosts = [k for k in keys if k not in partners]
    return [([*hosts, p], None) for p in partners] if hosts else []


def _split_destinations(
    doc: Document,
    s: Sentence,
    dest: Mention,
    keys: list[str],
    host: str,
    words: MeetingWords,
    gr: Grammar,
    res: Resources,
) -> tuple[list[tuple[list[str], tuple[int, int] | None]], dict[tuple[int, int], str]] | None:
    """Split a trip to two destinations joined by "and" ("will travel to Kinshasa and Kigali",
    "viajará a Kinshasa y Kigali", "se rendra à Kinshasa et à Kigali") into a visit to each: the
    travellers with the first host, then with the second, each with the span where its own
    place stands. No split where the second name hosts nothing or only one side travels."""
    after = sorted((m for m in in_span(doc.mentions, s) if m.start >= dest.end), key=lambda m: m.start)
    if not after:
        return None
    second = after[0]
    gap = _WORD.findall(doc.content[dest.end : second.start].lower())
    if not gap or len(gap) > 2 or gap[0] not in gr.list_joins or not set(gap[1:]) <= words.direction:
        return None
    other = _host_state(res, second, capital=True)
    travellers = [k for k in keys if k not in (host, other)]
    if other is None or other == host or not travellers:
        return None
    city = words.capitals.get(second.key) if second.form == "metonym" else None
    city = second.key if second.form == "place" else city
    spans = ((s.start, second.start), (second.start, s.end))
    venues = {spans[1]: city} if city else {}
    return [([*travellers, host], spans[0]), ([*travellers, other], spans[1])], venues


#: Mention forms that may stand between a partner and a sequence word: a place, and the
#: nationality or role that names the partner ("le chancelier allemand").
_ASIDE_FORMS = frozenset(("place", "adj", "demonym", "role"))


def _dated_joins(doc: Document, s: Sentence, gr: Grammar) -> list[Span]:
    """Coordinating words that join two partners met on different days, each told in its own
    stretch: "met Macron in Paris on Tuesday and Tusk in Warsaw on Wednesday" is two meetings."""
    days = [t for t in times_in(doc, s) if t.day is not None]
    if len({t.day for t in days}) < 2:
        return []
    out = []
    for w in _WORD.finditer(doc.content, s.start, s.end):
        if w.group().lower() not in gr.coordination:
            continue
        before = {t.day for t in days if t.end <= w.start()}
        after = {t.day for t in days if t.start >= w.end()}
        if before and after and not before & after:
            out.append(Span(w.start(), w.end()))
    return out


def _part_place(
    doc: Document,
    s: Sentence,
    parts: list[tuple[list[str], tuple[int, int] | None]],
    span: tuple[int, int] | None,
    place: str | None,
    topics: list[tuple[int, int]],
) -> str | None:
    """The place of one of the meetings a sequence word splits off (``parts``, empty when the
    sentence was not so split): the place named in its own stretch of the sentence, else the
    sentence's place unless that is named in the other stretch ("met A and later B in Paris":
    A's meeting is not in Paris)."""
    if span is None or len(parts) < 2:
        return place
    own = _place_within(doc, s, span, topics)
    if own:
        return own
    others = [_place_within(doc, s, p, topics) for _, p in parts if p is not None and p != span]
    return None if place in others else place


def _place_within(
    doc: Document, s: Sentence, span: tuple[int, int], topics: list[tuple[int, int]]
) -> str | None:
    """The place named inside ``span`` of the sentence (a city before a country), if any."""
    places = [
        m
        for m in in_span(doc.mentions, s)
        if m.form == "place" and span[0] <= m.start < span[1] and not _inside(m, topics)
    ]
    return min(places, key=lambda m: (m.key.startswith(_STATES), m.start)).key if places else None


def _side(doc: Document, key: str) -> str:
    """Whom an actor acts for: a person or delegation its state, anything else itself."""
    actor = doc.actors.get(key)
    return actor.represents if actor is not None and actor.represents else key


def _dates_speech(text: str, s: Sentence, t: Span, gr: Grammar) -> bool:
    """Whether a time right after a speech verb, or inside a speech frame's gap, dates the
    statement, not what it tells ("said on Monday he would meet Fidan on Friday", "a déclaré
    lundi qu'il rencontrera …", "…, teilte das Ministerium am Sonntag mit")."""
    for said in gr.speech.find_local(text, max(s.start, t.start - 80), min(s.end, t.end + 80)):
        if said.end <= t.start and len(re.findall(r"\w+", text[said.end : t.start])) <= 1:
            return True
        if said.start < t.start and t.end <= said.end:
            return True
    return False


def _without_represented(doc: Document, keys: list[str]) -> list[str]:
    """Drop a participant that another participant stands for: a state whose president is there,
    a government body beside the state it serves ("Xi will pay a state visit to France, the
    Elysee said": France takes part). A body and the state it serves do not meet each other, and
    a government body adds no side where a person acts for its state ("Biden will host Kishida
    at the White House, the White House said")."""
    actors = [(k, a) for k in keys if (a := doc.actors.get(k)) is not None and a.represents]
    sides = set(keys) | {a.represents for _, a in actors if a.kind == "Person"}
    bodies = {k for k, a in actors if a.kind == "Organization" and a.represents in sides}
    served = {a.represents for k, a in actors if k not in bodies}
    return [k for k in keys if k not in served and k not in bodies]


def _pronoun_subject(
    text: str, upto: int, pronouns: frozenset[str], reach: int | None = None, closing: bool = False
) -> int | None:
    """Where a singular personal pronoun stands near the meeting word, as its subject (the
    offset of the last such pronoun in ``text``), else None. ``reach``: how many words before
    the meeting word it may stand, when fewer than :data:`_PRONOUN_BEFORE`. ``closing``: the
    meeting word is a verb that closes its clause, whose pronoun subject may open it however far
    before."""
    if not pronouns or len(re.findall(r"\w+", text)) <= 2:
        return None
    # up to eight words before the meeting word ("Am Freitag wird er in Tokio Ishiba treffen")
    # and the two after it ("In Kairo traf er …"), however long the words after it are: "On
    # Friday he will meet Prime Minister Shigeru Ishiba" has its pronoun three words before
    before = list(re.finditer(r"\w+", text[:upto]))[-(reach or _PRONOUN_BEFORE) :]
    after = list(re.finditer(r"\w+", text[upto:]))[: _PRONOUN_AFTER + 1]
    found = [w.start() for w in before if w.group().lower() in pronouns]
    found += [upto + w.start() for w in after if w.group().lower() in pronouns]
    if found:
        return found[-1]
    # a pronoun at the head of the clause (first, or right after the finite verb) is its subject
    # however far the verb closes it: "Er wird am Mittwoch in London von seiner britischen
    # Amtskollegin empfangen", "Am Mittwoch wird er in London von … empfangen"
    head = list(re.finditer(r"\w+", text[:upto]))[:_HEAD_WORDS] if closing else []
    opening = next((w for w in head if w.group().lower() in pronouns), None)
    if opening is None:
        return None
    return None if re.search(r"[,;:]", text[opening.end() : upto]) else opening.start()


#: How many words open a clause, up to its subject after the finite verb ("Am Mittwoch wird er").
_HEAD_WORDS = 4
#: What follows a verb that closes its clause: closing quotes, then the sentence's end.
_CLAUSE_CLOSES = re.compile(r"[\s\"“”»]*(?:[.;!?]|$)")
#: How many words before and after the meeting word a pronoun that is its subject may stand.
_PRONOUN_BEFORE, _PRONOUN_AFTER = 8, 2
#: How many words before a German meeting noun its pronoun subject may stand ("wird er zu einem
#: Staatsbesuch", not "solle er bis zum nächsten EU-Gipfeltreffen").
_NOUN_REACH = 3


def _plural_pronoun(doc: Document, s: Sentence, gr: Grammar) -> bool:
    """Whether a plural pronoun of the grammar stands in ``s`` for whom it refers back to: not a
    verb form of the list ("se retrouveront", "se reunirán") after a subject its clause names
    ("Les équipes techniques se retrouveront …", "Varios ministros se reunirán …")."""
    text = doc.content
    for w in gr.plural_pronouns:
        for m in re.finditer(rf"\b{re.escape(w)}\b", text[s.start : s.end], re.IGNORECASE):
            at = s.start + m.start()
            opens = gr.clause_start(text, s.start, at)
            named = any(opens <= n.start < at for n in doc.mentions)
            if named or not names_own_subject(doc, opens, at, gr):
                return True
    return False


def _has_word(text: str, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands in ``text``, in any case: a sentence opens with "They"."""
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in words)


def _place(
    doc: Document,
    s: Sentence,
    topics: list[tuple[int, int]],
    near: int,
    dateline: list[Mention],
    also: Sequence[Mention] = (),
) -> str | None:
    """The place named nearest the meeting word: the venue of its own clause, not the place of
    another clause ("Nach Gesprächen in Wien reiste er nach Rom, wo er X traf" is Rome). The
    dateline's place is only the last resort (see :func:`_dateline_place`). ``also``: places the
    sentence names otherwise than by name (a capital named by its state), where they stand."""
    here = in_span(doc.mentions, s)
    # The dateline names where the reporter is; the sentence names where they met.
    places = [m for m in here if m.form == "place" and not _inside(m, topics) and m not in dateline]
    places += also
    if not places:
        return None
    return min(
        places,
        key=lambda m: (
            m.key.startswith(_STATES),  # a city rather than its country: "in Kuba … in Havanna"
            _clause_between(doc.content, m, near),
            abs(m.start - near),
        ),
    ).key


#: Keys of states: as a place they are the coarsest ("nach Polen").
_STATES = "state/"
#: Keys of the gazetteer's places (cities, venues), places even where they stand for a state.
_PLACES = "place/"


def _clause_between(content: str, m: Mention, pos: int) -> bool:
    """Whether clause punctuation stands between mention ``m`` and offset ``pos``."""
    a, b = (m.end, pos) if m.end <= pos else (pos, m.start)
    return bool(_CLAUSE_END.search(content[a:b]))


def _capital_state(doc: Document, s: Sentence, words: MeetingWords) -> Mention | None:
    """The mention of the state whose capital the sentence names by it: "in der ukrainischen
    Hauptstadt", "la capital colombiana", "the capital of Egypt"."""
    for cue in words.capital.find_local(doc.content, s.start, s.end):
        for m in in_span(doc.mentions, s):
            if m.kind != "State" or m.key not in words.capitals:
                continue
            before = doc.content[m.end : cue.start] if m.end <= cue.start else None
            after = doc.content[cue.end : m.start] if cue.end <= m.start else None
            if before is not None and _BEFORE_CAPITAL.fullmatch(before):
                return m
            if after is not None and _AFTER_CAPITAL.fullmatch(after):
                return m
    return None


#: What may stand between a state and its capital word: "Egypt's capital", "ukrainische
#: Hauptstadt"; and after it: "capital colombiana", "capital of Egypt", "Hauptstadt Kolumbiens".
_BEFORE_CAPITAL = re.compile(r"(?:['’]s)?\s*")
_AFTER_CAPITAL = re.compile(r"\s*(?:\w{1,3}\s+){0,2}")


def _status(
    gr: Grammar,
    content: str,
    s: Sentence,
    cue: Cue | None = None,
    words: MeetingWords | None = None,
    names: tuple[Mention, ...] = (),
    times: tuple[Span, ...] = (),
) -> str:
    """Held, planned or proposed, by the words of plan or proposal in the sentence; one after
    the meeting word that modifies another noun speaks of something else ("held talks aimed at
    preventing the possible outbreak of war") or stands more than a few words after it (names
    not counted), one before it or said of it counts ("a possible meeting", "a meeting between
    A and B is possible"), and so does one in a phrase of time (``times``: "la próxima semana")."""
    found = set()
    for c in gr.meeting_status.find_in(content, s.start, s.end):
        if cue is not None and words is not None and c.start > cue.end:
            before = _WORD.findall(content[s.start : c.start])[-1:]
            timed = any(t.start <= c.start and c.end <= t.end for t in times)  # "la próxima semana"
            # after an article it names another noun; after a preposition it tells on whose
            # initiative a meeting was held ("trafen sich auf Einladung des …", "se reunieron por
            # invitación de …"), not that it is still to come
            opener = words.articles | gr.prepositions
            if before and before[0].lower() in opener and not timed:
                continue
            if len(_WORD.findall(blanked(content, cue.end, c.start, names))) > _STATUS_REACH:
                continue  # too far from the meeting word to be said of it
            if not timed and _next_deed(gr, content, cue.end, c.start, names):
                continue
            last = _WORD.findall(c.phrase)[-1:]
            if " ... " in c.phrase and last and last[0].lower() in gr.prepositions:
                # a frame whose object follows its preposition ("sprach sich … für eine Lösung
                # aus") is not said of a meeting told before it ("Bei einem Treffen mit Merkel")
                continue
        found.add(c.key)
    if cue is not None and not found and _asked_for(gr, content, s, cue):
        found.add("proposed")
    return next((st for st in STATUS_ORDER if st in found), "occurred")


def _next_deed(gr: Grammar, content: str, start: int, at: int, names: tuple[Mention, ...]) -> bool:
    """Whether a word of plan or proposal at ``at``, after a meeting word ending at ``start``,
    belongs to another verb of the sentence: after a speech verb it tells what was said
    ("telephoned Sharif on Tuesday and said Beijing would send tents"), in a relative clause on
    a person it tells what that person did ("se reunió con Tusk, que ha pedido más ayuda"), right
    after "and" (object pronouns aside) it is the subject's next deed ("telefoneó a Noboa y le
    ofreció el envío de un equipo"); the call itself was held."""
    if gr.speech.find_local(content, start, at):
        return True
    for m in names:
        if m.kind == "Person" and start <= m.start and m.end < at:
            opener = re.match(r"\s*,\s*(\w+)", content[m.end : at])
            if opener and opener.group(1).lower() in gr.person_relatives:
                return True
    words = [w.lower() for w in _WORD.findall(content[start:at])]
    while words and (words[-1] in gr.verb_clitics or words[-1] in gr.finite_auxiliaries):
        words.pop()
    return bool(words) and words[-1] in gr.conjunctions


#: The stances whose object a meeting is only asked for or put forward ("urged Beirut to accept
#: direct negotiations", "exigió negociaciones"), not held.
_ASKING = frozenset(("demand", "propose"))


def _asked_for(gr: Grammar, content: str, s: Sentence, cue: Cue) -> bool:
    """Whether the meeting word is what a demand or proposal before it asks for ("Washington urged
    Beirut to accept direct negotiations with Israel", "drängt auf Verhandlungen", "presse
    Beyrouth d'accepter des négociations"): not when a preposition of place or time sets it
    apart as the occasion ("urged … at the summit", "during their meeting")."""
    asks = [c for c in gr.stances.find_local(content, s.start, cue.start) if c.key in _ASKING]
    if not asks or re.search(r"[:;]", content[asks[-1].end : cue.start]):
        return False  # "USA legen … einen Plan vor: Witkoff und Kushner treffen Putin"
    between = [w.lower() for w in _WORD.findall(content[asks[-1].end : cue.start])]
    occasion = gr.time_prepositions | {w for w in gr.locative if " " not in w}
    return not set(between[-2:]) & occasion


#: How many words (names aside) after a meeting word a word of plan or proposal may stand.
_STATUS_REACH = 8


def _group(doc: Document, acting: list[Mention], gr: Grammar) -> tuple[str, ...]:
    """The persons named together ("Witkoff und Kushner") in a sentence, if any."""
    persons = [m for m in acting if m.kind == "Person"]
    group: list[str] = []
    for a, b in zip(persons, persons[1:], strict=False):
        between = doc.content[a.end : b.start]
        if len(between) < 45 and (_has_word(between, gr.coordination) or between.strip() == ","):
            group.extend(k for k in (a.key, b.key) if k not in group)
        elif group:
            break  # only the persons joined to each other, not the one they meet
    return tuple(group)


def _same_place(a: str | None, b: str | None, region: Callable[[str], str]) -> bool:
    """Whether two places may be one venue: either unknown, equal, or one the state of the other
    ("visited Egypt" and "met in Cairo")."""
    return not a or not b or a == b or region(a) == b or region(b) == a


def _finer(a: str | None, b: str | None, region: Callable[[str], str]) -> str | None:
    """Of two agreeing places the more precise: the city rather than its state."""
    if a and b and region(b) == a and region(a) != b:
        return b
    return a or b


def _other_time(m: Meeting, o: Meeting) -> bool:
    """Whether ``m`` was held at a time that names no day and differs from the time of ``o``: "a
    month ago" and "on Monday" are two meetings, though only one has a calendar day. Plans are
    not told apart so ("next week" and "next Thursday" are one plan)."""
    if m.status != "occurred" or o.status != "occurred":
        return False
    return bool(m.date_text and m.day is None and o.date_text and o.date_text.lower() != m.date_text.lower())


def _stands_for(a: set[str], b: set[str], side: Callable[[str], str]) -> bool:
    """Whether every participant of ``a`` is one of ``b`` or the side one of ``b`` acts for,
    and the two share a participant."""
    acts_for = {side(k) for k in b}
    return bool(a & b) and all(k in b or k in acts_for for k in a)


def _persons(keys: set[str]) -> bool:
    return any(k.startswith("person/") for k in keys)


def _in_person(m: Meeting) -> bool:
    return False


def _apart(m: Meeting, o: Meeting, remote: Callable[[Meeting], bool]) -> bool:
    """Whether one report tells a call and the other a meeting in person, at a venue: a report
    with no venue ("además conversaron de …") may go on telling the call."""
    if remote(m) == remote(o):
        return False
    held = o if remote(m) else m
    return held.place is not None


def merge(
    meetings: list[Meeting],
    side: Callable[[str], str] = str,
    region: Callable[[str], str] = str,
    remote: Callable[[Meeting], bool] = _in_person,
) -> list[Meeting]:
    """Merge reports of one meeting; keep meetings of the same people on other days apart.

    Two reports are one meeting when the participants of one include the other's, or the sides
    of one include the other's ("die USA und die Ukraine" and "US-Unterhändler mit ukrainischen
    Vertretern"), or one names a state where the other names the person who acts for it, and
    day and place agree. A report joins the earlier report it fits best; merged reports are
    compared again, since a merge can bring in the day or place that let two others join.
    """
    out: list[Meeting] = []
    for m in meetings:
        _join(out, m, side, region, remote)
    while True:
        again: list[Meeting] = []
        for m in out:
            _join(again, m, side, region, remote)
        if len(again) == len(out):
            return out
        out = again


def _join(
    out: list[Meeting],
    m: Meeting,
    side: Callable[[str], str],
    region: Callable[[str], str],
    remote: Callable[[Meeting], bool] = _in_person,
) -> None:
    """Merge ``m`` into the meeting of ``out`` it fits best, else append it. A call and a
    meeting in person at a venue are never one ("the two leaders also held a video call")."""
    best: tuple[int, int] | None = None
    for i, o in enumerate(out):
        how = 0 if _apart(m, o, remote) else _fit(m, o, side, region)
        if how and (best is None or how > best[0]):
            best = (how, i)
    if best is None:
        out.append(m)
        return
    how, i = best
    o = out[i]
    day, date_text = _day_of(o, m)
    both = set(m.participants) | set(o.participants)
    if how == _STOOD_FOR:  # keep the person, not the state they stand for
        both = {k for k in both if k not in {side(p) for p in both if side(p) != p}}
    out[i] = replace(
        o,
        participants=tuple(sorted(both)),
        evidence=tuple(sorted(set(o.evidence) | set(m.evidence), key=lambda e: e.start)),
        place=_finer(o.place, m.place, region),
        day=day,
        date_text=date_text,
        status=o.status,  # the first report (often the headline) says what the story is
    )


_SHARED, _STOOD_FOR, _BY_SIDE, _SUBSET = 1, 2, 3, 4


#: How far a told day may lie from the article's day that a present-tense report assumes, for
#: the two to be one meeting: a headline's present tells this week's news, not April's.
_ASSUMED_DAYS = 7


def _told(m: Meeting) -> bool:
    """Whether the text gives the meeting's day. A day with no words for it is the article's,
    assumed for a report in the present tense ("Merz trifft Macron" over a story of "am
    Dienstag"): it yields to a told day when the two reports are merged."""
    return m.day is not None and m.date_text is not None


def _other_day(m: Meeting, o: Meeting) -> bool:
    """Whether two reports fall on different days: both told and different, or an assumed day
    more than a week from the other's (an assumed day yields only to a day of its week)."""
    if not m.day or not o.day or m.day == o.day:
        return False
    return _told(m) and _told(o) or abs((m.day - o.day).days) > _ASSUMED_DAYS


def _day_of(o: Meeting, m: Meeting) -> tuple[date | None, str | None]:
    """The day of two merged reports: a told day before an assumed one, the earlier report first."""
    told = next((x for x in (o, m) if _told(x)), None)
    if told is not None:
        return told.day, told.date_text
    return o.day or m.day, o.date_text or m.date_text


def _fit(m: Meeting, o: Meeting, side: Callable[[str], str], region: Callable[[str], str] = str) -> int:
    """How surely two reports tell one meeting: 0 not at all, then stood-for, sides, subset.
    A meeting held and one still planned are two ("spoke by phone … plan to meet next week")."""
    if _other_day(m, o):
        return 0
    if not _same_place(m.place, o.place, region):
        return 0
    if _other_time(m, o) or _other_time(o, m):
        return 0
    if (m.status == "occurred") != (o.status == "occurred"):
        return 0
    a, b = set(m.participants), set(o.participants)
    if a <= b or b <= a:
        return _SUBSET
    sa, sb = {side(k) for k in a}, {side(k) for k in b}
    # Sides alone merge only a report that names no person: persons tell meetings apart.
    if (sa <= sb or sb <= sa) and not (_persons(a) and _persons(b)):
        return _BY_SIDE
    # "Kerry in Ägypten" and "Kerry traf Schukri": the state stands for the person met.
    if _stands_for(a, b, side) or _stands_for(b, a, side):
        return _STOOD_FOR
    # Two reports that share two participants, one of them a body that hosts the meeting
    # ("Guaidó beim Treffen der Lima-Gruppe", and the list of who attends it), tell one meeting;
    # envoys who meet two hosts on one day ("Witkoff und Kushner" with Putin, with Dmitrijew) do not.
    shared = a & b
    return _SHARED if len(shared) >= 2 and any(k.startswith("org/") for k in shared) else 0
