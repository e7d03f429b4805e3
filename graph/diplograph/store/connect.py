"""One seam for every command: ``--store`` names a folder (embedded) or a SPARQL server (URL).

:class:`Store` is what the commands use of a store; :class:`~diplograph.store.GraphStore`
(embedded Oxigraph) and :class:`~diplograph.store.remote.RemoteStore` (any SPARQL 1.1 server)
both provide it, and :func:`connect_store` picks one by whether the location is an http(s) URL.
Commands that need the database files themselves (``serve``, ``load``) keep
:func:`~diplograph.store.open_store`, which refuses a URL with a clear message.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import BinaryIO, Protocol

from rdflib import Dataset, URIRef
from rdflib.term import Identifier

from diplograph.store.store import QueryResult, open_store


class Store(Protocol):
    """What the commands read and write through, wherever the graph lives."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a SPARQL query with bound variables (never pasted as text)."""
        ...

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> list[tuple[str | None, ...]]:
        """Run a SELECT; rows as plain strings."""
        ...

    def replace_graph_nt(
        self, name: URIRef, ntriples: str, count: int, merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace a named graph whole (and add ``merge`` to other graphs)."""
        ...

    def replace_graphs_nt(
        self, graphs: Sequence[tuple[URIRef, str, int]], merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace several named graphs ``(name, N-Triples, count)``, each whole or not at all."""
        ...

    def add_nt(self, name: URIRef, ntriples: str, count: int) -> int:
        """Add N-Triples text to a named graph."""
        ...

    def has_graph(self, name: URIRef) -> bool:
        """Whether the named graph exists."""
        ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs, sorted."""
        ...

    def count(self, graph: URIRef | None = None) -> int:
        """Quads of the store, or triples of one graph."""
        ...

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store as nquads, trig, turtle or jsonld."""
        ...

    def dataset(self) -> Dataset:
        """The store (or a copy of it) as an rdflib Dataset."""
        ...

    def close(self) -> None:
        """Release the folder or the connection."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def is_url(where: str | os.PathLike[str] | None) -> bool:
    """Whether ``--store`` names a SPARQL server (an http or https URL) rather than a folder."""
    return isinstance(where, str) and where.lower().startswith(("http://", "https://"))


def location(explicit: str | os.PathLike[str] | None = None) -> str | os.PathLike[str] | None:
    """The store location: the explicit one, else ``DIPLOGRAPH_STORE`` (None: the default folder)."""
    return explicit or os.environ.get("DIPLOGRAPH_STORE") or None


def connect_store(where: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``where`` (or ``DIPLOGRAPH_STORE``): a SPARQL server for an http(s) URL
    (completed from ``DIPLOGRAPH_UPDATE_URL``, ``…_GSP_URL``, credentials: docs/remote-store.md),
    else the embedded store in that folder.

    A server opened for reading is checked to query the union of its graphs, as the embedded
    store does, so a misconfigured one fails here and not with empty answers.
    """
    target = location(where)
    if isinstance(target, str) and is_url(target):
        from diplograph.store.remote import RemoteStore  # httpx only when a server is named

        remote = RemoteStore.from_url(target, read_only=read_only)
        if read_only:
            try:
                remote.check_union()
            except BaseException:
                remote.close()
                raise
        return remote
    return open_store(target, read_only=read_only)
