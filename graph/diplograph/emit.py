"""Turn a read Document into RDF: the only code that builds triples.

An article's graph holds the article node, every actor and place it mentions (type and the
names seen there) and its meetings and positions with their evidence spans. What is known of an
actor independently of the article (gazetteer labels, Wikidata identity) goes to a separate
reference graph, so "who does this article mention" stays one GRAPH pattern.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TypeVar

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS

from diplograph import ids
from diplograph.gazetteer import Entry, Gazetteer
from diplograph.model import Document, Meeting, Position, Span
from diplograph.ntrows import TripleRows, TripleSink
from diplograph.vocab import DG, DGT

# Terms looked up once, named after them (``_DG_text`` is ``DG.text``): each attribute of an
# rdflib DefinedNamespace goes through its metaclass and builds a new URIRef (microseconds), and
# emitting an article asks for about fifty.
_DCTERMS_issued = DCTERMS.issued
_DCTERMS_language = DCTERMS.language
_DCTERMS_title = DCTERMS.title
_DG_Article = DG.Article
_DG_Evidence = DG.Evidence
_DG_Meeting = DG.Meeting
_DG_Place = DG.Place
_DG_Position = DG.Position
_DG_about = DG.about
_DG_capitalOf = DG.capitalOf
_DG_content = DG.content
_DG_contentHash = DG.contentHash
_DG_cue = DG.cue
_DG_date = DG.date
_DG_dateText = DG.dateText
_DG_end = DG.end
_DG_evidence = DG.evidence
_DG_holder = DG.holder
_DG_participant = DG.participant
_DG_place = DG.place
_DG_represents = DG.represents
_DG_role = DG.role
_DG_roleLabel = DG.roleLabel
_DG_stance = DG.stance
_DG_start = DG.start
_DG_status = DG.status
_DG_target = DG.target
_DG_text = DG.text
_DG_topic = DG.topic
_OWL_sameAs = OWL.sameAs
_PROV_wasDerivedFrom = PROV.wasDerivedFrom
_RDFS_label = RDFS.label
_RDF_type = RDF.type
_SDO_latitude = SDO.latitude
_SDO_longitude = SDO.longitude
_SDO_url = SDO.url
_SKOS_altLabel = SKOS.altLabel
_XSD_anyURI = XSD.anyURI
_XSD_date = XSD.date
_XSD_decimal = XSD.decimal
_XSD_integer = XSD.integer


@functools.cache
def _dg(name: str) -> URIRef:
    """``DG[name]`` (an unknown name raises, and is not remembered)."""
    return DG[name]


@functools.cache
def _dgt(name: str) -> URIRef:
    """``DGT[name]``, as :func:`_dg`."""
    return DGT[name]


FACT_KINDS = ("Meeting", "Position")


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes users see in exports."""
    for prefix, ns in (
        ("dg", DG._NS),
        ("dgt", DGT._NS),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("schema", SDO),
        ("owl", OWL),
    ):
        g.bind(prefix, ns)
    return g


#: The rdflib store of the graphs built per article: one graph each, so rdflib's plain triple
#: store serves; its default (``Memory``) also keeps indexes by context, which none of these
#: graphs has, and cost a third of building and serialising them.
ARTICLE_STORE = "SimpleMemory"


def article_graph(doc: Document) -> tuple[URIRef, Graph]:
    """The article's IRI and its named graph's content."""
    art = ids.article_iri(doc.url, doc.content)
    g = Graph(store=ARTICLE_STORE, identifier=art, bind_namespaces="none")
    return art, _article(g, art, doc)


def article_nt(doc: Document) -> tuple[URIRef, str, int]:
    """:func:`article_graph` as N-Triples text (the text its ``serialize`` gives) and its
    number of triples, without building the rdflib graph (:mod:`diplograph.ntrows`): what
    ingest writes."""
    art = ids.article_iri(doc.url, doc.content)
    rows = _article(TripleRows(), art, doc)
    return art, rows.ntriples(), len(rows)


_Sink = TypeVar("_Sink", bound=TripleSink)


