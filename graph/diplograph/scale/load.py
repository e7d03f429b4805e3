"""Bulk-load shards into the store: the single writer after any number of extractors.

Shards are loaded in batches of about :data:`BATCH_QUADS` quads, in partition order, each batch
in four steps:

1. the batch's article graphs go into the load journal (:mod:`diplograph.store.journal`);
2. those already in the store are dropped (one transaction), so loading an article again
   replaces it, as ``ingest`` does, instead of mixing two versions;
3. the shards are streamed through gzip into Oxigraph's bulk loader, in :data:`THREADS`
   calls at once (each parses its share of the shards and builds its own index files: the
   loader runs without the GIL, and one call keeps only about one core busy);
4. the articles' candidate labels are settled against the store (``LabelBook``, in input
   order, as ``ingest`` settles them) and written in one transaction; the journal goes away;
5. the summary is told: the rows ``extract`` computed for the articles (or, for shards
   without them, the articles read back) go into it in a thread of its own
   (:meth:`diplograph.summary.maintain.SummaryKeeper.loaded`) while the next batch loads.

A crash anywhere leaves the journal, and the next open of the store drops the batch's
articles: each article is whole or absent, and loading again completes the corpus.
"""

from __future__ import annotations

import gzip
import io
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import URIRef

from diplograph import ids
from diplograph.errors import InputError
from diplograph.loader import LabelBook, _nt
from diplograph.scale.shards import Manifest, find_manifests
from diplograph.store import GraphStore, journal

#: Quads per batch (one journal entry): large enough that the loader's fixed cost does not count.
BATCH_QUADS = 1_000_000
#: Bulk-load calls run at once per batch (Oxigraph's loader parses on the calling thread, then
#: sorts and writes index files on another, a million quads at a time: a call on fewer keeps
#: about one core busy).
THREADS = max(1, min(2, os.cpu_count() or 1))


class Watch(Protocol):
    """What is told of each batch (the summary keeper's ``LoadWatch``)."""

    def rows(self, files: Sequence[Path]) -> None:
        """The batch's summary rows files, before its bulk load."""

    def loaded(self, graphs: Sequence[URIRef]) -> None:
        """The batch is in the store; ``graphs`` are its articles that have no rows file."""


@dataclass
class LoadSummary:
    """What one load run did."""

    shards: int = 0
    articles: int = 0
    replaced: int = 0
    quads: int = 0
    labels: int = 0
    seconds: float = 0.0
    incomplete: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the end of a run."""
        rate = self.quads / self.seconds if self.seconds else 0.0
        replaced = f" ({self.replaced} replaced)" if self.replaced else ""
        return (
            f"{self.shards} shards, {self.articles} articles{replaced}, {self.quads} quads in "
            f"{self.seconds:.1f} s ({rate:,.0f} quads/s)"
        )


class _Chain(io.RawIOBase):
    """Several gzip files read as one stream (Oxigraph parses them in one bulk-load call)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths = list(paths)
        self._current: gzip.GzipFile | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while True:
            if self._current is None:
                if not self._paths:
                    return 0
                self._current = gzip.open(self._paths.pop(0), "rb")  # noqa: SIM115 (closed below)
            n = self._current.readinto(buffer)
            if n:
                return n
            self._current.close()
            self._current = None

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        super().close()


def batches(manifests: Sequence[Manifest], max_quads: int = BATCH_QUADS) -> Iterator[list[Manifest]]:
    """Consecutive manifests grouped to about ``max_quads`` quads each.

    An article met again (the same URL or text twice in the input) starts a new batch, so its
    later version replaces the earlier one as in ``ingest`` rather than merging with it.
    """
    group: list[Manifest] = []
    seen: set[str] = set()
    held = 0
    for m in manifests:
        iris = {a.iri for a in m.articles}
        if group and (held + m.quads > max_quads or not seen.isdisjoint(iris)):
            yield group
            group, held, seen = [], 0, set()
        group.append(m)
        held += m.quads
        seen |= iris
    if group:
        yield group


