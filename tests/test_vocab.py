"""The generated vocabulary is current and covers every term of the graph contract."""

from __future__ import annotations

import pytest
from rdflib import RDF, URIRef

from diplograph import _vocab_gen
from diplograph.ontology import load_ontology
from diplograph.vocab import DG, DGT

#: The backticked terms of ONTOLOGY.md (the design contract in ../shared), copied here so a clone
#: alone checks them; tests/shared/test_contract_terms.py checks the copy against the contract.
CONTRACT_TERMS = (  # noqa: SIM905
    "dg:Actor dg:Adviser dg:Ambassador dg:Article dg:Delegation dg:Envoy dg:Evidence "
    "dg:ForeignMinister dg:HeadOfGovernment dg:HeadOfState dg:Meeting dg:MilitaryOfficial dg:Minister "
    "dg:Negotiator dg:Organization dg:OrganizationLeader dg:Person dg:Place dg:Position dg:Roles "
    "dg:Spokesperson dg:Stances dg:State dg:Topics dg:about dg:accept dg:content dg:date dg:dateText "
    "dg:demand dg:end dg:evidence dg:holder dg:occurred dg:offer dg:oppose dg:participant dg:place "
    "dg:planned dg:propose dg:proposed dg:reject dg:represents dg:role dg:roleLabel dg:stance "
    "dg:start dg:status dg:support dg:target dg:text dg:topic dgt:alliance-membership "
    "dgt:bilateral-relations dgt:ceasefire dgt:climate dgt:cyber dgt:economic-aid dgt:elections "
    "dgt:energy dgt:human-rights dgt:humanitarian-aid dgt:leadership dgt:migration dgt:military-aid "
    "dgt:military-limits dgt:negotiations dgt:nuclear-program dgt:peace-agreement "
    "dgt:prisoners-hostages dgt:recognition dgt:sanctions dgt:security-guarantees dgt:territory "
    "dgt:terrorism dgt:trade dgt:troop-withdrawal dgt:weapons-control"
).split()

#: Terms the core relies on beyond ONTOLOGY.md (see the team brief).
EXTRA_TERMS = (  # noqa: SIM905
    "dg:Tenure dg:tenure dg:startDate dg:endDate dg:adjective dg:demonym dg:capitalOf dg:locatedIn "
    "dg:qidVerified dg:cue dg:contentHash dg:MeetingStatus dg:MeetingStatuses"
).split()


def _iri(name: str) -> URIRef:
    prefix, local = name.split(":", 1)
    namespace = DG._NS if prefix == "dg" else DGT._NS
    return URIRef(namespace + local)


def test_vocab_render_matches_committed_file() -> None:
    committed = _vocab_gen.VOCAB_FILE.read_text(encoding="utf-8")
    assert _vocab_gen.render() == committed, "vocab.py is stale: run python -m diplograph._vocab_gen"


def test_vocab_render_is_deterministic() -> None:
    assert _vocab_gen.render() == _vocab_gen.render()


@pytest.mark.parametrize("name", CONTRACT_TERMS + EXTRA_TERMS)
def test_vocab_defines_contract_term(name: str) -> None:
    iri = _iri(name)
    assert (iri, RDF.type, None) in load_ontology(), f"{name} is not declared in ontology/"
    cls = DG if name.startswith("dg:") else DGT
    assert cls[name.split(":", 1)[1]] == iri


def test_vocab_unknown_term_fails() -> None:
    with pytest.raises(AttributeError):
        DG.nonsense  # noqa: B018


def test_vocab_hyphenated_topic_is_an_extra() -> None:
    assert DGT["peace-agreement"] == _iri("dgt:peace-agreement")
    assert DGT.ceasefire == _iri("dgt:ceasefire")
