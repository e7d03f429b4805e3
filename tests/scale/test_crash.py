"""Nothing lost: kill -9 during ingest and load, two writers on one store, a full disk.

The many-kill run is ``scripts/crash_test.py`` (50 kills of each); here a few kills of each
exercise the same checks. The full-disk test mounts a small tmpfs, which needs root: CI runs as
root, and under ``CI`` a failed mount fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import nquads, write_corpus

from diplograph.cli import main
from diplograph.errors import StoreError
from diplograph.loader import ingest
from diplograph.scale import extract as ex
from diplograph.scale.load import load
from diplograph.store import GraphStore, journal

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "crash_test.py"


def _crash_script() -> object:
    spec = importlib.util.spec_from_file_location("crash_test", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_test"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_interrupted_load_is_undone_on_next_open(tmp_path: Path) -> None:
    """A journal left by a killed load: the next open, even a reader's, drops that batch's articles."""
    corpus = write_corpus(tmp_path / "c.jsonl", copies=2)
    ex.extract([str(corpus)], tmp_path / "s", shard_size=6)
    store_dir = tmp_path / "store"
    with GraphStore(store_dir) as store:
        load([tmp_path / "s"], store)
        complete = nquads(store)
        names = store.graph_names()
    half = [str(g) for g in names if "/article/" in str(g)][:3]
    journal.begin(store_dir, half)  # as if the load of these three had been cut short
    with GraphStore(store_dir, read_only=True) as store:
        assert not any(store.has_graph(g) for g in names if str(g) in half)
        assert len(store.graph_names()) == len(names) - 3
    assert journal.pending(store_dir) is None
    with GraphStore(store_dir) as store:
        load([tmp_path / "s"], store)
        assert nquads(store) == complete


@pytest.mark.slow
def test_random_kills_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    crash = _crash_script()
    corpus = write_corpus(tmp_path / "c.jsonl", copies=8)
    reports = crash.run(corpus, tmp_path, 2, "both", 1, 3000, 7)  # type: ignore[attr-defined]
    for mode, report in reports.items():
        assert report.kills == 2, mode
        assert report.failures == [], report.failures


def _holder(store: Path) -> subprocess.Popen[str]:
    """Another process that opens the store for writing and keeps it open."""
    code = (
        "import sys, time\nfrom diplograph.store import GraphStore\n"
        "with GraphStore(sys.argv[1]):\n    print('open', flush=True)\n    time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(store)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_second_writer_is_refused_and_store_intact(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    store_dir = tmp_path / "store"
    with GraphStore(store_dir) as store:
        ingest([str(corpus)], store)
        before = nquads(store)
    ex.extract([str(corpus)], tmp_path / "s")
    proc = _holder(store_dir)
    try:
        runner = CliRunner()
        for args in (["ingest", str(corpus)], ["load", str(tmp_path / "s")]):
            out = runner.invoke(main, [*args, "--store", str(store_dir)])
            assert out.exit_code == 1
            assert "in use by another diplograph process" in out.output
        with pytest.raises(StoreError, match="in use"):
            GraphStore(store_dir)
    finally:
        proc.kill()
        proc.wait()
    with GraphStore(store_dir) as store:
        assert nquads(store) == before


@contextlib.contextmanager
def _small_disk(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        why = f"cannot mount a small tmpfs (needs root): {done.stderr.strip()}"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    try:
        yield where
    finally:
        for _ in range(10):
            if subprocess.run(["umount", str(where)], capture_output=True).returncode == 0:
                break
            time.sleep(0.2)


def _grow(where: Path, size: str) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(where)], check=True)


def test_full_disk_gives_clear_error_and_usable_store(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", copies=40)
    with GraphStore() as full:
        ingest([str(corpus)], full)
        expected = nquads(full)
    runner = CliRunner()
    with _small_disk(tmp_path / "disk", "1m") as disk:
        store_dir = disk / "store"
        out = runner.invoke(main, ["ingest", str(corpus), "--store", str(store_dir)])
        assert out.exit_code == 1
        assert "the disk is full" in out.output and "Traceback" not in out.output
        with GraphStore(store_dir, read_only=True) as store:  # opens; what is there is whole
            partial = nquads(store)
        assert partial <= expected and len(partial) < len(expected)
        _grow(disk, "64m")
        out = runner.invoke(main, ["ingest", str(corpus), "--store", str(store_dir)])
        assert out.exit_code == 0, out.output
        with GraphStore(store_dir) as store:
            assert nquads(store) == expected
        # a load that hits a full disk is refused clearly and undone at the next open
        ex.extract([str(corpus)], tmp_path / "s", shard_size=10)
        with GraphStore(disk / "store2"):
            pass
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        filler.write_bytes(b"\0" * max(0, free - 600_000))
        store = GraphStore(disk / "store2")
        with pytest.raises(StoreError, match="the disk is full"):
            load([tmp_path / "s"], store, max_quads=2000)
        assert journal.pending(disk / "store2") is not None
        with contextlib.suppress(StoreError):
            store.close()
        filler.unlink()
        with GraphStore(disk / "store2") as store:
            assert nquads(store) <= expected
            load([tmp_path / "s"], store)
            assert nquads(store) == expected
