"""A SPARQL server as the store: Oxigraph server, Virtuoso, Fuseki, GraphDB, ``diplograph serve``.

Reads go through the SPARQL 1.1 Protocol (POST, results as JSON, graphs as N-Triples); bound
variables become ``VALUES`` blocks of escaped terms (:mod:`diplograph.store.sparqltext`).
Writes replace each article's named graph whole, so ingesting again never duplicates: by a
Graph Store Protocol ``PUT`` when the server has one, else by one SPARQL Update request
(``DROP SILENT GRAPH`` + ``INSERT DATA``, atomic on Oxigraph and Fuseki).

The HTTP client is httpx: timeouts per phase, keep-alive (one TCP connection for a whole
ingest), and basic, digest (Virtuoso's ``/sparql-auth``) and bearer authentication, typed;
urllib opens a connection per request and answers every digest challenge anew.
"""

from __future__ import annotations

import json
import os
import time
import urllib.parse
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, BinaryIO

import httpx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from diplograph import ids
from diplograph.errors import StoreError
from diplograph.store.queries import prefixes
from diplograph.store.sparqltext import first_form, iri, prologue, with_values
from diplograph.store.store import GraphStore, QueryResult
from diplograph.store.terms import to_rdflib

#: Environment variables that complete ``--store URL`` (secrets stay off the command line).
ENV_UPDATE = "DIPLOGRAPH_UPDATE_URL"
ENV_GSP = "DIPLOGRAPH_GSP_URL"
ENV_USER = "DIPLOGRAPH_STORE_USER"
ENV_PASSWORD = "DIPLOGRAPH_STORE_PASSWORD"
ENV_AUTH = "DIPLOGRAPH_STORE_AUTH"
ENV_TOKEN = "DIPLOGRAPH_STORE_TOKEN"
ENV_TIMEOUT = "DIPLOGRAPH_STORE_TIMEOUT"

