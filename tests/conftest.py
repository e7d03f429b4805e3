"""Shared pytest fixtures (the only conftest: append your section, don't rewrite others')."""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diplograph.article import read_article
from diplograph.ingest.read import RawArticle
from diplograph.model import Document
from diplograph.resources import Resources, load_resources
from diplograph.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures"

# --- checks against ../shared (scripts/check_shared.py) -------------------------------------
#: The shared folder (design contract, eval texts, corpora, source tables) beside the clone.
SHARED = Path(os.environ.get("DIPLOGRAPH_SHARED") or Path(__file__).resolve().parents[2] / "shared")
#: tests/shared/ needs SHARED: only scripts/check_shared.py collects it (a clone alone passes
#: the plain test command with nothing skipped).
collect_ignore = [] if os.environ.get("DIPLOGRAPH_SHARED_CHECKS") else ["shared"]

# --- store fixtures (diplograph.store) ------------------------------------------------------
#: Three short hand-written articles in TriG, following ONTOLOGY.md, for the cookbook queries.
STORE_FIXTURE = FIXTURES / "store" / "diplo.trig"


def trig_store(*trig: Path) -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the TriG files ``trig``, open while the caller runs: the
    body of a fixture (``yield from trig_store(...)``)."""
    with GraphStore() as store:
        for path in trig:
            store.load(path, "trig")
        yield store


def trig_folder(folder: Path, *trig: Path) -> Path:
    """The store folder ``folder`` holding the TriG files ``trig``, closed again, so that a
    command can open it."""
    with GraphStore(folder) as store:
        for path in trig:
            store.load(path, "trig")
    return folder


@pytest.fixture
def mem_store() -> Iterator[GraphStore]:
    """An empty in-memory GraphStore."""
    yield from trig_store()


@pytest.fixture
def diplo_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the hand-written cookbook fixture (3 articles)."""
    yield from trig_store(STORE_FIXTURE)


# --- pipeline, CLI and sample fixtures (test_cli, test_pipeline, extract/, golden, contract) ---
#: The hand-written sample articles shipped in data/samples (never eval or corpus texts).
SAMPLES = Path(__file__).parent.parent / "data" / "samples"
#: Publication date the samples are read against, so weekdays resolve the same every run.
SAMPLE_PUBLISHED = _dt.date(2025, 12, 2)


def sample_files() -> list[Path]:
    """The sample article text files, sorted; their language is the file name's prefix."""
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The shipped lexicons and gazetteer, loaded once per session."""
    return load_resources()


@pytest.fixture
def runner() -> CliRunner:
    """A click CliRunner (stderr kept apart from stdout where click supports it)."""
    return CliRunner()


@pytest.fixture
def make_doc(resources: Resources) -> Callable[..., Document]:
    """Build a Document from text through the whole default pipeline."""

    def make(text: str, lang: str = "de", published: _dt.date | None = SAMPLE_PUBLISHED) -> Document:
        raw = RawArticle(text=text, source="<test>", published=published, lang=lang)
        return read_article(raw, resources)

    return make


# --- views and analytics fixtures (diplograph.views, diplograph.analytics) ------------------
#: Four hand-written articles: meetings of states, persons, a delegation and NATO; one position
#: of every stance class.
VIEWS_FIXTURE = FIXTURES / "views" / "views.trig"
#: Actor names, sentences, titles and URLs that are script payloads.
HOSTILE_FIXTURE = FIXTURES / "views" / "hostile.trig"
#: WGS84 coordinates for the places of the views and hostile fixtures.
COORDINATES_FIXTURE = FIXTURES / "views" / "coordinates.trig"
#: The JSON block of a drawn page: its nodes, edges, legend and sentences.
PAGE_DATA = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


def page_data(page: str) -> dict[str, Any]:
    """The graph data a drawn page carries (``PAGE_DATA``), decoded."""
    found = PAGE_DATA.search(page)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


@pytest.fixture
def views_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the views fixture."""
    yield from trig_store(VIEWS_FIXTURE)


