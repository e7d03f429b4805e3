"""Turn the store's facts into networkx graphs that views, exports and analytics share.

Every node and edge carries the facts behind it: ``evidence`` is a list of
:class:`~diplograph.views.facts.Source` (sentence, article title, date, URL), so a tooltip or
an export can always say where a line came from. Graphs are ``MultiDiGraph``s keyed by edge
kind: ``met`` (between two actors, stored once with the endpoints in sorted order, weight =
number of meetings), ``represents`` (person or delegation → state or organisation) and
``position:<stance class>`` (holder → target).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain, combinations
from typing import TYPE_CHECKING, Any, TypeAlias

from diplograph.errors import InputError
from diplograph.views.drawing import Drawing, EdgeData
from diplograph.views.facts import Facts, QueryStore, Source, load_facts, local_name
from diplograph.views.filters import STANCE_CLASSES, Filters

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import networkx as nx

    Graph: TypeAlias = nx.MultiDiGraph


def _new_graph() -> Graph:
    """An empty network (networkx is imported here: the whole store's page is drawn without it,
    :func:`actor_drawing`, and its import costs 0.05-0.1 s of every ``view``)."""
    import networkx as nx

    return nx.MultiDiGraph()


def actor_network(store: QueryStore, filters: Filters | None = None) -> Graph:
    """Actors linked by meetings, representation and positions, as the filters allow."""
    return build_actor_network(load_facts(store), filters or Filters())


def meeting_network(store: QueryStore, filters: Filters | None = None) -> Graph:
    """Actors and meetings as two kinds of node, each meeting linked to its participants."""
    return build_meeting_network(load_facts(store), filters or Filters())


def find_actor(facts: Facts, name: str) -> str:
    """Resolve an actor given as IRI, key (``state/russia``), label or other name to its IRI.

    Names compare without case; a label match wins over a match on another name.
    """
    wanted = name.strip()
    if wanted in facts.entities:
        return wanted
    folded = wanted.casefold()
    by_key = [iri for iri in facts.entities if iri.endswith("/" + wanted)]
    by_label = [iri for iri, e in facts.entities.items() if e.label.casefold() == folded]
    by_name = [iri for iri, e in facts.entities.items() if folded in (n.casefold() for n in e.names)]
    found = sorted(set(by_key or by_label or by_name))
    if not found:
        raise InputError(f"no actor named {name!r} in the store")
    if len(found) > 1:
        raise InputError(f"{name!r} names several actors ({', '.join(found)}): give an IRI")
    return found[0]


def _actor_attrs(facts: Facts, iri: str) -> dict[str, Any]:
    """A new actor node's attributes (its counts and evidence filled in as facts are met)."""
    e = facts.entities.get(iri)
    represents = [facts.label(r) for r in e.represents] if e else []
    label = facts.label(iri)
    if e and represents and label == local_name(iri):
        # No label of its own (only its key's slug, "ukraine"): name it by whom it represents.
        label = f"{', '.join(represents)} ({e.type})"
    return {
        "kind": "actor",
        "type": e.type if e else "Actor",
        "label": label,
        "roles": [local_name(r) for r in e.roles] if e else [],
        "represents": represents,
        "meetings": 0,
        "positions": 0,
        "evidence": {},
    }


def _add_actor(g: Graph, facts: Facts, iri: str) -> None:
    if iri not in g:
        g.add_node(iri, **_actor_attrs(facts, iri))


def _merge(target: dict[Source, None], sources: Iterable[Source]) -> None:
    """Add sources in order, once each (a dict keeps order and finds duplicates in O(1))."""
    for src in sources:
        target[src] = None


def _edge(g: Graph, u: str, v: str, key: str, **attrs: Any) -> dict[str, Any]:
    # get_edge_data hands back the edge's own attribute dict: one lookup instead of has_edge
    # and an edge view.
    data: dict[str, Any] | None = g.get_edge_data(u, v, key)
    if data is None:
        g.add_edge(u, v, key=key, **_edge_attrs(attrs))
        data = g.get_edge_data(u, v, key)
        assert data is not None
    return data


def _edge_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    """A new edge's attributes: no meeting or position noted yet, then ``attrs``."""
    return {"weight": 0, "dates": [], "evidence": {}, "topics": set(), **attrs}


def _note(data: dict[str, Any], date: str, topics: Iterable[str], evidence: Iterable[Source]) -> None:
    data["weight"] += 1
    if date:
        data["dates"].append(date)
    data["topics"].update(topics)
    _merge(data["evidence"], evidence)


