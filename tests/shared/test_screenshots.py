"""README screenshots of real input, read from ../shared at check time (never copied).

Run by ``scripts/check_shared.py`` (``.ci/run`` runs it when ../shared exists), not by the
plain test command: a clone alone has no eval texts or corpora.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED

# The page helpers of the browser tests (tests/views is on sys.path only when pytest collects it).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "views"))
from test_browser import Visit, _drawn_counts, _visit  # noqa: E402

from diplograph.store import GraphStore
from diplograph.views import actor_network
from diplograph.views.html import write_html

pytestmark = pytest.mark.browser

SEED = SHARED / "eval" / "dev" / "texts" / "seed.txt"
GNAD = SHARED / "corpora" / "10kGNAD-test.csv"
#: Seconds ``write_html`` may take for the actor view of all 1,028 10kGNAD test articles.
GNAD_WRITE_SECONDS = 2.0


def _shared(path: Path) -> Path:
    """``path`` under ../shared; these checks only run where it exists, so a gap is a failure."""
    if not path.exists():
        pytest.fail(f"{path} is missing (../shared beside the checkout holds the eval texts and corpora)")
    return path


def _screenshot(visit: Visit, name: str, tmp_path: Path) -> Path:
    out = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}.png"
    visit.page.wait_for_timeout(300)
    visit.page.screenshot(path=str(target))
    assert target.stat().st_size > 20_000
    return target


def test_browser_seed_article_screenshot(chromium: Any, runner: Any, tmp_path: Path) -> None:
    from diplograph.cli import main

    seed, store, page = _shared(SEED), tmp_path / "store", tmp_path / "seed.html"
    args = ["ingest", str(seed), "--lang", "de", "--published", "2025-12-02", "--store", str(store)]
    assert runner.invoke(main, args).exit_code == 0
    result = runner.invoke(main, ["view", "-o", str(page), "--store", str(store), "--title", "Seed article"])
    assert result.exit_code == 0, result.output
    visit = _visit(chromium, page)
    nodes, edges = _drawn_counts(visit.page)
    assert nodes > 5 and edges > 5
    # Let physics settle (or give up after 6 s), then show everything.
    visit.page.evaluate(
        "new Promise(done => { network.once('stabilized', done); setTimeout(done, 6000); })"
    )
    visit.page.evaluate("network.stopSimulation(); network.fit()")
    _screenshot(visit, "seed-actors", tmp_path)
    visit.assert_clean()


def _gnad_jsonl(source: Path, target: Path) -> Path:
    """The corpus (``label;'text'`` rows) as JSON Lines the ingester reads, dated 2016-01-01."""
    import csv
    import json

    with source.open(encoding="utf-8", newline="") as rows, target.open("w", encoding="utf-8") as out:
        for i, (label, text) in enumerate(csv.reader(rows, delimiter=";", quotechar="'"), 1):
            title = f"10kGNAD {i} ({label})"
            record = {"text": text, "lang": "de", "published": "2016-01-01", "title": title}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


@pytest.mark.slow
def test_browser_gnad_corpus_screenshot(chromium: Any, mem_store: GraphStore, tmp_path: Path) -> None:
    import time

    from diplograph.loader import ingest

    summary = ingest([str(_gnad_jsonl(_shared(GNAD), tmp_path / "gnad.jsonl"))], mem_store)
    assert summary.articles == 1028 and not summary.failed
    g = actor_network(mem_store)
    started = time.perf_counter()
    path = write_html(g, tmp_path / "gnad.html", title="10kGNAD test split (1,028 articles)")
    seconds = time.perf_counter() - started
    assert seconds <= GNAD_WRITE_SECONDS, f"write_html took {seconds:.2f} s"
    visit = _visit(chromium, path)
    assert _drawn_counts(visit.page) == (g.number_of_nodes(), g.number_of_edges())
    _screenshot(visit, "gnad-actors", tmp_path)
    visit.assert_clean()
