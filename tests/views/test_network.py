"""SPARQL → networkx: node kinds, edge weights, filters and the facts behind every line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.ids import actor_iri
from diplograph.store import GraphStore
from diplograph.views import Filters, actor_network, construct_network, load_facts, meeting_network
from diplograph.views.drawing import Drawing
from diplograph.views.network import actor_drawing, build_actor_network, find_actor, stance_class_counts

RUSSIA, UKRAINE, USA = (str(actor_iri(k)) for k in ("state/russia", "state/ukraine", "state/usa"))
NATO, LAVROV = str(actor_iri("org/nato")), str(actor_iri("person/sergey-lavrov"))
RUBIO, DELEGATION = str(actor_iri("person/marco-rubio")), str(actor_iri("delegation/ukraine"))


def _pair(u: str, v: str) -> tuple[str, str]:
    return (u, v) if u < v else (v, u)


def test_network_actor_nodes_have_type_label_degree(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    assert set(g) == {RUSSIA, UKRAINE, USA, NATO, LAVROV, RUBIO, DELEGATION}
    assert g.nodes[RUSSIA]["type"] == "State" and g.nodes[RUSSIA]["label"] == "Russia"
    assert g.nodes[DELEGATION]["type"] == "Delegation"
    assert g.nodes[LAVROV]["roles"] == ["ForeignMinister"]
    assert g.nodes[USA]["degree"] == 5


def test_network_met_edge_counts_meetings_with_dates_and_evidence(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    met = g.edges[(*_pair(RUSSIA, UKRAINE), "met")]
    assert met["weight"] == 2
    assert met["dates"] == ["2025-05-16", "2025-07-20"]
    assert met["places"] == ["Istanbul"]
    assert [s.text for s in met["evidence"]] == [
        "Russia and Ukraine negotiated in Istanbul on Friday.",
        "Russia and Ukraine met again in Istanbul.",
    ]
    src = met["evidence"][0]
    assert (src.title, src.issued, src.url) == ("Talks in Istanbul", "2025-05-16", "https://news.example/v1")


def test_network_leaves_out_actors_only_reference_data_knows(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    atlantis = str(actor_iri("state/atlantis"))
    assert atlantis in facts.entities and not facts.entities[atlantis].mentioned
    assert facts.entities[RUSSIA].mentioned
    assert atlantis not in actor_network(views_store)


def test_network_represents_through_tenure(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    assert g.has_edge(RUBIO, USA, "represents") and g.has_edge(LAVROV, RUSSIA, "represents")
    assert g.has_edge(DELEGATION, UKRAINE, "represents")


def test_network_positions_coloured_by_stance_class(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    assert stance_class_counts(g) == {"demand/reject": 3, "propose/offer": 1, "support/accept": 1}
    edge = g.edges[RUSSIA, USA, "position:demand/reject"]
    assert edge["stances"] == ["reject"] and edge["topics"] == ["sanctions"]
    assert edge["evidence"][0].text == "Russia rejects the sanctions of the United States."


def test_network_position_without_target_stays_on_holder(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    texts = [s.text for s in g.nodes[UKRAINE]["evidence"]]
    assert "Ukraine opposes any loss of territory." in texts
    assert g.nodes[UKRAINE]["positions"] == 2


def test_network_date_filter_drops_facts_and_idle_actors(views_store: GraphStore) -> None:
    g = actor_network(views_store, Filters(since=date(2025, 7, 1)))
    assert LAVROV not in g and RUBIO not in g
    assert g.edges[(*_pair(RUSSIA, UKRAINE), "met")]["weight"] == 1


def test_network_undated_meeting_uses_article_date(views_store: GraphStore) -> None:
    g = actor_network(views_store, Filters(until=date(2025, 7, 20), since=date(2025, 7, 20)))
    assert g.has_edge(*_pair(DELEGATION, NATO), "met")


def test_network_topic_and_stance_filters_combine(views_store: GraphStore) -> None:
    g = actor_network(views_store, Filters(topic="ceasefire", stance="demand"))
    assert [(u, v) for u, v, k in g.edges(keys=True) if k != "represents"] == [(UKRAINE, RUSSIA)]


def test_network_type_filter_keeps_only_states(views_store: GraphStore) -> None:
    g = actor_network(views_store, Filters(types=("state",)))
    assert set(g) == {RUSSIA, UKRAINE, USA}


def test_network_min_weight_keeps_heavy_edges(views_store: GraphStore) -> None:
    g = actor_network(views_store, Filters(min_weight=2))
    assert {k for _, _, k in g.edges(keys=True)} == {"met"}
    assert set(g) == {RUSSIA, UKRAINE}


def test_network_ego_by_label_key_or_iri(views_store: GraphStore) -> None:
    for name in ("sergei lavrov", "person/sergey-lavrov", LAVROV):
        g = actor_network(views_store, Filters(actor=name, hops=1))
        assert set(g) == {LAVROV, RUBIO, RUSSIA}
        assert g.graph["center"] == LAVROV
    assert set(actor_network(views_store, Filters(actor="Sergei Lavrov", hops=0))) == {LAVROV}


def test_network_find_actor_by_other_name(diplo_store: GraphStore) -> None:
    facts = load_facts(diplo_store)
    assert find_actor(facts, "washington") == USA


def test_network_unknown_actor_is_an_input_error(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    with pytest.raises(InputError, match="no actor named"):
        find_actor(facts, "Narnia")


def test_network_filters_reject_bad_values() -> None:
    with pytest.raises(InputError):
        Filters(stance="shrug")
    with pytest.raises(InputError):
        Filters(types=("planet",))
    with pytest.raises(InputError):
        Filters(since=date(2025, 2, 1), until=date(2025, 1, 1))
    with pytest.raises(InputError, match="unknown topic"):
        Filters(topic="weather")
    assert Filters(topic="dgt:peace-agreement").describe() == ["topic peace-agreement"]


def test_network_meetings_two_modes_with_place_and_date(views_store: GraphStore) -> None:
    g = meeting_network(views_store)
    meetings = {n: d for n, d in g.nodes(data=True) if d["kind"] == "meeting"}
    assert len(meetings) == 5
    labels = sorted(d["label"] for d in meetings.values())
    assert "Istanbul, 2025-05-16" in labels and "Geneva, 2025-06-10" in labels
    assert all(g.nodes[u]["kind"] == "actor" for u, _ in g.edges())


def test_network_meetings_ego_counts_hops_in_actors(views_store: GraphStore) -> None:
    g = meeting_network(views_store, Filters(actor="Sergei Lavrov"))
    assert {d["label"] for _, d in g.nodes(data=True)} == {
        "Sergei Lavrov",
        "Marco Rubio",
        "Geneva, 2025-06-10",
    }
    with pytest.raises(InputError, match="no stances"):
        meeting_network(views_store, Filters(stance="demand"))


def test_network_construct_draws_any_triples(views_store: GraphStore) -> None:
    rq = (
        "CONSTRUCT { ?m dg:participant ?a . ?a rdfs:label ?l } WHERE { ?m a dg:Meeting ;"
        " dg:participant ?a . ?a rdfs:label ?l FILTER(lang(?l) = 'en') }"
    )
    g = construct_network(views_store, rq)
    assert g.nodes[RUSSIA]["label"] == "Russia"
    assert g.number_of_edges() == 11
    with pytest.raises(InputError, match="CONSTRUCT"):
        construct_network(views_store, "SELECT * WHERE { ?s ?p ?o }")



def test_network_delegation_without_label_named_by_whom_it_represents(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "views" / "views.trig"
    text = fixture.read_text(encoding="utf-8").replace('"Ukrainian delegation"@en', '"ukraine"@de')
    (tmp_path / "views.trig").write_text(text, encoding="utf-8")
    with GraphStore() as store:
        store.load(tmp_path / "views.trig", "trig")
        g = actor_network(store)
    assert g.nodes[DELEGATION]["label"] == "Ukraine (Delegation)"


def test_network_actor_drawing_is_the_unfiltered_graph_read_in_order(views_store: GraphStore) -> None:
    # The whole store's page is drawn from actor_drawing, never from the graph: it must give the
    # graph's nodes and edges, attributes, degrees, evidence and order all the same.
    facts = load_facts(views_store)
    graph = build_actor_network(facts, Filters())
    drawn = actor_drawing(facts)
    assert drawn == Drawing.of(graph)
    assert [list(d) for _, d in drawn.nodes] == [list(d) for _, d in graph.nodes(data=True)]
    assert [list(d) for _, _, d in drawn.edges] == [list(d) for _, _, d in graph.edges(data=True)]
    kinds = {d["kind"] for _, _, d in drawn.edges}
    assert kinds == {"met", "position", "represents"} and drawn.nodes[0][1]["degree"] > 0


def test_network_actor_drawing_has_a_self_representing_actor_once(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    facts.entities[USA].represents.append(USA)  # a loop: counted once among its neighbours
    assert actor_drawing(facts) == Drawing.of(build_actor_network(facts, Filters()))
