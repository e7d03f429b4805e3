"""Pause Python's cyclic garbage collector while building large, acyclic results.

Reading a large store makes millions of small tuples, strings and records in one go. Each
few hundred thousand allocations the collector walks every live object, so a whole-store
timeline spent as much CPU collecting as joining (measured on a 1M-quad store: reading
events 2.3 s of Python with the collector, 1.1 s without). The records are plain data
without reference cycles, so nothing waits for the collector: reference counting frees it.
The collector runs again as before once the outermost paused call returns.

>>> @paused_gc
... def build() -> bool:
...     import gc
...     return gc.isenabled()
>>> build(), __import__("gc").isenabled()
(False, True)
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def paused_gc(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the cyclic collector off; turn it back on only if it was on."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return wrapper


class Settler:
    """Keep long-lived data out of the collector's walks during a long run (ingest).

    The first article loads the gazetteer, lexicons, matchers and a lemma dictionary: hundreds of
    thousands of objects that live as long as the process. Every full collection walked them all
    again, a fifth of ingest's CPU on 10kGNAD. :meth:`tick` collects once and freezes what is
    left (``gc.freeze``: moved out of the collector's generations, not copied) after the first
    article and then every ``every`` articles, as caches grow. Collecting first means no garbage
    is frozen; :meth:`close` unfreezes, so afterwards everything is collectable as before.
    """

    def __init__(self, every: int = 250) -> None:
        self.every = every
        self.seen = 0

    def tick(self) -> None:
        """Count one article; settle after the first and every ``every``."""
        self.seen += 1
        if self.seen == 1 or self.seen % self.every == 0:
            gc.collect()
            gc.freeze()

    def close(self) -> None:
        """Hand every frozen object back to the collector."""
        gc.unfreeze()
