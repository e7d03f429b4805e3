"""Reading SPARQL 1.1 Protocol requests: where the query or update is, and the request body.

A query comes as ``?query=`` (GET), as a form field (POST
``application/x-www-form-urlencoded``) or as the whole body (POST
``application/sparql-query``); an update likewise with ``update`` and
``application/sparql-update``. ``default-graph-uri`` and ``named-graph-uri`` may repeat.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from urllib.parse import parse_qs

from starlette.requests import Request


class ProtocolError(Exception):
    """A request the protocol does not allow; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Operation:
    """One query or update with the graphs it names."""

    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    #: ``bind=name=<iri>`` / ``bind=name=text`` parameters (a diplograph extension, see execute).
    bindings: list[str] = field(default_factory=list)


def content_type(request: Request) -> str:
    """The request's media type without parameters, lower-case."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 once it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"the request body is larger than this endpoint's limit of {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ProtocolError(
                413, f"the request body is larger than this endpoint's limit of {limit:,} bytes"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, "the request body is not UTF-8") from exc


async def operation(request: Request, field_name: str, direct_type: str, limit: int) -> Operation:
    """The query (``field_name="query"``) or update of ``request``, with its graph parameters."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method == "POST":
        kind = content_type(request)
        body = _decode(await read_body(request, limit))
        if kind == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body, keep_blank_values=True)}
        elif kind == direct_type:
            params = {**params, field_name: [body]}
        else:
            raise ProtocolError(
                415,
                f"send the {field_name} as application/x-www-form-urlencoded or {direct_type}, "
                f"not {kind or 'nothing'}",
            )
    texts = params.get(field_name, [])
    if len(texts) != 1 or not texts[0].strip():
        raise ProtocolError(400, f"give exactly one non-empty '{field_name}' parameter")
    return Operation(
        texts[0],
        params.get("default-graph-uri", []) + params.get("using-graph-uri", []),
        params.get("named-graph-uri", []) + params.get("using-named-graph-uri", []),
        params.get("bind", []),
    )


def check_token(request: Request, token: str) -> bool:
    """Whether the request carries ``Authorization: Bearer <token>`` (compared in constant time)."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())
