"""The summary's rows of each flat view query equal what SPARQL gives on the same store."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import STORE_FIXTURE

from diplograph.store import GraphStore
from diplograph.store.queries import package_query
from diplograph.summary.db import SummaryDB
from diplograph.summary.maintain import nt_subjects, rebuild
from diplograph.summary.rows import QUERY_TABLES

#: Hand-written edge cases (N-Quads): a meeting without details and one with two dates, a
#: blank-node evidence with no article, a position with two holders and no stance, a
#: reference actor whose tenure is a blank node, labels in two languages and an untagged one,
#: an evidence sentence whose article graph has no date, an actor named twice.
EDGE_CASES = """
@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:art:1> {
  <urn:art:1> a dg:Article ; dcterms:issued "2025-01-02"^^xsd:date ; dcterms:title "Eins" .
  <urn:m:bare> a dg:Meeting ; dg:participant <urn:a:x>, <urn:a:y> .
  <urn:m:twice> a dg:Meeting ; dg:participant <urn:a:x> ; dg:date "2025-01-01", "2025-01-03" ;
      dg:topic dg:t1, dg:t2 ; dg:evidence _:e1 .
  _:e1 dg:text "Ein Satz." .
  <urn:p:two> a dg:Position ; dg:holder <urn:a:x>, <urn:a:y> ; dg:target <urn:a:z> ;
      dg:evidence <urn:e:2> .
  <urn:e:2> dg:text "Noch ein Satz." ; dg:start 7 ; prov:wasDerivedFrom <urn:art:1> .
  <urn:a:x> a dg:Person ; rdfs:label "Iks"@de .
  <urn:p:noholder> a dg:Position ; dg:stance dg:demand .
}
<urn:art:2> {
  <urn:art:2> a dg:Article ; schema:url "https://news.example/2" .
  <urn:m:3> a dg:Meeting ; dg:participant <urn:a:y> ; dg:place <urn:pl:1> ; dg:evidence <urn:e:3> .
  <urn:e:3> dg:text "Drei." ; prov:wasDerivedFrom <urn:art:2> .
  <urn:a:y> a dg:State, dg:Place .
}
<urn:art:3> {
  <urn:art:3> a dg:Article .
  <urn:m:sides> a dg:Meeting ; dg:participant <urn:a:p>, <urn:a:s>, <urn:a:q>, <urn:a:t> .
  <urn:m:own> a dg:Meeting ; dg:participant <urn:a:p>, <urn:a:s> .
  <urn:a:p> a dg:Person ; dg:represents <urn:a:s> .
  <urn:a:q> a dg:Person ; dg:represents <urn:a:t>, <urn:a:elsewhere> .
}
<https://w3id.org/diplograph/id/graph/reference> {
  <urn:a:x> a dg:Person ; rdfs:label "Ex"@en, "Iks"@de, "x" ; skos:altLabel "X.", "Mr X" ;
      dg:tenure _:t1 ; dg:represents <urn:a:y> .
  _:t1 dg:role dg:Minister ; dg:represents <urn:a:z> .
  <urn:a:z> a dg:Organization ; rdfs:label "Zett"@de .
  <urn:pl:1> a dg:Place ; rdfs:label "Ort"@de .
}
"""


def _sparql_rows(store: GraphStore, name: str) -> set[tuple[str | None, ...]]:
    return set(store.values(package_query("diplograph.views", name)))


def _summary_rows(store: GraphStore, tmp_path: Path) -> SummaryDB:
    db = SummaryDB(tmp_path)
    rebuild(store, db)
    return db


@pytest.mark.parametrize("source", ["fixture", "edge-cases"])
def test_rows_equal_sparql(tmp_path: Path, source: str) -> None:
    """Every table holds exactly the rows its query gives over the union of the graphs."""
    with GraphStore() as store:
        if source == "fixture":
            store.load(STORE_FIXTURE, "trig")
        else:
            path = tmp_path / "edge.trig"
            path.write_text(EDGE_CASES, encoding="utf-8")
            store.load(path, "trig")
        db = _summary_rows(store, tmp_path)
        for name in QUERY_TABLES:
            if name == "articles":
                continue
            assert set(db.rows(name)) == _sparql_rows(store, name), name
        assert db.rows("meeting-participants"), "the fixture has meetings"
        answer = store.query(package_query("diplograph.views", "articles")).rows[0]
        count, first, last = db.articles()
        assert (count, first, last) == (int(answer[0]), *(None if c is None else str(c) for c in answer[1:]))
        db.close()


def test_rows_for_one_bound_iri(tmp_path: Path) -> None:
    """A lookup by the first column gives that IRI's rows (as a bound variable would)."""
    with GraphStore() as store:
        path = tmp_path / "edge.trig"
        path.write_text(EDGE_CASES, encoding="utf-8")
        store.load(path, "trig")
        db = _summary_rows(store, tmp_path)
        assert set(db.rows("actor-links", "urn:a:x")) == {
            ("urn:a:x", "https://w3id.org/diplograph/ns#represents", "urn:a:y"),
            ("urn:a:x", "https://w3id.org/diplograph/ns#represents", "urn:a:z"),
            ("urn:a:x", "https://w3id.org/diplograph/ns#role", "https://w3id.org/diplograph/ns#Minister"),
        }
        assert db.rows("labels", "urn:nobody") == []
        db.close()


def test_nt_subjects_reads_iri_subjects_and_escapes() -> None:
    """Subjects of N-Triples text, with \\u escapes undone; blank-node subjects are skipped."""
    text = '<urn:a> <urn:p> "x" .\n_:b <urn:p> <urn:c> .\n<urn:caf\\u00E9> <urn:p> <urn:d> .\n'
    assert nt_subjects(text) == {"urn:a", "urn:café"}


def test_rows_sides_are_read_within_one_graph(tmp_path: Path) -> None:
    """A participant that a fellow participant represents in the same graph is a side (the
    reference graph's "x represents y" makes no side of y in an article's meeting)."""
    with GraphStore() as store:
        path = tmp_path / "edge.trig"
        path.write_text(EDGE_CASES, encoding="utf-8")
        store.load(path, "trig")
        db = _summary_rows(store, tmp_path)
        want = {("urn:m:sides", "urn:a:s"), ("urn:m:sides", "urn:a:t"), ("urn:m:own", "urn:a:s")}
        assert set(db.rows("meeting-sides")) == want == _sparql_rows(store, "meeting-sides")
        db.close()


def test_summary_spread_names_the_first_part_in_order_that_shares_a_node(tmp_path: Path) -> None:
    """``spread(keys)`` asks for many parts in one query, then part by part only when one of
    them shares a node with another group: the node of the first such part in ``keys``'s order,
    across chunks of parts, or None."""
    db = SummaryDB(tmp_path)
    try:
        alone = [(f"g{i}", {"nodes": {(f"urn:own{i}", f"g{i}")}}) for i in range(1200)]
        db.replace(alone)
        keys = [key for key, _ in alone]
        assert db.spread(keys) is None and db.spread([]) is None and db.spread(["unknown"]) is None
        late, early = ("urn:own1100", "late"), ("urn:own7", "early")
        shared = [("late", {"nodes": {late}}), ("early", {"nodes": {early}})]
        db.replace(shared)
        assert db.spread(keys) == "urn:own7"
        assert db.spread(keys[700:]) == "urn:own1100"
        assert db.spread(["late", "early"]) == "urn:own1100"
    finally:
        db.close()
