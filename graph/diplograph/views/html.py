"""Write a networkx graph as one self-contained, offline, script-safe HTML page.

The only module that touches pyvis, and only to read the vis-network 9.1.2 script and style
shipped inside its wheel: pyvis's own templates still link CDNs, paste ``heading`` and menu
options raw, and switch tooltips to ``innerHTML`` popups (FACTS.md). Here:

- node and edge lists are built directly (pyvis ``add_edge`` is quadratic) and embedded as
  JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped,
  so no article text can close the block;
- tooltips are plain strings, which vis shows as text; the details panel and legend are
  built with ``textContent`` or :func:`html.escape`, and links only for ``http(s)`` URLs;
- a Content-Security-Policy allows no network access at all and only the page's own two
  scripts (by hash), so even an injected ``onerror=`` handler could not run;
- graphs above :data:`PHYSICS_LIMIT` nodes are drawn from positions computed in Python with
  physics off and straight edges, which draws 20,000 nodes in seconds.
"""

from __future__ import annotations

import html
import importlib.util
import os
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from diplograph.errors import InputError
from diplograph.gcpause import paused_gc
from diplograph.quickexit import keep_until_exit
from diplograph.views import layout, style
from diplograph.views.drawing import Drawing
from diplograph.views.facts import Source
from diplograph.views.page import MAX_REFS, NumberedSources, _fill, _json, _sha256, _Sources, _template
from diplograph.views.tooltip import clean, edge_tooltip, listed_note, node_tooltip

if TYPE_CHECKING:
    import networkx as nx

#: Above this many nodes, physics is off and edges are straight (see FACTS.md timings).
PHYSICS_LIMIT = 1000

#: Canvas size (pixels) assumed for a page's opening view: a laptop window less the side panel.
SCREEN = (1100.0, 700.0)
#: Screen size (pixels) of the largest hub's label and radius at a large page's opening zoom.
HUB_LABEL = 20.0
HUB_SIZE = 10.0

ColorBy = Literal["type", "community"]

_VIS = "templates/lib/vis-9.1.2"


def _vis_asset(name: str) -> str:
    """The text of a vis-network file inside the installed pyvis package.

    The package is found without being imported: importing pyvis loads IPython, jinja2 and
    jsonpickle (0.08 s of every ``view``), and only its files are read.
    """
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    try:
        if not folders:
            raise ModuleNotFoundError("No module named 'pyvis'")
        return (Path(folders[0]) / _VIS / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise InputError(f"cannot read {name} from the installed pyvis package: {exc}") from exc


def _colors(graph: Drawing, color_by: ColorBy) -> tuple[dict[Hashable, str], dict[Hashable, int] | None]:
    if color_by == "community":
        parts = layout.louvain(graph)
        return {n: style.community_color(i) for n, i in parts.items()}, parts
    if color_by != "type":
        raise InputError(f"unknown colouring {color_by!r} (choose type or community)")
    return {n: style.type_color(str(d.get("type", ""))) for n, d in graph.nodes}, None


def graph_payload(network: nx.Graph | Drawing, color_by: ColorBy = "type") -> dict[str, Any]:
    """The vis-network nodes, edges and options for a graph or its drawing (plain JSON-able data)."""
    graph = Drawing.of(network)
    colors, parts = _colors(graph, color_by)
    xy = layout.positions(graph, parts)
    index = {n: i for i, (n, _) in enumerate(graph.nodes)}
    data_of = dict(graph.nodes)
    large = len(index) > PHYSICS_LIMIT
    sources = _Sources() if graph.sentences is None else NumberedSources(graph.sentences)

    def _with_sources(item: dict[str, Any], evidence: Sequence[Source], actor: str = "") -> dict[str, Any]:
        if len(evidence) > MAX_REFS:
            # A hub's node or a busy pair's edge: the most recent sentences, and where the rest are.
            item["title"] += "\n" + listed_note(len(evidence), MAX_REFS, actor)
            item["src"] = sources.refs(sources.latest(evidence))
            item["n"] = len(evidence)
        elif evidence:
            item["src"] = sources.refs(evidence)
        return item

    def _actor(*ids: Hashable) -> str:
        return next((str(n) for n in ids if data_of[n].get("kind") == "actor"), "")

    nodes = []
    for n, d in graph.nodes:
        x, y = xy[n]
        node: dict[str, Any] = {
            "id": index[n],
            "label": clean(d.get("label", n), 80),
            "title": node_tooltip(d, sources=False),
            "color": colors[n],
            "value": max(1, int(d.get("degree", 1))),
            "x": int(x),
            "y": int(y),
        }
        if d.get("kind") == "meeting":
            node["shape"] = "square"
        nodes.append(_with_sources(node, d.get("evidence", []), _actor(n)))
    edges: list[dict[str, Any]] = []
    linked: set[int] = set()
    parallel: dict[tuple[int, int], int] = {}
    default_color = style.edge_color("met")  # the default colour of edges (see _options)
    # Per (kind, stance class): the edge's colour unless default, whether it has an arrow and
    # dashes (73,769 edges at 1.3M quads, of a handful of kinds).
    looks: dict[tuple[str, Any], tuple[str | None, bool, bool]] = {}
    # The loop runs once per edge (73,769 at 1.3M quads): locals instead of attribute lookups,
    # parallel edges counted only where they are drawn curved (small pages).
    refs, add_linked, append = sources.refs, linked.add, edges.append
    for i, (u, v, d) in enumerate(graph.edges):
        a, b = index[u], index[v]
        add_linked(a)
        add_linked(b)
        edge: dict[str, Any] = {
            "id": i,
            "from": a,
            "to": b,
            "title": edge_tooltip(d, sources=False),
            "value": max(1, int(d.get("weight", 1))),
        }
        kind = d.get("kind", "")
        stance_class = d.get("stance_class")
        look = looks.get((kind, stance_class))
        if look is None:
            color = style.edge_color(str(kind), stance_class)
            look = looks[(kind, stance_class)] = (
                color if color != default_color else None,
                kind not in ("met", "participant"),
                kind == "represents",
            )
        if look[0] is not None:
            edge["color"] = look[0]
        if look[1]:
            edge["arrows"] = "to"
        if look[2]:
            edge["dashes"] = True
        if not large:
            pair = (a, b) if a <= b else (b, a)
            nth = parallel.get(pair, 0)
            parallel[pair] = nth + 1
            if nth:
                edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * nth}
        evidence = d.get("evidence", [])
        if len(evidence) > MAX_REFS:
            append(_with_sources(edge, evidence, _actor(u, v)))
        else:
            if evidence:
                edge["src"] = refs(evidence)
            append(edge)
    return {
        "nodes": nodes,
        "edges": edges,
        "sources": sources.rows,
        "articles": sources.articles,
        "options": _options(large, _fit_zoom([xy[n] for n in index if index[n] in linked]) if large else 1.0),
        "large": large,
        # A large page opens on the linked nodes; those without edges wait on a grid beside
        # them (with physics on, small pages move them about anyway).
        "focus": sorted(linked) if large and 0 < len(linked) < len(nodes) else [],
        # The (kind, stance class) pairs of the edges, for the legend (not drawn).
        "edge_kinds": list(looks),
    }


