"""Read meetings and positions as flat event records, fast, from a store of any size.

The timeline, ``shifts`` and ``export-events`` need every fact with its date, actors, stance,
topics and sentences. One big join is slow in Oxigraph (it joins in written order and pays per
row for OPTIONALs), so this module reads one predicate at a time with a single-pattern query
(``events/queries/values.rq``, the predicate bound, never pasted) and joins in Python. Given
an actor, every read starts from the bound actor instead, and only that actor's facts are read.
For the whole store, every read is known in advance, and a store that can
(:meth:`diplograph.store.GraphStore.values_many`) runs them side by side, two at a time.

>>> Event("urn:m", "meeting", "2025-03-01", ("urn:a", "urn:b")).counterparts("urn:a")
('urn:b',)
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rdflib import URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Identifier

from diplograph.errors import InputError, StoreError
from diplograph.gcpause import paused_gc
from diplograph.store.queries import package_query
from diplograph.views.facts import DEFAULT_LANGS, Source, local_name
from diplograph.vocab import DG

#: The ``schema:url`` property of articles (rdflib's SDO namespace is https://schema.org/ too).
SCHEMA_URL = URIRef("https://schema.org/url")

Rows = list[tuple[str | None, ...]]


class ValueStore(Protocol):
    """Anything with :meth:`diplograph.store.GraphStore.values`."""

    def values(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Rows: ...


@dataclass(frozen=True)
class Event:
    """A meeting or a position, flattened: strings as stored, IRIs for actors and topics.

    ``actors`` are a meeting's participants or a position's holders; ``date`` is the fact's
    own date, else the earliest publication date of its articles ("" when neither is known).
    """

    iri: str
    kind: str
    date: str
    actors: tuple[str, ...]
    targets: tuple[str, ...] = ()
    stance: str = ""
    topics: tuple[str, ...] = ()
    place: str = ""
    status: str = ""
    dated: bool = False
    evidence: tuple[Source, ...] = ()

    def counterparts(self, actor: str) -> tuple[str, ...]:
        """Whom ``actor`` deals with here: the other participants, or the position's targets."""
        if self.kind == "meeting":
            return tuple(a for a in self.actors if a != actor)
        return self.targets

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles this fact was read from, sorted."""
        return tuple(sorted({s.article for s in self.evidence if s.article}))


@dataclass
class Events:
    """Every event read, with display labels of the actors, places and topics involved."""

    events: list[Event]
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, iri: str) -> str:
        """Display label of ``iri``, else its local name."""
        return self.labels.get(iri) or _local(iri)


def load_query(name: str) -> str:
    """The text of ``events/queries/<name>.rq``."""
    return package_query("diplograph.events", name)


class _Reader:
    """Reads one predicate at a time, for the whole store or for one actor's facts."""

    def __init__(
        self, store: ValueStore, actor: str | None, roles: Sequence[URIRef] = (DG.participant, DG.holder)
    ) -> None:
        self.store = store
        self.actor = URIRef(actor) if actor else None
        #: The roles of the actor whose facts are read (only dg:holder when only positions are).
        self.roles = tuple(roles)

    def pairs(self, pred: URIRef) -> Rows:
        """(subject, object) rows of ``pred``: of every subject, or of the actor's facts."""
        if self.actor is None:
            return self.store.values(scan_query(pred))
        rows: Rows = []
        for role in self.roles:
            found = self.store.values(scan_query(pred, "actor-fact-values", role=role), {"actor": self.actor})
            rows += [(s, o) for s, o, _ in found]
        return rows

    def few_valued(self, pred: URIRef) -> Rows:
        """(subject, object) rows of ``pred``, read one object at a time when it has few.

        Stances, topics and statuses take a handful of IRIs over thousands of facts; Oxigraph
        finds the distinct objects without decoding them, and one read per object decodes
        only the subjects (a third less CPU on a 1M-quad store). Otherwise as :meth:`pairs`.
        """
        if self.actor is not None:
            return self.pairs(pred)
        found = [o for o, *_ in self.store.values(scan_query(pred, "objects"))]
        if len(found) > FEW_VALUES or not all(o is not None and _is_iri(o) for o in found):
            return self.pairs(pred)
        rows: Rows = []
        for o in found:
            subjects = self.store.values(scan_query(pred, "subjects", obj=URIRef(str(o))))
            rows += [(subj, o) for subj, *_ in subjects]
        return rows

    def articles(self, pred: URIRef) -> Rows:
        """(fact, article) rows: the named graph each subject of ``pred`` is stated in."""
        if self.actor is None:
            return self.store.values(scan_query(pred, "fact-graphs"))
        found = self.store.values(scan_query(pred, "actor-fact-graphs"), {"actor": self.actor})
        return [(s, o) for s, o, _ in found]

    def sources(self, wanted: set[str]) -> dict[str, tuple[Source, ...]]:
        """The sentences (with their articles) behind the facts in ``wanted``."""
        found: dict[str, list[Source]] = defaultdict(list)
        if self.actor is None:
            # Lists, not sets: hashing a Source costs more than a scan of a fact's one or two.
            for fact, source in _all_sources(self, wanted):
                srcs = found[fact]
                if source not in srcs:
                    srcs.append(source)
        else:
            for role in self.roles:
                rows = self.store.values(scan_query(role, "actor-evidence"), {"actor": self.actor})
                for f, _, text, art, title, issued, url, *_ in rows:
                    if f is not None and f in wanted and text is not None:
                        source = _source(text, art, title, issued, url)
                        if source not in found[f]:
                            found[f].append(source)
        return {fact: _in_order(srcs) for fact, srcs in found.items()}


