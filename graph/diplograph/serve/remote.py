"""Write articles into a running ``diplograph serve`` (``diplograph ingest --server URL``).

While an endpoint runs it holds the store folder, so ingest writes through it: each article's
named graph is replaced by one Graph Store ``PUT`` (one transaction on the server, so readers see
the article before or after, never half of it), its reference data added by ``POST``, and the
labels already known read by one query. Only the three operations the loader uses are offered.
"""

from __future__ import annotations

import http.client
import urllib.parse
from collections.abc import Mapping
from types import TracebackType

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Identifier

from diplograph.errors import StoreError
from diplograph.store import QueryResult
from diplograph.store.terms import to_rdflib


class RemoteStore:
    """The loader's view of a store, over HTTP to an endpoint started with ``--allow-update``."""

    def __init__(self, base_url: str, token: str, timeout_s: float = 60.0) -> None:
        parts = urllib.parse.urlsplit(base_url.rstrip("/"))
        if parts.scheme != "http" or not parts.hostname:
            raise StoreError(f"--server wants http://HOST:PORT, not {base_url!r}")
        self.base = parts.path
        self.token = token
        self._conn = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=timeout_s)
        self.where = f"http://{parts.netloc}{parts.path}"

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def _send(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        """One request; sent again once on a fresh connection if the server had closed the idle one
        (uvicorn drops keep-alive connections after 5 s; every request here may be repeated)."""
        for attempt in (1, 2):
            try:
                self._conn.request(method, self.base + path, body, headers)
                response = self._conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._conn.close()
                if attempt == 2:
                    raise StoreError(f"cannot reach the endpoint {self.where}: {exc}") from exc
            except OSError as exc:
                self._conn.close()
                raise StoreError(f"cannot reach the endpoint {self.where}: {exc}") from exc
        raise AssertionError("unreachable")

    def _write(self, method: str, name: URIRef, ntriples: str) -> None:
        path = "/store?" + urllib.parse.urlencode({"graph": str(name)})
        headers = {"Content-Type": "application/n-triples", "Authorization": f"Bearer {self.token}"}
        status, body = self._send(method, path, ntriples.encode("utf-8"), headers)
        if status not in (200, 201, 204):
            message = body.decode("utf-8", "replace").strip()
            raise StoreError(f"the endpoint {self.where} refused to write <{name}>: {status} {message}")

    def replace_graph_nt(
        self, name: URIRef, ntriples: str, count: int, merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace the named graph ``name`` by the N-Triples text (Graph Store PUT), then add
        ``merge`` to the other graphs it names (POST). The protocol has no transaction across
        requests: a failure in between leaves the article written without its reference data,
        and ingesting it again completes it."""
        self._write("PUT", name, ntriples)
        for graph, nt in (merge or {}).items():
            if nt.strip():
                self._write("POST", graph, nt)
        return count

    def add_nt(self, name: URIRef, ntriples: str, count: int) -> int:
        """Add the N-Triples text to the named graph ``name`` (Graph Store POST)."""
        self._write("POST", name, ntriples)
        return count

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a SELECT on the endpoint (no bindings: the protocol has none)."""
        if bindings:
            raise StoreError("a remote store takes no bound variables")
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        }
        status, data = self._send("POST", "/query", body, headers)
        if status != 200:
            raise StoreError(
                f"the endpoint {self.where} answered {status}: {data.decode('utf-8', 'replace')}"
            )
        answer = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QuerySolutions):
            raise StoreError("expected SELECT results from the endpoint")
        names = [v.value for v in answer.variables]
        rows = [tuple(None if t is None else to_rdflib(t) for t in sol) for sol in answer]
        return QueryResult("select", vars=names, rows=rows)
