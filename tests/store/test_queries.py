"""Each cookbook query answers its question on the hand-written three-article fixture."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from diplograph.errors import StoreError
from diplograph.ids import actor_iri
from diplograph.store import GraphStore, load_query, query_names
from diplograph.vocab import DG, DGT

RUSSIA, UKRAINE, USA = (actor_iri(k) for k in ("state/russia", "state/ukraine", "state/usa"))
LAVROV = actor_iri("person/sergey-lavrov")


def _fact(kind: str, name: str) -> URIRef:
    return actor_iri(f"{kind}/{name}")


def _run(store: GraphStore, query: str, **bindings: Identifier) -> list[dict[str, Identifier | None]]:
    result = store.query(load_query(query), bindings)
    return [dict(zip(result.vars, row, strict=True)) for row in result.rows]


def test_queries_all_shipped_queries_parse(diplo_store: GraphStore) -> None:
    for name in query_names():
        diplo_store.query(load_query(name))


def test_queries_unknown_name() -> None:
    with pytest.raises(StoreError, match="no shipped query"):
        load_query("nope")


def test_queries_meetings_of_actor_by_iri(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "meetings-of-actor", actor=RUSSIA)
    assert [r["meeting"] for r in rows] == [_fact("meeting", "m1"), _fact("meeting", "m4")]
    first = rows[0]
    assert str(first["date"]) == "2025-05-16"
    assert first["status"] == DG.occurred
    assert first["place"] == actor_iri("place/istanbul")
    assert first["other"] == UKRAINE


def test_queries_meetings_of_actor_by_name(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "meetings-of-actor", name=Literal("lavrov"))
    assert [(r["actor"], r["meeting"]) for r in rows] == [(LAVROV, _fact("meeting", "m2"))]
    assert rows[0]["other"] == actor_iri("person/marco-rubio")
    assert rows[0]["status"] == DG.planned


def test_queries_demands_addressed_to_target(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "demands", target=UKRAINE)
    assert {(r["holder"], r["topic"]) for r in rows} == {
        (RUSSIA, DGT["alliance-membership"]),
        (RUSSIA, DGT.territory),
    }
    assert all(r["text"] for r in rows)


def test_queries_demands_all(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "demands")
    assert {(r["holder"], r["target"]) for r in rows} == {(RUSSIA, UKRAINE), (UKRAINE, RUSSIA)}
    assert len(rows) == 3  # the US proposal is not a demand


def test_queries_positions_of_actor_over_time(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "positions-of-actor", actor=RUSSIA)
    assert [str(r["when"]) for r in rows] == ["2025-05-16", "2025-06-30"]
    assert [r["topic"] for r in rows] == [DGT["alliance-membership"], DGT.territory]
    assert {r["stance"] for r in rows} == {DG.demand}


def test_queries_met_both(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "met-both", a=RUSSIA, b=USA)
    assert [(r["x"], int(r["withA"]), int(r["withB"])) for r in rows] == [(UKRAINE, 1, 1)]  # type: ignore[arg-type]


def test_queries_facts_with_evidence(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "facts-with-evidence", actor=USA)
    assert [r["fact"] for r in rows] == [
        _fact("meeting", "m3"),
        _fact("meeting", "m4"),
        _fact("position", "p4"),
    ]
    assert str(rows[1]["text"]) == "Washington also spoke with Russia by phone."
    assert str(rows[1]["title"]) == "Talks continue"
    assert str(rows[1]["url"]) == "https://news.example/a3"


def test_queries_find_actor(diplo_store: GraphStore) -> None:
    rows = _run(diplo_store, "find-actor", name=Literal("washington"))
    assert [(r["actor"], r["type"], int(r["articles"])) for r in rows] == [(USA, DG.State, 1)]  # type: ignore[arg-type]


def test_queries_find_actor_type_from_reference_graph(mem_store: GraphStore) -> None:
    from rdflib import RDF, RDFS, Graph

    from diplograph.ids import REFERENCE_GRAPH

    # Named a place in one article and a state in two: the reference graph says which it is.
    ref = Graph()
    ref.add((RUSSIA, RDF.type, DG.State))
    ref.add((RUSSIA, RDFS.label, Literal("Russia", lang="en")))
    mem_store.replace_graph(REFERENCE_GRAPH, ref)
    for n, kind in enumerate([DG.Place, DG.State, DG.State]):
        g = Graph()
        g.add((RUSSIA, RDF.type, kind))
        mem_store.replace_graph(actor_iri(f"article/r{n}"), g)
    rows = _run(mem_store, "find-actor", name=Literal("RUSSIA"))
    assert [(r["actor"], r["type"], int(r["articles"])) for r in rows] == [(RUSSIA, DG.State, 3)]  # type: ignore[arg-type]
    assert _run(mem_store, "find-actor", name=Literal("Narnia")) == []
    # Named in the reference graph only, in no article: not found, as with a plain join.
    ref.add((UKRAINE, RDF.type, DG.State))
    ref.add((UKRAINE, RDFS.label, Literal("Ukraine", lang="en")))
    mem_store.replace_graph(REFERENCE_GRAPH, ref)
    assert _run(mem_store, "find-actor", name=Literal("ukraine")) == []
