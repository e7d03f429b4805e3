"""Overview numbers of a store: what it holds, who is central, how busy each month was.

Centrality is read on the actor network (meetings and positions, not representation):
degree counts distinct partners; betweenness (normalised as in networkx) is computed by
igraph, exactly up to :data:`EXACT_LIMIT` actors and over paths of at most
:data:`CUTOFF` hops above it, so it stays fast on stores with tens of thousands of actors
(networkx needs 20 s for 2,000 actors with 20,000 links).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

import igraph as ig

from diplograph.analytics.report import Report, Table
from diplograph.gcpause import paused_gc
from diplograph.views.facts import Facts, QueryStore, load_articles, load_entities, load_facts, remembered
from diplograph.views.filters import Filters

if TYPE_CHECKING:
    import networkx as nx

    from diplograph.summary.records import ActorLinks

#: Above this many actors, betweenness counts only paths of at most CUTOFF hops.
EXACT_LIMIT = 20000
CUTOFF = 4


#: Tables of :func:`graph_stats`, in order (``stats --table`` chooses one).
STATS_TABLES = ("counts", "span", "degree", "betweenness", "meetings_per_month")

def actor_graph(facts: Facts, filters: Filters | None = None) -> nx.Graph:
    """The undirected simple graph of who met or addressed whom (weights add up)."""
    import networkx as nx  # only filtered stats build it: the unfiltered ones start without networkx

    from diplograph.views.network import build_actor_network

    full = build_actor_network(facts, filters or Filters())
    simple = nx.Graph()
    simple.add_nodes_from(full.nodes(data=True))
    for u, v, d in full.edges(data=True):
        if d.get("kind") == "represents" or u == v:
            continue
        w = simple.get_edge_data(u, v, {"weight": 0})["weight"] + d.get("weight", 1)
        simple.add_edge(u, v, weight=w)
    return simple


def ranking_graph(facts: Facts) -> nx.Graph:
    """:func:`actor_graph` of every fact, built without the evidence, dates and places the
    full network gathers (a tenth of the time on a large store).

    Nodes and edges go in in the same order as :func:`actor_graph` adds them — the actor
    network's node order, then each node's links in the order they first appear (meetings,
    then positions; representation links come last and are left out) — so igraph sees the
    same graph in the same order and betweenness comes out bit for bit the same.
    """
    import networkx as nx  # see actor_graph

    order: dict[str, None] = {}
    links: dict[str, dict[str, None]] = {}

    def add(iri: str) -> None:
        if iri not in order:
            order[iri] = None
            links[iri] = {}

    for iri, entity in facts.in_articles().items():
        if entity.type != "Place":
            add(iri)
    for m in facts.meetings:
        for iri in m.participants:
            add(iri)
        for i, u in enumerate(m.participants):
            for v in m.participants[i + 1 :]:
                links[u][v] = None
    for p in facts.positions:
        add(p.holder)
        if p.target and p.target != p.holder:
            add(p.target)
            links[p.holder][p.target] = None
    for iri in list(order):
        for org in facts.entities[iri].represents if iri in facts.entities else []:
            add(org)
    simple = nx.Graph()
    simple.add_nodes_from(order)
    simple.add_edges_from((u, v) for u in order for v in links[u] if u != v)
    return simple


class Ranked(Protocol):
    """What the rankings read of a graph (:class:`networkx.Graph` has it)."""

    def __iter__(self) -> Iterator[Any]: ...

    def degree(self) -> Iterable[tuple[Any, int]]: ...

    def edges(self) -> Iterable[tuple[Any, Any]]: ...


class _Adjacency:
    """A simple undirected graph kept as :class:`networkx.Graph` keeps it — neighbours by
    insertion, an edge listed from the earlier node — at a fraction of the cost: the same
    nodes, degrees and edges in the same order, hence the same betweenness bit for bit."""

    def __init__(self, nodes: Iterable[str]) -> None:
        self.adj: dict[str, dict[str, None]] = {n: {} for n in nodes}

    def add(self, u: str, v: str) -> None:
        self.adj[u][v] = None
        self.adj[v][u] = None

    def __iter__(self) -> Iterator[str]:
        return iter(self.adj)

    def degree(self) -> list[tuple[str, int]]:
        return [(n, len(nbrs)) for n, nbrs in self.adj.items()]

    def edges(self) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for n, nbrs in self.adj.items():
            for nbr in nbrs:
                if nbr not in seen:
                    yield n, nbr
            seen.add(n)


def betweenness(g: Ranked) -> dict[Hashable, float]:
    """Normalised betweenness of every node of an undirected graph (see the module docstring)."""
    nodes = list(g)
    n = len(nodes)
    if n < 3:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    # GraphBase, igraph's C graph, has the very betweenness of ig.Graph (the same method), but
    # its constructor does not import numpy to look for arrays (0.11 s of every first stats).
    graph = ig.GraphBase(n, [(index[u], index[v]) for u, v in g.edges()], False)
    values = graph.betweenness(directed=False, cutoff=None if n <= EXACT_LIMIT else CUTOFF)
    scale = 2.0 / ((n - 1) * (n - 2))
    return {node: v * scale for node, v in zip(nodes, values, strict=True)}


def graph_stats(facts: Facts, top: int = 10, filters: Filters | None = None) -> Report:
    """Counts by type, articles and their date span, top actors, meetings per month.

    Actors and places count when an article mentions them, not when only reference data
    (the gazetteer) knows them.
    """
    types = Counter(e.type for e in facts.in_articles().values())
    g = actor_graph(facts, filters) if filters is not None and filters.active else ranking_graph(facts)
    months = Counter(m.date[:7] for m in facts.meetings if m.date)
    return _report(facts, types, (len(facts.meetings), len({p.iri for p in facts.positions})), g, months, top)


def _report(
    facts: Facts, types: Counter[str], facts_count: tuple[int, int], g: Ranked, months: Counter[str],
    top: int,
) -> Report:
    """The tables of :func:`graph_stats` from what it counted: entity types, the numbers of
    meetings and positions, the ranking graph and the meetings per month (labels, articles
    and their span from ``facts``)."""
    counts = [(t, n) for t, n in sorted(types.items())]
    counts += [("Meeting", facts_count[0]), ("Position", facts_count[1])]
    counts += [("Article", facts.articles)]
    span = Table(STATS_TABLES[1], ("first", "last"), [(facts.first_issued or "-", facts.last_issued or "-")])
    degree = sorted(((d, n) for n, d in g.degree()), key=lambda x: (-x[0], x[1]))[:top]
    between = betweenness(g)
    ranked = sorted(between.items(), key=lambda x: (-x[1], x[0]))[:top]
    return Report(
        [
            Table(STATS_TABLES[0], ("type", "count"), list(counts)),
            span,
            Table(STATS_TABLES[2], ("actor", "label", "degree"), [(n, facts.label(n), d) for d, n in degree]),
            Table(
                STATS_TABLES[3],
                ("actor", "label", "betweenness"),
                [(str(n), facts.label(str(n)), round(b, 4)) for n, b in ranked],
            ),
            Table(STATS_TABLES[4], ("month", "meetings"), sorted(months.items())),
        ]
    )


def linked_stats(store: QueryStore, kept: ActorLinks, top: int = 10) -> Report:
    """:func:`graph_stats` of every fact, from what a store's summary combined of its graphs'
    links (:class:`~diplograph.summary.records.ActorLinks`) instead of every meeting and position."""
    facts = Facts(load_entities(store), (), (), *load_articles(store))
    involved = {actor for actor, _ in kept.appearances}
    mentioned = [e for iri, e in facts.entities.items() if e.mentioned or iri in involved]
    types = Counter(e.type for e in mentioned)
    months = Counter(dict(kept.months))
    return _report(facts, types, (kept.meetings, kept.positions), linked_graph(facts, kept), months, top)


def linked_graph(facts: Facts, kept: ActorLinks) -> Ranked:
    """:func:`ranking_graph` from combined links, ``facts`` holding the entities only.

    Nodes and edges go in in :func:`ranking_graph`'s order: the actors articles mention, then
    the others by their first appearance (meetings by IRI, then positions by IRI, holder,
    target), then whom they represent; each node's links by where they first appear. So igraph
    sees the same graph in the same order.
    """
    involved = {actor for actor, _ in kept.appearances}
    order = dict.fromkeys(
        iri for iri, e in facts.entities.items() if (e.mentioned or iri in involved) and e.type != "Place"
    )
    for actor, first in sorted(kept.appearances, key=lambda row: row[1]):
        if not first.startswith("2"):  # a meeting's place only: involved, not ranked
            order.setdefault(actor)
    for iri in list(order):
        for org in facts.entities[iri].represents if iri in facts.entities else []:
            order.setdefault(org)
    links: dict[str, list[tuple[str, str]]] = {}
    for u, v, first in kept.links:
        links.setdefault(u, []).append((first, v))
    simple = _Adjacency(order)
    for u in order:
        for _, v in sorted(links.get(u, ())):
            if u != v:
                simple.add(u, v)
    return simple


#: The rankings :func:`store_stats` cuts to ``top`` (the other tables do not depend on it).
RANKINGS = (STATS_TABLES[2], STATS_TABLES[3])


@paused_gc
def store_stats(store: QueryStore, top: int = 10, filters: Filters | None = None) -> Report:
    """:func:`graph_stats` of everything in ``store`` (no sentence is read: none is shown).

    Without filters, the full report (every actor ranked) is kept by the store's summary when
    it has one (:func:`~diplograph.views.facts.remembered`): later runs only cut the rankings.
    """
    if filters is not None and filters.active:
        return graph_stats(load_facts(store, sentences=False), top, filters)

    def full() -> list[Any]:
        combined = getattr(store, "actor_links", None)
        if combined is not None:
            report = linked_stats(store, combined(), sys.maxsize)
        else:
            report = graph_stats(load_facts(store, sentences=False), sys.maxsize, filters)
        return [[t.name, list(t.columns), [list(row) for row in t.rows]] for t in report.tables]

    tables = []
    for name, columns, rows in remembered(store, "stats", full):
        kept = [tuple(row) for row in rows]
        tables.append(Table(name, tuple(columns), kept[:top] if name in RANKINGS else kept))
    return Report(tables)
