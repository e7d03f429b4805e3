"""Convert RDF terms between rdflib (the project's model) and pyoxigraph (the store's).

The rest of the project speaks rdflib; only :mod:`diplograph.store` sees pyoxigraph terms, and
it crosses the boundary through these two functions so that no other module needs to know
how Oxigraph spells a literal or a blank node.

>>> to_rdflib(to_ox(Literal("Russland", lang="de")))
rdflib.term.Literal('Russland', lang='de')
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_ox(term: Identifier) -> OxTerm:
    """Return the pyoxigraph term for an rdflib IRI, blank node or literal."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def to_rdflib(term: object) -> Identifier:
    """Return the rdflib term for a pyoxigraph IRI, blank node or literal.

    Plain ``xsd:string`` literals come back without a datatype, as rdflib writes them, so that
    graphs compare equal after a round trip through the store.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"cannot convert RDF term {term!r}")


_XSD_STRING = ox.Literal("").datatype.value
