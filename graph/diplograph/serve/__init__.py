"""``diplograph serve``: a SPARQL 1.1 Protocol endpoint over the store, on uvicorn.

A small Starlette app (:mod:`.app`) over the one open pyoxigraph database: ``/query``
(SPARQL 1.1 Query by GET and POST), ``/update`` and ``/store`` (SPARQL Update and the Graph
Store Protocol, only with ``--allow-update`` and a bearer token), ``/`` (an offline query page
with the cookbook queries) and ``/view/actors``, ``/view/meetings`` (the interactive views).
The same process holds the database for reading and writing, so readers keep getting answers
while a client writes articles through ``/store``: every write is one Oxigraph transaction and
every query reads one snapshot.
"""

from __future__ import annotations

from diplograph.serve.app import create_app
from diplograph.serve.config import ServeConfig

__all__ = ["ServeConfig", "create_app"]
