"""The SPARQL 1.1 Graph Store Protocol on ``/store``: read, replace, add to and drop graphs.

``?graph=IRI`` names a graph, ``?default`` the default graph, neither the whole dataset
(GET only). A written graph is parsed by Oxigraph, written back as N-Triples (every term
escaped by the serialiser) and stored in one SPARQL update, so a reader sees the graph before
or after a PUT, never half of it: the same path ``diplograph ingest`` writes articles by.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

import pyoxigraph as ox
from rdflib import URIRef

from diplograph.serve.formats import RDF_TYPES
from diplograph.serve.protocol import ProtocolError
from diplograph.store import GraphStore

#: What a client may send to ``/store`` (a graph, so no TriG or N-Quads).
BODY_TYPES = RDF_TYPES


@dataclass(frozen=True)
class Target:
    """The graph a Graph Store request is about: a named graph, the default graph, or all."""

    iri: str | None
    default: bool

    @property
    def node(self) -> ox.NamedNode | ox.DefaultGraph | None:
        """The pyoxigraph graph name (None: the whole dataset)."""
        if self.default:
            return ox.DefaultGraph()
        return ox.NamedNode(self.iri) if self.iri is not None else None


def target(query_string: str) -> Target:
    """Read ``graph=`` or ``default`` from the query string (not both)."""
    params = parse_qs(query_string, keep_blank_values=True)
    graphs = params.get("graph", [])
    default = "default" in params
    if len(graphs) > 1 or (graphs and default):
        raise ProtocolError(400, "give one 'graph' parameter or 'default', not both")
    if graphs:
        try:
            ox.NamedNode(graphs[0])
        except ValueError as exc:
            raise ProtocolError(400, f"the graph name {graphs[0]!r} is not an IRI") from exc
        return Target(graphs[0], False)
    return Target(None, default)


def to_ntriples(body: bytes, media: str, base: str | None) -> tuple[str, int]:
    """Parse a graph sent as ``media`` and return it as N-Triples text and its triple count."""
    fmt = BODY_TYPES.get(media)
    if fmt is None:
        raise ProtocolError(
            415, f"send the graph as one of {', '.join(BODY_TYPES)}, not {media or 'nothing'}"
        )
    try:
        triples = [q.triple for q in ox.parse(body, fmt, base_iri=base, without_named_graphs=True)]
    except (SyntaxError, ValueError) as exc:
        raise ProtocolError(400, f"cannot read the graph: {' '.join(str(exc).split())[:300]}") from exc
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) if triples else b""
    return (data or b"").decode("utf-8"), len(triples)


def exists(store: GraphStore, where: Target) -> bool:
    """Whether the target graph exists (the default graph always does)."""
    return where.iri is None or store.has_graph(URIRef(where.iri))


def replace(store: GraphStore, where: Target, ntriples: str, count: int) -> None:
    """Replace the target graph by the triples (one transaction)."""
    if where.iri is not None:
        store.replace_graph_nt(URIRef(where.iri), ntriples, count)
    else:
        store.update(f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{ntriples}}}")


def add(store: GraphStore, where: Target, ntriples: str, count: int) -> None:
    """Add the triples to the target graph (one transaction)."""
    if where.iri is not None:
        store.add_nt(URIRef(where.iri), ntriples, count)
    else:
        store.update(f"INSERT DATA {{\n{ntriples}}}")


def drop(store: GraphStore, where: Target) -> None:
    """Drop the target graph (the default graph is emptied)."""
    if where.iri is not None:
        store.remove_graph(URIRef(where.iri))
    else:
        store.update("DROP SILENT DEFAULT")
