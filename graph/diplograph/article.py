"""From raw text to a read Document and its RDF graph: the one path every caller takes.

The command line, the tests and notebooks all call :func:`build_article` (or
:func:`read_article` for the Document alone), so there is exactly one way an article becomes
facts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from rdflib import Graph, URIRef

from diplograph import emit, ids, pipeline
from diplograph.errors import InputError
from diplograph.ingest.clean import clean
from diplograph.ingest.html import resolve_html
from diplograph.ingest.language import detect_language
from diplograph.ingest.lexicon import load_boilerplate, load_stopwords
from diplograph.ingest.read import RawArticle
from diplograph.model import Document
from diplograph.resources import Resources, load_resources


@dataclass(frozen=True)
class BuiltArticle:
    """An article read into RDF: its IRI, its named graph, and what it adds to reference data.

    The reference data is kept as N-Triples (``reference_nt``, ``reference_count`` triples), the
    form the store is written with; :attr:`reference` parses it into a graph when asked."""

    iri: URIRef
    graph: Graph
    reference_nt: str
    reference_count: int
    labels: Graph
    doc: Document

    @functools.cached_property
    def reference(self) -> Graph:
        """What the article adds to the reference graph (gazetteer data of its actors)."""
        g = Graph(identifier=ids.REFERENCE_GRAPH, bind_namespaces="none")
        return g.parse(data=self.reference_nt, format="nt")

    @property
    def facts(self) -> int:
        """Meetings plus positions read from the article."""
        return len(self.doc.meetings) + len(self.doc.positions)


def prepare(raw: RawArticle, res: Resources) -> Document:
    """Extract HTML, clean the text and settle the language: the Document's content is final."""
    raw = resolve_html(raw)
    lexicon_root = res.lexicon_root
    lang = raw.lang or detect_language(raw.text, load_stopwords(lexicon_root))
    if lang not in res.languages:
        raise InputError(f"{raw.source}: language {lang!r} is not supported ({', '.join(res.languages)})")
    content = clean(raw.text, lang, load_boilerplate(lang, lexicon_root))
    if not content.strip():
        raise InputError(f"{raw.source}: no article text left after cleaning")
    return Document(content=content, lang=lang, published=raw.published, url=raw.url, title=raw.title)


def read_article(raw: RawArticle, res: Resources | None = None) -> Document:
    """Run the whole pipeline over one raw article."""
    res = res or load_resources()
    return pipeline.run(prepare(raw, res), res)


def build_document(doc: Document, res: Resources) -> BuiltArticle:
    """Emit the RDF of a read Document."""
    iri, graph = emit.article_graph(doc)
    known: dict[str, tuple[str, int]] = res.memo(("reference-nt",), dict)
    reference, count = emit.reference_nt(doc, res.gazetteer, known)
    return BuiltArticle(iri, graph, reference, count, emit.unknown_labels(doc, res.gazetteer), doc)


def build_article(
    text: str,
    lang: str | None = None,
    published: date | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    res: Resources | None = None,
) -> BuiltArticle:
    """Read one article's text into its RDF graph.

    >>> built = build_article("Russlands Außenminister Sergej Lawrow traf am Montag in Genf "
    ...                       "US-Außenminister Marco Rubio.", "de", date(2025, 3, 4))
    >>> len(built.doc.meetings)
    1
    """
    raw = RawArticle(text=text, source="<text>", url=url, title=title, published=published, lang=lang)
    res = res or load_resources()
    return build_document(read_article(raw, res), res)
