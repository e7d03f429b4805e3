"""Structures derived from the data files, kept on disk so that a start reads them back.

Every ``diplograph`` process used to derive the same structures from the same files: the
gazetteer's 8,900 entries from 3 MB of Turtle and TSV (0.2 s of CPU) and each language's name
index from those (0.2 s), before its first article. With ``--jobs`` that work is serial and
bounds the speed-up. Here such a structure is written once, as :mod:`marshal` data (plain
values: strings, numbers, tuples, lists, dicts, sets — nothing that runs code when read), in
the user's cache folder, under a name that holds a digest of everything it was derived from:
the data files and the package's own source. Any change to either gives another name, so a
stale file is never read; a missing, damaged or foreign file is ignored (the caller builds the
structure and tries to write it again); a folder that cannot be written only costs the time
saved. ``DIPLOGRAPH_CACHE`` names the folder (``off`` turns every cache off); the default is
``$XDG_CACHE_HOME/diplograph`` or ``~/.cache/diplograph``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent
#: Says which layout of the files this module writes; part of every file's contents.
_FORMAT = "diplograph-cache-1"


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when ``DIPLOGRAPH_CACHE=off``."""
    chosen = os.environ.get("DIPLOGRAPH_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "diplograph"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` so that a reader sees the whole file or none (parallel
    processes start together); ``False`` when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        log.debug("not cached at %s: %s", path, exc)
        return False
    return True


@functools.cache
def source_digest() -> str:
    """A digest of the package's Python source: code that derives a structure may change it."""
    return files_digest(sorted(_PACKAGE.rglob("*.py")), _PACKAGE)


def files_digest(files: Iterable[Path], root: Path) -> str:
    """A digest of ``files`` (names relative to ``root``, and contents)."""
    h = hashlib.blake2b(digest_size=16)
    for path in files:
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def folder_digest(folder: Path) -> str:
    """A digest of every file under ``folder`` (empty if there is no such folder)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    return files_digest(files, folder)


#: Files kept per kind: each edit of the code or data gives new names, and several checkouts
#: may share the folder; older files beyond these are removed when one is written.
KEEP = 6


def _prefix(kind: str) -> str:
    return f"{kind}-py{sys.version_info[0]}{sys.version_info[1]}m{marshal.version}-"


def _path(kind: str, digest: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    name = hashlib.blake2b(digest.encode(), digest_size=16).hexdigest()
    return folder / f"{_prefix(kind)}{name}.marshal"


def _prune(folder: Path, kind: str) -> None:
    """Remove all but the :data:`KEEP` newest files of ``kind`` (another process may remove
    them first, or still read one it opened: that is harmless)."""
    try:
        found = [(p.stat().st_mtime_ns, p) for p in folder.glob(f"{_prefix(kind)}*.marshal")]
        for _, old in sorted(found, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cache folder %s not pruned: %s", folder, exc)


def load(kind: str, digest: str) -> Any | None:
    """The value cached as ``kind`` for ``digest``, or ``None`` (absent, damaged, foreign)."""
    path = _path(kind, digest)
    if path is None:
        return None
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 4 and data[:3] == (_FORMAT, kind, digest)):
        return None
    return data[3]


def save(kind: str, digest: str, value: Any) -> bool:
    """Cache ``value`` (marshal data) as ``kind`` for ``digest``; ``False`` if not written."""
    path = _path(kind, digest)
    if path is None:
        return False
    try:
        data = marshal.dumps((_FORMAT, kind, digest, value))
    except ValueError as exc:  # a value marshal cannot hold (a YAML date): built every time
        log.debug("cannot cache %s: %s", kind, exc)
        return False
    if not write_atomically(path, data):
        return False
    _prune(path.parent, kind)
    return True
