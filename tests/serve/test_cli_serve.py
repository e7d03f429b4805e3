"""``diplograph serve`` as a real process: start on a free port, answer, hold the store, stop."""

from __future__ import annotations

import json
import threading
import urllib.parse
from pathlib import Path

from click.testing import CliRunner, Result
from conftest import SAMPLE_PUBLISHED, SERVE_TOKEN, fetch, sample_files, serving

from diplograph.cli import main

ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a dg:Article } }"


def _ingest(runner: CliRunner, store: Path, *files: Path, server: str | None = None) -> Result:
    """``diplograph ingest`` in this process (resources are loaded once for the session)."""
    where = ["--server", server] if server else ["--store", str(store)]
    args = ["ingest", *map(str, files), "--lang", "de", "--published", SAMPLE_PUBLISHED.isoformat(), *where]
    return runner.invoke(main, args, env={"DIPLOGRAPH_TOKEN": SERVE_TOKEN})


def count_articles(url: str) -> int:
    qs = urllib.parse.urlencode({"query": ARTICLES})
    status, _, body = fetch(f"{url}/query?{qs}", headers={"Accept": "application/json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_serve_read_only_holds_the_store_and_answers(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    files = [f for f in sample_files() if f.name.startswith("de-")]
    assert _ingest(runner, store, *files).exit_code == 0
    with serving(store, "--workers", "2", "--cache-mb", "1") as url:
        assert count_articles(url) == len(files)
        assert count_articles(url) == len(files)  # kept by a worker: the same answer
        assert fetch(f"{url}/")[0] == 200
        # nobody else writes into the folder while it is served
        done = _ingest(runner, store, files[0])
        assert done.exit_code == 1 and "in use by another diplograph process" in done.output
        # and a read-only endpoint refuses writes through it
        done = _ingest(runner, store, files[0], server=url)
        assert done.exit_code == 1 and "403" in done.output


def test_ingest_through_the_server_while_readers_read(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    files = [f for f in sample_files() if f.name.startswith("de-")]
    assert _ingest(runner, store, files[0]).exit_code == 0
    with serving(store, "--allow-update") as url:
        counts: list[int] = []
        done = threading.Event()

        def read() -> None:
            while not done.is_set():
                counts.append(count_articles(url))

        reader = threading.Thread(target=read)
        reader.start()
        try:
            result = _ingest(runner, store, *files, server=url)
        finally:
            done.set()
            reader.join()
        assert result.exit_code == 0, result.output
        assert count_articles(url) == len(files)
        assert counts and counts == sorted(counts)  # readers saw the store grow, article by article
        assert set(counts) <= set(range(1, len(files) + 1))
        # again: replaced, not doubled
        assert _ingest(runner, store, *files, server=url).exit_code == 0
        assert count_articles(url) == len(files)


def test_serve_refuses_bad_setups(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store at" in result.output
    result = runner.invoke(main, ["serve", "--store", str(tmp_path), "--allow-update", "--workers", "2"])
    assert result.exit_code == 2 and "one process" in result.output
    result = runner.invoke(
        main,
        ["ingest", str(sample_files()[0]), "--server", "http://127.0.0.1:1"],
        env={"DIPLOGRAPH_TOKEN": ""},
    )
    assert result.exit_code == 2 and "DIPLOGRAPH_TOKEN" in result.output