def _article(g: _Sink, art: URIRef, doc: Document) -> _Sink:
    """Add the article's triples to ``g`` (an rdflib graph or :class:`TripleRows`)."""
    g.add((art, _RDF_type, _DG_Article))
    g.add((art, _DG_content, Literal(doc.content)))
    g.add((art, _DG_contentHash, Literal(ids.content_hash(doc.content))))
    g.add((art, _DCTERMS_language, Literal(doc.lang)))
    if doc.published:
        g.add((art, _DCTERMS_issued, Literal(doc.published, datatype=_XSD_date)))
    if doc.url:
        g.add((art, _SDO_url, Literal(doc.url, datatype=_XSD_anyURI)))
    if doc.title:
        g.add((art, _DCTERMS_title, Literal(doc.title, lang=doc.lang)))
    # what a meeting's place names is a dg:Place (the range of dg:place), also a state visited
    # that the text names only as an actor ("viajó a Marruecos"), as "nach Polen" already is
    places = {m.key for m in doc.mentions if m.kind == "Place"} | {m.place for m in doc.meetings if m.place}
    for a in doc.actors.values():
        node = ids.actor_iri(a.key)
        g.add((node, _RDF_type, _dg(a.kind)))
        for name in a.names:
            g.add((node, _SKOS_altLabel, Literal(name, lang=doc.lang)))
        if a.represents:
            g.add((node, _DG_represents, ids.actor_iri(a.represents)))
        if a.role:
            g.add((node, _DG_role, _dg(a.role)))
        if a.role_label:
            g.add((node, _DG_roleLabel, Literal(a.role_label, lang=doc.lang)))
    for key in sorted(places):
        node = ids.actor_iri(key)
        g.add((node, _RDF_type, _DG_Place))
        for m in doc.mentions:
            if m.key == key and m.kind == "Place":
                g.add((node, _SKOS_altLabel, Literal(m.name or m.surface, lang=doc.lang)))
    for meeting in doc.meetings:
        _meeting(g, art, doc, meeting)
    for position in doc.positions:
        _position(g, art, doc, position)
    return g


def _evidence(g: TripleSink, art: URIRef, doc: Document, fact: URIRef, spans: Iterable[Span]) -> None:
    for span in spans:
        ev = ids.evidence_iri(art, span.start, span.end)
        g.add((fact, _DG_evidence, ev))
        g.add((ev, _RDF_type, _DG_Evidence))
        g.add((ev, _DG_text, Literal(doc.content[span.start : span.end])))
        g.add((ev, _DG_start, Literal(span.start, datatype=_XSD_integer)))
        g.add((ev, _DG_end, Literal(span.end, datatype=_XSD_integer)))
        g.add((ev, _PROV_wasDerivedFrom, art))


def _when(g: TripleSink, node: URIRef, doc: Document, day: object, text: str | None) -> None:
    if day is not None:
        g.add((node, _DG_date, Literal(day, datatype=_XSD_date)))
    if text:
        g.add((node, _DG_dateText, Literal(text, lang=doc.lang)))


def _meeting(g: TripleSink, art: URIRef, doc: Document, m: Meeting) -> None:
    node = ids.fact_iri("meeting", art, [*m.participants, m.evidence[0].start])
    g.add((node, _RDF_type, _DG_Meeting))
    for p in (*m.participants, *m.sides):
        g.add((node, _DG_participant, ids.actor_iri(p)))
    if m.place:
        g.add((node, _DG_place, ids.actor_iri(m.place)))
    g.add((node, _DG_status, _dg(m.status)))
    for t in m.topics:
        g.add((node, _DG_topic, _dgt(t)))
    if m.cue:
        g.add((node, _DG_cue, Literal(m.cue)))
    _when(g, node, doc, m.day, m.date_text)
    _evidence(g, art, doc, node, m.evidence)


