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
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from diplograph.extract.context import actors_in, agencies, in_span, last_person, paragraph_of, times_in
from diplograph.extract.cues import Cue, CueMatcher
from diplograph.extract.dates import time_in
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.lemmas import lemmatizer
from diplograph.model import Document, Meeting, Mention, Sentence, Span
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
    attendance: CueMatcher
    plural_referents: CueMatcher
    capital: CueMatcher
    remote: CueMatcher
    capitals: dict[str, str]  # state key -> key of its capital in the gazetteer
    partner: frozenset[str]
    needs_partner: CueMatcher
    not_meetings: CueMatcher
    topic: CueMatcher


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
            attendance=matcher({"attend": data.get("attendance") or []}, src),
            plural_referents=matcher({"group": data.get("plural_referents") or []}, src),
            capital=matcher({"capital": data.get("capital") or []}, src),
            remote=matcher({"remote": data.get("remote") or []}, src),
            capitals={
                e.capital_of: k
                for k, e in sorted(res.gazetteer.entries.items(), reverse=True)
                if e.capital_of
            },
            partner=words("partner"),
            needs_partner=matcher({"press": data.get("needs_partner") or []}, src),
            not_meetings=matcher({"other": data.get("not_meetings") or []}, src),
            topic=matcher({"topic": data.get("topic") or []}, src),
        )

    found: MeetingWords = res.memo(("meeting-words", lang), make)
    return found


@stage("meetings", requires=("sentences", "mentions", "actors", "times"), assigns=("meetings",))
def find_meetings(doc: Document, res: Resources) -> Document:
    """Read the meetings an article reports, announces or proposes."""
    gr = grammar(res, doc.lang)
    words = meeting_words(res, doc.lang)
    roles = gr.roles.find(doc.content)
    skip = agencies(res)
    found: list[Meeting] = []
    last_group: tuple[str, ...] = ()
    last_place: dict[int, str] = {}
    last_time: dict[int, tuple[object, str]] = {}
    for s in doc.sentences:
        text = doc.content[s.start : s.end]
        par = paragraph_of(doc, s)
        cues = [c for c in gr.meetings.find_in(doc.content, s.start, s.end) if _reports(doc, s, c, words, gr)]
        topics = _topic_spans(doc, s, words) if cues else []
        acting = [m for m in actors_in(doc, s, roles, skip) if not _inside(m, topics)]
        place = _place(doc, s, topics) or (_capital(doc, s, words) if cues else None)
        remote = bool(cues) and bool(words.remote.find_local(doc.content, s.start, s.end))
        times = times_in(doc, s)
        dated = time_in(doc, s.start, s.end)
        group = _group(doc, acting, gr)
        live = [c for c in cues if not _refers_back(doc.content, s, c, words, bool(found))]
        if cues and not live and words.attendance.find_local(doc.content, s.start, s.end):
            live = cues  # "Al encuentro asistirán …": who attends the meeting told of before
        if cues and times:  # the day nearest the meeting word is the meeting's day
            with_day = [t for t in times if t.day] or times
            dated = min(with_day, key=lambda t: abs(t.start - (live or cues)[0].start))
        keys: list[str] = []
        if live:
            goal = _destination(doc, live[0].end)  # "viajó a Panamá", "travelled to Kyiv"
            if goal is not None:
                place = place or goal.key
            keys = list(dict.fromkeys(m.key for m in acting if m is not goal))
            if len(keys) < 2 and _has_word(text, gr.plural_pronouns) and last_group:
                keys = list(dict.fromkeys([*last_group, *keys]))
            elif len(keys) < 2 and words.plural_referents.find_local(doc.content, s.start, s.end):
                # "the two leaders agreed to meet": those of the last meeting, else the last group
                earlier = [k for k in found[-1].participants if k.startswith("person/")] if found else []
                keys = list(dict.fromkeys([*(earlier or last_group), *keys]))
            if _pronoun_subject(text, live[0].start - s.start, gr.singular_pronouns):
                before = last_person(doc, s.start)  # "In Kairo traf er mit … zusammen"
                if before and before not in keys:
                    keys = [before, *keys]
            keys = _without_represented(doc, keys)
        elif cues and len(group) >= 2:  # "Xi und Obama nutzten ihr Treffen in Peking"
            keys = list(group)
        if keys:
            day, date_text = (dated.day, dated.surface) if dated else last_time.get(par, (None, None))
            for part in _split_at_sequence(doc, s, acting, keys, words, gr):
                if len(part) >= 2 and len({_side(doc, k) for k in part}) >= 2:
                    found.append(
                        Meeting(
                            participants=tuple(sorted(part)),
                            evidence=(Span(s.start, s.end),),
                            status=_status(gr, doc.content, s),
                            place=None if remote else place or last_place.get(par),  # a call has no venue
                            day=day,  # type: ignore[arg-type]
                            date_text=date_text,
                            cue=(live or cues)[0].phrase,
                        )
                    )
        if group:
            last_group = group
        if place:
            last_place[par] = place
        if dated and dated.day:
            last_time[par] = (dated.day, dated.surface)
    return replace(doc, meetings=tuple(merge(found, lambda k: _side(doc, k))))