def _fact_parts(
    facts: Facts, filters: Filters
) -> tuple[dict[str, dict[str, Any]], dict[tuple[str, str, str], dict[str, Any]]]:
    """The actor nodes and the meeting and position edges the facts that pass ``filters``
    make, each with its attributes, in the order the network adds them.

    Why apart from the graph: gathered in plain dicts (one lookup per participant and pair)
    and handed to networkx once, the network of a large store builds in half the time of
    looking each edge up in the graph as its facts come (issue 11: 73,769 edges at 1.3M quads).
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def actor(iri: str) -> dict[str, Any]:
        found = nodes.get(iri)
        if found is None:
            found = nodes[iri] = _actor_attrs(facts, iri)
        return found

    # Without date, topic or stance filters every fact passes: keeps() is not asked 87k times.
    sifted = bool(filters.since or filters.until or filters.topic or filters.stance)
    keeps = filters.keeps
    if not filters.fact_filters:
        for iri, entity in facts.in_articles().items():
            if entity.type != "Place":
                actor(iri)
    if not filters.stance:
        for m in facts.meetings:
            if sifted and not keeps(m.date, m.topics):
                continue
            evidence, people, date, topics = m.evidence, m.participants, m.date, m.topics
            for iri in people:
                node = nodes.get(iri) or actor(iri)
                node["meetings"] += 1
                merged = node["evidence"]
                for src in evidence:
                    merged[src] = None
            place = facts.label(m.place) if m.place else ""
            for u, v in combinations(people, 2):
                data = edges.get((u, v, "met"))
                if data is None:
                    data = edges[(u, v, "met")] = _edge_attrs({"kind": "met", "places": []})
                _note(data, date, topics, evidence)
                if place and place not in data["places"]:
                    data["places"].append(place)
    for p in facts.positions:
        if sifted and not keeps(p.date, p.topics, p.stance):
            continue
        node = nodes.get(p.holder) or actor(p.holder)
        node["positions"] += 1
        merged = node["evidence"]
        for src in p.evidence:
            merged[src] = None
        if p.target and p.target != p.holder:
            actor(p.target)
            cls = STANCE_CLASSES.get(p.stance, "other")
            key = (p.holder, p.target, f"position:{cls}")
            data = edges.get(key)
            if data is None:
                data = edges[key] = _edge_attrs({"kind": "position", "stance_class": cls, "stances": []})
            _note(data, p.date, p.topics, p.evidence)
            if p.stance and p.stance not in data["stances"]:
                data["stances"].append(p.stance)
    return nodes, edges


def build_actor_network(facts: Facts, filters: Filters) -> Graph:
    """Build the actor network from loaded facts (see :func:`actor_network`)."""
    nodes, edges = _fact_parts(facts, filters)
    for data in edges.values():
        _finish_edge(data)
    g = _new_graph()
    g.add_nodes_from(nodes.items())
    g.add_edges_from((u, v, key, data) for (u, v, key), data in edges.items())
    _drop_light_edges(g, filters.min_weight)
    for iri in [n for n in g if g.degree(n) or not filters.fact_filters]:
        for org in facts.entities[iri].represents if iri in facts.entities else []:
            _add_actor(g, facts, org)
            if not g.has_edge(iri, org, "represents"):
                attrs = _finish_edge(_edge_attrs({"kind": "represents", "weight": 1}))
                g.add_edge(iri, org, key="represents", **attrs)
    g = _keep_types(g, filters)
    g = _ego(g, facts, filters, radius=filters.hops)
    if filters.fact_filters:
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return _finish_nodes(g)


def actor_drawing(facts: Facts) -> Drawing:
    """What ``Drawing.of(build_actor_network(facts, Filters()))`` gives — every actor and link,
    attributes and order the same — without building the networkx graph.

    Why: the whole store's page only reads the nodes and edges (0.3 s of building and walking
    the graph at 1.3M quads). Edges come as a multigraph lists them: by their first node in
    node order, then by the first edge to each neighbour, then by key.
    """
    nodes, edges = _fact_parts(facts, Filters())
    succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = {n: {} for n in nodes}
    for (u, v, key), data in edges.items():
        succ[u].setdefault(v, {})[key] = _finish_edge(data)
    for iri in list(nodes):
        for org in facts.entities[iri].represents if iri in facts.entities else []:
            if org not in nodes:
                nodes[org] = _actor_attrs(facts, org)
                succ[org] = {}
            keyed = succ[iri].setdefault(org, {})
            if "represents" not in keyed:
                keyed["represents"] = _finish_edge(_edge_attrs({"kind": "represents", "weight": 1}))
    neighbours: dict[str, set[str]] = {n: set(out) for n, out in succ.items()}
    for u, out in succ.items():
        for v in out:
            neighbours[v].add(u)
    for n, data in nodes.items():
        data["degree"] = len(neighbours[n])
        data["evidence"] = list(data["evidence"])
    drawn_edges: list[EdgeData] = [
        (u, v, data) for u, out in succ.items() for v, keyed in out.items() for data in keyed.values()
    ]
    return Drawing(list(nodes.items()), drawn_edges, facts.sentences)


def build_meeting_network(facts: Facts, filters: Filters) -> Graph:
    """Build the two-mode actor–meeting network (see :func:`meeting_network`).

    ``min_weight`` here is the least number of shown meetings an actor must take part in.
    """
    if filters.stance:
        raise InputError("the meetings view has no stances: use the actors view with --stance")
    g = _new_graph()
    for m in facts.meetings:
        if not filters.keeps(m.date, m.topics):
            continue
        place = facts.label(m.place) if m.place else ""
        label = ", ".join(x for x in (place, m.date) if x) or "meeting"
        g.add_node(
            m.iri,
            kind="meeting",
            type="Meeting",
            label=label,
            place=place,
            date=m.date,
            status=m.status,
            topics=list(m.topics),
            evidence=dict.fromkeys(m.evidence),
        )
        for iri in m.participants:
            _add_actor(g, facts, iri)
            g.nodes[iri]["meetings"] += 1
            _merge(g.nodes[iri]["evidence"], m.evidence)
            data = _edge(g, iri, m.iri, "participant", kind="participant")
            _note(data, m.date, m.topics, m.evidence)
    if filters.min_weight > 1:
        g.remove_nodes_from(
            [n for n, d in g.nodes(data=True) if d["kind"] == "actor" and d["meetings"] < filters.min_weight]
        )
    g = _keep_types(g, filters, keep_kind="meeting")
    g = _ego(g, facts, filters, radius=2 * filters.hops)
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    return _finish(g)


def _drop_light_edges(g: Graph, min_weight: int) -> None:
    if min_weight > 1:
        g.remove_edges_from([(u, v, k) for u, v, k, w in g.edges(keys=True, data="weight") if w < min_weight])


def _keep_types(g: Graph, filters: Filters, keep_kind: str = "") -> Graph:
    kept = filters.type_names()
    if not kept:
        return g
    return _induced(g, {n for n, d in g.nodes(data=True) if d["type"] in kept or d["kind"] == keep_kind})


def _ego(g: Graph, facts: Facts, filters: Filters, radius: int) -> Graph:
    if not filters.actor:
        return g
    center = find_actor(facts, filters.actor)
    if center not in g:
        raise InputError(f"{filters.actor!r} has no facts that pass the filters")
    sub = _induced(g, _within(g, center, radius))
    sub.graph["center"] = center
    return sub


def _induced(g: Graph, keep: set[str]) -> Graph:
    """A copy of ``g`` with only the nodes in ``keep`` and the edges between them, nodes and
    edges in ``g``'s order (attribute dicts copied, as ``g.subgraph(keep).copy()`` does).

    Why not ``subgraph``: when ``keep`` is less than half of ``g``, networkx walks the *set*
    of kept nodes, so the copy's order, and with it the page (ids, layout, sentence table),
    changed with ``PYTHONHASHSEED`` from one run to the next.
    """
    sub = _new_graph()
    sub.graph.update(g.graph)
    sub.add_nodes_from((n, d.copy()) for n, d in g.nodes(data=True) if n in keep)
    adj = g.adj
    sub.add_edges_from(
        (u, v, k, d.copy())
        for u in sub
        for v, keyed in adj[u].items()
        if v in keep
        for k, d in keyed.items()
    )
    return sub


def _within(g: Graph, center: str, radius: int) -> set[str]:
    """Nodes at most ``radius`` links from ``center``, either direction (a plain BFS is
    several times faster than ``nx.ego_graph`` on an undirected view of a multigraph)."""
    seen = {center}
    frontier = [center]
    for _ in range(radius):
        step = []
        for n in frontier:
            for m in chain(g.succ[n], g.pred[n]):
                if m not in seen:
                    seen.add(m)
                    step.append(m)
        frontier = step
    return seen


def _finish(g: Graph) -> Graph:
    """Turn build-time containers into sorted lists and set each node's degree (distinct neighbours)."""
    for _, _, data in g.edges(data=True):
        _finish_edge(data)
    return _finish_nodes(g)


def _finish_edge(data: dict[str, Any]) -> dict[str, Any]:
    """An edge's build-time containers as sorted lists (a list is left as it is: done before)."""
    data["dates"] = sorted(data.get("dates", []))
    data["topics"] = sorted(data.get("topics", ()))
    evidence = data.get("evidence", ())
    data["evidence"] = evidence if type(evidence) is list else list(evidence)
    return data


def _finish_nodes(g: Graph) -> Graph:
    """Set each node's degree (distinct neighbours) and its evidence as a list."""
    succ, pred = g.succ, g.pred
    for n, data in g.nodes(data=True):
        data["degree"] = len(succ[n].keys() | pred[n].keys())
        data["evidence"] = list(data.get("evidence", ()))
    return g


def stance_class_counts(g: Graph) -> dict[str, int]:
    """Number of position edges per stance class (for legends and tests)."""
    counts: dict[str, int] = defaultdict(int)
    for _, _, cls in g.edges(data="stance_class"):
        if cls:
            counts[cls] += 1
    return dict(counts)
