"""Benchmark a store location (folder or SPARQL server URL): article writes/s and query latency.

    python scripts/bench_remote.py /work/shared/corpora/10kGNAD-test.csv --limit 200 --store DIR
    DIPLOGRAPH_STORE=http://127.0.0.1:7878 python scripts/bench_remote.py CORPUS --limit 200
    DIPLOGRAPH_STORE=http://127.0.0.1:8890/sparql DIPLOGRAPH_UPDATE_URL=… DIPLOGRAPH_GSP_URL=… \\
        DIPLOGRAPH_STORE_USER=dba DIPLOGRAPH_STORE_PASSWORD=dba DIPLOGRAPH_STORE_AUTH=digest \\
        python scripts/bench_remote.py CORPUS --limit 200

The corpus rows (``label;'text'``) are extracted once, before any clock runs, so the figures are
the store's alone: writing every article (its graph replaced whole plus its reference data, as
``ingest`` does), writing them all again (replacing), and the median latency of a bound cookbook
query (``meetings-of-actor`` for the most met actor, as ``diplograph query`` sends it) and of
``stats``. The location is emptied of diplograph's graphs first. Prints one Markdown table row.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from rdflib import Literal  # noqa: E402

from diplograph import loader  # noqa: E402
from diplograph.analytics.stats import store_stats  # noqa: E402
from diplograph.article import build_document, read_article  # noqa: E402
from diplograph.ingest.read import RawArticle  # noqa: E402
from diplograph.resources import load_resources  # noqa: E402
from diplograph.store import connect_store, load_query  # noqa: E402
from diplograph.store.connect import location  # noqa: E402

PUBLISHED = dt.date(2016, 1, 1)


def prepared(path: Path, limit: int) -> list[loader.Prepared]:
    """The first ``limit`` corpus rows, extracted and serialised (not timed)."""
    res = load_resources()
    out = []
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
            if len(out) >= limit:
                break
            if len(row) < 2 or not row[1].strip():
                continue
            raw = RawArticle(text=row[1], source=f"{path.name}:{number}", published=PUBLISHED, lang="de")
            out.append(loader.prepare(build_document(read_article(raw, res), res)))
    return out


def median_ms(run: object, times: int) -> float:
    """Median wall time of ``times`` calls of ``run`` in milliseconds."""
    spans = []
    for _ in range(times):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        spans.append(time.perf_counter() - started)
    return statistics.median(spans) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--store", help="folder or URL (default: DIPLOGRAPH_STORE)")
    parser.add_argument("--repeat", type=int, default=20, help="runs per query latency")
    args = parser.parse_args()
    articles = prepared(args.corpus, args.limit)
    where = str(location(args.store))
    with connect_store(where) as store:
        for name in store.graph_names():
            if hasattr(store, "remove_graph"):
                store.remove_graph(name)
        rates = []
        for _ in range(2):  # first write, then the same articles again (replaced whole)
            book = loader.LabelBook(store)
            started = time.perf_counter()
            for p in articles:
                loader.write_prepared(store, p, book)
            rates.append(len(articles) / (time.perf_counter() - started))
        quads = store.count()
    with connect_store(where, read_only=True) as store:
        rows = store.query(
            "SELECT ?a (COUNT(*) AS ?n) WHERE { ?m dg:participant ?a } GROUP BY ?a ORDER BY DESC(?n) LIMIT 1"
        ).rows
        actor = rows[0][0] if rows else None
        label = "SELECT ?a ?l WHERE { ?a rdfs:label ?l } LIMIT 1"
        names = store.query(label, {"a": actor}).rows if actor else []
        name = Literal(str(names[0][1])) if names else Literal("nobody")
        q = load_query("meetings-of-actor")
        meet = median_ms(lambda: store.query(q, {"name": name}), args.repeat)
        stats = median_ms(lambda: store_stats(store, 10), max(3, args.repeat // 5))
    print("| store | articles | quads | write art/s | rewrite art/s | meetings-of-actor ms | stats ms |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    cells = [where, len(articles), quads, f"{rates[0]:.0f}", f"{rates[1]:.0f}", f"{meet:.1f}", f"{stats:.0f}"]
    print("| " + " | ".join(map(str, cells)) + " |")


if __name__ == "__main__":
    main()
