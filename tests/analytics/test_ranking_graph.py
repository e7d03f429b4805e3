"""stats' lean ranking graph is the actor graph itself: same nodes, same edges, same order."""

from __future__ import annotations

from conftest import STORE_FIXTURE

from diplograph.analytics.stats import actor_graph, betweenness, graph_stats, ranking_graph
from diplograph.store import GraphStore
from diplograph.views.facts import Entity, Facts, Meeting, Position, load_facts
from diplograph.views.filters import Filters


def _facts() -> Facts:
    """Hand-made facts with what the actor network treats specially: a place, a person who
    represents a state, a position on oneself, a position with no target, links met twice
    and in both directions, an actor only reference data knows."""
    entities = {
        iri: Entity(iri, kind, label, represents=represents, mentioned=mentioned)
        for iri, kind, label, represents, mentioned in [
            ("urn:a", "State", "A", [], True),
            ("urn:b", "State", "B", [], True),
            ("urn:c", "Person", "C", ["urn:d"], True),
            ("urn:d", "State", "D", [], False),
            ("urn:p", "Place", "P", [], True),
            ("urn:q", "State", "Q", [], False),
            ("urn:z", "Organization", "Z", [], True),
        ]
    }
    meetings = (
        Meeting("urn:m1", ("urn:b", "urn:c", "urn:e"), "2025-01-01", "urn:p", "occurred", (), ()),
        Meeting("urn:m2", ("urn:a", "urn:b"), "", "", "", (), ()),
        Meeting("urn:m3", ("urn:a", "urn:b"), "2025-02-01", "", "", (), ()),
    )
    positions = (
        Position("urn:x1", "urn:z", "demand", "urn:a", (), "", ()),
        Position("urn:x2", "urn:b", "reject", "urn:a", (), "", ()),
        Position("urn:x3", "urn:a", "support", "urn:a", (), "", ()),
        Position("urn:x4", "urn:f", "offer", "", (), "", ()),
    )
    return Facts(entities, meetings, positions, 2, "2025-01-01", "2025-02-01")


def _same(facts: Facts) -> None:
    full, lean = actor_graph(facts), ranking_graph(facts)
    assert list(full) == list(lean)
    assert list(full.edges()) == list(lean.edges())
    assert betweenness(full) == betweenness(lean)


def test_ranking_graph_equals_actor_graph_by_hand() -> None:
    _same(_facts())
    assert "urn:p" not in ranking_graph(_facts())  # a place is no actor
    assert "urn:d" in ranking_graph(_facts())  # whom an actor represents is a node, not a link


def test_ranking_graph_equals_actor_graph_on_the_fixture() -> None:
    with GraphStore() as store:
        store.load(STORE_FIXTURE, "trig")
        facts = load_facts(store, sentences=False)
    assert facts.meetings
    _same(facts)


def test_filtered_stats_still_use_the_full_network() -> None:
    """A filter changes which facts count, so stats with one go through actor_graph."""
    report = graph_stats(_facts(), 10, Filters(since=None, until=None, min_weight=2))
    degrees = dict((actor, degree) for actor, _, degree in report.table("degree").rows)
    assert degrees["urn:a"] == 1 and degrees["urn:b"] == 1  # only a–b was seen twice
