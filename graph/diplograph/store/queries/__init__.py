"""The SPARQL queries diplograph ships, one ``.rq`` file each (package data, so in the wheel).

A query longer than a line lives here rather than in Python, where it can be read, copied
into another SPARQL tool and benchmarked on its own. ``prefixes.rq`` holds the prefixes every
query may use without declaring them.

>>> "meetings-of-actor" in query_names()
True
>>> prefixes()["dg"] == "https://w3id.org/diplograph/ns#"
True
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from importlib.resources.abc import Traversable

from rdflib import Literal, URIRef

from diplograph.errors import StoreError

_PREFIX = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_NOT_QUERIES = frozenset({"prefixes"})


def _folder() -> Traversable:
    return resources.files(__name__)


def query_names() -> list[str]:
    """Return the names of the shipped queries (file names without ``.rq``), sorted."""
    names = (f.name[:-3] for f in _folder().iterdir() if f.name.endswith(".rq"))
    return sorted(n for n in names if n not in _NOT_QUERIES)


@functools.cache
def load_query(name: str) -> str:
    """Return the text of the shipped query ``name`` (e.g. ``meetings-of-actor``)."""
    if name not in query_names():
        raise StoreError(f"no shipped query named {name!r} (known: {', '.join(query_names())})")
    return (_folder() / f"{name}.rq").read_text(encoding="utf-8")


@functools.cache
def package_query(package: str, name: str) -> str:
    """The text of ``<package>/queries/<name>.rq``: views and event exports keep their bulk
    queries beside their own code, read the same way as the shipped cookbook."""
    path = resources.files(package) / "queries" / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(f"no {package.rsplit('.', 1)[-1]} query named {name!r}") from None


@functools.cache
def _prefixes() -> tuple[tuple[str, str], ...]:
    text = (_folder() / "prefixes.rq").read_text(encoding="utf-8")
    return tuple((m.group(1) or "", m.group(2)) for m in _PREFIX.finditer(text))


def prefixes() -> dict[str, str]:
    """Return the predeclared prefixes (name → namespace IRI) from ``prefixes.rq``."""
    return dict(_prefixes())


def parse_binding(text: str) -> tuple[str, URIRef | Literal]:
    """Parse ``name=<iri>`` or ``name=text`` into a variable name and an RDF term.

    The value becomes a bound term, never query text, so it cannot change the query.

    >>> parse_binding("actor=<https://example.org/a>")
    ('actor', rdflib.term.URIRef('https://example.org/a'))
    >>> parse_binding("name=Lawrow")
    ('name', rdflib.term.Literal('Lawrow'))
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise StoreError(f"bad binding {text!r}: write name=<iri> or name=text")
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        return name, URIRef(value[1:-1])
    return name, Literal(value)
