"""Writes: refused on a read-only endpoint, bearer-token only otherwise, and never seen half-done."""

from __future__ import annotations

import json
import threading
import urllib.parse

from conftest import SERVE_TOKEN, RunningServer, fetch
from rdflib import Dataset, Graph

GRAPH = "https://w3id.org/diplograph/id/article/served"
AUTH = {"Authorization": f"Bearer {SERVE_TOKEN}"}
INSERT = f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}> dcterms:title "Served" }} }}'


def ask(server: RunningServer, query: str) -> bool:
    qs = urllib.parse.urlencode({"query": query})
    status, _, body = fetch(f"{server.url}/query?{qs}", headers={"Accept": "application/json"})
    assert status == 200
    return bool(json.loads(body)["boolean"])


def update(server: RunningServer, text: str, headers: dict[str, str] | None = None) -> int:
    data = urllib.parse.urlencode({"update": text}).encode()
    kind = {"Content-Type": "application/x-www-form-urlencoded"}
    return fetch(f"{server.url}/update", data, {**kind, **(headers or {})})[0]


def test_read_only_endpoint_refuses_every_write(endpoint: RunningServer) -> None:
    assert update(endpoint, INSERT, AUTH) == 403
    store = f"{endpoint.url}/store?graph={urllib.parse.quote(GRAPH)}"
    assert (
        fetch(store, b"<urn:a> <urn:b> <urn:c> .", {"Content-Type": "application/n-triples"}, "PUT")[0] == 403
    )
    assert (
        fetch(f"{endpoint.url}/store?graph=https://w3id.org/diplograph/id/article/a1", method="DELETE")[0]
        == 403
    )
    assert not ask(endpoint, f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert ask(endpoint, "ASK { GRAPH <https://w3id.org/diplograph/id/article/a1> { ?s ?p ?o } }")


def test_update_needs_the_bearer_token(writable_endpoint: RunningServer) -> None:
    assert update(writable_endpoint, INSERT) == 401
    assert update(writable_endpoint, INSERT, {"Authorization": "Bearer wrong"}) == 401
    status, _, _ = fetch(
        f"{writable_endpoint.url}/update", INSERT.encode(), {"Content-Type": "application/sparql-update"}
    )
    assert status == 401
    assert not ask(writable_endpoint, f"ASK {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}")
    assert update(writable_endpoint, INSERT, AUTH) == 204
    assert ask(writable_endpoint, f'ASK {{ <{GRAPH}> dcterms:title "Served" }}')
    assert update(writable_endpoint, "INSERT DATA {", AUTH) == 400


def test_graph_store_protocol_round_trip(writable_endpoint: RunningServer) -> None:
    url = f"{writable_endpoint.url}/store?graph={urllib.parse.quote(GRAPH)}"
    turtle = f'<{GRAPH}> <http://purl.org/dc/terms/title> "Eins" ; <urn:x:n> 1 .'.encode()
    ttl = {"Content-Type": "text/turtle"}
    assert fetch(url, turtle, ttl, "PUT")[0] == 401
    assert fetch(url, turtle, {**ttl, **AUTH}, "PUT")[0] == 201
    assert fetch(url, turtle, {**ttl, **AUTH}, "PUT")[0] == 204  # replaced, not doubled
    status, kind, body = fetch(url, headers={"Accept": "application/n-triples"})
    assert status == 200 and kind == "application/n-triples"
    assert len(Graph().parse(data=body, format="nt")) == 2
    more = b"<urn:x:s> <urn:x:p> <urn:x:o> ."
    assert fetch(url, more, {"Content-Type": "application/n-triples", **AUTH}, "POST")[0] == 204
    assert len(Graph().parse(data=fetch(url, headers={"Accept": "text/turtle"})[2], format="turtle")) == 3
    assert fetch(url, b"not turtle <", {**ttl, **AUTH}, "PUT")[0] == 400
    assert fetch(url, b"{}", {"Content-Type": "application/pdf", **AUTH}, "PUT")[0] == 415
    assert fetch(url, method="DELETE", headers=AUTH)[0] == 204
    assert fetch(url)[0] == 404
    # the whole store as TriG keeps the article graphs
    status, kind, body = fetch(f"{writable_endpoint.url}/store", headers={"Accept": "application/trig"})
    assert status == 200
    names = {str(g.identifier) for g in Dataset().parse(data=body, format="trig").graphs()}
    assert "https://w3id.org/diplograph/id/article/a1" in names


def test_readers_keep_answering_while_a_client_writes(writable_endpoint: RunningServer) -> None:
    """A graph replaced 60 times over while 4 readers count it: every read is 200 and whole."""
    url = f"{writable_endpoint.url}/store?graph={urllib.parse.quote(GRAPH)}"
    small = "".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .\n' for i in range(50)).encode()
    large = "".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .\n' for i in range(200)).encode()
    nt = {"Content-Type": "application/n-triples", **AUTH}
    assert fetch(url, small, nt, "PUT")[0] == 201
    count = urllib.parse.urlencode(
        {"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"}
    )
    seen: list[tuple[int, str]] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            status, _, body = fetch(f"{writable_endpoint.url}/query?{count}", headers={"Accept": "text/csv"})
            seen.append((status, body.decode().split()[-1]))

    readers = [threading.Thread(target=read) for _ in range(4)]
    for r in readers:
        r.start()
    try:
        writes = [fetch(url, large if i % 2 else small, nt, "PUT")[0] for i in range(60)]
    finally:
        done.set()
        for r in readers:
            r.join()
    assert set(writes) == {204}
    assert len(seen) > 20
    assert {status for status, _ in seen} == {200}
    assert {n for _, n in seen} <= {"50", "200"}  # never a graph half replaced
