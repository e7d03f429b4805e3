"""The rows each flat view query (``views/queries/*.rq``) gives on one graph, computed in Python.

Why: the summary keeps, per named graph, exactly the rows that ``load_facts`` would read from
it, so replacing an article replaces its rows and nothing else has to be read again. Every
pattern of those queries lies inside one graph in the stores diplograph writes (a fact, its
evidence and its article share the article's graph; an actor's reference description, with
its tenures, lies in the reference graph), so the union of the per-graph rows is the answer
over the union of the graphs. The tests compare the two on stores built from texts and on the
synthetic store; a store written by anything else is never read through the summary (see
:mod:`diplograph.summary.folder`).

A term is given as the store gives it to :meth:`GraphStore.values`: an IRI's string, a blank
node's id, a literal's lexical form. Inside, a blank node is keyed ``_:id`` so it never meets
an IRI of the same spelling.

>>> t = [("urn:m", RDF_TYPE, "https://w3id.org/diplograph/ns#Meeting", "i", ""),
...      ("urn:m", DG + "participant", "urn:a", "i", "")]
>>> graph_rows("urn:g", t)["meeting-participants"]
{('urn:m', 'urn:a')}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import product

from rdflib import RDF, RDFS
from rdflib.namespace import DCTERMS, PROV, SKOS

from diplograph.store.queries import prefixes
from diplograph.vocab import DG as _DG

#: One triple: subject key (``_:id`` for a blank node), predicate, object value, object kind
#: (``i`` IRI, ``b`` blank node, ``l`` literal) and the object's language tag ("" if none).
Triple = tuple[str, str, str, str, str]
Row = tuple[str | None, ...]

DG = str(_DG._NS)
RDF_TYPE = str(RDF.type)
_SCHEMA_URL = prefixes()["schema"] + "url"
#: Actor and place classes the entity queries read (``VALUES ?type`` of entity-types.rq).
ENTITY_TYPES = frozenset(str(t) for t in (_DG.Person, _DG.State, _DG.Organization, _DG.Delegation, _DG.Place))
#: Properties actor-links.rq reads, in its VALUES order.
LINKS = (str(_DG.represents), str(_DG.role))
# IRIs as plain strings, looked up once (rdflib's namespace attributes cost a call each).
_ARTICLE, _MEETING, _POSITION = str(_DG.Article), str(_DG.Meeting), str(_DG.Position)
_PARTICIPANT, _HOLDER, _EVIDENCE, _TENURE = (str(_DG.participant), str(_DG.holder), str(_DG.evidence),
                                             str(_DG.tenure))
_REPRESENTS = str(_DG.represents)
_MEETING_DETAILS = tuple(str(p) for p in (_DG.date, _DG.place, _DG.status, _DG.topic))
_POSITION_DETAILS = tuple(str(p) for p in (_DG.stance, _DG.target, _DG.topic, _DG.date))
_TEXT, _START, _DERIVED = str(_DG.text), str(_DG.start), str(PROV.wasDerivedFrom)
_ISSUED = str(DCTERMS.issued)
_ARTICLE_DETAILS = (str(DCTERMS.title), _ISSUED, _SCHEMA_URL)
_LABEL, _ALT_LABEL = str(RDFS.label), str(SKOS.altLabel)

#: Query name → its columns, in the order the query selects them. ``articles`` is kept as
#: (article, issued) rows and aggregated on reading, as articles.rq aggregates.
NODES = "nodes"
RECORDS, ACTOR_LINKS, APPEARANCES = "records", "links", "appearances"
TABLES: dict[str, tuple[str, ...]] = {
    "entity-types": ("entity", "type"),
    "labels": ("entity", "label", "lang"),
    "actor-links": ("actor", "prop", "value"),
    "names": ("entity", "name"),
    "mentioned": ("entity",),
    "meeting-participants": ("meeting", "participant"),
    "meeting-sides": ("meeting", "side"),
    "meeting-details": ("meeting", "date", "place", "status", "topic"),
    "positions": ("position", "holder", "stance", "target", "topic", "date"),
    "evidence": ("fact", "text", "start", "article", "title", "issued", "url"),
    "fact-articles": ("fact", "article", "issued"),
    "articles": ("article", "issued"),
    # Not a query: the nodes this part joins on, and the group they must stay in (below).
    NODES: ("node", "grp"),
    # Not a query: each fact of the part joined into its record (diplograph.summary.records).
    RECORDS: ("fact", "kind", "date", "head", "evidence"),
    # Not a query: links between actors and where actors first appear, as stats and path
    # combine them (diplograph.summary.records).
    ACTOR_LINKS: ("u", "v", "key", "meeting", "date", "place"),
    APPEARANCES: ("actor", "key"),
}
#: The tables that answer a views query (all but :data:`NODES` and the joined tables).
JOINED_TABLES = (RECORDS, ACTOR_LINKS, APPEARANCES)
QUERY_TABLES = tuple(name for name in TABLES if name != NODES and name not in JOINED_TABLES)
#: Predicates whose subject the queries join on: every triple of a fact, its evidence, its
#: article and an actor's tenure has to lie in one graph for the per-graph rows to be exact.
_JOINED = frozenset({
    _PARTICIPANT, _HOLDER, _EVIDENCE, _TENURE, *_MEETING_DETAILS, *_POSITION_DETAILS,
    _TEXT, _START, _DERIVED, *_ARTICLE_DETAILS,
})
#: Predicates whose object is joined on as a subject in turn.
_LINKING = frozenset({_EVIDENCE, _DERIVED, _TENURE})
#: The group of every part of the reference graph (its subjects are joined within it).
REFERENCE_GROUP = "reference"


def _value(key: str) -> str:
    """The string values() gives for a subject key."""
    return key[2:] if key.startswith("_:") else key


class _Graph:
    """One graph's triples indexed by subject and predicate."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.by_s: dict[str, dict[str, list[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o, kind, lang in triples:
            self.by_s[s][p].append((o, kind, lang))

    def objects(self, s: str, p: str) -> list[tuple[str, str, str]]:
        found = self.by_s.get(s)
        return found.get(p, []) if found is not None else []

    def values(self, s: str, p: str) -> list[str | None]:
        """Object values of ``s p ?o``, or ``[None]`` (an OPTIONAL that does not match)."""
        return [o for o, _, _ in self.objects(s, p)] or [None]

    def has_type(self, s: str, cls: str) -> bool:
        return any(o == cls and kind == "i" for o, kind, _ in self.objects(s, RDF_TYPE))


