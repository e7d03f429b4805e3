"""Summary rows computed where shards are written, so ``load`` need not read its articles back.

Why: keeping the summary during ``diplograph load`` meant reading every loaded article graph
back from the store and turning its triples into rows (:mod:`.rows`, :mod:`.records`): 60 % of
the command's time on 10kGNAD's shards, more than Oxigraph's bulk load itself. An article's rows
depend on its graph's triples alone, and a shard holds exactly those triples, so ``extract``
computes them in its workers, which run in parallel (on a cluster too), and writes them beside
the shard; ``load``, the single writer, only inserts them into the SQLite summary. The cost
moves rather than vanishes: about +10 % of ``extract``'s CPU (1.1 CPU-s on 11 for 10kGNAD's
1,028 articles, measured).

The rows are computed by the same code as the read-back (``maintain.graph_parts`` on the triples an
in-memory Oxigraph store gives for the shard: the same term encoding as the on-disk store, so
a decimal such as ``"2.50"`` comes back as the store would give it). They are only used by a
loader whose summary code is byte for byte the code that computed them (:func:`code_signature`);
otherwise ``load`` reads the articles back as before.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

import orjson
from rdflib import URIRef

from diplograph.store import GraphStore
from diplograph.summary.db import PartRows
from diplograph.summary.rows import Row

#: What a rows file is named after its shard's index.
ROWS_SUFFIX = ".rows.json.gz"

Part = PartRows


def rows_name(index: int) -> str:
    """The file name of partition ``index``'s summary rows."""
    return f"part-{index:06d}{ROWS_SUFFIX}"


@cache
def code_signature() -> str:
    """A hash of the code that turns a graph into summary rows and of the summary's format.

    Rows from shards written by other code (an older or newer diplograph) are not trusted:
    the loader reads those articles back from the store instead.
    """
    from diplograph import views
    from diplograph.summary import db, records, rows

    digest = hashlib.sha256()
    digest.update(db.FORMAT.encode())
    for module in (rows, records):
        digest.update(Path(str(module.__file__)).read_bytes())
    digest.update((Path(str(views.__file__)).parent / "facts.py").read_bytes())
    return digest.hexdigest()[:16]


def compute(nquads: bytes, graphs: Sequence[str]) -> list[tuple[str, dict[str, set[Row]]]]:
    """The summary rows of each article graph ``graphs`` of the N-Quads text ``nquads``."""
    from diplograph.summary.maintain import graph_parts

    with GraphStore() as store:
        store.bulk_load(io.BytesIO(nquads), "nquads")
        return list(graph_parts(store, [URIRef(g) for g in graphs]))


def dump(parts: Sequence[tuple[str, dict[str, set[Row]]]]) -> bytes:
    """The rows file's bytes (gzip-compressed JSON; each table's rows sorted, so it is stable)."""
    data = {
        "code": code_signature(),
        "parts": [[key, {t: sorted(rows, key=_order) for t, rows in tables.items() if rows}]
                  for key, tables in parts],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=1, mtime=0)


def _order(row: Row) -> tuple[str, ...]:
    return tuple("" if v is None else v for v in row)


def read(path: Path) -> Iterator[Part]:
    """The parts of a rows file written by :func:`dump`.

    Each table's rows stay the JSON lists they are read as (distinct already, and all that
    :meth:`SummaryDB.replace` does is unpack them): making sets of tuples of them took as long
    as decoding the JSON.
    """
    with gzip.open(path, "rb") as handle:
        data = orjson.loads(handle.read())  # a third of json's time on these files
    for key, tables in data["parts"]:
        yield str(key), tables
