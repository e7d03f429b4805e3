"""``diplograph map`` in a real headless Chromium: offline, no request, no error, one circle per
venue, panels that open on a click, and hostile article text that runs nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_browser import _visit  # same folder (rootdir import)

from diplograph.store import GraphStore
from diplograph.views.geomap import write_map

pytestmark = pytest.mark.browser

def _circles(page: Any) -> int:
    return int(page.evaluate("document.querySelectorAll('circle.marker').length"))


def test_browser_map_draws_every_venue_and_hostile_text_runs_nothing(
    chromium: Any, map_store: GraphStore, tmp_path: Path
) -> None:
    path, data = write_map(map_store, tmp_path / "map.html", title="<img src=x onerror=alert(1)>")
    visit = _visit(chromium, path, wait_drawn=False)
    page = visit.page
    assert _circles(page) == len(data.markers) == 4
    # the hostile venue: click its circle, its panel opens and shows the payloads as text
    evil = next(i for i, k in enumerate(data.markers) if k.place.endswith("/evil-place"))
    page.click(f"a[href='#p{evil}'] circle", force=True)
    panel = page.locator(f"#p{evil}")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "<svg onload=alert(1)>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.evaluate("document.querySelectorAll('img, script, iframe').length") == 0
    assert page.locator("h1").inner_text() == "<img src=x onerror=alert(1)>"
    # another venue's panel replaces it
    page.click("a[href='#p0'] circle", force=True)
    assert page.locator("#p0").is_visible() and not panel.is_visible()
    page.wait_for_timeout(200)
    visit.assert_clean()
