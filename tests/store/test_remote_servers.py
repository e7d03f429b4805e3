"""The same end-to-end run against real SPARQL servers: the Oxigraph server and Virtuoso.

Each server (conftest ``sparql_server``, started on a free loopback port) gets the sample
articles through ``diplograph ingest --store URL``, twice, and must then hold exactly what the
embedded store holds (same N-Quads), and every reading command must print what it prints on
the embedded store. A server killed in the middle of an ingest gives a clear error and a
nonzero exit; started again, the same ingest completes the corpus without duplicates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import SAMPLE_PUBLISHED, SAMPLES, OxigraphServer, SparqlServer, free_port

from diplograph.cli import main
from diplograph.errors import StoreError
from diplograph.loader import ingest
from diplograph.store import connect_store
from diplograph.store.remote import RemoteStore

INGEST = ["ingest", str(SAMPLES), "--published", SAMPLE_PUBLISHED.isoformat()]

#: Reading commands and their arguments ({out}: a file the command writes).
READS = {
    "query": ["query", "-q", "meetings-of-actor", "--bind", "name=Russland", "--format", "csv"],
    "query-construct": ["query", "CONSTRUCT { ?m dg:participant ?a } WHERE { ?m dg:participant ?a }"],
    "stats": ["stats", "--format", "json"],
    "path": ["path", "Kirill Dmitriev", "Mohammed bin Abdulrahman Al Thani", "--format", "json"],
    "stances": ["stances", "--format", "csv", "--html", "{out}"],
    "view": ["view", "-o", "{out}"],
    "export": ["export", "--format", "nquads", "-o", "{out}"],
    "export-events": ["export-events", "-o", "{out}"],
    "shifts": ["shifts", "--format", "json"],
    "timeline": ["timeline", "-o", "{out}"],
    "timeline-actor": ["timeline", "-o", "{out}", "--actor", "Kirill Dmitriev"],  # bound ?actor reads
}


def _run(args: list[str], env: dict[str, str]) -> Result:
    # The DIPLOGRAPH_* settings of whoever runs the tests must not leak in.
    clean = {k: "" for k in os.environ if k.startswith("DIPLOGRAPH_") and k not in env}
    return CliRunner().invoke(main, args, env={**clean, **env})


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples ingested into the embedded store: what every server must match."""
    folder = tmp_path_factory.mktemp("embedded") / "store"
    result = _run([*INGEST, "--store", str(folder)], {})
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture
def loaded(sparql_server: SparqlServer) -> Iterator[SparqlServer]:
    """The server holding the samples, ingested again only after a test changed its content."""
    if not sparql_server.holds_samples:
        sparql_server.clear()
        result = _run(INGEST, sparql_server.env)
        assert result.exit_code == 0, result.output
        sparql_server.holds_samples = True
    yield sparql_server


def _export(env: dict[str, str], out: Path) -> list[str]:
    result = _run(["export", "--format", "nquads", "-o", str(out)], env)
    assert result.exit_code == 0, result.output
    return sorted(out.read_text("utf-8").splitlines())


def test_ingest_twice_holds_what_the_embedded_store_holds(
    loaded: SparqlServer, embedded: Path, tmp_path: Path
) -> None:
    first = _export(loaded.env, tmp_path / "first.nq")
    again = _run(INGEST, loaded.env)
    assert again.exit_code == 0, again.output
    assert "6 articles" in again.output
    second = _export(loaded.env, tmp_path / "second.nq")
    want = _export({"DIPLOGRAPH_STORE": str(embedded)}, tmp_path / "embedded.nq")
    assert len(want) > 900
    assert first == second == want  # same quads, no duplicates after the second ingest
    with connect_store(loaded.env["DIPLOGRAPH_STORE"], read_only=True) as remote:
        assert isinstance(remote, RemoteStore)
        remote_count = remote.count()
    with connect_store(str(embedded), read_only=True) as local:
        assert remote_count == local.count() == len(want)


@pytest.mark.parametrize("command", list(READS))
def test_reads_answer_as_the_embedded_store_does(
    loaded: SparqlServer, embedded: Path, tmp_path: Path, command: str
) -> None:
    outputs = []
    for label, env in (("remote", loaded.env), ("embedded", {"DIPLOGRAPH_STORE": str(embedded)})):
        out = tmp_path / f"{label}.out"
        args = [a.replace("{out}", str(out)) for a in READS[command]]
        result = _run(args, env)
        assert result.exit_code == 0, result.output
        text = result.output.replace(str(out), "OUT")
        written = sorted(out.read_text("utf-8").splitlines()) if out.exists() else []
        outputs.append((text, written))
    assert outputs[0] == outputs[1]
    text, written = outputs[0]
    assert text.strip() or written  # the command printed or wrote something
    if command == "view":
        assert "nodes" in text and any("vis" in line for line in written)
    if command.startswith("timeline"):
        assert " 0 marks" not in text