_RESULTS_JSON = "application/sparql-results+json"
_GRAPH_TYPES = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
#: Graphs diplograph writes: the article graphs and the reference graph, all under ids.BASE.
#: A server's own graphs (Virtuoso's system graphs) stay out of counts and exports.
_OURS = f'FILTER(STRSTARTS(STR(?g), "{ids.BASE}"))'


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests (None: it does not)."""

    query: str
    update: str | None = None
    gsp: str | None = None

    @classmethod
    def for_url(cls, url: str, env: Mapping[str, str] | None = None) -> Endpoints:
        """The endpoints of ``--store URL``.

        A server root (``http://host:7878``) is the Oxigraph server's and ``diplograph serve``'s
        layout: ``/query``, ``/update``, ``/store``. Any other URL is one SPARQL endpoint for
        queries and updates (SPARQL 1.1 Protocol) without Graph Store. ``DIPLOGRAPH_UPDATE_URL``
        and ``DIPLOGRAPH_GSP_URL`` override either (``none`` turns it off).
        """
        env = os.environ if env is None else env
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not a SPARQL endpoint URL: {url!r}")
        if parts.path in ("", "/") and not parts.query:
            root = url.rstrip("/")
            found = cls(root + "/query", root + "/update", root + "/store")
        else:
            found = cls(url, url, None)
        update = _override(env.get(ENV_UPDATE), found.update)
        gsp = _override(env.get(ENV_GSP), found.gsp)
        return cls(found.query, update, gsp)


def _override(value: str | None, default: str | None) -> str | None:
    if value is None or value == "":
        return default
    return None if value.lower() == "none" else value


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer TOKEN`` on every request (``diplograph serve``, GraphDB tokens)."""

    def __init__(self, token: str) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        yield request


def auth_from_env(env: Mapping[str, str] | None = None) -> httpx.Auth | None:
    """Credentials from the environment: user and password (basic, or digest with
    ``DIPLOGRAPH_STORE_AUTH=digest``), or a bearer token; None when none is set."""
    env = os.environ if env is None else env
    user, token = env.get(ENV_USER), env.get(ENV_TOKEN)
    scheme = (env.get(ENV_AUTH) or "basic").lower()
    if scheme not in ("basic", "digest"):
        raise StoreError(f"{ENV_AUTH} must be basic or digest, not {scheme!r}")
    if user:
        password = env.get(ENV_PASSWORD, "")
        return httpx.DigestAuth(user, password) if scheme == "digest" else httpx.BasicAuth(user, password)
    return BearerAuth(token) if token else None


class RemoteStore:
    """The store's reading and writing operations over HTTP to a SPARQL server.

    The server must answer queries over the union of its named graphs (Virtuoso and GraphDB
    do; start Oxigraph with ``--union-default-graph``, configure Fuseki with
    ``unionDefaultGraph``): :meth:`check_union` tells when it does not.
    """

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        auth: httpx.Auth | None = None,
        timeout_s: float = 60.0,
        read_only: bool = False,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.read_only = read_only
        self.where = endpoints.query
        self.written = 0
        self._client = httpx.Client(
            auth=auth,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
            follow_redirects=True,
            transport=transport,
        )

    @classmethod
    def from_url(
        cls, url: str, *, read_only: bool = False, env: Mapping[str, str] | None = None
    ) -> RemoteStore:
        """The store behind ``--store URL``, completed from the environment (see :class:`Endpoints`)."""
        env = os.environ if env is None else env
        try:
            timeout = float(env.get(ENV_TIMEOUT) or 60)
        except ValueError:
            raise StoreError(f"{ENV_TIMEOUT} must be a number of seconds") from None
        return cls(
            Endpoints.for_url(url, env), auth=auth_from_env(env), timeout_s=timeout, read_only=read_only
        )

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._client.close()

    # -- HTTP --------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request, sent again once after a dropped connection (a server closing an idle
        keep-alive connection, or restarting): every request made here may be repeated."""
        for attempt in (1, 2):
            try:
                response = self._client.request(method, url, **kwargs)
            except httpx.TimeoutException as exc:
                raise StoreError(
                    f"the SPARQL server {url} did not answer in time ({exc or 'timeout'})"
                ) from exc
            except httpx.TransportError as exc:
                if attempt == 2:
                    raise StoreError(
                        f"cannot reach the SPARQL server {url}: {exc or type(exc).__name__}"
                    ) from exc
                time.sleep(0.3)
                continue
            if response.status_code in (401, 403):
                raise StoreError(
                    f"the SPARQL server {url} refused access ({response.status_code}): set {ENV_USER} and "
                    f"{ENV_PASSWORD} ({ENV_AUTH}=digest for Virtuoso) or {ENV_TOKEN}"
                )
            if response.status_code >= 300:
                text = " ".join(response.text.split())[:300]
                raise StoreError(f"the SPARQL server {url} answered {response.status_code}: {text}")
            return response
        raise AssertionError("unreachable")

    def _ask(self, sparql: str, accept: str) -> httpx.Response:
        return self._send(
            "POST", self.endpoints.query, data={"query": prologue() + sparql}, headers={"Accept": accept}
        )

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a query; ``bindings`` fix variables to RDF terms (sent as ``VALUES``, escaped).

        The project's prefixes are predeclared, as in the embedded store.
        """
        text = with_values(sparql, bindings or {})
        form = first_form(text)
        if form in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult("construct", graph=self._graph(self._ask(text, _GRAPH_TYPES)))
        doc = self._json(self._ask(text, _RESULTS_JSON))
        if "boolean" in doc:
            return QueryResult("ask", boolean=bool(doc["boolean"]))
        names, cells = _table(doc)
        if form == "ASK":  # Virtuoso answers ASK as one row of __ASK_RETVAL
            return QueryResult("ask", boolean=bool(cells) and _ask_value(cells[0]))
        rows = [tuple(_term(row.get(v)) for v in names) for row in cells]
        return QueryResult("select", vars=names, rows=rows)

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> list[tuple[str | None, ...]]:
        """Run a SELECT and return its rows as plain strings (IRIs, lexical forms)."""
        doc = self._json(self._ask(with_values(sparql, bindings or {}), _RESULTS_JSON))
        names, cells = _table(doc)
        return [tuple(None if (c := row.get(v)) is None else str(c["value"]) for v in names) for row in cells]

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            doc = json.loads(response.content)
        except ValueError as exc:
            kind = response.headers.get("content-type", "?")
            raise StoreError(f"the SPARQL server {self.where} sent no JSON results ({kind}): {exc}") from exc
        if not isinstance(doc, dict):
            raise StoreError(f"the SPARQL server {self.where} sent malformed JSON results")
        return doc

    def _graph(self, response: httpx.Response) -> Graph:
        media = response.headers.get("content-type", "application/n-triples").split(";")[0].strip()
        graph = Graph()
        for prefix, ns in prefixes().items():
            graph.bind(prefix, ns)
        try:
            for t in ox.parse(
                response.content, ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            ):
                graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(
                f"the SPARQL server {self.where} sent a graph that does not parse: {exc}"
            ) from exc
        return graph

    def graph_names(self) -> list[URIRef]:
        """The names of diplograph's named graphs on the server, sorted."""
        rows = self.values(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}")
        return sorted(URIRef(g) for g, *_ in rows if g)

    def has_graph(self, name: URIRef) -> bool:
        """Tell whether the named graph ``name`` exists (holds a triple)."""
        result = self.query(f"ASK {{ GRAPH {iri(name)} {{ ?s ?p ?o }} }}")
        return bool(result.boolean)

    def count(self, graph: URIRef | None = None) -> int:
        """Count the quads of diplograph's graphs on the server, or the triples of one graph."""
        where = f"GRAPH {iri(graph)} {{ ?s ?p ?o }}" if graph else f"GRAPH ?g {{ ?s ?p ?o }} {_OURS}"
        rows = self.values(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(rows[0][0] or 0) if rows else 0

    def check_union(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs: every
        query of diplograph would then find nothing (or only part of the store)."""
        ref = f"GRAPH {iri(ids.REFERENCE_GRAPH)} {{ ?s ?p ?o }}"
        if self.query(f"ASK {{ {ref} }}").boolean and not self.query(f"ASK {{ {ref} ?s ?p ?o }}").boolean:
            raise StoreError(
                f"the SPARQL server {self.where} does not query the union of its named graphs "
                "(start Oxigraph with --union-default-graph; see docs/remote-store.md)"
            )

    def snapshot(self) -> GraphStore:
        """An in-memory copy of diplograph's graphs (for export and validation): one CONSTRUCT
        per graph, so no server's result-row limit cuts a large store short."""
        copy = GraphStore()
        for name in self.graph_names():
            response = self._ask(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri(name)} {{ ?s ?p ?o }} }}", _GRAPH_TYPES
            )
            media = response.headers.get("content-type", "application/n-triples").split(";")[0].strip()
            fmt = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            try:
                copy.oxigraph.load(response.content, format=fmt, to_graph=ox.NamedNode(str(name)))
            except (SyntaxError, ValueError) as exc:
                raise StoreError(
                    f"the SPARQL server {self.where} sent a graph that does not parse: {exc}"
                ) from exc
        return copy

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write diplograph's graphs to ``out`` as nquads, trig, turtle or jsonld."""
        self.snapshot().export(out, fmt)

    def dataset(self) -> Dataset:
        """An rdflib Dataset over an in-memory copy of the store (see :meth:`snapshot`)."""
        return self.snapshot().dataset()

    # -- writing -----------------------------------------------------------------------------
    def replace_graph_nt(
        self, name: URIRef, ntriples: str, count: int, merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace the named graph ``name`` by N-Triples text and add ``merge`` to other graphs.

        With Graph Store: ``POST`` of each merged graph, then ``PUT`` of the article, so an
        article on the server always has its reference data (the protocol has no transaction
        across requests; a failure in between leaves reference triples that an ingest run
        again adds once more, as a set, without duplicates). Without: one update request.
        """
        self._writable()
        extra = {g: nt for g, nt in (merge or {}).items() if nt.strip()}
        try:
            if self.endpoints.gsp:
                for graph, nt in extra.items():
                    self._gsp("POST", graph, nt)
                self._gsp("PUT", name, ntriples)
            else:
                every = {name: ntriples, **extra}
                graphs = "".join(f"GRAPH {iri(g)} {{\n{nt}}}\n" for g, nt in every.items())
                self._update(f"DROP SILENT GRAPH {iri(name)} ;\nINSERT DATA {{ {graphs}}}")
        except StoreError as exc:
            raise StoreError(
                f"cannot write <{name}>: {exc}. The {self.written} articles written before are complete "
                "on the server; run the same ingest again to complete the corpus (articles already "
                "there are replaced, not duplicated)"
            ) from exc
        self.written += 1
        return count

    def replace_graphs_nt(
        self, graphs: Sequence[tuple[URIRef, str, int]], merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace several graphs ``(name, N-Triples, count)``, one request each as
        :meth:`replace_graph_nt` does; the first carries ``merge``, so every graph on the
        server has its merged data from the moment it is there."""
        for n, (name, nt, count) in enumerate(graphs):
            self.replace_graph_nt(name, nt, count, merge if n == 0 else None)
        return sum(count for _, _, count in graphs)

    def add_nt(self, name: URIRef, ntriples: str, count: int) -> int:
        """Add N-Triples text to the named graph ``name``."""
        self._writable()
        if self.endpoints.gsp:
            self._gsp("POST", name, ntriples)
        else:
            self._update(f"INSERT DATA {{ GRAPH {iri(name)} {{\n{ntriples}}} }}")
        return count

    def remove_graph(self, name: URIRef) -> None:
        """Remove the named graph ``name`` (no error if it is absent)."""
        self._writable()
        self._update(f"DROP SILENT GRAPH {iri(name)}")

    def _gsp(self, method: str, name: URIRef, ntriples: str) -> None:
        assert self.endpoints.gsp is not None
        self._send(
            method,
            self.endpoints.gsp,
            params={"graph": str(name)},
            content=ntriples.encode("utf-8"),
            headers={"Content-Type": "application/n-triples"},
        )

    def _update(self, sparql: str) -> None:
        if self.endpoints.update is None:
            raise StoreError(f"no SPARQL Update endpoint for {self.where} (set {ENV_UPDATE})")
        self._send("POST", self.endpoints.update, data={"update": sparql})

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.where} is open read-only")


def _table(doc: Mapping[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    try:
        names = [str(v) for v in doc["head"]["vars"]]
        cells = list(doc["results"]["bindings"])
    except (KeyError, TypeError) as exc:
        raise StoreError(f"malformed SPARQL JSON results (no {exc})") from exc
    return names, cells


def _ask_value(row: Mapping[str, Any]) -> bool:
    cell = next(iter(row.values()), None)
    return cell is not None and str(cell.get("value")) not in ("0", "false")


def _term(cell: Mapping[str, Any] | None) -> Identifier | None:
    """One cell of SPARQL JSON results as an rdflib term (``typed-literal``: Virtuoso's older
    spelling; plain ``xsd:string`` comes back without a datatype, as the embedded store does)."""
    if cell is None:
        return None
    kind, value = cell.get("type"), str(cell.get("value", ""))
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang = cell.get("xml:lang")
    if lang:
        return Literal(value, lang=lang)
    datatype = cell.get("datatype")
    if datatype and datatype != str(XSD.string):
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)
