"""Benchmark ``diplograph map`` as a user runs it: the whole command, start-up included.

Runs ``diplograph map -o OUT --store STORE [FILTER …]`` several times in a fresh process each
and prints the median wall and CPU seconds (user + system of the child), every run, the load
average before and after, and the SHA-256 of the page (so two versions of the code can be
checked byte for byte). The store is opened read-only, so a shared store is safe to time.

Usage: .venv/bin/python scripts/bench_map.py --store /tmp/synth-store [--runs 5] [-- --since 2025-01-01]
"""

from __future__ import annotations

import argparse
import hashlib
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


def one_run(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (CPU: the child's user + system time)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", required=True, help="store folder to draw")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("filters", nargs="*", help="map options after --, e.g. -- --since 2025-01-01")
    args = parser.parse_args()
    exe = shutil.which("diplograph", path=str(Path(sys.executable).parent)) or "diplograph"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.html"
        command = [exe, "map", "-o", str(out), "--store", args.store, *args.filters]
        load_before = os.getloadavg()
        runs = [one_run(command) for _ in range(args.runs)]
        load_after = os.getloadavg()
        digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(json.dumps({
        "command": " ".join(command[1:]),
        "wall_median_s": round(statistics.median(w for w, _ in runs), 2),
        "cpu_median_s": round(statistics.median(c for _, c in runs), 2),
        "wall_runs_s": [round(w, 2) for w, _ in runs],
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "page_sha256": digest,
    }, indent=1))


if __name__ == "__main__":
    main()
