"""Bound variables sent to a SPARQL server as VALUES blocks answer as the embedded store's own
substitution does, and a bound value can never become query text."""

from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from diplograph.errors import StoreError
from diplograph.ids import actor_iri
from diplograph.store import GraphStore, load_query
from diplograph.store.sparqltext import first_form, prologue, sparql_term, with_values

RUSSIA, UKRAINE, USA = (actor_iri(k) for k in ("state/russia", "state/ukraine", "state/usa"))
HOSTILE = 'x" } } ; DROP ALL ; SELECT * { ?s ?p "\\\n#'

#: Every cookbook query with the bindings its comment documents, and hostile ones.
CASES: list[tuple[str, dict[str, Identifier]]] = [
    ("meetings-of-actor", {"actor": RUSSIA}),
    ("meetings-of-actor", {"name": Literal("lavrov")}),
    ("meetings-of-actor", {"name": Literal(HOSTILE)}),
    ("find-actor", {"name": Literal("Russland")}),
    ("find-actor", {"name": Literal(HOSTILE, lang="de")}),
    ("demands", {"target": UKRAINE}),
    ("positions-of-actor", {"actor": RUSSIA}),
    ("met-both", {"a": RUSSIA, "b": USA}),
    ("facts-with-evidence", {"actor": USA}),
    ("stance-shifts", {"actor": RUSSIA}),
]


@pytest.mark.parametrize(("name", "bindings"), CASES)
def test_values_answer_as_substitution_does(
    diplo_store: GraphStore, name: str, bindings: dict[str, Identifier]
) -> None:
    before = diplo_store.count()
    want = diplo_store.query(load_query(name), bindings)
    got = diplo_store.query(prologue() + with_values(load_query(name), bindings))
    assert got.vars == want.vars
    assert sorted(map(str, got.rows)) == sorted(map(str, want.rows))
    assert diplo_store.count() == before
    if HOSTILE not in {str(v) for v in bindings.values()} and name != "stance-shifts":
        assert want.rows  # the case really selects something


def test_values_go_into_subqueries_that_project_the_variable() -> None:
    text = "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } } { SELECT ?z (COUNT(?a) AS ?n) { ?z ?q ?a } } }"
    out = with_values(text, {"a": URIRef("urn:x:a")})
    assert out.count("VALUES (?a)") == 2  # the outer group and the first subquery, not the second


def test_count_star_is_not_select_star() -> None:
    # The * of COUNT(*) does not project every variable: ?b stays out of the first subquery.
    text = "SELECT ?a ?b WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { ?m ?p ?a } GROUP BY ?a } ?b ?q ?a }"
    out = with_values(text, {"a": URIRef("urn:x:a"), "b": URIRef("urn:x:b")})
    assert "{ SELECT ?a (COUNT(*) AS ?n) WHERE { VALUES (?a) { (<urn:x:a>) } ?m" in out
    assert out.count("VALUES (?a ?b)") == 1  # the outer group only


def test_braces_in_strings_iris_and_comments_are_not_syntax() -> None:
    text = 'SELECT ?s # { not a group\nWHERE { ?s <urn:x:{p}> "{" . ?s ?p """}\n{""" }'
    out = with_values(text, {"s": URIRef("urn:x:s")})
    assert out.startswith("SELECT ?s # { not a group\nWHERE { VALUES (?s) { (<urn:x:s>) } ?s <urn:x:{p}>")


def test_construct_forms() -> None:
    bound = {"s": URIRef("urn:x:s")}
    assert with_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", bound) == (
        "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<urn:x:s>) } ?s ?p ?o }"
    )
    assert with_values("CONSTRUCT WHERE { ?s ?p ?o }", bound).endswith("}\nVALUES (?s) { (<urn:x:s>) }")
    assert first_form("# ASK\nPREFIX a: <urn:a>\nconstruct where { ?s ?p ?o }") == "CONSTRUCT"


def test_terms_are_escaped_or_refused() -> None:
    assert sparql_term(Literal('a"b\\c\nd\x01')) == '"a\\"b\\\\c\\nd\\u0001"'
    assert sparql_term(Literal("2025-01-02", datatype=XSD.date)) == (
        '"2025-01-02"^^<http://www.w3.org/2001/XMLSchema#date>'
    )
    assert sparql_term(Literal("x", datatype=XSD.string)) == '"x"'
    for bad in (URIRef("urn:a> <urn:b"), URIRef(""), BNode("b1")):
        with pytest.raises(StoreError):
            sparql_term(bad)
    with pytest.raises(StoreError, match="variable name"):
        with_values("SELECT * { ?s ?p ?o }", {"s) ?x": URIRef("urn:x")})
    with pytest.raises(StoreError, match="not a SPARQL query"):
        with_values("DROP ALL", {"s": URIRef("urn:x")})
