"""The embedded graph store: one Oxigraph database folder holding every article's named graph.

This is the only module that opens pyoxigraph (and the oxrdflib bridge), so the rest of the
project can stay with rdflib terms and graphs. Oxigraph joins patterns in the order a query is
written (no cost-based optimiser), which is why the shipped queries put their most selective
pattern first; see ``store/queries``.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph()
>>> _ = g.add((URIRef("urn:x:a"), URIRef("urn:x:p"), Literal("eins")))
>>> with GraphStore() as store:
...     store.replace_graph(URIRef("urn:x:g"), g), store.replace_graph(URIRef("urn:x:g"), g)
...     store.count(), store.query("SELECT ?o WHERE { ?s ?p ?o }").rows
(1, 1)
(1, [(rdflib.term.Literal('eins'),)])
"""

from __future__ import annotations

import csv
import errno
import io
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Literal, Protocol, cast

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Identifier

from diplograph.errors import StoreError
from diplograph.paths import store_path
from diplograph.store import journal
from diplograph.store.queries import prefixes
from diplograph.store.terms import to_ox, to_rdflib

if TYPE_CHECKING:
    import pandas

log = logging.getLogger(__name__)

#: Export formats and the Oxigraph serialiser behind each.
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
#: Import formats for :meth:`GraphStore.load`.
LOAD_FORMATS: dict[str, ox.RdfFormat] = {**EXPORT_FORMATS, "ntriples": ox.RdfFormat.N_TRIPLES}

Kind = Literal["select", "ask", "construct"]


@dataclass
class QueryResult:
    """The answer to one SPARQL query, in rdflib terms.

    ``kind`` says which fields are meaningful: ``vars`` and ``rows`` for SELECT (an unbound
    cell is ``None``), ``boolean`` for ASK, ``graph`` for CONSTRUCT and DESCRIBE.
    """

    kind: Kind
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def to_dataframe(self) -> pandas.DataFrame:
        """The SELECT rows as a pandas DataFrame of Python values (needs ``pip install pandas``).

        Literals become their Python value (``xsd:date`` a :class:`datetime.date`, integers
        ``int``), IRIs and blank nodes their string, unbound cells ``None``; columns are the
        query's variables in order.
        """
        if self.kind != "select":
            raise StoreError(f"only a SELECT result is a table (this is {self.kind})")
        try:
            import pandas as pd
        except ImportError as exc:
            raise StoreError("to_dataframe() needs pandas: pip install 'diplograph[notebook]'") from exc
        rows = [tuple(_python(cell) for cell in row) for row in self.rows]
        return pd.DataFrame.from_records(rows, columns=self.vars)


#: Quads written between two flushes of an on-disk store (measured: RSS stays flat at ~25k
#: quads a flush, grows ~40 MiB per 1,000 articles without).
FLUSH_EVERY = 25_000


