"""Hand items to a writer a batch at a time, optionally on a background thread.

Ingest writes each article's graph into the store. A SPARQL update per article cost 0.75 s of
CPU for the 1,028 10kGNAD articles; 32 articles to one N-Quads load cost 0.5 s, and that work
(parsing, the store's indexes, RocksDB) runs in Rust without Python's lock. So ingest collects
articles into batches, writes a batch in one transaction and, in a single process, does so on
a second thread while the next articles are read: the store's work then runs on the machine's
other core.

The thread is the only writer; items reach it in order, and its first error comes back to the
caller at the next :meth:`BatchWriter.add` or at :meth:`BatchWriter.close`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class BatchWriter(Generic[T]):
    """Collect items and call ``write`` on each ``size`` of them (and on the rest at the end).

    With ``background`` the calls run on one thread of their own, at most one batch waiting for
    it, so at most three batches are held at once (one written, one waiting, one filling). Use
    it as a context manager: leaving the block, even by an error, writes what was collected and
    waits for the thread.
    """

    def __init__(self, write: Callable[[list[T]], None], size: int, *, background: bool) -> None:
        self._write = write
        self._size = max(1, size)
        self._pending: list[T] = []
        self._error: BaseException | None = None
        self._queue: queue.Queue[list[T] | None] = queue.Queue(maxsize=1)
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._run, name="diplograph-writer", daemon=True)
            self._thread.start()

    def __enter__(self) -> BatchWriter[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def add(self, item: T) -> None:
        """Collect ``item``; hand the batch over when it is full."""
        self._pending.append(item)
        if len(self._pending) >= self._size:
            batch, self._pending = self._pending, []
            self._hand(batch)

    def close(self) -> None:
        """Write what is collected, wait for the writer, and raise its error if it had one."""
        try:
            if self._pending:
                batch, self._pending = self._pending, []
                self._hand(batch)
        finally:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join()
                self._thread = None
        if self._error is not None:
            raise self._error

    def _hand(self, batch: list[T]) -> None:
        if self._thread is None:
            self._write(batch)
            return
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def _run(self) -> None:
        # After an error the thread keeps taking batches (and drops them), so a caller that has
        # not seen the error yet never waits on a full queue.
        while (batch := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._write(batch)
                except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                    self._error = exc
