"""Real SPARQL clients against the endpoint: SPARQLWrapper, rdflib's SPARQLStore, curl."""

from __future__ import annotations

import shutil
import subprocess
import urllib.parse

import pytest
from conftest import SERVE_TOKEN, RunningServer
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

RUSSIA = "https://w3id.org/diplograph/id/state/russia"
MEETINGS = f"""PREFIX dg: <https://w3id.org/diplograph/ns#>
SELECT ?m ?other WHERE {{ ?m dg:participant <{RUSSIA}> , ?other FILTER(?other != <{RUSSIA}>) }}"""


def test_sparqlwrapper_select_construct_and_csv(endpoint: RunningServer) -> None:
    client = SPARQLWrapper(f"{endpoint.url}/query")
    client.setQuery(MEETINGS)
    client.setReturnFormat(JSON)
    rows = client.queryAndConvert()["results"]["bindings"]  # type: ignore[index]
    others = {r["other"]["value"] for r in rows}
    assert "https://w3id.org/diplograph/id/state/ukraine" in others
    client.setMethod(POST)
    assert client.queryAndConvert()["results"]["bindings"] == rows  # type: ignore[index]
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().splitlines()[0] == "m,other"  # type: ignore[union-attr]
    client.setQuery("CONSTRUCT { ?m ?p ?o } WHERE { ?m a dg:Meeting ; ?p ?o }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) > 10


def test_sparqlwrapper_update_with_the_token(writable_endpoint: RunningServer) -> None:
    client = SPARQLWrapper(f"{writable_endpoint.url}/query", updateEndpoint=f"{writable_endpoint.url}/update")
    client.setMethod(POST)
    client.addCustomHttpHeader("Authorization", f"Bearer {SERVE_TOKEN}")
    client.setQuery('INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> "written" } }')
    client.query()
    check = SPARQLWrapper(f"{writable_endpoint.url}/query")
    check.setQuery("ASK { <urn:x:a> <urn:x:p> ?o }")
    check.setReturnFormat(JSON)
    assert check.queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_rdflib_sparqlstore_reads_the_union(endpoint: RunningServer) -> None:
    graph = Graph(store=SPARQLStore(f"{endpoint.url}/query", returnFormat="json"))
    rows = list(graph.query(MEETINGS))
    assert URIRef("https://w3id.org/diplograph/id/state/ukraine") in {r[1] for r in rows}  # type: ignore[index]
    labels = set(graph.objects(URIRef(RUSSIA), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert Literal("Russland", lang="de") in labels


def test_rdflib_sparqlupdatestore_writes_with_the_token(writable_endpoint: RunningServer) -> None:
    store = SPARQLUpdateStore(
        f"{writable_endpoint.url}/query",
        f"{writable_endpoint.url}/update",
        headers={"Authorization": f"Bearer {SERVE_TOKEN}"},
    )
    graph = Graph(store=store, identifier=URIRef("urn:x:notes"))
    graph.add((URIRef("urn:x:a"), URIRef("urn:x:note"), Literal("über")))
    assert writable_endpoint.store.has_graph(URIRef("urn:x:notes"))
    assert (URIRef("urn:x:a"), URIRef("urn:x:note"), Literal("über")) in graph


def _curl(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("curl")
    if exe is None:
        pytest.fail("curl is not installed (.ci/run installs it)")
    return subprocess.run([exe, "-sS", *args], capture_output=True, text=True, timeout=30)


def test_curl_get_post_and_errors(endpoint: RunningServer, writable_endpoint: RunningServer) -> None:
    url = f"{endpoint.url}/query"
    done = _curl("-G", url, "--data-urlencode", f"query={MEETINGS}", "-H", "Accept: text/csv")
    assert done.returncode == 0 and done.stdout.splitlines()[0] == "m,other"
    done = _curl(
        url,
        "--data-binary",
        MEETINGS,
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: text/tab-separated-values",
    )
    assert done.stdout.splitlines()[0] == "?m\t?other"
    done = _curl(
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        f"{endpoint.url}/update",
        "--data-urlencode",
        "update=CLEAR ALL",
    )
    assert done.stdout == "403"
    graph = urllib.parse.quote("urn:x:curl")
    put = [
        f"{writable_endpoint.url}/store?graph={graph}",
        "-X",
        "PUT",
        "-H",
        "Content-Type: text/turtle",
        "--data-binary",
        "<urn:x:a> <urn:x:p> 1 .",
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
    ]
    assert _curl(*put).stdout == "401"
    assert _curl(*put, "-H", f"Authorization: Bearer {SERVE_TOKEN}").stdout == "201"
    done = _curl(f"{writable_endpoint.url}/store?graph={graph}", "-H", "Accept: application/n-triples")
    assert done.stdout.strip().startswith("<urn:x:a> <urn:x:p>")
