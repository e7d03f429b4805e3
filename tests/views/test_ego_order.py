"""Ego pages (``view --actor``) are the same bytes whatever ``PYTHONHASHSEED`` is: the ego
network keeps the full network's order of nodes and edges (network._induced), where networkx's
``subgraph`` walked the set of kept nodes in hash order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import trig_folder

from diplograph.ids import actor_iri
from diplograph.store import GraphStore
from diplograph.views import actor_network
from diplograph.views.filters import Filters

STATES = [f"state/s{i}" for i in range(12)]
#: The hub s0 meets s1-s4; s5-s11 meet along a chain: the hub's ego is 5 of 12 actors (less
#: than half, where networkx's subgraph walks its set of kept nodes).
PAIRS = [(0, i) for i in range(1, 5)] + [(i, i + 1) for i in range(5, 11)] + [(1, 2), (3, 4)]

_HEAD = """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix id: <https://w3id.org/diplograph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def _trig() -> str:
    parts = [_HEAD, "id:graph\\/reference {\n"]
    parts += [f'  id:state\\/s{i} a dg:State ; rdfs:label "State {i}"@en .\n' for i in range(len(STATES))]
    parts.append("}\n")
    for n, (a, b) in enumerate(PAIRS):
        text = f"State {a} and State {b} held talks."
        parts.append(f"""id:article\\/m{n} {{
  id:article\\/m{n} a dg:Article ; dcterms:title "Talks {n}" ;
    dcterms:issued "2025-03-{n + 1:02d}"^^xsd:date .
  id:evidence\\/m{n} a dg:Evidence ; dg:text "{text}" ; dg:start 0 ; prov:wasDerivedFrom id:article\\/m{n} .
  id:meeting\\/m{n} a dg:Meeting ; dg:evidence id:evidence\\/m{n} ;
    dg:participant id:state\\/s{a}, id:state\\/s{b} ; dg:date "2025-03-{n + 1:02d}"^^xsd:date .
}}
""")
    return "".join(parts)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    source = tmp_path / "talks.trig"
    source.write_text(_trig(), encoding="utf-8")
    return trig_folder(tmp_path / "store", source)


def test_ego_network_keeps_the_full_networks_order(store: Path) -> None:
    with GraphStore(store, read_only=True) as st:
        full = actor_network(st)
        ego = actor_network(st, Filters(actor=str(actor_iri("state/s0"))))
    assert len(ego) == 5 and 2 * len(ego) < len(full)
    assert list(ego) == [n for n in full if n in ego]
    kept = [(u, v, k) for u, v, k in full.edges(keys=True) if u in ego and v in ego]
    assert list(ego.edges(keys=True)) == kept


def test_ego_page_is_the_same_under_every_hash_seed(store: Path, tmp_path: Path) -> None:
    def draw(argv: list[str], seed: str) -> None:
        done = subprocess.run(argv, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True,
                              text=True, check=False, timeout=120)
        assert done.returncode == 0, done.stderr

    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"ego-{seed}.html"
        argv = [sys.executable, "-m", "diplograph", "view", "--actor", "State 0", "--kind", "meetings",
                "-o", str(out), "--store", str(store)]
        draw(argv, seed)
        pages.append(out.read_bytes())
        argv[argv.index("meetings")] = "actors"
        draw(argv, seed)
        pages.append(out.read_bytes())
    assert pages[0] == pages[2] == pages[4]
    assert pages[1] == pages[3] == pages[5]
