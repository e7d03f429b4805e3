"""The only code that mints instance IRIs.

Every IRI is a pure function of stable inputs (a gazetteer key, a normalised name, an article's
URL or content hash, character offsets), never of time or chance, so that re-ingesting an
article yields the same nodes and facts from many articles meet on the same actor.

>>> str(actor_iri("state/russia"))
'https://w3id.org/diplograph/id/state/russia'
>>> slug("Wolodymyr  Selenskyj!")
'wolodymyr-selenskyj'
>>> slug("Jarosław Kaczyński")
'jaroslaw-kaczynski'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from rdflib import URIRef

from diplograph.resolve.keys import strip_accents

BASE = "https://w3id.org/diplograph/id/"
WIKIDATA = "http://www.wikidata.org/entity/"

#: Named graph holding the ontology (classes, properties, concept schemes).
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
#: Named graph holding reference descriptions of known actors and places.
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")


def slug(text: str) -> str:
    """Fold accents and case, keep letters and digits, join words with ``-``."""
    folded = strip_accents(text).casefold()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


def digest(*parts: object, size: int = 16) -> str:
    """Hash stable parts into a short hex string (same parts, same string)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:size]


def actor_iri(key: str) -> URIRef:
    """IRI of an actor or place from its key (``state/russia``, ``person/vladimir-putin``)."""
    return URIRef(BASE + key)


def key_of(iri: str) -> str:
    """Inverse of :func:`actor_iri`: the key of an actor or place IRI."""
    return str(iri)[len(BASE):] if str(iri).startswith(BASE) else str(iri)


def wikidata(qid: str) -> URIRef:
    """IRI of a Wikidata entity."""
    return URIRef(WIKIDATA + qid)


def qid_of(iri: str) -> str | None:
    """The QID of a Wikidata entity IRI, or None for other IRIs."""
    return str(iri)[len(WIKIDATA):] if str(iri).startswith(WIKIDATA) else None


def content_hash(content: str) -> str:
    """Identity of an article that has no URL: a hash of its cleaned text."""
    return digest(content, size=20)


def article_iri(url: str | None, content: str) -> URIRef:
    """IRI (and named-graph name) of an article: from its URL when known, else its content."""
    ident = digest("url", url.strip(), size=20) if url else content_hash(content)
    return URIRef(BASE + "article/" + ident)


def evidence_iri(article: URIRef, start: int, end: int) -> URIRef:
    """IRI of the evidence span ``content[start:end]`` of one article."""
    return URIRef(BASE + "evidence/" + digest(article, start, end))


def fact_iri(kind: str, article: URIRef, parts: Iterable[object]) -> URIRef:
    """IRI of a meeting or position of one article, from its defining parts."""
    return URIRef(BASE + kind + "/" + digest(article, *parts))
