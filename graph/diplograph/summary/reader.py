"""Read through the summary when it matches the store, else through SPARQL, saying so.

:class:`SummaryStore` answers the flat view queries ``load_facts`` runs (``views/queries``)
from the summary file, with the same rows the store would give, and hands any other query to
the store itself (opened only then). So views and analytics need no change: they get the same
records, hence the same output, without Oxigraph reading every fact.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from diplograph.paths import store_path
from diplograph.store import GraphStore, QueryResult, connect_store, is_url
from diplograph.store.connect import location
from diplograph.store.queries import package_query
from diplograph.summary.db import FORMAT, SummaryDB
from diplograph.summary.folder import SUMMARY_FILE, fingerprint
from diplograph.summary.rows import TABLES

log = logging.getLogger(__name__)

#: Query names answered by another query's table (the same rows, a variant for one bound IRI).
_SAME_ROWS = {"fact-articles-one": "fact-articles"}


@functools.cache
def _known() -> dict[str, str]:
    """The text of each views query the summary answers → its table."""
    names = [*TABLES, *_SAME_ROWS]
    return {package_query("diplograph.views", n): _SAME_ROWS.get(n, n) for n in names}


class SummaryStore:
    """A read-only store whose view queries are answered from the summary of ``path``."""

    def __init__(self, path: Path, db: SummaryDB) -> None:
        self.path = path
        self.db = db
        self._store: GraphStore | None = None

    def _sparql(self) -> GraphStore:
        if self._store is None:
            self._store = GraphStore(self.path, read_only=True)
        return self._store

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> Sequence[tuple[str | None, ...]]:
        """The rows of a views query from the summary; any other query from the store."""
        name = _known().get(sparql)
        if name is not None and name != "articles":
            if not bindings:
                return self.db.rows(name)
            if len(bindings) == 1:
                ((var, term),) = bindings.items()
                if var == TABLES[name][0] and isinstance(term, URIRef):
                    return self.db.rows(name, str(term))
        return self._sparql().values(sparql, bindings)

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """articles.rq's counts from the summary; any other query from the store."""
        if not bindings and _known().get(sparql) == "articles":
            count, first, last = self.db.articles()
            dates = (None if v is None else Literal(v) for v in (first, last))
            cells = (Literal(count, datatype=XSD.integer), *dates)
            return QueryResult("select", vars=["articles", "first", "last"], rows=[cells])
        return self._sparql().query(sparql, bindings)

    def close(self) -> None:
        """Close the summary and, if a query needed it, the store."""
        self.db.close()
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> SummaryStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def fresh_summary(path: Path) -> tuple[SummaryDB | None, str]:
    """The summary of the store folder ``path`` if it matches the store, else None and why."""
    if not (path / SUMMARY_FILE).exists():
        return None, "has no summary"
    try:
        db = SummaryDB(path, create=False)
    except Exception:  # noqa: BLE001 (a damaged file is only a missing summary)
        return None, "has a summary that cannot be read"
    recorded = db.meta("fingerprint")
    if db.meta("format") == FORMAT and recorded and recorded == fingerprint(path):
        return db, ""
    db.close()
    why = "changed since its summary was written"
    if not recorded:
        why = "has a summary that is being written or was cut short"
    return None, why


@contextmanager
def reading_store(where: str | os.PathLike[str] | None) -> Iterator[SummaryStore | GraphStore]:
    """The store at ``where`` for whole-store views and analytics: its summary when it matches
    the store, else the store itself (a SPARQL server always), with a warning."""
    target = location(where)
    if isinstance(target, str) and is_url(target):
        with connect_store(target, read_only=True) as remote:
            yield remote  # type: ignore[misc]
        return
    path = store_path(target)
    db, why = fresh_summary(path) if path.is_dir() else (None, "")
    if db is None:
        if why:
            log.warning(
                "the store %s %s; reading every fact through SPARQL (slow on a large store). "
                "Run 'diplograph summary --store %s' to build it again.", path, why, path,
            )
        with GraphStore(path, read_only=True) as store:
            yield store
        return
    with SummaryStore(path, db) as summary:
        yield summary
