"""Several article graphs written at once: the same store as writing them one by one."""

from __future__ import annotations

from rdflib import URIRef
from test_store import A, B, _graph  # same folder (rootdir import)

from diplograph.ids import REFERENCE_GRAPH
from diplograph.store import GraphStore


def _nt(*labels: str) -> str:
    """N-Triples of :func:`test_store._graph` (Russia's German labels)."""
    return _graph(*labels).serialize(format="nt", encoding="utf-8").decode("utf-8")


def _quads(store: GraphStore) -> set[tuple[object, ...]]:
    return {tuple(r) for r in store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows}


def test_a_batch_writes_what_one_by_one_writes() -> None:
    ref = _nt("Russland")
    with GraphStore() as one, GraphStore() as many:
        one.replace_graph_nt(A, _nt("Moskau", "Kreml"), 2, merge={REFERENCE_GRAPH: ref})
        one.replace_graph_nt(B, _nt("Zeile mit \\n Umbruch"), 1)
        n = many.replace_graphs_nt(
            [(A, _nt("Moskau", "Kreml"), 2), (B, _nt("Zeile mit \\n Umbruch"), 1)], {REFERENCE_GRAPH: ref}
        )
        assert n == 3
        assert _quads(many) == _quads(one) and len(_quads(one)) == 4


def test_a_batch_replaces_graphs_already_there() -> None:
    with GraphStore() as store:
        store.replace_graphs_nt([(A, _nt("alt"), 1)])
        store.replace_graphs_nt([(A, _nt("neu"), 1), (B, _nt("zwei"), 1)])
        labels = {str(r[3]) for r in _quads(store)}
        assert labels == {"neu", "zwei"}


def test_blank_nodes_stay_apart_between_graphs() -> None:
    text = '_:x <http://www.w3.org/2000/01/rdf-schema#label> "a" .\n'
    with GraphStore() as store:
        store.replace_graphs_nt([(A, text, 1), (B, text, 1)])
        rows = store.query("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        assert len(rows) == 2  # one node per graph, as two separate writes give
        assert all(not isinstance(r[0], URIRef) for r in rows)


def test_the_later_of_two_texts_of_one_graph_wins() -> None:
    with GraphStore() as store:
        store.replace_graphs_nt([(A, _nt("alt"), 1), (A, _nt("neu"), 1)], {REFERENCE_GRAPH: _nt("Russland")})
        assert {str(r[3]) for r in _quads(store)} == {"neu", "Russland"}
