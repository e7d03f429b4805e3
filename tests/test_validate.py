"""SHACL validation: a graph that keeps the contract conforms, each broken one is caught."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from diplograph import ids
from diplograph.validate import validate
from diplograph.vocab import DG, DGT

FIXTURES = Path(__file__).parent / "fixtures" / "validate"
ARTICLE = URIRef(ids.BASE + "article/test-1")
MEETING = URIRef(ids.BASE + "meeting/test-1")
POSITION = URIRef(ids.BASE + "position/test-1")
EVIDENCE = URIRef(ids.BASE + "evidence/test-1")
RUSSIA = ids.actor_iri("state/russia")
GENEVA = ids.actor_iri("place/geneva")


def _load(name: str) -> Dataset:
    data = Dataset()
    data.parse(FIXTURES / name, format="trig")
    return data


def _focus_paths(data: Graph | Dataset) -> set[tuple[Node, Node | None]]:
    report = validate(data)
    assert not report.conforms
    assert all(r.severity == "Violation" for r in report.results)
    return {(r.focus, r.path) for r in report.results}


def test_validate_valid_dataset_conforms() -> None:
    report = validate(_load("valid.trig"))
    assert report.conforms, report.text
    assert report.results == []


def test_validate_valid_plain_graph_conforms() -> None:
    graph = Graph()
    for s, p, o, _ in _load("valid.trig").quads((None, None, None, None)):
        graph.add((s, p, o))
    assert validate(graph).conforms


def test_validate_leaves_input_unchanged() -> None:
    data = _load("valid.trig")
    before = sorted(data.quads((None, None, None, None)))
    validate(data)
    assert sorted(data.quads((None, None, None, None))) == before


@pytest.mark.parametrize(
    ("fixture", "focus", "path"),
    [
        ("meeting-one-participant.trig", MEETING, DG.participant),
        ("evidence-offsets.trig", URIRef(ids.BASE + "evidence/test-2"), None),
        ("position-no-holder.trig", POSITION, DG.holder),
    ],
)
def test_validate_broken_fixture_is_a_violation(fixture: str, focus: URIRef, path: URIRef | None) -> None:
    assert _focus_paths(_load(fixture)) == {(focus, path)}


def _article(data: Dataset) -> Graph:
    return data.graph(ARTICLE)


Edit = Callable[[Graph], None]


def _set(s: URIRef, p: URIRef, o: Node) -> Edit:
    def edit(g: Graph) -> None:
        g.set((s, p, o))

    return edit


def _add(s: URIRef, p: URIRef, o: Node) -> Edit:
    def edit(g: Graph) -> None:
        g.add((s, p, o))

    return edit


def _drop(s: URIRef, p: URIRef) -> Edit:
    def edit(g: Graph) -> None:
        g.remove((s, p, None))

    return edit


@pytest.mark.parametrize(
    ("edit", "focus", "path"),
    [
        (_set(POSITION, DG.stance, DG.Minister), POSITION, DG.stance),
        (_add(POSITION, DG.stance, DG.reject), POSITION, DG.stance),
        (_set(POSITION, DG.topic, DG.demand), POSITION, DG.topic),
        (_drop(POSITION, DG.topic), POSITION, DG.topic),
        (_drop(POSITION, DG.evidence), POSITION, DG.evidence),
        (_set(POSITION, DG.about, DG.demand), POSITION, DG.about),
        (_set(MEETING, DG.status, DG.demand), MEETING, DG.status),
        (_drop(MEETING, DG.status), MEETING, DG.status),
        (_set(MEETING, DG.date, Literal("2026-11-24")), MEETING, DG.date),
        (_set(MEETING, DG.participant, GENEVA), MEETING, DG.participant),
        (_set(EVIDENCE, DG.start, Literal("0")), EVIDENCE, DG.start),
        (_set(EVIDENCE, DG.end, Literal(500)), EVIDENCE, None),
        (_drop(EVIDENCE, PROV.wasDerivedFrom), EVIDENCE, PROV.wasDerivedFrom),
        (_drop(ARTICLE, DG.content), ARTICLE, DG.content),
        (_add(RUSSIA, RDFS.label, Literal("Russian Federation", lang="en")), RUSSIA, RDFS.label),
        (_set(ids.actor_iri("person/test-us-fm"), DG.represents, GENEVA), None, DG.represents),
        (_set(ids.actor_iri("person/test-us-fm"), DG.role, DG.demand), None, DG.role),
    ],
)
def test_validate_broken_edit_is_a_violation(edit: Edit, focus: URIRef | None, path: URIRef | None) -> None:
    data = _load("valid.trig")
    edit(_article(data))
    found = _focus_paths(data)
    assert path in {p for _, p in found}
    if focus is not None:
        assert (focus, path) in found


def test_validate_topic_declared_in_scheme_is_accepted() -> None:
    data = _load("valid.trig")
    extra = URIRef(DGT._NS + "test-only-topic")
    article = _article(data)
    article.add((extra, RDF.type, SKOS.Concept))
    article.add((extra, SKOS.inScheme, DG.Topics))
    article.set((POSITION, DG.topic, extra))
    assert validate(data).conforms


def test_validate_start_after_end_is_a_violation() -> None:
    data = _load("valid.trig")
    _article(data).set((EVIDENCE, DG.start, Literal(60)))
    assert (EVIDENCE, DG.start) in _focus_paths(data)
