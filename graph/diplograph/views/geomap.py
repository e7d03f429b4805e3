"""``diplograph map``: meetings drawn at their venues on a world outline, as one HTML file.

Why no script at all: the page is an inline SVG (the Natural Earth outline from
:mod:`diplograph.views.geo` and one circle per venue, its area growing with the number of
meetings) and one panel per venue that CSS shows when its marker's link is followed
(``:target``). Every name, sentence and title is escaped with :func:`html.escape`, and the
Content-Security-Policy forbids scripts and any network access, so hostile article text is shown,
never run, and the file works offline from ``file://``.

Coordinates come from the store (``schema:latitude``/``schema:longitude`` of places in the
reference graph, written from the place gazetteer at ingest); a meeting placed in a state is
drawn at the state's capital. Meetings whose place has no coordinates, or that have no place, are
counted in the header, not drawn.
"""

from __future__ import annotations

import html
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from diplograph.errors import InputError
from diplograph.views.facts import (
    ONE_BY_ONE,
    Entity,
    Facts,
    Meeting,
    QueryStore,
    Source,
    load_entities,
    load_fact_dates,
    load_meetings,
    load_sources,
    local_name,
    select,
    strings,
)
from diplograph.views.filters import Filters
from diplograph.views.geo import world_path
from diplograph.views.network import find_actor
from diplograph.views.tooltip import clean

#: Sentences shown per meeting in a venue's panel.
MAX_SOURCES = 3


@dataclass(frozen=True)
class Marker:
    """One venue: where it is and the meetings held there (newest first)."""

    place: str
    label: str
    lat: float
    lon: float
    meetings: tuple[Meeting, ...]


@dataclass(frozen=True)
class MapData:
    """What a map shows: markers, and the shown meetings it could not place."""

    markers: tuple[Marker, ...]
    unplaced: int
    no_place: int
    #: display labels of the participants of the shown meetings
    labels: dict[str, str]


def load_coordinates(store: QueryStore) -> dict[str, tuple[float, float]]:
    """Place (or state) IRI → (lat, lon); a place's own coordinates win over its capital's."""
    own: dict[str, tuple[float, float]] = {}
    capital: dict[str, tuple[float, float]] = {}
    for place, lat, lon, via in select(store, "place-coordinates"):
        try:
            point = (float(str(lat)), float(str(lon)))
        except ValueError:
            continue
        target = capital if via is not None else own
        target.setdefault(str(place), point)
    return {**capital, **own}


def _kept_meetings(facts: Facts, filters: Filters) -> list[Meeting]:
    """The meetings a view with ``filters`` would show (hops widen --actor to its partners)."""
    kept = [m for m in facts.meetings if filters.keeps(m.date, m.topics)]
    types = filters.type_names()
    if types:
        kept = [
            m
            for m in kept
            if any((e := facts.entities.get(p)) is not None and e.type in types for p in m.participants)
        ]
    if filters.actor:
        center = find_actor(facts, filters.actor)
        near = _within(kept, center, max(filters.hops - 1, 0))
        kept = [m for m in kept if near & set(m.participants)]
    return kept


def _within(meetings: Iterable[Meeting], center: str, radius: int) -> set[str]:
    """Actors at most ``radius`` meetings away from ``center`` (radius 0: the actor alone)."""
    partners: dict[str, set[str]] = defaultdict(set)
    for m in meetings:
        for p in m.participants:
            partners[p].update(m.participants)
    seen, frontier = {center}, {center}
    for _ in range(radius):
        frontier = {q for p in frontier for q in partners[p]} - seen
        seen |= frontier
    return seen


def _meeting_places(store: QueryStore) -> dict[str, str]:
    """Every meeting's place ("" for none; of several, the smallest IRI, as :func:`load_meetings`
    picks)."""
    places: dict[str, set[str]] = defaultdict(set)
    for meeting, place in strings(store, "meeting-places"):
        found = places[str(meeting)]
        if place is not None:
            found.add(place)
    return {m: min(ps, default="") for m, ps in places.items()}


def _narrows(filters: Filters) -> bool:
    """Whether ``filters`` drop meetings (--min-weight drops only markers): then every meeting
    is read in full, as the counts of those not drawn are of the kept meetings."""
    return bool(filters.since or filters.until or filters.topic or filters.types or filters.actor)


