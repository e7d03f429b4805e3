"""An article's triples kept as rdflib's plain store keeps them, written out as N-Triples.

Why: ``diplograph ingest`` builds each article's graph only to serialise it for the store at
once. Through an rdflib :class:`~rdflib.Graph` that cost 0.55 s of the 1,028 10kGNAD articles
(``Graph.add`` checks every term and keeps three indexes, ``serialize`` walks them again and
encodes every line); the graph itself was never read. :class:`TripleRows` takes the same
``add`` calls, keeps each triple once in the subject → predicate → object order of rdflib's
``SimpleMemory`` (the store :data:`diplograph.emit.ARTICLE_STORE` names) and writes each line
with rdflib's own N-Triples row function, so the text is the one ``Graph.serialize`` gives,
line for line.

>>> from rdflib import Literal, URIRef
>>> rows = TripleRows()
>>> a, p = URIRef("urn:a"), URIRef("urn:p")
>>> rows.add((a, p, Literal("x"))); rows.add((a, p, Literal("x"))); len(rows)
1
>>> rows.ntriples()
'<urn:a> <urn:p> "x" .\\n'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


class TripleSink(Protocol):
    """What the emitting code needs of a graph: a place to add triples (an rdflib ``Graph``,
    or :class:`TripleRows`)."""

    def add(self, triple: Triple, /) -> object:
        """Add one triple (a triple added twice is kept once)."""
        ...


class TripleRows:
    """Triples in rdflib ``SimpleMemory`` order: subjects, then each subject's predicates, then
    their objects, each in the order first added; a triple added again is kept once."""

    def __init__(self) -> None:
        self._spo: dict[Node, dict[Node, dict[Node, None]]] = {}
        self._count = 0

    def add(self, triple: Triple, /) -> None:
        """Keep ``triple`` (once)."""
        s, p, o = triple
        by_p = self._spo.get(s)
        if by_p is None:
            by_p = self._spo[s] = {}
        objects = by_p.get(p)
        if objects is None:
            objects = by_p[p] = {}
        if o not in objects:
            objects[o] = None
            self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Triple]:
        for s, by_p in self._spo.items():
            for p, objects in by_p.items():
                for o in objects:
                    yield s, p, o

    def ntriples(self) -> str:
        """The triples as N-Triples text, as ``Graph.serialize(format="nt")`` writes them."""
        text = "".join(map(_nt_row, self))
        # serialize() encodes each line as UTF-8 and fails on a lone surrogate; so does this.
        text.encode("utf-8")
        return text
