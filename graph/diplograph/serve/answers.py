"""Answers already given, kept per version of the store, so a repeated query costs no evaluation.

A cookbook query bound to a busy actor costs Oxigraph hundreds of milliseconds however it is
served (docs/scale.md, "Where a hub query's time goes": the Rust server needs the same), and
dashboards and notebooks ask the same questions again and again. While ``diplograph serve``
runs, nothing but the server itself can change the store: it holds the folder's lock (the
read-only worker processes of ``--workers`` read a folder whose holder never writes). So an
answer stays exact until the server's next write, and every write empties the cache.

Exactness, step by step:

- the key is everything the answer depends on: the query text, the bound variables, the
  dataset (``default-graph-uri``, ``named-graph-uri``) and what the client accepts;
- :meth:`AnswerCache.version` is read before the query runs, and the answer is kept only if no
  write began or ended meanwhile (:meth:`AnswerCache.writing` moves the version on both
  before and after a write, so an answer read from a snapshot older than a write is never kept
  under a version that follows it);
- only whole answers (HTTP 200) are kept; errors, time-outs and answers over the size limit are
  computed again;
- a query that calls a function whose value changes from one evaluation to the next
  (``NOW``, ``RAND``, ``UUID``, ``STRUUID``, ``BNODE``) or asks another endpoint (``SERVICE``)
  is never kept.

The cache holds at most ``max_bytes`` of answers (query texts included), dropping the least
recently used first, so memory stays flat under any load. Clients that cycle through more
answers than it holds get no hits at all (least-recently-used is the worst order for a
cycle): the default room (256 MiB) holds the answers of 6,000 cookbook queries on a 1.3M-quad
store, hubs included (docs/serve.md).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from diplograph.serve.execute import Answer

#: Functions whose value differs between two evaluations of one query, and federated queries.
_VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(|\bSERVICE\b", re.IGNORECASE)

@dataclass(frozen=True)
class AnswerKey:
    """What an answer depends on, besides the store."""

    text: str
    bindings: tuple[str, ...]
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    accept: str | None
    param: str | None

    @classmethod
    def of(
        cls,
        text: str,
        bindings: Sequence[str],
        default_graphs: Sequence[str],
        named_graphs: Sequence[str],
        accept: str | None,
        param: str | None,
    ) -> AnswerKey:
        """The key of one request (bindings and graphs in the order given: a reordered
        request is simply another key)."""
        return cls(text, tuple(bindings), tuple(default_graphs), tuple(named_graphs), accept, param)

    def size(self) -> int:
        """Bytes this key holds, roughly (its strings)."""
        return len(self.text) + sum(map(len, self.bindings + self.default_graphs + self.named_graphs)) + 64


def keepable(text: str) -> bool:
    """Whether the answer to ``text`` may be kept (no volatile function, no SERVICE)."""
    return _VOLATILE.search(text) is None


class AnswerCache:
    """Whole answers by :class:`AnswerKey`, valid for one version of the store."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._answers: OrderedDict[AnswerKey, Answer] = OrderedDict()
        self._bytes = 0
        self._version = 0
        self._lock = threading.Lock()
        #: Answers served from the cache / computed and kept, since start (for the curious).
        self.hits = 0
        self.kept = 0

    @property
    def version(self) -> int:
        """The store's version as this cache knows it: read it before running a query."""
        return self._version

    def get(self, key: AnswerKey) -> Answer | None:
        """The kept answer to ``key``, or None."""
        if self.max_bytes <= 0:
            return None
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
                self.hits += 1
            return found

    def put(self, key: AnswerKey, answer: Answer, version: int) -> None:
        """Keep ``answer``, computed on the store as it was at ``version``, if still current."""
        size = len(answer.body) + key.size()
        if answer.status != 200 or size > self.max_bytes or not keepable(key.text):
            return
        with self._lock:
            if version != self._version or key in self._answers:
                return
            self._answers[key] = answer
            self._bytes += size
            self.kept += 1
            while self._bytes > self.max_bytes:
                old_key, old = self._answers.popitem(last=False)
                self._bytes -= len(old.body) + old_key.size()

    def _forget(self) -> None:
        with self._lock:
            self._version += 1
            self._answers.clear()
            self._bytes = 0

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Wrap a write to the store: the version moves on before it starts and after it ends
        (also when it fails), and every kept answer is dropped both times."""
        self._forget()
        try:
            yield
        finally:
            self._forget()
