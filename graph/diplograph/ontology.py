"""Load the ontology and the SHACL shapes from ``ontology/``.

The Turtle files are the source of truth for every term, so code that needs to know which
roles, stances or topics exist asks this module rather than keeping its own list: a lexicon
key is valid exactly when it names a concept of the matching scheme.

The files are parsed once per process; callers get a fresh copy of the graphs so that one
caller adding triples cannot change what the next one sees.

>>> from diplograph.vocab import DG, DGT
>>> concepts(DG.Stances)["demand"] == DG.demand
True
>>> concepts(DG.Topics)["peace-agreement"] == DGT["peace-agreement"]
True
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from diplograph.errors import OntologyError
from diplograph.paths import ontology_dir

log = logging.getLogger(__name__)

#: The file holding SHACL shapes; every other ``*.ttl`` in the folder is ontology.
SHAPES_FILE = "shapes.ttl"


def ontology_files(folder: Path | None = None) -> list[Path]:
    """Return the ontology Turtle files (all but the shapes), in sorted order.

    Sorted so that parsing, and therefore anything generated from the result, is stable.
    """
    folder = folder or ontology_dir()
    files = sorted(p for p in folder.glob("*.ttl") if p.name != SHAPES_FILE)
    if not files:
        raise OntologyError(f"no ontology *.ttl files in {folder}")
    return files


def _parse(files: list[Path]) -> Graph:
    graph = Graph()
    for path in files:
        try:
            graph.parse(path, format="turtle")
        except (OSError, SyntaxError, ValueError) as e:
            raise OntologyError(f"{path}: cannot parse Turtle: {e}") from e
    log.debug("parsed %d triples from %d files", len(graph), len(files))
    return graph


@functools.cache
def _ontology(folder: Path) -> Graph:
    return _parse(ontology_files(folder))


@functools.cache
def _shapes(folder: Path) -> Graph:
    path = folder / SHAPES_FILE
    if not path.is_file():
        raise OntologyError(f"missing SHACL shapes file {path}")
    return _parse([path])


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, ns in graph.namespaces():
        copy.bind(prefix, ns, override=True)
    copy += graph
    return copy


def load_ontology() -> Graph:
    """Return the ontology: every ``ontology/*.ttl`` except the shapes, as a new graph."""
    return _copy(_ontology(ontology_dir()))


def load_shapes() -> Graph:
    """Return the SHACL shapes of ``ontology/shapes.ttl`` as a new graph."""
    return _copy(_shapes(ontology_dir()))


def local_name(iri: URIRef) -> str:
    """Return the part of an IRI after its last ``#`` or ``/``.

    >>> local_name(URIRef("https://w3id.org/diplograph/topic/peace-agreement"))
    'peace-agreement'
    """
    text = str(iri)
    return text[max(text.rfind("#"), text.rfind("/")) + 1 :]


@functools.cache
def _concepts(folder: Path, scheme: URIRef) -> dict[str, URIRef]:
    graph = _ontology(folder)
    found = {local_name(c): c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)}
    if not found:
        raise OntologyError(f"concept scheme {scheme} has no concepts in {folder}")
    return dict(sorted(found.items()))


def concepts(scheme: URIRef) -> dict[str, URIRef]:
    """Map local name to IRI for every concept of a scheme (``DG.Roles``, ``DG.Topics`` …).

    Raises OntologyError when the scheme is unknown or empty, so that a loader validating
    lexicon keys fails loudly instead of accepting nothing.
    """
    return dict(_concepts(ontology_dir(), scheme))
