"""Ingest many articles into the store: stream, read, write each article's graph whole.

Articles are read one at a time (a folder or a JSON Lines file is never held in memory), so
memory stays flat however large the corpus. With ``jobs > 1`` worker processes run the pipeline
and serialise the graphs; the parent alone writes, because the store has one writer. Each
article's named graph is replaced whole, so ingesting an article again changes nothing.
Articles are written :data:`WRITE_BATCH` to a transaction, in one process on a writer thread
(:mod:`diplograph.batches`): a crash leaves each article whole or absent.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from multiprocessing.pool import Pool
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Identifier

from diplograph import emit, ids
from diplograph.article import BuiltArticle, read_article
from diplograph.batches import BatchWriter
from diplograph.errors import DiplographError
from diplograph.gcpause import Settler
from diplograph.ingest.read import RawArticle, iter_inputs
from diplograph.model import Document
from diplograph.resources import Resources, load_resources
from diplograph.store import GraphStore, QueryResult

log = logging.getLogger(__name__)


class ArticleStore(Protocol):
    """What ingest needs of a store: the embedded :class:`~diplograph.store.GraphStore`, or a
    SPARQL server (:class:`diplograph.store.remote.RemoteStore`, also a running ``diplograph serve``)."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a SELECT."""
        ...

    def replace_graph_nt(
        self, name: URIRef, ntriples: str, count: int, merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace a named graph by N-Triples text, merging ``merge`` into other graphs (one
        transaction where the store can)."""
        ...

    def replace_graphs_nt(
        self, graphs: Sequence[tuple[URIRef, str, int]], merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """Replace several named graphs ``(name, N-Triples, count)``, each whole or not at all,
        merging ``merge`` in with the first."""
        ...

    def add_nt(self, name: URIRef, ntriples: str, count: int) -> int:
        """Add N-Triples text to a named graph."""
        ...


@dataclass
class IngestSummary:
    """What one ingest run did."""

    articles: int = 0
    facts: int = 0
    quads: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        """One line for the end of a run."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        failed = f", {len(self.failed)} skipped" if self.failed else ""
        return (
            f"{self.articles} articles, {self.facts} facts, {self.quads} quads in "
            f"{self.seconds:.1f} s ({rate:.0f} articles/s){failed}"
        )


@dataclass(frozen=True)
class Prepared:
    """An article ready to write: its graphs as N-Triples, cheap to pass between processes."""

    iri: URIRef
    article_nt: str
    quads: int
    reference_nt: str
    reference_quads: int
    labels: tuple[tuple[URIRef, Literal], ...]
    facts: int


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")


def prepare(built: BuiltArticle) -> Prepared:
    """Serialise a built article for writing."""
    labels = tuple((s, o) for s, _, o in built.labels if isinstance(s, URIRef) and isinstance(o, Literal))
    return Prepared(
        built.iri,
        _nt(built.graph),
        len(built.graph),
        built.reference_nt,
        built.reference_count,
        labels,
        built.facts,
    )


def prepare_document(doc: Document, res: Resources) -> Prepared:
    """What ``prepare(build_document(doc, res))`` gives, without the rdflib graph of the
    article: its N-Triples are written straight from the emitting code (``emit.article_nt``),
    the text ``Graph.serialize`` would give. Ingest only writes the graph, never reads it."""
    iri, article_nt, quads = emit.article_nt(doc)
    known: dict[str, tuple[str, int]] = res.memo(("reference-nt",), dict)
    reference, count = emit.reference_nt(doc, res.gazetteer, known)
    labels = emit.unknown_labels(doc, res.gazetteer)
    fresh = tuple((s, o) for s, _, o in labels if isinstance(s, URIRef) and isinstance(o, Literal))
    return Prepared(iri, article_nt, quads, reference, count, fresh, len(doc.meetings) + len(doc.positions))


class LabelBook:
    """Which actors already have a display label in which language in the reference graph.

    A name first seen in one article stays the actor's label: later articles add theirs only
    in languages that have none yet, so every actor keeps at most one label per language.
    """

    def __init__(self, store: ArticleStore) -> None:
        res = store.query(
            f"SELECT ?s ?l WHERE {{ GRAPH {ids.REFERENCE_GRAPH.n3()} {{ ?s {RDFS.label.n3()} ?l }} }}"
        )
        self.seen = {(str(s), lit.language) for s, lit in res.rows if isinstance(lit, Literal)}

    def fresh(self, labels: Iterable[tuple[URIRef, Literal]]) -> Graph:
        """The labels of ``labels`` in a language their actor has no label in yet."""
        out = Graph(identifier=ids.REFERENCE_GRAPH, bind_namespaces="none")
        for s, o in labels:
            k = (str(s), o.language)
            if k not in self.seen:
                self.seen.add(k)
                out.add((s, RDFS.label, o))
        return out


class ReferenceBook:
    """The reference triples this run has written already.

    Every article carries the gazetteer description of each actor it names, and the same few
    hundred actors recur in every article: writing them again adds nothing to the reference
    graph (a set) but costs the store as much as the article itself. A line is noted only once
    the transaction that wrote it succeeded, so each article's reference data is in the store
    as soon as the article is, from its own transaction or an earlier one.
    """

    def __init__(self) -> None:
        self.written: set[str] = set()

    def fresh(self, ntriples: str) -> list[str]:
        """The lines of ``ntriples`` not written yet (N-Triples escapes line breaks in literals,
        so every newline ends a triple)."""
        return [line + "\n" for line in ntriples.split("\n") if line and line + "\n" not in self.written]


def write_prepared(
    store: ArticleStore, p: Prepared, book: LabelBook | None = None, refs: ReferenceBook | None = None
) -> int:
    """Replace the article's named graph and add what it contributes to the reference graph.

    Both happen in one transaction, so a process killed at any point leaves the article whole
    (with its reference data and labels) or not there at all. With ``refs``, reference triples
    this run has written already are left out of the transaction (see :class:`ReferenceBook`).
    """
    lines = refs.fresh(p.reference_nt) if refs is not None else [p.reference_nt]
    reference = "".join(lines)
    if book is not None:
        fresh = book.fresh(p.labels)
        if len(fresh):
            reference += _nt(fresh)
    n = store.replace_graph_nt(p.iri, p.article_nt, p.quads, merge={ids.REFERENCE_GRAPH: reference})
    if refs is not None:
        refs.written.update(lines)
    return n


def write_batch(store: ArticleStore, batch: Sequence[Prepared], book: LabelBook, refs: ReferenceBook) -> int:
    """Write several articles as :func:`write_prepared` does, in one transaction where the store
    can (see ``GraphStore.replace_graphs_nt``): each article whole or absent after a crash, with
    its reference data and labels; reference triples and labels in the order of ``batch``."""
    lines: dict[str, None] = {}  # in order, each once: articles of a batch share most actors
    labels: list[tuple[URIRef, Literal]] = []
    for p in batch:
        lines.update(dict.fromkeys(refs.fresh(p.reference_nt)))
        labels += p.labels
    reference = "".join(lines)
    fresh_labels = book.fresh(labels)
    if len(fresh_labels):
        reference += _nt(fresh_labels)
    graphs = [(p.iri, p.article_nt, p.quads) for p in batch]
    n = store.replace_graphs_nt(graphs, merge={ids.REFERENCE_GRAPH: reference})
    refs.written.update(lines)
    return n


def write_article(store: ArticleStore, built: BuiltArticle, book: LabelBook | None = None) -> int:
    """Write one built article (see :func:`write_prepared`)."""
    return write_prepared(store, prepare(built), book)


#: Articles per store transaction: a crash loses at most the articles of the batches not yet
#: written (an ingest run again completes them), never part of one; larger batches save little.
WRITE_BATCH = 32

_WORKER_RES: Resources | None = None
_WORKER_SETTLER: Settler | None = None


def _build(raw: RawArticle, res: Resources) -> Prepared | str:
    try:
        return prepare_document(read_article(raw, res), res)
    except DiplographError as exc:
        return str(exc)


def _work(raw: RawArticle) -> Prepared | str:
    global _WORKER_RES, _WORKER_SETTLER
    _WORKER_RES = _WORKER_RES or load_resources()
    _WORKER_SETTLER = _WORKER_SETTLER or Settler()
    try:
        return _build(raw, _WORKER_RES)
    finally:
        _WORKER_SETTLER.tick()


@dataclass
class Extraction:
    """Articles being read (see :func:`extracting`)."""

    #: Each article's :class:`Prepared`, or the message of its error, in input order.
    items: Iterator[Prepared | str]
    #: Worker processes (1: read in this process, as the items are taken).
    jobs: int
    #: When reading began, after the resources were loaded.
    started: float


@contextmanager
def extracting(
    raws: Iterable[RawArticle], *, jobs: int = 1, res: Resources | None = None
) -> Iterator[Extraction]:
    """Read ``raws`` into prepared articles, in this process or in ``jobs`` workers.

    With ``jobs > 1`` the first article is read here on entry, then the workers fork: they
    inherit the language's matchers, lemma table and name index instead of each building its
    own. A caller opens the store only after entering (as ``diplograph ingest`` does), so the
    workers fork from a process without the store's threads and open files, and opening the
    store and its summary runs beside their first articles instead of before them.
    """
    # The collector pauses while the resources and the first article are built, then their
    # long-lived objects leave its walks (and, with jobs > 1, are frozen before the workers fork).
    settler = Settler()
    try:
        res = res or load_resources()
        _ = res.gazetteer  # load before forking so workers share it
        started = time.perf_counter()
        if jobs <= 1:
            yield Extraction(_in_process(raws, res, settler), jobs, started)
            return
        global _WORKER_RES
        _WORKER_RES = res
        rest = iter(raws)
        first = next(rest, None)
        if first is None:
            yield Extraction(iter(()), jobs, started)
            return
        built = _build(first, res)
        settler.tick()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            results = _ticked(_ending(pool, pool.imap(_work, rest, chunksize=16)), settler)
            yield Extraction(chain([built], results), jobs, started)
    finally:
        settler.close()


def _in_process(raws: Iterable[RawArticle], res: Resources, settler: Settler) -> Iterator[Prepared | str]:
    return _ticked((_build(raw, res) for raw in raws), settler)


def _ending(pool: Pool, results: Iterable[Prepared | str]) -> Iterator[Prepared | str]:
    """``results``, then the workers ended once the last is taken (not only when the caller's
    block ends, after the store has been closed and the summary finished)."""
    yield from results
    pool.terminate()


def _ticked(items: Iterable[Prepared | str], settler: Settler) -> Iterator[Prepared | str]:
    """``items``, each counted on ``settler`` as it comes."""
    for item in items:
        settler.tick()
        yield item


def write_articles(
    extraction: Extraction,
    store: ArticleStore,
    *,
    keep_going: bool = False,
    progress: Callable[[int], None] | None = None,
    written: Callable[[Sequence[Prepared]], None] | None = None,
) -> IngestSummary:
    """Write the articles of ``extraction`` into ``store``; return counts and time (see
    :func:`ingest_raw`)."""
    summary = IngestSummary()
    book = LabelBook(store)
    refs = ReferenceBook()

    def write(batch: list[Prepared | None]) -> None:
        done = [p for p in batch if p is not None]  # None: a skipped article, only counted
        if done:
            write_batch(store, done, book, refs)
            if written is not None:
                written(done)
        if progress:
            progress(len(batch))

    # Workers (jobs > 1) leave the parent little to do but write; one process writes on a
    # second thread (see diplograph.batches), started only then so no fork sees it. A SPARQL
    # server takes an article per request anyway: batches of one keep progress per article.
    size = WRITE_BATCH if isinstance(store, GraphStore) else 1
    with BatchWriter(write, size, background=extraction.jobs <= 1) as writer:
        for item in extraction.items:
            if isinstance(item, str):
                if not keep_going:
                    raise DiplographError(item)
                log.warning("skipped: %s", item)
                summary.failed.append(item)
                writer.add(None)
            else:
                writer.add(item)
                summary.quads += item.quads
                summary.articles += 1
                summary.facts += item.facts
    summary.seconds = time.perf_counter() - extraction.started
    return summary


def ingest_raw(
    raws: Iterable[RawArticle],
    store: ArticleStore,
    *,
    jobs: int = 1,
    keep_going: bool = False,
    progress: Callable[[int], None] | None = None,
    res: Resources | None = None,
    written: Callable[[Sequence[Prepared]], None] | None = None,
) -> IngestSummary:
    """Read a stream of raw articles into ``store``; return counts and time.

    A single bad article stops the run with its error, unless ``keep_going``: then it is
    skipped, named in the summary, and the rest is ingested. ``written`` is told of each batch
    once it is in the store (the store's summary follows it, :mod:`diplograph.summary`).
    """
    with extracting(raws, jobs=jobs, res=res) as extraction:
        return write_articles(extraction, store, keep_going=keep_going, progress=progress, written=written)


def ingest(
    paths: Sequence[str],
    store: ArticleStore,
    *,
    lang: str | None = None,
    published: date | None = None,
    url: str | None = None,
    jobs: int = 1,
    keep_going: bool = False,
    progress: Callable[[int], None] | None = None,
    res: Resources | None = None,
    written: Callable[[Sequence[Prepared]], None] | None = None,
) -> IngestSummary:
    """Read every article under ``paths`` (files, folders, JSON Lines, ``-``) into ``store``."""
    raws = iter_inputs(paths, default_lang=lang, published=published, url=url, skip_bad=keep_going)
    return ingest_raw(
        raws, store, jobs=jobs, keep_going=keep_going, progress=progress, res=res, written=written
    )
