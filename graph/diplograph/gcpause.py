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
    """Keep the collector's walks short and rare during a long run (ingest).

    The first article loads the gazetteer, lexicons, matchers and a lemma dictionary: hundreds of
    thousands of objects that live as long as the process. While they are built the collector
    runs again and again over the growing heap (0.4 s of a 1.6 s start), and afterwards every
    full collection walked them all once more. So the collector is off for the whole run;
    :meth:`tick` collects after the first article and every ``every`` articles and then freezes
    what is left (``gc.freeze``: moved out of the collector's generations, not copied), so each
    collection walks only what the last ``every`` articles made. Articles leave some reference
    cycles behind (about 250 objects each, rdflib graphs among them): they wait at most
    ``every`` articles, so memory stays flat, and the walks cost half of what the collector's
    own thresholds (about a thousand young collections a run) did. Every 1,000 articles, not 250:
    a collection walks what the caches gained since the last freeze (a few hundred thousand word
    and scan tuples, most of which it untracks), 0.07-0.1 s each, and found nothing unreachable
    in the 1,028 10kGNAD articles (December 2026: the per-article rdflib graphs no longer form
    cycles), so four walks cost twice what one does. The first tick freezes
    without collecting: start-up leaves about 700 unreachable objects among 300,000, and
    finding them was a full walk (0.05 s of the serial start before ``--jobs`` workers fork);
    they wait, frozen, until :meth:`close`. Later ticks collect before they freeze, so no
    article's garbage is frozen; :meth:`close` unfreezes and restores the collector, so
    afterwards all is as before.
    """

    def __init__(self, every: int = 1000) -> None:
        self.every = every
        self.seen = 0
        self._was_on = gc.isenabled()
        gc.disable()

    def tick(self) -> None:
        """Count one article; settle after the first (freeze only) and every ``every`` (collect,
        then freeze)."""
        self.seen += 1
        if self.seen % self.every == 0:
            gc.collect()
        if self.seen == 1 or self.seen % self.every == 0:
            gc.freeze()

    def close(self) -> None:
        """Hand every frozen object back to the collector, and turn it on if it was on."""
        gc.unfreeze()
        if self._was_on:
            gc.enable()
