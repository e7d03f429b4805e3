"""The ontology files: labels, schemes and the loader's errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from diplograph.errors import OntologyError
from diplograph.ontology import concepts, load_ontology, load_shapes, local_name
from diplograph.vocab import DG, DGT

ONT = load_ontology()
STANCES = {"demand", "reject", "propose", "offer", "support", "oppose", "accept"}


def _languages(subject: URIRef, prop: URIRef) -> list[str]:
    return sorted(o.language or "" for o in ONT.objects(subject, prop) if isinstance(o, Literal))


def _own_terms() -> list[URIRef]:
    found = {
        s
        for s in ONT.subjects(RDF.type, None)
        if isinstance(s, URIRef) and (s.startswith(DG._NS) or s.startswith(DGT._NS))
    }
    return sorted(found)


@pytest.mark.parametrize("term", _own_terms(), ids=local_name)
def test_ontology_term_has_labels_and_definition(term: URIRef) -> None:
    assert _languages(term, RDFS.label) == ["de", "en"]
    definitions = [
        o for p in (RDFS.comment, SKOS.definition) for o in ONT.objects(term, p) if isinstance(o, Literal)
    ]
    assert [d.language for d in definitions] == ["en"]


@pytest.mark.parametrize("topic", sorted(concepts(DG.Topics).values()), ids=local_name)
def test_ontology_topic_has_labels_and_notation(topic: URIRef) -> None:
    assert topic.startswith(DGT._NS)
    assert _languages(topic, SKOS.prefLabel) == ["de", "en"]
    assert [str(n) for n in ONT.objects(topic, SKOS.notation)] == [local_name(topic)]
    assert (topic, RDF.type, SKOS.Concept) in ONT


@pytest.mark.parametrize("scheme", [DG.Roles, DG.Stances, DG.Topics, DG.MeetingStatuses], ids=local_name)
def test_ontology_scheme_concepts_are_in_scheme(scheme: URIRef) -> None:
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ONT
    for concept in concepts(scheme).values():
        assert (concept, RDF.type, SKOS.Concept) in ONT
        assert (concept, SKOS.inScheme, scheme) in ONT
        assert _languages(concept, SKOS.prefLabel) == ["de", "en"]


def test_ontology_stances_are_the_contract_seven() -> None:
    assert set(concepts(DG.Stances)) == STANCES


def test_ontology_statuses_are_meeting_status_individuals() -> None:
    statuses = concepts(DG.MeetingStatuses)
    assert statuses == {"occurred": DG.occurred, "planned": DG.planned, "proposed": DG.proposed}
    for status in statuses.values():
        assert (status, RDF.type, DG.MeetingStatus) in ONT


def test_ontology_roles_include_contract_roles() -> None:
    assert {"HeadOfState", "ForeignMinister", "Spokesperson", "OrganizationLeader"} <= set(concepts(DG.Roles))


def test_ontology_actor_subclasses() -> None:
    for cls in (DG.Person, DG.State, DG.Organization, DG.Delegation):
        assert (cls, RDFS.subClassOf, DG.Actor) in ONT
        assert (cls, RDF.type, OWL.Class) in ONT


def test_ontology_concepts_unknown_scheme_fails() -> None:
    with pytest.raises(OntologyError, match="no concepts"):
        concepts(DG.Actor)


def test_ontology_load_returns_a_copy() -> None:
    graph = load_ontology()
    graph.add((DG.Actor, RDFS.label, Literal("changed", lang="fr")))
    assert (DG.Actor, RDFS.label, Literal("changed", lang="fr")) not in load_ontology()


def test_ontology_shapes_are_separate() -> None:
    shapes = load_shapes()
    assert len(shapes) > 0
    assert not set(shapes.subjects(RDF.type, OWL.Class))


def test_ontology_missing_folder_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_ONTOLOGY", str(tmp_path))
    with pytest.raises(OntologyError, match="no ontology"):
        load_ontology()
    with pytest.raises(OntologyError, match="shapes"):
        load_shapes()


def test_ontology_bad_turtle_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken.ttl").write_text("this is not turtle", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_ONTOLOGY", str(tmp_path))
    with pytest.raises(OntologyError, match="broken.ttl"):
        load_ontology()
