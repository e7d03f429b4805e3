"""Keep the summary in step with diplograph's own writes, or build it again from the store.

``ingest`` and ``load`` open a :class:`SummaryKeeper` *before* they open the store for writing
(opening changes the folder's files), tell it after each written batch which graphs and which
reference subjects changed, and call :meth:`SummaryKeeper.finish` *after* the store is closed.
The keeper reads each changed graph back from the store (a few dozen quads an article) and
replaces that graph's rows: the summary follows the store without reading it all again.

Crash safety: the recorded fingerprint is cleared before the first write and set again only in
``finish``, from the folder as the closed store left it. A process killed anywhere in between
leaves a summary that says it is out of date, and readers use SPARQL (the journal of an
interrupted load is part of the fingerprint as well). A summary that was out of date, or
missing, when the writer started is not patched but built again in ``finish``.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from diplograph import ids
from diplograph.paths import store_path
from diplograph.store import GraphStore, is_url
from diplograph.store.connect import location
from diplograph.summary.db import PartRows, SummaryDB
from diplograph.summary.figures import keep_figures
from diplograph.summary.folder import fingerprint, holds_store
from diplograph.summary.rows import Row, Triple, graph_rows, subject_rows
from diplograph.vocab import DG

if TYPE_CHECKING:
    from diplograph.loader import Prepared

log = logging.getLogger(__name__)

_REFERENCE = str(ids.REFERENCE_GRAPH)
_TENURE = str(DG.tenure)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def reference_key(subject: str) -> str:
    """The part key of one reference subject (a space never occurs in an IRI)."""
    return f"{_REFERENCE} {subject}"


def nt_subjects(ntriples: str) -> set[str]:
    """The IRI subjects of N-Triples text (blank nodes are reached through the IRI that names
    them, which a writer adds in the same text)."""
    found = set()
    for line in ntriples.split("\n"):
        if line.startswith("<"):
            iri = line[1 : line.find(">")]
            found.add(_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri))
    return found


def _closure(store: GraphStore, subject: str) -> list[Triple]:
    """The reference triples of ``subject`` and of its tenures (actor-links.rq reads both)."""
    triples = list(store.triples(ids.REFERENCE_GRAPH, subject))
    for _, p, o, kind, _ in list(triples):
        if p == _TENURE and kind != "l":
            triples += store.triples(ids.REFERENCE_GRAPH, "_:" + o if kind == "b" else o)
    return triples


def _reference_parts(store: GraphStore, subjects: Iterable[str]) -> Iterator[tuple[str, dict[str, set[Row]]]]:
    for subject in sorted(subjects):
        yield reference_key(subject), subject_rows(subject, _closure(store, subject))


def _whole_reference(store: GraphStore) -> Iterator[tuple[str, dict[str, set[Row]]]]:
    """Rows of every subject of the reference graph, read in one pass."""
    by_subject: dict[str, list[Triple]] = defaultdict(list)
    for t in store.triples(ids.REFERENCE_GRAPH):
        by_subject[t[0]].append(t)
    for subject in sorted(by_subject):
        triples = list(by_subject[subject])
        for _, p, o, kind, _ in by_subject[subject]:
            if p == _TENURE and kind != "l":
                triples += by_subject.get("_:" + o if kind == "b" else o, [])
        yield reference_key(subject), subject_rows(subject, triples)


def graph_parts(store: GraphStore, graphs: Iterable[URIRef]) -> Iterator[tuple[str, dict[str, set[Row]]]]:
    """The rows of each article graph ``graphs`` as ``store`` holds it (read back)."""
    # Imported on the first batch: it loads views.facts, which `ingest` does not import to start.
    from diplograph.summary.records import with_records

    for g in graphs:
        yield str(g), with_records(graph_rows(str(g), store.triples(g)))


def rebuild(store: GraphStore, db: SummaryDB) -> int:
    """Build the summary again from every graph of ``store``; return the graphs read."""
    db.clear()
    db.set_meta("fingerprint", "")
    names = store.graph_names()
    db.replace(graph_parts(store, (g for g in names if str(g) != _REFERENCE)))
    if ids.REFERENCE_GRAPH in names:
        db.replace(_whole_reference(store))
    _note_spread(db, db.spread())
    return len(names)


def _note_spread(db: SummaryDB, node: str | None) -> None:
    """Record that the summary cannot answer for this store (facts across graphs), if so."""
    if node is not None:
        log.warning("facts of the store lie in several graphs (at <%s>): its summary will not be used", node)
        db.set_meta("spread", node)


def build_summary(store_dir: Path) -> int:
    """Build the summary of the store folder ``store_dir`` from the store; return the graphs read.

    The store is opened for writing, though nothing is written: that takes the folder's lock,
    so no writer (nor its keeper) changes the store or the summary meanwhile; a writer at work
    makes this fail with "in use" instead. The fingerprint is taken once the store is closed.
    """
    db = SummaryDB(store_dir)
    try:
        with GraphStore(store_dir) as store:
            graphs = rebuild(store, db)
        recorded = fingerprint(store_dir)
        db.set_meta("fingerprint", recorded)
        keep_figures(store_dir, db, recorded)
    finally:
        db.close()
    return graphs


class SummaryKeeper:
    """The summary of the store folder ``store_dir`` while diplograph writes to it."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir
        existed = holds_store(store_dir)
        store_dir.mkdir(parents=True, exist_ok=True)
        self.db = SummaryDB(store_dir)
        recorded = self.db.meta("fingerprint")
        #: Whether each batch patches the summary (else :meth:`finish` builds it again).
        self.patching = not existed or (bool(recorded) and recorded == fingerprint(store_dir))
        self.db.begin_writing(empty=not existed)
        self._seen: set[str] = set()
        self._writer: _Writer | None = None
        self._unchecked: list[str] = []

    def written(
        self,
        store: GraphStore,
        graphs: Sequence[URIRef],
        reference_nt: str | None,
        subjects: Iterable[str] = (),
    ) -> None:
        """Take in a batch just written: the article ``graphs``, the reference triples
        ``reference_nt`` it may have merged (None: any part of the reference graph may have
        changed) and other reference ``subjects`` it may have changed (new labels)."""
        if not self.patching:
            return
        if reference_nt is None:
            refs: Iterable[tuple[str, dict[str, set[Row]]]] = _whole_reference(store)
        else:
            lines = [line for line in reference_nt.split("\n") if line and line not in self._seen]
            self._seen.update(lines)
            refs = _reference_parts(store, nt_subjects("\n".join(lines)) | set(subjects))
        parts = [*graph_parts(store, graphs), *refs]  # one transaction: each commit waits for the disk
        self.db.replace(parts)
        if not self.db.meta("spread"):
            _note_spread(self.db, self.db.spread(key for key, _ in parts))

    def finish(self) -> None:
        """Record that the summary matches the closed store (building it first if need be)."""
        try:
            self._drain()
        except BaseException:
            self.db.close()
            raise
        if not self.patching:
            log.warning("%s: building the summary again (it was missing or out of date)", self.store_dir)
            with GraphStore(self.store_dir) as store:  # for writing: holds the lock, see build_summary
                rebuild(store, self.db)
        recorded = fingerprint(self.store_dir)
        self.db.set_meta("fingerprint", recorded)
        keep_figures(self.store_dir, self.db, recorded)  # closes the summary
        self.db.close()

    def abandon(self) -> None:
        """Leave the summary marked out of date (the write failed part-way)."""
        with suppress(Exception):
            self._drain()
        self.db.close()

    def ingested(self, store: object) -> Callable[[Sequence[Prepared]], None] | None:
        """The ``written`` callback of ``loader.ingest`` for ``store`` (None for a SPARQL server)."""
        if not isinstance(store, GraphStore):
            return None

        def take(batch: Sequence[Prepared]) -> None:
            labels = {str(s) for p in batch for s, _ in p.labels}
            self.written(store, [p.iri for p in batch], "".join(p.reference_nt for p in batch), labels)

        return take

    def loaded(self, store: GraphStore) -> LoadWatch:
        """What ``scale.load.load`` tells of each batch (see :class:`LoadWatch`)."""
        return LoadWatch(self, store)

    def _queue(self, job: Callable[[], None]) -> None:
        """Run ``job`` in the writer thread, after the jobs queued before it."""
        if self._writer is None:
            self._writer = _Writer()
        self._writer.put(job)

    def _store(self, parts: Iterable[PartRows]) -> None:
        """Write parts' rows (in the writer thread), noting their keys for the next spread check."""
        self.db.replace(self._noted(parts))

    def _noted(self, parts: Iterable[PartRows]) -> Iterator[PartRows]:
        for item in parts:
            self._unchecked.append(item[0])
            yield item

    def _check_spread(self) -> None:
        """The spread check of the parts written since the last one (in the writer thread)."""
        keys, self._unchecked = self._unchecked, []
        if not self.db.meta("spread"):
            _note_spread(self.db, self.db.spread(keys))

    def _drain(self) -> None:
        """Wait for the writer thread's last batch; raise what it failed with."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()


class LoadWatch:
    """Keeps the summary during ``scale.load.load``: told of each batch's rows files before its
    bulk load, and of its article graphs without rows files once the batch is in the store.

    Rows files (:mod:`.shardrows`) depend on nothing in the store, so their SQLite writes start
    at once, in the writer thread (:class:`_Writer`), and run meanwhile Oxigraph bulk-loads the
    batch on the other core. Articles without rows are read back from the store after the
    batch, and so is the whole reference graph (bulk-loaded shards and new labels may add to
    any part of it). Order is kept: the writer runs every job in the order it was queued, so an
    article loaded twice in one run ends with the rows of its later version.
    """

    def __init__(self, keeper: SummaryKeeper, store: GraphStore) -> None:
        self.keeper = keeper
        self.store = store

    def rows(self, files: Sequence[Path]) -> None:
        """A batch's rows files, before its bulk load."""
        from diplograph.summary import shardrows

        if self.keeper.patching and files:
            todo = list(files)
            keeper = self.keeper
            keeper._queue(lambda: keeper._store(chain.from_iterable(shardrows.read(f) for f in todo)))

    def loaded(self, graphs: Sequence[URIRef]) -> None:
        """A batch is in the store; ``graphs`` are its articles that had no rows file."""
        if not self.keeper.patching:
            return
        parts = list(graph_parts(self.store, graphs))
        references = list(_whole_reference(self.store))
        self.keeper._queue(lambda: self.keeper._store(chain(parts, references)))
        self.keeper._queue(self.keeper._check_spread)


