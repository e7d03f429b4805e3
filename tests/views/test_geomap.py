"""``diplograph map``: meetings grouped by venue, placed by the store's coordinates, filtered like
the views, written as one page with no script in which every text is escaped."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.store import GraphStore
from diplograph.views import Filters, facts, geomap
from diplograph.views.geo import world_path
from diplograph.views.geomap import map_data, render_map, write_map


def _counts(store: GraphStore, filters: Filters | None = None) -> dict[str, int]:
    return {k.place.rsplit("/", 1)[-1]: len(k.meetings) for k in map_data(store, filters).markers}


def test_map_groups_meetings_by_venue(map_store: GraphStore) -> None:
    data = map_data(map_store)
    assert _counts(map_store) == {"istanbul": 2, "geneva": 2, "evil-place": 1, "atlantis": 1}
    assert data.no_place == 2  # v4b and the hostile h2 have no place
    geneva = next(k for k in data.markers if k.place.endswith("/geneva"))
    assert (geneva.lat, geneva.lon) == (46.2022, 6.1457)
    assert [m.date for m in geneva.meetings] == ["2025-07-01", "2025-06-10"]  # newest first


def test_a_meeting_in_a_state_is_drawn_at_its_capital(map_store: GraphStore) -> None:
    k = next(k for k in map_data(map_store).markers if k.place.endswith("/atlantis"))
    assert (k.lat, k.lon) == (30.0, -40.0)


def test_map_filters_like_the_views(map_store: GraphStore) -> None:
    assert _counts(map_store, Filters(since=date(2025, 6, 5), until=date(2025, 7, 10))) == {"geneva": 2}
    assert _counts(map_store, Filters(topic="negotiations")) == {"istanbul": 2}
    assert _counts(map_store, Filters(actor="Sergei Lavrov")) == {"geneva": 1}
    # two hops: the meetings of Russia's partners too (Ukraine met the US in Geneva, Atlantis)
    assert _counts(map_store, Filters(actor="state/russia", hops=2)) == {
        "istanbul": 2, "geneva": 1, "atlantis": 1}
    assert _counts(map_store, Filters(types=("Person",))) == {"geneva": 1, "evil-place": 1}
    assert _counts(map_store, Filters(min_weight=2)) == {"istanbul": 2, "geneva": 2}
    with pytest.raises(InputError):
        map_data(map_store, Filters(stance="demand"))


def test_map_reads_the_same_one_by_one_and_in_bulk(
    map_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The map reads the facts of its few drawn meetings one IRI at a time; a map with many reads
    every fact in one query and keeps its own: both must give the same page, with or without
    filters (which read every meeting)."""
    kinds = (Filters(), Filters(since=date(2025, 6, 1)), Filters(actor="state/russia", hops=2))
    pages = [render_map(map_data(map_store, f)) for f in kinds]
    for module in (facts, geomap):
        monkeypatch.setattr(module, "ONE_BY_ONE", 0)
    assert [render_map(map_data(map_store, f)) for f in kinds] == pages
    assert "Geneva" in pages[0] and len(set(pages)) == 3


def test_rows_about_one_fact_matches_the_whole_store_query(map_store: GraphStore) -> None:
    every = sorted(facts.strings(map_store, "fact-articles"))
    meetings = {str(row[0]) for row in every}
    assert len(meetings) > 3
    one_by_one = facts.rows_about(map_store, "fact-articles", "fact", meetings, one="fact-articles-one")
    assert sorted(one_by_one) == every
    every_entity = facts.load_entities(map_store, mentions=False)
    few = {f"https://w3id.org/diplograph/id/{key}" for key in ("person/sergey-lavrov", "place/geneva")}
    read = facts.load_entities(map_store, iris=few, mentions=False)
    assert read == {i: every_entity[i] for i in few}
    assert sorted(e.label for e in read.values()) == ["Geneva", "Sergei Lavrov"]  # English first


def test_map_page_escapes_everything_and_has_no_script(map_store: GraphStore) -> None:
    data = map_data(map_store)
    page = render_map(data, title="<script>alert(1)</script>", filters=["<img src=x onerror=alert(1)>"])
    assert "<script" not in page.lower()
    assert "<img" not in page.lower() and "<svg onload" not in page.lower()
    assert "onerror=" not in page.replace("onerror=alert(1)&gt;", "")  # only inside escaped text
    assert "&lt;svg onload=alert(1)&gt;" in page  # the hostile place name, shown as text
    assert "default-src 'none'" in page
    assert len(re.findall(r'<circle class="marker"', page)) == len(data.markers) == 4
    assert not re.search(r"\b(?:src|href)=\"(?:https?:|//|javascript:)", page)


def test_world_outline_is_shipped_and_compact() -> None:
    path = world_path()
    assert path.count("M") > 150 and 50_000 < len(path) < 300_000
    xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+) ", path)]
    assert min(xs) >= -195 and max(xs) <= 195  # rings across the antimeridian run a little past


def test_write_map_and_cli(map_store: GraphStore, tmp_path: Path, runner: object) -> None:
    out, data = write_map(map_store, tmp_path / "map.html", Filters(since=date(2025, 1, 1)))
    text = out.read_text(encoding="utf-8")
    assert "since 2025-01-01" in text and len(data.markers) == 4
    from diplograph.cli import main

    store = tmp_path / "store"
    sample = tmp_path / "a.txt"
    sample.write_text("Der russische Außenminister Sergej Lawrow traf am Dienstag in Mailand seinen "
                      "türkischen Amtskollegen Hakan Fidan.\n", encoding="utf-8")
    args = ["ingest", str(sample), "--lang", "de", "--published", "2025-12-02", "--store", str(store)]
    assert runner.invoke(main, args).exit_code == 0  # type: ignore[attr-defined]
    page = tmp_path / "cli.html"
    result = runner.invoke(main, ["map", "-o", str(page), "--store", str(store)])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.count('<circle class="marker"') == 1 and "Milan" in html and "Lawrow traf" in html
    assert 'cx="9.190" cy="-45.464"' in html  # GeoNames' Milan, through the store's reference graph
