"""Benchmark the SPARQL endpoint: queries per second and latency under concurrent clients.

    python scripts/bench_serve.py --store STORE --clients 8 --seconds 10 --runs 3
    python scripts/bench_serve.py --url http://127.0.0.1:7878/query   # any running endpoint

Without ``--url`` it starts ``diplograph serve`` on the store (127.0.0.1, a free port) and stops
it afterwards; ``--oxigraph`` starts the Rust ``oxigraph serve-read-only --union-default-graph``
on a copy of the folder instead, for comparison of the HTTP layers (``--mix ask`` only: it has
no ``bind=``). Each client is its own process with one keep-alive HTTP connection, sending a
mix of the cookbook queries (meetings, positions, facts with evidence and demands of an actor,
find an actor by name, who met both of two actors) on actors drawn from the store, each bound
by ``bind=`` parameters (as ``diplograph query --bind``), and asking for SPARQL JSON. Prints
queries/s, p50 and p99 per run and the medians over the runs. Not a test: it takes a while and
needs a real store.

The server keeps whole answers until its next write (``diplograph serve --cache-mb``, default
256): a run repeats the mix's queries, so after the first pass through them it measures kept
answers. ``--cache-mb 0`` measures evaluation (identical requests in flight still share one);
``--warm`` sends every query once before the timed runs, which then measure the steady state of
clients asking the same questions again; ``--exe`` starts another ``diplograph`` (e.g. an older
version, to compare).
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from diplograph.ids import REFERENCE_GRAPH  # noqa: E402
from diplograph.store import load_query, open_store  # noqa: E402
from diplograph.vocab import DG  # noqa: E402

BIN = Path(sys.executable).parent


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: Cookbook query and the variable an actor binds, by kind.
QUERIES = {
    "meetings": ("meetings-of-actor", "actor"),
    "positions": ("positions-of-actor", "actor"),
    "facts": ("facts-with-evidence", "actor"),
    "demands": ("demands", "target"),
}
#: The query kinds of each mix: ``lookups`` leaves out find-actor, whose label scan (a
#: case-insensitive match over every name) costs ~20 ms however the endpoint serves it.
MIXES = {
    "cookbook": ("meetings", "positions", "facts", "demands", "find", "met-both"),
    "lookups": ("meetings", "positions", "facts", "demands", "met-both"),
    "ask": ("ask",),
}


def workload(store_dir: str, size: int, mix: str = "cookbook", seed: int = 11) -> list[str]:
    """``size`` request bodies of ``mix``: the cookbook on actors and names drawn from the store,
    bound by ``bind=`` parameters as ``diplograph query --bind`` binds them."""
    with open_store(store_dir, read_only=True) as db:
        actors = [
            r[0].n3()
            for r in db.query(
                "SELECT ?a (COUNT(*) AS ?n) WHERE { ?f dg:participant|dg:holder ?a } "
                "GROUP BY ?a ORDER BY DESC(?n)"
            ).rows
            if r[0] is not None
        ]
        names = [
            str(r[0])
            for r in db.query(
                f"SELECT ?l WHERE {{ GRAPH {REFERENCE_GRAPH.n3()} {{ ?a rdfs:label ?l }} }}"
            ).rows
            if r[0] is not None
        ]
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(size):
        a, b = rng.choice(actors), rng.choice(actors[:20])
        kind = rng.choice(MIXES[mix])
        if kind == "ask":
            # prefix declared: the Rust server predeclares none
            params = [("query", f"ASK {{ ?m {DG.participant.n3()} {a} }}")]
        elif kind == "find":
            params = [("query", load_query("find-actor")), ("bind", f"name={rng.choice(names)}")]
        elif kind == "met-both":
            params = [("query", load_query("met-both")), ("bind", f"a={a}"), ("bind", f"b={b}")]
        else:
            name, var = QUERIES[kind]
            params = [("query", load_query(name)), ("bind", f"{var}={a}")]
        out.append(urllib.parse.urlencode(params))
    return out


def client(url: str, queries: list[str], seconds: float, start: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Send queries over one keep-alive connection until the time is up; report latencies."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    headers = {
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    bodies = queries
    latencies: list[float] = []
    errors = 0
    while time.time() < start:
        time.sleep(0.001)
    end = start + seconds
    i = 0
    while time.time() < end:
        t0 = time.perf_counter()
        conn.request("POST", parts.path, bodies[i % len(bodies)], headers)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - t0)
        errors += response.status != 200
        i += 1
    out.put((latencies, errors))


def warm(url: str, queries: list[str], clients: int) -> float:
    """Send every query of the mix once (shared out among ``clients`` processes, as the runs
    share it), so that an endpoint that keeps answers has them all; return the seconds taken."""
    ctx = multiprocessing.get_context("fork")
    out: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    started = time.perf_counter()
    procs = [
        ctx.Process(target=send_once, args=(url, queries[c::clients], out)) for c in range(clients)
    ]
    for p in procs:
        p.start()
    for _ in procs:
        out.get()
    for p in procs:
        p.join()
    return time.perf_counter() - started


def send_once(url: str, queries: list[str], out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """Send each query once over one keep-alive connection."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    headers = {
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    for body in queries:
        conn.request("POST", parts.path, body, headers)
        conn.getresponse().read()
    out.put(len(queries))


