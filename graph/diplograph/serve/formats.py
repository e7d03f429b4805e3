"""Content negotiation: which serialisation an answer gets, from ``Accept`` or ``format=``.

SELECT and ASK answers are SPARQL results (JSON, XML, CSV, TSV); CONSTRUCT and DESCRIBE
answers, and graphs read from ``/store``, are RDF (Turtle, N-Triples, JSON-LD, RDF/XML).
A ``format`` (or ``output``) parameter wins over ``Accept``, so a browser link can ask for
CSV; no acceptable format is HTTP 406.

>>> media_type(results_format("text/csv, */*;q=0.1", None))
'text/csv; charset=utf-8'
>>> results_format("text/html", None) is None
True
>>> rdf_format("application/sparql-results+json, text/turtle;q=0.9", None).media_type
'text/turtle'
>>> results_format("*/*", "tsv") == ox.QueryResultsFormat.TSV
True
"""

from __future__ import annotations

from typing import TypeVar

import pyoxigraph as ox

T = TypeVar("T")

#: SPARQL results formats by media type, the first being the default.
RESULTS_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: RDF formats by media type, the first being the default.
RDF_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
#: Dataset formats for a GET of the whole store (graph names kept).
DATASET_TYPES: dict[str, ox.RdfFormat] = {
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
#: Short names a ``format=`` parameter may give instead of a media type.
SHORT_NAMES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "trig": "application/trig",
    "nquads": "application/n-quads",
}
#: A results short name that means the RDF sibling for a graph answer (``format=json`` → JSON-LD).
_RDF_SIBLING = {"json": "application/ld+json", "xml": "application/rdf+xml"}


def _ranges(accept: str | None) -> list[str]:
    """The media ranges of an ``Accept`` header, best first (stable for equal quality)."""
    if not accept:
        return ["*/*"]
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        quality = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    quality = float(f[2:])
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, index, media))
    return [media for _, _, media in sorted(ranked)]


def _pick(table: dict[str, T], accept: str | None, param: str | None, siblings: dict[str, str]) -> T | None:
    if param:
        name = param.strip().lower()
        media = siblings.get(name) or SHORT_NAMES.get(name, name)
        return table.get(media)
    first_type = next(iter(table))
    for media in _ranges(accept):
        if media in table:
            return table[media]
        if media == "*/*":
            return table[first_type]
        if media.endswith("/*") and (hit := [m for m in table if m.startswith(media[:-1])]):
            return table[hit[0]]
    return None


def results_format(accept: str | None, param: str | None) -> ox.QueryResultsFormat | None:
    """The SPARQL results format for a SELECT or ASK answer, or None (HTTP 406)."""
    return _pick(RESULTS_TYPES, accept, param, {})


def rdf_format(accept: str | None, param: str | None) -> ox.RdfFormat | None:
    """The RDF format for a CONSTRUCT or DESCRIBE answer or a stored graph, or None (HTTP 406).

    A client asking for SPARQL results (its default for SELECT) gets the default Turtle.
    """
    picked = _pick(RDF_TYPES, accept, param, _RDF_SIBLING)
    if picked is None and not param and any(m in RESULTS_TYPES for m in _ranges(accept)):
        return ox.RdfFormat.TURTLE
    return picked


def dataset_format(accept: str | None, param: str | None) -> ox.RdfFormat | None:
    """The format for the whole store with its graph names (TriG by default), or None."""
    return _pick(DATASET_TYPES, accept, param, {"json": "application/ld+json"})


def media_type(fmt: ox.QueryResultsFormat | ox.RdfFormat) -> str:
    """The ``Content-Type`` of an answer in ``fmt`` (text types say UTF-8)."""
    media = fmt.media_type.split(";")[0]
    return f"{media}; charset=utf-8" if media.startswith("text/") else media
