"""The endpoint's query page in a real headless Chromium: offline, cookbook, answers as text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import RunningServer

from diplograph.store import GraphStore

pytestmark = pytest.mark.browser


@pytest.fixture
def hostile_endpoint(hostile_store: GraphStore) -> Iterator[RunningServer]:
    """An endpoint over the views fixture plus names and sentences that are script payloads."""
    with RunningServer(hostile_store) as server:
        yield server


def _open(chromium: Any, server: RunningServer, path: str = "/") -> tuple[Any, list[str], list[str]]:
    """The page, requests that left the server's origin, and errors/dialogs seen."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    foreign: list[str] = []
    problems: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(server.url + "/"):
            r.continue_()
        else:
            foreign.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    page.goto(server.url + path)
    return page, foreign, problems


def test_page_runs_a_cookbook_query(chromium: Any, endpoint: RunningServer) -> None:
    page, foreign, problems = _open(chromium, endpoint)
    page.wait_for_function("() => document.querySelectorAll('#cookbook option').length > 3")
    options = page.eval_on_selector_all("#cookbook option", "os => os.map(o => o.value)")
    assert {"meetings-of-actor", "demands", "find-actor"} <= set(options)
    page.select_option("#cookbook", "demands")
    assert "dg:demand" in page.input_value("#query")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    headers = page.eval_on_selector_all("#results th", "hs => hs.map(h => h.textContent)")
    assert headers[:3] == ["holder", "topic", "target"]
    assert "https://w3id.org/diplograph/id/state/russia" in page.inner_text("#results")
    assert "rows in" in page.inner_text("#status")
    # a cookbook query with a bound parameter
    page.select_option("#cookbook", "find-actor")
    page.fill("#bind", "name=Russland")
    page.click("#run")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('1 rows')")
    assert "https://w3id.org/diplograph/id/state/russia" in page.inner_text("#results")
    page.fill("#bind", "")
    # an error is shown, not thrown
    page.fill("#query", "SELEC nothing")
    page.click("#run")
    page.wait_for_function("() => document.getElementById('status').className === 'error'")
    assert page.inner_text("#status").startswith("400")
    assert foreign == []
    # Chromium logs the 400 itself; nothing else went wrong
    assert [p for p in problems if "status of 400" not in p] == []


def test_page_shows_hostile_text_as_text(chromium: Any, hostile_endpoint: RunningServer) -> None:
    page, foreign, problems = _open(chromium, hostile_endpoint)
    page.fill("#query", "SELECT ?label WHERE { ?a rdfs:label|skos:altLabel|dg:text ?label }")
    page.click("#run")
    page.wait_for_selector("#results table tbody tr")
    assert "<script>alert(1)</script>" in page.inner_text("#results")
    assert page.eval_on_selector_all("#results img, #results script", "xs => xs.length") == 0
    assert foreign == [] and problems == []


def test_page_links_to_views_that_draw(chromium: Any, endpoint: RunningServer) -> None:
    page, foreign, problems = _open(chromium, endpoint)
    page.click("#view-actors")
    page.wait_for_url(endpoint.url + "/view/actors")
    page.wait_for_function(
        "() => window.network && window.network.body.nodeIndices.length > 0", timeout=30_000
    )
    assert page.evaluate("() => window.network.body.nodeIndices.length") >= 3
    assert foreign == [] and problems == []
