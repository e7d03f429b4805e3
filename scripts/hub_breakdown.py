"""Where a cookbook query bound to a hub spends its time: Oxigraph's evaluation, the sort,
Python terms, rdflib terms, SPARQL JSON — and the least Oxigraph needs to give the hub's rows.

    python scripts/hub_breakdown.py --store /tmp/synth-1m --runs 5

Each cookbook query that returns an actor's rows (meetings, positions, facts with evidence,
demands; met-both with the two busiest actors) runs bound to the busiest actor of the store,
in-process on the store opened read-only, and is consumed five ways:

- counting the solutions (Oxigraph evaluates and decodes every term; no Python term is made),
  with and without the query's ``ORDER BY``;
- reading every cell's ``.value`` (a pyoxigraph term per cell);
- serialising SPARQL JSON in Rust (what ``diplograph serve`` does);
- ``GraphStore.query`` (an rdflib term per cell: what ``diplograph query`` and the Python API do).

Then the floor: patterns that give no more than the hub's meetings and their cells, to show what
one index scan and one seek per cell cost whatever the query around them. Medians of ``--runs``
of wall and CPU milliseconds, with the one-minute load average.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from bench_queries import busiest  # noqa: E402

from diplograph.store import GraphStore, load_query, open_store  # noqa: E402
from diplograph.store.queries import prefixes  # noqa: E402
from diplograph.store.terms import to_ox  # noqa: E402


def timed(func: Callable[[], int], runs: int) -> tuple[float, float, int]:
    """Median wall and CPU milliseconds of ``runs`` calls, and what the last one returned."""
    walls: list[float] = []
    cpus: list[float] = []
    out = 0
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        out = func()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), out


def unordered(sparql: str) -> str:
    """``sparql`` without its final ORDER BY."""
    return re.sub(r"\nORDER BY[^\n]*\s*$", "\n", sparql)


def ways(store: GraphStore, sparql: str, bindings: dict[str, object]) -> dict[str, Callable[[], int]]:
    """The ways of consuming one bound query, each returning a count (rows, cells or bytes)."""
    db = store.oxigraph
    subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}  # type: ignore[arg-type]

    def solutions(text: str) -> ox.QuerySolutions:
        answer = db.query(text, prefixes=prefixes(), use_default_graph_as_union=True, substitutions=subs)
        assert isinstance(answer, ox.QuerySolutions)
        return answer

    def json_bytes() -> int:
        buf = io.BytesIO()
        solutions(sparql).serialize(buf, ox.QueryResultsFormat.JSON)
        return len(buf.getvalue())

    return {
        "evaluate, count rows": lambda: sum(1 for _ in solutions(sparql)),
        "same without ORDER BY": lambda: sum(1 for _ in solutions(unordered(sparql))),
        "pyoxigraph term per cell": lambda: sum(1 for row in solutions(sparql) for t in row if t is not None),
        "SPARQL JSON in Rust (bytes)": json_bytes,
        "rdflib term per cell": lambda: len(store.query(sparql, bindings).rows),  # type: ignore[arg-type]
    }


#: The least work that gives a hub's meetings and their cells, ?actor bound.
FLOOR = {
    "count the hub's meetings (one scan)": (
        "SELECT (COUNT(*) AS ?n) ?actor WHERE { ?m dg:participant ?actor } GROUP BY ?actor"
    ),
    "list them (one scan, an IRI per row)": "SELECT ?actor ?m WHERE { ?m dg:participant ?actor }",
    "+ their date (one seek per row)": (
        "SELECT ?actor ?m ?d WHERE { ?m dg:participant ?actor OPTIONAL { ?m dg:date ?d } }"
    ),
    "+ date, status, place, others, date text": (
        "SELECT * WHERE { ?m dg:participant ?actor OPTIONAL { ?m dg:date ?date } "
        "OPTIONAL { ?m dg:status ?status } OPTIONAL { ?m dg:place ?place } "
        "OPTIONAL { ?m dg:participant ?other FILTER(?other != ?actor) } OPTIONAL { ?m dg:dateText ?text } }"
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="only the queries whose name holds this")
    args = parser.parse_args()
    with open_store(args.store, read_only=True) as store:
        actors = busiest(store)
        hub, hub2 = actors[0], actors[1]
        print(f"{args.store}: {store.count():,} quads; hub {hub}, second {hub2}; {os.cpu_count()} cores")
        cases = [
            ("meetings-of-actor", {"actor": hub}),
            ("positions-of-actor", {"actor": hub}),
            ("facts-with-evidence", {"actor": hub}),
            ("demands", {"target": hub}),
            ("met-both", {"a": hub, "b": hub2}),
        ]
        for name, bindings in cases:
            if args.only not in name:
                continue
            print(f"{name} (load {os.getloadavg()[0]:.1f})")
            for label, func in ways(store, load_query(name), bindings).items():  # type: ignore[arg-type]
                wall, cpu, out = timed(func, args.runs)
                print(f"  {label:42} wall {wall:8.1f} ms  cpu {cpu:8.1f} ms  ({out:,})", flush=True)
        print(f"floor: the hub's meetings (load {os.getloadavg()[0]:.1f})")
        for label, sparql in FLOOR.items():
            func = ways(store, sparql, {"actor": hub})["evaluate, count rows"]
            wall, cpu, out = timed(func, args.runs)
            print(f"  {label:42} wall {wall:8.1f} ms  cpu {cpu:8.1f} ms  ({out:,} rows)", flush=True)


if __name__ == "__main__":
    main()