def _reports(doc: Document, s: Sentence, cue: Cue, words: MeetingWords, gr: Grammar) -> bool:
    """Whether a meeting word reports a meeting: not part of a phrase that means something else,
    not the object of a refusal ("ruled out direct talks with the M23"), and, where a partner
    word follows it, with a name after that (see the module docstring)."""
    if any(_overlaps(v, cue) for v in words.not_meetings.find_local(doc.content, s.start, s.end)):
        return False
    refused = [  # "lehnte Gespräche mit Kiew ab": the refusal may close after the meeting word
        c
        for c in gr.stances.find_in(doc.content, s.start, s.end)
        if c.key == "reject"
        and c.start < cue.start
        and (
            c.end >= cue.end or c.end <= cue.start and len(_WORD.findall(doc.content[c.end : cue.start])) <= 4
        )
    ]
    if refused:
        return False
    press = [p for p in words.needs_partner.find_local(doc.content, s.start, s.end) if _overlaps(p, cue)]
    named = _named_partner(doc, s, max([cue.end, *(p.end for p in press)]), cue, words)
    return named is True if press else named is not False


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start < b for a, b in spans)


def _topic_spans(doc: Document, s: Sentence, words: MeetingWords) -> list[tuple[int, int]]:
    """Where topic phrases stand, whose names and places are talked about, not who talks or
    where: from the opening words to the clause end, a partner word or a few words on ("über
    Sanktionen gegen Russland mit Merz": Merz stays; "tensions in the South China Sea")."""
    spans = []
    for t in words.topic.find_local(doc.content, s.start, s.end):
        end = t.end
        for n, w in enumerate(_WORD.finditer(doc.content, t.end, s.end)):
            gap = doc.content[end : w.start()]
            if n >= _TOPIC_WORDS or _CLAUSE_END.search(gap) or w.group().lower() in words.partner:
                break
            end = w.end()
        spans.append((t.end, end))
    return spans


#: How many words a topic phrase runs at most ("about new sanctions against the Russian Federation").
_TOPIC_WORDS = 6


def _overlaps(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end


#: How many words after a partner word may come before the partner's name ("mit dem
#: türkischen Präsidenten", "with Egypt's foreign minister").
_PARTNER_WORDS = 5
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]")


