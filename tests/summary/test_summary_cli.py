"""stats, path and view read through the summary exactly what SPARQL gives, and never a stale one.

Each check runs a command twice on the same store: through the summary, and with the summary
file moved away (the command then reads the store through SPARQL, as before the summary).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import serving

from diplograph.cli import main
from diplograph.store import GraphStore
from diplograph.summary.db import SummaryDB
from diplograph.summary.folder import SUMMARY_FILE
from diplograph.summary.maintain import SummaryKeeper, kept_summary
from diplograph.summary.reader import fresh_summary
from diplograph.summary.rows import TABLES

#: Texts written for these tests: three meetings that chain Scholz to Selenskyj, and positions.
TEXTS = {
    "a1.txt": "Berlin. Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den französischen Präsidenten "
    "Emmanuel Macron getroffen. Die beiden sprachen über die Lage in der Ukraine. Russland forderte "
    "von der Ukraine einen sofortigen Waffenstillstand.",
    "a2.txt": "Paris. Emmanuel Macron ist am Donnerstag in Paris mit dem polnischen Regierungschef Donald "
    "Tusk zusammengekommen. Polen lehnt die Forderungen Russlands ab. Die Ukraine unterstützt einen "
    "Friedensplan der Europäischen Union.",
    "a3.txt": "Warschau. Donald Tusk traf am Freitag in Warschau den ukrainischen Präsidenten Wolodymyr "
    "Selenskyj. China verlangt von den USA die Aufhebung der Sanktionen.",
}
#: Two versions of one article (ingested under the same URL, so the second replaces the first).
NEWS = "Paris. Emmanuel Macron hat am Donnerstag in Paris den chinesischen Außenminister Wang Yi getroffen."
NEWS_AGAIN = "Rom. Giorgia Meloni traf am Montag in Rom den spanischen Regierungschef Pedro Sánchez."
PUBLISHED = "2025-03-04"


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.output, result.stderr, result.exception)
    return result


def _write_texts(folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in TEXTS]


def _ingest(runner: CliRunner, store: Path, files: list[str]) -> None:
    argv = ["ingest", *files, "--lang", "de", "--published", PUBLISHED, "--store", str(store)]
    _ok(runner.invoke(main, argv))


def _outputs(runner: CliRunner, store: Path, tmp: Path) -> tuple[dict[str, bytes], str]:
    """stdout of stats, path and the pages view writes, and every command's stderr."""
    out: dict[str, bytes] = {}
    errors = ""
    commands = {
        "stats": ["stats", "--format", "json", "--top", "100"],
        "stats-table": ["stats"],
        "path": ["path", "Olaf Scholz", "Wolodymyr Selenskyj", "--format", "json"],
        "path-until": ["path", "Olaf Scholz", "Donald Tusk", "--until", "2025-03-01"],
    }
    for name, argv in commands.items():
        result = runner.invoke(main, [*argv, "--store", str(store)])
        out[name] = result.stdout.encode() + str(result.exit_code).encode()
        errors += result.stderr
    for kind in ("actors", "meetings"):
        page = tmp / f"{kind}.html"
        argv = ["view", "-o", str(page), "--kind", kind, "--store", str(store)]
        errors += _ok(runner.invoke(main, argv)).stderr
        out[f"view-{kind}"] = page.read_bytes()
    return out, errors


def _via_sparql(runner: CliRunner, store: Path, tmp: Path, log: pytest.LogCaptureFixture) -> dict[str, bytes]:
    """The outputs with the summary moved away (and put back after)."""
    aside = tmp / "summary-aside"
    shutil.move(store / SUMMARY_FILE, aside)
    log.clear()
    try:
        out, _ = _outputs(runner, store, tmp)
    finally:
        shutil.move(aside, store / SUMMARY_FILE)
    assert "has no summary; reading every fact through SPARQL" in log.text
    return out


def _via_summary(
    runner: CliRunner, store: Path, tmp: Path, log: pytest.LogCaptureFixture
) -> dict[str, bytes]:
    db, _ = fresh_summary(store)
    assert db is not None, "the summary matches the store"
    db.close()
    log.clear()
    out, _ = _outputs(runner, store, tmp)
    assert "SPARQL" not in log.text, log.text
    return out


