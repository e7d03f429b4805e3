"""Views in a real headless Chromium: drawn completely, offline, and no payload ever runs.

Needs Debian's ``/usr/bin/chromium`` and Playwright from PyPI (no browser download). Without
them these tests skip, or fail when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from diplograph.analytics import stance_matrix
from diplograph.store import GraphStore
from diplograph.views import Filters, actor_network, load_facts, meeting_network
from diplograph.views.heatmap import write_heatmap
from diplograph.views.html import write_html

pytestmark = pytest.mark.browser

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '" onmouseover="alert(1)',
)
#: Defines ``window.network`` as a setter so the test sees the first finished drawing.
HOOK = """
(() => {
  let net;
  window.__drawn = false;
  Object.defineProperty(window, "network", {
    configurable: true,
    get() { return net; },
    set(value) {
      net = value;
      value.once("afterDrawing", () => { window.__drawn = true; });
    },
  });
})();
"""


@dataclass
class Visit:
    """A loaded page and everything suspicious it did."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.requests == [], f"network requests: {self.requests}"
        assert self.errors == [], f"errors: {self.errors}"
        assert self.dialogs == [], f"dialogs (a payload ran): {self.dialogs}"


def _visit(chromium: Any, path: Path, wait_drawn: bool = True) -> Visit:
    context = chromium.new_context(offline=True, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    visit = Visit(page)
    page.add_init_script(HOOK)
    page.on("request", lambda r: None if r.url.startswith("file:") else visit.requests.append(r.url))
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.errors.append(str(e)))

    def on_dialog(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.resolve().as_uri())
    if wait_drawn:
        page.wait_for_function("() => window.__drawn === true", timeout=30_000)
    return visit


def _drawn_counts(page: Any) -> tuple[int, int]:
    nodes, edges = page.evaluate("[network.body.data.nodes.length, network.body.data.edges.length]")
    return int(nodes), int(edges)


def _hover(page: Any, node_id: int) -> str:
    """Move the mouse onto a node and return the tooltip's text."""
    page.evaluate("network.setOptions({physics: false})")
    x, y = page.evaluate(
        """(id) => {
             const p = network.canvasToDOM(network.getPositions([id])[id]);
             const r = document.getElementById("network").getBoundingClientRect();
             return [r.left + p.x, r.top + p.y];
           }""",
        node_id,
    )
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    page.wait_for_function(
        "() => { const t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility === 'visible'; }",
        timeout=5_000,
    )
    text: str = page.evaluate("document.querySelector('div.vis-tooltip').innerText")
    page.mouse.click(x, y)
    return text


def test_browser_draws_every_node_and_edge(chromium: Any, views_store: GraphStore, tmp_path: Path) -> None:
    g = actor_network(views_store)
    visit = _visit(chromium, write_html(g, tmp_path / "actors.html"))
    assert _drawn_counts(visit.page) == (g.number_of_nodes(), g.number_of_edges())
    visit.assert_clean()


def test_browser_meetings_view_with_communities(
    chromium: Any, views_store: GraphStore, tmp_path: Path
) -> None:
    g = meeting_network(views_store)
    visit = _visit(chromium, write_html(g, tmp_path / "meetings.html", color_by="community"))
    assert _drawn_counts(visit.page) == (g.number_of_nodes(), g.number_of_edges())
    visit.assert_clean()


def test_browser_hostile_text_runs_nothing(chromium: Any, hostile_store: GraphStore, tmp_path: Path) -> None:
    g = actor_network(hostile_store)
    path = write_html(g, tmp_path / "hostile.html", title=PAYLOADS[2], filters=[PAYLOADS[1], PAYLOADS[3]])
    visit = _visit(chromium, path)
    page = visit.page
    assert _drawn_counts(page) == (g.number_of_nodes(), g.number_of_edges())
    tooltips = [_hover(page, i) for i in range(g.number_of_nodes())]
    assert any(PAYLOADS[0] in t for t in tooltips) and any(PAYLOADS[3] in t for t in tooltips)
    assert any("javascript:alert(1)" in t for t in tooltips)  # shown as text, never as a link
    hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
    assert all(h.startswith("https://") for h in hrefs)
    injected = page.evaluate(
        "document.querySelectorAll('img, svg, [onerror], [onload], [onmouseover]').length"
    )
    assert injected == 0
    assert PAYLOADS[2] in page.evaluate("document.querySelector('h1').textContent")
    page.fill("#search", PAYLOADS[0])
    page.press("#search", "Enter")
    assert page.evaluate("network.getSelectedNodes().length") == 1
    page.wait_for_timeout(300)
    visit.assert_clean()


def test_browser_heatmap_runs_nothing(chromium: Any, hostile_store: GraphStore, tmp_path: Path) -> None:
    path = write_heatmap(stance_matrix(load_facts(hostile_store)), tmp_path / "heat.html", title=PAYLOADS[1])
    visit = _visit(chromium, path, wait_drawn=False)
    assert PAYLOADS[3] in visit.page.inner_text("table")
    visit.assert_clean()


def test_browser_search_focuses_actor(chromium: Any, views_store: GraphStore, tmp_path: Path) -> None:
    visit = _visit(chromium, write_html(actor_network(views_store), tmp_path / "search.html"))
    page = visit.page
    page.fill("#search", "nato")
    page.press("#search", "Enter")
    selected = page.evaluate("network.getSelectedNodes().map(id => network.body.data.nodes.get(id).label)")
    assert selected == ["NATO"]
    assert "NATO supports Ukraine with weapons." in page.inner_text("#links")
    assert "https://news.example/v4" in page.evaluate(
        "[...document.querySelectorAll('#links a')].map(a => a.href)"
    )
    page.fill("#search", "Narnia")
    page.press("#search", "Enter")
    assert page.inner_text("#search-status") == "not found"
    visit.assert_clean()


def test_browser_large_graph_draws_without_physics(chromium: Any, tmp_path: Path) -> None:
    g = nx.MultiDiGraph(nx.gnm_random_graph(3000, 6000, seed=5, directed=True))
    nx.set_node_attributes(g, {n: f"actor {n}" for n in g}, "label")
    visit = _visit(chromium, write_html(g, tmp_path / "large.html"))
    assert _drawn_counts(visit.page) == (3000, 6000)
    assert visit.page.evaluate("network.physics.options.enabled") is False
    visit.assert_clean()


def test_browser_screenshots(chromium: Any, views_store: GraphStore, tmp_path: Path) -> None:
    out = Path(os.environ.get("DIPLOGRAPH_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    facts = load_facts(views_store)
    filters = Filters(since=None)
    pages = {
        "view-actors": write_html(actor_network(views_store, filters), tmp_path / "a.html", title="Actors"),
        "view-meetings": write_html(meeting_network(views_store), tmp_path / "m.html", title="Meetings"),
        "stances": write_heatmap(stance_matrix(facts), tmp_path / "s.html"),
    }
    for name, path in pages.items():
        visit = _visit(chromium, path, wait_drawn=name != "stances")
        if name != "stances":
            visit.page.fill("#search", "Ukraine")
            visit.page.press("#search", "Enter")
            visit.page.evaluate("network.stopSimulation(); network.fit()")
        visit.page.wait_for_timeout(200)
        visit.page.screenshot(path=str(out / f"{name}.png"))
        visit.assert_clean()
        assert (out / f"{name}.png").stat().st_size > 5_000
