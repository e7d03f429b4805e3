"""The timeline page in a real headless Chromium: drawn offline, every mark, no payload runs.

Same rules as the network views (tests/views/test_browser.py): Debian's Chromium through
Playwright, an offline context, and a watch on requests, console errors and dialogs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from diplograph import ids
from diplograph.events.records import load_events
from diplograph.store import GraphStore
from diplograph.views.timeline import build_timeline
from diplograph.views.timeline_html import write_timeline

pytestmark = pytest.mark.browser

RUSSIA = str(ids.actor_iri("state/russia"))
PAYLOADS = ("<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>")
COUNT = "document.querySelectorAll('#marks .mark').length"


class Visit:
    """A loaded timeline page and everything suspicious it did."""

    def __init__(self, chromium: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        context = chromium.new_context(offline=True, viewport={"width": 1280, "height": 800})
        self.page = page = context.new_page()
        page.on("request", lambda r: None if r.url.startswith("file:") else self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)
        page.goto(path.resolve().as_uri())
        page.wait_for_function("() => window.__timelineDrawn !== undefined", timeout=30_000)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self) -> None:
        assert self.requests == [], f"network requests: {self.requests}"
        assert self.errors == [], f"errors: {self.errors}"
        assert self.dialogs == [], f"dialogs (a payload ran): {self.dialogs}"


def test_timeline_browser_draws_every_mark(chromium: Any, events_store: GraphStore, tmp_path: Path) -> None:
    t = build_timeline(load_events(events_store, RUSSIA), actor=RUSSIA, title="Russia")
    visit = Visit(chromium, write_timeline(t, tmp_path / "t.html"))
    page = visit.page
    assert page.evaluate(COUNT) == len(t.marks) == 5
    assert page.evaluate("document.querySelectorAll('#marks .shift, #marks .contradiction').length") == 2
    labels = page.evaluate("[...document.querySelectorAll('svg text')].map(t => t.firstChild.nodeValue)")
    assert {"Ukraine", "Jane Envoy"} <= set(labels)
    page.click("#marks .mark.contradiction")
    assert "Russia accepts the ceasefire, an agency reported." in page.inner_text("#links")
    assert page.evaluate("[...document.querySelectorAll('#links a')].map(a => a.href)") == [
        "https://other.example/s3"
    ]
    visit.assert_clean()


def test_timeline_browser_hostile_text_runs_nothing(
    chromium: Any, hostile_store: GraphStore, tmp_path: Path
) -> None:
    t = build_timeline(load_events(hostile_store), lanes="actor", title=PAYLOADS[1])
    t.filters = list(PAYLOADS)
    visit = Visit(chromium, write_timeline(t, tmp_path / "hostile.html"))
    page = visit.page
    assert page.evaluate(COUNT) == len(t.marks)
    for i in range(len(t.marks)):
        page.evaluate(f"timeline.show({i})")
        text = page.inner_text("#links")
        assert "alert(1)" in text  # shown as text
    assert PAYLOADS[1] in page.inner_text("h1")
    assert page.evaluate("document.querySelectorAll('img, [onerror], [onload], [onmouseover]').length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
    assert all(h.startswith("https://") for h in hrefs)  # never javascript:
    page.wait_for_timeout(300)
    visit.assert_clean()


def test_timeline_browser_screenshot(chromium: Any, events_store: GraphStore, tmp_path: Path) -> None:
    out = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    t = build_timeline(
        load_events(events_store, RUSSIA), actor=RUSSIA, title="Russia's meetings and positions"
    )
    visit = Visit(chromium, write_timeline(t, tmp_path / "shot.html"))
    visit.page.click("#marks .mark.shift")
    visit.page.screenshot(path=str(out / "timeline.png"))
    assert (out / "timeline.png").stat().st_size > 10_000
    visit.assert_clean()