class GraphStore:
    """A persistent (``path``) or in-memory (``path=None``) quad store of named graphs.

    Use it as a context manager so the database is flushed and its lock released even when
    a command fails half-way. ``read_only=True`` is for commands that only query: several
    readers may then open a folder that a writer holds.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only and self.path is not None
        self._unflushed = 0
        left = journal.pending(self.path) if self.path is not None and self.path.is_dir() else None
        if left is None:
            self._store: ox.Store | None = _open(self.path, self.read_only)
            return
        try:  # a load was cut short: finish its clean-up first, even for a reader
            self._store = _open(self.path, False)
        except StoreError:
            if not self.read_only:
                raise
            self._store = _open(self.path, True)  # the writer that holds it is loading right now
        else:
            self._recover(left)

    def _recover(self, graphs: list[str]) -> None:
        """Drop the article graphs of an interrupted bulk load (one transaction), then its journal."""
        assert self.path is not None
        log.warning("%s: removing %d articles of an interrupted load", self.path, len(graphs))
        if graphs:
            drops = " ;\n".join(f"DROP SILENT GRAPH <{_iri(URIRef(g))}>" for g in graphs)
            try:
                self._db.update(drops)
                self._db.flush()
            except OSError as exc:
                raise StoreError(f"cannot repair {self.path}: {_one_line(exc)}") from exc
        journal.end(self.path)

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush pending writes to disk and release the folder's lock (idempotent)."""
        if self._store is None:
            return
        try:
            if self.path is not None and not self.read_only:
                self._store.flush()
        except OSError as exc:
            raise StoreError(f"cannot flush the store {self.path}: {_one_line(exc)}") from exc
        finally:
            self._store = None

    @property
    def _db(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"the store {self.path or '(in memory)'} is closed")
        return self._store

    # -- writing ---------------------------------------------------------------------------
    def replace_graph(self, name: URIRef, graph: Graph) -> int:
        """Replace the named graph ``name`` by ``graph`` in one transaction; return quads written.

        A single SPARQL update (``DROP SILENT GRAPH``; ``INSERT DATA``) is atomic in Oxigraph,
        so a reader never sees the article half-written and re-ingesting never duplicates it.
        The data part is rdflib's N-Triples serialisation of the graph: every term is escaped
        by the serialiser, no text is pasted into the update.
        """
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        return self.replace_graph_nt(name, data, len(graph))

    def replace_graph_nt(
        self, name: URIRef, ntriples: str, count: int, merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """:meth:`replace_graph` for a graph already serialised as N-Triples (``count`` triples).

        Worker processes serialise, so the writing process only hands the text to Oxigraph.
        ``merge`` maps other graph names to N-Triples merged into them in the same transaction
        (what an article adds to the reference graph), so a crash never splits the two.
        """
        self._writable()
        iri = _iri(name)
        extra = "".join(f"GRAPH <{_iri(g)}> {{\n{nt}}} " for g, nt in (merge or {}).items() if nt.strip())
        update = f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{ntriples}}} {extra}}}"
        try:
            self._db.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write graph <{name}> to {self._where}: {_one_line(exc)}") from exc
        self._written(count)
        return count

    def replace_graphs_nt(
        self, graphs: Sequence[tuple[URIRef, str, int]], merge: Mapping[URIRef, str] | None = None
    ) -> int:
        """:meth:`replace_graph_nt` for several graphs ``(name, N-Triples, count)`` at once.

        When none of them is in the store yet (a fresh ingest), no name comes twice and the text
        holds no blank node, they and ``merge`` go in as one N-Quads load: one transaction, and
        Oxigraph parses N-Quads about twice as fast as the same triples inside a SPARQL update.
        Otherwise each graph is replaced in a transaction of its own, in order (so the later of
        two texts of one name wins), the first one carrying ``merge``. Either way each graph is
        whole or absent after a crash, and its merged data is in as soon as it is."""
        self._writable()
        every = [(name, nt) for name, nt, _ in graphs] + list((merge or {}).items())
        names = {name for name, _, _ in graphs}
        there = any(self._db.contains_named_graph(ox.NamedNode(str(n))) for n in names)
        fresh = len(names) == len(graphs) and not there
        quads = _nquads(every) if fresh else None
        count = sum(c for _, _, c in graphs)
        if quads is None:
            for n, (name, nt, c) in enumerate(graphs):
                self.replace_graph_nt(name, nt, c, merge if n == 0 else None)
            return count
        try:
            self._db.load(quads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            span = f"<{graphs[0][0]}> … <{graphs[-1][0]}>"
            raise StoreError(f"cannot write graphs {span} to {self._where}: {_one_line(exc)}") from exc
        self._written(count)
        return count

    def add_nt(self, name: URIRef, ntriples: str, count: int) -> int:
        """Merge N-Triples text into the named graph ``name`` (one transaction)."""
        self._writable()
        try:
            self._db.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=to_ox(name))  # type: ignore[arg-type]
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{name}> to {self._where}: {_one_line(exc)}") from exc
        self._written(count)
        return count

    def add_to_graph(self, name: URIRef, graph: Graph) -> int:
        """Merge the triples of ``graph`` into the named graph ``name`` (one transaction)."""
        self._writable()
        g = to_ox(name)
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in graph]  # type: ignore[arg-type]
        try:
            self._db.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write graph <{name}> to {self._where}: {exc}") from exc
        self._written(len(quads))
        return len(quads)

    def _written(self, quads: int) -> None:
        """Flush to disk every :data:`FLUSH_EVERY` quads: RocksDB otherwise keeps every write in
        memory tables until the store closes, and memory would grow with the corpus."""
        self._unflushed += quads
        if self.path is not None and self._unflushed >= FLUSH_EVERY:
            self.flush()

    def remove_graphs(self, names: Iterable[URIRef]) -> None:
        """Remove several named graphs in one transaction (absent ones are no error)."""
        drops = " ;\n".join(f"DROP SILENT GRAPH <{_iri(n)}>" for n in names)
        if drops:
            self.update(drops)

    def bulk_load(self, stream: BinaryIO, fmt: str = "nquads", *, lenient: bool = False) -> None:
        """Bulk-import RDF read from ``stream`` with Oxigraph's bulk loader (no transaction).

        Callers that need all-or-nothing per article wrap it in the load journal
        (:mod:`diplograph.store.journal`), as :mod:`diplograph.scale.load` does. ``lenient``
        skips most validation of IRIs and literals (≈10 % less CPU, measured): only for text
        diplograph wrote itself.
        """
        self._writable()
        try:
            self._db.bulk_load(stream, format=_format(fmt, LOAD_FORMATS), lenient=lenient)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load into {self._where}: {_one_line(exc)}") from exc

    def flush(self) -> None:
        """Write pending changes to disk now (a no-op for an in-memory store)."""
        if self.path is not None and not self.read_only:
            try:
                self._db.flush()
            except OSError as exc:
                raise StoreError(f"cannot flush the store {self.path}: {_one_line(exc)}") from exc
            self._unflushed = 0

    def remove_graph(self, name: URIRef) -> None:
        """Remove the named graph ``name`` and its triples (no error if it is absent)."""
        self._writable()
        self.update(f"DROP SILENT GRAPH <{_iri(name)}>")

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (atomic: all or nothing)."""
        self._writable()
        try:
            self._db.update(sparql, prefixes=prefixes())
        except SyntaxError as exc:
            raise StoreError(f"bad SPARQL update: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot update {self._where}: {_one_line(exc)}") from exc

    def load(self, path: str | os.PathLike[str], fmt: str = "nquads") -> None:
        """Bulk-import an RDF file (N-Quads, TriG, …) straight into the database.

        Bulk loading is fast but not transactional: a failure may leave part of the file in.
        """
        self._writable()
        try:
            self._db.bulk_load(path=os.fspath(path), format=_format(fmt, LOAD_FORMATS))
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {path} into {self._where}: {_one_line(exc)}") from exc

    # -- reading ---------------------------------------------------------------------------
    def has_graph(self, name: URIRef) -> bool:
        """Tell whether the named graph ``name`` exists."""
        return bool(self._db.contains_named_graph(ox.NamedNode(str(name))))

    def graph_names(self) -> list[URIRef]:
        """Return the names of all named graphs, sorted."""
        return sorted(URIRef(g.value) for g in self._db.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: URIRef | None = None) -> int:
        """Count the quads of the whole store, or the triples of one named graph."""
        if graph is None:
            return len(self._db)
        return sum(1 for _ in self._db.quads_for_pattern(None, None, None, ox.NamedNode(str(graph))))

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        *,
        union: bool = True,
    ) -> QueryResult:
        """Run a SPARQL query; ``bindings`` fix variables to RDF terms (never pasted as text).

        With ``union`` (the default) a pattern outside ``GRAPH`` sees the union of all named
        graphs, so facts from many articles meet on the same actor. The project's prefixes
        (``dg:``, ``dgt:``, ``rdfs:`` …) are predeclared. Bound values reach the query's top
        level only: SPARQL subqueries cannot see them (Oxigraph follows SEP-0007 scoping).
        """
        with self._query_errors():
            return _result(self._answer(sparql, bindings, union))

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> list[tuple[str | None, ...]]:
        """Run a SELECT query and return its rows as plain strings (IRIs, lexical forms).

        For bulk reads of tens of thousands of rows: building rdflib terms costs more than
        the query itself, and timelines and event exports only need the strings. A language
        tag or datatype is dropped, so ask for ``LANG(?x)`` when it matters.
        """
        with self._query_errors():
            answer = self._answer(sparql, bindings)
            if not isinstance(answer, ox.QuerySolutions):
                raise StoreError("values() needs a SELECT query")
            return _strings(answer)

    def _answer(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None, union: bool = True
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Oxigraph's (lazy) answer to ``sparql`` with the project's prefixes and ``bindings``
        substituted: what :meth:`query`, :meth:`values` and :meth:`values_many` all ask the
        database; they read the answer inside :meth:`_query_errors`, where its errors surface."""
        return self._db.query(
            sparql,
            prefixes=prefixes(),
            use_default_graph_as_union=union,
            substitutions=_substitutions(bindings),
        )

    @contextmanager
    def _query_errors(self) -> Iterator[None]:
        """Oxigraph's errors while a query runs, as one clear :class:`StoreError` each: a query
        that cannot run (e.g. a bound variable it does not SELECT), bad SPARQL, or the disk."""
        try:
            yield
        except RuntimeError as exc:
            raise StoreError(f"cannot run the query: {_one_line(exc)}") from exc
        except SyntaxError as exc:
            raise StoreError(f"bad SPARQL query: {_one_line(exc)}") from exc
        except OSError as exc:
            raise StoreError(f"cannot query {self._where}: {_one_line(exc)}") from exc

    def values_many(self, queries: Sequence[str], threads: int = 2) -> list[list[tuple[str | None, ...]]]:
        """Run several SELECT queries (no bindings) at once; rows as :meth:`values` gives them.

        For the bulk reads of events.records: each query's answer is written as CSV by
        Oxigraph, which lets other threads run meanwhile (Python objects for each term are
        never made), and parsed by the csv module; on two cores a whole-store read of the
        timeline takes a quarter less wall time. CSV writes an unbound cell and an empty
        literal alike: both come back as None.
        """
        if len(queries) < 2 or threads < 2:
            return [self._csv_values(q) for q in queries]
        with ThreadPoolExecutor(threads) as pool:
            return list(pool.map(self._csv_values, queries))

    def _csv_values(self, sparql: str) -> list[tuple[str | None, ...]]:
        """One query of :meth:`values_many`; as :meth:`values` when CSV cannot say it alike."""
        answer = None
        try:
            with self._query_errors():
                answer = self._answer(sparql)
                if not isinstance(answer, ox.QuerySolutions):
                    raise StoreError("values_many() needs SELECT queries")
                width = len(answer.variables)
                text = cast(bytes, answer.serialize(format=ox.QueryResultsFormat.CSV)).decode("utf-8")
        finally:
            # The answer may only be dropped in the thread that made it (pyoxigraph), and an
            # exception's traceback would carry it to the caller's thread.
            answer = None
        # Oxigraph writes blank nodes as "_:id" (values() gives "id") and IRIs unquoted even
        # with a comma in them, which splits the row: such answers are read again as values().
        rows = None if "_:" in text else _csv_rows(text, width)
        return self.values(sparql) if rows is None else rows

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the whole store to ``out`` as nquads, trig, turtle or jsonld.

        N-Quads, TriG and JSON-LD keep the named graphs and stream from the database; Turtle
        has no graphs, so it gets the union of all graphs as one graph (duplicates merged).
        """
        rdf_format = _format(fmt, EXPORT_FORMATS)
        try:
            if rdf_format == ox.RdfFormat.TURTLE:
                union = self._db.query(
                    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
                )
                ox.serialize(cast(ox.QueryTriples, union), out, rdf_format, prefixes=prefixes())
            elif rdf_format == ox.RdfFormat.TRIG:
                self._db.dump(out, rdf_format, prefixes=prefixes())
            else:
                self._db.dump(out, rdf_format)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot export {self._where} as {fmt}: {_one_line(exc)}") from exc

    def dataset(self) -> Dataset:
        """Return an rdflib :class:`~rdflib.Dataset` over this same database (via oxrdflib).

        For notebook users who prefer rdflib's API. It shares the open database, so close the
        store only when done with the dataset. oxrdflib has no transactions: write articles
        with :meth:`replace_graph`, not through the dataset.
        """
        from oxrdflib.store import OxigraphStore

        return Dataset(store=OxigraphStore(store=self._db), default_union=True)

    def quads(self, graph: URIRef | None = None) -> Iterator[tuple[Identifier, ...]]:
        """Iterate the (subject, predicate, object, graph) quads, optionally of one graph."""
        g = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._db.quads_for_pattern(None, None, None, g):
            yield (
                to_rdflib(q.subject),
                to_rdflib(q.predicate),
                to_rdflib(q.object),
                to_rdflib(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else URIRef(""),
            )

    def triples(self, graph: URIRef, subject: str | None = None) -> Iterator[tuple[str, str, str, str, str]]:
        """The triples of the named graph ``graph`` (of ``subject`` alone: an IRI, or ``_:id``)
        as plain strings: subject (``_:id`` for a blank node), predicate, object value, object
        kind (``i`` IRI, ``b`` blank node, ``l`` literal), language tag ("" if none).

        For the summary (:mod:`diplograph.summary`), which reads back what was just written.
        """
        s: ox.NamedNode | ox.BlankNode | None = None
        if subject is not None:
            s = ox.BlankNode(subject[2:]) if subject.startswith("_:") else ox.NamedNode(subject)
        iri, blank, literal = ox.NamedNode, ox.BlankNode, ox.Literal  # looked up once: a hot loop
        for sub, p, o, _ in self._db.quads_for_pattern(s, None, None, ox.NamedNode(str(graph))):
            kind = type(o)
            key = sub.value if type(sub) is iri else "_:" + sub.value if type(sub) is blank else None
            if key is None:
                continue  # RDF-star: no view query reads quoted triples
            if kind is iri:
                yield key, p.value, o.value, "i", ""
            elif kind is literal:
                yield key, p.value, o.value, "l", o.language or ""
            elif kind is blank:
                yield key, p.value, o.value, "b", ""

    @property
    def oxigraph(self) -> ox.Store:
        """The open pyoxigraph database, for the SPARQL endpoint (``diplograph serve``).

        The endpoint streams pyoxigraph's own result serialisers (SPARQL JSON/XML/CSV/TSV,
        Turtle, JSON-LD) instead of converting every row to rdflib terms and back.
        """
        return self._db

    # -- helpers ---------------------------------------------------------------------------
    @property
    def _where(self) -> str:
        return str(self.path) if self.path is not None else "the in-memory store"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> GraphStore:
    """Open the store at ``path``, ``$DIPLOGRAPH_STORE`` or ``./diplograph-store``.

    To get an in-memory store, build :class:`GraphStore` with no path.
    """
    return GraphStore(store_path(path), read_only=read_only)


def _open(path: Path | None, read_only: bool) -> ox.Store:
    if path is None:
        return ox.Store()
    if path.exists() and not path.is_dir():
        raise StoreError(f"the store path {path} is a file, not a folder")
    if read_only:
        if not (path / "CURRENT").exists():
            raise StoreError(f"no store at {path} (ingest some articles first, or pass --store)")
        try:
            return ox.Store.read_only(os.fspath(path))
        except OSError as exc:
            log.info("read-only open of %s failed (%s); trying a normal open", path, exc)
    try:
        return ox.Store(os.fspath(path))
    except OSError as exc:
        text = str(exc)
        if "lock" in text.casefold():
            raise StoreError(f"the store {path} is in use by another diplograph process") from exc
        raise StoreError(f"cannot open the store {path}: {_one_line(exc)}") from exc


def _result(answer: object) -> QueryResult:
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [tuple(None if t is None else to_rdflib(t) for t in sol) for sol in answer]
        return QueryResult("select", vars=names, rows=rows)
    graph = Graph()
    for prefix, iri in prefixes().items():
        graph.bind(prefix, iri)
    for t in cast(ox.QueryTriples, answer):
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return QueryResult("construct", graph=graph)


def _python(term: Identifier | None) -> object:
    """A result cell as a Python value: a literal's value, an IRI's string, or None."""
    if term is None:
        return None
    if isinstance(term, RdfLiteral):
        value = term.toPython()
        return str(term) if isinstance(value, RdfLiteral) else value
    return str(term)


def _format(fmt: str, formats: Mapping[str, ox.RdfFormat]) -> ox.RdfFormat:
    try:
        return formats[fmt]
    except KeyError:
        raise StoreError(f"unknown RDF format {fmt!r} (choose from {', '.join(formats)})") from None


def _iri(name: URIRef) -> str:
    """Check that a graph name can stand between ``<`` and ``>`` in SPARQL."""
    text = str(name)
    if any(c in text for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"graph name {text!r} is not a valid IRI")
    return text


def _one_line(exc: BaseException, limit: int = 240) -> str:
    """The error on one line, cut short: Oxigraph's parser lists every character it expected."""
    text = " ".join(str(exc).split())
    if "No space left on device" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        text = "the disk is full (free some space and run the command again; the store keeps every "\
            "article written before): " + text
        limit += 120
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Exporter(Protocol):
    """Anything that writes itself as RDF: the embedded store or a SPARQL server's."""

    def export(self, out: BinaryIO, fmt: str) -> None: ...