@pytest.fixture
def hostile_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore whose names and texts are script payloads."""
    yield from trig_store(HOSTILE_FIXTURE)


@pytest.fixture
def map_store() -> Iterator[GraphStore]:
    """The views fixture, the hostile fixture and coordinates for their places."""
    yield from trig_store(VIEWS_FIXTURE, HOSTILE_FIXTURE, COORDINATES_FIXTURE)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (skipped, or failed under CI, if absent)."""
    import os
    import shutil

    exe = os.environ.get("DIPLOGRAPH_CHROMIUM", "/usr/bin/chromium")
    missing = None
    if not Path(exe).exists() and not shutil.which(exe):
        missing = f"no Chromium at {exe} (apt-get install chromium, or set DIPLOGRAPH_CHROMIUM)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "playwright is not installed (pip install playwright)"
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=args)
        yield browser
        browser.close()


# --- serve fixtures (diplograph.serve) ------------------------------------------------------
#: The bearer token of the writable test endpoint.
SERVE_TOKEN = "test-token-0123456789abcdef"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RunningServer:
    """A diplograph endpoint served by uvicorn in a thread of the test process."""

    def __init__(self, store: GraphStore, **config: object) -> None:
        import threading

        import uvicorn

        from diplograph.serve import ServeConfig, create_app

        self.store = store
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(store, ServeConfig(**config))  # type: ignore[arg-type]
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False)
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        import time

        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test endpoint did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def fetch(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, str, bytes]:
    """(status, content type, body) of one request; HTTP errors are answers too."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


@contextmanager
def serving(store: Path, *args: str) -> Iterator[str]:
    """``diplograph serve`` (``args`` added) as a real process on a free port of 127.0.0.1;
    yields its base URL once it answers, then stops it with Ctrl-C (SIGINT) and fails if it
    has not stopped within 30 s."""
    import signal
    import sys
    import time

    port = free_port()
    env = {**os.environ, "DIPLOGRAPH_TOKEN": SERVE_TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "serve", "--store", str(store), "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if fetch(f"{url}/query?query=ASK%7B%7D")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"diplograph serve did not start: {proc.communicate()[1]}")
            time.sleep(0.1)
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise AssertionError("diplograph serve did not stop on SIGINT within 30 s") from None


@pytest.fixture
def endpoint(diplo_store: GraphStore) -> Iterator[RunningServer]:
    """The read-only endpoint over the cookbook fixture, on a free port of 127.0.0.1."""
    with RunningServer(diplo_store) as server:
        yield server


@pytest.fixture
def writable_endpoint(diplo_store: GraphStore) -> Iterator[RunningServer]:
    """The endpoint with updates open to :data:`SERVE_TOKEN`."""
    with RunningServer(diplo_store, allow_update=True, token=SERVE_TOKEN) as server:
        yield server


# --- events fixtures (diplograph.events: timeline, shifts, export-events) --------------------
#: Three hand-written articles: Russia supports, rejects, then (another source) accepts a
#: ceasefire; meetings at places with WGS84, schema.org and no coordinates.
EVENTS_FIXTURE = FIXTURES / "events" / "shifts.trig"


@pytest.fixture
def events_store() -> Iterator[GraphStore]:
    """An in-memory GraphStore holding the events fixture."""
    yield from trig_store(EVENTS_FIXTURE)


# --- scale fixtures (diplograph.scale: extract, load, crash safety) ---------------------------
def write_corpus(path: Path, copies: int = 1) -> Path:
    """The sample articles as JSON Lines, ``copies`` times over under distinct URLs."""
    import json

    with path.open("w", encoding="utf-8") as out:
        for c in range(copies):
            for f in sample_files():
                record = {"text": f.read_text("utf-8"), "lang": f.name[:2],
                          "published": SAMPLE_PUBLISHED.isoformat()}
                if copies > 1:
                    record["url"] = f"urn:test:{c}:{f.stem}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def nquads(store: GraphStore) -> set[tuple[object, ...]]:
    """Every quad of a store, for comparing two stores."""
    return set(store.quads())


# --- remote store fixtures (diplograph.store.remote: real SPARQL servers on loopback) ---------
class SparqlServer:
    """A real SPARQL server in a temporary folder on a free loopback port, started and stopped
    by the tests (kill + start again keeps the data: the server-goes-away test needs that).

    ``env`` is what points diplograph at it (``DIPLOGRAPH_STORE`` and, for Virtuoso, the
    update and Graph Store URLs and digest credentials of its ``dba`` user).
    """

    name = ""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.env: dict[str, str] = {}
        #: Whether the server holds exactly the ingested samples (tests that change it clear it).
        self.holds_samples = False

    def command(self) -> list[str]:
        raise NotImplementedError

    def ready_url(self) -> str:
        raise NotImplementedError

    def start(self, timeout_s: float = 90.0) -> None:
        """Start the server and wait until it answers a query."""
        import time
        import urllib.request

        with (self.folder / "server.log").open("ab") as log:  # the child keeps its own copy
            self.proc = subprocess.Popen(self.command(), cwd=self.folder, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited: see {self.folder / 'server.log'}")
            try:
                with urllib.request.urlopen(self.ready_url(), timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer within {timeout_s} s")

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash or a pulled cable would."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=30)
            self.proc = None

    def stop(self) -> None:
        """Stop the server cleanly (SIGTERM), killing it if it lingers."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
        self.proc = None

    def clear(self) -> None:
        """Remove every diplograph graph from the server."""
        from diplograph.store.remote import RemoteStore

        self.holds_samples = False
        with RemoteStore.from_url(self.env["DIPLOGRAPH_STORE"], env=self.env) as store:
            for name in store.graph_names():
                store.remove_graph(name)


