"""Compute ``stats``' rankings and ``path``'s links right after a write, and keep them.

Why (issue 11): the first ``stats`` after a write ranked every actor (exact betweenness: 0.6 s
of igraph at 1.3M quads, 4.3 s at 10M, 7.4 CPU-s for the whole command there against a target
of 2 s) and the first ``path`` folded every meeting link (4 CPU-s at 10M). Those figures depend
only on the version of the store, so the writer that made the version (``ingest``, ``load``,
``diplograph summary``) computes them once it has recorded the summary as matching the store,
and keeps them in the summary's ``derived`` table under that version: every ``stats`` and
``path`` after it reads them back (0.3 s). The writer pays for them instead (measured in
docs/scale.md, "stats and path kept by the writer"); a failure here only leaves them to the
first reader, as before.
"""

from __future__ import annotations

import functools
import logging
import time
from pathlib import Path

from diplograph.errors import InputError
from diplograph.paths import data_dir
from diplograph.summary.db import SummaryDB

log = logging.getLogger(__name__)

#: The file (under ``data/``) saying from how many facts on the figures are kept.
THRESHOLD_FILE = Path("summary") / "kept-figures.yml"


@functools.cache
def min_facts(folder: Path | None = None) -> int:
    """How many facts a store must hold for its writer to keep the figures
    (``data/summary/kept-figures.yml``; of ``folder`` instead of the bundled data)."""
    from diplograph.yamlio import safe_load

    path = (folder or data_dir()) / THRESHOLD_FILE
    try:
        found = int(safe_load(path.read_text(encoding="utf-8"))["min_facts"])
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"cannot read when to keep the stats and path figures from {path}: {exc}") from exc
    if found < 0:
        raise InputError(f"{path}: min_facts must not be negative")
    return found


def keep_figures(store_dir: Path, db: SummaryDB, fingerprint: str) -> None:
    """Compute and keep the unfiltered ``stats`` report and ``path``'s links of the store in
    ``store_dir``, whose summary ``db`` matches the store at ``fingerprint``.

    The analytics are imported only for a store that gets its figures: they bring igraph and
    networkx, 0.4-0.5 s of CPU that every smaller ``ingest`` paid at its end for nothing."""
    if db.meta("spread"):
        return  # readers do not use this summary (facts across graphs): nothing to keep
    facts = db.sql("SELECT COUNT(*) FROM {records}")[0][0]
    if isinstance(facts, int) and facts < min_facts():
        return  # a small store: its reader computes the figures as fast as it would read them
    from diplograph.analytics.chain import kept_chain_links
    from diplograph.analytics.stats import store_stats
    from diplograph.summary.reader import SummaryStore

    started = time.process_time()
    summary = SummaryStore(store_dir, db, fingerprint)
    try:
        store_stats(summary, top=1)
        kept_chain_links(summary)
    except Exception as exc:  # noqa: BLE001 (the figures are an optimisation: readers compute them)
        log.warning("%s: could not keep the stats and path figures (%s); the first reader computes them",
                    store_dir, exc)
    finally:
        summary.close()
    log.info("%s: stats and path figures kept in %.2f CPU-s", store_dir, time.process_time() - started)
