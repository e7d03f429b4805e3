"""Stance shifts and contradictions: when what an actor says on a topic changes, or disagrees.

- A **shift**: an actor's positions on one topic, in date order, change stance class between
  two dates (supported a ceasefire, later rejected it). Each shift pairs the last position
  before the change with the first after it.
- A **contradiction**: two different articles report opposite stance classes (see
  ``data/events/stance-classes.yml``) of the same actor on the same topic within ``days``
  days of each other.

Both come with the sentences they were read from. Positions without a topic or a date are
not compared.

>>> from diplograph.events.records import Event
>>> a = Event("urn:p1", "position", "2025-03-01", ("urn:x",), stance="support", topics=("ceasefire",))
>>> b = Event("urn:p2", "position", "2025-03-09", ("urn:x",), stance="reject", topics=("ceasefire",))
>>> [(s.kind, s.days) for s in find_shifts([a, b])]
[('shift', 8)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from diplograph.analytics.report import Cell, Report, Table
from diplograph.events.classes import StanceClasses, stance_classes
from diplograph.events.positions import load_changing_positions, load_sentences
from diplograph.events.records import (
    ONE_BY_ONE,
    Event,
    Events,
    ValueStore,
    load_events,
    load_sources_for,
)
from diplograph.gcpause import paused_gc
from diplograph.views.facts import Source
from diplograph.views.filters import topic_name

#: Days within which opposite reports from two sources count as a contradiction.
CONTRADICTION_DAYS = 3

KINDS = ("shift", "contradiction")


@dataclass(frozen=True)
class Shift:
    """Two positions of ``holder`` on ``topic``: ``earlier`` and ``later`` differ in class."""

    kind: str
    holder: str
    topic: str
    earlier: Event
    later: Event

    @property
    def days(self) -> int:
        """Days between the two positions."""
        return (date.fromisoformat(self.later.date[:10]) - date.fromisoformat(self.earlier.date[:10])).days


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def find_shifts(
    positions: Iterable[Event], days: int = CONTRADICTION_DAYS, classes: StanceClasses | None = None
) -> list[Shift]:
    """Shifts and contradictions among ``positions``, ordered by holder, topic and date.

    Days are compared as ordinals; each position looks back along its line only as far as
    ``days`` reach (walking indices, not copying the line: a hub's line holds thousands).
    """
    cls = classes or stance_classes()
    of, opposite = cls.of, cls.opposite
    lines: dict[tuple[str, str], list[tuple[int, str, Event, str]]] = defaultdict(list)
    for p in positions:
        when, klass = _day(p.date), of(p.stance)
        if p.kind != "position" or when is None or not klass:
            continue
        entry = (when.toordinal(), p.iri, p, klass)
        for holder in p.actors:
            for topic in p.topics:
                lines[(holder, topic)].append(entry)
    found: list[Shift] = []
    for (holder, topic), line in sorted(lines.items()):
        line.sort(key=_day_and_iri)
        last_day, last, last_class = 0, None, ""
        for i, (day, _, p, klass) in enumerate(line):
            if last is not None and klass != last_class and day > last_day:
                found.append(Shift("shift", holder, topic, last, p))
            last_day, last, last_class = day, p, klass
            j = i - 1
            while j >= 0:
                before_day, _, before, before_class = line[j]
                if day - before_day > days:
                    break
                if opposite(klass, before_class) and not set(before.articles) & set(p.articles):
                    found.append(Shift("contradiction", holder, topic, before, p))
                j -= 1
    return found


def _day_and_iri(entry: tuple[int, str, Event, str]) -> tuple[int, str]:
    """Sort key of a line: date, then fact IRI (two positions of a day in a fixed order)."""
    return entry[0], entry[1]


def shifts_report(shifts: Sequence[Shift], events: Events) -> Report:
    """One row per shift or contradiction, with both sentences and their articles."""
    rows: list[tuple[Cell, ...]] = []
    for s in shifts:
        row: list[Cell] = [s.kind, s.holder, events.label(s.holder), s.topic, s.days]
        for p in (s.earlier, s.later):
            src = p.evidence[0] if p.evidence else None
            text, title, url = (src.text, src.title, src.url) if src else ("", "", "")
            row += [p.date, p.stance, text, title, url]
        rows.append(tuple(row))
    cols = ("kind", "holder", "label", "topic", "days")
    sides = ("date", "stance", "sentence", "title", "url")
    columns = cols + tuple(f"{c}_{n}" for n in ("1", "2") for c in sides)
    return Report([Table("shifts", columns, rows)])


def _told(p: Event, evidence: tuple[Source, ...]) -> Event:
    """``p`` with its sentences (``dataclasses.replace`` costs twice as much per call)."""
    return Event(
        p.iri, p.kind, p.date, p.actors, p.targets, p.stance, p.topics, p.place, p.status, p.dated, evidence
    )


@paused_gc
def store_shifts(
    store: ValueStore,
    actor: str | None = None,
    topic: str | None = None,
    days: int = CONTRADICTION_DAYS,
    kinds: Sequence[str] = KINDS,
) -> tuple[list[Shift], Events]:
    """Read the positions of ``store`` (of ``actor``, an IRI; on ``topic``) and find shifts.

    Positions are read without sentences (each still knows its articles, which tell two
    sources apart, and their dates); sentences are read afterwards, only for the positions a
    shift names. Of the whole store, positions come from one query whose joins Oxigraph does
    by hashing, and only those of (holder, topic) pairs with more than one stance class
    (:func:`.positions.load_changing_positions`); of one actor, from the reads bound to that
    actor (and sentences too, when the shifts name few positions). Targets are not read (a
    shift does not name them): the positions' ``targets`` are empty, and the returned events
    are the positions read, with sentences only where a shift names them.
    """
    whole = actor is None
    if whole:
        events = load_changing_positions(store)
    else:
        events = load_events(store, actor, kinds=("position",), sources=False, targets=False)
    wanted = topic_name(topic) if topic else None
    positions = [e for e in events.events if wanted is None or wanted in e.topics]
    shifts = [s for s in find_shifts(positions, days) if s.kind in kinds]
    if wanted:
        shifts = [s for s in shifts if s.topic == wanted]
    named = {p.iri: p for s in shifts for p in (s.earlier, s.later)}
    iris = sorted(named)
    # Of one actor with few shifts, the reads bound to the actor are cheaper than the fixed
    # cost of the hash join (its scans, ~0.07 s on a 1M-quad store); above, they read every
    # fact of the actor where the join reads only those named.
    few = not whole and len(iris) <= ONE_BY_ONE
    sources = load_sources_for(store, iris, actor) if few else load_sentences(store, iris)
    # Each named position once with its sentences (a position is named by several shifts).
    told = {iri: _told(p, sources.get(iri, ())) for iri, p in named.items()}
    shifts = [Shift(s.kind, s.holder, s.topic, told[s.earlier.iri], told[s.later.iri]) for s in shifts]
    return shifts, events
