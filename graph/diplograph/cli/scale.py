"""``diplograph extract`` and ``diplograph load``: articles to shards on many cores, shards to the store."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.paths import store_path
from diplograph.scale import extract as extracting
from diplograph.scale import load as loading
from diplograph.store import open_store
from diplograph.summary.maintain import kept_summary


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False),
              help="Folder for the shards (created; must not hold shards yet).")
@click.option("--lang", help="Language of the articles (de, en, fr, es); default: detected.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes (or Dask workers of a local cluster).")
@click.option("--shard-size", default=extracting.SHARD_SIZE, show_default=True, type=click.IntRange(1),
              help="Articles per shard at most.")
@click.option("--dask", "dask_at", metavar="ADDRESS",
              help="Run on Dask: 'local' for a LocalCluster of --jobs workers, or a scheduler "
                   "address (tcp://host:8786). Needs the [cluster] extra.")
@click.option("--keep-going", is_flag=True, help="Skip unreadable articles instead of stopping.")
@friendly_errors
def extract_cmd(
    paths: tuple[str, ...],
    output: str,
    lang: str | None,
    published: dt.datetime | None,
    jobs: int,
    shard_size: int,
    dask_at: str | None,
    keep_going: bool,
) -> None:
    """Extract articles into compressed N-Quads shards, without touching a store.

    Shards hold the same quads as ingest writes; load them with diplograph load.

    Example:

        diplograph extract news.jsonl -o shards --jobs 2 && diplograph load shards
    """
    options = extracting.Options(lang=lang, published=published.date() if published else None,
                                 keep_going=keep_going)
    folder = Path(output)
    extracting.check_output(folder)
    workers = jobs
    if dask_at:
        from diplograph.scale import cluster

        address = None if dask_at == "local" else dask_at
        with cluster.client_for(address, jobs) as client:
            workers = len(client.scheduler_info().get("workers", {})) or jobs
            parts = extracting.plan(list(paths), workers, shard_size)
            with _bar(sum(p.articles for p in parts), "extracting") as step:
                summary = cluster.extract_on_dask(list(paths), folder, options=options, progress=step,
                                                  partitions=parts, client=client)
    else:
        parts = extracting.plan(list(paths), workers, shard_size)
        with _bar(sum(p.articles for p in parts), "extracting") as step:
            summary = extracting.extract(list(paths), folder, jobs=jobs, options=options, progress=step,
                                         partitions=parts)
    click.echo(summary.line(), err=True)


@main.command("load")
@click.argument("folders", nargs=-1, required=True, type=click.Path(file_okay=False, exists=True))
@store_option
@friendly_errors
def load_cmd(folders: tuple[str, ...], store: str) -> None:
    """Bulk-load shards written by diplograph extract into the store.

    An article already in the store is replaced, not duplicated. If the load is killed, the
    next command that opens the store removes the articles it was loading; load again to
    complete them.

    Example:

        diplograph load shards --store my-store
    """
    where = store_path(store)  # a SPARQL server URL is refused before any shard is read
    dirs = [Path(f) for f in folders]
    total = loading.articles_in(dirs)
    with kept_summary(where) as keeper, open_store(where) as st, _bar(total, "loading") as step:
        summary = loading.load(dirs, st, progress=step, watch=keeper.loaded(st) if keeper else None)
    click.echo(summary.line(), err=True)


@contextlib.contextmanager
def _bar(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for runs of several articles; nothing for one."""
    if total <= 1:
        yield None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as bar:
        yield bar.update
