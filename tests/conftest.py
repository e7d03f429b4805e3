"""Shared pytest fixtures (the only conftest: append your section, don't rewrite others')."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures"

# --- store fixtures (diplograph.store) ------------------------------------------------------
#: Three short hand-written articles in TriG, following ONTOLOGY.md, for the cookbook queries.
STORE_FIXTURE = FIXTURES / "store" / "diplo.trig"


@pytest.fixture
def mem_store() -> Iterator[GraphStore]:
    """An empty in-memory GraphStore."""
    with GraphStore() as store:
        yield store


@pytest.fixture
def diplo_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the hand-written cookbook fixture (3 articles)."""
    with GraphStore() as store:
        store.load(STORE_FIXTURE, "trig")
        yield store
