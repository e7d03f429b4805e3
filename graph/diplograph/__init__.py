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

>>> from diplograph import build_article, open_store
>>> built = build_article("Lawrow traf am Montag in Genf US-Außenminister Marco Rubio.", "de")
>>> with open_store() as store:
...     _ = store.replace_graph(built.iri, built.graph)
...     store.query("SELECT (COUNT(*) AS ?n) WHERE { ?m a ?t }").rows[0][0].toPython() > 0
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from diplograph.article import BuiltArticle, build_article, read_article  # noqa: E402
from diplograph.ingest.read import RawArticle  # noqa: E402
from diplograph.loader import IngestSummary, ingest, ingest_raw  # noqa: E402
from diplograph.model import Document  # noqa: E402
from diplograph.resources import load_resources  # noqa: E402
from diplograph.store import GraphStore, connect_store, open_store  # noqa: E402

if TYPE_CHECKING:
    from diplograph.views.network import actor_network


def __getattr__(name: str) -> Any:
    """``actor_network`` is imported when first asked for: it brings networkx and the views,
    which reading articles never needs (a tenth of a second at every ``diplograph ingest``)."""
    if name == "actor_network":
        from diplograph.views.network import actor_network

        return actor_network
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")


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
