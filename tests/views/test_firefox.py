"""Views in a real headless Firefox, driven over WebDriver BiDi (built into Firefox).

Playwright's Firefox is a patched build it would download, and geckodriver is not packaged,
so these tests start Debian's ``firefox-esr`` with ``--remote-debugging-port`` and speak the
W3C WebDriver BiDi protocol over a websocket: load the page offline, count what vis-network
drew, and watch the console, the network and dialogs. They skip without Firefox, and fail
when the ``CI`` environment variable is set.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from diplograph.store import GraphStore
from diplograph.views import Filters, actor_network
from diplograph.views.html import write_html

pytestmark = pytest.mark.browser

FIREFOX = os.environ.get("DIPLOGRAPH_FIREFOX", "firefox-esr")
DRAWN = (
    "JSON.stringify(window.network && window.network.body ? "
    "{nodes: window.network.body.data.nodes.length, edges: window.network.body.data.edges.length} : null)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def firefox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A headless Firefox listening for WebDriver BiDi on a loopback port."""
    if shutil.which(FIREFOX) is None:
        if os.environ.get("CI"):
            pytest.fail(f"no {FIREFOX} on PATH (apt-get install firefox-esr)")
        pytest.skip(f"no {FIREFOX} on PATH (apt-get install firefox-esr, or set DIPLOGRAPH_FIREFOX)")
    pytest.importorskip("websockets")
    port = _free_port()
    profile = tmp_path_factory.mktemp("firefox-profile")
    proc = subprocess.Popen(
        [FIREFOX, "--headless", "--no-remote", "--profile", str(profile), "--remote-debugging-port",
         str(port), "--remote-allow-hosts", "127.0.0.1", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("Firefox did not open its WebDriver BiDi port within 60 s")
    yield port
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


async def _visit(port: int, url: str, drawn: str = DRAWN) -> dict[str, Any]:
    """Load ``url``, wait for the drawing, and report counts, errors, requests and dialogs."""
    import websockets

    found: dict[str, Any] = {"errors": [], "requests": [], "dialogs": [], "drawn": None}
    async with websockets.connect(f"ws://127.0.0.1:{port}/session", max_size=None) as ws:
        ids = iter(range(1, 10_000))

        async def call(method: str, params: dict[str, Any]) -> dict[str, Any]:
            mid = next(ids)
            await ws.send(json.dumps({"id": mid, "method": method, "params": params}))
            while True:
                msg = json.loads(await ws.recv())
                if msg.get("id") == mid:
                    assert msg.get("type") == "success", msg
                    return dict(msg["result"])
                event, p = msg.get("method"), msg.get("params", {})
                if event == "log.entryAdded" and p.get("level") == "error":
                    found["errors"].append(p.get("text"))
                elif event == "network.beforeRequestSent":
                    req = p.get("request", {}).get("url", "")
                    if not req.startswith(("file:", "about:", "data:")):
                        found["requests"].append(req)
                elif event == "browsingContext.userPromptOpened":
                    found["dialogs"].append(p.get("message"))
                    await ws.send(json.dumps({"id": next(ids), "method": "browsingContext.handleUserPrompt",
                                              "params": {"context": p["context"], "accept": False}}))

        await call("session.new", {"capabilities": {}})
        ctx = (await call("browsingContext.create", {"type": "tab"}))["context"]
        await call("session.subscribe", {"events": ["log.entryAdded", "network.beforeRequestSent",
                                                    "browsingContext.userPromptOpened"]})
        await call("browsingContext.navigate", {"context": ctx, "url": url, "wait": "complete"})
        for _ in range(100):
            res = await call("script.evaluate", {"expression": drawn, "target": {"context": ctx},
                                                 "awaitPromise": False})
            value = res.get("result", {}).get("value")
            if value and value != "null":
                found["drawn"] = json.loads(value)
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(1.0)  # let hover-free payloads in titles, labels and panels show
        await call("browsingContext.close", {"context": ctx})
        await call("session.end", {})
    return found


def _seen(port: int, path: Path, drawn: str = DRAWN) -> dict[str, Any]:
    """Run :func:`_visit` in a thread of its own: Playwright's sync API may already hold this
    thread's event loop when the Chromium tests ran first."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, _visit(port, path.resolve().as_uri(), drawn)).result(timeout=120)


def _page(store: GraphStore, path: Path) -> tuple[int, int]:
    graph = actor_network(store, Filters())
    write_html(graph, path, title="Firefox")
    return graph.number_of_nodes(), graph.number_of_edges()


def test_firefox_view_draws_offline(firefox: int, views_store: GraphStore, tmp_path: Path) -> None:
    nodes, edges = _page(views_store, tmp_path / "view.html")
    seen = _seen(firefox, tmp_path / "view.html")
    assert seen["drawn"] == {"nodes": nodes, "edges": edges}
    assert seen["errors"] == [] and seen["requests"] == [] and seen["dialogs"] == [], seen


def test_firefox_hostile_text_runs_nothing(firefox: int, hostile_store: GraphStore, tmp_path: Path) -> None:
    nodes, edges = _page(hostile_store, tmp_path / "hostile.html")
    seen = _seen(firefox, tmp_path / "hostile.html")
    assert seen["drawn"] == {"nodes": nodes, "edges": edges}
    assert seen["dialogs"] == [], f"a payload ran: {seen['dialogs']}"
    assert seen["errors"] == [] and seen["requests"] == [], seen


#: What a drawn timeline reports: its mark count, once its script has finished.
TIMELINE_DRAWN = (
    "JSON.stringify(window.__timelineDrawn !== undefined ? "
    "{marks: document.querySelectorAll('#marks .mark').length} : null)"
)


def test_firefox_timeline_hostile_text_runs_nothing(
    firefox: int, hostile_store: GraphStore, tmp_path: Path
) -> None:
    from diplograph.events.records import load_events
    from diplograph.views.timeline import build_timeline
    from diplograph.views.timeline_html import write_timeline

    t = build_timeline(load_events(hostile_store), lanes="actor", title="</script><script>alert(1)</script>")
    seen = _seen(firefox, write_timeline(t, tmp_path / "timeline.html"), TIMELINE_DRAWN)
    assert seen["drawn"] == {"marks": len(t.marks)}
    assert seen["dialogs"] == [], f"a payload ran: {seen['dialogs']}"
    assert seen["errors"] == [] and seen["requests"] == [], seen
