"""diplograph: a knowledge graph of diplomatic actors, meetings and positions read from news.

The public API: :func:`build_article` reads one article into an RDF graph,
:func:`open_store` opens the embedded store to ingest many and query them.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
