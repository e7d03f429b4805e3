"""Ingest writes each reference triple once per run, and the store ends up the same."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from datetime import date

from diplograph import ids
from diplograph.article import build_article
from diplograph.ingest.read import RawArticle
from diplograph.loader import (
    LabelBook,
    ReferenceBook,
    extracting,
    ingest_raw,
    prepare,
    write_article,
    write_articles,
)
from diplograph.resources import Resources
from diplograph.store import GraphStore

_TEXTS = [
    "Der russische Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio.",
    "Lawrow und Rubio trafen sich am Dienstag erneut in Genf; Frankreich forderte eine Waffenruhe.",
    "Rubio reiste danach nach Paris, wo er den französischen Präsidenten traf.",
]


def _raws() -> list[RawArticle]:
    return [
        RawArticle(text=t, source=f"t{i}", published=date(2025, 3, 4), lang="de", url=f"urn:test:{i}")
        for i, t in enumerate(_TEXTS)
    ]


def test_reference_book_leaves_out_lines_written_before() -> None:
    refs = ReferenceBook()
    first = refs.fresh("<a> <b> <c> .\n<a> <b> \"x\\ny\" .\n")
    assert first == ["<a> <b> <c> .\n", '<a> <b> "x\\ny" .\n']
    refs.written.update(first)
    assert refs.fresh("<a> <b> <c> .\n<d> <e> <f> .\n") == ["<d> <e> <f> .\n"]


def _quads(store: GraphStore) -> set[tuple[object, ...]]:
    return {tuple(r) for r in store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows}


def test_ingest_writes_the_same_store_as_writing_every_reference_triple(resources: Resources) -> None:
    with GraphStore() as store:
        ingest_raw(_raws(), store, res=resources)
        once = _quads(store)
    with GraphStore() as store:
        book = LabelBook(store)
        for raw in _raws():
            built = build_article(raw.text, raw.lang, raw.published, url=raw.url, res=resources)
            assert prepare(built).reference_quads == len(built.reference) > 5
            write_article(store, built, book)
        every = _quads(store)
    assert len(once) > 50
    assert {q for q in once if q[0] == ids.REFERENCE_GRAPH}
    assert once == every


def test_prepare_document_is_prepare_of_the_built_article(resources: Resources) -> None:
    """Ingest writes N-Triples made without an rdflib graph (``prepare_document``): the same
    text, counts, reference data and labels as serialising the built article's graph."""
    from diplograph.article import build_document, read_article
    from diplograph.loader import prepare_document

    texts = [
        ("Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco "
         "Rubio. Beide sprachen über \"Waffenruhe\" und Sanktionen.\n\nEin zweiter Absatz.", "de"),
        ("The French president met the German chancellor in Paris on Tuesday.", "en"),
        ("Le ministre a rencontré son homologue à Genève.", "fr"),
        ("Nichts geschah.", "de"),
    ]
    for text, lang in texts:
        raw = RawArticle(text=text, source="<t>", published=date(2025, 3, 4), lang=lang,
                         url="https://example.org/a", title="Titel")
        doc = read_article(raw, resources)
        assert prepare_document(doc, resources) == prepare(build_document(doc, resources))


def test_triple_rows_keep_rdflib_order_and_text() -> None:
    from rdflib import Graph, Literal, URIRef

    from diplograph.emit import ARTICLE_STORE
    from diplograph.ntrows import TripleRows

    a, b, p, q = (URIRef(f"urn:{x}") for x in "abpq")
    text = Literal("eins\nzwei \"drei\"")
    german = Literal("x", lang="de")
    triples = [(b, p, text), (a, q, a), (b, q, Literal(3)), (a, p, german), (b, p, text), (a, q, b)]
    g = Graph(store=ARTICLE_STORE, bind_namespaces="none")
    rows = TripleRows()
    for t in triples:
        g.add(t)
        rows.add(t)
    assert len(rows) == len(g) == 5
    assert list(rows) == list(g)
    assert rows.ntriples() == g.serialize(format="nt", encoding="utf-8").decode("utf-8")


def test_extracting_with_workers_forks_before_the_store_is_opened(resources: Resources) -> None:
    """With jobs > 1 the first article is read and the workers forked on entering
    ``extracting``, before a store is opened; the store opened after it gets the same quads as
    an ingest in one process; the workers end once the last article is taken, the pool's threads
    with the block."""
    read: list[str] = []

    def stream() -> Iterator[RawArticle]:
        for raw in _raws():
            read.append(raw.source)
            yield raw

    threads = threading.active_count()
    with extracting(stream(), jobs=2, res=resources):
        assert len(multiprocessing.active_children()) == 2
        assert read[0] == "t0"  # read before the fork (the workers may have taken more since)
    with extracting(_raws(), jobs=2, res=resources) as found, GraphStore() as store:
        summary = write_articles(found, store)
        assert not multiprocessing.active_children()  # the workers ended with the last article
        parallel = _quads(store)
    assert threading.active_count() == threads
    with GraphStore() as store:
        ingest_raw(_raws(), store, res=resources)
        assert parallel == _quads(store) and summary.articles == 3