def export_file(store: Exporter, path: str | os.PathLike[str], fmt: str) -> None:
    """Export ``store`` to the file ``path`` through a temporary file, renamed when complete.

    A failed export leaves no half-written file behind (and an older export untouched).
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise StoreError(f"cannot write {target}: the folder {target.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise StoreError(f"cannot write {target}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as out:
            store.export(out, fmt)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _substitutions(
    bindings: Mapping[str, Identifier] | None,
) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None:
    """Bound variables as Oxigraph substitutions (None when there are none)."""
    return {ox.Variable(k): to_ox(v) for k, v in bindings.items()} if bindings else None


def _strings(answer: ox.QuerySolutions) -> list[tuple[str | None, ...]]:
    """The rows of ``answer`` as strings. Two- and three-column rows (the bulk reads of
    events.records) are unpacked by position: 10-15 % less CPU than a loop over each row."""
    width = len(answer.variables)
    if width == 2:
        return [(None if a is None else a.value, None if b is None else b.value) for a, b in answer]
    if width == 3:
        return [
            (None if a is None else a.value, None if b is None else b.value, None if c is None else c.value)
            for a, b, c in answer
        ]
    return [tuple([None if t is None else t.value for t in sol]) for sol in answer]


def _csv_rows(text: str, width: int) -> list[tuple[str | None, ...]] | None:
    """The rows of a SPARQL CSV answer (header first) as :func:`_strings` gives them, "" as
    None; None when a row has not ``width`` cells."""
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader, None)
    try:
        if width == 1:
            return [(a or None,) for (a,) in reader]
        if width == 2:
            return [(a or None, b or None) for a, b in reader]
        if width == 3:
            return [(a or None, b or None, c or None) for a, b, c in reader]
    except ValueError:
        return None
    rows = [tuple([c or None for c in row]) for row in reader]
    return rows if all(len(row) == width for row in rows) else None


def _nquads(graphs: Sequence[tuple[URIRef, str]]) -> str | None:
    """N-Triples texts as one N-Quads text, each line put in its graph; None when a text holds a
    blank node (its label would be shared across graphs in one document) or a line that does
    not end as rdflib writes it (``" .\\n"``; literals escape their line breaks)."""
    parts = []
    for name, nt in graphs:
        if not nt.strip():
            continue
        if "_:" in nt or not nt.endswith(" .\n") or nt.count("\n") != nt.count(" .\n"):
            return None
        parts.append(nt.replace(" .\n", f" <{_iri(name)}> .\n"))
    return "".join(parts)
