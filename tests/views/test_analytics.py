"""Analytics (stats, path, stances) as library calls and through the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import VIEWS_FIXTURE, trig_folder

from diplograph.analytics import render, shortest_chain, stance_matrix
from diplograph.analytics.chain import chain_report
from diplograph.analytics.stats import graph_stats
from diplograph.cli import main
from diplograph.errors import InputError
from diplograph.ids import actor_iri
from diplograph.store import GraphStore
from diplograph.views import load_facts


def test_analytics_stats_counts_span_and_rankings(views_store: GraphStore) -> None:
    report = graph_stats(load_facts(views_store), top=3)
    counts = dict(report.table("counts").rows)
    assert counts == {
        "Delegation": 1,
        "Organization": 1,
        "Person": 2,
        "Place": 2,
        "State": 3,
        "Meeting": 5,
        "Position": 6,
        "Article": 4,
    }
    assert report.table("span").rows == [("2025-05-16", "2025-07-20")]
    assert report.table("degree").rows[0][1:] == ("United States", 4)
    assert report.table("betweenness").rows[0][1] == "United States"
    assert report.table("meetings_per_month").rows == [("2025-05", 1), ("2025-06", 1), ("2025-07", 3)]


def test_analytics_path_hops_carry_date_and_evidence(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    hops = shortest_chain(facts, "Russia", "NATO")
    assert [(facts.label(h.source), facts.label(h.target)) for h in hops] == [
        ("Russia", "Ukraine"),
        ("Ukraine", "United States"),
        ("United States", "NATO"),
    ]
    first = hops[0]
    assert (first.meetings, first.date, first.place) == (2, "2025-05-16", "Istanbul")
    assert first.sentence == "Russia and Ukraine negotiated in Istanbul on Friday."
    assert first.url == "https://news.example/v1"
    assert chain_report(facts, hops).table("path").rows[2][2] == "2025-07-20"


def test_analytics_from_store_skip_sentences_yet_match_the_full_read(views_store: GraphStore) -> None:
    """stats and path read facts without their sentences (issue 11: seconds saved at 1M quads);
    their reports must equal those computed on everything, the hop sentences included."""
    from diplograph.analytics.chain import store_chain
    from diplograph.analytics.stats import store_stats

    full = load_facts(views_store)
    light = load_facts(views_store, sentences=False)
    assert [m.date for m in light.meetings] == [m.date for m in full.meetings]
    assert [p.date for p in light.positions] == [p.date for p in full.positions]
    assert all(src.text == "" for m in light.meetings for src in m.evidence)
    assert store_stats(views_store, top=3) == graph_stats(full, top=3)
    expected = chain_report(full, shortest_chain(full, "Russia", "NATO")).table("path").rows
    got = store_chain(views_store, "Russia", "NATO").table("path").rows
    assert got == expected
    assert got[0][5] == "Russia and Ukraine negotiated in Istanbul on Friday."


def test_analytics_path_without_chain_is_an_input_error(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    with pytest.raises(InputError, match="no chain of meetings"):
        shortest_chain(facts, "Marco Rubio", "NATO")


def test_analytics_stance_matrix_by_topic(views_store: GraphStore) -> None:
    facts = load_facts(views_store)
    m = stance_matrix(facts)
    russia = str(actor_iri("state/russia"))
    assert m.holders[0][0] in (russia, str(actor_iri("state/ukraine")))
    assert m.counts[(russia, "demand")] == 1 and m.counts[(russia, "reject")] == 1
    ceasefire = stance_matrix(facts, topic="ceasefire")
    assert {label for _, label in ceasefire.holders} == {"Ukraine", "United States"}


def test_analytics_render_formats(views_store: GraphStore) -> None:
    report = graph_stats(load_facts(views_store))
    data = json.loads(render(report, "json"))
    assert data["counts"][0] == {"type": "Delegation", "count": 1}
    assert render(report, "csv", table="counts").startswith("type,count\nDelegation,1\n")
    with pytest.raises(InputError, match="--table"):
        render(report, "csv")
    with pytest.raises(InputError, match="no table"):
        render(report, "json", table="nope")
    with pytest.raises(InputError):
        render(report, "xml")


def test_analytics_stats_csv_is_one_clean_table(store_dir: str) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["stats", "--store", store_dir, "--table", "degree", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["actor", "label", "degree"] and all(len(r) == 3 for r in rows)
    result = runner.invoke(main, ["stats", "--store", store_dir, "--format", "csv"])
    assert result.exit_code == 1 and "--table" in result.output and "Traceback" not in result.output


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    return str(trig_folder(tmp_path / "store", VIEWS_FIXTURE))


def test_analytics_cli_commands(store_dir: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["stats", "--store", store_dir, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["counts"][-1] == {"type": "Article", "count": 4}
    result = runner.invoke(main, ["path", "Russia", "NATO", "--store", store_dir, "--format", "csv"])
    assert result.exit_code == 0 and "Istanbul" in result.stdout
    result = runner.invoke(main, ["path", "Russia", "NATO", "--store", store_dir, "--since", "2025-07-02"])
    assert result.exit_code == 1 and "no chain of meetings" in result.output
    heat = tmp_path / "stances.html"
    result = runner.invoke(
        main, ["stances", "--store", store_dir, "--topic", "ceasefire", "--html", str(heat)]
    )
    assert result.exit_code == 0 and "United States" in result.stdout
    assert "<table>" in heat.read_text(encoding="utf-8")


def test_analytics_cli_view_and_export(store_dir: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "v.html"
    args = ["view", "-o", str(out), "--store", store_dir, "--actor", "Russia", "--since", "2025-06-01"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "around Russia (1 hop); since 2025-06-01" in out.read_text(encoding="utf-8")
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT { ?a dg:represents ?b } WHERE { ?a dg:represents ?b }", encoding="utf-8")
    result = runner.invoke(main, ["view", "-o", str(out), "--store", store_dir, "--query", str(rq)])
    assert result.exit_code == 0 and "6 nodes, 3 edges" in result.output
    gexf = tmp_path / "g.gexf"
    result = runner.invoke(main, ["export-graph", "--format", "gexf", "-o", str(gexf), "--store", store_dir])
    assert result.exit_code == 0 and gexf.exists()


def test_analytics_cli_errors_are_one_line(store_dir: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["path", "Narnia", "Russia", "--store", store_dir])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no actor named 'Narnia' in the store"
    assert "Traceback" not in result.output
    result = CliRunner().invoke(
        main, ["view", "-o", str(tmp_path / "v.html"), "--topic", "weather", "--store", store_dir]
    )
    assert result.exit_code == 1 and result.output.startswith("Error: unknown topic 'weather' (choose from")
    assert "peace-agreement" in result.output


@pytest.mark.parametrize("command", ["view", "export-graph", "stats", "path", "stances"])
def test_analytics_cli_help_has_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_analytics_heatmap_text_readable_on_dark_cells(views_store: GraphStore) -> None:
    from diplograph.views.heatmap import render_heatmap

    page = render_heatmap(stance_matrix(load_facts(views_store)))
    styles = re.findall(r"rgba\((\d+), (\d+), (\d+), ([\d.]+)\); color: (#\w+)", page)
    assert styles
    for r, g, b, alpha, color in styles:
        if float(alpha) == 1.0 and (r, g, b) == ("0", "114", "178"):  # full dark blue (propose)
            assert color == "#fff"
        if float(alpha) < 0.3:  # pale cells
            assert color == "#222"
    assert any(color == "#fff" for *_, color in styles)


def test_report_json_and_table_as_the_json_module_and_padding_write_them() -> None:
    # Rows of plain cells are encoded row by row by the C encoder, padded with one format
    # string: the text must stay what json.dumps(indent=2) and ljust wrote.
    from diplograph.analytics.report import Report, Table

    cells = ["", "Ünïcode ✓", 'a "quote" \\ and\nnewline', 0, -3, 2 / 3, 1e300, True]
    rows = [tuple(cells[(i + k) % len(cells)] for k in range(4)) for i in range(9)]
    for tables in (
        [Table("one", ("a", "ü", 'q"', "d"), rows), Table("empty", ("x",), []), Table("none", (), [()])],
        [Table("nested", ("a",), [(["not", "plain"],)])],  # type: ignore[list-item]
        [],
    ):
        report = Report(tables)
        data = {t.name: [dict(zip(t.columns, r, strict=True)) for r in t.rows] for t in tables}
        assert render(report, "json") == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text = render(Report([Table("t", ("col", "n"), [("abc", 1), ("", 22.5)])]), "table")
    assert text == "t\ncol  n\n---  -------\nabc  1\n     22.5000\n"
