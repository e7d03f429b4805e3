"""End a command's process without freeing its large results object by object.

Why (issue 11): the first whole-store ``view`` of a 1.3M-quad store builds millions of small
objects (facts, nodes, edges, the page's payload); freeing them one reference at a time as they
go out of scope, and the rest at interpreter shutdown, cost 0.25–0.3 s of its ≈ 3.5 CPU-s:
work the operating system does at once when the process ends. So a command keeps them
(:func:`keep_until_exit`) and :func:`run` ends the process with :func:`os._exit`, with the
command's own exit status, once its output is flushed.

Only the ``diplograph`` process itself does this (:func:`diplograph.cli.run`, also behind
``python -m diplograph``): code that calls the library or click's test runner keeps Python's
ordinary exit, and :func:`keep_until_exit` then keeps nothing.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

_kept: list[object] = []
_armed = False


def keep_until_exit(*objects: object) -> None:
    """Keep ``objects`` alive until the process ends (only inside :func:`run`)."""
    if _armed:
        _kept.extend(objects)


def run(command: Callable[[], object]) -> None:
    """Run a click command in standalone mode; if it kept objects, end the process without
    freeing them (exit handlers are skipped then: logging's, which flushes its handlers, runs
    here, and the standard streams are flushed)."""
    global _armed
    _armed = True
    try:
        command()
    except SystemExit as done:
        if not _kept:
            raise
        status = _status(done.code)
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                status = status or 1
        os._exit(status)


def _status(code: object) -> int:
    """The process exit status :class:`SystemExit` with ``code`` gives (a message: printed, 1)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1
