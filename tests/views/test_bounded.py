"""The bounded whole-store page: each actor's strongest partners when the store has too many links.

The store is written here: five states, eight meetings and one position, so the actor network
has six links of known weights —

    alpha–beta met 3×, alpha–gamma 2×, beta–gamma 1×, gamma–delta 1×, delta–epsilon 1×,
    alpha demands something of delta (1 position)

— and a bound of four links makes the page keep each actor's strongest partner only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import page_data
from test_browser import _drawn_counts, _visit
from trig import article, reference, summarised_store

from diplograph.cli import main
from diplograph.ids import actor_iri
from diplograph.store import GraphStore
from diplograph.summary.reader import reading_store
from diplograph.views import bounded, whole
from diplograph.views.bounded import Bound, bounded_drawing, page_bound, pair_ranks
from diplograph.views.drawing import Drawing
from diplograph.views.html import drawn_parts

ALPHA, BETA, GAMMA, DELTA, EPSILON = (
    str(actor_iri(f"state/{k}")) for k in ("alpha", "beta", "gamma", "delta", "epsilon")
)
#: Meetings in IRI order (the order facts are read in): who met.
MEETINGS = [
    ("alpha", "beta"), ("alpha", "beta"), ("alpha", "beta"), ("alpha", "gamma"), ("alpha", "gamma"),
    ("beta", "gamma"), ("gamma", "delta"), ("delta", "epsilon"),
]
#: Four links allowed, two partners asked for: more than four links, so one partner each.
SMALL = Bound(max_edges=4, per_actor=2)
HEADER = (
    "showing 4 of 6 links: each actor's strongest partner by number of facts; "
    "all of an actor's links: diplograph view --actor NAME"
)

def _article(i: int, body: str, text: str) -> str:
    return article(f"b{i}", f"Report {i}", f"2025-0{1 + i % 9}-1{i % 10}", text, body)


def _trig() -> str:
    parts = [reference("alpha", "beta", "gamma", "delta", "epsilon")]
    for i, (a, b) in enumerate(MEETINGS):
        body = (f"id:meeting\\/m{i} a dg:Meeting ; dg:evidence id:evidence\\/b{i} ; "
                f"dg:participant id:state\\/{a}, id:state\\/{b} .")
        parts.append(_article(i, body, f"{a.capitalize()} and {b.capitalize()} held talks, round {i}."))
    body = ("id:position\\/p9 a dg:Position ; dg:evidence id:evidence\\/b9 ; dg:holder id:state\\/alpha ; "
            "dg:stance dg:demand ; dg:target id:state\\/delta ; dg:topic dgt:ceasefire .")
    parts.append(_article(9, body, "Alpha demands a ceasefire from Delta."))
    return "".join(parts)


@pytest.fixture
def store(tmp_path: Path, runner: CliRunner) -> Path:
    """A store folder of the texts above, with its summary."""
    return summarised_store(tmp_path, runner, _trig(), "bounded")


def _texts(drawing: Drawing, evidence: list[Any]) -> list[str]:
    """Sentence texts of an evidence list, numbered or not."""
    if drawing.sentences is None:
        return [s.text for s in evidence]
    return [drawing.sentences.rows[n][0] for n in evidence]


def _edges(drawing: Drawing) -> dict[tuple[Any, Any, str], dict[str, Any]]:
    out = {}
    for u, v, d in drawing.edges:
        key = d["kind"] if d["kind"] != "position" else f"position:{d['stance_class']}"
        out[(u, v, key)] = d
    return out


def test_bounded_draws_each_actors_strongest_partner(store: Path) -> None:
    with reading_store(store) as db:
        found = bounded_drawing(db, SMALL)
        full = whole.whole_drawing(db)
    assert found is not None
    drawing, note = found
    assert note == HEADER
    drawn = _edges(drawing)
    # alpha and beta: each other (3 meetings); gamma: alpha (2); delta: gamma (its first listed
    # of three single links); epsilon: delta. The position alpha -> delta is left out.
    every = _edges(full)
    assert set(drawn) == {
        (ALPHA, BETA, "met"), (ALPHA, GAMMA, "met"), (DELTA, GAMMA, "met"), (DELTA, EPSILON, "met")
    }  # participants come sorted
    assert list(drawn) == [key for key in every if key in drawn], "in the full page's order"
    assert len(every) == 6 and (ALPHA, DELTA, "position:demand/reject") in every
    for key, data in drawn.items():
        # A drawn link is the full page's link: count, dates and sentences.
        assert data["weight"] == every[key]["weight"]
        assert data["dates"] == every[key]["dates"]
        assert _texts(drawing, data["evidence"]) == _texts(full, every[key]["evidence"])
    nodes = dict(drawing.nodes)
    assert list(nodes) == [n for n, _ in full.nodes]
    alpha = nodes[ALPHA]
    assert (alpha["meetings"], alpha["positions"], alpha["degree"]) == (5, 1, 3), "full counts"
    assert alpha["drawn_links"] == (2, 3, ALPHA)


def test_bounded_page_header_tooltip_and_the_rest_on_the_ego_page(
    store: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounded, "page_bound", lambda: SMALL)
    out = tmp_path / "all.html"
    result = runner.invoke(main, ["view", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "5 nodes, 4 edges" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert f"5 nodes · 4 edges · {HEADER}".replace("'", "&#x27;") in page
    data = page_data(page)
    assert len(data["edges"]) == 4
    titles = [n["title"] for n in data["nodes"]]
    assert f"links drawn here: 2 of 3; all: diplograph view --actor {ALPHA}" in titles[0]
    # Only the drawn links' sentences are on the page.
    texts = sorted(row[0] for row in data["sources"])
    assert not any("demands" in t or "Beta and Gamma" in t for t in texts)
    assert len(texts) == 7
    ego = tmp_path / "alpha.html"
    result = runner.invoke(main, ["view", "-o", str(ego), "--actor", ALPHA, "--store", str(store)])
    assert result.exit_code == 0, result.output
    # Alpha's three links, and those among its partners (beta–gamma, delta–gamma).
    assert len(page_data(ego.read_text(encoding="utf-8"))["edges"]) == 5


def test_small_store_keeps_its_full_page(store: Path) -> None:
    """At or under the bound nothing changes: the page is the one drawn from every link."""
    with reading_store(store) as db:
        assert bounded_drawing(db, Bound(max_edges=6, per_actor=1)) is None
        kept = whole.whole_store_parts(db, bound=Bound(max_edges=6, per_actor=1))
        assert kept == drawn_parts(whole.whole_drawing(db))
    assert page_bound().max_edges >= 1000, "the bundled bound leaves the tests' stores whole"


def test_bounded_without_summary_draws_the_same_links(store: Path) -> None:
    with reading_store(store) as db:
        found = bounded_drawing(db, SMALL)
    with GraphStore(store, read_only=True) as st:
        plain = bounded_drawing(st, SMALL)
    assert found is not None and plain is not None
    assert plain[1] == found[1]
    assert [(u, v, d["weight"], d["dates"]) for u, v, d in plain[0].edges] == [
        (u, v, d["weight"], d["dates"]) for u, v, d in found[0].edges
    ]


def test_pair_ranks_break_ties_by_order() -> None:
    assert pair_ranks([("a", "b"), ("a", "c"), ("b", "c"), ("c", "d")], [2, 2, 1, 1]) == [0, 0, 1, 0]


@pytest.mark.browser
def test_bounded_page_in_chromium(
    chromium: Any, store: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bounded page draws its links offline, without errors, and says what it leaves out."""
    monkeypatch.setattr(bounded, "page_bound", lambda: SMALL)
    out = tmp_path / "all.html"
    assert runner.invoke(main, ["view", "-o", str(out), "--store", str(store)]).exit_code == 0
    visit = _visit(chromium, out)
    visit.assert_clean()
    assert _drawn_counts(visit.page) == (5, 4)
    assert HEADER in visit.page.inner_text("header")
