"""Result formats: the W3C SPARQL 1.1 CSV, TSV and JSON shapes, and the plain table."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from diplograph.ids import actor_iri
from diplograph.store import GraphStore, QueryResult
from diplograph.store.results import render

RUSSIA = actor_iri("state/russia")
ROWS = QueryResult(
    "select",
    vars=["s", "l", "n"],
    rows=[
        (RUSSIA, Literal("Russland", lang="de"), Literal("3", datatype=XSD.integer)),
        (BNode("b0"), Literal('say "hi",\tnow\nok'), None),
    ],
)


def test_results_csv_w3c_shape() -> None:
    text = render(ROWS, "csv")
    assert text.startswith("s,l,n\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [["s", "l", "n"], [str(RUSSIA), "Russland", "3"], ["_:b0", 'say "hi",\tnow\nok', ""]]


def test_results_tsv_w3c_shape() -> None:
    lines = render(ROWS, "tsv").split("\n")
    assert lines[0] == "?s\t?l\t?n"
    assert lines[1] == f'<{RUSSIA}>\t"Russland"@de\t"3"^^<{XSD.integer}>'
    assert lines[2] == '_:b0\t"say \\"hi\\",\\tnow\\nok"\t'
    assert lines[3] == ""


def test_results_json_w3c_shape() -> None:
    doc = json.loads(render(ROWS, "json"))
    assert doc["head"] == {"vars": ["s", "l", "n"]}
    first, second = doc["results"]["bindings"]
    assert first == {
        "s": {"type": "uri", "value": str(RUSSIA)},
        "l": {"type": "literal", "value": "Russland", "xml:lang": "de"},
        "n": {"type": "literal", "value": "3", "datatype": str(XSD.integer)},
    }
    assert second == {
        "s": {"type": "bnode", "value": "b0"},
        "l": {"type": "literal", "value": 'say "hi",\tnow\nok'},
    }


def test_results_ask_json() -> None:
    assert json.loads(render(QueryResult("ask", boolean=True), "json")) == {"head": {}, "boolean": True}


def test_results_table_compacts_iris() -> None:
    text = render(ROWS, "table")
    assert "id:state/russia" in text and "Russland" in text
    assert text.splitlines()[-1] == "(2 rows)"


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_results_match_oxigraph_serialiser(diplo_store: GraphStore, fmt: str) -> None:
    """Our writer and Oxigraph's own serialiser agree on the fixture (order-independent)."""

    sparql = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    ours = render(diplo_store.query(sparql), fmt)
    raw = diplo_store._db.query(sparql, use_default_graph_as_union=True)
    assert isinstance(raw, ox.QuerySolutions)
    theirs = raw.serialize(format={"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV}[fmt])
    assert theirs is not None
    if fmt == "json":
        assert json.loads(ours) == json.loads(theirs)
    else:
        assert ours == theirs.decode("utf-8")


def test_results_uri_term_shape() -> None:
    result = QueryResult("select", vars=["x"], rows=[(URIRef("urn:x:1"),)])
    assert render(result, "tsv") == "?x\n<urn:x:1>\n"
