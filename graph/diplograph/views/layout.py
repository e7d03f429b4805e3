"""Node positions and communities computed in Python, so the browser draws at once.

vis-network's physics needs minutes to settle a 5,000-node graph (FACTS.md), so positions
come from igraph. Up to :data:`GRID_LIMIT` nodes one Fruchterman–Reingold layout, with edges
inside a community pulling harder, keeps communities apart. Above it one layout of all nodes
ends as a hairball, so each community gets its own disc, placed by the graph of communities
(:func:`_packed`): 20,000 nodes in about 1.3 s. Everything is seeded, so the same graph
always gets the same picture.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Hashable, Iterator, Mapping
from typing import TYPE_CHECKING

import igraph as ig

from diplograph.views.drawing import Drawing

if TYPE_CHECKING:
    import networkx as nx

#: Seed of layouts and community detection (fixed: same graph, same picture).
SEED = 7
#: Above this many nodes, communities come from igraph rather than networkx (10x faster).
NX_LOUVAIN_LIMIT = 5000
#: Above this many nodes, the layout uses igraph's grid variant and fewer iterations.
GRID_LIMIT = 1000
#: Iterations of the layout inside one community of a large graph.
LARGE_ITERATIONS = 200
#: Radius of a community's disc on a large graph, times the square root of its size.
DISC = 60.0
#: Free space between two communities' discs, in vis-network pixels.
DISC_GAP = 150.0
#: Mean edge length on the canvas, in vis-network pixels.
EDGE_LENGTH = 120.0
#: Spacing of nodes without edges on their grid, in vis-network pixels.
GRID_STEP = 40.0


def louvain(graph: nx.Graph | Drawing, seed: int = SEED) -> dict[Hashable, int]:
    """Louvain communities with a fixed seed, numbered from the largest.

    networkx's ``louvain_communities`` up to :data:`NX_LOUVAIN_LIMIT` nodes; above it
    igraph's multilevel method (the same Louvain algorithm in C, seeded the same way), which
    takes 0.4 s instead of 4 s on 20,000 nodes.
    """
    drawing = Drawing.of(graph)
    if len(drawing.nodes) > NX_LOUVAIN_LIMIT:
        nodes, pairs, weights = _weighted_pairs(drawing)
        with _seeded(seed):
            member = _multilevel(_graph(len(nodes), pairs), weights or None)
        groups: dict[int, set[Hashable]] = {}
        for n, m in zip(nodes, member, strict=True):
            groups.setdefault(m, set()).add(n)
        parts: list[set[Hashable]] = list(groups.values())
    else:
        import networkx as nx  # only here: a large page is drawn without it

        simple = nx.Graph()
        simple.add_nodes_from(n for n, _ in drawing.nodes)
        for u, v, d in drawing.edges:
            if u != v:
                prev = simple.get_edge_data(u, v, {"weight": 0})["weight"]
                simple.add_edge(u, v, weight=prev + d.get("weight", 1))
        parts = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    ranked = sorted(parts, key=lambda c: (-len(c), min(str(n) for n in c)))
    return {n: i for i, part in enumerate(ranked) for n in part}


def _weighted_pairs(drawing: Drawing) -> tuple[list[Hashable], list[tuple[int, int]], list[float]]:
    """Nodes, undirected index pairs (sorted, no loops) and summed weights, for igraph."""
    nodes = [n for n, _ in drawing.nodes]
    index = {n: i for i, n in enumerate(nodes)}
    summed: dict[tuple[int, int], float] = {}
    for u, v, d in drawing.edges:
        a, b = index[u], index[v]
        if a != b:
            key = (a, b) if a < b else (b, a)
            summed[key] = summed.get(key, 0.0) + float(d.get("weight", 1))
    pairs = sorted(summed)
    return nodes, pairs, [summed[p] for p in pairs]


def _graph(n: int, pairs: list[tuple[int, int]]) -> ig.GraphBase:
    """An undirected igraph graph of ``n`` vertices and the index ``pairs``.

    igraph's C graph (``GraphBase``): ``ig.Graph`` only wraps its methods (communities as a
    ``VertexClustering``, coordinates as a ``Layout``), while its constructor imports numpy to
    look for arrays, 0.11 s of every page drawn by a new process.
    """
    return ig.GraphBase(n, pairs, False)


def _multilevel(g: ig.GraphBase, weights: list[float] | None = None) -> list[int]:
    """Each vertex's community by igraph's multilevel (Louvain) method: the membership
    ``ig.Graph.community_multilevel`` wraps, from the same C call."""
    return list(ig.GraphBase.community_multilevel(g, weights, return_levels=False, resolution=1))


@contextlib.contextmanager
def _seeded(seed: int) -> Iterator[None]:
    """Run igraph with its own seeded random generator, then give it back Python's."""
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def positions(
    graph: nx.Graph | Drawing, communities: Mapping[Hashable, int] | None = None, seed: int = SEED
) -> dict[Hashable, tuple[float, float]]:
    """Fruchterman–Reingold positions scaled to vis-network pixels.

    Without ``communities`` igraph's multilevel (Louvain) method finds them, which is much
    faster than networkx on 20,000 nodes. Nodes without edges (actors only mentioned, often
    most of a corpus) would ring the drawing and shrink it to dots when the page fits it to
    the screen, so they are set apart on a compact grid to the right of it instead.
    """
    nodes, pairs, _ = _weighted_pairs(Drawing.of(graph))
    if not nodes:
        return {}
    has_edge = {i for pair in pairs for i in pair}
    linked = sorted(has_edge)
    alone = [i for i in range(len(nodes)) if i not in has_edge]
    if not linked:
        return dict(zip(nodes, _grid(len(nodes), 0.0, 0.0), strict=True))
    local = {old: new for new, old in enumerate(linked)}
    sub_pairs = [(local[a], local[b]) for a, b in pairs]
    g = _graph(len(linked), sub_pairs)
    with _seeded(seed):
        member = _multilevel(g) if communities is None else [communities.get(nodes[i], -1) for i in linked]
        if len(linked) > GRID_LIMIT:
            coords = _packed(g, member, sub_pairs)
        else:
            weights = [3.0 if member[a] == member[b] else 0.3 for a, b in sub_pairs]
            coords = _scale(list(g.layout_fruchterman_reingold(weights=weights, niter=500)), sub_pairs)
    out = {nodes[i]: xy for i, xy in zip(linked, coords, strict=True)}
    if alone:
        right = max(x for x, _ in coords) + 2 * EDGE_LENGTH
        top = min(y for _, y in coords)
        out.update(zip((nodes[i] for i in alone), _grid(len(alone), right, top), strict=True))
    return out


