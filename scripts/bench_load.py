"""Benchmark ``diplograph load``: quads per second bulk-loaded from shards into a fresh store.

    python scripts/bench_load.py /work/shared/corpora/10kGNAD-test.csv --copies 40 --repeat 3

The CSV is extracted once (``diplograph extract``, as scripts/bench_extract.py writes it); its
1,028 articles make only ~25k quads, which the loader's fixed cost would dominate, so the shards
are then copied ``--copies`` times with every article, evidence, meeting and position IRI made
distinct per copy (the reference graph stays shared, as it would across a real corpus). Each
run loads all shards into a fresh on-disk store with the library's ``load`` (the same code as
the command) and reports quads written per second; the median of ``--repeat`` runs is printed,
with the quads the store holds after the load, and for comparison the rate of pyoxigraph's
``bulk_load`` alone on the same quads from one uncompressed file (the ceiling on this machine).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from bench_extract import write_jsonl  # noqa: E402

from diplograph import ids  # noqa: E402
from diplograph.scale.load import load  # noqa: E402
from diplograph.scale.shards import manifest_name, shard_name  # noqa: E402
from diplograph.store import GraphStore  # noqa: E402

_KINDS = ("article/", "evidence/", "meeting/", "position/")


def _renamed(text: str, copy: int) -> str:
    for kind in _KINDS:
        text = text.replace(ids.BASE + kind, f"{ids.BASE}{kind}c{copy}-")
    return text


def copy_shards(src: Path, dst: Path, copies: int) -> None:
    """Write ``copies`` renamed copies of every shard of ``src`` into ``dst``, numbered on."""
    manifests = sorted(src.glob("part-*.json"))
    index = 0
    for c in range(copies):
        for m in manifests:
            data = json.loads(m.read_text("utf-8"))
            with gzip.open(src / data["shard"], "rt", encoding="utf-8") as handle:
                body = handle.read()
            data = json.loads(_renamed(json.dumps(data), c))
            data["index"], data["shard"] = index, shard_name(index)
            with gzip.open(dst / shard_name(index), "wt", encoding="utf-8", compresslevel=1) as out:
                out.write(_renamed(body, c))
            (dst / manifest_name(index)).write_text(json.dumps(data), "utf-8")
            index += 1


def cpu_seconds() -> float:
    """User + system CPU time of this process, all threads (Oxigraph's loader runs two)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def raw_bulk_load(work: Path, i: int, quads: int) -> tuple[float, float]:
    """Quads/s (wall) and quads per CPU-second of pyoxigraph's bulk_load alone on the shards'
    quads from one plain file (the ceiling)."""
    import pyoxigraph as ox

    store = ox.Store(str(work / f"raw-{i}"))
    cpu, started = cpu_seconds(), time.perf_counter()
    store.bulk_load(path=str(work / "all.nq"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    rate, per_cpu = quads / (time.perf_counter() - started), quads / (cpu_seconds() - cpu)
    print(f"  raw bulk_load: {rate:,.0f} quads/s, {per_cpu:,.0f} quads per CPU-second", file=sys.stderr)
    return rate, per_cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--shards", type=Path, help="shards already extracted from CSV (skips extract)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dg-bench-load-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        if args.shards:
            one = args.shards
        else:
            one = work / "one"
            write_jsonl(args.csv, corpus, args.limit)
            exe = Path(sys.executable).with_name("diplograph")
            subprocess.run([str(exe), "extract", str(corpus), "-o", str(one), "--jobs", "2"],
                           check=True, capture_output=True)
        (work / "all").mkdir()
        copy_shards(one, work / "all", args.copies)
        plain = work / "all.nq"
        with plain.open("wb") as out:
            for shard in sorted((work / "all").glob("part-*.nq.gz")):
                out.write(gzip.decompress(shard.read_bytes()))
        runs = []
        raw: list[tuple[float, float]] = []
        for i in range(args.repeat):
            load_avg = os.getloadavg()[0]
            with GraphStore(work / f"store-{i}") as store:
                cpu, started = cpu_seconds(), time.perf_counter()
                summary = load([work / "all"], store)
                seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
                held = store.count()
            runs.append((summary.quads / seconds, summary.quads, held, seconds, cpu, load_avg))
            print(f"run {i + 1}: {summary.quads} quads in {seconds:.1f} s ({cpu:.1f} CPU-s) = "
                  f"{runs[-1][0]:,.0f} quads/s (store holds {held}; load average {load_avg:.1f})",
                  file=sys.stderr)
            raw.append(raw_bulk_load(work, i, summary.quads))
    print("| run | quads in shards | quads in store | wall s | CPU s | quads/s | quads/CPU-s | load avg |")
    print("|---|---|---|---|---|---|---|---|")
    for i, (rate, quads, held, seconds, cpu, load_avg) in enumerate(runs, 1):
        print(f"| {i} | {quads} | {held} | {seconds:.1f} | {cpu:.1f} | {rate:,.0f} | {quads / cpu:,.0f} "
              f"| {load_avg:.1f} |")
    print(f"\nload: median {statistics.median(r[0] for r in runs):,.0f} quads/s, "
          f"{statistics.median(r[1] / r[4] for r in runs):,.0f} quads per CPU-second over {len(runs)} runs "
          f"({args.copies} copies of the corpus' shards, {os.cpu_count()} cores); Oxigraph's bulk "
          f"loader alone on the same quads from one uncompressed file, right after each run: median "
          f"{statistics.median(r[0] for r in raw):,.0f} quads/s, "
          f"{statistics.median(r[1] for r in raw):,.0f} quads per CPU-second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
