"""The timeline and the map of all 1,028 10kGNAD test articles, read from ../shared at check
time: the README screenshots, the write time and the draw time of the whole corpus.

Run by ``scripts/check_shared.py`` (``.ci/run`` runs it when ../shared exists), not by the
plain test command: a clone alone has no corpora.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from test_screenshots import GNAD, _gnad_jsonl, _screenshot, _shared

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "views"))
from test_browser import _visit  # noqa: E402
from test_map_browser import _circles  # noqa: E402
from test_timeline_browser import COUNT, Visit  # noqa: E402

from diplograph.events.records import load_events
from diplograph.loader import ingest
from diplograph.store import GraphStore
from diplograph.views.geomap import write_map
from diplograph.views.timeline import build_timeline
from diplograph.views.timeline_html import write_timeline

pytestmark = pytest.mark.browser

#: Seconds the timeline and the map of the whole corpus may take to write, and Chromium to draw.
GNAD_WRITE_SECONDS = 2.0
GNAD_DRAW_SECONDS = 1.5


@pytest.fixture(scope="module")
def gnad_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with GraphStore() as store:
        jsonl = _gnad_jsonl(_shared(GNAD), tmp_path_factory.mktemp("gnad") / "gnad.jsonl")
        summary = ingest([str(jsonl)], store)
        assert summary.articles == 1028 and not summary.failed
        yield store


def test_corpus_timeline(chromium: Any, gnad_store: GraphStore, tmp_path: Path) -> None:
    started = time.perf_counter()
    t = build_timeline(load_events(gnad_store), title="10kGNAD test split")
    path = write_timeline(t, tmp_path / "gnad.html")
    seconds = time.perf_counter() - started
    visit = Visit(chromium, path)
    assert visit.page.evaluate(COUNT) == len(t.marks) > 100
    out = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    visit.page.screenshot(path=str(out / "timeline-gnad.png"))
    visit.assert_clean()
    assert seconds <= GNAD_WRITE_SECONDS, f"reading and writing the timeline took {seconds:.2f} s"


#: The href of the first marker that is not covered at its centre by another marker.
_TOPMOST_MARKER = """() => {
  for (const a of document.querySelectorAll("a[href^='#p']")) {
    const circle = a.querySelector("circle");
    if (!circle) continue;
    const box = circle.getBoundingClientRect();
    const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    if (top && a.contains(top)) return a.getAttribute("href");
  }
  return null;
}"""


def test_corpus_map(chromium: Any, gnad_store: GraphStore, tmp_path: Path) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    title = "10kGNAD test split (1,028 articles)"
    path, data = write_map(gnad_store, tmp_path / "gnad-map.html", title=title)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    assert len(data.markers) > 20
    context = chromium.new_context(offline=True, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    drawn = time.perf_counter() - started
    context.close()
    visit = _visit(chromium, path, wait_drawn=False)
    assert _circles(visit.page) == len(data.markers)
    # markers of nearby places overlap: click one that is on top at its own centre
    target = visit.page.evaluate(_TOPMOST_MARKER)
    assert target is not None, "every marker is covered by another"
    visit.page.locator(f"a[href='{target}'] circle").click()
    assert visit.page.locator(target).is_visible()
    _screenshot(visit, "map-gnad", tmp_path)
    visit.assert_clean()
    # Wall-clock figures last, so the screenshot is written on a busy machine too.
    assert seconds <= GNAD_WRITE_SECONDS, f"write_map took {seconds:.2f} s (CPU {cpu_seconds:.2f} s)"
    assert drawn <= GNAD_DRAW_SECONDS, f"Chromium drew the map in {drawn:.2f} s"
