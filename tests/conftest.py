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


# --- views and analytics fixtures (diplograph.views, diplograph.analytics) ------------------
#: Four hand-written articles: meetings of states, persons, a delegation and NATO; one position
#: of every stance class.
VIEWS_FIXTURE = FIXTURES / "views" / "views.trig"
#: Actor names, sentences, titles and URLs that are script payloads.
HOSTILE_FIXTURE = FIXTURES / "views" / "hostile.trig"


@pytest.fixture
def views_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the views fixture."""
    with GraphStore() as store:
        store.load(VIEWS_FIXTURE, "trig")
        yield store


@pytest.fixture
def hostile_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore whose names and texts are script payloads."""
    with GraphStore() as store:
        store.load(HOSTILE_FIXTURE, "trig")
        yield store


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (skipped, or failed under CI, if absent)."""
    import os
    import shutil

    exe = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
    missing = None
    if not Path(exe).exists() and not shutil.which(exe):
        missing = f"no Chromium at {exe} (apt-get install chromium, or set DIPLOGRAPH_CHROMIUM)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "playwright is not installed (pip install playwright)"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=args)
        yield browser
        browser.close()


# --- events fixtures (diplograph.events: timeline, shifts, export-events) --------------------
#: Three hand-written articles: Russia supports, rejects, then (another source) accepts a
#: ceasefire; meetings at places with WGS84, schema.org and no coordinates.
EVENTS_FIXTURE = FIXTURES / "events" / "shifts.trig"


@pytest.fixture
def events_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the events fixture."""
    with GraphStore() as store:
        store.load(EVENTS_FIXTURE, "trig")
        yield store
