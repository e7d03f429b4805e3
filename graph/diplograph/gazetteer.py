"""The gazetteer of known actors and places, read from ``data/gazetteer/*.ttl``.

The RDF files are the source of truth (built by ``scripts/build_gazetteer.py``); this module
turns them into plain records the extractor can index. Users add their own actors by dropping a
Turtle file of the same shape into the gazetteer folder (or ``DIPLOGRAPH_DATA``).

``*.tsv`` tables (``places.tsv``, built by ``scripts/build_places.py`` from GeoNames) are read
after the Turtle files: a row whose key is already known adds coordinates to it, any other row is
a new place with an English label, other names and coordinates. Thousands of cities as a table
load in milliseconds, where the same as Turtle took seconds at every start-up.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from diplograph import diskcache
from diplograph.ids import key_of, qid_of
from diplograph.store.rdfio import Term, read_triples
from diplograph.vocab import DG

log = logging.getLogger(__name__)

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
#: The vocabulary's properties read below, as strings once: a namespace lookup per triple was a
#: tenth of a second of every start.
_DG_IRI = {
    name: str(DG[name])
    for name in ("adjective", "demonym", "represents", "capitalOf", "locatedIn", "tenure", "orgKind")
}

KINDS = ("Person", "State", "Organization", "Delegation", "Place")


@dataclass(frozen=True)
class Tenure:
    """A post held for a time: the role, whom it serves, from when to when."""

    role: str | None
    represents: str | None
    start: date | None
    end: date | None
    label: str | None = None

    def covers(self, day: date | None) -> bool:
        """Whether the post was held on ``day`` (an unknown day counts as covered)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass
class Entry:
    """One known actor or place."""

    key: str
    kind: str
    labels: dict[str, str] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    adjectives: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    demonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    qid: str | None = None
    represents: str | None = None
    capital_of: str | None = None
    located_in: str | None = None
    org_kind: str | None = None
    tenures: list[Tenure] = field(default_factory=list)
    #: WGS84 latitude and longitude in degrees (places), from places.tsv
    lat: float | None = None
    lon: float | None = None
    #: a place known only from the GeoNames table (matched more cautiously than curated ones)
    from_table: bool = False
    #: names written for one language (labels and tagged alternative labels), by language
    names_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def label(self, lang: str) -> str:
        """The display name in ``lang``, else English, else any name."""
        return self.labels.get(lang) or self.labels.get("en") or next(iter(sorted(self.names)), self.key)

    def all_names(self) -> set[str]:
        """Every name in every language (labels and alternative labels)."""
        return set(self.labels.values()) | self.names

    def names_for(self, lang: str) -> set[str]:
        """The names a text in ``lang`` uses: its own, English ones and untagged ones. A person's
        name is the same in every language; a state's is not ("Hollande" is the Netherlands in
        French and a surname elsewhere)."""
        if self.kind == "Person" or lang not in self.names_in and lang not in self.labels:
            return self.all_names()
        tagged = set().union(*self.names_in.values()) if self.names_in else set()
        return (self.names - tagged) | self.names_in.get(lang, set()) | self.names_in.get("en", set())

    def posts_on(self, day: date | None) -> list[Tenure]:
        """The posts (tenures with a role) held on ``day``; every post when the day is unknown."""
        return [t for t in self.tenures if t.role and (day is None or t.covers(day))]

    def tenure_at(self, day: date | None) -> Tenure | None:
        """The post held on ``day`` (latest-starting first), or None."""
        held = [t for t in self.tenures if t.covers(day)]
        held.sort(key=lambda t: t.start or date.min, reverse=True)
        return held[0] if held else None


@dataclass
class Gazetteer:
    """All entries, by key."""

    entries: dict[str, Entry]
    _capitals: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def get(self, key: str) -> Entry | None:
        """The entry for ``key``."""
        return self.entries.get(key)

    def capital(self, state: str) -> str | None:
        """The key of ``state``'s capital (where a meeting "in Russia" is drawn on a map)."""
        if self._capitals is None:
            self._capitals = {}
            for e in sorted(self.entries.values(), key=lambda e: e.key):
                if e.capital_of:
                    self._capitals.setdefault(e.capital_of, e.key)
        return self._capitals.get(state)

    def stands_for(self, key: str) -> str:
        """Whom a reference names: a capital its state ("Moskau" → Russia), anything else itself."""
        e = self.entries.get(key)
        return e.capital_of if e is not None and e.capital_of else key


def _date(t: Term) -> date | None:
    try:
        return date.fromisoformat(t.value[:10])
    except ValueError:
        return None


