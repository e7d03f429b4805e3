"""The embedded graph store (Oxigraph) and the SPARQL queries diplograph ships."""

from __future__ import annotations

from diplograph.store.queries import load_query, parse_binding, query_names
from diplograph.store.store import GraphStore, QueryResult, export_file, open_store

__all__ = [
    "GraphStore",
    "QueryResult",
    "export_file",
    "load_query",
    "open_store",
    "parse_binding",
    "query_names",
]
