"""Events read one predicate at a time (diplograph.events.records)."""

from __future__ import annotations

import pandas as pd
import pytest

from diplograph import ids
from diplograph.events.records import find_actor_iri, load_events
from diplograph.store import GraphStore
from diplograph.views import load_facts

RUSSIA = str(ids.actor_iri("state/russia"))


def test_records_match_the_views_facts(views_store: GraphStore) -> None:
    events = load_events(views_store)
    facts = load_facts(views_store)
    assert sorted(e.iri for e in events.events if e.kind == "meeting") == sorted(
        m.iri for m in facts.meetings
    )
    assert sorted(e.iri for e in events.events if e.kind == "position") == sorted(
        {p.iri for p in facts.positions}
    )
    by_iri = {m.iri: m for m in facts.meetings}
    for e in events.events:
        if e.kind == "meeting":
            assert e.actors == by_iri[e.iri].participants and e.date == by_iri[e.iri].date
            assert {s.text for s in e.evidence} == {s.text for s in by_iri[e.iri].evidence}
            assert {s.url for s in e.evidence} == {s.url for s in by_iri[e.iri].evidence}


def test_records_of_one_actor_equal_the_filtered_whole(events_store: GraphStore) -> None:
    whole = [e for e in load_events(events_store).events if RUSSIA in e.actors]
    assert load_events(events_store, RUSSIA).events == whole
    assert {e.iri.rsplit("/", 1)[1] for e in whole} == {"s1", "s2", "s3", "s3b"}


def test_records_without_sentences_still_date_by_article(events_store: GraphStore) -> None:
    events = {e.iri.rsplit("/", 1)[1]: e for e in load_events(events_store, sources=False).events}
    assert events["s2"].date == "2025-03-10" and not events["s2"].dated
    assert events["s2"].evidence[0].text == "" and events["s2"].articles == (str(ids.BASE) + "article/s2",)


def test_records_find_actor_by_name_key_or_iri(events_store: GraphStore) -> None:
    assert find_actor_iri(events_store, "Russland") == RUSSIA
    assert find_actor_iri(events_store, "state/russia") == RUSSIA
    assert find_actor_iri(events_store, RUSSIA) == RUSSIA


def test_records_query_to_dataframe(events_store: GraphStore) -> None:
    frame = events_store.query(
        "SELECT ?p ?date ?stance WHERE { ?p dg:stance ?stance . OPTIONAL { ?p dg:date ?date } } ORDER BY ?p"
    ).to_dataframe()
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == ["p", "date", "stance"]
    assert len(frame) == 4 and str(frame["date"][0]) == "2025-03-01"
    assert frame["date"][1] is None


def test_few_valued_reads_equal_the_pair_reads(
    events_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.events import records
    from diplograph.vocab import DG

    reader = records._Reader(events_store, None)
    for pred in (DG.stance, DG.topic, DG.status, DG.holder):
        pairs = sorted(reader.pairs(pred))
        assert pairs, pred
        assert sorted(reader.few_valued(pred)) == pairs
        # Above the limit of distinct values, the pairs are read as they are.
        monkeypatch.setattr(records, "FEW_VALUES", 0)
        assert sorted(reader.few_valued(pred)) == pairs
        monkeypatch.undo()


def test_events_equal_with_and_without_reads_per_value(
    events_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.events import records

    per_value = load_events(events_store)
    monkeypatch.setattr(records, "FEW_VALUES", 0)
    assert load_events(events_store) == per_value


class _OneByOne:
    """The store seen through ``values`` only (as a remote store or a test double is)."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.asked: list[str] = []

    def values(self, sparql: str, bindings: object = None) -> list[tuple[str | None, ...]]:
        self.asked.append(sparql)
        return self.store.values(sparql, bindings)  # type: ignore[arg-type]


def test_events_equal_with_and_without_reads_side_by_side(events_store: GraphStore) -> None:
    # GraphStore.values_many reads everything up front; a store without it is read one query
    # at a time, and both give the same events, with or without sentences and targets.
    for options in ({}, {"sources": False, "targets": False, "kinds": ("position",)}):
        plain = _OneByOne(events_store)
        assert load_events(events_store, **options) == load_events(plain, **options)  # type: ignore[arg-type]
        assert len(plain.asked) > 5


def test_prefetched_answers_once_then_asks_the_store(events_store: GraphStore) -> None:
    from diplograph.events import records

    query = "SELECT ?s ?o WHERE { ?s <https://w3id.org/diplograph/ns#stance> ?o }"
    seen = _OneByOne(events_store)
    seen.values_many = events_store.values_many  # type: ignore[attr-defined]
    pre = records._Prefetched(seen, [query, query], {})
    assert pre.values(query) == events_store.values(query) and not seen.asked
    assert pre.values(query) == events_store.values(query) and seen.asked == [query]
