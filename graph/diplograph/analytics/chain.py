"""The shortest chain of meetings that links two actors, with the evidence for every hop.

"How is A connected to B?" is answered with meetings only (positions are not contacts).
Each hop names the earliest meeting between the two actors, its place and date, the
sentence it was read from and that sentence's article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from diplograph.analytics.report import Report, Table
from diplograph.errors import InputError
from diplograph.gcpause import paused_gc
from diplograph.views.facts import (
    Entity,
    Facts,
    Meeting,
    QueryStore,
    load_entities,
    load_facts,
    load_sources,
    remembered,
)
from diplograph.views.filters import Filters
from diplograph.views.network import find_actor


@dataclass(frozen=True)
class Hop:
    """One meeting on the chain, from ``source`` to ``target``."""

    source: str
    target: str
    meetings: int
    date: str
    place: str
    sentence: str
    title: str
    url: str
    #: The meeting the hop names (its sentence is read for it alone, see :func:`store_chain`).
    meeting: str = ""


def shortest_chain(facts: Facts, a: str, b: str, filters: Filters | None = None) -> list[Hop]:
    """Hops of a shortest chain of meetings from actor ``a`` to actor ``b`` (names or IRIs)."""
    keep = filters or Filters()
    start, end = find_actor(facts, a), find_actor(facts, b)
    if start == end:
        raise InputError(f"{a!r} and {b!r} are the same actor")
    met: dict[frozenset[str], list[Meeting]] = defaultdict(list)
    g = nx.Graph()
    for m in facts.meetings:
        if keep.keeps(m.date, m.topics):
            for i, u in enumerate(m.participants):
                for v in m.participants[i + 1 :]:
                    met[frozenset((u, v))].append(m)
                    g.add_edge(u, v)
    try:
        path = nx.shortest_path(g, start, end)
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        raise InputError(f"no chain of meetings links {facts.label(start)} and {facts.label(end)}") from None
    hops = []
    for u, v in zip(path, path[1:], strict=False):
        meetings = sorted(met[frozenset((u, v))], key=lambda m: (m.date or "9999", m.iri))
        first = meetings[0]
        src = first.evidence[0] if first.evidence else None
        hops.append(
            Hop(
                u,
                v,
                len(meetings),
                first.date,
                facts.label(first.place) if first.place else "",
                src.text if src else "",
                src.title if src else "",
                src.url if src else "",
                first.iri,
            )
        )
    return hops


def chain_report(facts: Facts, hops: list[Hop]) -> Report:
    """The hops as one table, with labels."""
    rows = [
        (
            facts.label(h.source),
            facts.label(h.target),
            h.date,
            h.place,
            h.meetings,
            h.sentence,
            h.title,
            h.url,
        )
        for h in hops
    ]
    columns = ("from", "to", "date", "place", "meetings", "sentence", "article", "url")
    return Report([Table("path", columns, list(rows))])


@paused_gc
def store_chain(store: QueryStore, a: str, b: str, filters: Filters | None = None) -> Report:
    """:func:`shortest_chain` on everything in ``store``, as a report.

    Unfiltered, on a store with a summary, the chain is found on the kept meeting links
    (:func:`indexed_chain`) instead of every meeting.
    """
    if getattr(store, "memo", None) is not None and not (filters is not None and filters.active):
        facts, hops = indexed_chain(store, a, b)
    else:
        facts = chain_facts(store)
        hops = shortest_chain(facts, a, b, filters)
    return chain_report(facts, [_with_sentence(store, hop) for hop in hops])


def chain_links(facts: Facts) -> list[list[Any]]:
    """Each pair of actors that met, in the order :func:`shortest_chain` first links them, with
    how often they met and the earliest meeting's IRI, date and place: all an unfiltered chain
    needs, a row per pair instead of per meeting."""
    links: dict[tuple[str, str], list[Any]] = {}
    for m in facts.meetings:
        rank = (m.date or "9999", m.iri)
        for i, u in enumerate(m.participants):
            for v in m.participants[i + 1 :]:
                found = links.get((u, v))
                if found is None:
                    links[(u, v)] = [u, v, 1, m.iri, m.date, m.place, rank]
                    continue
                found[2] += 1
                if rank < found[6]:
                    found[3:7] = [m.iri, m.date, m.place, rank]
    return [row[:6] for row in links.values()]


def folded_links(rows: Iterable[tuple[str, str, str, str, str]]) -> list[list[Any]]:
    """:func:`chain_links` from the links of every meeting, ``(u, v, meeting, date, place)`` with
    ``u`` before ``v`` among its participants, in any order: the same rows in the same order
    (a pair comes where its first meeting by IRI links it, pairs of one meeting by ``u``, ``v``)."""
    links: dict[tuple[str, str], list[Any]] = {}
    for u, v, iri, date, place in rows:
        rank = (date or "9999", iri)
        found = links.get((u, v))
        if found is None:
            links[(u, v)] = [u, v, 1, iri, date, place, rank, iri]
            continue
        found[2] += 1
        if rank < found[6]:
            found[3:7] = [iri, date, place, rank]
        found[7] = min(found[7], iri)
    return [row[:6] for row in sorted(links.values(), key=lambda row: (row[7], row[0], row[1]))]


def kept_chain_links(store: QueryStore) -> dict[str, Any]:
    """The actors and the pairs that met which :func:`indexed_chain` searches, as JSON-able
    data, kept by the store's summary once per version of the store (also computed right
    after a write: :func:`diplograph.summary.figures.keep_figures`)."""

    def read() -> dict[str, Any]:
        combined = getattr(store, "meeting_links", None)
        if combined is not None:
            # The summary keeps every graph's meeting links: no meeting need be read.
            return {**_facts_json(Facts(load_entities(store), (), ())), "links": folded_links(combined())}
        facts = chain_facts(store)
        return {**_facts_json(Facts(facts.entities, (), ())), "links": chain_links(facts)}

    return remembered(store, "chain-links", read)


def indexed_chain(store: QueryStore, a: str, b: str) -> tuple[Facts, list[Hop]]:
    """:func:`shortest_chain` without filters, on links kept by the store's summary.

    The graph is built from the pairs in the order :func:`shortest_chain` adds its edges (a
    pair's first meeting, participants in order), so networkx walks it the same way and picks
    the same one of several shortest chains; each hop names the same earliest meeting.
    """
    data = kept_chain_links(store)
    facts = _facts_from_json(data)
    start, end = find_actor(facts, a), find_actor(facts, b)
    if start == end:
        raise InputError(f"{a!r} and {b!r} are the same actor")
    g = nx.Graph()
    g.add_edges_from((u, v) for u, v, *_ in data["links"])
    try:
        path = nx.shortest_path(g, start, end)
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        raise InputError(f"no chain of meetings links {facts.label(start)} and {facts.label(end)}") from None
    links = {(u, v): (count, iri, date, place) for u, v, count, iri, date, place in data["links"]}
    hops = []
    for u, v in zip(path, path[1:], strict=False):
        count, iri, date, place = links[(u, v) if (u, v) in links else (v, u)]
        hops.append(Hop(u, v, count, date, facts.label(place) if place else "", "", "", "", iri))
    return facts, hops


def chain_facts(store: QueryStore) -> Facts:
    """What chains are found on: every actor and meeting, each meeting with its date resolved
    but no evidence (a hop reads its own sentence, :func:`_with_sentence`), no positions.

    With a summary (:func:`~diplograph.views.facts.remembered`) they are kept as JSON once per
    version of the store; a hop then names the same meeting, since a chain's first source only
    ever gave the hop an empty sentence before its own was read.
    """
    if getattr(store, "memo", None) is None:
        return load_facts(store, sentences=False, positions=False)
    read = lambda: _facts_json(load_facts(store, sentences=False, positions=False))  # noqa: E731
    return _facts_from_json(remembered(store, "chain-facts", read))


def _facts_json(facts: Facts) -> dict[str, Any]:
    """The actors and meetings of ``facts`` as JSON-able data (evidence left out)."""
    entities = [
        [e.iri, e.type, e.label, e.roles, e.represents, e.names, e.mentioned] for e in facts.entities.values()
    ]
    meetings = [[m.iri, m.participants, m.date, m.place, m.status, m.topics] for m in facts.meetings]
    return {"entities": entities, "meetings": meetings, "articles": [facts.articles, facts.first_issued,
                                                                   facts.last_issued]}


def _facts_from_json(data: dict[str, Any]) -> Facts:
    """:class:`Facts` back from :func:`_facts_json`."""
    entities = {
        iri: Entity(iri, kind, label, list(roles), list(represents), list(names), bool(mentioned))
        for iri, kind, label, roles, represents, names, mentioned in data["entities"]
    }
    meetings = tuple(
        Meeting(iri, tuple(people), date, place, status, tuple(topics), ())
        for iri, people, date, place, status, topics in data["meetings"]
    )
    count, first, last = data["articles"]
    return Facts(entities, meetings, (), int(count), str(first), str(last))


def _with_sentence(store: QueryStore, hop: Hop) -> Hop:
    """The hop with its meeting's first sentence and article, read for that meeting alone.

    The chain is found on facts read without sentences (every sentence of a large store takes
    seconds to read); the few hops then fetch theirs, in the order :func:`load_sources` gives.
    """
    sources = load_sources(store, hop.meeting).get(hop.meeting, ())
    if not sources:
        return hop
    return replace(hop, sentence=sources[0].text, title=sources[0].title, url=sources[0].url)