def _named_partner(doc: Document, s: Sentence, end: int, cue: Cue, words: MeetingWords) -> bool | None:
    """Whether a name follows the partner word that ends the cue or comes right after ``end``.

    None when no partner word is there; else whether a mention starts within a few words of it,
    in the same clause (an apposition after a comma counts: "mit dem Präsidenten, X").
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
    if any(start <= m.start < limit for m in here):
        return True
    # An apposition: "mit dem Präsidenten, Emmanuel Macron"
    after = re.match(r",\s*", doc.content[upto : s.end]) if stop and len(span) < _PARTNER_WORDS else None
    return after is not None and any(m.start == upto + after.end() for m in here)


def _refers_back(content: str, s: Sentence, cue: Cue, words: MeetingWords, reported: bool) -> bool:
    """Whether a meeting noun names a meeting told of already: "bei seinen Gesprächen".

    A possessive always refers back; a definite article only once the article has reported a
    meeting. A word that attaches partners right after the noun ("Gespräche mit", "talks with")
    makes the sentence name them, so it does not refer back.
    """
    before = [w.lower() for w in _WORD.findall(content[s.start : cue.start])][-2:]
    surface = content[cue.start : cue.end].lower()
    elided = any(surface.startswith(a) for a in words.articles if a.endswith(("'", "’")))
    # The determiner stands right before the noun or before one adjective ("seinem ersten Besuch").
    dets = before[-1:] + (before[-2:-1] if len(before) == 2 and _lower_word(content, s, cue) else [])
    possessive = any(d in words.possessives for d in dets)
    definite = elided or any(d in words.articles for d in dets)
    if not possessive and not (definite and reported):
        return False
    after = [w.lower() for w in _WORD.findall(content[cue.end : s.end].split(",")[0])][:3]
    return not any(w in words.attach for w in after)


def _lower_word(content: str, s: Sentence, cue: Cue) -> bool:
    """Whether the word right before ``cue`` is written in lower case (an adjective, not a name)."""
    prev = _WORD.findall(content[s.start : cue.start])
    return bool(prev) and prev[-1][:1].islower()


def _split_at_sequence(
    doc: Document, s: Sentence, acting: list[Mention], keys: list[str], words: MeetingWords, gr: Grammar
) -> list[list[str]]:
    """Split "traf A und anschließend B" into the host's meeting with A and with B.

    The sequence word must follow a partner with only coordination between them, and the next
    partner must follow it closely; the host is the first participant (the subject).
    """
    for seq in words.sequence.find_local(doc.content, s.start, s.end):
        left = [m for m in acting if m.end <= seq.start and m.key in keys]
        right = [m for m in acting if m.start >= seq.end and m.key in keys]
        if not left or not right or right[0].start - seq.end > 60:
            continue
        between = doc.content[left[-1].end : seq.start]
        rest = _JOIN.sub(" ", between).split()
        if any(w.lower() not in gr.coordination for w in rest):
            continue
        later = {m.key for m in right}
        first = [k for k in keys if k not in later]
        host = first[0] if first else keys[0]
        return [first, [host, *[k for k in keys if k in later and k != host]]]
    return [keys]


def _side(doc: Document, key: str) -> str:
    """Whom an actor acts for: a person or delegation its state, anything else itself."""
    actor = doc.actors.get(key)
    return actor.represents if actor is not None and actor.represents else key


def _without_represented(doc: Document, keys: list[str]) -> list[str]:
    """Drop a participant that another participant stands for: "Kreml" with "Russland", a state
    whose president is there. A body and the state it serves do not meet each other."""
    served = {a.represents for k in keys if (a := doc.actors.get(k)) is not None and a.represents}
    return [k for k in keys if k not in served]


def _destination(doc: Document, end: int) -> Mention | None:
    """A state or place named right after a travel cue that ends in a preposition."""
    if not re.search(r"\b(?:a|to|nach|à|en|in)$", doc.content[max(0, end - 4) : end], re.IGNORECASE):
        return None
    nxt = next((m for m in doc.mentions if m.start >= end), None)
    if nxt is None or doc.content[end : nxt.start].strip() or not nxt.key.startswith(("state/", "place/")):
        return None
    return nxt


def _pronoun_subject(text: str, upto: int, pronouns: frozenset[str]) -> bool:
    """Whether a singular personal pronoun stands near the meeting word, as its subject."""
    words = re.findall(r"\w+", text.lower())
    near = re.findall(r"\w+", text[: upto + 40].lower())
    return bool(pronouns) and any(w in pronouns for w in near[-8:]) and len(words) > 2


def _has_word(text: str, words: frozenset[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def _place(doc: Document, s: Sentence, topics: list[tuple[int, int]]) -> str | None:
    places = [m for m in in_span(doc.mentions, s) if m.form == "place" and not _inside(m, topics)]
    return places[0].key if places else None


def _capital(doc: Document, s: Sentence, words: MeetingWords) -> str | None:
    """The capital a sentence names by its state: "in der ukrainischen Hauptstadt", "la capital
    colombiana", "the capital of Egypt"."""
    for cue in words.capital.find_local(doc.content, s.start, s.end):
        for m in in_span(doc.mentions, s):
            if m.kind != "State" or m.key not in words.capitals:
                continue
            before = doc.content[m.end : cue.start] if m.end <= cue.start else None
            after = doc.content[cue.end : m.start] if cue.end <= m.start else None
            if before is not None and _BEFORE_CAPITAL.fullmatch(before):
                return words.capitals[m.key]
            if after is not None and _AFTER_CAPITAL.fullmatch(after):
                return words.capitals[m.key]
    return None


