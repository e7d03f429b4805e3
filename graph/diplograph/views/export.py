"""Write a view's network as GraphML or GEXF for Gephi, Cytoscape or yEd.

Both formats hold only scalar attributes, so lists become text: dates and topics joined with
``;``, and the evidence as a JSON list of ``{text, title, issued, url}`` objects. Each node
keeps its IRI as ``iri``; types, labels, weights and edge kinds stay separate attributes, so
the file can be filtered and styled in those tools without parsing anything.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplograph.errors import InputError

if TYPE_CHECKING:
    import networkx as nx


def _write_gexf(graph: nx.Graph, path: str) -> None:
    """GEXF without networkx's ``lastmodifieddate`` (today), so the same graph gives the same file."""
    import networkx as nx

    text = "\n".join(nx.generate_gexf(graph))
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    Path(path).write_text(text + "\n", encoding="utf-8")


def _write_graphml(graph: nx.Graph, path: str) -> None:
    import networkx as nx

    nx.write_graphml(graph, path, named_key_ids=True)


#: Export formats and the networkx writer behind each (networkx is imported when one writes:
#: ``diplograph view``, which imports this module for its command line, draws without it).
WRITERS: dict[str, Callable[[nx.Graph, str], None]] = {
    "graphml": _write_graphml,
    "gexf": _write_gexf,
}


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return ";".join(value)
    if isinstance(value, list | tuple):
        return json.dumps([_plain(v) for v in value], ensure_ascii=False, sort_keys=True)
    return str(value)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {k: v for k, v in asdict(value).items() if k in ("text", "title", "issued", "url")}
    return value if isinstance(value, str | int | float) else str(value)


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all scalars, ready for GraphML/GEXF."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in d.items()}
        flat.add_node(str(n), iri=str(n), **attrs)
    for u, v, k, d in graph.edges(keys=True, data=True):
        flat.add_edge(str(u), str(v), key=str(k), **{a: _scalar(x) for a, x in d.items()})
    return flat


def export_graph(graph: nx.MultiDiGraph, path: str | os.PathLike[str], fmt: str) -> Path:
    """Write ``graph`` to ``path`` as ``graphml`` or ``gexf``; return the path."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown graph format {fmt!r} (choose from {', '.join(WRITERS)})")
    target = Path(path)
    try:
        writer(flatten(graph), os.fspath(target))
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