def _position(g: TripleSink, art: URIRef, doc: Document, p: Position) -> None:
    node = ids.fact_iri("position", art, [p.holder, p.stance, p.topic, p.target, p.evidence[0].start])
    g.add((node, _RDF_type, _DG_Position))
    g.add((node, _DG_holder, ids.actor_iri(p.holder)))
    g.add((node, _DG_stance, _dg(p.stance)))
    g.add((node, _DG_topic, _dgt(p.topic)))
    if p.target:
        g.add((node, _DG_target, ids.actor_iri(p.target)))
    for a in p.about:
        g.add((node, _DG_about, ids.actor_iri(a)))
    if p.cue:
        g.add((node, _DG_cue, Literal(p.cue)))
    _when(g, node, doc, p.day, p.date_text)
    _evidence(g, art, doc, node, p.evidence)


def reference_entries(doc: Document, gaz: Gazetteer) -> list[Entry]:
    """The gazetteer entries of the actors and places the article mentions, each once."""
    keys = set(doc.actors) | {m.key for m in doc.mentions if m.kind == "Place"}
    # What a described entry points to (a capital's state, an organ's state) is described too,
    # so every reference resolves to a typed node.
    linked = {k for key in keys if (e := gaz.get(key)) is not None for k in (e.capital_of, e.represents) if k}
    # A state's capital too: it carries the coordinates a map draws a meeting "in Russia" at.
    linked |= {c for key in keys | linked if (c := gaz.capital(key)) is not None}
    found = (gaz.get(key) for key in sorted(keys | linked))
    return list({e.key: e for e in found if e is not None}.values())


def reference_graph(doc: Document, gaz: Gazetteer) -> Graph:
    """What the gazetteer knows of the actors and places the article mentions."""
    g = Graph(identifier=ids.REFERENCE_GRAPH, bind_namespaces="none")
    for entry in reference_entries(doc, gaz):
        describe_entry(g, entry)
    return g


def reference_nt(doc: Document, gaz: Gazetteer, known: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """:func:`reference_graph` as N-Triples text and its number of triples.

    Every article describes the same few hundred entries again; building each description as
    rdflib triples once per process (``known``: entry key → its N-Triples and count) instead of
    once per article saves most of the cost. Each triple's subject is its entry's node, so the
    descriptions of different entries never share a triple and simply add up."""
    parts: list[str] = []
    count = 0
    for entry in reference_entries(doc, gaz):
        nt = known.get(entry.key)
        if nt is None:
            g = Graph(store=ARTICLE_STORE, bind_namespaces="none")
            describe_entry(g, entry)
            nt = known[entry.key] = (g.serialize(format="nt", encoding="utf-8").decode("utf-8"), len(g))
        parts.append(nt[0])
        count += nt[1]
    return "".join(parts), count


def describe_entry(g: Graph, e: Entry) -> None:
    """Add a gazetteer entry's identity, type and names to ``g``."""
    node = ids.actor_iri(e.key)
    g.add((node, _RDF_type, _dg(e.kind)))
    for lang, label in sorted(e.labels.items()):
        g.add((node, _RDFS_label, Literal(label, lang=lang)))
    if e.qid:
        g.add((node, _OWL_sameAs, ids.wikidata(e.qid)))
    if e.represents:
        g.add((node, _DG_represents, ids.actor_iri(e.represents)))
    if e.capital_of:
        g.add((node, _DG_capitalOf, ids.actor_iri(e.capital_of)))
    if e.lat is not None and e.lon is not None:  # a place: where it is, for maps and queries
        g.add((node, _SDO_latitude, Literal(f"{e.lat:.4f}", datatype=_XSD_decimal)))
        g.add((node, _SDO_longitude, Literal(f"{e.lon:.4f}", datatype=_XSD_decimal)))


def unknown_labels(doc: Document, gaz: Gazetteer) -> Graph:
    """Display labels for actors the gazetteer does not know, one per language.

    The store adds them to the reference graph only where the actor has no label in that
    language yet, so a name first seen in one article stays its label.
    """
    g = Graph(store=ARTICLE_STORE, identifier=ids.REFERENCE_GRAPH, bind_namespaces="none")
    for a in doc.actors.values():
        if gaz.get(a.key) is None:
            g.add((ids.actor_iri(a.key), _RDFS_label, Literal(a.label, lang=doc.lang)))
    return g