def _node(value: str, kind: str) -> str | None:
    """The subject key an object can be joined on (None for a literal: no triple starts with one)."""
    if kind == "l":
        return None
    return "_:" + value if kind == "b" else value


def graph_rows(graph: str, triples: Iterable[Triple]) -> dict[str, set[Row]]:
    """Every table's rows on the graph named ``graph`` holding ``triples``."""
    g = _Graph(triples)
    out: dict[str, set[Row]] = {name: set() for name in TABLES}
    out[NODES] = _nodes(g, graph)
    article_graph = g.has_type(graph, _ARTICLE)
    for s, props in g.by_s.items():
        sv = _value(s)
        _entity_rows(g, s, sv, props, out, article_graph)
        if g.has_type(s, _MEETING):
            taking_part = g.objects(s, _PARTICIPANT)
            for who in taking_part:
                out["meeting-participants"].add((sv, who[0]))
            # meeting-sides.rq: a participant that a fellow participant represents in this graph
            values = {o for o, _, _ in taking_part}
            for value, kind, _ in taking_part:
                node = _node(value, kind)
                for side, _, _ in g.objects(node, _REPRESENTS) if node is not None else ():
                    if side in values and side != value:
                        out["meeting-sides"].add((sv, side))
            details = (g.values(s, p) for p in _MEETING_DETAILS)
            out["meeting-details"].update((sv, *combo) for combo in product(*details))
        holders = [o for o, _, _ in g.objects(s, _HOLDER)]
        if holders and g.has_type(s, _POSITION):
            rest = (g.values(s, p) for p in _POSITION_DETAILS)
            out["positions"].update((sv, *combo) for combo in product(holders, *rest))
        evidence = g.objects(s, _EVIDENCE)
        if evidence:
            out["evidence"].update(_evidence_rows(g, sv, evidence))
            for issued, _, _ in g.objects(graph, _ISSUED):
                out["fact-articles"].add((sv, graph, issued))
        if g.has_type(s, _ARTICLE):
            out["articles"].update((sv, issued) for issued in g.values(s, _ISSUED))
    return out


