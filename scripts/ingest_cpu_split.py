"""Where a ``diplograph ingest --jobs N`` run spends its CPU: the parent (per thread) and the workers.

    python scripts/ingest_cpu_split.py corpus.jsonl --jobs 2 [--repeat 3]

Runs the ``diplograph`` first on ``PATH`` (as ``scripts/bench_ingest.py --cli`` does) into a
fresh store and polls ``/proc`` every 5 ms: the parent's own CPU time and each of its threads'
(the main thread, the pool's task and result threads, RocksDB's), the moment the workers
appear (the fork, after the first article), each worker's CPU time and the last moment it
grew. The workers' total is the run's CPU time (``wait4``: the parent and every child it
waited for) less the parent's own last reading, so it is exact to within one poll. Wall and
CPU time on a shared machine move with the load; the load average is printed with each run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(path: str) -> tuple[float, str] | None:
    """CPU seconds (user + system) and name of the process or thread at ``path`` (/proc/…/stat)."""
    try:
        with open(path) as handle:
            text = handle.read()
    except OSError:
        return None
    fields = text[text.rfind(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICK, text[text.find("(") + 1 : text.rfind(")")]


@dataclass
class Worker:
    """One worker process as polled."""

    seen: float
    cpu: float = 0.0
    busy: float = 0.0  # when its CPU time last grew


@dataclass
class Split:
    """One run."""

    load: float
    wall: float = 0.0
    total: float = 0.0
    parent: float = 0.0
    fork: float | None = None
    threads: dict[str, tuple[str, float]] = field(default_factory=dict)
    workers: dict[int, Worker] = field(default_factory=dict)


def run(corpus: Path, jobs: int) -> Split:
    """One ``diplograph ingest`` of ``corpus`` into a fresh store, polled until it ends."""
    exe = shutil.which("diplograph") or str(Path(sys.executable).with_name("diplograph"))
    with tempfile.TemporaryDirectory(prefix="dg-split-") as tmp:
        split = Split(os.getloadavg()[0])
        started = time.perf_counter()
        argv = [exe, "ingest", str(corpus), "--store", f"{tmp}/store", "--jobs", str(jobs)]
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            _poll(proc.pid, split, time.perf_counter() - started)
            time.sleep(0.005)
        split.wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"diplograph ingest failed (status {status})")
        split.total = usage.ru_utime + usage.ru_stime
    return split


def _poll(pid: int, split: Split, now: float) -> None:
    own = _stat(f"/proc/{pid}/stat")
    if own is not None:
        split.parent = own[0]
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            if (thread := _stat(f"/proc/{pid}/task/{tid}/stat")) is not None:
                split.threads[tid] = (thread[1], thread[0])
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            children = [int(x) for x in handle.read().split()]
    except OSError:
        return
    for child in children:
        if (polled := _stat(f"/proc/{child}/stat")) is None:
            continue
        if split.fork is None:
            split.fork = now
        worker = split.workers.setdefault(child, Worker(now))
        if polled[0] > worker.cpu:
            worker.cpu, worker.busy = polled[0], now


def report(split: Split) -> str:
    """Lines for one run."""
    fork = "no fork" if split.fork is None else f"workers from {split.fork:.2f} s"
    lines = [
        f"load {split.load:.2f}: wall {split.wall:.2f} s, {fork}; CPU {split.total:.2f} s = parent "
        f"{split.parent:.2f} + workers {split.total - split.parent:.2f}"
    ]
    for name, cpu in sorted(split.threads.values(), key=lambda t: -t[1]):
        if cpu >= 0.02:
            lines.append(f"  parent thread {name}: {cpu:.2f} s")
    for pid, w in split.workers.items():
        lines.append(f"  worker {pid}: {w.cpu:.2f} s, busy until {w.busy:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="articles for diplograph ingest (e.g. JSON Lines)")
    parser.add_argument("--jobs", type=int, default=2, help="diplograph ingest --jobs")
    parser.add_argument("--repeat", type=int, default=1, help="runs, one after the other")
    args = parser.parse_args(argv)
    for _ in range(args.repeat):
        print(report(run(args.corpus, args.jobs)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