def shares(batch: Sequence[Manifest], n: int) -> list[list[Path]]:
    """The batch's shard files cut into at most ``n`` shares of about equal quads (largest
    first, each to the lightest share), for as many bulk-load calls at once."""
    held = [0] * max(1, n)
    out: list[list[Path]] = [[] for _ in held]
    for m in sorted(batch, key=lambda m: -m.quads):
        i = held.index(min(held))
        out[i].append(m.shard)
        held[i] += m.quads
    return [share for share in out if share]


def _bulk_load(store: GraphStore, shards: Sequence[Path]) -> None:
    """Stream ``shards`` through gzip into one bulk-load call.

    Lenient: the shards are rdflib's serialisation, written by ``extract`` (the manifest, written
    last, vouches that each is whole); Oxigraph's checks of every IRI and literal cost about a
    tenth of its CPU on them (measured: 123k quads per CPU-second strict, 135k lenient).
    """
    with io.BufferedReader(_Chain(shards), buffer_size=1 << 20) as stream:
        store.bulk_load(stream, "nquads", lenient=True)


def load_batch(
    store: GraphStore,
    batch: Sequence[Manifest],
    book: LabelBook,
    watch: Watch | None = None,
    threads: int = THREADS,
) -> LoadSummary:
    """Load one batch of shards (see the module docstring for the steps); ``watch`` is told of
    its summary rows files and article graphs (the store's summary follows them)."""
    graphs = [URIRef(a.iri) for m in batch for a in m.articles]
    if store.path is not None:
        journal.begin(store.path, [str(g) for g in graphs])
    present = [g for g in graphs if store.has_graph(g)]
    if present:
        store.remove_graphs(present)
    if watch is not None:
        watch.rows([m.rows for m in batch if m.rows is not None])
    work = shares(batch, threads)
    if len(work) == 1:
        _bulk_load(store, work[0])
    else:
        with ThreadPoolExecutor(len(work), thread_name_prefix="diplograph-load") as pool:
            for done in [pool.submit(_bulk_load, store, share) for share in work]:
                done.result()
    fresh = book.fresh(pair for m in batch for pair in m.label_pairs())
    if len(fresh):
        store.add_nt(ids.REFERENCE_GRAPH, _nt(fresh), len(fresh))
    if store.path is not None:
        journal.end(store.path)
    if watch is not None:
        watch.loaded([URIRef(a.iri) for m in batch if m.rows is None for a in m.articles])
    return LoadSummary(
        shards=len(batch),
        articles=len(graphs),
        replaced=len(present),
        quads=sum(m.quads for m in batch),
        labels=len(fresh),
    )


def collect(folders: Sequence[Path]) -> list[Manifest]:
    """Every complete shard of ``folders``, folder by folder in partition order."""
    found: list[Manifest] = []
    for folder in folders:
        manifests = find_manifests(folder)
        if not manifests:
            raise InputError(f"{folder}: holds no complete shard (run diplograph extract first)")
        found.extend(manifests)
    return found


def load(
    folders: Sequence[Path],
    store: GraphStore,
    *,
    progress: Callable[[int], None] | None = None,
    max_quads: int = BATCH_QUADS,
    watch: Watch | None = None,
    threads: int = THREADS,
) -> LoadSummary:
    """Bulk-load every complete shard under ``folders`` into ``store``.

    ``progress`` is called with the number of articles of each loaded batch; ``watch`` is
    told of each batch (the summary keeper's, see :class:`Watch`).
    """
    started = time.perf_counter()
    manifests = collect(folders)
    book = LabelBook(store)
    total = LoadSummary()
    for batch in batches(manifests, max_quads):
        done = load_batch(store, batch, book, watch, threads)
        total.shards += done.shards
        total.articles += done.articles
        total.replaced += done.replaced
        total.quads += done.quads
        total.labels += done.labels
        if progress:
            progress(done.articles)
    store.flush()
    total.seconds = time.perf_counter() - started
    return total


def articles_in(folders: Sequence[Path]) -> int:
    """How many articles the shards under ``folders`` hold (for a progress bar)."""
    return sum(len(m.articles) for m in collect(folders))
