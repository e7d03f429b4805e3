"""Time every cookbook query: p50 and p99 milliseconds (and p50 CPU) over N runs, on a real or
synthetic store.

    python scripts/bench_queries.py                      # synthetic: 1,028 articles x ~30 facts
    python scripts/bench_queries.py --store diplograph-store --runs 20

The synthetic graph follows ONTOLOGY.md and has hubs: actors are drawn with Zipf weights,
so the first few take part in a large share of all facts, as Russia or the US do in the
news. Each query runs bound to the busiest actor (hub) and to a rarely named one, because
Oxigraph joins in written order and a hub is where a badly ordered query shows.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from diplograph.ids import actor_iri, article_iri, evidence_iri, fact_iri  # noqa: E402
from diplograph.store import GraphStore, load_query, open_store  # noqa: E402
from diplograph.vocab import DG, DGT  # noqa: E402

STANCES = [DG.demand, DG.reject, DG.propose, DG.offer, DG.support, DG.oppose, DG.accept]
TOPICS = [DGT.ceasefire, DGT.sanctions, DGT.territory, DGT["peace-agreement"], DGT.energy, DGT.trade]
STATUSES = [DG.occurred, DG.planned, DG.proposed]


def synthetic_article(rng: random.Random, n: int, actors: list[URIRef], weights: list[float]) -> Graph:
    """One article graph with ~30 meetings and positions among Zipf-drawn actors."""
    g = Graph()
    art = article_iri(f"https://bench.example/{n}", "")
    day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
    g.add((art, RDF.type, DG.Article))
    g.add((art, DCTERMS.title, Literal(f"Article {n}")))
    g.add((art, DCTERMS.issued, Literal(day, datatype=XSD.date)))
    sentences: list[str] = []
    seen: set[URIRef] = set()
    for i in range(rng.randint(25, 35)):
        text = f"Sentence {i} of article {n}."
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(text)
        ev = evidence_iri(art, start, start + len(text))
        g.add((ev, RDF.type, DG.Evidence))
        g.add((ev, DG.text, Literal(text)))
        g.add((ev, PROV.wasDerivedFrom, art))
        who = list(dict.fromkeys(rng.choices(actors, weights, k=3)))
        seen.update(who)
        if rng.random() < 0.4 and len(who) >= 2:
            fact = fact_iri("meeting", art, (i,))
            g.add((fact, RDF.type, DG.Meeting))
            for a in who:
                g.add((fact, DG.participant, a))
            g.add((fact, DG.status, rng.choice(STATUSES)))
            g.add((fact, DG.place, actor_iri(f"place/p{rng.randrange(50)}")))
            if rng.random() < 0.6:
                g.add((fact, DG.date, Literal(day, datatype=XSD.date)))
        else:
            fact = fact_iri("position", art, (i,))
            g.add((fact, RDF.type, DG.Position))
            g.add((fact, DG.holder, who[0]))
            g.add((fact, DG.stance, rng.choice(STANCES)))
            if len(who) > 1 and rng.random() < 0.7:
                g.add((fact, DG.target, who[1]))
        g.add((fact, DG.topic, rng.choice(TOPICS)))
        g.add((fact, DG.evidence, ev))
    for a in seen:
        g.add((a, RDF.type, DG.State))
        g.add((a, RDFS.label, Literal(a.rsplit("/", 1)[1], lang="en")))
    g.add((art, DG.content, Literal(" ".join(sentences))))
    return g


def build(store: GraphStore, articles: int, actors: int, seed: int = 7) -> list[URIRef]:
    """Fill ``store`` with synthetic articles; return the actors, busiest first."""
    rng = random.Random(seed)
    names = [actor_iri(f"state/a{i}") for i in range(actors)]
    weights = [1.0 / (i + 1) for i in range(actors)]
    started = time.perf_counter()
    for n in range(articles):
        store.replace_graph(
            article_iri(f"https://bench.example/{n}", ""), synthetic_article(rng, n, names, weights)
        )
    took = time.perf_counter() - started
    print(
        f"built {articles} articles, {store.count():,} quads in {took:.1f} s "
        f"({articles / took:.0f} articles/s)"
    )
    return names


def cases(
    hub: URIRef, hub2: URIRef, rare: URIRef, hub_name: str
) -> list[tuple[str, str, dict[str, URIRef | Literal]]]:
    """(label, query name, bindings) for every cookbook query, on a hub and on a rare actor."""
    return [
        ("meetings-of-actor hub", "meetings-of-actor", {"actor": hub}),
        ("meetings-of-actor rare", "meetings-of-actor", {"actor": rare}),
        ("meetings-of-actor by name", "meetings-of-actor", {"name": Literal(rare.rsplit("/", 1)[1])}),
        ("demands to hub", "demands", {"target": hub}),
        ("demands to rare", "demands", {"target": rare}),
        ("positions-of-actor hub", "positions-of-actor", {"actor": hub}),
        ("positions-of-actor rare", "positions-of-actor", {"actor": rare}),
        ("met-both hub+hub", "met-both", {"a": hub, "b": hub2}),
        ("met-both hub+rare", "met-both", {"a": hub, "b": rare}),
        ("facts-with-evidence hub", "facts-with-evidence", {"actor": hub}),
        ("facts-with-evidence rare", "facts-with-evidence", {"actor": rare}),
        ("find-actor hub", "find-actor", {"name": Literal(hub_name)}),
        ("find-actor no such name", "find-actor", {"name": Literal("Narnia")}),
    ]


def busiest(store: GraphStore) -> list[URIRef]:
    """Actors of a real store ordered by how many meetings and positions name them."""
    sparql = (
        "SELECT ?a (COUNT(*) AS ?n) WHERE { ?f dg:participant|dg:holder ?a } GROUP BY ?a ORDER BY DESC(?n) ?a"
    )
    return [row[0] for row in store.query(sparql).rows if isinstance(row[0], URIRef)]


def name_of(store: GraphStore, actor: URIRef) -> str:
    """A label of ``actor`` (what a user would type), else its local name."""
    rows = store.query("SELECT ?a ?l WHERE { ?a rdfs:label ?l } ORDER BY ?l LIMIT 1", {"a": actor}).rows
    return str(rows[0][1]) if rows else actor.rsplit("/", 1)[1]


def percentile(times: list[float], p: float) -> float:
    """The ``p`` quantile of ``times`` (nearest rank; with 20 runs p99 is the slowest)."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", help="an ingested store folder (default: build a synthetic one in memory)")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--articles", type=int, default=1028)
    ap.add_argument("--actors", type=int, default=400)
    args = ap.parse_args()
    with open_store(args.store, read_only=True) if args.store else GraphStore() as store:
        actors = busiest(store) if args.store else build(store, args.articles, args.actors)
        hub, hub2, rare = actors[0], actors[1], actors[len(actors) * 3 // 4]
        print(f"load average {os.getloadavg()[0]:.2f}")
        print(f"{'query':32} {'rows':>7} {'p50 ms':>9} {'p99 ms':>9} {'cpu p50':>9}")
        for label, name, bindings in cases(hub, hub2, rare, name_of(store, hub)):
            sparql = load_query(name)
            times, cpu, rows = [], [], 0
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                rows = len(store.query(sparql, bindings).rows)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            print(
                f"{label:32} {rows:>7} {percentile(times, 0.5):>9.1f} {percentile(times, 0.99):>9.1f}"
                f" {statistics.median(cpu):>9.1f}"
            )
        print(f"load average {os.getloadavg()[0]:.2f}")

if __name__ == "__main__":
    main()
