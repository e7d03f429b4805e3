"""networkx → HTML: self-contained, offline, escaped, and drawn from positions when large."""

from __future__ import annotations

import math
import re
from pathlib import Path

import networkx as nx
import pytest
from conftest import PAGE_DATA, page_data

from diplograph.errors import InputError
from diplograph.store import GraphStore
from diplograph.views import Filters, actor_network, meeting_network
from diplograph.views.export import export_graph
from diplograph.views.heatmap import render_heatmap
from diplograph.views.html import PHYSICS_LIMIT, graph_payload, render_html, write_html
from diplograph.views.layout import NX_LOUVAIN_LIMIT, louvain, positions
from diplograph.views.tooltip import edge_tooltip

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "<svg onload=alert(1)>",
)
def _outside_data(page: str) -> str:
    return PAGE_DATA.sub("", page)


def test_html_is_self_contained_without_cdn(views_store: GraphStore) -> None:
    page = render_html(actor_network(views_store))
    for ref in ("cdnjs", "jsdelivr", "unpkg", "googleapis", "<link", "<script src", "@import"):
        assert ref not in page
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', page)
    assert not re.search(r'url\(\s*["\']?(https?:)?//', page)
    assert "default-src 'none'" in page
    assert "vis.Network" in page and ".vis-network" in page


def test_html_embeds_every_node_and_edge(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    data = page_data(render_html(g))
    assert isinstance(data["nodes"], list) and isinstance(data["edges"], list)
    assert (len(data["nodes"]), len(data["edges"])) == (g.number_of_nodes(), g.number_of_edges())


def test_html_tooltips_refer_to_sentences_with_article(views_store: GraphStore) -> None:
    payload = graph_payload(actor_network(views_store))
    met = next(e for e in payload["edges"] if e["title"].startswith("met 2 times"))
    text, article = payload["sources"][met["src"][0]]
    assert text == "Russia and Ukraine negotiated in Istanbul on Friday."
    assert payload["articles"][article] == ["Talks in Istanbul", "2025-05-16", "https://news.example/v1", 1]
    assert len(payload["articles"]) == 4
    assert len(payload["sources"]) == 11  # one row per sentence, however often it is used


def test_html_python_tooltips_quote_sentences(views_store: GraphStore) -> None:
    g = actor_network(views_store)
    text = edge_tooltip(
        next(d for _, _, k, d in g.edges(keys=True, data=True) if k == "met" and d["weight"] == 2)
    )
    assert "“Russia and Ukraine negotiated in Istanbul on Friday.”" in text
    assert "Talks in Istanbul · 2025-05-16 · https://news.example/v1" in text


def test_html_header_states_filters_and_legend(views_store: GraphStore) -> None:
    filters = Filters(topic="ceasefire")
    page = render_html(actor_network(views_store, filters), filters=filters.describe())
    assert "Filters: topic ceasefire" in page
    assert "propose/offer</li>" in page and 'id="search"' in page


def test_html_hostile_text_never_appears_raw(hostile_store: GraphStore) -> None:
    g = actor_network(hostile_store)
    page = render_html(g, title=PAYLOADS[0], filters=[PAYLOADS[2], PAYLOADS[3]])
    outside = _outside_data(page)
    for payload in PAYLOADS:
        assert payload not in outside
    data_block = PAGE_DATA.search(page)
    assert data_block is not None and "<" not in data_block.group(1)
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}  # type: ignore[attr-defined,index]
    assert PAYLOADS[0] in labels and PAYLOADS[3] in labels


def test_html_links_only_http_urls(hostile_store: GraphStore) -> None:
    payload = graph_payload(actor_network(hostile_store))
    linkable = {row[2]: row[3] for row in payload["articles"]}
    assert linkable == {"javascript:alert(1)": 0, 'https://news.example/"><script>alert(1)</script>': 1}


def test_html_large_graph_has_positions_and_no_physics() -> None:
    g = nx.MultiDiGraph(nx.gnm_random_graph(PHYSICS_LIMIT + 200, 2 * PHYSICS_LIMIT, seed=3, directed=True))
    payload = graph_payload(g)
    assert payload["large"] and payload["options"]["physics"] == {"enabled": False}
    assert payload["options"]["edges"]["smooth"] is False
    assert all("smooth" not in e for e in payload["edges"])
    xs = {n["x"] for n in payload["nodes"]}
    assert len(xs) > PHYSICS_LIMIT // 2


def test_html_layout_is_deterministic() -> None:
    g = nx.gnm_random_graph(300, 600, seed=1)
    assert positions(g) == positions(g)
    assert louvain(g) == louvain(g)


