"""Read through the summary when it matches the store, else through SPARQL, saying so.

:class:`SummaryStore` answers the flat view queries ``load_facts`` runs (``views/queries``)
from the summary file, with the same rows the store would give, and hands any other query to
the store itself (opened only then). So views and analytics need no change: they get the same
records, hence the same output, without Oxigraph reading every fact.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from types import TracebackType
from typing import TypeVar, cast

from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from diplograph.paths import store_path
from diplograph.store import GraphStore, QueryResult, connect_store, is_url
from diplograph.store.connect import location
from diplograph.store.queries import package_query
from diplograph.summary.db import FORMAT, SummaryDB
from diplograph.summary.folder import SUMMARY_FILE, fingerprint
from diplograph.summary.records import MEETING, POSITION, ActorLinks, meetings_of, positions_of
from diplograph.summary.rows import QUERY_TABLES, TABLES
from diplograph.views.facts import Meeting, Position, Sentences

log = logging.getLogger(__name__)
T = TypeVar("T")

#: A holder–target pair of a position and its stance (:meth:`SummaryStore.fact_ends`).
_Stated = tuple[str, str | None, str | None]
#: Query names answered by another query's table (the same rows, a variant for one bound IRI).
_SAME_ROWS = {"fact-articles-one": "fact-articles"}


@functools.cache
def _known() -> dict[str, str]:
    """The text of each views query the summary answers → its table."""
    names = [*QUERY_TABLES, *_SAME_ROWS]
    return {package_query("diplograph.views", n): _SAME_ROWS.get(n, n) for n in names}


class SummaryStore:
    """A read-only store whose view queries are answered from the summary of ``path``."""

    def __init__(self, path: Path, db: SummaryDB, fingerprint: str) -> None:
        self.path = path
        self.db = db
        #: The store folder's fingerprint the summary matches (derived figures are kept under it).
        self.fingerprint = fingerprint
        self._store: GraphStore | None = None

    def memo(self, name: str, compute: Callable[[], T], tag: str = "") -> T:
        """The JSON-able figure ``name`` of this version of the store: kept in the summary the
        first time it is computed, read back on later runs until the store changes (or, with a
        ``tag``, until the figure is asked for under another tag: another version of the code).

        Why: betweenness and the like cost seconds on a large store whatever the source of the
        facts; computed once per version of the store, later runs only read them. A summary
        that cannot be written (a read-only folder, a writer holding it) just computes again.
        """
        version = f"{self.fingerprint}#{tag}" if tag else self.fingerprint
        kept = self.db.derived(name, version)
        if kept is not None:
            return cast(T, json.loads(kept))
        value = compute()
        try:
            self.db.set_derived(name, version, json.dumps(value, separators=(",", ":")))
        except sqlite3.Error as exc:
            log.info("cannot keep %s in the summary: %s", name, exc)
        return value

    def kept_facts(
        self, *, sentences: bool, positions: bool, numbered: Sentences | None = None
    ) -> tuple[tuple[Meeting, ...], tuple[Position, ...]]:
        """The meetings and (when ``positions``) positions ``load_facts`` would read, from the
        records each graph's facts were joined into when written (:mod:`.records`); with
        ``numbered``, their sentences as numbers into it."""
        meetings = meetings_of(self.db.records(MEETING, sentences), sentences, numbered)
        found = positions_of(self.db.records(POSITION, sentences), sentences, numbered) if positions else ()
        return meetings, found

    def fact_ends(self) -> tuple[list[list[str]], list[str | None], list[int], list[_Stated], list[int]]:
        """Who takes part in each fact, in ``load_facts``' order, column by column: each
        meeting's participants, place and record's row number (for :meth:`kept_facts_at`), then
        each holder–target pair of a position as ``(holder, target, stance)`` and its record's
        row number (:class:`diplograph.views.bounded.Ends`).

        Why not :meth:`kept_facts` without sentences: SQLite picks the few fields out of each
        record's head (``json_extract``), so neither the head's article dates nor a fact object
        is decoded (0.35 s instead of 1.4 s at 1.3M quads); columns are split and joined in C.
        """
        # One pass over the records for both kinds (each pass reads the whole table: 0.5 s at
        # 10M quads); a meeting's place is its head's fourth field, a position's stance its second.
        sql = (
            "SELECT kind, fact, rowid, json_extract(head, '$[0]'), "
            "json_extract(head, CASE kind WHEN ? THEN '$[3]' ELSE '$[1]' END) FROM {records} NOT INDEXED"
        )
        found = sorted(self.db.sql(sql, MEETING), key=itemgetter(1))
        rows = [r for r in found if r[0] == MEETING]
        _, _, rowids, people, places = zip(*rows, strict=True) if rows else ((), (), (), (), ())
        meetings = json.loads("[" + ",".join(cast(tuple[str, ...], people)) + "]")
        rows = [r for r in found if r[0] == POSITION]
        del found
        _, _, ids, groups, stances = zip(*rows, strict=True) if rows else ((), (), (), (), ())
        pairs = json.loads("[" + ",".join(cast(tuple[str, ...], groups)) + "]")
        sizes = list(map(len, pairs))
        flat = list(chain.from_iterable(pairs))
        stated = list(zip(
            map(itemgetter(0), flat), map(itemgetter(1), flat),
            chain.from_iterable(map(repeat, stances, sizes)), strict=True,
        ))
        positions = list(chain.from_iterable(map(repeat, ids, sizes)))
        return meetings, list(places), list(rowids), stated, positions

    def kept_facts_at(
        self, rows: Collection[int], *, numbered: Sentences | None = None
    ) -> tuple[tuple[Meeting, ...], tuple[Position, ...]]:
        """The meetings and positions whose records are at ``rows`` (:meth:`fact_ends`), with
        their sentences, as :meth:`kept_facts` gives them (the same order among themselves)."""
        found = self.db.records_at(rows)
        by_kind: dict[str, list[tuple[str, str, str | None]]] = {MEETING: [], POSITION: []}
        for kind, fact, head, evidence in found:
            by_kind[kind].append((fact, head, evidence))
        meetings = meetings_of(by_kind[MEETING], True, numbered) if by_kind[MEETING] else ()
        positions = positions_of(by_kind[POSITION], True, numbered) if by_kind[POSITION] else ()
        return meetings, positions

    def actor_links(self) -> ActorLinks:
        """What the ranking graph of ``stats`` is built from, combined from every graph's
        links and appearances (:mod:`.records`) in a few grouped reads."""
        db = self.db
        kinds = db.sql("SELECT kind, COUNT(*) FROM {records} GROUP BY kind")
        counts = {str(kind): int(cast(int, n)) for kind, n in kinds}
        links = "SELECT u, v, MIN(key) FROM {links} GROUP BY u, v"
        months = "SELECT substr(date, 1, 7), COUNT(*) FROM {records} WHERE kind = ? AND date != '' GROUP BY 1"
        appearances = "SELECT actor, MIN(key) FROM {appearances} GROUP BY actor"
        return ActorLinks(
            meetings=counts.get(MEETING, 0),
            positions=counts.get(POSITION, 0),
            appearances=cast(list[tuple[str, str]], db.sql(appearances)),
            links=cast(list[tuple[str, str, str]], db.sql(links)),
            months=cast(list[tuple[str, int]], db.sql(months, MEETING)),
        )

    def meeting_links(self) -> list[tuple[str, str, str, str, str]]:
        """Every link two participants of a meeting make, as ``(u, v, meeting, date, place)``
        (what ``path`` finds chains on), in no particular order."""
        rows = self.db.sql("SELECT u, v, meeting, date, place FROM {links} WHERE meeting IS NOT NULL")
        return cast(list[tuple[str, str, str, str, str]], rows)

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
    """The summary of the store folder ``path`` and its fingerprint if it matches the store,
    else None and why not."""
    if not (path / SUMMARY_FILE).exists():
        return None, "has no summary"
    try:
        db = SummaryDB(path, create=False)
    except Exception:  # noqa: BLE001 (a damaged file is only a missing summary)
        return None, "has a summary that cannot be read"
    recorded = db.meta("fingerprint")
    spread = db.meta("spread")
    if spread:
        db.close()
        why = "holds facts whose triples lie in several named graphs, which its summary cannot answer for"
        return None, f"{why} (at <{spread}>)"
    if db.meta("format") == FORMAT and recorded and recorded == fingerprint(path):
        return db, recorded
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
    with SummaryStore(path, db, why) as summary:
        yield summary
