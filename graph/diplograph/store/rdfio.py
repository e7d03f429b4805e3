"""Fast reading of RDF data files (the gazetteer) with Oxigraph's parser.

rdflib's Turtle parser needs seconds for the gazetteer; Oxigraph's parses it in a fraction of
that, which matters because every command that extracts loads it. The triples come out as plain
tuples so callers need neither library.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from diplograph.errors import DataError


class Term(NamedTuple):
    """An RDF term as plain values: ``kind`` is ``iri``, ``bnode`` or ``literal``."""

    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None


def _term(t: object) -> Term:
    if isinstance(t, ox.NamedNode):
        return Term("iri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term("literal", t.value, t.language, t.datatype.value if t.datatype else None)
    raise DataError(f"unsupported RDF term {t!r}")


def read_triples(path: Path) -> Iterator[tuple[Term, Term, Term]]:
    """Yield the triples of a Turtle/N-Triples file as plain :class:`Term` tuples."""
    try:
        for triple in ox.parse(path=str(path)):
            yield _term(triple.subject), _term(triple.predicate), _term(triple.object)
    except (OSError, SyntaxError, ValueError) as exc:
        raise DataError(f"{path}: {exc}") from exc
