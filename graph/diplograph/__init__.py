"""diplograph: a knowledge graph of diplomatic actors, meetings and positions read from news.

The public API, for notebooks and other programs as for the command line:

- :func:`build_article` reads one article's text into its RDF graph (``.graph``) and the
  :class:`Document` of everything read (``.doc``);
- :func:`open_store` opens the embedded store (on disk, or in memory without a path);
  :func:`connect_store` opens a folder or a SPARQL server (``http://…``) behind one interface;
- :func:`ingest` reads files, folders or JSON Lines into a store; :func:`ingest_raw` reads a
  stream of :class:`RawArticle`;
- ``store.query(sparql, {"actor": iri})`` answers SPARQL with bound variables; ``.to_dataframe()``
  makes its rows a pandas DataFrame;
- :func:`actor_network` returns the actor network of a store as a networkx graph.

Each name is imported when first used (:mod:`diplograph._lazy`), so that a command or a
program importing one part of the package does not load the others.

>>> from diplograph import build_article, open_store
>>> built = build_article("Lawrow traf am Montag in Genf US-Außenminister Marco Rubio.", "de")
>>> with open_store() as store:
...     _ = store.replace_graph(built.iri, built.graph)
...     store.query("SELECT (COUNT(*) AS ?n) WHERE { ?m a ?t }").rows[0][0].toPython() > 0
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from diplograph._lazy import lazy_exports

__version__ = "0.1.0"

if TYPE_CHECKING:
    from diplograph.article import BuiltArticle, build_article, read_article
    from diplograph.ingest.read import RawArticle
    from diplograph.loader import IngestSummary, ingest, ingest_raw
    from diplograph.model import Document
    from diplograph.resources import load_resources
    from diplograph.store import GraphStore, connect_store, open_store
    from diplograph.views.network import actor_network
else:
    # The subpackage diplograph.ingest is loaded first, so that the name ``ingest`` is the
    # function below, as it was when this module imported everything eagerly.
    importlib.import_module("diplograph.ingest")

    def ingest(*args: Any, **kwargs: Any) -> Any:
        """Read files, folders or JSON Lines into a store: :func:`diplograph.loader.ingest`."""
        from diplograph.loader import ingest as run

        return run(*args, **kwargs)


__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "BuiltArticle": "diplograph.article",
        "build_article": "diplograph.article",
        "read_article": "diplograph.article",
        "RawArticle": "diplograph.ingest.read",
        "IngestSummary": "diplograph.loader",
        "ingest_raw": "diplograph.loader",
        "Document": "diplograph.model",
        "load_resources": "diplograph.resources",
        "GraphStore": "diplograph.store",
        "connect_store": "diplograph.store",
        "open_store": "diplograph.store",
        "actor_network": "diplograph.views.network",
    },
)

__all__ = [
    "BuiltArticle",
    "Document",
    "GraphStore",
    "IngestSummary",
    "RawArticle",
    "__version__",
    "actor_network",
    "build_article",
    "connect_store",
    "ingest",
    "ingest_raw",
    "load_resources",
    "open_store",
    "read_article",
]
