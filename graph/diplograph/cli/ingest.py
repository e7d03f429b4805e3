"""``diplograph ingest``: read articles into the store."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, read_token, store_option, token_file_option
from diplograph.ingest.read import count_inputs, iter_inputs
from diplograph.loader import ArticleStore, extracting, write_articles
from diplograph.quickexit import keep_until_exit
from diplograph.resources import load_resources
from diplograph.store import connect_store
from diplograph.summary.maintain import kept_summary


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--lang", help="Language of the articles (de, en, fr, es); default: detected.")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD).")
@click.option("--url", help="Source URL of a single article.")
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes for extraction.",
)
@click.option("--keep-going", is_flag=True, help="Skip unreadable articles instead of stopping.")
@store_option
@click.option(
    "--server",
    metavar="URL",
    help="Write through a running 'diplograph serve --allow-update' at URL instead of into --store "
    "(token: env DIPLOGRAPH_TOKEN or --token-file).",
)
@token_file_option("File holding the endpoint's bearer token (with --server).")
@friendly_errors
def ingest_cmd(
    paths: tuple[str, ...],
    lang: str | None,
    published: dt.datetime | None,
    url: str | None,
    jobs: int,
    keep_going: bool,
    store: str,
    server: str | None,
    token_file: Path | None,
) -> None:
    """Read articles (text, HTML, JSON Lines, folders, - for stdin) into the store.

    Re-ingesting an article replaces its graph, so nothing is duplicated.

    Example:

        diplograph ingest data/samples --store my-store
    """
    total = count_inputs([p for p in paths if p != "-"]) + paths.count("-")
    day = published.date() if published else None
    target: Callable[[], contextlib.AbstractContextManager[ArticleStore]]
    if server:
        from diplograph.store.remote import BearerAuth, Endpoints, RemoteStore

        if not server.lower().startswith(("http://", "https://")):
            raise click.BadParameter(f"want http://HOST:PORT, not {server!r}", param_hint="--server")
        base = server.rstrip("/")  # diplograph serve's layout, also under a path prefix
        ends = Endpoints(base + "/query", base + "/update", base + "/store")
        remote = RemoteStore(ends, auth=BearerAuth(read_token(token_file)))
        target = lambda: remote  # noqa: E731
    else:
        target = functools.partial(connect_store, store)
    # Reading starts first (with --jobs, the workers fork before the store is open); then the
    # summary's keeper, which must see the store folder before this run opens it.
    unread: list[str] = []  # inputs --keep-going skipped before extraction, for the summary
    raws = iter_inputs(
        list(paths), default_lang=lang, published=day, url=url, skip_bad=keep_going, skipped=unread
    )
    keeping = contextlib.nullcontext(None) if server else kept_summary(store)
    with extracting(raws, jobs=jobs) as found, keeping as keeper, target() as st, _progress(total) as step:
        summary = write_articles(
            found,
            st,
            keep_going=keep_going,
            progress=step,
            written=keeper.ingested(st) if keeper is not None else None,
        )
    summary.failed[:0] = unread
    click.echo(summary.line(), err=True)
    # The store and the summary are closed: what is left is the gazetteer, lexicons, matchers,
    # lemma and word caches, a million objects that interpreter shutdown would free one by one
    # (after unfreezing them for a last full collection), 0.5-1 s of a 10 s ingest. The
    # process ends without that (diplograph.quickexit).
    keep_until_exit(load_resources())


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr for runs of several articles; nothing for one."""
    if total <= 1:
        yield None
        return
    with click.progressbar(length=total, label="ingesting", file=sys.stderr, show_pos=True) as bar:
        yield bar.update