def test_met_both_on_each_server(loaded: SparqlServer, embedded: Path) -> None:
    # met-both uses LATERAL, which the Oxigraph server runs and Virtuoso 7 refuses;
    # met-both-portable asks the same in plain SPARQL 1.1 and runs on both.
    with connect_store(str(embedded)) as store:
        pairs = store.query(
            "SELECT DISTINCT ?a ?b WHERE { ?m dg:participant ?a, ?x . ?n dg:participant ?b, ?x "
            "FILTER(?a != ?x && ?b != ?x && ?a != ?b) } LIMIT 3"
        ).rows
    assert pairs
    names = ["met-both-portable", "met-both"] if isinstance(loaded, OxigraphServer) else ["met-both-portable"]
    for (a, b), name in ((p, n) for p in pairs for n in names):
        args = ["query", "-q", name, "--bind", f"a=<{a}>", "--bind", f"b=<{b}>", "--format", "csv"]
        here = _run([*args, "--store", str(embedded)], {})
        assert here.exit_code == 0 and len(here.output.splitlines()) > 1, here.output
        assert _run(args, loaded.env).output == here.output, (name, a, b)


def test_bound_hostile_text_stays_a_value(loaded: SparqlServer) -> None:
    payload = 'x"} } ; DROP ALL ; SELECT * { ?s ?p "'
    result = _run(["query", "-q", "find-actor", "--bind", f"name={payload}", "--format", "csv"], loaded.env)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == []  # no actor has that name, and nothing was dropped
    with RemoteStore.from_url(loaded.env["DIPLOGRAPH_STORE"], env=loaded.env) as store:
        assert store.count() > 900


def test_server_gone_mid_ingest_then_a_rerun_completes(
    sparql_server: SparqlServer, embedded: Path, tmp_path: Path
) -> None:
    sparql_server.clear()
    written: list[int] = []

    def step(n: int) -> None:  # after the second article the server dies
        written.append(n)
        if len(written) == 2:
            sparql_server.kill()

    try:
        url = sparql_server.env["DIPLOGRAPH_STORE"]
        with RemoteStore.from_url(url, env=sparql_server.env) as store, pytest.raises(StoreError) as caught:
            ingest([str(SAMPLES)], store, published=SAMPLE_PUBLISHED, progress=step)
        message = str(caught.value)
        assert "cannot reach the SPARQL server" in message
        assert "2 articles written before" in message and "run the same ingest again" in message

        down = _run(INGEST, sparql_server.env)  # the CLI while the server is down: exit 1, one line
        assert down.exit_code == 1
        assert "cannot reach the SPARQL server" in down.output and "Traceback" not in down.output
    finally:
        if sparql_server.proc is None:
            sparql_server.start()
    with RemoteStore.from_url(sparql_server.env["DIPLOGRAPH_STORE"], env=sparql_server.env) as store:
        assert len([g for g in store.graph_names() if "/article/" in g]) == 2  # two whole articles

    again = _run(INGEST, sparql_server.env)
    assert again.exit_code == 0, again.output
    want = _export({"DIPLOGRAPH_STORE": str(embedded)}, tmp_path / "embedded.nq")
    assert _export(sparql_server.env, tmp_path / "after.nq") == want


def test_a_server_without_the_union_default_graph_is_refused(tmp_path: Path) -> None:
    from conftest import OxigraphServer, _server_binary

    server = OxigraphServer(tmp_path, _server_binary("oxigraph"))
    server.command = lambda: [  # type: ignore[method-assign]
        server.binary,
        "serve",
        "--location",
        str(tmp_path / "data"),
        "--bind",
        f"127.0.0.1:{server.port}",
    ]
    server.start()
    try:
        assert _run([*INGEST[:2], str(sorted(SAMPLES.glob("*.txt"))[0])], server.env).exit_code == 0
        result = _run(["stats"], server.env)
        assert result.exit_code == 1 and "--union-default-graph" in result.output
    finally:
        server.stop()


def test_nothing_listening_is_a_clear_error() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = _run(["stats"], {"DIPLOGRAPH_STORE": url})
    assert result.exit_code == 1
    assert f"cannot reach the SPARQL server {url}/query" in result.output


def test_commands_that_need_the_folder_refuse_a_url(tmp_path: Path) -> None:
    result = _run(["serve", "--store", "http://127.0.0.1:9/sparql"], {})
    assert result.exit_code == 1 and "needs the embedded store" in result.output
    result = _run(["load", str(tmp_path), "--store", "http://127.0.0.1:9/sparql"], {})
    assert result.exit_code != 0 and "needs the embedded store" in result.output


def test_writes_by_sparql_update_where_no_graph_store_is_set(
    sparql_server: SparqlServer, embedded: Path, tmp_path: Path
) -> None:
    sparql_server.clear()
    env = {**sparql_server.env, "DIPLOGRAPH_GSP_URL": "none"}  # DROP + INSERT DATA, one request each
    for _ in range(2):
        result = _run(INGEST, env)
        assert result.exit_code == 0, result.output
    want = _export({"DIPLOGRAPH_STORE": str(embedded)}, tmp_path / "embedded.nq")
    assert _export(env, tmp_path / "update.nq") == want