def _in_order(sources: Collection[Source]) -> tuple[Source, ...]:
    """Sentences by publication date, article, position and text (most facts have one)."""
    if len(sources) == 1:
        return tuple(sources)
    return tuple(sorted(sources, key=lambda s: (s.issued, s.article, s.start, s.text)))


def _source(text: str, art: str | None, title: str | None, issued: str | None, url: str | None) -> Source:
    """A sentence and its article. Offsets are left out (0): reading them for every sentence of
    a large store costs a scan of their own, and they only order sentences within an article."""
    return Source(text, title or "", (issued or "")[:10], url or "", art or "")


#: Up to this many distinct objects, :meth:`_Reader.few_valued` reads one object at a time.
FEW_VALUES = 64


def _is_iri(text: str) -> bool:
    """Whether ``text`` may be written into a query as ``<text>`` (see :func:`scan_query`)."""
    return text.startswith(("http://", "https://")) and _NOT_IN_IRI.search(text) is None


#: Characters that may not appear in an IRI written as ``<...>`` (one search, not one per character).
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\ \n]')


def scan_query(pred: URIRef, name: str = "values", **terms: URIRef) -> str:
    """The query ``name`` with ontology terms written in for ``?pred`` (and ``?<key>`` of ``terms``).

    Only terms of the ontology come here, never user input. Oxigraph plans a query before it
    substitutes bound variables, so a *predicate* left as a bound variable is scanned in full
    and filtered (1.0 s instead of 0.2 s for a hub's evidence); as a constant its index is used.
    """
    text = load_query(name)
    for var, term in sorted({"pred": pred, **terms}.items(), key=lambda kv: -len(kv[0])):
        iri = str(term)
        if not _is_iri(iri):
            raise StoreError(f"not an IRI a query may name: {iri!r}")
        text = text.replace(f"?{var}", f"<{iri}>")
    return text


def _grouped(rows: Iterable[tuple[str | None, ...]]) -> dict[str, tuple[str, ...]]:
    """The objects of each subject, sorted and without repeats (most subjects have one)."""
    out: dict[str, list[str]] = {}
    for s, o, *_ in rows:
        if s is None or o is None:
            continue
        seen = out.get(s)
        if seen is None:
            out[s] = [o]
        elif o not in seen:
            seen.append(o)
    return {s: tuple(objs) if len(objs) == 1 else tuple(sorted(objs)) for s, objs in out.items()}


@functools.lru_cache(maxsize=4096)
def _local(iri: str) -> str:
    """:func:`local_name`, cached: stances, topics and statuses are a handful of IRIs."""
    return local_name(iri)


def _first(rows: Iterable[tuple[str | None, ...]]) -> dict[str, str]:
    """The smallest object of each subject (one read, no sets: most subjects have one)."""
    out: dict[str, str] = {}
    for s, o, *_ in rows:
        if s is None or o is None:
            continue
        seen = out.get(s)
        if seen is None or o < seen:
            out[s] = o
    return out