def _fit_zoom(points: Sequence[tuple[float, float]]) -> float:
    """The zoom at which a page of about :data:`SCREEN` pixels fits ``points`` (at most 1)."""
    if not points:
        return 1.0
    width = max(x for x, _ in points) - min(x for x, _ in points)
    height = max(y for _, y in points) - min(y for _, y in points)
    return min(1.0, SCREEN[0] / max(width, 1.0), SCREEN[1] / max(height, 1.0))


def _options(large: bool, zoom: float = 1.0) -> dict[str, Any]:
    """vis-network options; ``zoom`` is the expected zoom of the opening view of a large page.

    A large page opens zoomed out to ``zoom``: the largest hubs and their labels grow so they
    read at :data:`HUB_LABEL` screen pixels there (smaller ones stay below vis's draw
    threshold until the reader zooms in), and edges are faint so communities show.
    """
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "nodes": {
            "shape": "dot",
            "font": {"size": 14, "face": "sans-serif"},
            # A large page opens zoomed out: hubs and their labels grow so they stay legible
            # there, while small labels wait for the reader to zoom in.
            "scaling": {
                "min": 6,
                "max": max(60.0, HUB_SIZE / zoom) if large else 30,
                "label": {
                    "enabled": True,
                    "min": 12 if large else 14,
                    "max": max(64.0, HUB_LABEL / zoom) if large else 24,
                    "maxVisible": 28,
                    "drawThreshold": 8 if large else 5,
                },
            },
        },
        "edges": {
            "smooth": False,
            "scaling": {"min": 1, "max": 8},
            "arrows": {"to": {"scaleFactor": 0.5}},
            # Faint on large pages, so communities show through the links between them; a light
            # colour rather than opacity, which costs a quarter more drawing time.
            "color": {"color": style.FAINT_EDGE if large else style.edge_color("met"), "inherit": False},
        },
        "physics": (
            {"enabled": False}
            if large
            else {
                "enabled": True,
                "stabilization": {"enabled": False},
                "solver": "barnesHut",
                "barnesHut": {
                    "gravitationalConstant": -5000,
                    "centralGravity": 0.4,
                    "springLength": 180,
                    "damping": 0.5,
                    "avoidOverlap": 0.4,
                },
            }
        ),
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
    }


