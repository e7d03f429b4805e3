"""Check a graph against the contract: the SHACL shapes of ``ontology/shapes.ttl``.

The data is copied into one plain graph together with the ontology and validated there
without inference. Mixing in the ontology is what lets ``sh:class dg:Actor`` accept a node
typed only ``dg:Person`` (SHACL follows ``rdfs:subClassOf`` in the data graph) and lets a
shape ask whether a topic is ``skos:inScheme dg:Topics``. RDFS inference would give the same
answers for these shapes, but costs more and would add types the extractor never wrote.

A Dataset is validated as the union of its graphs, because an article graph names actors
whose descriptions (what a delegation represents) may live in the reference graph.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from diplograph.ontology import load_ontology, load_shapes

log = logging.getLogger(__name__)


class ValidationResult(NamedTuple):
    """One SHACL result: the node at fault, the property path, the message, the severity."""

    focus: Node
    path: Node | None
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` found; ``conforms`` is False when there is any violation."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    text: str = ""


@lru_cache(maxsize=64)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


class _UnionGraph(Graph):
    """A graph that parses each SPARQL text once.

    pySHACL runs a SPARQL-based constraint once per focus node, passing the same text with
    ``$this`` pre-bound; rdflib would parse it every time, which costs more than evaluating it
    (≈25 ms per evidence span). Query texts from pySHACL carry their own PREFIX lines.
    """

    def query(self, query_object: str | Query, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def _union(data: Graph | Dataset) -> Graph:
    """Return a new graph holding the ontology and every triple of ``data``, in any graph."""
    union = _UnionGraph()
    union += load_ontology()
    if isinstance(data, Dataset):
        union.addN((s, p, o, union) for s, p, o, _ in data.quads((None, None, None, None)))
    else:
        union.addN((s, p, o, union) for s, p, o in data)
    return union


def _results(report: Graph) -> list[ValidationResult]:
    found = []
    for result in report.subjects(SH.resultSeverity, None):
        focus = report.value(result, SH.focusNode)
        if focus is None:
            continue
        message = report.value(result, SH.resultMessage)
        severity = report.value(result, SH.resultSeverity)
        found.append(
            ValidationResult(
                focus=focus,
                path=report.value(result, SH.resultPath),
                message=str(message) if isinstance(message, Literal) else "",
                severity=str(severity).rsplit("#", 1)[-1] if isinstance(severity, URIRef) else "",
            )
        )
    # Sorted so that a report reads the same on every run.
    return sorted(set(found), key=lambda r: (str(r.focus), str(r.path), r.message, r.severity))


def validate(data: Graph | Dataset) -> ValidationReport:
    """Validate a graph, or the union of a dataset's graphs, against the diplograph shapes.

    The input is not changed. Offsets are checked too: every ``dg:Evidence`` must have
    ``dg:text`` equal to ``content[start:end]`` of the article it was derived from, so the
    article node with its ``dg:content`` must be part of ``data``.
    """
    from pyshacl import validate as shacl_validate  # here: slow to import, only `validate` needs it

    started = time.perf_counter()
    union = _union(data)
    conforms, report, text = shacl_validate(
        union,
        shacl_graph=load_shapes(),
        inference="none",
        inplace=True,
        allow_warnings=True,
    )
    assert isinstance(report, Graph)
    results = _results(report)
    log.debug(
        "validated %d triples in %.2f s: %d results", len(union), time.perf_counter() - started, len(results)
    )
    return ValidationReport(conforms=bool(conforms), results=results, text=str(text))
