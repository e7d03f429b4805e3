"""Write query results as W3C SPARQL 1.1 result formats (CSV, TSV, JSON) or a plain-text table.

CSV, TSV and JSON follow https://www.w3.org/TR/sparql11-results-csv-tsv/ and
https://www.w3.org/TR/sparql11-results-json/ exactly, so other SPARQL tools can read them;
the table is for people, with IRIs shortened by the project's prefixes.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from diplograph.store.queries import prefixes
from diplograph.store.store import QueryResult

RESULT_FORMATS = ("table", "csv", "tsv", "json")
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})
_MAX_CELL = 80


def write_result(result: QueryResult, out: TextIO, fmt: str = "table") -> None:
    """Write a SELECT or ASK result to ``out`` in ``fmt`` (table, csv, tsv or json)."""
    writer = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}[fmt]
    writer(result, out)


def _csv(result: QueryResult, out: TextIO) -> None:
    if result.kind == "ask":
        out.write(f"{str(result.boolean).lower()}\r\n")
        return
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(result.vars)
    w.writerows([_plain(t) for t in row] for row in result.rows)


def _tsv(result: QueryResult, out: TextIO) -> None:
    if result.kind == "ask":
        out.write(f"{str(result.boolean).lower()}\n")
        return
    out.write("\t".join(f"?{v}" for v in result.vars) + "\n")
    for row in result.rows:
        out.write("\t".join(_term_syntax(t) for t in row) + "\n")


def _json(result: QueryResult, out: TextIO) -> None:
    doc: dict[str, object]
    if result.kind == "ask":
        doc = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
            for row in result.rows
        ]
        doc = {"head": {"vars": result.vars}, "results": {"bindings": bindings}}
    json.dump(doc, out, ensure_ascii=False)
    out.write("\n")


def _table(result: QueryResult, out: TextIO) -> None:
    if result.kind == "ask":
        out.write(f"{str(result.boolean).lower()}\n")
        return
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(result.vars)]
    lines = [result.vars, ["-" * w for w in widths], *cells]
    for line in lines:
        out.write("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(cells)} row{'s' if len(cells) != 1 else ''})\n")


def render(result: QueryResult, fmt: str = "table") -> str:
    """Return the result written in ``fmt`` as a string (for tests and notebooks)."""
    buf = io.StringIO(newline="")
    write_result(result, buf, fmt)
    return buf.getvalue()


def _plain(term: Identifier | None) -> str:
    """CSV cell: the IRI, the literal's lexical form, ``_:label``; empty when unbound."""
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _term_syntax(term: Identifier | None) -> str:
    """TSV cell: the term in SPARQL/Turtle syntax on one line; empty when unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    text = '"' + str(term).translate(_TSV_ESCAPES) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text


def _json_term(term: Identifier) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    cell = {"type": "literal", "value": str(term)}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        cell["datatype"] = str(term.datatype)
    return cell


def _short(term: Identifier | None) -> str:
    """Table cell: a prefixed name when a prefix fits, the literal's text, cut to one line."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        text = _compact(text)
    elif isinstance(term, BNode):
        text = f"_:{term}"
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _compact(iri: str) -> str:
    best = max(
        ((p, ns) for p, ns in prefixes().items() if iri.startswith(ns)), key=lambda x: len(x[1]), default=None
    )
    return f"{best[0]}:{iri[len(best[1]) :]}" if best else f"<{iri}>"
