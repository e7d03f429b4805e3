"""The graph contract on the samples' export: evidence offsets hold and the SHACL shapes conform."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import SAMPLE_PUBLISHED, sample_files
from rdflib import Literal

from diplograph.loader import ingest
from diplograph.resources import Resources
from diplograph.store import GraphStore
from diplograph.validate import validate

EVIDENCE = """
SELECT ?ev ?content ?start ?end ?text WHERE {
  GRAPH ?g { ?ev a dg:Evidence ; dg:start ?start ; dg:end ?end ; dg:text ?text ; prov:wasDerivedFrom ?art .
             ?art dg:content ?content . }
}"""


@pytest.fixture(scope="module")
def samples_store(resources: Resources) -> Iterator[GraphStore]:
    """An in-memory store holding every sample, ingested through the library."""
    with GraphStore() as store:
        for lang in ("de", "en"):
            files = [str(p) for p in sample_files() if p.name.startswith(f"{lang}-")]
            ingest(files, store, lang=lang, published=SAMPLE_PUBLISHED, res=resources)
        yield store


def test_contract_every_evidence_quotes_its_article(samples_store: GraphStore) -> None:
    rows = samples_store.query(EVIDENCE).rows
    assert len(rows) > 20
    for ev, content, start, end, text in rows:
        assert isinstance(content, Literal) and isinstance(start, Literal) and isinstance(end, Literal)
        assert str(content)[start.toPython():end.toPython()] == str(text), ev


def test_contract_every_fact_has_evidence(samples_store: GraphStore) -> None:
    missing = samples_store.query("""
        SELECT ?f WHERE { GRAPH ?g { ?f a ?k . VALUES ?k { dg:Meeting dg:Position }
                                     FILTER NOT EXISTS { ?f dg:evidence ?e } } }""").rows
    assert missing == []


def test_contract_samples_conform_to_shapes(samples_store: GraphStore) -> None:
    report = validate(samples_store.dataset())
    violations = [r for r in report.results if "Violation" in str(r.severity)]
    assert report.conforms, "\n".join(f"{r.focus} {r.path} {r.message}" for r in violations)
