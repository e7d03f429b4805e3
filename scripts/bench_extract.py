"""Benchmark ``diplograph extract``: one job against two, local processes and a Dask LocalCluster.

    python scripts/bench_extract.py /work/shared/corpora/10kGNAD-test.csv --repeat 3

The CSV (``label;'text'`` rows, read as scripts/bench_ingest.py reads them: German, published
2016-01-01) is written once to a JSON Lines file; then every configuration runs the real command
line, ``diplograph extract corpus.jsonl -o DIR`` with ``--jobs N`` (and ``--dask local``), in a
fresh process each run, into a fresh folder. Two times are reported: the wall time of the whole
command (interpreter start, lexicons, a Dask cluster's start and stop) and the extraction time
the command reports itself (from planning to the last shard, cluster start excluded). Prints a
Markdown table of medians and the speed-ups over one job; the load average at each run shows
how busy the machine was.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ingest import rows  # noqa: E402

CONFIGS = {
    "local, 1 job": ["--jobs", "1"],
    "local, 2 jobs": ["--jobs", "2"],
    "Dask LocalCluster, 1 worker": ["--jobs", "1", "--dask", "local"],
    "Dask LocalCluster, 2 workers": ["--jobs", "2", "--dask", "local"],
}
_SECONDS = re.compile(r"quads in ([0-9.]+) s")


def write_jsonl(csv_path: Path, out: Path, limit: int | None) -> int:
    """The corpus as JSON Lines; return the number of articles."""
    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for raw in rows(csv_path, limit):
            record = {"text": raw.text, "lang": raw.lang, "published": str(raw.published)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def run_once(corpus: Path, args: list[str], work: Path) -> tuple[float, float]:
    """Run one extract; return (wall seconds, seconds the command reports)."""
    out = Path(tempfile.mkdtemp(prefix="shards-", dir=work))
    exe = Path(sys.executable).with_name("diplograph")
    started = time.perf_counter()
    done = subprocess.run([str(exe), "extract", str(corpus), "-o", str(out), *args],
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"extract {' '.join(args)} failed: {done.stderr[-2000:]}")
    found = _SECONDS.search(done.stderr)
    return wall, float(found.group(1)) if found else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--only", action="append", choices=list(CONFIGS), help="run only these configs")
    args = parser.parse_args(argv)
    configs = {k: v for k, v in CONFIGS.items() if not args.only or k in args.only}
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in configs}
    with tempfile.TemporaryDirectory(prefix="dg-bench-extract-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        total = write_jsonl(args.csv, corpus, args.limit)
        for i in range(args.repeat):  # interleaved, so a busy spell hurts every config alike
            for name, extra in configs.items():
                load = os.getloadavg()[0]
                wall, own = run_once(corpus, extra, work)
                results[name].append((wall, own, load))
                print(f"run {i + 1} {name}: wall {wall:.1f} s, extraction {own:.1f} s, load {load:.1f}",
                      file=sys.stderr)
    print(table(results, total, args.repeat))
    return 0


def table(results: dict[str, list[tuple[float, float, float]]], total: int, repeat: int) -> str:
    """Markdown table of medians and speed-ups against the one-job run of the same kind."""
    med = {
        k: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v))
        for k, v in results.items()
    }
    lines = ["| configuration | wall s (median) | extraction s (median) | articles/s | speed-up wall | "
             "speed-up extraction | load avg |", "|---|---|---|---|---|---|---|"]
    for name, (wall, own) in med.items():
        base_name = "local, 1 job" if name.startswith("local") else "Dask LocalCluster, 1 worker"
        base = med.get(base_name)
        up_wall = f"{base[0] / wall:.2f}×" if base else "–"
        up_own = f"{base[1] / own:.2f}×" if base else "–"
        loads = ", ".join(f"{r[2]:.1f}" for r in results[name])
        rate = total / own
        lines.append(f"| {name} | {wall:.1f} | {own:.1f} | {rate:.0f} | {up_wall} | {up_own} | {loads} |")
    lines.append("")
    lines.append(f"{total} articles, median of {repeat} runs each, {os.cpu_count()} cores")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
