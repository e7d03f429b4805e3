"""The joined records, links and appearances kept per graph give exactly what the whole-store
readers compute from every fact (diplograph.summary.records): facts, stats, path links."""

from __future__ import annotations

import random
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

from diplograph import ids
from diplograph.analytics.chain import chain_links, folded_links, indexed_chain
from diplograph.analytics.stats import linked_graph, ranking_graph, store_stats
from diplograph.store import GraphStore
from diplograph.summary.db import SummaryDB
from diplograph.summary.folder import SUMMARY_FILE
from diplograph.summary.maintain import SummaryKeeper, build_summary
from diplograph.summary.reader import SummaryStore, fresh_summary
from diplograph.views.facts import Facts, load_entities, load_facts

PREFIXES = """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
#: Actors of the made-up stores: most typed, one typed State and Place, one a Place only, and
#: two without any type (they join the ranking graph only where a fact first names them).
TYPED = {f"urn:a:s{i}": "State" for i in range(8)} | {f"urn:a:p{i}": "Person" for i in range(5)}
ODD = {"urn:a:both": ("State", "Place"), "urn:a:town": ("Place",), "urn:a:ghost1": (), "urn:a:ghost2": ()}
ACTORS = sorted([*TYPED, *ODD])


def _article(rng: random.Random, n: int, version: int = 0) -> str:
    """One article graph of a few meetings and positions, drawn from ``rng``."""
    art = f"urn:art:{n}"
    lines = [f"<{art}> a dg:Article ; dcterms:title \"Article {n}.{version}\""]
    if rng.random() < 0.85:
        lines[-1] += f' ; dcterms:issued "2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"^^xsd:date'
    lines[-1] += f' ; schema:url "https://news.example/{n}" .'
    named: set[str] = set()
    for f in range(rng.randint(0, 3)):
        fact = f"urn:fact:{n}:{version}:{f}"
        people = rng.sample(ACTORS, rng.randint(1, 4))
        named.update(people)
        if rng.random() < 0.5:
            lines.append(f"<{fact}> a dg:Meeting ; " + " ; ".join(f"dg:participant <{p}>" for p in people))
            if rng.random() < 0.6:
                lines.append(f'<{fact}> dg:date "2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" .')
            if rng.random() < 0.5:
                lines.append(f"<{fact}> dg:place <{rng.choice(['urn:a:town', 'urn:a:both', 'urn:pl:x'])}> .")
            if rng.random() < 0.5:
                lines.append(f"<{fact}> dg:topic dg:t{rng.randint(1, 3)} .")
        else:
            holders, targets = people[:2], rng.sample(ACTORS, rng.randint(0, 2))
            named.update(targets)
            triples = [f"dg:holder <{h}>" for h in holders] + [f"dg:target <{t}>" for t in targets]
            stance = rng.choice(["demand", "reject", "support"])
            lines.append(f"<{fact}> a dg:Position ; dg:stance dg:{stance} ; " + " ; ".join(triples))
        for e in range(rng.randint(0, 2)):
            ev = f"urn:ev:{n}:{version}:{f}:{e}"
            lines.append(f"<{fact}> dg:evidence <{ev}> .")
            lines.append(f'<{ev}> dg:text "Sentence {f}.{e} of {n}." ; dg:start {e * 40} ; '
                         f"prov:wasDerivedFrom <{art}> .")
    for who in sorted(named):
        if rng.random() < 0.2:
            continue  # named without its type here: typed (or not) by other graphs only
        kinds = (TYPED[who],) if who in TYPED else ODD[who]
        lines.extend(f"<{who}> a dg:{kind} ." for kind in kinds)
    body = "\n".join(line if line.endswith(".") else line + " ." for line in lines)
    return f"<{art}> {{\n{body}\n}}\n"


def _reference() -> str:
    body = [f'<{a}> rdfs:label "Name of {a[6:]}"@en .' for a in ACTORS if not a.startswith("urn:a:ghost")]
    body += ["<urn:a:p0> dg:represents <urn:a:s0> .", "<urn:a:p1> dg:represents <urn:org:far> .",
             '<urn:org:far> a dg:Organization ; rdfs:label "Far"@en .', "<urn:pl:x> a dg:Place ."]
    return f"<{ids.REFERENCE_GRAPH}> {{\n" + "\n".join(body) + "\n}\n"


def _store(folder: Path, seed: int, articles: int = 40) -> Path:
    rng = random.Random(seed)
    text = PREFIXES + _reference() + "".join(_article(rng, n) for n in range(articles))
    trig = folder.parent / f"{folder.name}.trig"
    trig.write_text(text, encoding="utf-8")
    with GraphStore(folder) as store:
        store.load(trig, "trig")
    build_summary(folder)
    return folder


def _summary(folder: Path) -> SummaryStore:
    db, version = fresh_summary(folder)
    assert db is not None, version
    return SummaryStore(folder, db, version)


@pytest.fixture(params=[1, 2, 3])
def made_up(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    yield _store(tmp_path / "store", request.param)


VARIANTS = [(True, True), (False, True), (False, False), (True, False)]


@pytest.mark.parametrize(("sentences", "positions"), VARIANTS)
def test_records_give_the_facts_sparql_gives(made_up: Path, sentences: bool, positions: bool) -> None:
    """load_facts through the kept records equals load_facts through SPARQL, every variant."""
    with GraphStore(made_up, read_only=True) as store:
        expected = load_facts(store, sentences=sentences, positions=positions)
    with _summary(made_up) as summary:
        got = load_facts(summary, sentences=sentences, positions=positions)
    assert got == expected
    assert expected.meetings and (expected.positions or not positions)


def test_stats_and_path_links_from_the_summary_equal_sparql(made_up: Path) -> None:
    """The ranking graph from combined links (same node and edge order, so the same
    betweenness bit for bit) and the path links folded from them equal the full computation."""
    with GraphStore(made_up, read_only=True) as store:
        expected = store_stats(store, sys.maxsize)
        links = chain_links(load_facts(store, sentences=False, positions=False))
        full = ranking_graph(load_facts(store, sentences=False))
    with _summary(made_up) as summary:
        graph = linked_graph(Facts(load_entities(summary), (), ()), summary.actor_links())
        assert list(graph) == list(full) and list(graph.edges()) == list(full.edges())
        assert list(graph.degree()) == list(full.degree())
        got = store_stats(summary, sys.maxsize)
        folded = folded_links(summary.meeting_links())
        _, hops = indexed_chain(summary, "urn:a:s0", "urn:a:p4")
    assert got == expected
    assert folded == links and links
    assert hops[0].source == "urn:a:s0" and hops[-1].target == "urn:a:p4"


def test_an_untyped_actor_joins_the_ranking_where_first_named(tmp_path: Path) -> None:
    """Actors no article types come after the typed ones, in the order facts first name them
    (meetings by IRI before positions): the order betweenness sees, checked on a tiny store."""
    text = PREFIXES + f"<{ids.REFERENCE_GRAPH}> {{ <urn:a:s1> a dg:State . }}\n" + """
