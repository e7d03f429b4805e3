"""Extract articles into shards, partition by partition, without a store.

The input is cut into partitions (:func:`plan`) that a worker reads by itself from the file
system, so only file names and line offsets travel to workers, never article text. Each
partition becomes one shard (:func:`extract_partition`), so workers never share a file and the
parent does nothing but hand out partitions: with two processes the run takes half the time.
:func:`extract` runs the partitions in local worker processes; :mod:`.cluster` on Dask.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplograph.article import read_article
from diplograph.errors import DiplographError, InputError
from diplograph.ingest.read import Slice, count_inputs, plan_slices, read_slice
from diplograph.loader import IngestSummary, Prepared, prepare_document
from diplograph.resources import Resources, load_resources
from diplograph.scale.shards import Manifest, has_shards, write_shard

log = logging.getLogger(__name__)

#: Articles per partition (and shard) unless the corpus is small for the workers.
SHARD_SIZE = 500
#: Partitions per worker at least, so a slow partition at the end leaves no worker idle long.
PARTITIONS_PER_WORKER = 8


@dataclass(frozen=True)
class Options:
    """What every partition is read with."""

    lang: str | None = None
    published: date | None = None
    keep_going: bool = False


@dataclass(frozen=True)
class Partition:
    """Consecutive slices of the input that become one shard."""

    index: int
    slices: tuple[Slice, ...]
    articles: int


@dataclass
class ExtractSummary(IngestSummary):
    """What one extract run did: an ingest run's counts, written to shards instead of a store."""

    shards: int = 0

    def add(self, manifest: Manifest) -> None:
        """Count one finished shard."""
        self.shards += 1
        self.articles += len(manifest.articles)
        self.facts += manifest.facts
        self.quads += manifest.quads
        self.failed.extend(manifest.failed)

    def line(self) -> str:
        """One line for the end of a run: the shards, then what an ingest run says."""
        return f"{self.shards} shards, {super().line()}"


def plan(paths: Sequence[str], workers: int = 1, shard_size: int = SHARD_SIZE) -> list[Partition]:
    """Cut the input into partitions of at most ``shard_size`` articles, in input order.

    A small corpus is cut finer (``PARTITIONS_PER_WORKER`` partitions a worker), so that all
    workers stay busy to the end.
    """
    total = count_inputs(paths)
    size = max(1, min(shard_size, math.ceil(total / (PARTITIONS_PER_WORKER * max(1, workers)))))
    out: list[Partition] = []
    group: list[Slice] = []
    held = 0
    for piece in plan_slices(paths, size):
        n = piece.count or 1
        if group and held + n > size:
            out.append(Partition(len(out), tuple(group), held))
            group, held = [], 0
        group.append(piece)
        held += n
    if group:
        out.append(Partition(len(out), tuple(group), held))
    return out


_RES: Resources | None = None


def resources_loaded() -> Resources:
    """The lexicons and gazetteer, loaded once per process (a forked worker inherits them)."""
    global _RES
    if _RES is None:
        _RES = load_resources()
        _ = _RES.gazetteer
    return _RES


def extract_partition(part: Partition, folder: str, options: Options) -> Manifest:
    """Read, extract and write one partition as a shard; return its manifest.

    A bad article stops the partition with its error unless ``options.keep_going``: then it is
    named in the manifest and the rest goes on.
    """
    res = resources_loaded()
    done: list[Prepared] = []
    failed: list[str] = []
    for piece in part.slices:
        try:
            for raw in read_slice(piece, default_lang=options.lang, published=options.published):
                try:
                    done.append(prepare_document(read_article(raw, res), res))
                except DiplographError as exc:
                    if not options.keep_going:
                        raise
                    log.warning("skipped: %s", exc)
                    failed.append(str(exc))
        except InputError as exc:
            if not options.keep_going:
                raise
            failed.append(str(exc))
    return write_shard(Path(folder), part.index, done, failed)


def _work(job: tuple[Partition, str, Options]) -> Manifest:
    return extract_partition(*job)


def check_output(folder: Path) -> None:
    """Create the output folder; refuse one that holds shards of another run already."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file, not a folder for shards")
    if has_shards(folder):
        raise InputError(f"{folder} already holds shards: choose an empty folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {folder}: {exc.strerror or exc}") from exc


def extract(
    paths: Sequence[str],
    folder: Path,
    *,
    jobs: int = 1,
    options: Options | None = None,
    shard_size: int = SHARD_SIZE,
    progress: Callable[[int], None] | None = None,
    partitions: Sequence[Partition] | None = None,
) -> ExtractSummary:
    """Extract every article under ``paths`` into shards in ``folder`` with ``jobs`` processes.

    ``progress`` is called with the number of articles of each finished partition.
    """
    options = options or Options()
    started = time.perf_counter()
    parts = list(partitions) if partitions is not None else plan(paths, jobs, shard_size)
    check_output(folder)
    resources_loaded()  # before forking, so every worker shares one copy
    summary = ExtractSummary()
    jobs_list = [(p, str(folder), options) for p in parts]
    if jobs <= 1 or len(parts) <= 1:
        results: Iterator[Manifest] = map(_work, jobs_list)
        for manifest in results:
            summary.add(manifest)
            if progress:
                progress(len(manifest.articles) + len(manifest.failed))
    else:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(jobs, len(parts))) as pool:
            for manifest in pool.imap_unordered(_work, jobs_list):
                summary.add(manifest)
                if progress:
                    progress(len(manifest.articles) + len(manifest.failed))
    summary.seconds = time.perf_counter() - started
    return summary
