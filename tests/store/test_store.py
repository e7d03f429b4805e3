"""The embedded store: atomic graph replacement, union queries, bindings, persistence, errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from diplograph.errors import StoreError
from diplograph.ids import actor_iri, article_iri
from diplograph.store import GraphStore, open_store
from diplograph.store.store import export_file

A = article_iri("https://news.example/one", "")
B = article_iri("https://news.example/two", "")
RUSSIA = actor_iri("state/russia")


def _graph(*labels: str) -> Graph:
    g = Graph()
    for label in labels:
        g.add((RUSSIA, RDFS.label, Literal(label, lang="de")))
    return g


def test_store_replace_graph_is_idempotent(mem_store: GraphStore) -> None:
    assert mem_store.replace_graph(A, _graph("Russland", "RF")) == 2
    assert mem_store.replace_graph(A, _graph("Russland", "RF")) == 2
    assert mem_store.count() == 2
    assert mem_store.count(A) == 2


def test_store_replace_graph_drops_old_content(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland", "RF"))
    mem_store.replace_graph(A, _graph("Russische Föderation"))
    rows = mem_store.query("SELECT ?l WHERE { ?s rdfs:label ?l }").rows
    assert rows == [(Literal("Russische Föderation", lang="de"),)]


def test_store_default_graph_is_union(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland"))
    mem_store.replace_graph(B, _graph("Moskau"))
    assert len(mem_store.query("SELECT ?l WHERE { ?s rdfs:label ?l }").rows) == 2
    assert mem_store.query("SELECT ?l WHERE { ?s rdfs:label ?l }", union=False).rows == []


def test_store_named_graphs_are_isolated(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland"))
    mem_store.replace_graph(B, _graph("Moskau"))
    mem_store.replace_graph(B, Graph())
    assert mem_store.count(A) == 1 and mem_store.count(B) == 0
    assert mem_store.has_graph(A) and not mem_store.has_graph(B)
    assert mem_store.graph_names() == [A]


def test_store_add_to_graph_merges(mem_store: GraphStore) -> None:
    ref = URIRef(actor_iri("graph/reference"))
    mem_store.add_to_graph(ref, _graph("Russland"))
    mem_store.add_to_graph(ref, _graph("Russland", "RF"))
    assert mem_store.count(ref) == 2


def test_store_bindings_cannot_inject(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland"))
    evil = Literal('"} ; DROP ALL ; {')
    result = mem_store.query("SELECT ?s ?l WHERE { ?s rdfs:label ?l }", {"l": evil})
    assert result.rows == []
    result = mem_store.query("SELECT ?x WHERE {}", {"x": evil})
    assert result.rows == [(evil,)]
    assert mem_store.count() == 1


def test_store_binding_fixes_iri(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland"))
    result = mem_store.query("SELECT ?s ?l WHERE { ?s rdfs:label ?l }", {"s": RUSSIA})
    assert result.rows == [(RUSSIA, Literal("Russland", lang="de"))]


def test_store_bad_query_is_store_error(mem_store: GraphStore) -> None:
    with pytest.raises(StoreError, match="bad SPARQL query") as info:
        mem_store.query("SELEKT ?x WHERE { ?x ?y ?z }")
    assert "\n" not in str(info.value)


def test_store_binding_unselected_variable_is_store_error(mem_store: GraphStore) -> None:
    with pytest.raises(StoreError):
        mem_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal("x")})


def test_store_ask_and_construct(mem_store: GraphStore) -> None:
    mem_store.replace_graph(A, _graph("Russland"))
    assert mem_store.query("ASK { ?s rdfs:label ?l }").boolean is True
    result = mem_store.query("CONSTRUCT WHERE { ?s rdfs:label ?l }")
    assert result.kind == "construct" and result.graph is not None
    assert isomorphic(result.graph, _graph("Russland"))


def test_store_persists_across_reopen(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "db") as store:
        store.replace_graph(A, _graph("Russland"))
    with open_store(tmp_path / "db", read_only=True) as store:
        assert store.count(A) == 1
        with pytest.raises(StoreError, match="read-only"):
            store.replace_graph(A, Graph())


def test_store_path_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        GraphStore(tmp_path / "file")


def test_store_read_only_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        GraphStore(tmp_path / "nothing", read_only=True)


def test_store_locked_by_writer(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "db"), pytest.raises(StoreError, match=str(tmp_path / "db")):
        GraphStore(tmp_path / "db")


def test_store_closed_store_is_store_error() -> None:
    store = GraphStore()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_store_export_round_trip(diplo_store: GraphStore, fmt: str) -> None:
    out = io.BytesIO()
    diplo_store.export(out, fmt)
    back = Dataset()
    back.parse(data=out.getvalue(), format={"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
    assert len(list(back.quads((None, None, None, None)))) == diplo_store.count()


def test_store_export_turtle_is_union(diplo_store: GraphStore) -> None:
    out = io.BytesIO()
    diplo_store.export(out, "turtle")
    g = Graph().parse(data=out.getvalue(), format="turtle")
    assert len(g) == len(diplo_store.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }").rows)


def test_store_export_file_missing_folder(diplo_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        export_file(diplo_store, tmp_path / "missing" / "out.nq", "nquads")


def test_store_export_file_leaves_nothing_on_failure(diplo_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown RDF format"):
        export_file(diplo_store, tmp_path / "out.x", "xml")
    assert list(tmp_path.iterdir()) == []


def test_store_dataset_view(diplo_store: GraphStore) -> None:
    ds = diplo_store.dataset()
    assert len(list(ds.quads((None, None, None, None)))) == diplo_store.count()
    assert (RUSSIA, None, None) in ds


def test_store_values_many_equal_values_one_by_one(mem_store: GraphStore) -> None:
    g = Graph()
    g.add((RUSSIA, RDFS.label, Literal('Russland, "RF"\nzwei Zeilen\r', lang="de")))
    g.add((RUSSIA, RDFS.comment, Literal("")))
    g.add((RUSSIA, RDFS.seeAlso, URIRef("https://news.example/a,b")))
    g.add((RUSSIA, RDFS.member, BNode("b1")))
    mem_store.replace_graph(A, g)
    queries = [
        "SELECT ?s ?o WHERE { ?s rdfs:label ?o }",
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p",  # a comma in an IRI: read again
        "SELECT ?s ?x WHERE { ?s rdfs:label ?l OPTIONAL { ?s rdfs:isDefinedBy ?x } }",
        "SELECT ?o WHERE { ?s rdfs:seeAlso ?o }",
        "SELECT ?o WHERE { ?s rdfs:member ?o }",  # a blank node: read again
        "SELECT ?a ?b ?c ?d WHERE { ?a rdfs:label ?b . ?a rdfs:label ?c . ?a rdfs:label ?d }",
        "SELECT ?a ?b ?c ?d WHERE { ?a rdfs:label ?b . ?a rdfs:seeAlso ?c . ?a rdfs:label ?d }",
    ]
    many = mem_store.values_many(queries)
    assert many == [mem_store.values(q) for q in queries]
    assert many[2] == [(str(RUSSIA), None)]
    # An empty literal comes back as None, as an unbound cell does (CSV cannot tell them apart).
    comment = "SELECT ?s ?o WHERE { ?s rdfs:comment ?o }"
    assert mem_store.values_many([comment], threads=1) == [[(str(RUSSIA), None)]]
    assert mem_store.values(comment) == [(str(RUSSIA), "")]
    with pytest.raises(StoreError):
        mem_store.values_many(["SELECT ?s WHERE { ?s ?p }", queries[0]])
    with pytest.raises(StoreError):
        mem_store.values_many(["ASK { ?s ?p ?o }"], threads=1)
