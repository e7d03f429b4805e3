"""The reference data of an article: written as cached N-Triples, equal to the graph it stands for."""

from __future__ import annotations

from datetime import date

from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph import emit
from diplograph.article import build_article
from diplograph.resources import Resources

_TEXT = (
    "Der russische Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco "
    "Rubio. Frankreich und Deutschland forderten in Paris eine Waffenruhe in der Ukraine."
)


def test_reference_nt_is_the_reference_graph(resources: Resources) -> None:
    built = build_article(_TEXT, "de", date(2025, 3, 4), res=resources)
    expected = emit.reference_graph(built.doc, resources.gazetteer)
    parsed = Graph().parse(data=built.reference_nt, format="nt")
    assert len(expected) > 10
    assert built.reference_count == len(expected) == len(parsed)
    assert isomorphic(parsed, expected)
    assert isomorphic(built.reference, expected)


def test_reference_nt_reuses_each_entry_description(resources: Resources) -> None:
    doc = build_article(_TEXT, "de", date(2025, 3, 4), res=resources).doc
    known: dict[str, tuple[str, int]] = {}
    first = emit.reference_nt(doc, resources.gazetteer, known)
    assert known and first[1] == sum(n for _, n in known.values())
    known_keys = set(known)
    assert emit.reference_nt(doc, resources.gazetteer, known) == first
    assert set(known) == known_keys
