"""The load journal: which articles a bulk load is writing, so a crash cannot leave half of one.

Oxigraph's bulk loader is fast because it skips transactions: a process killed while it runs
leaves part of its input in the store. Before each bulk load, :func:`begin` writes the names of
the article graphs it is about to write to a small file in the store folder (written whole,
synced, then renamed into place); :func:`end` removes it once the load is complete. Whoever
opens the store next for writing finds the file and drops those graphs in one transaction
(:func:`pending` + ``GraphStore``), so every article is either whole or absent, and loading the
same shards again completes them. RocksDB ignores files in its folder it did not write.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from diplograph.errors import StoreError

#: The journal's file name inside the store folder.
JOURNAL = "diplograph-loading.json"


def _sync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def begin(store_dir: Path, graphs: Sequence[str]) -> None:
    """Record that the article graphs ``graphs`` are being loaded (durably, before any is)."""
    target = store_dir / JOURNAL
    tmp = store_dir / (JOURNAL + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump({"graphs": list(graphs)}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _sync_dir(store_dir)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write the load journal in {store_dir}: {exc.strerror or exc}") from exc


def end(store_dir: Path) -> None:
    """Record that the load is complete (the journal goes away)."""
    try:
        (store_dir / JOURNAL).unlink(missing_ok=True)
        _sync_dir(store_dir)
    except OSError as exc:
        raise StoreError(f"cannot remove the load journal in {store_dir}: {exc.strerror or exc}") from exc


def pending(store_dir: Path) -> list[str] | None:
    """The graphs of a load that did not finish, or None when no load was interrupted.

    A journal cut short cannot exist (it is renamed into place only when complete); one that
    does not parse is reported rather than guessed at.
    """
    path = store_dir / JOURNAL
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the load journal {path}: {exc.strerror or exc}") from exc
    try:
        graphs = json.loads(text)["graphs"]
    except (ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"the load journal {path} is damaged ({exc}); remove it to open the store") from exc
    return [str(g) for g in graphs]
