"""The graph store (embedded Oxigraph, or a SPARQL server) and the SPARQL queries diplograph ships."""

from __future__ import annotations

from diplograph.store.connect import Store, connect_store, is_url
from diplograph.store.queries import load_query, parse_binding, query_names
from diplograph.store.store import GraphStore, QueryResult, export_file, open_store

__all__ = [
    "GraphStore",
    "QueryResult",
    "Store",
    "connect_store",
    "export_file",
    "is_url",
    "load_query",
    "open_store",
    "parse_binding",
    "query_names",
]