<urn:art:1> { <urn:art:1> a dg:Article .
  <urn:m:2> a dg:Meeting ; dg:participant <urn:a:s1>, <urn:a:zed> .
  <urn:m:1> a dg:Meeting ; dg:participant <urn:a:yon>, <urn:a:zed>, <urn:a:s1> .
  <urn:p:1> a dg:Position ; dg:holder <urn:a:abe> ; dg:target <urn:a:s1> .
  <urn:a:s1> a dg:State . }
"""
    trig = tmp_path / "tiny.trig"
    trig.write_text(text, encoding="utf-8")
    with GraphStore(tmp_path / "s") as store:
        store.load(trig, "trig")
    build_summary(tmp_path / "s")
    with _summary(tmp_path / "s") as summary:
        kept = summary.actor_links()
        report = store_stats(summary, sys.maxsize)
        graph = linked_graph(Facts(load_entities(summary), (), ()), kept)
    assert list(graph) == ["urn:a:s1", "urn:a:yon", "urn:a:zed", "urn:a:abe"]
    with GraphStore(tmp_path / "s", read_only=True) as store:
        assert report == store_stats(store, sys.maxsize)
        full = ranking_graph(load_facts(store, sentences=False))
    assert list(graph) == list(full) and list(graph.edges()) == list(full.edges())


def _records(folder: Path) -> set[str]:
    with sqlite3.connect(folder / SUMMARY_FILE) as db:
        return {str(fact) for (fact,) in db.execute("SELECT fact FROM t_records")}


def test_rewriting_a_graph_replaces_its_records(tmp_path: Path) -> None:
    """A graph written again (re-ingest: same graph, new facts) replaces its records, links and
    appearances: the old facts are gone, nothing counts twice, and the answers equal SPARQL's."""
    folder = _store(tmp_path / "store", 7, articles=12)
    before = _records(folder)
    old = {fact for fact in before if fact.startswith("urn:fact:3:0:")}
    graph = "urn:art:3"
    rng = random.Random(99)
    new_text = PREFIXES + _article(rng, 3, version=1)
    while "dg:participant" not in new_text:
        new_text = PREFIXES + _article(rng, 3, version=1)
    (tmp_path / "new.trig").write_text(new_text, encoding="utf-8")
    keeper = SummaryKeeper(folder)
    assert keeper.patching
    with GraphStore(folder) as store:
        store.update(f"DROP GRAPH <{graph}>")
        store.load(tmp_path / "new.trig", "trig")
        keeper.written(store, [URIRef(graph)], "")
        keeper.written(store, [URIRef(graph)], "")  # the same graph twice: still once
    keeper.finish()
    after = _records(folder)
    assert not (old & after)
    assert any(fact.startswith("urn:fact:3:1:") for fact in after)
    with GraphStore(folder, read_only=True) as store:
        expected = (load_facts(store), store_stats(store, sys.maxsize))
    with _summary(folder) as summary:
        assert (load_facts(summary), store_stats(summary, sys.maxsize)) == expected


