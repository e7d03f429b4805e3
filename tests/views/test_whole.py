"""The whole-store page: one edge per pair with its count, dates and bounded evidence, drawn
once per version of the store and read back from the summary after that.

The store is written here: two states that met :data:`ROUNDS` times, each meeting reported by
an article of its own with one sentence, and a third state met once (so the page has a light
and a heavy edge).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import page_data
from trig import article, reference, summarised_store

from diplograph.cli import main
from diplograph.errors import InputError
from diplograph.ids import actor_iri
from diplograph.store import GraphStore
from diplograph.summary.folder import SUMMARY_FILE
from diplograph.views import actor_network, html, whole
from diplograph.views.html import drawn_parts, fill_page, graph_payload, render_html
from diplograph.views.page import MAX_REFS
from diplograph.views.tooltip import edge_tooltip

ALPHA, BETA, GAMMA = (str(actor_iri(k)) for k in ("state/alpha", "state/beta", "state/gamma"))
#: Meetings of Alpha and Beta: more than a page lists per edge (MAX_REFS).
ROUNDS = MAX_REFS + 30
FIRST = date(2024, 1, 1)

def _article(i: int, other: str, day: date) -> str:
    text = f"Alpha and {other.capitalize()} met for round {i}."
    meeting = (
        f"id:meeting\\/r{i} a dg:Meeting ; dg:evidence id:evidence\\/r{i} ;\n"
        f'    dg:participant id:state\\/alpha, id:state\\/{other} ; dg:date "{day.isoformat()}"^^xsd:date .'
    )
    return article(f"r{i}", f"Round {i}", day.isoformat(), text, meeting)


def _dates() -> list[str]:
    """The meeting dates of Alpha and Beta, written out of order (every 7th day, shuffled)."""
    days = [FIRST + timedelta(days=(i * 37) % ROUNDS) for i in range(ROUNDS)]
    return [d.isoformat() for d in days]


@pytest.fixture
def store(tmp_path: Path, runner: CliRunner) -> Path:
    """A store folder of the texts above, with its summary."""
    parts = [reference("alpha", "beta", "gamma")]
    parts += [_article(i, "beta", date.fromisoformat(day)) for i, day in enumerate(_dates())]
    parts.append(_article(ROUNDS, "gamma", date(2025, 6, 1)))
    return summarised_store(tmp_path, runner, "".join(parts), "rounds")


def test_whole_one_edge_per_pair_with_count_and_sorted_dates(store: Path) -> None:
    with GraphStore(store, read_only=True) as st:
        g = actor_network(st)
    met = [(u, v, d) for u, v, k, d in g.edges(keys=True, data=True) if k == "met"]
    assert sorted((u, v, d["weight"]) for u, v, d in met) == [(ALPHA, BETA, ROUNDS), (ALPHA, GAMMA, 1)]
    heavy = g.edges[ALPHA, BETA, "met"]
    assert heavy["dates"] == sorted(_dates())
    assert len(heavy["evidence"]) == ROUNDS  # the network keeps every sentence; the page bounds them
    head = edge_tooltip(heavy, sources=False).splitlines()
    days = sorted(_dates())
    assert head == [
        f"met {ROUNDS} times",
        f"{ROUNDS} dates from {days[0]} to {days[-1]} (latest {days[-1]}, {days[-2]}, {days[-3]})",
    ]
    light = edge_tooltip(g.edges[ALPHA, GAMMA, "met"], sources=False)
    assert light == "met 1 time\n2025-06-01"


def test_whole_page_bounds_the_sentences_of_an_edge_and_counts_the_rest(store: Path) -> None:
    with GraphStore(store, read_only=True) as st:
        g = actor_network(st)
    payload = graph_payload(g)
    index = {n: i for i, n in enumerate(g)}
    edge = next(e for e in payload["edges"] if {e["from"], e["to"]} == {index[ALPHA], index[BETA]})
    assert len(edge["src"]) == MAX_REFS and edge["n"] == ROUNDS
    texts = [payload["sources"][i][0] for i in edge["src"]]
    issued = [payload["articles"][payload["sources"][i][1]][1] for i in edge["src"]]
    assert issued == sorted(_dates(), reverse=True)[:MAX_REFS], "the latest sentences, newest first"
    assert len(set(texts)) == MAX_REFS
    assert edge["title"].endswith(
        f"sentences: the {MAX_REFS} most recent of {ROUNDS} listed; "
        f"all: diplograph query -q facts-with-evidence --bind actor=<{ALPHA}>"
    )
    light = next(e for e in payload["edges"] if {e["from"], e["to"]} == {index[ALPHA], index[GAMMA]})
    assert len(light["src"]) == 1 and "n" not in light and "listed" not in light["title"]
    alpha = payload["nodes"][index[ALPHA]]
    assert len(alpha["src"]) == MAX_REFS and alpha["n"] == ROUNDS + 1
    # The page holds no more sentences than its edges list: bounded by pairs, not by facts.
    assert len(payload["sources"]) == MAX_REFS + 1


def test_whole_store_page_is_kept_and_read_back(
    store: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second view of the same store reads the drawn page from the summary: same bytes,
    nothing drawn; and the page equals one drawn straight from the store through SPARQL."""
    calls: list[str] = []

    def counting(graph: Any, color_by: Any = "type") -> dict[str, Any]:
        calls.append(color_by)
        return drawn_parts(graph, color_by)

    monkeypatch.setattr(html, "drawn_parts", counting)
    pages = []
    for n in range(2):
        out = tmp_path / f"all-{n}.html"
        result = runner.invoke(main, ["view", "-o", str(out), "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert "3 nodes, 2 edges" in result.stderr
        pages.append(out.read_bytes())
    assert calls == ["type"], "drawn once, read back the second time"
    assert pages[0] == pages[1]
    with GraphStore(store, read_only=True) as st:
        assert pages[0] == render_html(actor_network(st)).encode("utf-8")
    data = page_data(pages[1].decode("utf-8"))
    assert len(data["edges"]) == 2 and len(data["sources"]) == MAX_REFS + 1


def test_whole_store_page_drawn_again_for_new_code_colour_or_filters(
    store: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "p.html"
    argv = ["view", "-o", str(out), "--store", str(store)]
    assert runner.invoke(main, argv).exit_code == 0
    calls: list[str] = []
    monkeypatch.setattr(html, "drawn_parts", lambda g, c="type": calls.append(c) or drawn_parts(g, c))
    assert runner.invoke(main, [*argv, "--color", "community"]).exit_code == 0
    assert calls == ["community"]  # another colouring is another page
    monkeypatch.setattr(whole, "code_tag", lambda: "another-version")
    assert runner.invoke(main, argv).exit_code == 0
    assert calls == ["community", "type"]  # drawn by other code: drawn again
    kept = _kept(store)
    assert runner.invoke(main, [*argv, "--since", "2025-01-01"]).exit_code == 0
    assert _kept(store) == kept  # a filtered page is drawn, not kept
    page = out.read_text(encoding="utf-8")
    assert len(page_data(page)["edges"]) == 1 and "since 2025-01-01" in page


def _kept(store: Path) -> list[str]:
    with sqlite3.connect(store / SUMMARY_FILE) as db:
        return sorted(str(name) for (name,) in db.execute("SELECT name FROM derived"))


def test_whole_fill_page_escapes_kept_parts_and_refuses_markup_in_the_payload() -> None:
    """Parts read back from a summary file are escaped again (legend, counts) or checked
    (the payload), so an edited file cannot put markup into the page."""
    drawn = {
        "data": '{"nodes":[],"edges":[],"sources":[],"articles":[],"options":{},"focus":[]}',
        "counts": "<img src=x onerror=alert(1)>",
        "large": False,
        "legend": [["node", '"><script>alert(1)</script>', "<svg onload=alert(1)>"]],
        "nodes": 0,
        "edges": 0,
    }
    page = fill_page(drawn, title="<script>alert(2)</script>")
    for raw in ("<img src=x", "<script>alert", "<svg onload"):
        assert raw not in page
    with pytest.raises(InputError, match="markup"):
        fill_page({**drawn, "data": '{"x":"</script><script>alert(1)</script>"}'})


def test_whole_store_without_summary_draws_every_time(
    store: Path, runner: CliRunner, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (store / SUMMARY_FILE).unlink()
    out = tmp_path / "p.html"
    result = runner.invoke(main, ["view", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0 and "has no summary" in caplog.text
    assert not (store / SUMMARY_FILE).exists()
    assert len(page_data(out.read_text(encoding="utf-8"))["edges"]) == 2


@pytest.mark.browser
def test_whole_page_read_back_draws_in_chromium_with_latest_sentences(
    store: Path, runner: CliRunner, tmp_path: Path, chromium: Any
) -> None:
    """The page read back from the summary opens offline and draws; a busy node's tooltip
    says how many sentences there are and where the rest are, and its panel lists the latest."""
    from test_browser import _drawn_counts, _hover, _visit

    out = tmp_path / "all.html"
    for _ in range(2):  # the second page is the one read back
        assert runner.invoke(main, ["view", "-o", str(out), "--store", str(store)]).exit_code == 0
    visit = _visit(chromium, out)
    assert _drawn_counts(visit.page) == (3, 2)
    data = page_data(out.read_text(encoding="utf-8"))
    alpha = next(n["id"] for n in data["nodes"] if n["label"] == "Alpha")
    tip = _hover(visit.page, alpha)
    assert f"the {MAX_REFS} most recent of {ROUNDS + 1} listed" in tip
    assert f"… and {ROUNDS + 1 - 4} more sentences" in tip
    listed = visit.page.evaluate("Array.from(document.querySelectorAll('#links p'), p => p.textContent)")
    assert len(listed) == MAX_REFS
    assert "(2025-06-01)" in listed[0], "the newest sentence first (Alpha met Gamma last)"
    visit.assert_clean()
