"""Summary rows computed by extract give the summary that reading the loaded articles back gives."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from conftest import SAMPLE_PUBLISHED, SAMPLES

from diplograph.errors import InputError
from diplograph.scale import extract as ex
from diplograph.scale.load import load, shares
from diplograph.scale.shards import find_manifests
from diplograph.store import GraphStore
from diplograph.summary import shardrows
from diplograph.summary.db import SummaryDB, _table
from diplograph.summary.maintain import _Writer, build_summary, kept_summary
from diplograph.summary.reader import fresh_summary
from diplograph.summary.rows import TABLES

Dump = dict[str, set[tuple[object, ...]]]


def _dump(store_dir: Path) -> Dump:
    """Every table's rows with their part's key instead of its id (ids differ by write order)."""
    db = SummaryDB(store_dir, create=False)
    try:
        con = db._db
        return {name: set(con.execute(f"SELECT p.key, t.* FROM {_table(name)} t JOIN parts p ON p.id = t.part"
                                      ).fetchall()) for name in TABLES} | {
            "keys": set(con.execute("SELECT key FROM parts").fetchall())}
    finally:
        db.close()


def _strip_ids(dump: Dump) -> Dump:
    """The rows without their part ids."""
    return {name: rows if name == "keys" else {(row[0], *row[2:]) for row in rows}
            for name, rows in dump.items()}


def _load(shards: Path, store_dir: Path) -> Dump:
    with kept_summary(store_dir) as keeper, GraphStore(store_dir) as store:
        assert keeper is not None
        load([shards], store, watch=keeper.loaded(store), max_quads=400)  # several batches
    db, _ = fresh_summary(store_dir)
    assert db is not None, "the summary must match the store after a load"
    db.close()
    return _strip_ids(_dump(store_dir))


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rows") / "shards"
    ex.extract([str(SAMPLES)], folder, shard_size=3, options=ex.Options(published=SAMPLE_PUBLISHED))
    return folder


def _forget_rows(folder: Path, code: str | None) -> None:
    """Make the manifests name no rows file (an older extract), or one of other code."""
    for path in folder.glob("part-*.json"):
        data = json.loads(path.read_text("utf-8"))
        data.pop("rows", None)
        data.pop("rows_code", None)
        if code is not None:
            data["rows"], data["rows_code"] = "part-999999.rows.json.gz", code
        path.write_text(json.dumps(data), "utf-8")


def test_extract_writes_rows_that_load_uses(shards: Path) -> None:
    """Every shard names its rows file, signed with this code, and holds a part per article."""
    manifests = find_manifests(shards)
    assert len(manifests) >= 3
    for m in manifests:
        assert m.rows is not None and m.rows.is_file()
        keys = [key for key, _ in shardrows.read(m.rows)]
        assert keys == [a.iri for a in m.articles]
    assert sum(1 for m in manifests for _, t in shardrows.read(m.rows) if t.get("meeting-participants"))  # type: ignore[arg-type]


@pytest.mark.parametrize("code", [None, "0123456789abcdef"])
def test_rows_from_shards_equal_rows_read_back(shards: Path, tmp_path: Path, code: str | None) -> None:
    """Loading with the rows files, without them (old shards) or with rows of other code (not
    trusted, read back instead), and building the summary from the store all give the same rows."""
    with_rows = _load(shards, tmp_path / "with")
    old = tmp_path / "old"
    old.mkdir()
    for f in shards.iterdir():
        (old / f.name).write_bytes(f.read_bytes())
    _forget_rows(old, code)
    assert all(m.rows is None for m in find_manifests(old))
    read_back = _load(old, tmp_path / "without")
    assert with_rows == read_back
    build_summary(tmp_path / "with")
    assert _strip_ids(_dump(tmp_path / "with")) == with_rows
    assert sum(len(rows) for name, rows in with_rows.items() if name != "keys") > 100


def test_loading_again_replaces_rows(shards: Path, tmp_path: Path) -> None:
    """Loading the same shards twice leaves the summary of loading them once."""
    once = _load(shards, tmp_path / "store")
    assert _load(shards, tmp_path / "store") == once


def test_shares_balance_quads(shards: Path) -> None:
    """Shards are shared out to the bulk-load threads by quads, each shard once."""
    manifests = find_manifests(shards)
    got = shares(manifests, 2)
    assert sorted(p for share in got for p in share) == sorted(m.shard for m in manifests)
    assert len(got) == 2
    assert shares(manifests[:1], 2) == [[manifests[0].shard]]


def test_writer_raises_the_first_error() -> None:
    """A failed summary write surfaces in the main thread, and later jobs do not run."""
    ran: list[int] = []
    go = threading.Event()
    writer = _Writer()

    def first() -> None:
        go.wait(10)
        ran.append(1)

    def fail() -> None:
        raise ValueError("disk trouble")

    writer.put(first)  # holds the thread until the other two are queued
    writer.put(fail)
    writer.put(lambda: ran.append(2))
    go.set()
    with pytest.raises(ValueError, match="disk trouble"):
        writer.close()
    assert ran == [1]


def test_missing_rows_file_is_refused(shards: Path, tmp_path: Path) -> None:
    """A manifest that names a rows file of this code which is not there is not a whole shard."""
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in shards.iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    (broken / shardrows.rows_name(0)).unlink()
    with pytest.raises(InputError, match="summary rows"):
        find_manifests(broken)
