"""Run the same extraction on a Dask cluster: a ``dask.bag`` of input partitions, one shard each.

The partitions hold only file names and offsets, so every worker must see the input files and
the output folder at the same paths (a shared file system), and have diplograph installed.
``address=None`` starts a ``LocalCluster`` of ``workers`` single-threaded processes on this
machine (listening on 127.0.0.1 only); otherwise the scheduler at ``address`` is used. Dask
and distributed are an optional extra: ``pip install 'diplograph[cluster]'``.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from diplograph.errors import DiplographError
from diplograph.scale import shards
from diplograph.scale.extract import (
    ExtractSummary,
    Options,
    Partition,
    check_output,
    extract_partition,
    plan,
    resources_loaded,
)

log = logging.getLogger(__name__)


def _import_dask() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError as exc:
        raise DiplographError(
            "running on Dask needs the cluster extra: pip install 'diplograph[cluster]'"
        ) from exc
    return db, distributed


@contextlib.contextmanager
def client_for(address: str | None, workers: int) -> Iterator[Any]:
    """A Dask client of the scheduler at ``address``, or of a new local cluster of ``workers``."""
    _, distributed = _import_dask()
    if address:
        try:
            client = distributed.Client(address, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise DiplographError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR if log.getEffectiveLevel() > logging.INFO else logging.INFO,
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


def _warm() -> bool:
    """Load the lexicons and gazetteer in a worker before any partition needs them."""
    resources_loaded()
    return True


def extract_on_dask(
    paths: Sequence[str],
    folder: Path,
    *,
    address: str | None = None,
    workers: int = 2,
    options: Options | None = None,
    shard_size: int | None = None,
    progress: Callable[[int], None] | None = None,
    partitions: Sequence[Partition] | None = None,
    client: Any = None,
) -> ExtractSummary:
    """Extract every article under ``paths`` into shards in ``folder`` on a Dask cluster.

    The shards are the same as :func:`diplograph.scale.extract.extract` writes; ``client``
    reuses a connected Dask client instead of making one.
    """
    db, distributed = _import_dask()
    options = options or Options()
    started = time.perf_counter()
    check_output(folder)
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(client_for(address, workers))
        n = len(client.scheduler_info().get("workers", {})) or workers
        parts = list(partitions) if partitions is not None else plan(
            paths, n, **({"shard_size": shard_size} if shard_size else {})
        )
        summary = ExtractSummary()
        if parts:
            client.run(_warm)
            bag = db.from_sequence(parts, npartitions=len(parts)).map(
                extract_partition, str(folder.resolve()), options
            )
            futures = client.compute(bag.to_delayed())
            for future in distributed.as_completed(futures):
                for manifest in future.result():
                    summary.add(_relocated(manifest, folder))
                    if progress:
                        progress(len(manifest.articles) + len(manifest.failed))
    summary.seconds = time.perf_counter() - started
    return summary


def _relocated(manifest: shards.Manifest, folder: Path) -> shards.Manifest:
    manifest.folder = folder
    return manifest