class _Writer:
    """A thread that runs the summary's SQLite writes one after another, in order.

    Why: during ``load`` the main thread is mostly inside Oxigraph's bulk loader, which runs
    without the GIL, so the SQLite inserts of one batch (which release it while SQLite works)
    overlap the bulk load of the next on the second core. At most two batches wait, so memory
    stays bounded; the first error stops the thread and is raised by :meth:`close`.
    """

    def __init__(self) -> None:
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="diplograph-summary", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:
                try:
                    job()
                except BaseException as exc:  # noqa: BLE001 (handed to the main thread by close)
                    self._error = exc

    def put(self, job: Callable[[], None]) -> None:
        """Queue ``job``; raise at once if an earlier one failed."""
        if self._error is not None:
            raise self._error
        self._jobs.put(job)

    def close(self) -> None:
        """Run what is queued, stop the thread and raise the first error, if any."""
        self._jobs.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


@contextmanager
def kept_summary(where: str | os.PathLike[str] | None) -> Iterator[SummaryKeeper | None]:
    """A :class:`SummaryKeeper` for the store folder ``where`` around a write (None for a
    SPARQL server). Leaving the block normally finishes the summary; an error leaves it marked
    out of date, so readers fall back to SPARQL until a writer or ``diplograph summary``
    builds it again. Enter it before the store is opened and leave it after it is closed."""
    target = location(where)
    if isinstance(target, str) and is_url(target):
        yield None
        return
    path = store_path(target)
    if path.exists() and not path.is_dir():
        yield None  # the store refuses it with its own message
        return
    keeper = SummaryKeeper(path)
    try:
        yield keeper
    except BaseException:
        keeper.abandon()
        raise
    keeper.finish()


@contextmanager
def unwritten(store_dir: Path) -> Iterator[None]:
    """Around a writable open that writes nothing — ``serve`` without ``--allow-update`` opens
    the store for writing only to hold its lock, refusing every update — keep a summary that
    matched the store matching it: the open changes the folder's files, not the data.

    Recorded again only after a normal end (a server killed leaves it out of date, the safe
    side) and only if the summary matched when the block began.
    """
    from diplograph.summary.reader import fresh_summary

    db, recorded = fresh_summary(store_dir) if store_dir.is_dir() else (None, "")
    if db is not None:
        db.close()
    yield
    if db is None:
        return
    kept = SummaryDB(store_dir, create=False)
    try:
        if kept.meta("fingerprint") == recorded:
            kept.set_meta("fingerprint", fingerprint(store_dir))
    finally:
        kept.close()
