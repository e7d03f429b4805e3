"""The SPARQL 1.1 Protocol on /query: methods, content negotiation, limits and errors (urllib)."""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from conftest import RunningServer, fetch
from rdflib import Graph

MEETINGS = "SELECT ?m ?a WHERE { ?m dg:participant ?a } ORDER BY ?m ?a"
CONSTRUCT = "CONSTRUCT { ?m dg:participant ?a } WHERE { ?m dg:participant ?a }"


def get(
    server: RunningServer, query: str, accept: str | None = None, **params: str
) -> tuple[int, str, bytes]:
    qs = urllib.parse.urlencode({"query": query, **params})
    return fetch(f"{server.url}/query?{qs}", headers={"Accept": accept} if accept else {})


def test_get_post_form_and_direct_body_give_the_same_answer(endpoint: RunningServer) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    by_get = get(endpoint, MEETINGS, accept["Accept"])
    form = urllib.parse.urlencode({"query": MEETINGS}).encode()
    by_form = fetch(
        f"{endpoint.url}/query", form, {**accept, "Content-Type": "application/x-www-form-urlencoded"}
    )
    by_body = fetch(
        f"{endpoint.url}/query", MEETINGS.encode(), {**accept, "Content-Type": "application/sparql-query"}
    )
    assert by_get[0] == by_form[0] == by_body[0] == 200
    assert by_get[2] == by_form[2] == by_body[2]
    rows = json.loads(by_get[2])["results"]["bindings"]
    assert len(rows) >= 4 and all({"m", "a"} <= set(r) for r in rows)


def test_select_in_every_results_format(endpoint: RunningServer) -> None:
    status, kind, body = get(endpoint, MEETINGS, "application/sparql-results+json")
    assert (status, kind) == (200, "application/sparql-results+json")
    n = len(json.loads(body)["results"]["bindings"])
    status, kind, body = get(endpoint, MEETINGS, "application/sparql-results+xml")
    assert kind == "application/sparql-results+xml"
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert len(ET.fromstring(body).findall(f"{ns}results/{ns}result")) == n
    status, kind, body = get(endpoint, MEETINGS, "text/csv")
    assert kind.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body.decode())))[0] == ["m", "a"]
    assert len(body.decode().splitlines()) == n + 1
    status, kind, body = get(endpoint, MEETINGS, "text/tab-separated-values")
    assert kind.startswith("text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?m\t?a"
    # format= wins over Accept (a link in a browser can ask for CSV)
    assert get(endpoint, MEETINGS, "application/sparql-results+json", format="csv")[1].startswith("text/csv")


def test_ask_and_the_union_default_graph(endpoint: RunningServer) -> None:
    status, _, body = get(endpoint, "ASK { ?m dg:participant ?a }", "application/json")
    assert status == 200 and json.loads(body)["boolean"] is True
    # with default-graph-uri only the named graph is the default graph (the reference graph has no meetings)
    status, _, body = get(
        endpoint,
        "ASK { ?m dg:participant ?a }",
        "application/json",
        **{"default-graph-uri": "https://w3id.org/diplograph/id/graph/reference"},
    )
    assert status == 200 and json.loads(body)["boolean"] is False


@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_construct_as_rdf(endpoint: RunningServer, accept: str, media: str, rdflib_format: str) -> None:
    status, kind, body = get(endpoint, CONSTRUCT, accept)
    assert status == 200 and kind.split(";")[0] == media
    expected = len(json.loads(get(endpoint, MEETINGS, "application/json")[2])["results"]["bindings"])
    assert len(Graph().parse(data=body, format=rdflib_format)) == expected


def test_errors_are_clear_http_statuses(endpoint: RunningServer) -> None:
    status, kind, body = get(endpoint, "SELEC ?x")
    assert status == 400 and kind.startswith("text/plain") and b"bad SPARQL query" in body
    assert get(endpoint, MEETINGS, "text/html")[0] == 406
    assert fetch(f"{endpoint.url}/query")[0] == 400  # no query at all
    assert fetch(f"{endpoint.url}/query", b"x", {"Content-Type": "text/plain"})[0] == 415


def test_an_answer_over_the_size_limit_is_refused(diplo_store: object) -> None:
    with RunningServer(diplo_store, max_result_bytes=2_000) as server:  # type: ignore[arg-type]
        assert get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2")[0] == 200
        status, _, body = get(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 422
    assert b"larger than this endpoint's limit of 2,000 bytes" in body


def test_a_query_over_the_time_limit_is_stopped(diplo_store: object) -> None:
    cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # ~10^7 rows, streamed
    with RunningServer(diplo_store, timeout_s=0.3, max_result_bytes=10**10) as server:  # type: ignore[arg-type]
        started = time.monotonic()
        status, _, body = get(server, cross, "text/csv")
        took = time.monotonic() - started
        # the endpoint still answers at once afterwards
        assert get(server, "ASK {}", "application/json")[0] == 200
    assert status == 503 and b"longer than this endpoint's limit of 0.3 s" in body
    assert took < 5


def test_the_cookbook_is_served_for_the_page(endpoint: RunningServer) -> None:
    status, kind, body = fetch(f"{endpoint.url}/cookbook.json")
    assert status == 200 and kind == "application/json"
    names = json.loads(body)
    assert "meetings-of-actor" in names and "SELECT" in names["meetings-of-actor"]
    # every cookbook query runs unbound on the endpoint
    for name, text in names.items():
        assert get(endpoint, text, "application/json")[0] == 200, name


def test_cookbook_queries_take_bound_values(endpoint: RunningServer) -> None:
    """``bind=name=<iri>`` / ``bind=name=text`` fix variables as ``diplograph query --bind`` does."""
    from diplograph.store import load_query

    status, _, body = get(
        endpoint,
        load_query("meetings-of-actor"),
        "application/json",
        bind="actor=<https://w3id.org/diplograph/id/state/ukraine>",
    )
    rows = json.loads(body)["results"]["bindings"]
    assert status == 200 and rows
    assert {r["actor"]["value"] for r in rows} == {"https://w3id.org/diplograph/id/state/ukraine"}
    status, _, body = get(endpoint, load_query("find-actor"), "application/json", bind="name=russland")
    assert {r["actor"]["value"] for r in json.loads(body)["results"]["bindings"]} == {
        "https://w3id.org/diplograph/id/state/russia"
    }
    # a value is a term, never query text
    status, _, body = get(endpoint, load_query("find-actor"), "application/json", bind='name=x" } }')
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    assert get(endpoint, "SELECT ?a WHERE { ?a ?p ?o }", bind="no binding")[0] == 400
    assert get(endpoint, "SELECT ?a WHERE { ?a ?p ?o }", bind="b=1")[0] == 400  # ?b is not selected
