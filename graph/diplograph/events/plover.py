"""Event data: one record per meeting and position, coded with PLOVER event types.

Political scientists load event data (POLECAT, GDELT, ICEWS) as one row per event: who did
what to whom, when, where. This module turns :class:`~diplograph.events.records.Event`s into
such rows: source and target actors with Wikidata IDs and ISO 3166-1 alpha-3 country codes,
the PLOVER event type and mode (``data/events/plover.yml``), the date, the place with its
coordinates and country, and the evidence sentence with its article.

Coordinates are read from the place gazetteer as W3C WGS84 ``geo:lat``/``geo:long``, else as
``schema:latitude``/``schema:longitude`` (``events/queries/places.rq``); a place without them
gets empty coordinates. Country codes come from ``data/gazetteer/country-codes.csv``.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph

from diplograph import ids
from diplograph.errors import DataError, InputError
from diplograph.events.records import Event, Events, ValueStore, load_events, load_query, scan_query
from diplograph.gcpause import paused_gc
from diplograph.paths import data_dir
from diplograph.resources import read_yaml
from diplograph.views.filters import STANCE_CLASSES
from diplograph.vocab import DG

MAPPING_FILE = Path("events") / "plover.yml"
CODES_FILE = Path("gazetteer") / "country-codes.csv"
PLACES_FILE = Path("gazetteer") / "places.ttl"
#: Output formats of ``export-events``.
EVENT_FORMATS = ("plover", "csv")
#: Columns of the CSV export, in order.
CSV_COLUMNS = (
    "event_id", "date", "date_source", "event_type", "mode", "cameo", "kind", "stance", "status", "topics",
    "source", "source_iri", "source_wikidata", "source_country",
    "target", "target_iri", "target_wikidata", "target_country",
    "place", "place_iri", "place_wikidata", "latitude", "longitude", "place_country",
    "evidence", "article_title", "article_url", "article_date",
)  # fmt: skip


@dataclass(frozen=True)
class Coding:
    """The PLOVER coding of one kind of fact."""

    event: str
    mode: str
    cameo: str


@functools.cache
def plover_mapping(folder: Path | None = None) -> dict[str, Coding]:
    """Load ``data/events/plover.yml``: ``meeting`` and every stance → its PLOVER coding."""
    path = (folder or data_dir()) / MAPPING_FILE
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(f"{path}: expected a mapping")
    needed = {"meeting", *STANCE_CLASSES}
    unknown, missing = set(raw) - needed, needed - set(raw)
    if unknown or missing:
        raise DataError(f"{path}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    out = {}
    for key, entry in raw.items():
        if not isinstance(entry, dict) or not entry.get("event"):
            raise DataError(f"{path}: {key}: needs an 'event'")
        mode, cameo = str(entry.get("mode") or ""), str(entry.get("cameo") or "")
        out[str(key)] = Coding(str(entry["event"]), mode, cameo)
    return out


@functools.cache
def country_codes(folder: Path | None = None) -> dict[str, str]:
    """State IRI → ISO 3166-1 alpha-3 code, from ``data/gazetteer/country-codes.csv``."""
    path = (folder or data_dir()) / CODES_FILE
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as exc:
        raise DataError(f"{path}: {exc}") from exc
    return {str(ids.actor_iri(r["key"])): r["alpha3"] for r in csv.DictReader(lines)}


@dataclass(frozen=True)
class Gazette:
    """What the store knows of actors and places: Wikidata IDs, states, coordinates."""

    qids: dict[str, str]
    represents: dict[str, list[str]]
    located: dict[str, str]
    coords: dict[str, tuple[str, str]]
    codes: dict[str, str]

    def country(self, iri: str) -> str:
        """ISO alpha-3 code of the state ``iri`` is, represents, or lies in ("" if unknown)."""
        for candidate in (iri, *self.represents.get(iri, ()), self.located.get(iri, "")):
            code = self.codes.get(candidate)
            if code:
                return code
        return ""


def load_gazette(store: ValueStore) -> Gazette:
    """Read Wikidata links, represented states, place coordinates and countries from ``store``."""
    qids = {s: ids.qid_of(o) or "" for s, o, *_ in store.values(load_query("same-as")) if s and o}
    represents: dict[str, list[str]] = defaultdict(list)
    rows = store.values(scan_query(DG.represents))
    for s, o, *_ in rows:
        if s and o and o not in represents[s]:
            represents[s].append(o)
    located: dict[str, str] = {}
    coords: dict[str, tuple[str, str]] = {}
    # The store first (its reference graph may carry coordinates), then the place gazetteer
    # itself, which holds what the store's reference graph leaves out (locatedIn, coordinates).
    for s, lat, long, qid, where in [*store.values(load_query("places")), *gazetteer_places()]:
        if s is None:
            continue
        if where and s not in located:
            located[s] = where
        if lat is not None and long is not None and s not in coords:
            coords[s] = (lat, long)
        if qid and not qids.get(s):
            qids[s] = ids.qid_of(qid) or ""
    return Gazette(qids, dict(represents), located, coords, country_codes())


@functools.cache
def gazetteer_places(folder: Path | None = None) -> list[tuple[str | None, ...]]:
    """Rows of ``places.rq`` over ``data/gazetteer/places.ttl`` (read once per process)."""
    path = (folder or data_dir()) / PLACES_FILE
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    return [
        tuple(None if cell is None else str(cell) for cell in row)  # type: ignore[union-attr]
        for row in graph.query(load_query("places"))
    ]


def _actors(iris: Sequence[str], events: Events, gaz: Gazette) -> list[dict[str, str]]:
    return [
        {"name": events.label(a), "iri": a, "wikidata": gaz.qids.get(a, ""), "country": gaz.country(a)}
        for a in iris
    ]


def _sides(e: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Source and target: the holder and targets, or a meeting's first participant and the rest."""
    if e.kind == "position":
        return e.actors, e.targets
    return e.actors[:1], e.actors[1:]


