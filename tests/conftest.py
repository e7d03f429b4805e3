"""Shared pytest fixtures (the only conftest: append your section, don't rewrite others')."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.article import read_article
from diplograph.ingest.read import RawArticle
from diplograph.model import Document
from diplograph.resources import Resources, load_resources
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


# --- pipeline, CLI and sample fixtures (test_cli, test_pipeline, extract/, golden, contract) ---
#: The hand-written sample articles shipped in data/samples (never eval or corpus texts).
SAMPLES = Path(__file__).parent.parent / "data" / "samples"
#: Publication date the samples are read against, so weekdays resolve the same every run.
SAMPLE_PUBLISHED = _dt.date(2025, 12, 2)


def sample_files() -> list[Path]:
    """The sample article text files, sorted; their language is the file name's prefix."""
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The shipped lexicons and gazetteer, loaded once per session."""
    return load_resources()


@pytest.fixture
def runner() -> CliRunner:
    """A click CliRunner (stderr kept apart from stdout where click supports it)."""
    return CliRunner()


@pytest.fixture
def make_doc(resources: Resources) -> Callable[..., Document]:
    """Build a Document from text through the whole default pipeline."""

    def make(text: str, lang: str = "de", published: _dt.date | None = SAMPLE_PUBLISHED) -> Document:
        raw = RawArticle(text=text, source="<test>", published=published, lang=lang)
        return read_article(raw, resources)

    return make
