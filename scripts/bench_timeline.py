"""Benchmark the timeline, ``shifts`` and ``export-events``: medians of several runs.

- ``--gnad CSV``: the 1,028 articles of the 10kGNAD test split ingested into an in-memory
  store (dated 2016-01-01, as ``scripts/bench_ingest.py`` reads them); times reading the
  events and writing the whole-store timeline page (target ≤ 2 s), and its first full draw in
  headless Debian Chromium, offline, a fresh context per run (target ≤ 1.5 s: navigation
  start to the first frame after the page's drawing script, ``window.__timelineDone``).
- ``--synthetic-quads N``: a store made by ``scripts/synthetic_store.py`` (or an existing
  one given with ``--store``); times the whole-store timeline (target ≤ 5 s at 1M quads), the
  timeline of the busiest holder, ``shifts`` over the whole store (target ≤ 2 s) and of that
  actor, and ``export-events`` as CSV.

- ``--cli --store DIR``: whole ``diplograph shifts --store DIR`` processes as a user runs
  them (start-up included; the report to /dev/null), as a table and as JSON (target ≤ 2 s at
  1M quads). ``--before SRC`` (a checkout's ``graph/`` folder, put first on PYTHONPATH) times
  that code too, run for run alternately with this one, so both see the same load.

Wall and CPU time are both reported (see :func:`timed`), with the load average around the run.

Usage: .venv/bin/python scripts/bench_timeline.py --gnad ../shared/corpora/10kGNAD-test.csv
       .venv/bin/python scripts/bench_timeline.py --synthetic-quads 1000000 [--store DIR] [--runs 5]
       .venv/bin/python scripts/bench_timeline.py --cli --store DIR [--before OLD/graph] [--runs 5]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from diplograph.events.plover import store_event_records, write_events
from diplograph.events.records import load_events
from diplograph.events.shifts import store_shifts
from diplograph.ingest.read import RawArticle
from diplograph.store import GraphStore
from diplograph.views.timeline import build_timeline
from diplograph.views.timeline_html import write_timeline

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def timed(what: Callable[[], Any], runs: int) -> dict[str, Any]:
    """Median wall and CPU seconds of ``runs`` calls of ``what``, every run, and the last result.

    CPU time (this process; Oxigraph evaluates queries in the calling thread) is reported
    beside wall time because a shared machine's load can stretch wall time several-fold.
    """
    times, cpu, result = [], [], None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = what()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {
        "median_s": round(statistics.median(times), 3),
        "cpu_median_s": round(statistics.median(cpu), 3),
        "runs_s": [round(t, 3) for t in times],
        "result": result,
    }


def timeline_page(store: GraphStore, path: Path, actor: str | None = None) -> int:
    """Read, lay out and write one timeline; return its number of marks."""
    t = build_timeline(load_events(store, actor), actor=actor, title="benchmark")
    write_timeline(t, path)
    return len(t.marks)


def draw_times(path: Path, runs: int) -> list[float]:
    """Seconds from navigation start to the first frame after the timeline's drawing script."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.goto(path.resolve().as_uri())
            page.wait_for_function("() => window.__timelineDone !== undefined", timeout=60_000)
            out.append(float(page.evaluate("window.__timelineDone")) / 1000)
            context.close()
        browser.close()
    return out


