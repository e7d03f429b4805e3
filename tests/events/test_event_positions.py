"""Whole-store ``shifts`` from one hash-joined read (diplograph.events.positions) gives what the
reads one predicate at a time gave: the same shifts, with the same sentences."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from diplograph.analytics.report import render
from diplograph.events.positions import load_changing_positions, load_positions, load_sentences
from diplograph.events.records import Events, load_events
from diplograph.events.shifts import KINDS, Shift, find_shifts, shifts_report, store_shifts
from diplograph.ingest.read import RawArticle
from diplograph.loader import ingest_raw
from diplograph.resources import Resources
from diplograph.store import GraphStore
from diplograph.views.filters import topic_name

# Articles written for this test: stances of a few states on two topics that change, and
# reports of different outlets a day or two apart.
ARTICLES = [
    ("2025-03-01", "en", "Russia supports a ceasefire in Ukraine, the Foreign Ministry in Moscow said."),
    ("2025-03-03", "en", "Russia rejected the ceasefire proposal. France demanded new sanctions."),
    ("2025-03-04", "en", "Russia accepted the ceasefire, an agency reported. Germany opposed the sanctions."),
    ("2025-03-05", "en", "Germany supports the sanctions against Russia, the chancellor said."),
    ("2025-03-20", "de", "Russland lehnt die Waffenruhe ab. Deutschland unterstützt die Sanktionen."),
    ("2025-04-02", "de", "Frankreich fordert eine Waffenruhe. Russland begrüßt die Waffenruhe."),
    ("2025-04-03", "en", "France rejected the ceasefire plan, officials in Paris said."),
]

# Shapes the extractor does not write but a store may hold (loaded N-Quads): a position of
# two holders on two topics stated in two articles, one without a date of its own, an
# article with two publication dates, a sentence told twice, a position without a topic.
EXTRA = """
@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix dgt: <https://w3id.org/diplograph/topic/> .
@prefix id: <https://w3id.org/diplograph/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:article\\/x1 {
  id:article\\/x1 a dg:Article ; dcterms:title "Two capitals on a truce" ; schema:url "https://x.example/1" ;
    dcterms:issued "2025-03-02"^^xsd:date, "2025-03-06"^^xsd:date .
  id:evidence\\/x1-0 a dg:Evidence ; dg:text "Both reject a truce and the sanctions." ;
    prov:wasDerivedFrom id:article\\/x1 .
  id:evidence\\/x1-1 a dg:Evidence ; dg:text "Both reject a truce and the sanctions." ;
    prov:wasDerivedFrom id:article\\/x1 .
  id:position\\/x1 a dg:Position ; dg:holder id:state\\/russia, id:state\\/germany ; dg:stance dg:reject ;
    dg:topic dgt:ceasefire, dgt:sanctions ; dg:evidence id:evidence\\/x1-0, id:evidence\\/x1-1 .
  id:position\\/x2 a dg:Position ; dg:holder id:state\\/russia ; dg:stance dg:support ;
    dg:evidence id:evidence\\/x1-0 .
}
id:article\\/x2 {
  id:article\\/x2 a dg:Article ; dcterms:title "A second report" ; dcterms:issued "2025-03-03"^^xsd:date .
  id:evidence\\/x2-0 a dg:Evidence ; dg:text "Moscow and Berlin said no to the truce." ;
    prov:wasDerivedFrom id:article\\/x2 .
  id:position\\/x1 dg:evidence id:evidence\\/x2-0 ; dg:holder id:state\\/russia .
  id:position\\/x3 a dg:Position ; dg:holder id:state\\/germany ; dg:stance dg:propose, dg:support ;
    dg:topic dgt:ceasefire ; dg:date "2025-03-04"^^xsd:date, "2025-03-08"^^xsd:date ;
    dg:evidence id:evidence\\/x2-0 .
}
"""


@pytest.fixture(scope="module")
def written_store(resources: Resources, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """A store of the articles above, ingested, plus the hand-written positions."""
    raws = [
        RawArticle(
            text,
            f"test {i}",
            url=f"https://news.example/{i}",
            title=f"Report {i}",
            published=datetime.date.fromisoformat(day),
            lang=lang,
        )
        for i, (day, lang, text) in enumerate(ARTICLES)
    ]
    with GraphStore() as store:
        ingest_raw(raws, store, res=resources)
        extra = tmp_path_factory.mktemp("positions") / "extra.trig"
        extra.write_text(EXTRA, encoding="utf-8")
        store.load(extra, "trig")
        yield store


def _before(
    store: GraphStore, topic: str | None = None, days: int = 3, kinds: Sequence[str] = KINDS
) -> tuple[list[Shift], Events]:
    """Whole-store ``shifts`` as it was: every position read one predicate at a time, with
    every sentence."""
    events = load_events(store, kinds=("position",), targets=False)
    wanted = topic_name(topic) if topic else None
    positions = [e for e in events.events if wanted is None or wanted in e.topics]
    shifts = [s for s in find_shifts(positions, days) if s.kind in kinds]
    return [s for s in shifts if not wanted or s.topic == wanted], events


@pytest.mark.parametrize(
    "args",
    [{}, {"topic": "ceasefire"}, {"topic": "sanctions"}, {"days": 30}, {"kinds": ("contradiction",)}],
)
def test_positions_shifts_equal_the_reads_one_predicate_at_a_time(
    written_store: GraphStore, args: dict[str, object]
) -> None:
    before, old_events = _before(written_store, **args)  # type: ignore[arg-type]
    after, events = store_shifts(written_store, **args)  # type: ignore[arg-type]
    assert after == before
    for fmt in ("json", "table", "csv"):
        assert render(shifts_report(after, events), fmt) == render(shifts_report(before, old_events), fmt)


def test_positions_store_has_shifts_of_every_kind(written_store: GraphStore) -> None:
    shifts, _ = store_shifts(written_store, days=30)
    assert {s.kind for s in shifts} == set(KINDS)
    assert {s.topic for s in shifts} == {"ceasefire", "sanctions"}
    assert all(p.evidence and p.evidence[0].text for s in shifts for p in (s.earlier, s.later))


def test_positions_read_like_records_without_sentences(written_store: GraphStore) -> None:
    old = {
        e.iri: e
        for e in load_events(written_store, kinds=("position",), sources=False, targets=False).events
        if e.stance and e.topics
    }
    new = {e.iri: e for e in load_positions(written_store).events}
    assert new == old
    x1 = next(e for iri, e in new.items() if iri.endswith("/x1"))
    assert len(x1.actors) == 2 and x1.topics == ("ceasefire", "sanctions")
    assert x1.date == "2025-03-02" and len(x1.articles) == 2  # the earliest article date


def test_positions_sentences_like_records(written_store: GraphStore) -> None:
    every = {e.iri: e.evidence for e in load_events(written_store, kinds=("position",)).events}
    got = load_sentences(written_store, sorted(every))
    assert got == {iri: srcs for iri, srcs in every.items() if srcs}
    x1 = next(srcs for iri, srcs in got.items() if iri.endswith("/x1"))
    assert [s.text for s in x1] == [
        "Both reject a truce and the sanctions.",
        "Moscow and Berlin said no to the truce.",
    ]
    assert x1[0].issued == "2025-03-02" and x1[0].url == "https://x.example/1"
    assert load_sentences(written_store, []) == {}


def test_positions_sentences_of_facts_not_written_into_the_query(mem_store: GraphStore) -> None:
    from rdflib import PROV, Graph, Literal, URIRef

    from diplograph.vocab import DG

    # Only http(s) IRIs free of quoting characters are written into the VALUES block; others
    # (here a URN) are asked for one by one, bound.
    g = Graph()
    fact, ev = URIRef("urn:x:fact"), URIRef("urn:x:evidence")
    g.add((fact, DG.evidence, ev))
    g.add((ev, DG.text, Literal("A sentence written for this test.")))
    g.add((ev, PROV.wasDerivedFrom, URIRef("urn:x:article")))
    mem_store.replace_graph(URIRef("urn:x:article"), g)
    got = load_sentences(mem_store, [str(fact)])
    assert [s.text for s in got[str(fact)]] == ["A sentence written for this test."]


def test_positions_actor_sentences_the_same_by_either_read(
    written_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph import ids
    from diplograph.events import shifts as module

    for key in ("state/russia", "state/germany"):
        actor = str(ids.actor_iri(key))
        bound = store_shifts(written_store, actor, days=30)  # few shifts: reads bound to the actor
        monkeypatch.setattr(module, "ONE_BY_ONE", 0)  # as with many: the hash join
        joined = store_shifts(written_store, actor, days=30)
        monkeypatch.undo()
        assert bound[0]
        # The reads bound to the actor list a sentence once per publication date of its
        # article (x1 has two); the report shows the first, the same either way.
        for fmt in ("json", "table"):
            assert render(shifts_report(*joined), fmt) == render(shifts_report(*bound), fmt)
        assert [(s.kind, s.earlier.iri, s.later.iri) for s in joined[0]] == [
            (s.kind, s.earlier.iri, s.later.iri) for s in bound[0]
        ]


def test_changing_positions_are_every_position_a_shift_can_name(written_store: GraphStore) -> None:
    every = {e.iri: e for e in load_positions(written_store).events}
    changing = load_changing_positions(written_store)
    assert changing.labels == load_positions(written_store).labels
    # A position read is read whole (both holders, both topics, both articles of x1) ...
    assert all(every[e.iri] == e for e in changing.events)
    assert 0 < len(changing.events) < len(every)  # one stance class on a topic: left out
    # ... and the shifts among the positions read are those among all, at any distance.
    for days in (0, 3, 30, 10_000):
        assert find_shifts(changing.events, days) == find_shifts(list(every.values()), days)


SAME_NAME = """
@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/diplograph/id/article/y1> {
  <https://w3id.org/diplograph/id/article/y1> dcterms:issued "2025-05-01"^^xsd:date .
  <https://w3id.org/diplograph/id/position/y1> a dg:Position ; dg:stance dg:support ;
    dg:holder <https://w3id.org/diplograph/id/state/narnia> ;
    dg:topic <https://w3id.org/diplograph/topic/truce> .
}
<https://w3id.org/diplograph/id/article/y2> {
  <https://w3id.org/diplograph/id/article/y2> dcterms:issued "2025-05-09"^^xsd:date .
  <https://w3id.org/diplograph/id/position/y2> a dg:Position ; dg:stance dg:reject ;
    dg:holder <https://w3id.org/diplograph/id/state/narnia> ;
    dg:topic <https://other.example/topics#truce> .
}
"""


def test_changing_positions_read_all_when_topic_names_collide(mem_store: GraphStore, tmp_path: Path) -> None:
    # Shifts compare topics by name: two topic IRIs named "truce" are one topic there, but
    # two to the store's grouping, which would find one stance class on each and read
    # neither position. So every position is read, and the shift is found.
    path = tmp_path / "same-name.trig"
    path.write_text(SAME_NAME, encoding="utf-8")
    mem_store.load(path, "trig")
    assert load_changing_positions(mem_store) == load_positions(mem_store)
    shifts, _ = store_shifts(mem_store)
    assert [(s.kind, s.topic, s.days) for s in shifts] == [("shift", "truce", 8)]
