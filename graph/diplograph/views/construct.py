"""Draw the result of any SPARQL CONSTRUCT query as a network.

For questions the shipped views do not ask: every triple whose object is an IRI or blank node
becomes an edge labelled with the predicate's local name; ``rdf:type`` sets a node's type,
``rdfs:label`` its label, and other literals are listed in its tooltip.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal

from diplograph.errors import InputError
from diplograph.views.facts import DEFAULT_LANGS, QueryStore, local_name, pick_label

#: Literal values shown per node at most (a node may have thousands).
MAX_PROPS = 30


def construct_network(store: QueryStore, rq_text: str) -> nx.MultiDiGraph:
    """Run a CONSTRUCT query on ``store`` and return its triples as a network."""
    result = store.query(rq_text)
    if result.kind != "construct" or result.graph is None:
        raise InputError(f"a view query must be a CONSTRUCT query, not {result.kind.upper()}")
    return graph_network(result.graph)


def graph_network(rdf: Graph) -> nx.MultiDiGraph:
    """Turn an rdflib graph into a network (see the module docstring)."""
    g = nx.MultiDiGraph()
    labels: dict[str, list[Literal]] = {}

    def node(term: Any) -> str:
        key = str(term)
        if key not in g:
            g.add_node(key, kind="resource", type="Resource", label=local_name(key), props=[], evidence=[])
        return key

    for s, p, o in sorted(rdf):
        u = node(s)
        if p == RDF.type:
            g.nodes[u]["type"] = local_name(str(o))
        elif isinstance(o, Literal):
            if p == RDFS.label:
                labels.setdefault(u, []).append(o)
            elif len(g.nodes[u]["props"]) < MAX_PROPS:
                g.nodes[u]["props"].append((local_name(str(p)), str(o)))
        else:
            g.add_edge(u, node(o), key=str(p), kind=local_name(str(p)), weight=1, dates=[], evidence=[])
    for u, lits in labels.items():
        g.nodes[u]["label"] = pick_label(lits, DEFAULT_LANGS)
    for n in g:
        g.nodes[n]["degree"] = len(set(g.successors(n)) | set(g.predecessors(n)))
    return g