def _all_sources(reader: _Reader, wanted: set[str]) -> Iterable[tuple[str, Source]]:
    """Every (fact, sentence) of the store with the fact in ``wanted``.

    One read gives each fact's sentences with their articles (``sentences.rq``, joined in
    Oxigraph by hashing, so the evidence IRIs are never decoded); titles, dates and URLs are
    one read per predicate. The offsets only order sentences within an article, and are not
    worth a read of their own.
    """
    titles = _first(reader.pairs(DCTERMS.title))
    issued = _first(reader.pairs(DCTERMS.issued))
    urls = _first(reader.pairs(SCHEMA_URL))
    for fact, text, art in reader.store.values(load_query("sentences")):
        if fact is None or text is None or fact not in wanted:
            continue
        art = art or ""
        yield fact, _source(text, art, titles.get(art), issued.get(art), urls.get(art))


def _bare_sources(reader: _Reader, store: ValueStore, kinds: Sequence[str]) -> dict[str, tuple[Source, ...]]:
    """Sources without sentences: only the article of each fact and its publication date.

    Enough to date facts and tell two sources apart, at a fraction of the cost of sentences.
    """
    rows: Rows = []
    for kind, pred in (("meeting", DG.participant), ("position", DG.holder)):
        if kind in kinds:
            rows += reader.articles(pred)
    issued = _first(store.values(scan_query(DCTERMS.issued)))
    out: dict[str, set[Source]] = defaultdict(set)
    for fact, art in rows:
        if fact is not None and art is not None:
            out[fact].add(Source("", "", issued.get(art, "")[:10], "", art))
    return {f: tuple(sorted(srcs, key=lambda s: s.article)) for f, srcs in out.items()}


#: Up to this many facts, :func:`load_sources_for` asks for each fact's sentences on its own;
#: above, reading all sentences of the store at once is faster.
ONE_BY_ONE = 400


@paused_gc
def load_sources_for(
    store: ValueStore, facts: Sequence[str], actor: str | None = None
) -> dict[str, tuple[Source, ...]]:
    """The sentences behind ``facts`` (IRIs), with their articles."""
    if not facts:
        return {}
    reader = _Reader(store, actor)
    if actor is not None or len(facts) > ONE_BY_ONE:
        return reader.sources(set(facts))
    out: dict[str, tuple[Source, ...]] = {}
    for fact in facts:
        rows = store.values(load_query("fact-evidence"), {"f": URIRef(fact)})
        found = {
            _source(text, art, title, issued, url)
            for _, _, text, art, title, issued, url in rows
            if text is not None
        }
        out[fact] = _in_order(found)
    return out


def load_labels(store: ValueStore, langs: Sequence[str] = DEFAULT_LANGS) -> dict[str, str]:
    """One display label per IRI, in the first of ``langs`` it has (then untagged, then any)."""
    best: dict[str, tuple[int, str]] = {}
    for s, label, lang in store.values(load_query("labels")):
        if s is None or label is None:
            continue
        rank = langs.index(lang) if lang in langs else len(langs) + (1 if lang else 0)
        if s not in best or (rank, label) < best[s]:
            best[s] = (rank, label)
    return {s: label for s, (_, label) in best.items()}