def _packed(g: ig.GraphBase, member: list[int], pairs: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Communities apart: each on its own disc, the discs placed by the community graph.

    One force layout of 20,000 nodes ends as a hairball whose few loose ends set the zoom.
    Here the communities' graph (edge weight = edges between them) is laid out first, its
    discs (radius ∝ √size) pushed apart until none overlap; each community is then laid out
    alone and fitted into its disc, stray nodes pulled in to its rim. Communities linked to
    no other (small components, most of them pairs) are packed in rings around the rest
    instead of being flung to the edge of the canvas.
    """
    groups: dict[int, list[int]] = {}
    for v, m in enumerate(member):
        groups.setdefault(m, []).append(v)
    parts = sorted(groups.values(), key=lambda vs: (-len(vs), vs[0]))
    part_of = [0] * len(member)
    for c, vs in enumerate(parts):
        for v in vs:
            part_of[v] = c
    between: dict[tuple[int, int], int] = {}
    for a, b in pairs:
        ca, cb = part_of[a], part_of[b]
        if ca != cb:
            key = (ca, cb) if ca < cb else (cb, ca)
            between[key] = between.get(key, 0) + 1
    radius = [DISC * math.sqrt(len(vs)) for vs in parts]
    centre = [(0.0, 0.0)] * len(parts)
    joined = sorted({c for key in between for c in key})
    if joined:
        index = {c: i for i, c in enumerate(joined)}
        meta = _graph(len(joined), [(index[a], index[b]) for a, b in between])
        spots = meta.layout_fruchterman_reingold(weights=[math.log1p(w) for w in between.values()], niter=500)
        # Compressed a little below the discs' total area: the separation then packs them.
        reach = 1.1 * math.sqrt(sum(radius[c] ** 2 for c in joined))
        spread = max(math.dist(p, (0.0, 0.0)) for p in spots) or 1.0
        for c, (x, y) in zip(joined, spots, strict=True):
            centre[c] = (x * reach / spread, y * reach / spread)
        _separate(joined, centre, radius)
    _ring(sorted(set(range(len(parts))) - set(joined)), centre, radius, joined)
    coords = [(0.0, 0.0)] * len(member)
    for c, vs in enumerate(parts):
        for v, (x, y) in zip(vs, _disc(g, vs, radius[c]), strict=True):
            coords[v] = (float(round(centre[c][0] + x)), float(round(centre[c][1] + y)))
    return coords


def _separate(which: list[int], centre: list[tuple[float, float]], radius: list[float]) -> None:
    """Push overlapping discs apart, the smaller one further, until none overlap."""
    widest = max(radius[c] for c in which)
    for _ in range(200):
        moved = False
        order = sorted(which, key=lambda c: centre[c][0])
        for i, a in enumerate(order):
            for b in order[i + 1 :]:
                ax, ay = centre[a]
                bx, by = centre[b]
                if bx - ax > radius[a] + widest + DISC_GAP:
                    break
                need = radius[a] + radius[b] + DISC_GAP
                dist = math.hypot(bx - ax, by - ay)
                if dist >= need:
                    continue
                if dist < 1e-6:
                    dx, dy, dist = math.cos(a + b), math.sin(a + b), 1.0
                else:
                    dx, dy = (bx - ax) / dist, (by - ay) / dist
                push = need - dist
                share = radius[a] ** 2 / (radius[a] ** 2 + radius[b] ** 2)
                centre[a] = (ax - dx * push * (1 - share), ay - dy * push * (1 - share))
                centre[b] = (bx + dx * push * share, by + dy * push * share)
                moved = True
        if not moved:
            return


def _ring(
    loose: list[int], centre: list[tuple[float, float]], radius: list[float], placed: list[int]
) -> None:
    """Place ``loose`` discs (largest first) on rings around the ``placed`` ones."""
    if not loose:
        return
    if placed:
        cx = sum(centre[c][0] for c in placed) / len(placed)
        cy = sum(centre[c][1] for c in placed) / len(placed)
        ring = max(math.dist(centre[c], (cx, cy)) + radius[c] for c in placed) + DISC_GAP
    else:
        cx = cy = ring = 0.0
    queue = list(loose)
    while queue:
        width = 2 * radius[queue[0]] + DISC_GAP
        middle = ring + width / 2
        room = 2 * math.pi * middle
        angle, taken = 0.0, 0
        while queue and (angle + 2 * radius[queue[0]] + DISC_GAP <= room or taken == 0):
            c = queue.pop(0)
            step = 2 * radius[c] + DISC_GAP
            theta = (angle + step / 2) / max(middle, 1.0)
            centre[c] = (cx + middle * math.cos(theta), cy + middle * math.sin(theta))
            angle += step
            taken += 1
        ring += width


def _disc(g: ig.GraphBase, vs: list[int], radius: float) -> list[tuple[float, float]]:
    """A force layout of the community ``vs`` scaled into a disc of ``radius`` around 0."""
    if len(vs) == 1:
        return [(0.0, 0.0)]
    if len(vs) <= 3:
        return [
            (radius * math.cos(2 * math.pi * i / len(vs)), radius * math.sin(2 * math.pi * i / len(vs)))
            for i in range(len(vs))
        ]
    sub = g.induced_subgraph(vs)
    raw = list(
        sub.layout_fruchterman_reingold(
            niter=LARGE_ITERATIONS if len(vs) > 100 else 500, grid=len(vs) > GRID_LIMIT
        )
    )
    cx = sum(p[0] for p in raw) / len(raw)
    cy = sum(p[1] for p in raw) / len(raw)
    far = sorted(math.hypot(x - cx, y - cy) for x, y in raw)
    reach = far[int(0.9 * (len(far) - 1))] or 1.0
    out = []
    for x, y in raw:
        dx, dy = (x - cx) / reach, (y - cy) / reach
        d = math.hypot(dx, dy)
        if d > 1.0:  # stray nodes wait on the rim
            dx, dy = dx / d, dy / d
        out.append((radius * dx, radius * dy))
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
