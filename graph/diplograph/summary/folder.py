"""Whether the store folder changed since the summary was written: its files' fingerprint.

Any write to an Oxigraph store, by whatever program (``serve --allow-update``, pyoxigraph in a
notebook, an interrupted load), appends to RocksDB's write-ahead log or adds table files, so
the names, sizes and modification times of the folder's files change. A read-only open
changes none of them (measured: pyoxigraph 0.5.13). Writers of diplograph record the
fingerprint after closing the store; a reader compares it with the folder as it finds it, and
any difference means the summary may not hold what the store holds.

Not counted: RocksDB's info logs (``LOG``, ``LOG.old.*``), which say nothing about the data,
and the summary's own files. The load journal is counted: while it exists, the next open will
drop its articles.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: The summary's file inside the store folder (SQLite; RocksDB ignores files it did not write).
SUMMARY_FILE = "diplograph-summary.sqlite"


def _counted(name: str) -> bool:
    return not (name == "LOG" or name.startswith("LOG.old") or name.startswith(SUMMARY_FILE))


def fingerprint(store_dir: Path) -> str:
    """A hash of the names, sizes and modification times of the store folder's data files."""
    digest = hashlib.sha256()
    try:
        entries = sorted(os.scandir(store_dir), key=lambda e: e.name)
    except FileNotFoundError:
        return "absent"
    for entry in entries:
        if not _counted(entry.name):
            continue
        try:
            st = entry.stat()
        except FileNotFoundError:  # removed while we looked: the folder is changing anyway
            digest.update(f"{entry.name}:gone\n".encode())
            continue
        digest.update(f"{entry.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def holds_store(store_dir: Path) -> bool:
    """Whether an Oxigraph store exists in the folder (RocksDB's ``CURRENT`` file)."""
    return (store_dir / "CURRENT").exists()
