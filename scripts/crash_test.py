"""Kill ``ingest`` and ``load`` with SIGKILL at random points, many times, and check the store.

    python scripts/crash_test.py corpus.jsonl --kills 50 --mode both --work /tmp/dg-crash

First a reference store is built by one uninterrupted ingest; its article graphs are what every
article must look like. Then, for each mode, one store takes ``--kills`` runs killed at a
random moment (uniform between the first article written and the end of an uninterrupted run):
a child process runs the ingest (or the load of shards made once by ``diplograph extract``) and
appends a line to a file after each article (or batch) it has written. After every kill the
store must open, every article the child reported written must be there, every article there
must equal the reference, no actor may have two labels in one language, and the store's summary
(kept by the child as the commands keep it) must not claim to match the store. At the end one
run without a kill must complete the store to exactly the reference quads — nothing lost,
nothing duplicated — and leave a summary that matches it and gives the facts SPARQL gives.
Exit status 1 on any failure. ``--copies N`` repeats the corpus N times under distinct URLs
(a longer run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from rdflib.namespace import RDFS  # noqa: E402

from diplograph import ids  # noqa: E402
from diplograph.store import GraphStore  # noqa: E402
from diplograph.summary.maintain import kept_summary  # noqa: E402
from diplograph.summary.reader import SummaryStore, fresh_summary  # noqa: E402
from diplograph.views.facts import load_facts  # noqa: E402

Quad = tuple[str, str, str]
#: Seconds from a child's start to its first article written, per mode (from the timed run).
FIRST_MARK: dict[str, float | None] = {}


@dataclass
class Snapshot:
    """The article graphs and reference graph of a store, as sets of N-Triples-like tuples."""

    graphs: dict[str, frozenset[Quad]]
    reference: frozenset[Quad]


@dataclass
class Report:
    """What the kills did."""

    kills: int = 0
    finished_before_kill: int = 0
    failures: list[str] = field(default_factory=list)
    present: list[int] = field(default_factory=list)


def snapshot(path: Path) -> Snapshot:
    """Read a store (opening it for writing, as any command would, so a journal is honoured)."""
    graphs: dict[str, set[Quad]] = {}
    with GraphStore(path) as store:
        for s, p, o, g in store.quads():
            graphs.setdefault(str(g), set()).add((s.n3(), p.n3(), o.n3()))
    ref = frozenset(graphs.pop(str(ids.REFERENCE_GRAPH), set()))
    return Snapshot({g: frozenset(q) for g, q in graphs.items()}, ref)


def label_clashes(ref: frozenset[Quad]) -> list[str]:
    """Actors with two display labels in one language (the LabelBook invariant)."""
    seen: Counter[tuple[str, str | None]] = Counter()
    for s, p, o in ref:
        if p == RDFS.label.n3() and "@" in o:
            seen[(s, o.rsplit("@", 1)[1])] += 1
    return [f"{s} has {n} labels @{lang}" for (s, lang), n in seen.items() if n > 1]


def check(snap: Snapshot, ref: Snapshot, order: list[str], written: int) -> list[str]:
    """Everything that is wrong with a store after a kill."""
    errors = []
    for g, quads in snap.graphs.items():
        if g not in ref.graphs:
            errors.append(f"unknown graph {g}")
        elif quads != ref.graphs[g]:
            errors.append(f"article {g} is partial or wrong ({len(quads)} of {len(ref.graphs[g])} quads)")
    for g in order[:written]:
        if g not in snap.graphs:
            errors.append(f"article {g} was reported written but is missing")
    if not snap.reference <= ref.reference:
        errors.append(f"{len(snap.reference - ref.reference)} reference quads not in the reference store")
    errors.extend(label_clashes(snap.reference))
    return errors


def child(mode: str, source: str, store: str, batch: int, marks: str) -> None:
    """Run one ingest or load, appending a line to ``marks`` after each article (or batch) written."""
    with open(marks, "a", buffering=1, encoding="utf-8") as out:

        def mark(n: int) -> None:
            out.write(f"{n}\n")
            out.flush()

        # As the commands do: the store's summary is kept (diplograph.summary) around the write.
        if mode == "ingest":
            from diplograph.loader import ingest

            with kept_summary(store) as keeper, GraphStore(store) as st:
                assert keeper is not None
                ingest([source], st, progress=mark, written=keeper.ingested(st))
        else:
            from diplograph.scale.load import load

            with kept_summary(store) as keeper, GraphStore(store) as st:
                assert keeper is not None
                load([Path(source)], st, progress=mark, max_quads=batch, watch=keeper.loaded(st))
        out.write("done\n")


def summary_failures(store: Path, complete: bool) -> list[str]:
    """After a kill the summary must not claim to match the store (the killed writer never
    recorded it); after a complete run it must, and give exactly the facts SPARQL gives."""
    db, why = fresh_summary(store)
    if not complete:
        if db is not None:
            db.close()
            return ["the summary claims to match the store after a kill"]
        return []
    if db is None:
        return [f"after completion the summary is not used: the store {why}"]
    with SummaryStore(store, db, why) as fast, GraphStore(store, read_only=True) as slow:
        if load_facts(fast) != load_facts(slow):
            return ["after completion the summary's facts differ from SPARQL's"]
    return []


def run_child(mode: str, source: Path, store: Path, batch: int, kill_after: float | None) -> tuple[int, bool]:
    """Start a child; SIGKILL it after ``kill_after`` seconds; return (articles written, finished).

    The child writes its marks to a file that the parent reads after the child is dead, so no
    mark is missed however busy the machine is.
    """
    marks = store.with_name(store.name + ".marks")
    marks.write_text("", "utf-8")
    cmd = [sys.executable, __file__, "--child", mode, str(source), str(store), str(marks),
           "--batch", str(batch)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    if kill_after is None:
        while proc.poll() is None:
            if FIRST_MARK.get(mode) is None and marks.stat().st_size:
                FIRST_MARK[mode] = time.perf_counter() - started
            time.sleep(0.05)
    else:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    lines = [x.strip() for x in marks.read_text("utf-8").splitlines() if x.strip()]
    finished = "done" in lines
    written = sum(int(x) for x in lines if x != "done")
    if kill_after is None and (proc.returncode != 0 or not finished):
        raise RuntimeError(f"{mode} without a kill failed (exit {proc.returncode})")
    return written, finished


def article_order(shards: Path) -> list[str]:
    """Article graphs in input order (the order ingest and load write them), from the manifests."""
    from diplograph.scale.shards import find_manifests

    return [a.iri for m in find_manifests(shards) for a in m.articles]


def crash_mode(
    mode: str, corpus: Path, shards: Path, work: Path, ref: Snapshot, order: list[str], kills: int,
    span: float, batch: int, rng: random.Random,
) -> Report:
    """Kill one mode ``kills`` times on one store, then complete it and compare with the reference."""
    store = work / f"store-{mode}"
    source = corpus if mode == "ingest" else shards
    report = Report()
    while report.kills < kills:
        first = min(FIRST_MARK.get(mode) or 0.0, span)
        written, finished = run_child(mode, source, store, batch, rng.uniform(first, span))
        if finished:
            # Finished before the kill (a faster moment than the timed run): a complete store
            # would make every later run a no-op that finishes at once, so start it afresh and
            # aim earlier; give up loudly rather than loop.
            report.finished_before_kill += 1
            if report.finished_before_kill > 20 * kills:
                raise RuntimeError(f"{mode}: every run finished before its kill")
            shutil.rmtree(store, ignore_errors=True)
            span = max(span * 0.8, 0.05)
            continue
        report.kills += 1
        snap = snapshot(store)
        report.present.append(len(snap.graphs))
        for e in [*check(snap, ref, order, written), *summary_failures(store, False)]:
            report.failures.append(f"{mode} kill {report.kills}: {e}")
        print(f"{mode} kill {report.kills}: {written} reported, {len(snap.graphs)} present, "
              f"{len(report.failures)} failures so far", file=sys.stderr)
    run_child(mode, source, store, batch, None)
    report.failures += [f"{mode}: {e}" for e in summary_failures(store, True)]
    final = snapshot(store)
    if final.graphs != ref.graphs or final.reference != ref.reference:
        lost = set(ref.graphs) - set(final.graphs)
        wrong = [g for g in final.graphs if final.graphs[g] != ref.graphs.get(g)]
        report.failures.append(
            f"{mode}: after completion {len(lost)} articles lost, {len(wrong)} wrong, reference "
            f"{'differs' if final.reference != ref.reference else 'equal'}"
        )
    return report


def make_corpus(source: Path, copies: int, out: Path) -> Path:
    """``source`` (JSON Lines) repeated ``copies`` times with distinct URLs."""
    if copies <= 1:
        return source
    with out.open("w", encoding="utf-8") as handle:
        for c in range(copies):
            for n, line in enumerate(source.read_text("utf-8").splitlines()):
                if line.strip():
                    record = json.loads(line)
                    record["url"] = f"urn:crash:{c}:{n}"
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def timed(mode: str, source: Path, store: Path, batch: int) -> float:
    """Seconds of one uninterrupted child run into a fresh store."""
    started = time.perf_counter()
    run_child(mode, source, store, batch, None)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="JSON Lines corpus")
    parser.add_argument("--kills", type=int, default=50, help="kills per mode")
    parser.add_argument("--mode", choices=("ingest", "load", "both"), default="both")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--batch", type=int, default=20_000, help="quads per bulk-load batch")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="folder for the stores (default: a temporary one)")
    parser.add_argument("--child", nargs=4, metavar=("MODE", "SOURCE", "STORE", "MARKS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, source, store, marks = args.child
        child(mode, source, store, args.batch, marks)
        return 0
    if args.corpus is None:
        parser.error("a corpus is needed")
    with tempfile.TemporaryDirectory(prefix="dg-crash-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        reports = run(args.corpus, work, args.kills, args.mode, args.copies, args.batch, args.seed)
    bad = 0
    for mode, rep in reports.items():
        bad += len(rep.failures)
        print(f"{mode}: {rep.kills} kills ({rep.finished_before_kill} runs finished before their kill), "
              f"articles present after a kill: min {min(rep.present, default=0)}, "
              f"max {max(rep.present, default=0)}; failures: {len(rep.failures)}")
        for f in rep.failures[:20]:
            print("  " + f)
    return 1 if bad else 0


def run(
    corpus: Path, work: Path, kills: int, mode: str, copies: int, batch: int, seed: int
) -> dict[str, Report]:
    """Build the reference, then kill each mode ``kills`` times; return the reports."""
    rng = random.Random(seed)
    source = make_corpus(corpus, copies, work / "corpus.jsonl")
    reference = work / "reference"
    spans = {"ingest": timed("ingest", source, reference, batch)}
    shards = work / "shards"
    subprocess.run([sys.executable, "-m", "diplograph", "extract", str(source), "-o", str(shards)],
                   check=True, stderr=subprocess.DEVNULL)
    ref, order = snapshot(reference), article_order(shards)
    modes = ("ingest", "load") if mode == "both" else (mode,)
    if "load" in modes:
        spans["load"] = timed("load", shards, work / "load-timing", batch)
    return {m: crash_mode(m, source, shards, work, ref, order, kills, spans[m], batch, rng) for m in modes}


if __name__ == "__main__":
    raise SystemExit(main())
