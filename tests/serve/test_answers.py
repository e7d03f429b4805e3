"""Answers kept until the next write: the same bytes as evaluating again, never stale."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse

import pytest
from conftest import SERVE_TOKEN, RunningServer, fetch

from diplograph.serve.answers import AnswerCache, AnswerKey, keepable
from diplograph.serve.app import Endpoint
from diplograph.serve.execute import Answer
from diplograph.store import GraphStore, load_query

AUTH = {"Authorization": f"Bearer {SERVE_TOKEN}"}
GRAPH = "https://w3id.org/diplograph/id/article/kept"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUSSIA = "<https://w3id.org/diplograph/id/state/russia>"
USA = "<https://w3id.org/diplograph/id/state/usa>"


def key(text: str = "SELECT * {}", accept: str | None = None) -> AnswerKey:
    return AnswerKey.of(text, [], [], [], accept, None)


def ok(body: bytes) -> Answer:
    return Answer(200, body, "application/sparql-results+json")


def endpoint_of(server: RunningServer) -> Endpoint:
    ep = server.server.config.app.state.endpoint
    assert isinstance(ep, Endpoint)
    return ep


def query(server: RunningServer, text: str, accept: str = "application/json", *binds: str) -> bytes:
    params = [("query", text), *(("bind", b) for b in binds)]
    url = f"{server.url}/query?{urllib.parse.urlencode(params)}"
    status, _, body = fetch(url, headers={"Accept": accept})
    assert status == 200, body
    return body


def update(server: RunningServer, text: str, headers: dict[str, str] | None = None) -> int:
    data = urllib.parse.urlencode({"update": text}).encode()
    kind = {"Content-Type": "application/x-www-form-urlencoded"}
    return fetch(f"{server.url}/update", data, {**kind, **(headers or {})})[0]


def count(server: RunningServer) -> int:
    return int(json.loads(query(server, COUNT))["results"]["bindings"][0]["n"]["value"])


# -- the cache alone ---------------------------------------------------------------------------


def record_queries(
    monkeypatch: pytest.MonkeyPatch, *, before: float = 0.0, after: float = 0.0, fail_first: bool = False
) -> list[str]:
    """Make the endpoint's query runner record each query text it evaluates, wait ``before``
    and ``after`` evaluating it, and (``fail_first``) break the first evaluation; return the
    record."""
    from diplograph.serve import app as app_module

    calls: list[str] = []
    evaluate = app_module.run_query

    def run(*args: object, **kwargs: object) -> Answer:
        calls.append(str(args[1]))
        first = len(calls) == 1  # counted now: others may start while this one waits
        time.sleep(before)
        if fail_first and first:
            raise RuntimeError("the first evaluation breaks")
        answer = evaluate(*args, **kwargs)  # type: ignore[arg-type]
        time.sleep(after)
        return answer

    monkeypatch.setattr(app_module, "run_query", run)
    return calls


def test_an_answer_is_kept_for_the_version_it_was_read_at() -> None:
    cache = AnswerCache(1 << 20)
    version = cache.version
    cache.put(key(), ok(b"one"), version)
    assert cache.get(key()) == ok(b"one") and cache.hits == 1
    assert cache.get(key(accept="text/csv")) is None  # another format is another answer


def test_a_write_drops_every_answer_and_refuses_those_read_before_it() -> None:
    cache = AnswerCache(1 << 20)
    before = cache.version
    cache.put(key("A"), ok(b"a"), before)
    with cache.writing():
        assert cache.get(key("A")) is None
        during = cache.version
    # read from a snapshot older than the write (or taken while it ran): never kept
    cache.put(key("B"), ok(b"b"), before)
    cache.put(key("C"), ok(b"c"), during)
    assert cache.get(key("B")) is None and cache.get(key("C")) is None
    cache.put(key("D"), ok(b"d"), cache.version)
    assert cache.get(key("D")) == ok(b"d")


def test_a_failed_write_drops_the_answers_too() -> None:
    cache = AnswerCache(1 << 20)
    cache.put(key(), ok(b"x"), cache.version)
    with pytest.raises(RuntimeError), cache.writing():
        raise RuntimeError("disk full")
    assert cache.get(key()) is None


def test_only_whole_answers_of_repeatable_queries_are_kept() -> None:
    cache = AnswerCache(1 << 20)
    cache.put(key("SELECT ?x {}"), Answer.error(503, "too late"), cache.version)
    cache.put(key("SELECT ?x {}"), Answer(422, b"too large"), cache.version)
    assert cache.get(key("SELECT ?x {}")) is None
    volatile = (
        "SELECT (NOW() AS ?t) {}",
        "SELECT (rand () AS ?r) {}",
        "SELECT (STRUUID() AS ?u) {}",
        "SELECT ?b { BIND(BNODE() AS ?b) }",
        "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
    )
    for text in volatile:
        assert not keepable(text)
        cache.put(key(text), ok(b"v"), cache.version)
        assert cache.get(key(text)) is None
    assert keepable(load_query("meetings-of-actor")) and keepable("SELECT ?now { ?s dg:random ?now }")


def test_the_least_recently_used_answers_go_first_and_memory_stays_bounded() -> None:
    small = AnswerCache(3 * (100 + key("q0").size()))
    for i in range(3):
        small.put(key(f"q{i}"), ok(b"x" * 100), small.version)
    assert small.get(key("q0")) is not None  # q0 used last: q1 goes first
    small.put(key("q3"), ok(b"x" * 100), small.version)
    assert small.get(key("q1")) is None
    assert all(small.get(key(f"q{i}")) is not None for i in (0, 2, 3))
    small.put(key("huge"), ok(b"x" * 10_000), small.version)  # larger than the whole cache
    assert small.get(key("huge")) is None and small.get(key("q3")) is not None
    off = AnswerCache(0)
    off.put(key(), ok(b"x"), off.version)
    assert off.get(key()) is None


def test_the_room_for_answers_is_configured_and_reaches_the_workers() -> None:
    from diplograph.serve import ServeConfig, worker

    with pytest.raises(ValueError):
        ServeConfig(cache_bytes=-1)
    assert json.loads(worker.settings("s", ServeConfig(cache_bytes=123)))["cache_bytes"] == 123
    assert ServeConfig().cache_bytes > 0


# -- through the endpoint ----------------------------------------------------------------------
@pytest.fixture
def uncached(diplo_store: GraphStore) -> RunningServer:
    with RunningServer(diplo_store, cache_bytes=0) as server:
        yield server


@pytest.mark.parametrize(
    ("name", "binds"),
    [
        ("meetings-of-actor", (f"actor={RUSSIA}",)),
        ("meetings-of-actor", ("name=Lawrow",)),
        ("positions-of-actor", (f"actor={RUSSIA}",)),
        ("facts-with-evidence", (f"actor={USA}",)),
        ("demands", (f"target={USA}",)),
        ("met-both", (f"a={RUSSIA}", f"b={USA}")),
        ("find-actor", ("name=Russia",)),
    ],
)
@pytest.mark.parametrize(
    "accept", ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"]
)
def test_a_kept_answer_is_byte_for_byte_the_evaluated_one(
    endpoint: RunningServer, uncached: RunningServer, name: str, binds: tuple[str, ...], accept: str
) -> None:
    text = load_query(name)
    first = query(endpoint, text, accept, *binds)
    hits = endpoint_of(endpoint).answers.hits
    again = query(endpoint, text, accept, *binds)
    assert endpoint_of(endpoint).answers.hits == hits + 1
    assert first == again == query(uncached, text, accept, *binds)
    assert endpoint_of(uncached).answers.hits == 0


def test_every_write_through_the_endpoint_is_seen_by_the_next_query(diplo_store: GraphStore) -> None:
    with RunningServer(diplo_store, allow_update=True, token=SERVE_TOKEN) as server:
        start = count(server)
        assert count(server) == start and endpoint_of(server).answers.hits == 1
        insert = f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}> dcterms:title "Kept" }} }}'
        assert update(server, insert, AUTH) == 204
        assert count(server) == start + 1
        title = f"<{GRAPH}> <http://purl.org/dc/terms/title>"
        nt = f'{title} "One" .\n{title} "Two" .\n'
        gsp = f"{server.url}/store?graph={urllib.parse.quote(GRAPH, safe='')}"
        kind = {**AUTH, "Content-Type": "application/n-triples"}
        assert fetch(gsp, nt.encode(), kind, "PUT")[0] in (201, 204)
        assert count(server) == start + 2
        assert fetch(gsp, nt.replace("Two", "Three").encode(), kind, "POST")[0] in (201, 204)
        assert count(server) == start + 3
        assert fetch(gsp, None, AUTH, "DELETE")[0] == 204
        assert count(server) == start
        # a refused write changes nothing, and a failed one (bad SPARQL) drops the answers anyway
        assert update(server, f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}> dcterms:title "No" }} }}') == 401
        assert update(server, "INSERT DATA { this is not SPARQL }", AUTH) == 400
        assert count(server) == start


def test_identical_requests_in_flight_are_evaluated_once(
    diplo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = record_queries(monkeypatch, before=0.5)
    with RunningServer(diplo_store, cache_bytes=0) as server:  # nothing kept: only coalescing
        answers: list[bytes] = []
        text = load_query("meetings-of-actor")

        def ask() -> None:
            answers.append(query(server, text, "text/csv", f"actor={RUSSIA}"))

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(answers) == 4 and len(set(answers)) == 1 and len(calls) == 1
        # once answered, nothing is kept (cache off): the next one is evaluated again
        assert query(server, text, "text/csv", f"actor={RUSSIA}") == answers[0] and len(calls) == 2
        # a query whose value changes between evaluations is never shared
        now = "SELECT (NOW() AS ?t) WHERE {}"
        threads = [threading.Thread(target=lambda: query(server, now)) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert calls.count(now) == 3


def test_a_request_after_a_write_never_joins_one_begun_before_it(
    diplo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:

    # nothing kept, so that every request below is evaluated or joins one being evaluated
    with RunningServer(diplo_store, allow_update=True, token=SERVE_TOKEN, cache_bytes=0) as server:
        start = count(server)
        calls = record_queries(monkeypatch, after=0.6)  # read before the write below, answered after it
        counts: list[int] = []
        before = threading.Thread(target=lambda: counts.append(count(server)))
        before.start()
        time.sleep(0.2)  # the first request is being evaluated
        insert = f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <{GRAPH}> dcterms:title "Late" }} }}'
        assert update(server, insert, AUTH) == 204
        assert count(server) == start + 1  # evaluated on its own, after the write
        before.join()
        assert counts == [start] and len(calls) == 2


def test_a_request_whose_leader_failed_is_evaluated_on_its_own(
    diplo_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = record_queries(monkeypatch, before=0.4, fail_first=True)
    with RunningServer(diplo_store, cache_bytes=0) as server:
        url = f"{server.url}/query?{urllib.parse.urlencode({'query': COUNT})}"
        statuses: list[int] = []
        leader = threading.Thread(target=lambda: statuses.append(fetch(url)[0]))
        leader.start()
        time.sleep(0.1)
        status, _, body = fetch(url, headers={"Accept": "application/json"})
        leader.join()
        assert statuses == [500] and status == 200 and len(calls) == 2
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(diplo_store.count())