def event_records(events: Events, gaz: Gazette) -> list[dict[str, Any]]:
    """One PLOVER-shaped record per event (see ``docs/events.md`` for the fields)."""
    mapping = plover_mapping()
    out = []
    for e in events.events:
        coding = mapping.get("meeting" if e.kind == "meeting" else e.stance)
        if coding is None:  # a position without a stance has no event type
            continue
        source, target = _sides(e)
        lat, long = gaz.coords.get(e.place, ("", ""))
        out.append(
            {
                "id": ids.key_of(e.iri),
                "date": e.date,
                "date_source": "fact" if e.dated else ("article" if e.date else ""),
                "event_type": coding.event,
                "mode": coding.mode,
                "cameo": coding.cameo,
                "context": list(e.topics),
                "source": _actors(source, events, gaz),
                "target": _actors(target, events, gaz),
                "location": {
                    "name": events.label(e.place) if e.place else "",
                    "iri": e.place,
                    "wikidata": gaz.qids.get(e.place, ""),
                    "lat": lat,
                    "lon": long,
                    "country": gaz.country(e.place) if e.place else "",
                },
                "diplograph": {"kind": e.kind, "stance": e.stance, "status": e.status},
                "evidence": [
                    {"text": s.text, "title": s.title, "url": s.url, "date": s.issued, "article": s.article}
                    for s in e.evidence
                ],
            }
        )
    return out


def _joined(actors: Iterable[dict[str, str]], key: str) -> str:
    return "|".join(a[key] for a in actors)


def csv_row(r: dict[str, Any]) -> list[str]:
    """The CSV cells of one record (several actors or sentences joined with ``|``)."""
    first = r["evidence"][0] if r["evidence"] else {"text": "", "title": "", "url": "", "date": ""}
    loc = r["location"]
    d = r["diplograph"]
    return [
        r["id"], r["date"], r["date_source"], r["event_type"], r["mode"], r["cameo"], d["kind"], d["stance"],
        d["status"], "|".join(r["context"]),
        _joined(r["source"], "name"), _joined(r["source"], "iri"), _joined(r["source"], "wikidata"),
        _joined(r["source"], "country"),
        _joined(r["target"], "name"), _joined(r["target"], "iri"), _joined(r["target"], "wikidata"),
        _joined(r["target"], "country"),
        loc["name"], loc["iri"], loc["wikidata"], loc["lat"], loc["lon"], loc["country"],
        first["text"], first["title"], first["url"], first["date"],
    ]  # fmt: skip


def write_events(records: Sequence[dict[str, Any]], out: io.TextIOBase | Any, fmt: str) -> None:
    """Write ``records`` to the text stream ``out`` as PLOVER JSON Lines or CSV."""
    if fmt == "plover":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_row(r) for r in records)
    else:
        raise InputError(f"unknown event format {fmt!r} (choose from {', '.join(EVENT_FORMATS)})")


@paused_gc
def store_event_records(
    store: ValueStore, actor: str | None = None, since: str = "", until: str = ""
) -> list[dict[str, Any]]:
    """The event records of ``store`` (of ``actor``, an IRI), between two ISO dates."""
    events = load_events(store, actor)
    events.events = [
        e for e in events.events if (not since or e.date >= since) and (not until or e.date <= until)
    ]
    return event_records(events, load_gazette(store))
