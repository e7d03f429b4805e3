"""Node positions and communities computed in Python, so the browser draws at once.

vis-network's physics needs minutes to settle a 5,000-node graph (FACTS.md), while igraph's
grid Fruchterman–Reingold lays out 20,000 nodes in about 1.5 s. Edges inside a community
pull harder than edges between communities, which keeps communities apart on the canvas.
Everything is seeded, so the same graph always gets the same picture.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Hashable, Iterator, Mapping

import igraph as ig
import networkx as nx

#: Seed of layouts and community detection (fixed: same graph, same picture).
SEED = 7
#: Above this many nodes, communities come from igraph rather than networkx (10x faster).
NX_LOUVAIN_LIMIT = 5000
#: Above this many nodes, the layout uses igraph's grid variant and fewer iterations.
GRID_LIMIT = 1000
#: Iterations of large layouts: 200 gives the same picture as 500 for a third of the time.
LARGE_ITERATIONS = 200
#: Mean edge length on the canvas, in vis-network pixels.
EDGE_LENGTH = 120.0
#: Spacing of nodes without edges on their grid, in vis-network pixels.
GRID_STEP = 40.0


def louvain(graph: nx.Graph, seed: int = SEED) -> dict[Hashable, int]:
    """Louvain communities with a fixed seed, numbered from the largest.

    networkx's ``louvain_communities`` up to :data:`NX_LOUVAIN_LIMIT` nodes; above it
    igraph's multilevel method (the same Louvain algorithm in C, seeded the same way), which
    takes 0.4 s instead of 4 s on 20,000 nodes.
    """
    if graph.number_of_nodes() > NX_LOUVAIN_LIMIT:
        nodes, pairs, weights = _weighted_pairs(graph)
        with _seeded(seed):
            member = (
                ig.Graph(n=len(nodes), edges=pairs).community_multilevel(weights=weights or None).membership
            )
        groups: dict[int, set[Hashable]] = {}
        for n, m in zip(nodes, member, strict=True):
            groups.setdefault(m, set()).add(n)
        parts: list[set[Hashable]] = list(groups.values())
    else:
        simple = nx.Graph()
        simple.add_nodes_from(graph)
        for u, v, w in graph.edges(data="weight", default=1):
            if u != v:
                prev = simple.get_edge_data(u, v, {"weight": 0})["weight"]
                simple.add_edge(u, v, weight=prev + w)
        parts = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ranked = sorted(parts, key=lambda c: (-len(c), min(str(n) for n in c)))
    return {n: i for i, part in enumerate(ranked) for n in part}


def _weighted_pairs(graph: nx.Graph) -> tuple[list[Hashable], list[tuple[int, int]], list[float]]:
    """Nodes, undirected index pairs (sorted, no loops) and summed weights, for igraph."""
    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    summed: dict[tuple[int, int], float] = {}
    for u, v, w in graph.edges(data="weight", default=1):
        a, b = index[u], index[v]
        if a != b:
            key = (a, b) if a < b else (b, a)
            summed[key] = summed.get(key, 0.0) + float(w)
    pairs = sorted(summed)
    return nodes, pairs, [summed[p] for p in pairs]


@contextlib.contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Run igraph with its own seeded random generator, then give it back Python's."""
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def positions(
    graph: nx.Graph, communities: Mapping[Hashable, int] | None = None, seed: int = SEED
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman–Reingold positions scaled to vis-network pixels.

    Without ``communities`` igraph's multilevel (Louvain) method finds them, which is much
    faster than networkx on 20,000 nodes. Nodes without edges (actors only mentioned, often
    most of a corpus) would ring the drawing and shrink it to dots when the page fits it to
    the screen, so they are set apart on a compact grid to the right of it instead.
    """
    nodes, pairs, _ = _weighted_pairs(graph)
    if not nodes:
        return {}
    has_edge = {i for pair in pairs for i in pair}
    linked = sorted(has_edge)
    alone = [i for i in range(len(nodes)) if i not in has_edge]
    if not linked:
        return dict(zip(nodes, _grid(len(nodes), 0.0, 0.0), strict=True))
    local = {old: new for new, old in enumerate(linked)}
    sub_pairs = [(local[a], local[b]) for a, b in pairs]
    g = ig.Graph(n=len(linked), edges=sub_pairs)
    with _seeded(seed):
        if communities is None:
            member = g.community_multilevel().membership
        else:
            member = [communities.get(nodes[i], -1) for i in linked]
        weights = [3.0 if member[a] == member[b] else 0.3 for a, b in sub_pairs]
        large = len(linked) > GRID_LIMIT
        layout = g.layout_fruchterman_reingold(
            weights=weights, grid=large, niter=LARGE_ITERATIONS if large else 500
        )
    coords = _scale(list(layout), sub_pairs)
    out = {nodes[i]: xy for i, xy in zip(linked, coords, strict=True)}
    if alone:
        right = max(x for x, _ in coords) + 2 * EDGE_LENGTH
        top = min(y for _, y in coords)
        out.update(zip((nodes[i] for i in alone), _grid(len(alone), right, top), strict=True))
    return out


def _grid(count: int, left: float, top: float) -> list[tuple[float, float]]:
    """``count`` points on a square grid :data:`GRID_STEP` apart, starting at (left, top)."""
    columns = max(1, math.ceil(math.sqrt(count)))
    return [(left + (i % columns) * GRID_STEP, top + (i // columns) * GRID_STEP) for i in range(count)]


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
