"""The app of one worker process when ``diplograph serve --workers N`` runs several (read-only).

pyoxigraph holds the GIL while it evaluates a query, so one process answers about as many
cookbook queries as one core can; more cores need more processes. Each worker opens the store
read-only; the parent process keeps the folder open for writing and never writes, which keeps
every other writer out (a read-only open while another process writes is undefined in RocksDB).
Updates are never served this way: ``--allow-update`` runs one process.
"""

from __future__ import annotations

import json
import os

from starlette.applications import Starlette

from diplograph.serve.app import create_app
from diplograph.serve.config import ServeConfig
from diplograph.store import GraphStore

#: Environment variable carrying the store folder and limits to the worker processes.
ENV = "DIPLOGRAPH_SERVE_WORKER"


def settings(store: str, config: ServeConfig) -> str:
    """What the workers need, as the value of :data:`ENV` (never the token: workers only read)."""
    return json.dumps(
        {
            "store": store,
            "timeout_s": config.timeout_s,
            "max_result_bytes": config.max_result_bytes,
            "max_body_bytes": config.max_body_bytes,
            "cache_bytes": config.cache_bytes,
        }
    )


def app() -> Starlette:
    """uvicorn's app factory in each worker: the read-only endpoint over the store folder."""
    data = json.loads(os.environ[ENV])
    store = GraphStore(data.pop("store"), read_only=True)
    return create_app(store, ServeConfig(**data))
