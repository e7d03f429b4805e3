"""Benchmark the HTML views: time to write the page in Python and to draw it in Chromium.

Synthetic actor networks (communities, a few hubs, one evidence sentence per node and edge)
of 500 nodes, 5,000 nodes / 10,000 edges and 20,000 nodes / 40,000 edges. "write" is
``write_html`` (layout and JSON included); "draw" is the time from navigation start to the
network's first ``afterDrawing`` in headless Debian Chromium, offline, in a fresh context
each run. Medians of several runs.

Targets: draw 500 ≤ 0.5 s, 5k ≤ 1.5 s, 20k ≤ 5 s; write 20k ≤ 3 s.

With ``--store-articles N`` it also times the path from a store to a page: N synthetic
articles (five facts each between 2,000 states with a few hubs) bulk-loaded into an in-memory
store, then ``load_facts``, the actor network, ``write_html``, ``graph_stats`` and the ego
network of the busiest hub.

Usage: .venv/bin/python scripts/bench_views.py [--runs 5] [--sizes 500,5000,20000] [--json FILE]
       [--store-articles 5000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from diplograph.views.facts import Source
from diplograph.views.html import write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOOK = """
(() => {
  let net;
  Object.defineProperty(window, "network", {
    configurable: true,
    get() { return net; },
    set(value) { net = value; value.once("afterDrawing", () => { window.__drawnAt = performance.now(); }); },
  });
})();
"""
EDGES_PER_NODE = 2
TYPES = ("State", "Person", "Organization", "Delegation")
#: Smallest size of the power-law community sizes (pairs and triples come on top).
MIN_COMMUNITY = 8
TARGETS = {500: (None, 0.5), 5000: (None, 1.5), 20000: (3.0, 5.0)}


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """An actor network shaped like diplomatic news: communities, local and global hubs.

    Community sizes follow a power law (a few large regional clusters, many small ones, some
    pairs and triples that form components of their own); 85 % of the edges stay inside a
    community and prefer its local hubs; a few global hubs (great powers, the UN) reach into
    every community. Two edges per node, one evidence sentence per node and edge.
    """
    rng = random.Random(seed)
    sizes: list[int] = []
    while sum(sizes) < n:
        small = rng.random() < 0.2
        size = rng.randint(2, 3) if small else min(n // 8, int(MIN_COMMUNITY * rng.paretovariate(1.3)))
        sizes.append(max(2, min(size, n - sum(sizes))))
    members: list[list[int]] = []
    start = 0
    for size in sizes:
        members.append(list(range(start, start + size)))
        start += size
    # Local hubs: the first nodes of a community take most of its edges.
    cum = [list(itertools.accumulate(1.0 / (1 + r) ** 0.9 for r in range(len(m)))) for m in members]
    linked = [c for c, m in enumerate(members) if len(m) > 3]
    hubs = [members[c][0] for c in linked[: max(4, n // 2000)]]
    g = nx.MultiDiGraph()
    for i in range(n):
        src = Source(
            f"Actor {i} met someone in town {i % 97}.",
            f"Article {i % 1000}",
            "2025-05-16",
            f"https://news.example/{i % 1000}",
        )
        g.add_node(i, kind="actor", type=TYPES[i % 4], label=f"Actor {i}", degree=0, evidence=[src])
    edges = 0
    by_size = list(itertools.accumulate(sizes))
    while edges < EDGES_PER_NODE * n:
        roll = rng.random()
        c = rng.choices(range(len(members)), cum_weights=by_size)[0]
        if roll < 0.85 or len(members[c]) <= 3:  # pairs and triples link nothing else
            u, v = rng.choices(members[c], cum_weights=cum[c], k=2)
        elif roll < 0.93:
            u, v = rng.choice(hubs), rng.choice(members[c])
        else:
            d = rng.choice(linked)
            u = rng.choices(members[c], cum_weights=cum[c])[0]
            v = rng.choices(members[d], cum_weights=cum[d])[0]
        if u == v:
            continue
        src = Source(
            f"Actor {u} and actor {v} held talks.",
            f"Article {edges % 1000}",
            "2025-06-01",
            f"https://news.example/{edges % 1000}",
        )
        g.add_edge(u, v, kind="met", weight=1 + edges % 3, dates=["2025-06-01"], evidence=[src], places=[])
        edges += 1
    for node in g:
        g.nodes[node]["degree"] = g.degree(node)
    return g


def time_write(g: nx.MultiDiGraph, path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write_html(g, path, title="bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_draw(path: Path, runs: int, timeout_ms: int) -> tuple[float, int, int]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.add_init_script(HOOK)
            page.goto(path.resolve().as_uri(), wait_until="commit")
            page.wait_for_function("() => window.__drawnAt !== undefined", timeout=timeout_ms)
            times.append(page.evaluate("window.__drawnAt") / 1000)
            counts = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
            context.close()
        browser.close()
    return statistics.median(times), int(counts[0]), int(counts[1])


def synthetic_store_nquads(articles: int, path: Path, actors: int = 2000, seed: int = 1) -> int:
    """Write N-Quads of ``articles`` synthetic article graphs following the graph contract."""
    from rdflib import RDF, RDFS, XSD, Literal, URIRef
    from rdflib.namespace import DCTERMS, PROV

    from diplograph import ids
    from diplograph.vocab import DG, DGT

    rng = random.Random(seed)
    weights = [1 / (1 + i) ** 0.8 for i in range(actors)]
    iris = [ids.actor_iri(f"state/s{i}") for i in range(actors)]
    url_prop = URIRef("https://schema.org/url")  # schema: has no rdflib namespace constant
    lines: list[str] = []

    def q(s: object, p: object, o: object, g: URIRef) -> None:
        lines.append(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")  # type: ignore[attr-defined]

    for a in range(articles):
        art = ids.article_iri(f"https://news.example/{a}", "")
        q(art, RDF.type, DG.Article, art)
        q(art, DCTERMS.title, Literal(f"Article {a}"), art)
        q(art, DCTERMS.issued, Literal(f"2025-{1 + a % 12:02d}-{1 + a % 28:02d}", datatype=XSD.date), art)
        q(art, url_prop, Literal(f"https://news.example/{a}"), art)
        for f in range(5):
            x, y = rng.choices(iris, weights, k=2)
            if x == y:
                continue
            for z in (x, y):
                q(z, RDF.type, DG.State, art)
                q(z, RDFS.label, Literal(f"State {str(z).rsplit('/', 1)[1]}", lang="en"), art)
            ev = ids.evidence_iri(art, f * 10, f * 10 + 9)
            q(ev, RDF.type, DG.Evidence, art)
            q(ev, DG.text, Literal(f"Sentence {f} of article {a}."), art)
            q(ev, PROV.wasDerivedFrom, art, art)
            q(ev, DG.start, Literal(f * 10), art)
            fact = ids.fact_iri("meeting" if f % 2 else "position", art, [f])
            if f % 2:
                q(fact, RDF.type, DG.Meeting, art)
                q(fact, DG.participant, x, art)
                q(fact, DG.participant, y, art)
            else:
                q(fact, RDF.type, DG.Position, art)
                q(fact, DG.holder, x, art)
                q(fact, DG.target, y, art)
                q(fact, DG.stance, DG.demand, art)
                q(fact, DG.topic, DGT.ceasefire, art)
            q(fact, DG.evidence, ev, art)
    path.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def store_bench(articles: int, tmp: Path) -> dict[str, float]:
    """Time each step from a loaded store to a page (see the module docstring)."""
    from diplograph.analytics.stats import graph_stats
    from diplograph.store import GraphStore
    from diplograph.views import Filters, load_facts
    from diplograph.views.network import build_actor_network

    quads = synthetic_store_nquads(articles, tmp / "store.nq")
    times: dict[str, float] = {"articles": articles, "quads": quads}
    with GraphStore() as store:
        store.load(tmp / "store.nq", "nquads")
        start = time.perf_counter()
        facts = load_facts(store)
        times["load_facts_s"] = time.perf_counter() - start
        start = time.perf_counter()
        g = build_actor_network(facts, Filters())
        times["actor_network_s"] = time.perf_counter() - start
        start = time.perf_counter()
        write_html(g, tmp / "store.html")
        times["write_html_s"] = time.perf_counter() - start
        start = time.perf_counter()
        graph_stats(facts)
        times["stats_s"] = time.perf_counter() - start
        hub = max(g.degree, key=lambda nd: nd[1])[0]
        start = time.perf_counter()
        build_actor_network(facts, Filters(actor=hub))
        times["hub_ego_s"] = time.perf_counter() - start
    return {k: round(v, 3) for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--store-articles", type=int, default=0)
    opts = parser.parse_args()
    results: list[Mapping[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if opts.store_articles:
            timings = store_bench(opts.store_articles, Path(tmp))
            print("store → page:", ", ".join(f"{k} {v}" for k, v in timings.items()), flush=True)
            results.append(timings)
        for n in (int(s) for s in opts.sizes.split(",") if s):
            g = synthetic(n)
            path = Path(tmp) / f"bench-{n}.html"
            write = time_write(g, path, max(1, min(opts.runs, 3)))
            draw, nodes, edges = time_draw(path, opts.runs, timeout_ms=120_000)
            assert (nodes, edges) == (g.number_of_nodes(), g.number_of_edges())
            write_target, draw_target = TARGETS.get(n, (None, None))
            row: dict[str, object] = {
                "nodes": nodes,
                "edges": edges,
                "write_s": round(write, 3),
                "draw_s": round(draw, 3),
                "size_mb": round(path.stat().st_size / 1e6, 2),
                "write_target_s": write_target,
                "draw_target_s": draw_target,
            }
            results.append(row)
            print(
                f"{nodes:>6} nodes {edges:>6} edges  write {write:6.2f} s  draw {draw:6.2f} s  "
                f"({row['size_mb']} MB; targets write {write_target or '-'} s, draw {draw_target or '-'} s)",
                flush=True,
            )
    if opts.json:
        opts.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
