"""Benchmark ``diplograph load``: quads per second bulk-loaded from shards into a fresh store.

    python scripts/bench_load.py /work/shared/corpora/10kGNAD-test.csv --copies 20 --repeat 3 \
        [--shards DIR] [--code before=/path/to/other/checkout] [--raw]

The CSV is extracted once (``diplograph extract``, as scripts/bench_extract.py writes it); its
1,028 articles make only ~40k quads, which the loader's fixed cost would dominate, so the shards
are then copied ``--copies`` times with every article, evidence, meeting and position IRI made
distinct per copy (the reference graph stays shared, as it would across a real corpus; the
summary rows files are copied the same way). Each run is the command as a user runs it,
``diplograph load SHARDS --store FRESH`` in a child process (summary upkeep included), timed
wall and CPU (user + system of the child, all threads). ``--code NAME=DIR`` adds the same
command run from another source tree (``DIR/graph`` first on ``PYTHONPATH``, e.g. a checkout
of main), alternated run by run with this one. ``--raw`` adds, for comparison, pyoxigraph's
``bulk_load(path=…)`` alone and the Rust CLI ``oxigraph load`` (PyPI package ``oxigraph``) on
the same quads from one uncompressed file. Medians of ``--repeat`` runs are printed, with the
one-minute load average at the start of each run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
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
from diplograph.scale.shards import manifest_name, shard_name  # noqa: E402
from diplograph.summary.shardrows import rows_name  # noqa: E402

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
            if "rows" in data:
                rows = gzip.decompress((src / data["rows"]).read_bytes()).decode("utf-8")
                data["rows"] = rows_name(index)
                (dst / rows_name(index)).write_bytes(gzip.compress(_renamed(rows, c).encode("utf-8"), 1))
            (dst / manifest_name(index)).write_text(json.dumps(data), "utf-8")
            index += 1


def run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, all threads) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_RAW = "import pyoxigraph as ox, sys; s = ox.Store(sys.argv[1]); " \
       "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS); s.flush()"


Series = dict[str, tuple[list[str], dict[str, str] | None]]


def commands(work: Path, codes: dict[str, Path], raw: bool) -> Series:
    """What each series runs: name → (argv with STORE for the store folder, environment)."""
    bin_dir = Path(sys.executable).parent
    load = [str(bin_dir / "diplograph"), "load", str(work / "all"), "--store", "STORE"]
    out: Series = {"load (this tree)": (load, None)}
    for name, tree in codes.items():
        out[f"load ({name})"] = (load, {**os.environ, "PYTHONPATH": str(tree / "graph")})
    if raw:
        plain = str(work / "all.nq")
        out["pyoxigraph bulk_load(path)"] = ([sys.executable, "-c", _RAW, "STORE", plain], None)
        ox_cli = bin_dir / "oxigraph"
        if ox_cli.exists():
            out["oxigraph load (Rust CLI)"] = (
                [str(ox_cli), "load", "--location", "STORE", "--file", plain], None)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--shards", type=Path, help="shards already extracted from CSV (skips extract)")
    parser.add_argument("--code", action="append", default=[], metavar="NAME=DIR",
                        help="also run the command from the source tree DIR (alternating)")
    parser.add_argument("--raw", action="store_true", help="also time pyoxigraph and the Rust CLI alone")
    args = parser.parse_args(argv)
    codes = {name: Path(tree) for name, _, tree in (c.partition("=") for c in args.code)}
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
        quads = 0
        with plain.open("wb") as out:
            for shard in sorted((work / "all").glob("part-*.nq.gz")):
                data = gzip.decompress(shard.read_bytes())
                quads += data.count(b"\n")
                out.write(data)
        series = commands(work, codes, args.raw)
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in series}
        for i in range(args.repeat):
            for name, (cmd, env) in series.items():
                store = work / "store"
                shutil.rmtree(store, ignore_errors=True)
                load_avg = os.getloadavg()[0]
                wall, cpu = run([str(store) if a == "STORE" else a for a in cmd], env)
                results[name].append((wall, cpu, load_avg))
                print(f"run {i + 1} {name}: {quads} quads in {wall:.1f} s ({cpu:.1f} CPU-s) = "
                      f"{quads / wall:,.0f} quads/s, {quads / cpu:,.0f} per CPU-s "
                      f"(load average {load_avg:.1f})",
                      file=sys.stderr, flush=True)
    print(f"\n{quads} quads ({args.copies} copies of the corpus' shards), {os.cpu_count()} cores, "
          f"medians of {args.repeat} runs\n")
    print("| command | quads/s (wall), median (range) | quads per CPU-second, median | load average |")
    print("|---|---|---|---|")
    for name, rows in results.items():
        rates = [quads / w for w, _, _ in rows]
        per_cpu = statistics.median(quads / c for _, c, _ in rows)
        loads = [la for _, _, la in rows]
        print(f"| {name} | {statistics.median(rates):,.0f} ({min(rates):,.0f}–{max(rates):,.0f}) | "
              f"{per_cpu:,.0f} | {min(loads):.1f}–{max(loads):.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
