"""Bound variables for a SPARQL endpoint: RDF terms written as SPARQL, joined in by ``VALUES``.

The embedded store substitutes bound variables itself; the SPARQL 1.1 Protocol has no such
parameter. So for a remote store the bound terms are serialised here (every character that
could end a string or an IRI escaped or refused, never a user's text pasted as is) and put in
a ``VALUES`` block at the start of the query's ``WHERE`` group and of every subquery that
projects the variable — where Oxigraph's own substitution (SEP-0007) makes them visible too.
The project's prefixes are declared in front, as the embedded store predeclares them.

>>> with_values('SELECT ?m WHERE { ?m ?p ?name }', {"name": Literal('say "hi"', lang="en")})
'SELECT ?m WHERE { VALUES (?name) { ("say \\\\"hi\\\\""@en) } ?m ?p ?name }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from diplograph.errors import StoreError
from diplograph.store.queries import prefixes

#: What an IRI may not contain inside ``<…>`` (SPARQL's IRIREF production).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
_VAR = re.compile(r"\w+")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}

#: One token of SPARQL text: comments and strings are skipped whole (a brace inside them is
#: not syntax), IRIs too; the rest is variables, words and the brackets that matter here.
_TOKEN = re.compile(
    r"""(?P<skip>\#[^\n]*|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>)"""
    r"""|(?P<var>[?$]\w+)|(?P<word>[A-Za-z_]\w*)|(?P<punct>[{}()*])""",
    re.DOTALL,
)


def iri(term: URIRef | str) -> str:
    """``<iri>``, refusing an IRI that could break out of the brackets."""
    text = str(term)
    if not text or _BAD_IRI.search(text):
        raise StoreError(f"not an IRI a query may name: {text!r}")
    return f"<{text}>"


def sparql_term(term: Identifier) -> str:
    """An rdflib IRI or literal in SPARQL syntax, every special character escaped."""
    if isinstance(term, URIRef):
        return iri(term)
    if isinstance(term, Literal):
        body = "".join(_ESCAPES.get(c, c if c >= " " else f"\\u{ord(c):04X}") for c in str(term))
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise StoreError(f"not a language tag: {term.language!r}")
            return f'"{body}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{body}"^^{iri(term.datatype)}'
        return f'"{body}"'
    if isinstance(term, BNode):
        raise StoreError("a blank node cannot be bound in a query sent to a SPARQL endpoint")
    raise StoreError(f"cannot bind {term!r}")


def prologue() -> str:
    """The project's prefixes as ``PREFIX`` lines (a query may declare them again)."""
    return "".join(f"PREFIX {name}: {iri(ns)}\n" for name, ns in prefixes().items())


def with_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """``sparql`` with ``bindings`` joined in as ``VALUES`` blocks (see the module's docstring).

    The outer query gets every binding at the start of its ``WHERE`` group; a subquery gets
    those its ``SELECT`` projects (``*`` projects all). A ``CONSTRUCT WHERE { … }`` short form
    takes no ``VALUES`` inside, so it gets them as a trailing clause.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _VAR.fullmatch(name):
            raise StoreError(f"not a variable name: {name!r}")
    terms = {name: sparql_term(term) for name, term in bindings.items()}
    inserts: list[tuple[int, list[str]]] = []
    tokens = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sparql)]
    tokens = [t for t in tokens if t[0] != "skip"]
    outer = _outer_group(tokens, list(terms))
    if outer is None:
        return f"{sparql.rstrip()}\n{_block(list(terms), terms)}"
    inserts.append(outer)
    for i, (kind, text, _, _) in enumerate(tokens):
        if kind == "word" and text.upper() == "SELECT" and i != _first_form(tokens):
            found = _subquery_group(tokens, i, list(terms))
            if found is not None and found[1]:
                inserts.append(found)
    out = sparql
    for pos, names in sorted(inserts, reverse=True):
        out = f"{out[:pos]} {_block(names, terms)}{out[pos:]}"
    return out


def _block(names: list[str], terms: Mapping[str, str]) -> str:
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(terms[n] for n in names)}) }}"


_FORMS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
Token = tuple[str | None, str, int, int]


def first_form(sparql: str) -> str:
    """The query's form in capitals: SELECT, CONSTRUCT, ASK or DESCRIBE."""
    tokens = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sparql)]
    kept = [t for t in tokens if t[0] != "skip"]
    return kept[_first_form(kept)][1].upper()


def _first_form(tokens: list[Token]) -> int:
    for i, (kind, text, _, _) in enumerate(tokens):
        if kind == "word" and text.upper() in _FORMS:
            return i
    raise StoreError("not a SPARQL query (no SELECT, CONSTRUCT, ASK or DESCRIBE)")


def _next_brace(tokens: list[Token], start: int) -> int | None:
    """Index of the next ``{`` outside parentheses from ``start``, or None."""
    depth = 0
    for i in range(start, len(tokens)):
        text = tokens[i][1]
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "{" and depth <= 0:
            return i
    return None


def _closing(tokens: list[Token], opening: int) -> int:
    depth = 0
    for i in range(opening, len(tokens)):
        if tokens[i][1] == "{":
            depth += 1
        elif tokens[i][1] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise StoreError("unbalanced braces in the query")


def _outer_group(tokens: list[Token], names: list[str]) -> tuple[int, list[str]] | None:
    """Where the outer query's WHERE group opens, or None for ``CONSTRUCT WHERE { … }``."""
    form = _first_form(tokens)
    start = form + 1
    if tokens[form][1].upper() == "CONSTRUCT":
        after = _next_brace(tokens, start)
        words = [t[1].upper() for t in tokens[start : after if after is not None else len(tokens)]]
        if "WHERE" in words:
            return None
        if after is None:
            raise StoreError("a CONSTRUCT query without a template")
        start = _closing(tokens, after) + 1
    brace = _next_brace(tokens, start)
    if brace is None:
        raise StoreError("the query has no WHERE group to bind variables in")
    return tokens[brace][3], names


def _subquery_group(tokens: list[Token], select: int, names: list[str]) -> tuple[int, list[str]] | None:
    """Where a subquery's WHERE group opens and which bound variables it projects."""
    brace = _next_brace(tokens, select + 1)
    if brace is None:
        return None
    clause = tokens[select + 1 : brace]
    projected: set[str] = set()
    depth = 0
    for kind, text, _, _ in clause:  # ?v alone is projected; (expr AS ?v) computes its own
        depth += {"(": 1, ")": -1}.get(text, 0)
        if text == "*" and depth == 0:  # SELECT *, not the * of (COUNT(*) AS ?n)
            return tokens[brace][3], names
        if kind == "var" and depth == 0:
            projected.add(text[1:])
    return tokens[brace][3], [n for n in names if n in projected]