def map_data(store: QueryStore, filters: Filters | None = None) -> MapData:
    """Read the store and group the kept meetings by venue.

    Without filters that drop meetings only the meetings at a place with coordinates are read
    in full (participants, details, dates, then sentences), and only their actors' labels: on a
    large store most meetings are at places the gazetteer does not know, and reading them all
    was most of the time of a map (docs/map.md).
    """
    filters = filters or Filters()
    if filters.stance:
        raise InputError("the map shows meetings, which have no stances: leave out --stance")
    coords = load_coordinates(store)
    entities: dict[str, Entity] | None = None
    drawn: list[Meeting] | None = None
    if _narrows(filters):
        entities = load_entities(store, mentions=False)
        # Articles' dates date the meetings without a date of their own: needed for every
        # meeting only when a date filter is set; otherwise only the drawn ones' are read below.
        dated = bool(filters.since or filters.until)
        every = load_meetings(store, load_fact_dates(store) if dated else {})
        kept = _kept_meetings(Facts(entities, every, ()), filters)
        places = {m.iri: m.place for m in kept}
        if dated:
            drawn = [m for m in kept if m.place in coords]
    else:
        places = _meeting_places(store)
    if drawn is None:
        iris = {m for m, p in places.items() if p in coords}
        drawn = list(load_meetings(store, load_fact_dates(store, iris), iris))
    no_place = sum(1 for p in places.values() if not p)
    unplaced = sum(1 for p in places.values() if p and p not in coords)
    sentences = _sentences_of(store, {m.iri for m in drawn})
    by_place: dict[str, list[Meeting]] = defaultdict(list)
    for m in drawn:
        by_place[m.place].append(replace(m, evidence=sentences.get(m.iri, ())))
    shown = {p: ms for p, ms in by_place.items() if len(ms) >= filters.min_weight}
    if entities is None:
        named = {a for ms in shown.values() for m in ms for a in m.participants}
        entities = load_entities(store, iris=named | set(shown), mentions=False)
    label = Facts(entities, (), ()).label
    markers = [
        Marker(p, label(p), *coords[p], tuple(sorted(ms, key=lambda m: (m.date, m.iri), reverse=True)))
        for p, ms in shown.items()
    ]
    markers.sort(key=lambda k: (-len(k.meetings), k.label, k.place))
    labels = {p: label(p) for k in markers for m in k.meetings for p in m.participants}
    return MapData(tuple(markers), unplaced, no_place, labels)


def _sentences_of(store: QueryStore, meetings: set[str]) -> dict[str, tuple[Source, ...]]:
    """The evidence sentences of the meetings on the map only: a store's other meetings (those
    without a known venue) are most of them on a large store, and their sentences most of the
    time of reading it."""
    if len(meetings) <= ONE_BY_ONE:
        found: dict[str, tuple[Source, ...]] = {}
        for iri in sorted(meetings):
            found.update(load_sources(store, iri))
        return found
    every = load_sources(store, meetings_only=True)
    return {iri: every[iri] for iri in meetings if iri in every}