def test_html_large_communities_are_deterministic() -> None:
    g = nx.gnm_random_graph(NX_LOUVAIN_LIMIT + 100, 2 * NX_LOUVAIN_LIMIT, seed=2)
    parts = louvain(g)
    assert parts == louvain(g) and len(set(parts.values())) > 10


def test_html_community_colouring(views_store: GraphStore) -> None:
    page = render_html(meeting_network(views_store), color_by="community")
    assert "community 1 (" in page
    with pytest.raises(InputError):
        render_html(meeting_network(views_store), color_by="rainbow")  # type: ignore[arg-type]


def test_html_write_html_to_file(tmp_path: Path, views_store: GraphStore) -> None:
    out = write_html(actor_network(views_store), tmp_path / "v.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(InputError, match="cannot write"):
        write_html(actor_network(views_store), tmp_path / "missing" / "v.html")


def test_html_heatmap_escapes_and_has_no_script(hostile_store: GraphStore) -> None:
    from diplograph.analytics import stance_matrix
    from diplograph.views import load_facts

    page = render_heatmap(stance_matrix(load_facts(hostile_store)), title=PAYLOADS[1])
    assert "<script" not in page.replace("&lt;script", "")
    for payload in PAYLOADS:
        assert payload not in page
    assert "&quot; onmouseover=&quot;alert(1)" in page


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_html_export_graph_formats(tmp_path: Path, views_store: GraphStore, fmt: str) -> None:
    g = actor_network(views_store)
    out = export_graph(g, tmp_path / f"g.{fmt}", fmt)
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    text = out.read_text(encoding="utf-8")
    assert "Russia and Ukraine met again in Istanbul." in text and "2025-05-16;2025-07-20" in text
    assert "lastmodifieddate" not in text
    assert export_graph(g, tmp_path / f"h.{fmt}", fmt).read_bytes() == out.read_bytes()


def test_html_nodes_without_edges_wait_on_a_grid_beside_the_drawing() -> None:
    g = nx.MultiDiGraph(nx.path_graph(6))
    g.add_nodes_from(range(100, 150))
    xy = positions(g)
    right = max(xy[n][0] for n in range(6))
    assert all(xy[n][0] > right for n in range(100, 150))
    assert len({xy[n] for n in range(100, 150)}) == 50
    assert graph_payload(g)["focus"] == []  # small pages: physics moves them anyway
    large = nx.MultiDiGraph(nx.path_graph(PHYSICS_LIMIT))
    large.add_nodes_from(range(PHYSICS_LIMIT, PHYSICS_LIMIT + 50))
    assert graph_payload(large)["focus"] == list(range(PHYSICS_LIMIT))
    assert "50 without edges (grid on the right)" in render_html(large)


def test_html_large_graph_keeps_communities_apart_and_small_components_near() -> None:
    planted = nx.random_partition_graph([400, 300, 200, 150, 100, 50], 0.05, 0.0003, seed=4)
    g = nx.MultiDiGraph(planted)
    g.remove_nodes_from(list(nx.isolates(planted)))
    start = len(planted)
    for i in range(start, start + 200, 2):  # 100 pairs: components of their own
        g.add_edge(i, i + 1)
    xy = positions(g)
    blocks = [[n for n in block if n in g] for block in planted.graph["partition"]]
    centres = [(sum(xy[n][0] for n in b) / len(b), sum(xy[n][1] for n in b) / len(b)) for b in blocks]
    # Most of each block (80 %) lies on a disc of its own.
    spread = [
        sorted(math.dist(xy[n], c) for n in b)[int(0.8 * len(b))]
        for b, c in zip(blocks, centres, strict=True)
    ]
    for a in range(len(blocks)):
        for b in range(a + 1, len(blocks)):
            assert math.dist(centres[a], centres[b]) > spread[a] + spread[b]
    linked = [n for n in g if n < start]
    mid = (sum(xy[n][0] for n in linked) / len(linked), sum(xy[n][1] for n in linked) / len(linked))
    main = max(math.dist(xy[n], mid) for n in linked)
    assert all(math.dist(xy[n], mid) < 1.5 * main for n in range(start, start + 200))


def test_html_large_page_grows_hub_labels_to_its_opening_zoom() -> None:
    small = graph_payload(nx.MultiDiGraph(nx.path_graph(PHYSICS_LIMIT + 10)))["options"]["nodes"]["scaling"]
    big = graph_payload(nx.MultiDiGraph(nx.path_graph(4 * PHYSICS_LIMIT)))["options"]["nodes"]["scaling"]
    assert big["label"]["max"] > small["label"]["max"] >= 64
