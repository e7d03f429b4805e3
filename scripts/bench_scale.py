"""Time the cookbook queries, ``stats``, ``path`` and ``view`` on one large store (issue 11).

    python scripts/synthetic_store.py --quads 10000000 --store /tmp/synth-10m
    python scripts/bench_scale.py --store /tmp/synth-10m --runs 30 --cli-runs 3

Each cookbook query runs ``--runs`` times bound to the busiest actor (a hub), the second
busiest and one three quarters down the ranking, in-process on the store opened read-only;
``stats``, ``path`` (hub to the rare actor) and ``view`` (the whole actor network written to
HTML) run ``--cli-runs`` times as the ``diplograph`` command a user types, Python start-up
included. Every figure is printed with the median wall time, the median CPU time (user+sys of
this process for queries, of the child for commands) and the one-minute load average when it
was taken, because on a shared machine wall time alone measures the neighbours.

The commands read the store's summary (diplograph.summary); ``stats`` and ``path`` keep
figures in it after their first run, and ``view`` its drawn page (diplograph.views.whole), so
a store's summary is written to: time a copy of a store you keep. ``--cold`` drops those before
every run, which times a first run that finds none (a summary kept by older code);
``--after-write`` keeps those ``ingest``, ``load`` and ``diplograph summary`` now keep when they
finish (stats' rankings, path's links: diplograph.summary.figures), which times the first run
after a write, and prints what keeping them cost the writer.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from bench_queries import busiest  # noqa: E402

from diplograph.store import GraphStore, load_query, open_store  # noqa: E402
from diplograph.summary.folder import SUMMARY_FILE  # noqa: E402

Bindings = dict[str, URIRef | Literal]


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, by linear interpolation between ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def label_of(store: GraphStore, actor: URIRef) -> Literal:
    """One label of ``actor`` (to run the queries bound by name, as users do)."""
    rows = store.query("SELECT ?a ?l WHERE { ?a rdfs:label ?l } LIMIT 1", {"a": actor}).rows
    found = rows[0][1] if rows else None
    return Literal(str(found)) if found is not None else Literal(actor.rsplit("/", 1)[1])


def cases(store: GraphStore, hub: URIRef, hub2: URIRef, rare: URIRef) -> list[tuple[str, str, Bindings]]:
    """(label, query name, bindings) for every cookbook query, on hubs and on a rare actor."""
    return [
        ("meetings-of-actor hub", "meetings-of-actor", {"actor": hub}),
        ("meetings-of-actor rare", "meetings-of-actor", {"actor": rare}),
        ("meetings-of-actor rare by name", "meetings-of-actor", {"name": label_of(store, rare)}),
        ("demands to hub", "demands", {"target": hub}),
        ("demands to rare", "demands", {"target": rare}),
        ("positions-of-actor hub", "positions-of-actor", {"actor": hub}),
        ("positions-of-actor rare", "positions-of-actor", {"actor": rare}),
        ("met-both hub+hub", "met-both", {"a": hub, "b": hub2}),
        ("met-both hub+rare", "met-both", {"a": hub, "b": rare}),
        ("facts-with-evidence hub", "facts-with-evidence", {"actor": hub}),
        ("facts-with-evidence rare", "facts-with-evidence", {"actor": rare}),
        ("find-actor hub name", "find-actor", {"name": label_of(store, hub)}),
    ]


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_queries(store: GraphStore, runs: int, only: str = "") -> list[dict[str, object]]:
    """p50, p99 and median CPU of every cookbook case (milliseconds) whose label holds ``only``."""
    actors = busiest(store)
    hub, hub2, rare = actors[0], actors[1], actors[len(actors) * 3 // 4]
    out: list[dict[str, object]] = []
    for label, name, bindings in cases(store, hub, hub2, rare):
        if only not in label:
            continue
        sparql = load_query(name)
        walls: list[float] = []
        cpus: list[float] = []
        rows = 0
        load_avg = os.getloadavg()[0]
        for _ in range(runs):
            cpu, started = _cpu_self(), time.perf_counter()
            rows = len(store.query(sparql, bindings).rows)
            walls.append((time.perf_counter() - started) * 1000)
            cpus.append((_cpu_self() - cpu) * 1000)
        out.append({
            "case": label, "rows": rows, "p50_ms": round(statistics.median(walls), 1),
            "p99_ms": round(percentile(walls, 99), 1), "cpu_ms": round(statistics.median(cpus), 1),
            "load": round(load_avg, 1),
        })
        print(f"{label:32} {rows:>7} rows  p50 {out[-1]['p50_ms']:>8} ms  p99 {out[-1]['p99_ms']:>8} ms  "
              f"cpu {out[-1]['cpu_ms']:>8} ms  (load {load_avg:.1f})", flush=True)
    return out


#: The figures a writer keeps for the version it writes (diplograph.summary.figures).
WRITER_FIGURES = ("stats", "chain-links")


def forget_derived(store_dir: Path, keep: tuple[str, ...] = ()) -> None:
    """Drop the figures the summary keeps between runs (stats' rankings, path's actors and
    meetings, view's drawn page) but those named in ``keep``, so the next command computes them
    again from the summary's rows and joined records: the cost of the first run after a write
    (the records stay: the write itself joins them, docs/summary.md)."""
    path = store_dir / SUMMARY_FILE
    if path.exists():
        with sqlite3.connect(path) as db:
            marks = ", ".join("?" * len(keep))
            db.execute(f"DELETE FROM derived WHERE name NOT IN ({marks})", keep)


def keep_writer_figures(store_dir: Path) -> float:
    """Compute the figures a writer keeps (as ``ingest``, ``load`` and ``diplograph summary``
    do when they finish) and return the CPU seconds that took: the writer's added cost."""
    from diplograph.summary.figures import keep_figures
    from diplograph.summary.reader import fresh_summary

    forget_derived(store_dir)
    db, recorded = fresh_summary(store_dir)
    if db is None:
        raise SystemExit(f"{store_dir}: {recorded}")
    started = time.process_time()
    keep_figures(store_dir, db, recorded)
    return time.process_time() - started


def time_commands(
    store_dir: Path, runs: int, hub: URIRef, rare: URIRef, cold: bool = False, after_write: bool = False
) -> list[dict[str, object]]:
    """Median wall and CPU seconds of ``stats``, ``path`` and ``view`` run as commands (with
    ``cold``, every run starts without the summary's kept figures, :func:`forget_derived`; with
    ``after_write``, with only those a writer keeps)."""
    exe = Path(sys.executable).with_name("diplograph")
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="dg-bench-scale-") as tmp:
        page = Path(tmp) / "all.html"
        commands = {
            "version (start-up only)": [str(exe), "--version"],
            "stats": [str(exe), "stats", "--store", str(store_dir)],
            "path hub -> rare": [str(exe), "path", str(hub), str(rare), "--store", str(store_dir)],
            "view (whole store)": [str(exe), "view", "-o", str(page), "--store", str(store_dir)],
        }
        for label, argv in commands.items():
            walls: list[float] = []
            cpus: list[float] = []
            loads: list[float] = []
            for _ in range(runs):
                if cold:
                    forget_derived(store_dir)
                elif after_write:
                    forget_derived(store_dir, WRITER_FIGURES)
                loads.append(os.getloadavg()[0])
                cpu, started = _cpu_children(), time.perf_counter()
                done = subprocess.run(argv, capture_output=True, text=True, check=False)
                walls.append(time.perf_counter() - started)
                cpus.append(_cpu_children() - cpu)
                if done.returncode != 0:
                    raise SystemExit(f"{label} failed: {done.stderr.strip()[-400:]}")
            size = f" ({page.stat().st_size / 1e6:.1f} MB page)" if label.startswith("view") else ""
            out.append({
                "command": label, "wall_s": round(statistics.median(walls), 2),
                "max_wall_s": round(max(walls), 2), "cpu_s": round(statistics.median(cpus), 2),
                "load": round(statistics.median(loads), 1),
            })
            print(f"{label:26} wall {out[-1]['wall_s']:>6} s (max {out[-1]['max_wall_s']})  "
                  f"cpu {out[-1]['cpu_s']:>6} s  load {out[-1]['load']}{size}", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="a store folder (synthetic or ingested)")
    parser.add_argument("--runs", type=int, default=30, help="runs of each cookbook query")
    parser.add_argument("--cli-runs", type=int, default=3, help="runs of each command (0: none)")
    parser.add_argument("--only", default="", help="only the query cases whose label holds this")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--cold", action="store_true",
                        help="time each command run without the summary's kept figures (a first run)")
    parser.add_argument("--after-write", action="store_true",
                        help="time each command run with only the figures a writer keeps (the first run "
                             "after ingest or load); also times keeping them")
    args = parser.parse_args()
    with open_store(args.store, read_only=True) as store:
        quads = store.count()
        print(f"{args.store}: {quads:,} quads, {os.cpu_count()} cores", flush=True)
        started = time.perf_counter()
        actors = busiest(store)
        print(f"ranking actors: {time.perf_counter() - started:.1f} s", flush=True)
        queries = time_queries(store, args.runs, args.only) if args.runs else []
    rare = actors[len(actors) * 3 // 4]
    if args.after_write:
        print(f"figures kept by the writer: {keep_writer_figures(args.store):.2f} CPU-s "
              f"(load {os.getloadavg()[0]:.1f})", flush=True)
    commands = (
        time_commands(args.store, args.cli_runs, actors[0], rare, args.cold, args.after_write)
        if args.cli_runs else []
    )
    if args.json:
        figures = {"quads": quads, "queries": queries, "commands": commands}
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
