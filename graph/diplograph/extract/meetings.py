"""Read meetings: sentences with a meeting cue and at least two acting participants.

Participants are the acting mentions of the sentence; a plural pronoun subject ("Zunächst
trafen sie …") stands for the last group of persons named together. Place and day come from the
sentence, else from the nearest earlier sentence of the same paragraph that names them (news
tells one visit over several sentences). Two reports of one meeting are merged when one's
participants include the other's and day and place do not conflict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from diplograph.extract.context import actors_in, in_span, last_person, paragraph_of, times_in
from diplograph.extract.dates import time_in
from diplograph.extract.grammar import Grammar, grammar
from diplograph.model import Document, Meeting, Mention, Sentence, Span
from diplograph.pipeline import stage
from diplograph.resources import Resources

STATUS_ORDER = ("proposed", "planned")


def agencies(res: Resources) -> frozenset[str]:
    """Keys of news agencies: quoted as sources, never participants or holders."""
    found: frozenset[str] = res.memo(
        ("agencies",),
        lambda: frozenset(
            k for k, e in res.gazetteer.entries.items() if e.org_kind and "agency" in e.org_kind
        ),
    )
    return found


@stage("meetings", requires=("sentences", "mentions", "actors", "times"), assigns=("meetings",))
def find_meetings(doc: Document, res: Resources) -> Document:
    """Read the meetings an article reports, announces or proposes."""
    gr = grammar(res, doc.lang)
    roles = gr.roles.find(doc.content)
    skip = agencies(res)
    found: list[Meeting] = []
    last_group: tuple[str, ...] = ()
    last_place: dict[int, str] = {}
    last_time: dict[int, tuple[object, str]] = {}
    for s in doc.sentences:
        text = doc.content[s.start : s.end]
        par = paragraph_of(doc, s)
        acting = actors_in(doc, s, roles, skip)
        place = _place(doc, s)
        times = times_in(doc, s)
        dated = time_in(doc, s.start, s.end)
        cues = gr.meetings.find_in(doc.content, s.start, s.end)
        if cues and times:  # the day nearest the meeting word is the meeting's day
            with_day = [t for t in times if t.day] or times
            dated = min(with_day, key=lambda t: abs(t.start - cues[0].start))
        if cues:
            goal = _destination(doc, cues[0].end)  # "viajó a Panamá", "travelled to Kyiv"
            if goal is not None:
                place = place or goal.key
            keys = list(dict.fromkeys(m.key for m in acting if m is not goal))
            if len(keys) < 2 and _has_word(text, gr.plural_pronouns) and last_group:
                keys = list(dict.fromkeys([*last_group, *keys]))
            if _pronoun_subject(text, cues[0].start - s.start, gr.singular_pronouns):
                before = last_person(doc, s.start)  # "In Kairo traf er mit … zusammen"
                if before and before not in keys:
                    keys = [before, *keys]
            keys = _without_represented(doc, keys)
            if len(keys) >= 2 and len({_side(doc, k) for k in keys}) >= 2:
                day, date_text = (dated.day, dated.surface) if dated else last_time.get(par, (None, None))
                found.append(
                    Meeting(
                        participants=tuple(sorted(keys)),
                        evidence=(Span(s.start, s.end),),
                        status=_status(gr, doc.content, s),
                        place=place or last_place.get(par),
                        day=day,  # type: ignore[arg-type]
                        date_text=date_text,
                        cue=cues[0].phrase,
                    )
                )
        group = _group(doc, acting, gr)
        if group:
            last_group = group
        if place:
            last_place[par] = place
        if dated and dated.day:
            last_time[par] = (dated.day, dated.surface)
    return replace(doc, meetings=tuple(merge(found, lambda k: _side(doc, k))))


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


def _place(doc: Document, s: Sentence) -> str | None:
    places = [m for m in in_span(doc.mentions, s) if m.form == "place"]
    return places[0].key if places else None


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


def _persons(keys: set[str]) -> bool:
    return any(k.startswith("person/") for k in keys)


def merge(meetings: list[Meeting], side: Callable[[str], str] = str) -> list[Meeting]:
    """Merge reports of one meeting; keep meetings of the same people on other days apart.

    Two reports are one meeting when the sides of one include the other's ("die USA und die
    Ukraine" and "US-Unterhändler mit ukrainischen Vertretern") and day and place agree.
    """
    out: list[Meeting] = []
    for m in meetings:
        for i, o in enumerate(out):
            a, b = set(m.participants), set(o.participants)
            sa, sb = {side(k) for k in a}, {side(k) for k in b}
            # Sides alone merge only a report that names no person: persons tell meetings apart.
            by_side = (sa <= sb or sb <= sa) and not (_persons(a) and _persons(b))
            if not (a <= b or b <= a or by_side):
                continue
            if m.day and o.day and m.day != o.day:
                continue
            if m.place and o.place and m.place != o.place:
                continue
            out[i] = replace(
                o,
                participants=tuple(sorted(a | b)),
                evidence=tuple(sorted(set(o.evidence) | set(m.evidence), key=lambda e: e.start)),
                place=o.place or m.place,
                day=o.day or m.day,
                date_text=o.date_text or m.date_text,
                status=o.status,  # the first report (often the headline) says what the story is
            )
            break
        else:
            out.append(m)
    return out
