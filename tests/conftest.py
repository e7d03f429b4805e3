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


# --- scale fixtures (diplograph.scale: extract, load, crash safety) ---------------------------
def write_corpus(path: Path, copies: int = 1) -> Path:
    """The sample articles as JSON Lines, ``copies`` times over under distinct URLs."""
    import json

    with path.open("w", encoding="utf-8") as out:
        for c in range(copies):
            for f in sample_files():
                record = {"text": f.read_text("utf-8"), "lang": f.name[:2],
                          "published": SAMPLE_PUBLISHED.isoformat()}
                if copies > 1:
                    record["url"] = f"urn:test:{c}:{f.stem}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def nquads(store: GraphStore) -> set[tuple[object, ...]]:
    """Every quad of a store, for comparing two stores."""
    return set(store.quads())
