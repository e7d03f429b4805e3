"""The summary file: per part of the store, the rows of each flat view query, in SQLite.

A *part* is an article's named graph, or one subject of the reference graph (articles add
descriptions of the actors they name to it a few at a time, so it is kept subject by subject).
Replacing an article's graph replaces its part's rows; reading a query's rows is one
``SELECT DISTINCT`` over every part, which is what the query gives on the union of the graphs.

``meta`` holds the format and the store folder's fingerprint (:mod:`.folder`) recorded when the
summary last matched the store; an empty fingerprint means "being written" or "out of date".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

from diplograph.errors import StoreError
from diplograph.summary.folder import SUMMARY_FILE
from diplograph.summary.rows import ACTOR_LINKS, APPEARANCES, JOINED_TABLES, RECORDS, TABLES, Row

#: One part's rows: ``(key, rows by table)`` (sets of tuples, or the lists a rows file holds).
PartRows = tuple[str, Mapping[str, Collection[Sequence[str | None]]]]

#: Bumped whenever the tables change meaning: an older file is then rebuilt, never misread.
FORMAT = "5"


#: Indexes that hold every column a combining read of :mod:`.records` groups and takes the
#: ``MIN`` of (or that a read makes distinct), so SQLite walks them in order instead of
#: sorting every row (0.6 s at 1.3M quads). The records' kinds and dates: ``stats`` counts
#: facts and meetings per month on them without reading the records (0.05 s at 1.3M).
_COVERING = {
    ACTOR_LINKS: ("u", "v", "key"),
    APPEARANCES: ("actor", "key"),
    "entity-types": ("entity", "type"),
    RECORDS: ("kind", "date"),
}


#: Parts asked about in one query of :meth:`SummaryDB.spread` (well below SQLite's 999 variables).
_SPREAD_CHUNK = 500


def _table(name: str) -> str:
    return "t_" + name.replace("-", "_")


class SummaryDB:
    """The SQLite summary of the store in ``store_dir`` (created empty when absent)."""

    def __init__(self, store_dir: Path, *, create: bool = True) -> None:
        self.path = store_dir / SUMMARY_FILE
        self._parts: dict[str, int] = {}
        if not create and not self.path.exists():
            raise FileNotFoundError(self.path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA synchronous=NORMAL")
            if create:
                self._schema()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the summary {self.path}: {exc}") from exc

    def _schema(self) -> None:
        # One transaction: each statement on its own was a commit with its own wait for the
        # disk, about 0.07 s of wall time before every ingest could start its work.
        db = self._db
        found = self.meta("format")  # None also when the file is new (no meta table yet)
        if found not in (None, FORMAT):
            self.clear()  # builds the schema again
            return
        db.execute("BEGIN")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS parts (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL)")
            for name, cols in TABLES.items():
                columns = ", ".join(cols)
                db.execute(f"CREATE TABLE IF NOT EXISTS {_table(name)} (part INTEGER NOT NULL, {columns})")
                db.execute(f"CREATE INDEX IF NOT EXISTS {_table(name)}_part ON {_table(name)} (part)")
                if name not in _COVERING and name not in JOINED_TABLES:  # else unused: space only
                    db.execute(f"CREATE INDEX IF NOT EXISTS {_table(name)}_key ON {_table(name)} ({cols[0]})")
            for name, cols in _COVERING.items():
                columns = ", ".join(cols)
                db.execute(f"CREATE INDEX IF NOT EXISTS {_table(name)}_all ON {_table(name)} ({columns})")
            db.execute(
                "CREATE TABLE IF NOT EXISTS derived (name TEXT PRIMARY KEY, fingerprint TEXT, value TEXT)"
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the file (idempotent)."""
        self._db.close()

    # -- meta --------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        """A value of the ``meta`` table (None when unset or when the file has no such table)."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a ``meta`` value (its own transaction)."""
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- writing -----------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every row (a rebuild starts here)."""
        db = self._db
        db.execute("BEGIN")
        db.execute("DROP TABLE IF EXISTS parts")
        db.execute("DROP TABLE IF EXISTS derived")
        for name in TABLES:
            db.execute(f"DROP TABLE IF EXISTS {_table(name)}")
        db.execute("DELETE FROM meta")
        db.execute("COMMIT")
        self._parts.clear()
        self._schema()

    def begin_writing(self, *, empty: bool) -> None:
        """Mark the summary out of date (an empty fingerprint) before a writer changes the store;
        with ``empty``, forget every row as well. One transaction: each commit waits for the
        disk, and this runs before an ingest starts its work."""
        db = self._db
        db.execute("BEGIN")
        try:
            if empty:
                for name in ("parts", "derived", *(_table(t) for t in TABLES)):
                    db.execute(f"DELETE FROM {name}")
                db.execute("DELETE FROM meta WHERE key != 'format'")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', '')")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if empty:
            self._parts.clear()

    def _known(self) -> dict[str, int]:
        """Every part's id by key (read once: a batch asks for thousands)."""
        if not self._parts:
            self._parts.update((str(k), int(i)) for k, i in self._db.execute("SELECT key, id FROM parts"))
        return self._parts

    def replace(self, parts: Iterable[PartRows], chunk: int = 2000) -> None:
        """Replace the rows of each part ``(key, rows by table)`` in one transaction.

        Rows are written a table at a time for ``chunk`` parts together, and only parts the
        summary held before have rows to delete: a bulk load of new articles only inserts.
        """
        db = self._db
        known = self._known()
        db.execute("BEGIN")
        try:
            pending: list[PartRows] = []
            for item in parts:
                pending.append(item)
                if len(pending) >= chunk:
                    self._write(pending, known)
                    pending = []
            self._write(pending, known)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            self._parts.clear()  # ids handed out in the rolled-back transaction are void
            raise

    def _write(self, items: list[PartRows], known: dict[str, int]) -> None:
        db = self._db
        parts = list(dict(items).items())  # a part given twice (an article twice in a batch): the last
        ids: list[int] = []
        old: list[tuple[int]] = []
        for key, _ in parts:
            part = known.get(key)
            if part is None:
                cursor = db.execute("INSERT INTO parts (key) VALUES (?)", (key,))
                part = known[key] = int(cursor.lastrowid or 0)
            else:
                old.append((part,))
            ids.append(part)
        for name, cols in TABLES.items():
            if old:
                db.executemany(f"DELETE FROM {_table(name)} WHERE part = ?", old)
            rows = [(part, *r) for part, (_, got) in zip(ids, parts, strict=True) for r in got.get(name, ())]
            if rows:
                marks = ", ".join("?" * (len(cols) + 1))
                db.executemany(f"INSERT INTO {_table(name)} VALUES ({marks})", rows)

    def spread(self, keys: Iterable[str] | None = None) -> str | None:
        """A node the queries join on that lies in two groups (graphs; the reference graph is
        one group), among the nodes of the parts ``keys`` (None: of every part); else None."""
        table = _table("nodes")
        if keys is None:
            sql = f"SELECT node FROM {table} GROUP BY node HAVING COUNT(DISTINCT grp) > 1 LIMIT 1"
            row = self._db.execute(sql).fetchone()
            return None if row is None else str(row[0])
        join = f"SELECT b.node FROM {table} a JOIN {table} b ON b.node = a.node AND b.grp != a.grp "
        known = self._known()
        parts = [part for key in keys if (part := known.get(key)) is not None]
        # Almost always none lies in two groups: ask for the parts a few hundred at a time, and
        # only when some do, part by part for the first one's node (the answer as before).
        for i in range(0, len(parts), _SPREAD_CHUNK):
            chunk = parts[i : i + _SPREAD_CHUNK]
            marks = ", ".join("?" * len(chunk))
            if self._db.execute(join + f"WHERE a.part IN ({marks}) LIMIT 1", chunk).fetchone():
                break
        else:
            return None
        for part in parts:
            found = self._db.execute(join + "WHERE a.part = ? LIMIT 1", (part,)).fetchone()
            if found is not None:
                return str(found[0])
        return None

    # -- reading -----------------------------------------------------------------------------
    def rows(self, name: str, first: str | None = None) -> list[Row]:
        """The distinct rows of query ``name`` (those whose first column is ``first``)."""
        cols = ", ".join(TABLES[name])
        sql = f"SELECT DISTINCT {cols} FROM {_table(name)}"
        if first is None:
            return self._db.execute(sql).fetchall()
        return self._db.execute(sql + f" WHERE {TABLES[name][0]} = ?", (first,)).fetchall()

    def records(self, kind: str, sentences: bool) -> list[tuple[str, str, str | None]]:
        """The fact records of ``kind`` (:mod:`diplograph.summary.records`) as ``(fact, head,
        evidence)``; ``evidence`` is None unless ``sentences`` (left unread: most of the bytes)."""
        evidence = "evidence" if sentences else "NULL"
        # NOT INDEXED: half the records are of each kind, which one pass over the table reads
        # faster than a lookup per record through the index of kinds and dates.
        sql = f"SELECT fact, head, {evidence} FROM {_table('records')} NOT INDEXED WHERE kind = ?"
        return self._db.execute(sql, (kind,)).fetchall()

    def records_at(self, rows: Iterable[int]) -> list[tuple[str, str, str, str | None]]:
        """The records at the row numbers ``rows`` (``rowid``, as :meth:`sql` can select them)
        as ``(kind, fact, head, evidence)``, with their sentences.

        Why: a bounded whole-store page reads the sentences of only the facts it draws
        (:mod:`diplograph.views.bounded`): a lookup per record by its row number, instead of a
        pass over the whole table (0.8 s at 10M quads for 35k meetings).
        """
        db = self._db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (r INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM temp.wanted")
        db.executemany("INSERT OR IGNORE INTO temp.wanted VALUES (?)", ((r,) for r in rows))
        sql = f"SELECT kind, fact, head, evidence FROM {_table('records')} WHERE rowid IN temp.wanted"
        try:
            return db.execute(sql).fetchall()
        finally:
            db.execute("DELETE FROM temp.wanted")

    def sql(self, sql: str, *args: object) -> list[tuple[object, ...]]:
        """The rows of a read-only ``sql`` (for the combining queries of :mod:`.records`);
        ``{name}`` in it stands for the table of that summary table, as in ``{links}``."""
        names = {name.replace("-", "_"): _table(name) for name in TABLES}
        return self._db.execute(sql.format(**names), args).fetchall()

    def articles(self) -> tuple[int, str | None, str | None]:
        """articles.rq's one row: how many articles, the first and last publication date.

        As in SPARQL, one article without a date makes MIN and MAX unbound (an aggregate over an
        unbound value is an error, hence no value), not the range of the others.
        """
        row = self._db.execute(
            f"SELECT COUNT(DISTINCT article), MIN(issued), MAX(issued), SUM(issued IS NULL) "
            f"FROM {_table('articles')}"
        ).fetchone()
        if row[3]:
            return int(row[0]), None, None
        return int(row[0]), row[1], row[2]

    # -- derived figures ------------------------------------------------------------------------
    def derived(self, name: str, fingerprint: str) -> str | None:
        """The figure ``name`` computed from the summary as it was at ``fingerprint``, if any."""
        sql = "SELECT value FROM derived WHERE name = ? AND fingerprint = ?"
        try:
            found = self._db.execute(sql, (name, fingerprint)).fetchone()
        except sqlite3.OperationalError:
            return None
        return None if found is None else str(found[0])

    def set_derived(self, name: str, fingerprint: str, value: str) -> None:
        """Keep the figure ``name`` computed at ``fingerprint`` (replacing an older one)."""
        self._db.execute("INSERT OR REPLACE INTO derived VALUES (?, ?, ?)", (name, fingerprint, value))