def radius(count: int) -> float:
    """Marker radius in degrees: the area grows with the number of meetings.

    >>> radius(1), radius(4), radius(400)
    (1.4, 2.2, 9.0)
    """
    return round(min(0.6 + 0.8 * math.sqrt(count), 9.0), 2)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
  html, body {{ margin: 0; height: 100%; font: 14px/1.4 sans-serif; color: #222; }}
  body {{ display: flex; flex-direction: column; }}
  header {{ padding: .4rem 1rem; border-bottom: 1px solid #ddd; }}
  header h1 {{ font-size: 1.1rem; margin: 0; }}
  header p {{ margin: .1rem 0; color: #555; }}
  main {{ flex: 1; display: flex; min-height: 0; }}
  #map {{ flex: 3; min-width: 0; background: #dfeaf3; }}
  #map svg {{ width: 100%; height: 100%; display: block; }}
  .land {{ fill: #f4f1ea; stroke: #b9b2a3; stroke-width: .15; }}
  .marker {{ fill: #c0392b; fill-opacity: .65; stroke: #7b241c; stroke-width: .2; }}
  a:hover .marker, a:focus .marker {{ fill: #e67e22; }}
  aside {{ flex: 2; overflow: auto; padding: .5rem 1rem; border-left: 1px solid #ddd; max-width: 34rem; }}
  .panel {{ display: none; }}
  .panel:target {{ display: block; }}
  aside:has(.panel:target) #intro {{ display: none; }}
  .panel h2 {{ font-size: 1.05rem; margin: .2rem 0; }}
  .panel ol {{ padding-left: 1.2rem; }}
  .meta {{ color: #555; margin: .3rem 0 .1rem; }}
  blockquote {{ margin: .1rem 0 .1rem .3rem; padding-left: .5rem; border-left: 3px solid #ddd; }}
  .src {{ color: #777; font-size: .85rem; margin: 0 0 .2rem .8rem; }}
  #intro li {{ margin: .1rem 0; }}
</style>
</head>
<body>
<header><h1>{title}</h1><p>{summary}</p>{filters}</header>
<main>
<div id="map"><svg viewBox="-180 -90 360 180" preserveAspectRatio="xMidYMid meet" role="img"
 aria-label="World map of meeting places"><path class="land" d="{world}"/>
<g id="markers">{markers}</g></svg></div>
<aside><section id="intro"><p>Click a circle to see the meetings held there.</p><ol>{index}</ol></section>
{panels}</aside>
</main>
</body>
</html>
"""


def _e(text: object) -> str:
    return html.escape(clean(str(text), 400), quote=True)


def _names(iris: Sequence[str], labels: dict[str, str]) -> str:
    return ", ".join(_e(labels.get(i, local_name(i))) for i in iris)


def _panel(i: int, k: Marker, labels: dict[str, str]) -> str:
    items = []
    for m in k.meetings:
        sources = "".join(
            f"<blockquote>{_e(s.text)}</blockquote>"
            f'<p class="src">{" · ".join(_e(x) for x in (s.title, s.issued[:10], s.url) if x)}</p>'
            for s in m.evidence[:MAX_SOURCES]
        )
        extra = len(m.evidence) - MAX_SOURCES
        more = f'<p class="src">… {extra} more</p>' if extra > 0 else ""
        meta = " · ".join(
            x for x in (_e(m.date[:10]) or "undated", _names(m.participants, labels), _e(m.status)) if x
        )
        items.append(f'<li><p class="meta">{meta}</p>{sources}{more}</li>')
    n = len(k.meetings)
    return (
        f'<section class="panel" id="p{i}"><h2>{_e(k.label)}</h2>'
        f"<p>{n} meeting{'s' if n != 1 else ''}</p><ol>{''.join(items)}</ol></section>"
    )


def render_map(data: MapData, title: str = "Meetings", filters: Sequence[str] = ()) -> str:
    """The whole page as a string (see the module docstring for why it has no script)."""
    markers, panels, index = [], [], []
    for i, k in enumerate(data.markers):  # largest first, so small circles lie on top
        n = len(k.meetings)
        tip = f"{_e(k.label)}: {n} meeting{'s' if n != 1 else ''}"
        markers.append(
            f'<a href="#p{i}"><circle class="marker" cx="{k.lon:.3f}" cy="{-k.lat:.3f}" '
            f'r="{radius(n)}" data-count="{n}"><title>{tip}</title></circle></a>'
        )
        panels.append(_panel(i, k, data.labels))
        index.append(f'<li><a href="#p{i}">{tip}</a></li>')
    shown = sum(len(k.meetings) for k in data.markers)
    summary = f"{shown} meetings at {len(data.markers)} places"
    if data.unplaced or data.no_place:
        summary += (
            f"; not drawn: {data.unplaced} at places without coordinates, {data.no_place} without a place"
        )
    summary += ". Outline: Natural Earth (public domain). Places: GeoNames (CC BY 4.0)."
    shown_filters = f"<p>Filters: {'; '.join(_e(f) for f in filters)}</p>" if filters else ""
    return _PAGE.format(
        title=_e(title),
        summary=html.escape(summary),
        filters=shown_filters,
        world=world_path(),
        markers="".join(markers),
        panels="\n".join(panels),
        index="".join(index),
    )


def write_map(
    store: QueryStore, path: str | os.PathLike[str], filters: Filters | None = None, title: str = "Meetings"
) -> tuple[Path, MapData]:
    """Write the map of ``store``'s meetings to ``path``; return the path and what it shows."""
    filters = filters or Filters()
    data = map_data(store, filters)
    out = Path(path)
    out.write_text(render_map(data, title, filters.describe()), encoding="utf-8")
    return out, data