def _dump(store: Path) -> dict[str, list[tuple[object, ...]]]:
    db = SummaryDB(store, create=False)
    try:
        return {name: sorted(db.rows(name), key=repr) for name in TABLES}
    finally:
        db.close()


@pytest.fixture
def store(runner: CliRunner, tmp_path: Path) -> Path:
    """A store ingested from :data:`TEXTS`, with the summary ingest keeps."""
    folder = tmp_path / "store"
    _ingest(runner, folder, _write_texts(tmp_path / "texts"))
    return folder


def test_summary_answers_equal_sparql(
    runner: CliRunner, store: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """stats, path and view give byte-identical output through the summary and through SPARQL."""
    fast = _via_summary(runner, store, tmp_path, caplog)
    assert b'"Meeting"' in fast["stats"] and b"Macron" in fast["path"]
    assert fast == _via_sparql(runner, store, tmp_path, caplog)
    again = _via_summary(runner, store, tmp_path, caplog)  # the second run reads the kept figures
    assert again == fast


def test_reingest_is_idempotent_and_replaces(
    runner: CliRunner, store: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Ingesting the same texts again leaves the summary's rows as they were; a new version of
    an article (same URL) replaces its rows, and the answers still equal SPARQL's."""
    before = _dump(store)
    _ingest(runner, store, _write_texts(tmp_path / "texts"))
    assert _dump(store) == before
    for version, text in enumerate((NEWS, NEWS_AGAIN)):
        (tmp_path / "news.txt").write_text(text, encoding="utf-8")
        _ingest(runner, store, [str(tmp_path / "news.txt"), "--url", "https://news.example/same"])
        after = _via_summary(runner, store, tmp_path, caplog)
        assert (b"Wang Yi" in after["view-actors"]) == (version == 0)
        assert (b"Meloni" in after["view-actors"]) == (version == 1)
        assert after == _via_sparql(runner, store, tmp_path, caplog)


@pytest.mark.parametrize("how", ["insert", "same-size", "other-graph"])
def test_outside_write_is_detected(
    runner: CliRunner, store: Path, tmp_path: Path, how: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A write the summary did not see (here pyoxigraph through GraphStore; serve --allow-update
    writes the same way) makes commands fall back to SPARQL with a warning, until
    ``diplograph summary`` builds it again; a write that keeps the quad count is caught too."""
    with GraphStore(store) as st:
        count = st.count()
        if how == "insert":
            st.update(
                "INSERT DATA { GRAPH <urn:outside> { <urn:outside:m> a dg:Meeting ; "
                "dg:participant <https://w3id.org/diplograph/id/person/olaf-scholz>, "
                "<https://w3id.org/diplograph/id/person/volodymyr-zelensky> } }"
            )
        elif how == "same-size":
            st.update(
                "DELETE { GRAPH ?g { ?s rdfs:label ?l } } INSERT { GRAPH ?g { ?s rdfs:label 'Olaf S.'@en } } "
                "WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER(STR(?l) = 'Olaf Scholz') } }"
            )
            assert st.count() == count
        else:  # a date for an ingested meeting, in a graph of its own: SPARQL joins across graphs
            st.update(
                "INSERT { GRAPH <urn:outside> { ?m dg:date '2019-05-05'^^xsd:date } } "
                "WHERE { SELECT ?m WHERE { GRAPH ?g { ?m a dg:Meeting } } ORDER BY ?m LIMIT 1 }"
            )
    db, why = fresh_summary(store)
    assert db is None and "changed since its summary was written" in why
    caplog.clear()
    _ok(runner.invoke(main, ["stats", "--format", "json", "--store", str(store)]))
    assert "changed since its summary was written; reading every fact through SPARQL" in caplog.text
    expected = _via_sparql(runner, store, tmp_path, caplog)
    if how == "insert":
        counts = {row["type"]: row["count"] for row in json.loads(expected["stats"][:-1])["counts"]}
        assert counts["Meeting"] == 4  # the outside meeting is counted
    _ok(runner.invoke(main, ["summary", "--store", str(store)]))
    if how == "other-graph":  # built again, the summary knows it cannot answer for this store
        assert b"2019-05" in expected["stats"]
        check = runner.invoke(main, ["summary", "--check", "--store", str(store)])
        assert check.exit_code == 1 and "several named graphs" in check.output
        caplog.clear()
        again, _ = _outputs(runner, store, tmp_path)
        assert "several named graphs" in caplog.text and again == expected
        return
    _ok(runner.invoke(main, ["summary", "--check", "--store", str(store)]))
    assert _via_summary(runner, store, tmp_path, caplog) == expected


def test_cut_short_write_leaves_a_summary_that_says_so(
    runner: CliRunner, store: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A writer killed between its store write and the summary's (simulated: the keeper is
    never finished) leaves the summary marked as being written; readers use SPARQL, and the
    next ingest builds it again."""
    keeper = SummaryKeeper(store)
    with GraphStore(store) as st:
        st.update("DROP GRAPH <" + str(st.graph_names()[0]) + ">")
    keeper.abandon()
    db, why = fresh_summary(store)
    assert db is None and "cut short" in why
    caplog.clear()
    _ok(runner.invoke(main, ["stats", "--store", str(store)]))
    assert "being written or was cut short; reading every fact through SPARQL" in caplog.text
    _ingest(runner, store, [str(tmp_path / "texts" / "a3.txt")])
    assert _via_summary(runner, store, tmp_path, caplog) == _via_sparql(runner, store, tmp_path, caplog)


def test_failed_write_is_not_recorded(tmp_path: Path) -> None:
    """An error inside the write leaves the summary out of date rather than recorded as matching."""
    with pytest.raises(RuntimeError), kept_summary(tmp_path / "s"), GraphStore(tmp_path / "s"):
        raise RuntimeError("disk gone")
    db, _ = fresh_summary(tmp_path / "s")
    assert db is None


def test_server_has_no_summary() -> None:
    """A SPARQL server keeps the SPARQL path: no keeper, no summary file."""
    with kept_summary("http://127.0.0.1:9/sparql") as keeper:
        assert keeper is None


def test_load_keeps_the_summary(runner: CliRunner, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """extract + load leave a summary that matches the store, loaded twice (replacement) too."""
    files = _write_texts(tmp_path / "texts")
    shards = tmp_path / "shards"
    _ok(runner.invoke(main, ["extract", *files, "-o", str(shards), "--lang", "de", "--published", PUBLISHED]))
    store = tmp_path / "loaded"
    _ok(runner.invoke(main, ["load", str(shards), "--store", str(store)]))
    first = _via_summary(runner, store, tmp_path, caplog)
    assert first == _via_sparql(runner, store, tmp_path, caplog)
    _ok(runner.invoke(main, ["load", str(shards), "--store", str(store)]))
    assert _via_summary(runner, store, tmp_path, caplog) == first


def test_read_only_serve_keeps_the_summary(runner: CliRunner, store: Path) -> None:
    """serve opens the store for writing (to hold its lock) but, read-only, writes nothing:
    after it stops, the summary still matches; with --allow-update it is left out of date."""
    for args, kept in (((), True), (("--allow-update",), False)):
        with serving(store, *args):
            pass
        check = runner.invoke(main, ["summary", "--check", "--store", str(store)])
        assert (check.exit_code == 0) == kept, check.output


def test_keeper_starts_empty_where_the_store_is_gone(
    runner: CliRunner, store: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A summary left in a folder whose store was removed describes nothing: the next ingest's
    keeper empties it (in the transaction that marks it out of date) and then keeps it."""
    for item in store.iterdir():
        if not item.name.startswith(SUMMARY_FILE):
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    keeper = SummaryKeeper(store)
    assert keeper.patching
    assert all(not rows for rows in _dump(store).values())
    assert keeper.db.meta("fingerprint") == "" and keeper.db.meta("format") is not None
    keeper.abandon()
    _ingest(runner, store, [str(tmp_path / "texts" / "a3.txt")])
    assert len(_dump(store)["articles"]) == 1
    assert _via_summary(runner, store, tmp_path, caplog) == _via_sparql(runner, store, tmp_path, caplog)