def load_gazetteer(folder: Path) -> Gazetteer:
    """Read every ``*.ttl`` under ``folder`` (sorted) into a :class:`Gazetteer`."""
    kind_of = {str(DG[k]): k for k in KINDS}
    entries: dict[str, Entry] = {}
    tenure_nodes: dict[str, dict[str, Term]] = defaultdict(dict)
    tenure_of: dict[str, list[str]] = defaultdict(list)
    pending: list[tuple[Term, Term, Term]] = []
    files = sorted(folder.glob("*.ttl")) if folder.is_dir() else []
    for path in files:
        for s, p, o in read_triples(path):
            if p.value == _RDF_TYPE and o.value in kind_of and s.kind == "iri":
                key = key_of(s.value)
                entries.setdefault(key, Entry(key, kind_of[o.value]))
            pending.append((s, p, o))
    for s, p, o in pending:
        if s.kind == "bnode" or key_of(s.value) not in entries:
            tenure_nodes[s.value][p.value] = o
            continue
        e = entries[key_of(s.value)]
        pv = p.value
        if pv == _RDFS_LABEL and o.lang:
            e.labels.setdefault(o.lang, o.value)
            e.names_in[o.lang].add(o.value)
            if e.labels[o.lang] != o.value:
                e.names.add(o.value)
        elif pv == _SKOS_ALT:
            e.names.add(o.value)
            if o.lang:
                e.names_in[o.lang].add(o.value)
        elif pv == _DG_IRI["adjective"]:
            e.adjectives[o.lang or "und"].add(o.value)
        elif pv == _DG_IRI["demonym"]:
            e.demonyms[o.lang or "und"].add(o.value)
        elif pv == _OWL_SAME:
            e.qid = qid_of(o.value) or e.qid
        elif pv == _DG_IRI["represents"]:
            e.represents = key_of(o.value)
        elif pv == _DG_IRI["capitalOf"]:
            e.capital_of = key_of(o.value)
        elif pv == _DG_IRI["locatedIn"]:
            e.located_in = key_of(o.value)
        elif pv == _DG_IRI["tenure"]:
            tenure_of[e.key].append(o.value)
        elif pv == _DG_IRI["orgKind"]:
            e.org_kind = o.value
    for key, nodes in tenure_of.items():
        for node in nodes:
            t = tenure_nodes.get(node, {})
            role = t.get(str(DG.role))
            rep = t.get(str(DG.represents))
            start, end = t.get(str(DG.startDate)), t.get(str(DG.endDate))
            lab = t.get(str(DG.roleLabel))
            entries[key].tenures.append(
                Tenure(
                    role=role.value.rsplit("#", 1)[-1] if role else None,
                    represents=key_of(rep.value) if rep else None,
                    start=_date(start) if start else None,
                    end=_date(end) if end else None,
                    label=lab.value if lab else None,
                )
            )
    tables = sorted(folder.glob("*.tsv")) if folder.is_dir() else []
    for path in tables:
        read_place_table(path, entries)
    log.info("gazetteer: %d entries from %d files", len(entries), len(files) + len(tables))
    return Gazetteer(entries)


def _day(ordinal: int | None) -> date | None:
    return date.fromordinal(ordinal) if ordinal is not None else None


def _ordinal(day: date | None) -> int | None:
    return day.toordinal() if day is not None else None


def gazetteer_state(gaz: Gazetteer) -> list[tuple[Any, ...]]:
    """The entries of ``gaz`` as plain values (:mod:`marshal` data), in their order, for
    :func:`gazetteer_from_state` to give them back equal (see :mod:`diplograph.diskcache`)."""
    return [
        (
            e.key,
            e.kind,
            e.labels,
            e.names,
            dict(e.adjectives),
            dict(e.demonyms),
            e.qid,
            e.represents,
            e.capital_of,
            e.located_in,
            e.org_kind,
            [(t.role, t.represents, _ordinal(t.start), _ordinal(t.end), t.label) for t in e.tenures],
            e.lat,
            e.lon,
            e.from_table,
            dict(e.names_in),
        )
        for e in gaz.entries.values()
    ]


def gazetteer_from_state(state: list[tuple[Any, ...]]) -> Gazetteer:
    """The gazetteer whose :func:`gazetteer_state` is ``state``."""
    entries = {}
    for key, kind, labels, names, adj, dem, qid, rep, cap, loc, org, tenures, *rest in state:
        lat, lon, table, names_in = rest
        entries[key] = Entry(
            key,
            kind,
            labels,
            names,
            defaultdict(set, adj),
            defaultdict(set, dem),
            qid,
            rep,
            cap,
            loc,
            org,
            [Tenure(role, r, _day(start), _day(end), label) for role, r, start, end, label in tenures],
            lat,
            lon,
            table,
            defaultdict(set, names_in),
        )
    return Gazetteer(entries)


def cached_gazetteer(folder: Path, digest: str | None = None) -> Gazetteer:
    """:func:`load_gazetteer`, read back from the cache when ``folder`` and the code are the
    same as when it was cached (:mod:`diplograph.diskcache`). ``digest``, when given, must
    cover both (``Resources.data_digest``, already computed for the name index)."""
    if diskcache.cache_dir() is None:
        return load_gazetteer(folder)
    digest = digest or diskcache.folder_digest(folder) + diskcache.source_digest()
    state = diskcache.load("gazetteer", digest)
    if state is not None:
        try:
            return gazetteer_from_state(state)
        except (TypeError, ValueError, OverflowError) as exc:  # a well-formed file of other shape
            log.debug("gazetteer cache not usable: %s", exc)
    gaz = load_gazetteer(folder)
    diskcache.save("gazetteer", digest, gazetteer_state(gaz))
    return gaz


def read_place_table(path: Path, entries: dict[str, Entry]) -> None:
    """Add the rows of a places table (key, lat, lon, source, label, names) to ``entries``."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("key\t") or not line.strip():
                continue
            key, lat, lon, _source, label, names = line.rstrip("\n").split("\t")
            e = entries.get(key)
            if e is None:
                if not label:
                    log.warning("%s: %s is no known place and has no label", path.name, key)
                    continue
                e = entries[key] = Entry(key, "Place", labels={"en": label}, from_table=True)
                e.names_in["en"].add(label)
                if names:
                    e.names.update(names.split("|"))
            e.lat, e.lon = float(lat), float(lon)