def test_a_failure_inside_a_batch_keeps_none_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error while a batch is written to the summary (a process killed there behaves the
    same: the batch, rows and records, is one SQLite transaction) keeps none of that batch and
    leaves the summary marked out of date; readers then use SPARQL."""
    folder = _store(tmp_path / "store", 5, articles=6)
    before = _records(folder)
    real = SummaryDB._write
    calls = {"n": 0}

    def failing(self: SummaryDB, items: list[tuple[str, object]], known: dict[str, int]) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("killed")
        real(self, items, known)  # type: ignore[arg-type]

    monkeypatch.setattr(SummaryDB, "_write", failing)
    monkeypatch.setattr(SummaryDB.replace, "__defaults__", (1,))  # one graph per chunk
    keeper = SummaryKeeper(folder)
    with pytest.raises(RuntimeError), GraphStore(folder) as store:
        store.update("DROP GRAPH <urn:art:0>")
        store.update("DROP GRAPH <urn:art:1>")
        keeper.written(store, [URIRef("urn:art:0"), URIRef("urn:art:1")], "")
    keeper.abandon()
    assert calls["n"] == 2
    assert _records(folder) == before and before
    db, why = fresh_summary(folder)
    assert db is None and "cut short" in why


def test_a_summary_of_an_older_format_is_built_again(tmp_path: Path) -> None:
    """A summary written before records were kept (format 3) is never read for them: readers
    use SPARQL, and the next writer builds it again, records included."""
    folder = _store(tmp_path / "store", 4, articles=5)
    with sqlite3.connect(folder / SUMMARY_FILE) as db:
        db.execute("UPDATE meta SET value = '3' WHERE key = 'format'")
        db.execute("DELETE FROM t_records")
    db.close()
    found, _ = fresh_summary(folder)
    assert found is None
    keeper = SummaryKeeper(folder)
    assert not keeper.patching
    with GraphStore(folder):
        pass  # a writer that writes nothing
    keeper.finish()
    assert _records(folder)
    with GraphStore(folder, read_only=True) as store:
        expected = load_facts(store)
    with _summary(folder) as summary:
        assert load_facts(summary) == expected
