"""Write a synthetic diplograph store of about N quads, shaped like diplomatic news.

Articles of a few meetings and positions between states with a few hubs (power-law weights),
every stance and a handful of topics (an actor keeps its stance on a topic but for one report
in ten, so stance shifts are the exception they are in the news), dates spread over two
years, places with coordinates on some of them, one evidence sentence per fact. The graph
follows ONTOLOGY.md, so every command runs on it; the benchmarks of the timeline, ``shifts``
and ``export-events`` use it.

Usage: .venv/bin/python scripts/synthetic_store.py --quads 1000000 --store /tmp/synth-store
       (or --nquads FILE to write the N-Quads only). A store gets its summary too
       (diplograph.summary), built after the bulk load as ``diplograph summary`` builds it.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from diplograph import ids
from diplograph.store import GraphStore
from diplograph.summary.maintain import build_summary
from diplograph.vocab import DG, DGT

STANCES = (DG.demand, DG.reject, DG.propose, DG.offer, DG.support, DG.oppose, DG.accept)
TOPICS = (DGT.ceasefire, DGT.sanctions, DGT.trade, DGT["peace-agreement"], DGT.energy, DGT.migration)
#: Quads one article takes on average (measured on the output of :func:`nquads`).
QUADS_PER_ARTICLE = 59


def nquads(articles: int, actors: int = 2000, places: int = 200, seed: int = 1) -> list[str]:
    """N-Quads lines of ``articles`` synthetic article graphs plus a reference graph."""
    rng = random.Random(seed)
    weights = [1 / (1 + i) ** 0.8 for i in range(actors)]
    states = [ids.actor_iri(f"state/s{i}") for i in range(actors)]
    towns = [ids.actor_iri(f"place/p{i}") for i in range(places)]
    url_prop = URIRef("https://schema.org/url")  # schema: has no rdflib namespace constant
    lat, long = (URIRef(f"http://www.w3.org/2003/01/geo/wgs84_pos#{n}") for n in ("lat", "long"))
    lines: list[str] = []
    stance_of: dict[tuple[URIRef, URIRef], URIRef] = {}

    def q(s: object, p: object, o: object, g: URIRef) -> None:
        lines.append(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n")  # type: ignore[attr-defined]

    ref = ids.REFERENCE_GRAPH
    for i, s in enumerate(states):
        q(s, RDF.type, DG.State, ref)
        q(s, RDFS.label, Literal(f"State {i}", lang="en"), ref)
        q(s, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/Q{100000 + i}"), ref)
    for i, p in enumerate(towns):
        q(p, RDF.type, DG.Place, ref)
        q(p, RDFS.label, Literal(f"Town {i}", lang="en"), ref)
        if i % 2 == 0:
            q(p, lat, Literal(f"{rng.uniform(-60, 70):.4f}", datatype=XSD.decimal), ref)
            q(p, long, Literal(f"{rng.uniform(-170, 170):.4f}", datatype=XSD.decimal), ref)
    for a in range(articles):
        art = ids.article_iri(f"https://news.example/{a}", "")
        day = f"{2024 + a % 2}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        q(art, RDF.type, DG.Article, art)
        q(art, DCTERMS.title, Literal(f"Article {a}"), art)
        q(art, DCTERMS.issued, Literal(day, datatype=XSD.date), art)
        q(art, url_prop, Literal(f"https://news.example/{a}"), art)
        for f in range(4):
            x, y = rng.choices(states, weights, k=2)
            if x == y:
                continue
            for z in (x, y):
                q(z, RDF.type, DG.State, art)
            ev = ids.evidence_iri(art, f * 10, f * 10 + 9)
            q(ev, RDF.type, DG.Evidence, art)
            q(ev, DG.text, Literal(f"Sentence {f} of article {a}."), art)
            q(ev, PROV.wasDerivedFrom, art, art)
            q(ev, DG.start, Literal(f * 10), art)
            q(ev, DG.end, Literal(f * 10 + 9), art)
            fact = ids.fact_iri("meeting" if f % 2 else "position", art, [f])
            if f % 2:
                q(fact, RDF.type, DG.Meeting, art)
                q(fact, DG.participant, x, art)
                q(fact, DG.participant, y, art)
                q(fact, DG.place, rng.choice(towns), art)
                q(fact, DG.status, DG.occurred, art)
            else:
                q(fact, RDF.type, DG.Position, art)
                q(fact, DG.holder, x, art)
                q(fact, DG.target, y, art)
                topic = rng.choice(TOPICS)
                # Actors mostly keep their stance on a topic: one report in ten changes it.
                held = stance_of.setdefault((x, topic), rng.choice(STANCES))
                if rng.random() < 0.1:
                    held = stance_of[(x, topic)] = rng.choice(STANCES)
                q(fact, DG.stance, held, art)
                q(fact, DG.topic, topic, art)
            q(fact, DG.date, Literal(day, datatype=XSD.date), art)
            q(fact, DG.evidence, ev, art)
    return lines


def build(store: GraphStore, quads: int, seed: int = 1) -> int:
    """Fill ``store`` with about ``quads`` synthetic quads; return the number written."""
    lines = nquads(max(1, quads // QUADS_PER_ARTICLE), seed=seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.nq"
        path.write_text("".join(lines), encoding="utf-8")
        store.load(path, "nquads")
    return store.count()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quads", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="store folder to create")
    parser.add_argument("--nquads", type=Path, help="write N-Quads here instead")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.nquads:
        lines = nquads(max(1, args.quads // QUADS_PER_ARTICLE))
        args.nquads.write_text("".join(lines), encoding="utf-8")
        print(f"{args.nquads}: {len(lines)} quads in {time.perf_counter() - started:.1f} s")
        return
    if not args.store:
        parser.error("give --store or --nquads")
    with GraphStore(args.store) as store:
        count = build(store, args.quads)
    print(f"{args.store}: {count} quads in {time.perf_counter() - started:.1f} s", flush=True)
    # Written with the bulk loader, not by ingest or load: its summary is built once from it,
    # as `diplograph summary` does (stats, path and view read through it).
    started = time.perf_counter()
    graphs = build_summary(args.store)
    print(f"{args.store}: summary of {graphs} graphs in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
