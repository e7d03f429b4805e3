"""Benchmark ingest: articles per second and memory over a CSV corpus, streamed through the library.

    python scripts/bench_ingest.py /work/shared/corpora/10kGNAD-test.csv --repeat 3 --jobs 1

The corpus is read row by row (``label;'text'``, single-quote quoted) and never copied; each
article goes through the same path as ``diplograph ingest`` (read → build → write its named
graph) into a fresh on-disk store in a temporary folder. Dates are fixed, the language is given,
so the run measures extraction and writing, not detection. Memory is the resident set of this
process (from /proc) after each quarter of the articles, and the peak (``ru_maxrss``) of this
process and of any worker processes: flat quarter figures show that memory does not grow with
the corpus. Prints a Markdown table.

    python scripts/bench_ingest.py /work/shared/corpora/10kGNAD-test.csv --cli --repeat 3 --jobs 2

``--cli`` measures what a user waits for instead: the corpus is written once as JSON Lines (the
same rows, language and date) and each run is a fresh ``diplograph ingest`` process into a new
store, start-up included. Per run it reports wall time, CPU time (user + system of the process
and its workers, from ``wait4``; on a machine shared with other work CPU time is the steadier
figure), articles per second of wall time, the peak resident set of the largest process and the
load average before the run; then the medians.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from diplograph import loader  # noqa: E402
from diplograph.ingest.read import RawArticle  # noqa: E402
from diplograph.store import GraphStore  # noqa: E402

PUBLISHED = dt.date(2016, 1, 1)
QUARTERS = (0.25, 0.5, 0.75, 1.0)


def rows(path: Path, limit: int | None = None, copies: int = 1) -> Iterator[RawArticle]:
    """Yield the corpus rows as RawArticles, one at a time, ``copies`` times over.

    Each further copy gets its own URL, so it is a distinct article of the store: that grows the
    corpus without new text, to show whether memory grows with it.
    """
    csv.field_size_limit(sys.maxsize)
    for copy in range(copies):
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
                if limit is not None and number > limit:
                    break
                if len(row) < 2 or not row[1].strip():
                    continue
                url = f"urn:bench:copy{copy}:{number}" if copy else None
                yield RawArticle(
                    text=row[1], source=f"{path.name}:{number}", published=PUBLISHED, lang="de", url=url
                )


def count(path: Path, limit: int | None, copies: int = 1) -> int:
    """How many articles :func:`rows` will yield."""
    return sum(1 for _ in rows(path, limit, copies))


def rss_mib() -> float:
    """Current resident set size of this process in MiB (Linux /proc)."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib(who: int) -> float:
    """Peak resident set size in MiB (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


@dataclass
class Run:
    """One pass over the corpus."""

    articles: int = 0
    failed: int = 0
    facts: int = 0
    quads: int = 0
    seconds: float = 0.0
    rss: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def run_once(path: Path, total: int, jobs: int, limit: int | None, copies: int = 1) -> Run:
    """Ingest the corpus once into a fresh temporary store, as ``diplograph ingest`` does."""
    marks = {max(1, round(q * total)) for q in QUARTERS}
    run = Run()
    seen = 0

    def tick(n: int) -> None:  # n articles written (ingest writes them a batch at a time)
        nonlocal seen
        before, seen = seen, seen + n
        if any(before < mark <= seen for mark in marks):
            run.rss.append(rss_mib())

    with tempfile.TemporaryDirectory(prefix="dg-bench-") as tmp, GraphStore(Path(tmp) / "store") as store:
        summary = loader.ingest_raw(
            rows(path, limit, copies), store, jobs=jobs, keep_going=True, progress=tick
        )
    run.articles, run.failed, run.facts = summary.articles, len(summary.failed), summary.facts
    run.quads, run.seconds = summary.quads, summary.seconds
    return run


def table(runs: list[Run], jobs: int, total: int) -> str:
    """The Markdown table of all runs and their median."""
    head = (
        "| run | articles | skipped | facts | quads | s | articles/s | RSS 25% | RSS 50% | RSS 75% "
        "| RSS 100% |"
    )
    lines = [head, "|" + "---|" * 11]
    for i, r in enumerate(runs, 1):
        rss = " | ".join(f"{x:.0f} MiB" for x in r.rss)
        lines.append(
            f"| {i} | {r.articles} | {r.failed} | {r.facts} | {r.quads} | {r.seconds:.1f} | "
            f"{r.rate:.1f} | {rss} |"
        )
    lines.append("")
    lines.append(
        f"median {statistics.median(r.rate for r in runs):.1f} articles/s over {len(runs)} runs "
        f"of {total} articles, --jobs {jobs}; peak RSS {peak_mib(resource.RUSAGE_SELF):.0f} MiB "
        f"(main process), {peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB (largest worker)"
    )
    return "\n".join(lines)


@dataclass
class CliRun:
    """One ``diplograph ingest`` process."""

    wall: float
    cpu: float
    peak_mib: float
    load: float


def write_jsonl(path: Path, limit: int | None, target: Path) -> int:
    """The corpus rows as JSON Lines, as :func:`rows` reads them; the number of articles."""
    n = 0
    with target.open("w", encoding="utf-8") as out:
        for raw in rows(path, limit):
            record = {"text": raw.text, "lang": raw.lang, "published": PUBLISHED.isoformat()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def cli_once(jsonl: Path, jobs: int, tmp: Path) -> CliRun:
    """One ``diplograph ingest`` of ``jsonl`` into a fresh store, timed from outside."""
    exe = shutil.which("diplograph") or str(Path(sys.executable).with_name("diplograph"))
    store = tmp / "store"
    shutil.rmtree(store, ignore_errors=True)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(
        [exe, "ingest", str(jsonl), "--store", str(store), "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"diplograph ingest failed (status {status})")
    # wait4 counts the process and the workers it waited for; ru_maxrss is the largest of them
    return CliRun(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, load)


def cli_table(runs: list[CliRun], jobs: int, total: int) -> str:
    """The Markdown table of the command-line runs and their medians."""
    lines = ["| run | wall s | CPU s | articles/s (wall) | peak RSS | load before |", "|" + "---|" * 6]
    for i, r in enumerate(runs, 1):
        rate, rss = total / r.wall, r.peak_mib
        lines.append(f"| {i} | {r.wall:.1f} | {r.cpu:.1f} | {rate:.1f} | {rss:.0f} MiB | {r.load:.2f} |")
    wall = statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    lines += [
        "",
        f"`diplograph ingest --jobs {jobs}` of {total} articles, median of {len(runs)} runs: "
        f"wall {wall:.1f} s ({total / wall:.1f} articles/s), CPU {cpu:.1f} s "
        f"({total / cpu:.1f} articles per CPU second), peak RSS {max(r.peak_mib for r in runs):.0f} MiB",
    ]
    return "\n".join(lines)


def main_cli(args: argparse.Namespace) -> int:
    """``--cli``: time whole ``diplograph ingest`` processes."""
    with tempfile.TemporaryDirectory(prefix="dg-bench-") as folder:
        tmp = Path(folder)
        jsonl = tmp / "corpus.jsonl"
        total = write_jsonl(args.csv, args.limit, jsonl)
        runs = []
        for i in range(args.repeat):
            runs.append(cli_once(jsonl, args.jobs, tmp))
            r = runs[-1]
            print(f"run {i + 1}: wall {r.wall:.1f} s, CPU {r.cpu:.1f} s", file=sys.stderr)
    print(cli_table(runs, args.jobs, total))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="corpus file, one `label;'text'` row per article")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median rate is reported")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    parser.add_argument("--limit", type=int, help="read only the first N rows")
    parser.add_argument(
        "--copies",
        type=int,
        default=1,
        help="stream the corpus N times as distinct articles (memory must stay flat)",
    )
    parser.add_argument(
        "--cli", action="store_true", help="time whole `diplograph ingest` processes (start-up included)"
    )
    args = parser.parse_args(argv)
    if args.cli:
        return main_cli(args)
    total = count(args.csv, args.limit, args.copies)
    runs = []
    for i in range(args.repeat):
        runs.append(run_once(args.csv, total, args.jobs, args.limit, args.copies))
        print(f"run {i + 1}: {runs[-1].rate:.1f} articles/s", file=sys.stderr)
    print(table(runs, args.jobs, total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