def _legend(graph: Drawing, payload: Mapping[str, Any], color_by: ColorBy) -> list[list[str]]:
    """The legend's items as (shape, colour, text) lists, plain data (escaped by :func:`fill_page`)."""
    items: list[list[str]] = []
    if color_by == "type":
        for kind in sorted({str(d.get("type", "")) for _, d in graph.nodes}):
            items.append(["node", style.type_color(kind), kind])
    else:
        sizes = Counter(n["color"] for n in payload["nodes"])
        for i, (color, size) in enumerate(sizes.most_common(8)):
            items.append(["node", color, f"community {i + 1} ({size})"])
    kinds = {(str(kind), cls) for kind, cls in payload["edge_kinds"]}
    for kind, cls in sorted(kinds, key=lambda k: (k[0], k[1] or "")):
        color = style.edge_color(kind, cls)
        if payload["large"] and color == style.edge_color("met"):
            color = style.FAINT_EDGE  # as drawn (see _options)
        items.append(["edge", color, cls or kind])
    return items


def _legend_html(items: Sequence[Sequence[str]]) -> str:
    return "".join(
        f'<li><span class="sw {html.escape(shape)}" style="background:{html.escape(color)}"></span>'
        f"{html.escape(clean(text, 60))}</li>"
        for shape, color, text in items
    )


def _counts(graph: Drawing, payload: Mapping[str, Any]) -> str:
    text = f"{len(graph.nodes)} nodes · {len(graph.edges)} edges"
    if payload["focus"]:
        text += f" · {len(payload['nodes']) - len(payload['focus'])} without edges (grid on the right)"
    return text


@paused_gc
def drawn_parts(network: nx.Graph | Drawing, color_by: ColorBy = "type", note: str = "") -> dict[str, Any]:
    """What the page draws from a graph (or its :class:`Drawing`), as plain JSON-able data: the
    script-safe JSON payload (``data``), the header's counts, whether the page is large (physics
    off) and the legend's items; also the numbers of nodes and edges. ``note`` follows the
    counts in the header (a bounded page's rule: :mod:`diplograph.views.bounded`).

    Apart from :func:`fill_page` so a whole-store page can be kept between runs
    (:mod:`diplograph.views.whole`): this is all the drawing costs, while the title, filters,
    scripts and style cost nothing to add again.
    """
    graph = Drawing.of(network)
    payload = graph_payload(graph, color_by)
    keep_until_exit(payload)  # freed by the process's end (diplograph.quickexit)
    drawn = {k: payload[k] for k in ("nodes", "edges", "sources", "articles", "options", "focus")}
    data = _json(drawn, fast=True)
    return {
        "data": data,
        "counts": _counts(graph, payload) + (f" · {note}" if note else ""),
        "large": bool(payload["large"]),
        "legend": _legend(graph, payload, color_by),
        "nodes": len(graph.nodes),
        "edges": len(graph.edges),
    }


def fill_page(drawn: Mapping[str, Any], *, title: str = "diplograph", filters: Sequence[str] = ()) -> str:
    """The page from its :func:`drawn_parts`, a title and the active filters in words.

    Everything but the payload is escaped here, and the payload must hold no ``<``, ``>`` or
    ``&`` (:func:`_json` escapes them), so parts read back from a file cannot add markup.
    """
    data = str(drawn["data"])
    if any(char in data for char in "<>&"):
        raise InputError("a page payload holds unescaped markup characters: refusing to write it")
    vis_js = _vis_asset("vis-network.min.js")
    app_js = _template("sources.js") + _template("view.js")
    hashes = " ".join(f"'sha256-{_sha256(s)}'" for s in (vis_js, app_js))
    active = "; ".join(clean(f, 120) for f in filters) or "none"
    page = _template("view.html")
    parts = {
        "csp": f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:",
        "title": html.escape(clean(title, 120)),
        "filters": html.escape(active),
        "counts": html.escape(clean(str(drawn["counts"]), 400)),
        "physics": "hidden" if drawn["large"] else "",
        "legend": _legend_html(drawn["legend"]),
        "vis_css": _vis_asset("vis-network.css").replace("</", "<\\/"),
        "layout_css": _template("layout.css"),
        "data": data,
        "vis_js": vis_js,
        "app_js": app_js,
    }
    # Substitute in one pass so a value can never be read as another placeholder.
    return _fill(page, parts)


def render_html(
    graph: nx.Graph,
    *,
    title: str = "diplograph",
    filters: Sequence[str] = (),
    color_by: ColorBy = "type",
) -> str:
    """Return the page for ``graph`` as a string (see the module docstring)."""
    return fill_page(drawn_parts(graph, color_by), title=title, filters=filters)


def write_page(text: str, path: str | os.PathLike[str]) -> Path:
    """Write a page's text to ``path`` (an unwritable path is the user's error) and return it."""
    target = Path(path)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


def write_html(
    graph: nx.Graph,
    path: str | os.PathLike[str],
    *,
    title: str = "diplograph",
    filters: Sequence[str] = (),
    color_by: ColorBy = "type",
) -> Path:
    """Write the page for ``graph`` to ``path`` and return the path."""
    return write_page(render_html(graph, title=title, filters=filters, color_by=color_by), path)
