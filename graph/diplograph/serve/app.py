"""The Starlette application: routes of the endpoint, and the threads queries run in.

Every query, update and graph write runs in a worker thread (pyoxigraph releases the GIL while
it evaluates), so the event loop keeps accepting requests and one slow query holds up no other.
The database is the store's one open pyoxigraph handle: Oxigraph gives each query a snapshot
and makes each update one transaction, which is what lets readers go on while a client writes.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from diplograph.errors import DiplographError
from diplograph.serve import gsp
from diplograph.serve.answers import AnswerCache, AnswerKey, keepable
from diplograph.serve.config import ServeConfig
from diplograph.serve.execute import Answer, Limits, Negotiation, dump_graph, run_query, timeout_answer
from diplograph.serve.formats import dataset_format, rdf_format
from diplograph.serve.protocol import (
    Operation,
    ProtocolError,
    check_token,
    content_type,
    operation,
    read_body,
)
from diplograph.store import GraphStore, load_query, query_names
from diplograph.views import KINDS, view_network
from diplograph.views.html import render_html

T = TypeVar("T")
Handler = Callable[[Request], Awaitable[Response]]

#: The page's Content-Security-Policy: its own script and style, requests to itself only.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_STATIC = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}


def _asset(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


def _respond(answer: Answer, head: bool = False) -> Response:
    headers = {"Cache-Control": "no-store"}
    if answer.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="diplograph"'
    return Response(b"" if head else answer.body, answer.status, headers, media_type=answer.media_type)


def _protocol_errors(handler: Handler) -> Handler:
    """Answer :class:`ProtocolError` and library errors as plain-text HTTP errors."""

    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except ProtocolError as exc:
            return _respond(Answer.error(exc.status, str(exc)))
        except DiplographError as exc:
            return _respond(Answer.error(400, str(exc)))

    return wrapped


@dataclass
class _Flight:
    """One request being evaluated; identical requests arriving meanwhile wait for its answer."""

    done: anyio.Event = field(default_factory=anyio.Event)
    answer: Answer | None = None


class Endpoint:
    """The state behind the routes: the store, the limits, and the views cache."""

    def __init__(self, store: GraphStore, config: ServeConfig) -> None:
        self.store = store
        self.config = config
        self.limits = Limits(config.timeout_s, config.max_result_bytes)
        #: Bumped by every write, so a cached view is redrawn after the graph changed.
        self.generation = 0
        self._views: dict[str, tuple[int, str]] = {}
        self._views_lock = threading.Lock()
        #: Whole answers to queries, kept until the next write (see :mod:`.answers`).
        self.answers = AnswerCache(config.cache_bytes)
        #: Requests being evaluated, by key and version of the store (see :meth:`query`).
        self._flights: dict[tuple[AnswerKey, int], _Flight] = {}

    async def _thread(self, func: Callable[[], T]) -> T:
        return await anyio.to_thread.run_sync(func)

    # -- reading -------------------------------------------------------------------------
    async def query(self, request: Request) -> Response:
        """SPARQL 1.1 Query: GET or POST (form or direct body); answer as negotiated."""
        op = await operation(request, "query", "application/sparql-query", self.config.max_body_bytes)
        params = request.query_params
        want = Negotiation(request.headers.get("accept"), params.get("format") or params.get("output"))
        key = AnswerKey.of(
            op.text, op.bindings, op.default_graphs, op.named_graphs, want.accept, want.param
        )
        kept = self.answers.get(key)
        if kept is not None:
            return _respond(kept)
        version = self.answers.version
        flight_key = (key, version)
        flight = self._flights.get(flight_key)
        if flight is not None:
            # The same request is being evaluated at this version of the store: its answer is
            # this one's too (exact as a kept answer is), without evaluating it twice.
            with anyio.move_on_after(self.config.timeout_s):
                await flight.done.wait()
            if flight.answer is not None:
                return _respond(flight.answer)
            if not flight.done.is_set():
                return _respond(timeout_answer(self.limits))
            # the other request ended without an answer (its client went away): evaluate
        flight = _Flight()
        if keepable(key.text):
            self._flights[flight_key] = flight
        try:
            flight.answer = await self._evaluate(op, want)
            self.answers.put(key, flight.answer, version)
            return _respond(flight.answer)
        finally:
            self._flights.pop(flight_key, None)
            flight.done.set()

    async def _evaluate(self, op: Operation, want: Negotiation) -> Answer:
        """Run one query in a worker thread under the time limit."""
        cancelled = threading.Event()
        job = partial(
            run_query,
            self.store.oxigraph,
            op.text,
            want,
            self.limits,
            default_graphs=op.default_graphs or None,
            named_graphs=op.named_graphs or None,
            bindings=op.bindings,
            cancelled=cancelled,
        )
        answer: Answer | None = None
        with anyio.move_on_after(self.config.timeout_s):
            answer = await anyio.to_thread.run_sync(job, abandon_on_cancel=True)
        if answer is None:
            cancelled.set()  # the thread stops at its next write, or ends unseen
            answer = timeout_answer(self.limits)
        return answer

    async def read_store(self, request: Request) -> Response:
        """Graph Store GET/HEAD: one graph, the default graph, or the whole dataset."""
        where = gsp.target(request.url.query)
        param = request.query_params.get("format")
        accept = request.headers.get("accept")
        fmt = dataset_format(accept, param) if where.node is None else rdf_format(accept, param)
        if fmt is None:
            return _respond(
                Answer.error(406, "no acceptable RDF format (Turtle, N-Triples, JSON-LD, TriG …)")
            )
        if not await self._thread(partial(gsp.exists, self.store, where)):
            return _respond(Answer.error(404, f"no graph named <{where.iri}> in this store"))
        answer = await self._thread(partial(dump_graph, self.store.oxigraph, where.node, fmt, self.limits))
        return _respond(answer, head=request.method == "HEAD")

    # -- writing -------------------------------------------------------------------------
    def _refusal(self, request: Request) -> Answer | None:
        if not self.config.allow_update:
            return Answer.error(
                403, "this endpoint is read-only (start diplograph serve with --allow-update)"
            )
        if self.config.token is None or not check_token(request, self.config.token):
            return Answer.error(401, "writing needs the header 'Authorization: Bearer <token>'")
        return None

    async def update(self, request: Request) -> Response:
        """SPARQL 1.1 Update by POST (form or direct body), with the bearer token."""
        if request.method != "POST":
            return _respond(Answer.error(405, "send updates by POST"))
        if refused := self._refusal(request):
            return _respond(refused)
        op = await operation(request, "update", "application/sparql-update", self.config.max_body_bytes)
        if op.default_graphs or op.named_graphs:
            raise ProtocolError(
                400, "using-graph-uri and using-named-graph-uri are not supported: use WITH or USING"
            )
        with self.answers.writing():
            await self._thread(partial(self.store.update, op.text))
        self.generation += 1
        return Response(status_code=204)

    async def write_store(self, request: Request) -> Response:
        """Graph Store PUT (replace), POST (add) and DELETE (drop), with the bearer token."""
        if refused := self._refusal(request):
            return _respond(refused)
        where = gsp.target(request.url.query)
        if where.node is None:
            raise ProtocolError(400, "name the graph with ?graph=IRI or ?default")
        existed = await self._thread(partial(gsp.exists, self.store, where))
        if request.method == "DELETE":
            if not existed:
                return _respond(Answer.error(404, f"no graph named <{where.iri}> in this store"))
            with self.answers.writing():
                await self._thread(partial(gsp.drop, self.store, where))
        else:
            body = await read_body(request, self.config.max_body_bytes)
            nt, count = await self._thread(partial(gsp.to_ntriples, body, content_type(request), where.iri))
            write = gsp.replace if request.method == "PUT" else gsp.add
            with self.answers.writing():
                await self._thread(partial(write, self.store, where, nt, count))
        self.generation += 1
        return Response(status_code=204 if existed or request.method == "DELETE" else 201)

    async def store_route(self, request: Request) -> Response:
        """``/store``: dispatch on the method."""
        if request.method in ("GET", "HEAD"):
            return await self.read_store(request)
        return await self.write_store(request)

    # -- the page and the views ----------------------------------------------------------
    async def page(self, request: Request) -> Response:
        """The query page (offline: its script and style come from this server)."""
        return Response(
            _asset("page.html"), 200, {"Content-Security-Policy": PAGE_CSP}, media_type="text/html"
        )

    async def static(self, request: Request) -> Response:
        """The page's own script and style."""
        name = request.path_params["name"]
        if name not in _STATIC:
            return PlainTextResponse("not found\n", 404)
        return Response(_asset(name), 200, {"Cache-Control": "no-cache"}, media_type=_STATIC[name])

    async def cookbook(self, request: Request) -> Response:
        """The shipped cookbook queries as JSON (name → text), for the page's menu."""
        data = {name: load_query(name) for name in query_names()}
        return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")

    async def view(self, request: Request) -> Response:
        """An interactive network of the whole store (``actors`` or ``meetings``), drawn offline."""
        kind = request.path_params["kind"]
        if kind not in KINDS:
            return PlainTextResponse(f"no view {kind!r} (choose from {', '.join(KINDS)})\n", 404)
        page = await self._thread(partial(self._render_view, kind))
        return Response(page, media_type="text/html")

    def _render_view(self, kind: str) -> str:
        with self._views_lock:
            generation = self.generation
            cached = self._views.get(kind)
            if cached is not None and cached[0] == generation:
                return cached[1]
            page = render_html(view_network(self.store, kind), title=f"diplograph: {kind}")
            self._views[kind] = (generation, page)
            return page


def create_app(store: GraphStore, config: ServeConfig | None = None) -> Starlette:
    """The endpoint over ``store`` (kept open by the caller for the app's lifetime)."""
    ep = Endpoint(store, config or ServeConfig())
    routes: list[Any] = [
        Route("/", ep.page, methods=["GET"]),
        Route("/static/{name}", ep.static, methods=["GET"]),
        Route("/cookbook.json", ep.cookbook, methods=["GET"]),
        Route("/query", _protocol_errors(ep.query), methods=["GET", "POST"]),
        Route("/update", _protocol_errors(ep.update), methods=["GET", "POST"]),
        Route("/store", _protocol_errors(ep.store_route), methods=["GET", "HEAD", "PUT", "POST", "DELETE"]),
        Route("/view/{kind}", ep.view, methods=["GET"]),
    ]
    app = Starlette(routes=routes)
    app.state.endpoint = ep
    return app
