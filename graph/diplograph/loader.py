"""Ingest many articles into the store: stream, read, write each article's graph whole.

Articles are read one at a time (a folder or a JSON Lines file is never held in memory), so
memory stays flat however large the corpus. With ``jobs > 1`` worker processes run the pipeline
and the parent alone writes, because the store has one writer. Each article's named graph is
replaced whole, so ingesting an article again changes nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from diplograph import ids
from diplograph.article import BuiltArticle, build_document, read_article
from diplograph.errors import DiplographError
from diplograph.ingest.read import RawArticle, iter_inputs
from diplograph.resources import Resources, load_resources
from diplograph.store import GraphStore

log = logging.getLogger(__name__)


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


class _LabelBook:
    """Which actors already have a display label in which language in the reference graph."""

    def __init__(self, store: GraphStore) -> None:
        res = store.query(
            f"SELECT ?s ?l WHERE {{ GRAPH {ids.REFERENCE_GRAPH.n3()} {{ ?s {RDFS.label.n3()} ?l }} }}"
        )
        self.seen = {(str(s), lit.language) for s, lit in res.rows if isinstance(lit, Literal)}

    def fresh(self, labels: Graph) -> Graph:
        out = Graph(identifier=ids.REFERENCE_GRAPH, bind_namespaces="none")
        for s, p, o in labels:
            k = (str(s), o.language if isinstance(o, Literal) else None)
            if k not in self.seen:
                self.seen.add(k)
                out.add((s, p, o))
        return out


def write_article(store: GraphStore, built: BuiltArticle, book: _LabelBook | None = None) -> int:
    """Replace the article's named graph and add what it contributes to the reference graph."""
    n = store.replace_graph(built.iri, built.graph)
    reference = built.reference
    if book is not None:
        for triple in book.fresh(built.labels):
            reference.add(triple)
    if len(reference):
        store.add_to_graph(ids.REFERENCE_GRAPH, reference)
    return n


_WORKER_RES: Resources | None = None


def _work(raw: RawArticle) -> BuiltArticle | str:
    global _WORKER_RES
    _WORKER_RES = _WORKER_RES or load_resources()
    try:
        return build_document(read_article(raw, _WORKER_RES), _WORKER_RES)
    except DiplographError as exc:
        return str(exc)


def _built(raws: Iterable[RawArticle], jobs: int, res: Resources) -> Iterator[BuiltArticle | str]:
    if jobs <= 1:
        for raw in raws:
            try:
                yield build_document(read_article(raw, res), res)
            except DiplographError as exc:
                yield str(exc)
        return
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_work, raws, chunksize=8)


def ingest(
    paths: Sequence[str],
    store: GraphStore,
    *,
    lang: str | None = None,
    published: date | None = None,
    url: str | None = None,
    jobs: int = 1,
    keep_going: bool = False,
    progress: Callable[[int], None] | None = None,
    res: Resources | None = None,
) -> IngestSummary:
    """Read every article under ``paths`` into ``store``; return counts and time.

    A single bad article stops the run with its error, unless ``keep_going``: then it is
    skipped, named in the summary, and the rest is ingested.
    """
    res = res or load_resources()
    _ = res.gazetteer  # load before forking so workers share it
    started = time.perf_counter()
    summary = IngestSummary()
    book = _LabelBook(store)
    raws = iter_inputs(paths, default_lang=lang, published=published, url=url)
    for item in _built(raws, jobs, res):
        if isinstance(item, str):
            if not keep_going:
                raise DiplographError(item)
            log.warning("skipped: %s", item)
            summary.failed.append(item)
        else:
            summary.quads += write_article(store, item, book)
            summary.articles += 1
            summary.facts += item.facts
        if progress:
            progress(1)
    summary.seconds = time.perf_counter() - started
    return summary


__all__ = ["IngestSummary", "URIRef", "ingest", "write_article"]
