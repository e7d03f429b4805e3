"""Writers keep ``stats``' rankings and ``path``'s links for the version of the store they write,
so the first ``stats`` or ``path`` after a write reads them back instead of computing them."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import trig_folder

from diplograph.cli import main
from diplograph.store import GraphStore
from diplograph.summary.folder import SUMMARY_FILE
from diplograph.summary.maintain import kept_summary

_TRIG = """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix id: <https://w3id.org/diplograph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
id:graph\\/reference {
  id:state\\/north a dg:State ; rdfs:label "North"@en .
  id:state\\/south a dg:State ; rdfs:label "South"@en .
  id:state\\/east a dg:State ; rdfs:label "East"@en .
}
id:article\\/f1 {
  id:article\\/f1 a dg:Article ; dcterms:title "Talks" ; dcterms:issued "2025-02-03"^^xsd:date .
  id:evidence\\/f1 a dg:Evidence ; dg:text "North met South and East." ; dg:start 0 ;
    prov:wasDerivedFrom id:article\\/f1 .
  id:meeting\\/f1 a dg:Meeting ; dg:evidence id:evidence\\/f1 ;
    dg:participant id:state\\/north, id:state\\/south, id:state\\/east .
}
"""


@pytest.fixture(autouse=True)
def _every_store_keeps_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stores here are tiny; the threshold of data/summary/kept-figures.yml is set aside."""
    monkeypatch.setattr("diplograph.summary.figures.min_facts", lambda: 0)


def _kept(store: Path) -> dict[str, str]:
    """The kept figures' names → the version they were computed for, and the summary's version."""
    with sqlite3.connect(store / SUMMARY_FILE) as db:
        found = {str(n): str(f) for n, f in db.execute("SELECT name, fingerprint FROM derived")}
        (recorded,) = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    return {**found, "": str(recorded)}


def _loaded(tmp_path: Path) -> tuple[Path, Path]:
    """The TriG file of the texts above and a store folder loaded from it (no summary yet)."""
    source = tmp_path / "f.trig"
    source.write_text(_TRIG, encoding="utf-8")
    return source, trig_folder(tmp_path / "store", source)


def _out(runner: CliRunner, store: Path, *argv: str) -> str:
    result = runner.invoke(main, [*argv, "--store", str(store)])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_summary_and_writes_keep_the_figures(tmp_path: Path, runner: CliRunner) -> None:
    source, store = _loaded(tmp_path)
    _out(runner, store, "summary")
    kept = _kept(store)
    assert kept["stats"] == kept["chain-links"] == kept[""], "kept for the version just recorded"
    stats = _out(runner, store, "stats", "--format", "json")
    chain = _out(runner, store, "path", "North", "East")
    with sqlite3.connect(store / SUMMARY_FILE) as db:
        db.execute("DELETE FROM derived")
    assert _out(runner, store, "stats", "--format", "json") == stats, "the kept figures are the computed ones"
    assert _out(runner, store, "path", "North", "East") == chain
    # A write through the keeper (as ingest and load do) keeps them for the new version.
    with kept_summary(store) as keeper, GraphStore(store) as st:
        assert keeper is not None
        st.load(source, "trig")
        keeper.written(st, list(st.graph_names()), None)
    kept = _kept(store)
    assert kept["stats"] == kept["chain-links"] == kept[""]


def test_a_failure_leaves_the_figures_to_the_reader(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _, store = _loaded(tmp_path)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("no betweenness today")

    monkeypatch.setattr("diplograph.analytics.stats.store_stats", broken)
    _out(runner, store, "summary")
    assert "could not keep the stats and path figures" in caplog.text
    assert "stats" not in _kept(store)
    monkeypatch.undo()
    assert "North" in _out(runner, store, "stats"), "the summary still serves readers"


def test_a_small_store_keeps_no_figures(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below ``min_facts`` (data/summary/kept-figures.yml) the writer keeps nothing: a reader
    computes the figures as fast as it would read them back, and the output is the same."""
    monkeypatch.setattr("diplograph.summary.figures.min_facts", lambda: 2)
    _, store = _loaded(tmp_path)
    _out(runner, store, "summary")
    assert set(_kept(store)) == {""}, "one fact, below the threshold of two: nothing kept"
    assert "North" in _out(runner, store, "stats")


def test_a_small_store_does_not_load_the_analytics(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below the threshold the writer does not even import the analytics (igraph, networkx):
    that import was most of the time an ``ingest`` of a small corpus spent after its last write."""
    monkeypatch.setattr("diplograph.summary.figures.min_facts", lambda: 2)
    for module in ("diplograph.analytics.chain", "diplograph.analytics.stats"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it now raises ImportError
    _, store = _loaded(tmp_path)
    _out(runner, store, "summary")
    assert set(_kept(store)) == {""}

