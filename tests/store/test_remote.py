"""The SPARQL-server store without a server: endpoint layouts, credentials, what is sent, and
how answers in each server's dialect are read (an httpx mock transport plays the server)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

import httpx
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from diplograph.errors import StoreError
from diplograph.store.remote import BearerAuth, Endpoints, RemoteStore, auth_from_env

Handler = Callable[[httpx.Request], httpx.Response]


def _store(handler: Handler, endpoints: Endpoints | None = None, read_only: bool = False) -> RemoteStore:
    ends = endpoints or Endpoints("http://h/sparql", "http://h/sparql", None)
    return RemoteStore(ends, transport=httpx.MockTransport(handler), read_only=read_only)


def _form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode("utf-8")).items()}


def test_endpoint_layouts() -> None:
    assert Endpoints.for_url("http://127.0.0.1:7878/", {}) == Endpoints(
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store"
    )
    fuseki = Endpoints.for_url("http://h:3030/ds", {})
    assert fuseki == Endpoints("http://h:3030/ds", "http://h:3030/ds", None)
    env = {"DIPLOGRAPH_UPDATE_URL": "http://h:8890/sparql-auth", "DIPLOGRAPH_GSP_URL": "http://h:8890/crud"}
    assert Endpoints.for_url("http://h:8890/sparql", env) == Endpoints(
        "http://h:8890/sparql", "http://h:8890/sparql-auth", "http://h:8890/crud"
    )
    assert Endpoints.for_url("http://h:7878", {"DIPLOGRAPH_GSP_URL": "none"}).gsp is None
    with pytest.raises(StoreError, match="not a SPARQL endpoint"):
        Endpoints.for_url("ftp://h/sparql", {})


def test_credentials_from_the_environment() -> None:
    assert auth_from_env({}) is None
    assert isinstance(auth_from_env({"DIPLOGRAPH_STORE_USER": "dba"}), httpx.BasicAuth)
    digest = {
        "DIPLOGRAPH_STORE_USER": "dba",
        "DIPLOGRAPH_STORE_PASSWORD": "x",
        "DIPLOGRAPH_STORE_AUTH": "Digest",
    }
    assert isinstance(auth_from_env(digest), httpx.DigestAuth)
    bearer = auth_from_env({"DIPLOGRAPH_STORE_TOKEN": "t" * 20})
    assert isinstance(bearer, BearerAuth) and bearer.token == "t" * 20
    with pytest.raises(StoreError, match="basic or digest"):
        auth_from_env({"DIPLOGRAPH_STORE_USER": "u", "DIPLOGRAPH_STORE_AUTH": "ntlm"})


def test_a_query_is_posted_with_prefixes_and_values_and_virtuoso_results_are_read() -> None:
    seen: list[dict[str, str]] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(_form(request))
        assert request.headers["accept"] == "application/sparql-results+json"
        cells = {
            "o": {"type": "typed-literal", "datatype": str(XSD.date), "value": "2025-12-02"},
            "l": {"type": "literal", "xml:lang": "de", "value": "Genf"},
            "s": {"type": "literal", "datatype": str(XSD.string), "value": "plain"},
        }
        doc = {"head": {"vars": ["o", "l", "s", "u"]}, "results": {"bindings": [cells]}}
        return httpx.Response(200, json=doc)

    with _store(server) as store:
        result = store.query("SELECT ?o ?l ?s ?u WHERE { ?x dg:date ?o }", {"x": URIRef("urn:x:m")})
        strings = store.values("SELECT ?o ?l ?s ?u WHERE { ?x dg:date ?o }")
    assert result.rows == [
        (Literal("2025-12-02", datatype=XSD.date), Literal("Genf", lang="de"), Literal("plain"), None)
    ]
    assert strings == [("2025-12-02", "Genf", "plain", None)]
    query = seen[0]["query"]
    assert query.startswith("PREFIX ") and "PREFIX dg: <https://w3id.org/diplograph/ns#>" in query
    assert "WHERE { VALUES (?x) { (<urn:x:m>) } ?x dg:date ?o }" in query


def test_ask_in_both_dialects_and_construct() -> None:
    answers = iter(
        [
            httpx.Response(200, json={"head": {}, "boolean": True}),
            httpx.Response(
                200,
                json={
                    "head": {"vars": ["__ASK_RETVAL"]},
                    "results": {
                        "bindings": [
                            {
                                "__ASK_RETVAL": {
                                    "type": "typed-literal",
                                    "datatype": str(XSD.integer),
                                    "value": "0",
                                }
                            }
                        ]
                    },
                },
            ),
            httpx.Response(
                200,
                content=b'<urn:x:s> <urn:x:p> "Stra\\u00DFe"@de .\n',
                headers={"content-type": "application/n-triples; charset=UTF-8"},
            ),
        ]
    )
    with _store(lambda request: next(answers)) as store:
        assert store.query("ASK { ?s ?p ?o }").boolean is True
        assert store.query("ASK { ?s ?p ?o }").boolean is False
        graph = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    assert graph is not None
    assert list(graph) == [(URIRef("urn:x:s"), URIRef("urn:x:p"), Literal("Straße", lang="de"))]


def test_refusals_name_the_settings() -> None:
    with (
        _store(lambda request: httpx.Response(401, text="no")) as store,
        pytest.raises(StoreError, match="DIPLOGRAPH_STORE_USER"),
    ):
        store.query("SELECT * { ?s ?p ?o }")
    with (
        _store(lambda request: httpx.Response(400, text="Virtuoso 37000 Error SP030")) as store,
        pytest.raises(StoreError, match="answered 400: Virtuoso 37000"),
    ):
        store.query("SELECT * { ?s ?p ?o }")
    with (
        _store(lambda request: httpx.Response(200), read_only=True) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        store.add_nt(URIRef("urn:g"), "", 0)


def test_an_article_is_one_update_without_graph_store_and_put_after_post_with_it() -> None:
    sent: list[tuple[str, str, str]] = []

    def server(request: httpx.Request) -> httpx.Response:
        body = request.content.decode("utf-8")
        sent.append((request.method, str(request.url), _form(request).get("update", body)))
        return httpx.Response(204)

    article, ref = URIRef("https://w3id.org/diplograph/id/article/a1"), URIRef("urn:x:ref")
    nt = '<urn:x:s> <urn:x:p> "1" .\n'
    with _store(server) as store:
        assert store.replace_graph_nt(article, nt, 1, merge={ref: nt, URIRef("urn:x:empty"): " "}) == 1
    [(method, url, update)] = sent
    assert (method, url) == ("POST", "http://h/sparql")
    assert update.startswith(f"DROP SILENT GRAPH <{article}> ;\nINSERT DATA {{ GRAPH <{article}>")
    assert f"GRAPH <{ref}>" in update and "urn:x:empty" not in update
    sent.clear()
    with _store(server, Endpoints("http://h/q", "http://h/u", "http://h/store")) as store:
        store.replace_graph_nt(article, nt, 1, merge={ref: nt})
    assert [(m, u) for m, u, _ in sent] == [
        ("POST", "http://h/store?graph=urn%3Ax%3Aref"),
        ("PUT", "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fdiplograph%2Fid%2Farticle%2Fa1"),
    ]


def test_several_articles_are_one_request_each_the_first_with_the_merged_data() -> None:
    sent: list[tuple[str, str]] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append((request.method, str(request.url)))
        return httpx.Response(204)

    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    nt = '<urn:x:s> <urn:x:p> "1" .\n'
    with _store(server, Endpoints("http://h/q", "http://h/u", "http://h/store")) as store:
        assert store.replace_graphs_nt([(a, nt, 1), (b, nt, 1)], {URIRef("urn:x:ref"): nt}) == 2
        assert store.written == 2
    assert sent == [
        ("POST", "http://h/store?graph=urn%3Ax%3Aref"),
        ("PUT", "http://h/store?graph=urn%3Ax%3Aa"),
        ("PUT", "http://h/store?graph=urn%3Ax%3Ab"),
    ]


def test_a_server_going_away_says_what_to_do() -> None:
    calls = []

    def server(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError("connection refused")

    with _store(server) as store, pytest.raises(StoreError) as caught:
        store.replace_graph_nt(URIRef("urn:x:a"), "", 0)
    assert len(calls) == 2  # tried once more: a dropped keep-alive connection is not an outage
    assert "cannot reach the SPARQL server http://h/sparql" in str(caught.value)
    assert "0 articles written before" in str(caught.value)
    assert "\n" not in str(caught.value)  # one plain line for the CLI
