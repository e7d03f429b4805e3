"""Node positions and communities computed in Python, so the browser draws at once.

vis-network's physics needs minutes to settle a 5,000-node graph (FACTS.md), while igraph's
grid Fruchterman–Reingold lays out 20,000 nodes in about 1.5 s. Edges inside a community
pull harder than edges between communities, which keeps communities apart on the canvas.
Everything is seeded, so the same graph always gets the same picture.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable, Mapping

import igraph as ig
import networkx as nx

#: Seed of layouts and community detection (fixed: same graph, same picture).
SEED = 7
#: Above this many nodes, the layout uses igraph's grid variant and fewer iterations.
GRID_LIMIT = 1000
#: Iterations of large layouts: 200 gives the same picture as 500 for a third of the time.
LARGE_ITERATIONS = 200
#: Mean edge length on the canvas, in vis-network pixels.
EDGE_LENGTH = 120.0


def louvain(graph: nx.Graph, seed: int = SEED) -> dict[Hashable, int]:
    """Louvain communities (networkx, fixed seed), numbered from the largest."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, w in graph.edges(data="weight", default=1):
        if u != v:
            prev = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=prev + w)
    parts = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ranked = sorted(parts, key=lambda c: (-len(c), min(str(n) for n in c)))
    return {n: i for i, part in enumerate(ranked) for n in part}


def _seeded(seed: int) -> random.Random:
    rng = random.Random(seed)
    ig.set_random_number_generator(rng)
    return rng


def positions(
    graph: nx.Graph, communities: Mapping[Hashable, int] | None = None, seed: int = SEED
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman–Reingold positions scaled to vis-network pixels.

    Without ``communities`` igraph's multilevel (Louvain) method finds them, which is much
    faster than networkx on 20,000 nodes.
    """
    nodes = list(graph)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v})
    g = ig.Graph(n=len(nodes), edges=pairs)
    try:
        _seeded(seed)
        if communities is None:
            member = g.community_multilevel().membership if pairs else [0] * len(nodes)
        else:
            member = [communities.get(n, -1) for n in nodes]
        weights = [3.0 if member[a] == member[b] else 0.3 for a, b in pairs]
        large = len(nodes) > GRID_LIMIT
        layout = g.layout_fruchterman_reingold(
            weights=weights or None, grid=large, niter=LARGE_ITERATIONS if large else 500
        )
    finally:
        ig.set_random_number_generator(random)
    coords = list(layout)
    return {n: xy for n, xy in zip(nodes, _scale(coords, pairs), strict=True)}


def _scale(coords: list[list[float]], pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Scale so the median edge is :data:`EDGE_LENGTH` pixels long, centred on 0."""
    if pairs:
        lengths = sorted(math.dist(coords[a], coords[b]) for a, b in pairs)
        median = lengths[len(lengths) // 2] or 1.0
    else:
        median = 1.0
    factor = EDGE_LENGTH / median
    cx = sum(c[0] for c in coords) / len(coords)
    cy = sum(c[1] for c in coords) / len(coords)
    return [(float(round((x - cx) * factor)), float(round((y - cy) * factor))) for x, y in coords]
