"""``diplograph serve``: a SPARQL 1.1 Protocol endpoint over the store, on uvicorn."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

import click

from diplograph.cli import main
from diplograph.cli.options import env_token, friendly_errors, read_token, store_option, token_file_option
from diplograph.errors import StoreError
from diplograph.paths import store_path
from diplograph.serve.config import DEFAULT_CACHE_BYTES, DEFAULT_MAX_RESULT_BYTES, DEFAULT_TIMEOUT_S
from diplograph.store import open_store
from diplograph.summary.maintain import unwritten

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@main.command("serve")
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free)."
)
@click.option(
    "--timeout",
    "timeout_s",
    default=DEFAULT_TIMEOUT_S,
    show_default=True,
    type=click.FloatRange(min=0.001),
    help="Seconds a query may take before it is answered with HTTP 503.",
)
@click.option(
    "--max-result-mb",
    default=DEFAULT_MAX_RESULT_BYTES / 2**20,
    show_default=True,
    type=click.FloatRange(min=0.001),
    help="Largest answer (MiB); a larger one is HTTP 422.",
)
@click.option(
    "--cache-mb",
    default=DEFAULT_CACHE_BYTES / 2**20,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Room for answers kept until the next write (MiB; 0: keep none).",
)
@click.option("--allow-update", is_flag=True, help="Open /update and Graph Store writes (bearer token).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Processes answering queries (read-only only; one per core scales reads).",
)
@token_file_option(
    "File holding the bearer token for writes (default: env DIPLOGRAPH_TOKEN, else a new one)."
)
@friendly_errors
def serve_cmd(
    store: str,
    host: str,
    port: int,
    timeout_s: float,
    max_result_mb: float,
    cache_mb: float,
    allow_update: bool,
    workers: int,
    token_file: Path | None,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (query page at /, queries at /query).

    Read-only unless --allow-update; writes (/update, PUT/POST/DELETE /store) then need
    'Authorization: Bearer TOKEN'. While it runs, the server holds the store: write articles
    through it (diplograph ingest --server URL), not into the folder.

    Example:

        diplograph serve --store demo --port 7878   # then open http://127.0.0.1:7878/
    """
    import uvicorn

    from diplograph.serve import ServeConfig, create_app, worker

    if allow_update and workers > 1:
        raise click.UsageError("--allow-update serves from one process: drop --workers")
    token = (
        (read_token(token_file) if token_file else env_token() or secrets.token_urlsafe(24))
        if allow_update
        else None
    )
    folder = store_path(store)
    if not allow_update and not (folder / "CURRENT").exists():
        raise StoreError(f"no store at {folder} (ingest some articles first, or pass --store)")
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: other machines can reach this endpoint", err=True)
    config = ServeConfig(
        timeout_s=timeout_s,
        max_result_bytes=int(max_result_mb * 2**20),
        cache_bytes=int(cache_mb * 2**20),
        allow_update=allow_update,
        token=token,
    )
    # Opened for writing even when read-only over HTTP: the server holds the folder's lock, so
    # no other process writes under its readers (undefined behaviour in RocksDB). Read-only, it
    # writes nothing, so the store's summary still matches when it stops.
    keeping = contextlib.nullcontext() if allow_update else unwritten(folder)
    with keeping, open_store(folder) as db:
        mode = "read-write (bearer token)" if allow_update else "read-only"
        click.echo(f"serving {folder} at http://{_url_host(host)}:{port}/ ({mode}); Ctrl-C stops", err=True)
        if token and not token_file and not env_token():
            click.echo(f"bearer token for writes: {token}", err=True)
        if workers == 1:
            uvicorn.run(create_app(db, config), host=host, port=port, log_level="warning", access_log=False)
            return
        os.environ[worker.ENV] = worker.settings(str(folder), config)
        uvicorn.run(
            "diplograph.serve.worker:app",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
        )


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