#: What may stand between a state and its capital word: "Egypt's capital", "ukrainische
#: Hauptstadt"; and after it: "capital colombiana", "capital of Egypt", "Hauptstadt Kolumbiens".
_BEFORE_CAPITAL = re.compile(r"(?:['’]s)?\s*")
_AFTER_CAPITAL = re.compile(r"\s*(?:\w{1,3}\s+){0,2}")


def _status(gr: Grammar, content: str, s: Sentence) -> str:
    found = {c.key for c in gr.meeting_status.find_in(content, s.start, s.end)}
    return next((st for st in STATUS_ORDER if st in found), "occurred")


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


def _stands_for(a: set[str], b: set[str], side: Callable[[str], str]) -> bool:
    """Whether every participant of ``a`` is one of ``b`` or the side one of ``b`` acts for,
    and the two share a participant."""
    acts_for = {side(k) for k in b}
    return bool(a & b) and all(k in b or k in acts_for for k in a)


def _persons(keys: set[str]) -> bool:
    return any(k.startswith("person/") for k in keys)


def merge(meetings: list[Meeting], side: Callable[[str], str] = str) -> list[Meeting]:
    """Merge reports of one meeting; keep meetings of the same people on other days apart.

    Two reports are one meeting when the participants of one include the other's, or the sides
    of one include the other's ("die USA und die Ukraine" and "US-Unterhändler mit ukrainischen
    Vertretern"), or one names a state where the other names the person who acts for it, and
    day and place agree. A report joins the earlier report it fits best; merged reports are
    compared again, since a merge can bring in the day or place that let two others join.
    """
    out: list[Meeting] = []
    for m in meetings:
        _join(out, m, side)
    while True:
        again: list[Meeting] = []
        for m in out:
            _join(again, m, side)
        if len(again) == len(out):
            return out
        out = again


def _join(out: list[Meeting], m: Meeting, side: Callable[[str], str]) -> None:
    """Merge ``m`` into the meeting of ``out`` it fits best, else append it."""
    best: tuple[int, int] | None = None
    for i, o in enumerate(out):
        how = _fit(m, o, side)
        if how and (best is None or how > best[0]):
            best = (how, i)
    if best is None:
        out.append(m)
        return
    how, i = best
    o = out[i]
    both = set(m.participants) | set(o.participants)
    if how == _STOOD_FOR:  # keep the person, not the state they stand for
        both = {k for k in both if k not in {side(p) for p in both if side(p) != p}}
    out[i] = replace(
        o,
        participants=tuple(sorted(both)),
        evidence=tuple(sorted(set(o.evidence) | set(m.evidence), key=lambda e: e.start)),
        place=o.place or m.place,
        day=o.day or m.day,
        date_text=o.date_text or m.date_text,
        status=o.status,  # the first report (often the headline) says what the story is
    )


_SHARED, _STOOD_FOR, _BY_SIDE, _SUBSET = 1, 2, 3, 4


def _fit(m: Meeting, o: Meeting, side: Callable[[str], str]) -> int:
    """How surely two reports tell one meeting: 0 not at all, then stood-for, sides, subset.
    A meeting held and one still planned are two ("spoke by phone … plan to meet next week")."""
    if m.day and o.day and m.day != o.day or m.place and o.place and m.place != o.place:
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