class OxigraphServer(SparqlServer):
    """``oxigraph serve`` from the ``oxigraph`` PyPI package, querying the union of its graphs."""

    name = "oxigraph"

    def __init__(self, folder: Path, binary: str) -> None:
        super().__init__(folder)
        self.binary = binary
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {"DIPLOGRAPH_STORE": self.url}

    def command(self) -> list[str]:
        return [self.binary, "serve", "--location", str(self.folder / "data"),
                "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"]

    def ready_url(self) -> str:
        return f"{self.url}/query?query=ASK%7B%7D"


#: Virtuoso's configuration for the tests: loopback ports, small buffers, no result-row cap
#: below the store's size (ResultSetMaxRows defaults to 10,000 and would cut answers short).
VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 1000000
"""


class VirtuosoServer(SparqlServer):
    """Virtuoso Open Source (Debian ``virtuoso-opensource``), a fresh database in the folder.

    Reads go to ``/sparql``; writes to ``/sparql-graph-crud-auth`` (Graph Store) and
    ``/sparql-auth`` (update) with digest authentication as ``dba`` (a fresh database's
    password is ``dba``).
    """

    name = "virtuoso"

    def __init__(self, folder: Path, binary: str) -> None:
        super().__init__(folder)
        self.binary = binary
        sql_port = free_port()
        (folder / "virtuoso.ini").write_text(
            VIRTUOSO_INI.format(sql_port=sql_port, http_port=self.port), encoding="utf-8"
        )
        base = f"http://127.0.0.1:{self.port}"
        self.url = f"{base}/sparql"
        self.env = {
            "DIPLOGRAPH_STORE": self.url,
            "DIPLOGRAPH_UPDATE_URL": f"{base}/sparql-auth",
            "DIPLOGRAPH_GSP_URL": f"{base}/sparql-graph-crud-auth",
            "DIPLOGRAPH_STORE_USER": "dba",
            "DIPLOGRAPH_STORE_PASSWORD": "dba",
            "DIPLOGRAPH_STORE_AUTH": "digest",
        }

    def command(self) -> list[str]:
        return [self.binary, "-f", "-c", "virtuoso.ini"]

    def ready_url(self) -> str:
        return f"{self.url}?query=ASK%7B%7D"


def _server_binary(name: str) -> str:
    """The server's executable (the venv's bin first: pytest may run without the venv on PATH),
    or skip — fail under CI, where .ci/run installs both."""
    import shutil
    import sys

    env = {"oxigraph": "DIPLOGRAPH_OXIGRAPH", "virtuoso": "DIPLOGRAPH_VIRTUOSO"}[name]
    exe = {"oxigraph": "oxigraph", "virtuoso": "virtuoso-t"}[name]
    beside = Path(sys.executable).parent / exe
    found = os.environ.get(env) or (str(beside) if beside.exists() else shutil.which(exe))
    if not found:
        hint = "pip install oxigraph" if name == "oxigraph" else "apt-get install virtuoso-opensource"
        message = f"no {exe} binary ({hint}, or set {env})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def sparql_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SparqlServer]:
    """Each real SPARQL server once per session (the same tests run against both)."""
    name = request.param
    binary = _server_binary(name)
    folder = tmp_path_factory.mktemp(name)
    kind = OxigraphServer if name == "oxigraph" else VirtuosoServer
    server: SparqlServer = kind(folder, binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()