class _Prefetched:
    """A store whose answers to some queries (without bindings) were read in advance, at once.

    :func:`load_events` knows every whole-store read it will make; a store with
    ``values_many`` (:class:`~diplograph.store.GraphStore`) runs them side by side, and the
    readers below find the rows here. Any other query goes to the store as before.
    """

    def __init__(self, store: ValueStore, queries: Sequence[str], known: Mapping[str, Rows]) -> None:
        self.store = store
        wanted = list(dict.fromkeys(queries))
        many = getattr(store, "values_many", None)
        self.rows: dict[str, Rows] = dict(zip(wanted, many(wanted), strict=True)) if many else {}
        self.rows.update(known)

    def values(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Rows:
        """The rows read in advance for ``sparql``, else the store's answer."""
        if not bindings and sparql in self.rows:
            return self.rows.pop(sparql)
        return self.store.values(sparql, bindings)


def _prefetch(store: ValueStore, kinds: Sequence[str], sources: bool, targets: bool) -> ValueStore:
    """``store`` with the whole-store reads of :func:`load_events` done in advance, side by side.

    The distinct stances, statuses and topics are read first (cheap), so that the reads per
    value of :meth:`_Reader.few_valued` can go in the same batch as the others.
    """
    if getattr(store, "values_many", None) is None:
        return store
    preds = [DG.date]
    few = [DG.topic]
    if "meeting" in kinds:
        preds += [DG.participant, DG.place]
        few.append(DG.status)
    if "position" in kinds:
        preds += [DG.holder] + ([DG.target] if targets else [])
        few.append(DG.stance)
    queries = [load_query("sentences")] if sources else []
    queries += [scan_query(p) for p in preds]
    queries += [scan_query(p) for p in (DCTERMS.title, DCTERMS.issued, SCHEMA_URL)] if sources else []
    if not sources:
        queries.append(scan_query(DCTERMS.issued))
    queries.append(load_query("labels"))
    known: dict[str, Rows] = {}
    for pred in few:
        known[scan_query(pred, "objects")] = rows = store.values(scan_query(pred, "objects"))
        found = [o for o, *_ in rows]
        if len(found) > FEW_VALUES or not all(o is not None and _is_iri(o) for o in found):
            queries.append(scan_query(pred))
        else:
            queries += [scan_query(pred, "subjects", obj=URIRef(str(o))) for o in found]
    return _Prefetched(store, queries, known)


@paused_gc
def load_events(
    store: ValueStore,
    actor: str | None = None,
    *,
    kinds: Sequence[str] = ("meeting", "position"),
    sources: bool = True,
    targets: bool = True,
    langs: Sequence[str] = DEFAULT_LANGS,
) -> Events:
    """Read the meetings and positions of the store, or those in which ``actor`` (IRI) acts.

    ``sources=False`` skips the sentences (and dates facts without a date of their own by
    nothing): :mod:`diplograph.events.shifts` reads sentences only for what it reports.
    ``targets=False`` leaves positions' targets empty, for readers that never show them.
    """
    roles = [role for kind, role in (("meeting", DG.participant), ("position", DG.holder)) if kind in kinds]
    if actor is None:
        store = _prefetch(store, kinds, sources, targets)
    reader = _Reader(store, actor, roles)
    # A meeting is what has participants, a position what has a holder (the shapes require
    # both); reading rdf:type instead would read every typed node of every article.
    people = _grouped(reader.pairs(DG.participant)) if "meeting" in kinds else {}
    holders = _grouped(reader.pairs(DG.holder)) if "position" in kinds else {}
    facts = {**{f: "meeting" for f in people}, **{f: "position" for f in holders}}
    stances = _first(reader.few_valued(DG.stance)) if "position" in kinds else {}
    aimed = _grouped(reader.pairs(DG.target)) if targets and "position" in kinds else {}
    places = _first(reader.pairs(DG.place)) if "meeting" in kinds else {}
    statuses = _first(reader.few_valued(DG.status)) if "meeting" in kinds else {}
    topics = _grouped(reader.few_valued(DG.topic))
    dates = _first(reader.pairs(DG.date))
    evidence = reader.sources(set(facts)) if sources else _bare_sources(reader, store, kinds)
    events = []
    for iri in sorted(facts):
        kind = facts[iri]
        actors = people.get(iri) if kind == "meeting" else holders.get(iri)
        if not actors:
            continue
        srcs = evidence.get(iri, ())
        own = dates.get(iri, "")[:10]
        if own or not srcs:
            day = own
        elif len(srcs) == 1:
            day = srcs[0].issued[:10]
        else:
            day = min((s.issued for s in srcs if s.issued), default="")[:10]
        names = topics.get(iri, ())
        events.append(
            Event(
                iri,
                kind,
                day,
                actors,
                aimed.get(iri, ()),
                _local(stances.get(iri, "")),
                (_local(names[0]),) if len(names) == 1 else tuple(sorted(_local(t) for t in names)),
                places.get(iri, ""),
                _local(statuses.get(iri, "")),
                bool(own),
                srcs,
            )
        )
    return Events(events, load_labels(store, langs))


def find_actor_iri(store: ValueStore, name: str) -> str:
    """Resolve an actor given as IRI, key (``state/russia``) or any name it was seen under.

    Names go through the cookbook's ``find-actor`` query with the name bound, never pasted.
    """
    from rdflib import Literal

    from diplograph import ids
    from diplograph.store.queries import load_query as cookbook

    wanted = name.strip()
    if wanted.startswith(("http://", "https://", "urn:")):
        return wanted
    if "/" in wanted and " " not in wanted:
        return str(ids.actor_iri(wanted))
    rows = store.values(cookbook("find-actor"), {"name": Literal(wanted)})
    found = list(dict.fromkeys(r[1] for r in rows if r[1]))
    if not found:
        raise InputError(f"no actor named {name!r} in the store")
    if len(found) > 1:
        raise InputError(f"{name!r} names several actors ({', '.join(found)}): give an IRI or key")
    return found[0]