def _nodes(g: _Graph, group: str) -> set[Row]:
    """The nodes of ``g`` the queries join on: subjects of fact, evidence, article and tenure
    triples (and of a meeting's, position's or article's type), and the nodes such triples
    point to. :func:`spread` finds one that lies in two groups."""
    found: set[Row] = set()
    typed = {_MEETING, _POSITION, _ARTICLE}
    for s, props in g.by_s.items():
        if any(p in _JOINED for p in props) or any(o in typed for o, _, _ in props.get(RDF_TYPE, ())):
            found.add((s, group))
        for p in _LINKING.intersection(props):
            found.update((node, group) for o, kind, _ in props[p] if (node := _node(o, kind)) is not None)
    return found


def _entity_rows(
    g: _Graph, s: str, sv: str, props: dict[str, list[tuple[str, str, str]]], out: dict[str, set[Row]],
    article_graph: bool,
) -> None:
    """Rows of entity-types, labels, names, actor-links and mentioned for subject ``s``."""
    for o, kind, _ in props.get(RDF_TYPE, ()):
        if kind == "i" and o in ENTITY_TYPES:
            out["entity-types"].add((sv, o))
            if article_graph:
                out["mentioned"].add((sv,))
    for o, kind, lang in props.get(_LABEL, ()):
        if kind == "l":
            out["labels"].add((sv, o, lang))
    for o, _, _ in props.get(_ALT_LABEL, ()):
        out["names"].add((sv, o))
    for prop in LINKS:
        for o, _, _ in props.get(prop, ()):
            out["actor-links"].add((sv, prop, o))
    for o, kind, _ in props.get(_TENURE, ()):
        tenure = _node(o, kind)
        if tenure is not None:
            for prop in LINKS:
                for value, _, _ in g.objects(tenure, prop):
                    out["actor-links"].add((sv, prop, value))


def _evidence_rows(g: _Graph, fact: str, evidence: list[tuple[str, str, str]]) -> Iterator[Row]:
    """evidence.rq's rows of one fact: text required, start and the article's details optional."""
    for o, kind, _ in evidence:
        ev = _node(o, kind)
        if ev is None:
            continue
        texts = [t for t, _, _ in g.objects(ev, _TEXT)]
        starts = g.values(ev, _START)
        sources = g.objects(ev, _DERIVED)
        articles: list[tuple[str | None, ...]] = []
        for a, akind, _ in sources:
            node = _node(a, akind)
            if node is None:
                articles.append((a, None, None, None))
                continue
            parts = (g.values(node, p) for p in _ARTICLE_DETAILS)
            articles.extend((a, *combo) for combo in product(*parts))
        for text, start, art in product(texts, starts, articles or [(None, None, None, None)]):
            yield (fact, text, start, *art)


def subject_rows(subject: str, triples: Iterable[Triple]) -> dict[str, set[Row]]:
    """The entity rows rooted at ``subject`` in the reference graph, from its triples and its
    tenures' (see :func:`graph_rows`; the reference graph holds descriptions only)."""
    g = _Graph(triples)
    out: dict[str, set[Row]] = {name: set() for name in TABLES}
    out[NODES] = _nodes(g, REFERENCE_GROUP)
    props = g.by_s.get(subject)
    if props is not None:
        _entity_rows(g, subject, _value(subject), props, out, False)
    return out
