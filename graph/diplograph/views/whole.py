"""The page of a whole store, drawn once per version of the store and kept in its summary.

Why (issue 11): drawing every actor and link of a large store costs seconds whatever the facts
are read from — at 1.3M quads ≈ 2.7 s reading, ≈ 2.2 s building the network, ≈ 0.8 s layout and
≈ 3.5 s for the payload and tooltips (docs/scale.md) — and the page of an unfiltered view is the
same until the store changes. So the drawn parts (:func:`diplograph.views.html.drawn_parts`:
the payload with its positions, the counts and the legend) are kept in the summary like
``stats``' rankings; later runs only read them back and add the title, filters and scripts.
Filtered views and ``--query`` pages are drawn each time (their number is unbounded).

The kept parts are tagged with a digest of the code that draws them (this package's modules
and templates, the versions of diplograph, networkx and igraph), so a new version of the code
never serves a page drawn by the old one.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any

from diplograph.gcpause import paused_gc
from diplograph.quickexit import keep_until_exit
from diplograph.views.drawing import Drawing
from diplograph.views.facts import QueryStore, load_facts, remembered

if TYPE_CHECKING:
    from diplograph.views.bounded import Bound


@functools.cache
def code_tag() -> str:
    """A digest of everything that decides how a page is drawn from the same facts."""
    digest = hashlib.sha256()
    for dist in ("diplograph", "networkx", "igraph"):
        try:
            digest.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{dist}=?;".encode())
    root = resources.files("diplograph.views")
    folders = [root, root / "templates"]
    for folder in folders:
        for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
            if item.is_file() and item.name.endswith((".py", ".js", ".html", ".css", ".rq")):
                digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def whole_store_parts(
    store: QueryStore, kind: str = "actors", color_by: str = "type", bound: Bound | None = None
) -> dict[str, Any]:
    """The drawn parts of the unfiltered ``kind`` page of ``store`` with ``color_by`` colours:
    read back from the store's summary when this version of the store was drawn before, else
    drawn now (and kept, when the store has a summary).

    The actor page of a store with more links than ``bound`` allows (default: the bundled
    ``data/views/whole-page.yml``) draws each actor's strongest links only
    (:mod:`diplograph.views.bounded`).
    """
    from diplograph.views.bounded import bounded_drawing, page_bound
    from diplograph.views.html import drawn_parts

    limit = (bound or page_bound()) if kind == "actors" else None

    def draw() -> dict[str, Any]:
        if limit is not None:
            found = bounded_drawing(store, limit)
            if found is not None:
                keep_until_exit(found)
                return drawn_parts(found[0], color_by, note=found[1])  # type: ignore[arg-type]
        drawing = whole_drawing(store, kind)
        keep_until_exit(drawing)  # freed by the process's end (diplograph.quickexit)
        return drawn_parts(drawing, color_by)  # type: ignore[arg-type]

    tag = code_tag() + (f"/{limit.tag()}" if limit is not None else "")
    return remembered(store, f"view-page/{kind}/{color_by}", draw, tag=tag)


@paused_gc
def whole_drawing(store: QueryStore, kind: str = "actors") -> Drawing:
    """The nodes and edges of the unfiltered ``kind`` network of ``store``.

    The actor network is gathered without a networkx graph (:func:`actor_drawing`: the same
    nodes and edges). The meeting network's graph is cleared once read: its cached views make
    it a reference cycle, which the collector would otherwise walk, every node, edge and
    sentence of it, to free it (0.5 s at 1.3M quads).
    """
    from diplograph.views import view_network
    from diplograph.views.network import actor_drawing

    if kind == "actors":
        facts = load_facts(store, numbered=True)
        keep_until_exit(facts)
        return actor_drawing(facts)
    graph = view_network(store, kind)
    drawing = Drawing.of(graph)
    graph.clear()
    return drawing