def run(url: str, queries: list[str], clients: int, seconds: float) -> tuple[float, float, float, int]:
    """One run: (queries/s, p50 ms, p99 ms, errors)."""
    ctx = multiprocessing.get_context("fork")
    out: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    start = time.time() + 1.0
    procs = []
    for c in range(clients):
        mine = queries[c::clients]
        procs.append(ctx.Process(target=client, args=(url, mine, seconds, start, out)))
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return len(latencies) / seconds, statistics.median(latencies) * 1000, p99 * 1000, errors


def wait_up(url: str, timeout: float = 30.0) -> None:
    """Wait until ``url`` answers a query."""
    deadline = time.time() + timeout
    query = urllib.parse.urlencode({"query": "ASK {}"})
    while time.time() < deadline:
        try:
            parts = urllib.parse.urlsplit(url)
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=2)
            conn.request("GET", f"{parts.path}?{query}")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"no endpoint at {url}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", required=True, help="an ingested store folder (queries are drawn from it)")
    ap.add_argument("--url", help="query an endpoint already running at this /query URL")
    ap.add_argument("--oxigraph", action="store_true", help="start the Rust oxigraph server instead")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--queries", type=int, default=2000, help="size of the query mix")
    ap.add_argument("--workers", type=int, default=1, help="diplograph serve --workers")
    ap.add_argument("--cache-mb", type=float, help="diplograph serve --cache-mb (0: keep no answers)")
    ap.add_argument(
        "--warm",
        action="store_true",
        help="send every query of the mix once before the timed runs (an endpoint that keeps "
        "answers then serves repeats: the steady state of a dashboard asking the same questions)",
    )
    ap.add_argument("--exe", help="the diplograph command to start (default: this environment's)")
    ap.add_argument(
        "--mix", choices=sorted(MIXES), default="cookbook", help="which queries (default: cookbook)"
    )
    args = ap.parse_args()
    if args.oxigraph and args.mix != "ask":
        ap.error("--oxigraph takes no bind= parameters: use it with --mix ask")
    queries = workload(args.store, args.queries, args.mix)
    server = None
    url = args.url
    if url is None:
        port = free_port()
        url = f"http://127.0.0.1:{port}/query"
        if args.oxigraph:
            # The Rust server may not open a folder another process holds: serve a copy.
            copy = tempfile.mkdtemp(prefix="bench-serve-")
            subprocess.run(["cp", "-r", f"{args.store}/.", copy], check=True)
            cmd = [
                str(BIN / "oxigraph"),
                "serve-read-only",
                "--location",
                copy,
                "--bind",
                f"127.0.0.1:{port}",
                "--union-default-graph",
            ]
        else:
            cmd = [
                args.exe or str(BIN / "diplograph"),
                "serve",
                "--store",
                args.store,
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                *(["--cache-mb", str(args.cache_mb)] if args.cache_mb is not None else []),
            ]
        server = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, env={**os.environ})
    try:
        wait_up(url)
        print(
            f"{len(queries)} queries ({args.mix}), {args.clients} clients, "
            f"{args.seconds:g} s a run, against {url}"
        )
        if args.warm:
            took = warm(url, queries, args.clients)
            print(f"warm-up: every query once in {took:.1f} s ({len(queries) / took:.0f} queries/s)")
        rows = []
        for n in range(args.runs):
            qps, p50, p99, errors = run(url, queries, args.clients, args.seconds)
            rows.append((qps, p50, p99))
            print(
                f"run {n + 1}: {qps:7.0f} queries/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  errors {errors}  "
                f"(load {os.getloadavg()[0]:.1f})"
            )
        med = [statistics.median(col) for col in zip(*rows, strict=True)]
        print(f"median : {med[0]:7.0f} queries/s  p50 {med[1]:6.1f} ms  p99 {med[2]:6.1f} ms")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
