"""Run one SPARQL request against the database under a time and a size limit.

pyoxigraph evaluates lazily: solutions are computed while the serialiser writes them. The
answer is written into a :class:`Sink` that counts bytes and watches the clock, so a query
whose answer grows past the size limit, or that is still writing at its deadline, is stopped
where it stands and answered with an HTTP error instead of a truncated 200. A query that
computes for long before its first row (a sort, a grouping) cannot be interrupted inside
Oxigraph: the endpoint answers 503 at the deadline and the worker thread finishes on its own,
discarding its answer (see :mod:`.app`).

>>> import pyoxigraph as ox
>>> db = ox.Store()
>>> db.update('INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:p> "x" } }')
>>> run_query(db, "SELECT ?o WHERE { ?s ?p ?o }", Negotiation("text/csv", None), Limits(5, 1000)).body
b'o\\r\\nx\\r\\n'
>>> run_query(db, "SELECT ?o WHERE { ?s ?p ?o }", Negotiation("text/csv", None), Limits(5, 4)).status
422
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import IO, cast

import pyoxigraph as ox

from diplograph.errors import StoreError
from diplograph.serve.formats import media_type, rdf_format, results_format
from diplograph.store.queries import parse_binding, prefixes
from diplograph.store.terms import to_ox


@dataclass(frozen=True)
class Limits:
    """Seconds a request may take and bytes its answer may have."""

    timeout_s: float
    max_bytes: int


@dataclass(frozen=True)
class Negotiation:
    """What the client asked for: its ``Accept`` header and a ``format=`` parameter."""

    accept: str | None
    param: str | None


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, body and media type (errors are plain text)."""

    status: int
    body: bytes
    media_type: str = "text/plain; charset=utf-8"

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        """A plain-text error answer (one line, ending in a newline)."""
        return cls(status, (message.rstrip() + "\n").encode("utf-8"))


class _Stop(Exception):
    """Raised inside a serialiser's write to stop it (too large, too late, or abandoned)."""


@dataclass
class Sink:
    """A binary file for pyoxigraph's serialisers that refuses to grow past its limits."""

    limits: Limits
    cancelled: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.monotonic)
    chunks: list[bytes] = field(default_factory=list)
    size: int = 0
    reason: str | None = None

    def write(self, data: bytes) -> int:
        """Keep ``data``, or stop the serialiser when the answer is too large or too late."""
        if self.cancelled.is_set() or time.monotonic() - self.started > self.limits.timeout_s:
            self.reason = "timeout"
            raise _Stop(self.reason)
        self.size += len(data)
        if self.size > self.limits.max_bytes:
            self.reason = "size"
            raise _Stop(self.reason)
        self.chunks.append(bytes(data))
        return len(data)

    @property
    def file(self) -> IO[bytes]:
        """This sink typed as the binary file pyoxigraph's serialisers write to."""
        return cast(IO[bytes], self)

    def flush(self) -> None:
        """Nothing to flush: the answer is sent whole once complete."""

    def body(self) -> bytes:
        """The answer written so far."""
        return b"".join(self.chunks)

    def stopped(self, limits: Limits) -> Answer | None:
        """The error answer if the sink stopped the serialiser, else None."""
        if self.reason == "size":
            return Answer.error(
                422,
                f"the answer is larger than this endpoint's limit of {limits.max_bytes:,} bytes: "
                "add a LIMIT to the query or select fewer variables",
            )
        if self.reason == "timeout":
            return timeout_answer(limits)
        return None


def timeout_answer(limits: Limits) -> Answer:
    """The answer to a query that ran past the time limit (HTTP 503)."""
    return Answer.error(
        503,
        f"the query took longer than this endpoint's limit of {limits.timeout_s:g} s: make it more selective",
    )


def _one_line(exc: BaseException, limit: int = 400) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run_query(
    db: ox.Store,
    sparql: str,
    want: Negotiation,
    limits: Limits,
    *,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
    bindings: list[str] | None = None,
    cancelled: threading.Event | None = None,
) -> Answer:
    """Evaluate ``sparql`` and serialise its answer as negotiated, within ``limits``.

    Without ``default-graph-uri`` the default graph is the union of all graphs, as for every
    diplograph query; with it, exactly the graphs named (SPARQL 1.1 Protocol). ``bindings``
    (``name=<iri>`` or ``name=text``, as ``diplograph query --bind``) fix variables to terms
    through Oxigraph's substitution, never pasted into the query text, so the cookbook queries
    run bound and as fast as from the command line.
    """
    sink = Sink(limits, cancelled or threading.Event())
    try:
        subs = {ox.Variable(k): to_ox(v) for k, v in map(parse_binding, bindings or [])}
    except StoreError as exc:
        return Answer.error(400, str(exc))
    try:
        result = db.query(
            sparql,
            prefixes=prefixes(),
            use_default_graph_as_union=not default_graphs,
            default_graph=[ox.NamedNode(g) for g in default_graphs] if default_graphs else None,
            named_graphs=[ox.NamedNode(g) for g in named_graphs] if named_graphs else None,
            substitutions=subs or None,  # type: ignore[arg-type]
        )
    except SyntaxError as exc:
        return Answer.error(400, f"bad SPARQL query: {_one_line(exc)}")
    except (ValueError, RuntimeError) as exc:  # a graph name that is no IRI, a variable not selected
        return Answer.error(400, f"bad request: {_one_line(exc)}")
    try:
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            fmt = results_format(want.accept, want.param)
            if fmt is None:
                return _not_acceptable("SPARQL results (JSON, XML, CSV, TSV)")
            result.serialize(sink.file, fmt)
            return Answer(200, sink.body(), media_type(fmt))
        rdf = rdf_format(want.accept, want.param)
        if rdf is None:
            return _not_acceptable("RDF (Turtle, N-Triples, JSON-LD, RDF/XML)")
        ox.serialize(result, sink.file, rdf, prefixes=prefixes() if rdf == ox.RdfFormat.TURTLE else None)
        return Answer(200, sink.body(), media_type(rdf))
    except (_Stop, OSError, RuntimeError, ValueError) as exc:
        return sink.stopped(limits) or Answer.error(500, f"the query failed: {_one_line(exc)}")


def _not_acceptable(what: str) -> Answer:
    return Answer.error(406, f"this answer can be served as {what}; none of them is acceptable")


def dump_graph(
    db: ox.Store, graph: ox.NamedNode | ox.DefaultGraph | None, fmt: ox.RdfFormat, limits: Limits
) -> Answer:
    """Serialise one graph (or, with ``graph=None``, the whole dataset) within ``limits``."""
    sink = Sink(limits)
    try:
        db.dump(sink.file, fmt, from_graph=graph, prefixes=prefixes() if fmt in _PREFIXED else None)
    except (_Stop, OSError, ValueError) as exc:
        return sink.stopped(limits) or Answer.error(500, f"cannot read the store: {_one_line(exc)}")
    return Answer(200, sink.body(), media_type(fmt))


_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG)