def gnad_articles(path: Path) -> Iterator[RawArticle]:
    """The corpus rows as German articles published on 2016-01-01."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as rows:
        for i, (label, text) in enumerate(csv.reader(rows, delimiter=";", quotechar="'"), 1):
            name = f"10kGNAD {i} ({label})"
            yield RawArticle(text, name, title=name, published=datetime.date(2016, 1, 1), lang="de")


def gnad(csv_path: Path, runs: int, tmp: Path) -> dict[str, Any]:
    from diplograph.loader import ingest_raw

    report: dict[str, Any] = {}
    with GraphStore() as store:
        ingest_raw(gnad_articles(csv_path), store)
        report["quads"] = store.count()
        page = tmp / "gnad.html"
        report["timeline_write"] = timed(lambda: timeline_page(store, page), runs)
        draws = draw_times(page, runs)
        report["timeline_draw"] = {
            "median_s": round(statistics.median(draws), 3),
            "runs_s": [round(t, 3) for t in draws],
        }
        report["shifts"] = timed(lambda: len(store_shifts(store)[0]), runs)
    return report


def synthetic(quads: int, store_dir: Path | None, runs: int, tmp: Path) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).parent))
    import synthetic_store

    report: dict[str, Any] = {}
    folder = store_dir or tmp / "synthetic"
    if not (folder / "CURRENT").exists():
        with GraphStore(folder) as db:
            synthetic_store.build(db, quads)
    with GraphStore(folder, read_only=True) as store:
        report["quads"] = store.count()
        hub = busiest_holder(store)
        report["hub"] = hub
        cases: dict[str, Callable[[], Any]] = {
            "timeline_all": lambda: timeline_page(store, tmp / "all.html"),
            "timeline_hub": lambda: timeline_page(store, tmp / "hub.html", hub),
            "shifts_all": lambda: len(store_shifts(store)[0]),
            "shifts_hub": lambda: len(store_shifts(store, hub)[0]),
            "export_events_csv": lambda: export_csv(store),
        }
        for name, what in cases.items():
            report[name] = timed(what, runs)
    return report


def busiest_holder(store: GraphStore) -> str:
    """The actor holding the most positions."""
    rows = store.values(
        "SELECT ?h (COUNT(*) AS ?n) WHERE { ?p dg:holder ?h } GROUP BY ?h ORDER BY DESC(?n) LIMIT 1"
    )
    return str(rows[0][0])


def export_csv(store: GraphStore) -> int:
    """Every event of the store as CSV (in memory); return the number of events."""
    records = store_event_records(store)
    write_events(records, io.StringIO(), "csv")
    return len(records)


def cli_times(store: Path, runs: int, before: Path | None) -> dict[str, Any]:
    """Medians of whole ``diplograph shifts`` processes: wall, CPU (user + system) and load."""
    command = [str(Path(sys.executable).with_name("diplograph")), "shifts", "--store", str(store)]
    versions = {"after": os.environ.get("PYTHONPATH", "")}
    if before is not None:
        versions = {"before": str(before), **versions}
    found: dict[str, dict[str, list[float]]] = {}
    for fmt in ("table", "json"):
        for _ in range(runs):
            for name, path in versions.items():
                load = os.getloadavg()[0]
                start, used = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(
                    [*command, "--format", fmt],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    env={**os.environ, "PYTHONPATH": path},
                )
                wall = time.perf_counter() - start
                done = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = done.ru_utime - used.ru_utime + done.ru_stime - used.ru_stime
                runs_of = found.setdefault(f"{name}_{fmt}", {"wall_s": [], "cpu_s": [], "load": []})
                runs_of["wall_s"].append(round(wall, 2))
                runs_of["cpu_s"].append(round(cpu, 2))
                runs_of["load"].append(round(load, 2))
    return {
        case: {"median_wall_s": statistics.median(r["wall_s"]), "median_cpu_s": statistics.median(r["cpu_s"]),
               **r}
        for case, r in found.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gnad", type=Path)
    parser.add_argument("--synthetic-quads", type=int)
    parser.add_argument("--store", type=Path, help="synthetic store folder (built when missing)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli", action="store_true", help="time whole `diplograph shifts` processes")
    parser.add_argument("--before", type=Path, help="with --cli: another checkout's graph/ folder")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    report: dict[str, Any] = {"load_average_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        if args.gnad:
            report["gnad"] = gnad(args.gnad, args.runs, Path(tmp))
        if args.cli:
            if args.store is None:
                parser.error("--cli needs --store")
            report["cli"] = cli_times(args.store, args.runs, args.before)
        if args.synthetic_quads:
            report["synthetic"] = synthetic(args.synthetic_quads, args.store, args.runs, Path(tmp))
    report["load_average_after"] = os.getloadavg()
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
