"""Lay meetings and positions out along time: one lane per counterpart, topic or actor.

A :class:`Timeline` is plain data (lanes, marks, the sentences behind each mark) that
:mod:`diplograph.views.timeline_html` writes as one offline page. A fact appears once in each
lane it belongs to (a meeting of three actors sits in the lanes of both counterparts), so the
page's mark count is ``len(timeline.marks)``. Facts without any date cannot be placed and are
counted in ``undated``.

>>> from diplograph.events.records import Event, Events
>>> ev = Events([Event("urn:m", "meeting", "2025-03-01", ("urn:a", "urn:b"))], {"urn:b": "B"})
>>> t = build_timeline(ev, actor="urn:a")
>>> [lane.label for lane in t.lanes], len(t.marks)
(['B'], 1)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from diplograph.errors import InputError
from diplograph.events.classes import stance_classes
from diplograph.events.records import Event, Events
from diplograph.events.shifts import Shift, find_shifts
from diplograph.gcpause import paused_gc
from diplograph.views.facts import Source
from diplograph.views.filters import topic_name

#: What a lane stands for.
LANE_KINDS = ("counterpart", "topic", "actor")
#: Lanes drawn at most; the facts of the others share one lane ("other …").
MAX_LANES = 40
#: Label of the lane of facts that have no counterpart, topic or actor of the lane kind.
NONE_LABEL = {"counterpart": "(no counterpart)", "topic": "(no topic)", "actor": "(no actor)"}


@dataclass(frozen=True)
class Lane:
    """One row of the timeline: what it stands for (IRI or topic name) and its label."""

    key: str
    label: str


@dataclass(frozen=True)
class Mark:
    """One fact in one lane: kind, date, stance class ("" for meetings), summary, sentences."""

    lane: int
    date: str
    kind: str
    stance_class: str
    summary: str
    evidence: tuple[Source, ...]
    #: "shift" when the holder's stance on the topic changed class here, "contradiction" when
    #: another source reports the opposite within a few days, "" otherwise.
    flag: str = ""


@dataclass
class Timeline:
    """Lanes top to bottom, marks in date order, and what was left out."""

    title: str
    lane_kind: str
    lanes: list[Lane]
    marks: list[Mark]
    undated: int = 0
    shifts: list[Shift] = field(default_factory=list)
    filters: list[str] = field(default_factory=list)


def default_lanes(actor: str | None, topic: str | None) -> str:
    """Counterparts around an actor, actors on a topic, topics otherwise."""
    if actor:
        return "counterpart"
    return "actor" if topic else "topic"


def _lane_keys(event: Event, kind: str, actor: str | None) -> tuple[str, ...]:
    if kind == "counterpart":
        if actor is None:
            raise InputError("lanes per counterpart need an actor (--actor)")
        return event.counterparts(actor)
    if kind == "topic":
        return event.topics
    return event.actors


def _summary(event: Event, label: Callable[[str], str]) -> str:
    """The mark's hover text; ``label`` names actors and places (see :func:`_labeller`)."""
    actors = ", ".join([label(a) for a in event.actors])
    when = event.date or "undated"
    if event.kind == "meeting":
        where = f" in {label(event.place)}" if event.place else ""
        status = f" ({event.status})" if event.status and event.status != "occurred" else ""
        topics = f" on {', '.join(event.topics)}" if event.topics else ""
        return f"Meeting of {actors}{where}{topics}{status}, {when}"
    targets = ", ".join([label(t) for t in event.targets])
    topics = ", ".join(event.topics) or "(no topic)"
    return f"{actors}: {event.stance} {topics}{' → ' + targets if targets else ''}, {when}"


def _labeller(events: Events) -> Callable[[str], str]:
    """:meth:`Events.label`, remembered: a whole-store page names the same few thousand
    actors and places in ~100k summaries."""
    known: dict[str, str] = {}

    def label(iri: str) -> str:
        name = known.get(iri)
        if name is None:
            name = known[iri] = events.label(iri)
        return name

    return label


@paused_gc
def build_timeline(
    events: Events,
    *,
    actor: str | None = None,
    topic: str | None = None,
    since: date | None = None,
    until: date | None = None,
    lanes: str | None = None,
    max_lanes: int = MAX_LANES,
    title: str = "",
) -> Timeline:
    """The timeline of ``events`` (of ``actor``, on ``topic``, between ``since`` and ``until``)."""
    kind = lanes or default_lanes(actor, topic)
    if kind not in LANE_KINDS:
        raise InputError(f"unknown lane kind {kind!r} (choose from {', '.join(LANE_KINDS)})")
    wanted = topic_name(topic) if topic else None
    first, last = (since.isoformat() if since else ""), (until.isoformat() if until else "")
    kept: list[Event] = []
    undated = 0
    for e in events.events:
        if actor and actor not in e.actors:
            continue
        if wanted and wanted not in e.topics:
            continue
        if not e.date:
            undated += 1
            continue
        if (first and e.date < first) or (last and e.date > last):
            continue
        kept.append(e)
    placed = [(e, _lane_keys(e, kind, actor) or ("",)) for e in kept]
    counts = Counter(key for _, keys in placed for key in set(keys))
    ranked = sorted(counts, key=lambda k: (k == "", -counts[k], events.label(k).casefold() if k else ""))
    shown = ranked[:max_lanes] if len(ranked) <= max_lanes else ranked[: max_lanes - 1]
    index = {key: i for i, key in enumerate(shown)}
    lane_list = [
        Lane(k, events.label(k) if k and kind != "topic" else (k or NONE_LABEL[kind])) for k in shown
    ]
    if len(ranked) > len(shown):
        lane_list.append(Lane("", f"other {kind}s ({len(ranked) - len(shown)})"))
    shifts = find_shifts([e for e in kept if e.kind == "position"])
    flags = {s.later.iri: s.kind for s in shifts}
    classes = stance_classes()
    marks = []
    label = _labeller(events)
    for e, keys in sorted(placed, key=lambda p: (p[0].date, p[0].iri)):
        if len(keys) == 1:
            lanes_of = [index.get(keys[0], len(shown))]
        else:
            lanes_of = sorted({index.get(k, len(shown)) for k in keys})
        summary = _summary(e, label)
        flag, klass = flags.get(e.iri, ""), classes.of(e.stance)
        for lane in lanes_of:
            marks.append(Mark(lane, e.date, e.kind, klass, summary, e.evidence, flag))
    return Timeline(title, kind, lane_list, marks, undated, shifts)


def describe(
    actor: str | None, topic: str | None, since: date | None, until: date | None, lanes: str
) -> list[str]:
    """The options of a timeline in words, for its header."""
    parts = [f"lanes per {lanes}"]
    if actor:
        parts.append(f"actor {actor}")
    if topic:
        parts.append(f"topic {topic_name(topic)}")
    if since:
        parts.append(f"since {since.isoformat()}")
    if until:
        parts.append(f"until {until.isoformat()}")
    return parts


def lane_labels(t: Timeline) -> Sequence[str]:
    """The lane labels, top to bottom."""
    return [lane.label for lane in t.lanes]
