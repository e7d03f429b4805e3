"""``diplograph summary``: check the store's summary, or build it again from the store."""

from __future__ import annotations

import time

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.errors import InputError
from diplograph.paths import store_path
from diplograph.store import is_url


@main.command("summary")
@click.option("--check", is_flag=True, help="Only say whether the summary matches the store (exit 1 if not).")
@store_option
@friendly_errors
def summary_cmd(check: bool, store: str) -> None:
    """Build the store's summary again from the store (stats, path and view read it).

    ingest and load keep the summary up to date; after a write by another
    program (serve --allow-update, pyoxigraph) stats, path and view read the
    store through SPARQL, slowly, until this has run once. Needs the store to
    itself (it takes the lock as a writer does).

    Example:

        diplograph summary --store my-store
    """
    from diplograph.summary.maintain import build_summary
    from diplograph.summary.reader import fresh_summary

    if is_url(store):
        raise InputError("a SPARQL server has no summary: stats, path and view query it directly")
    path = store_path(store)
    if check:
        db, why = fresh_summary(path)
        if db is None:
            raise click.ClickException(f"the store {path} {why}")
        db.close()
        click.echo(f"{path}: the summary matches the store")
        return
    started = time.perf_counter()
    graphs = build_summary(path)
    click.echo(f"{path}: summary of {graphs} graphs built in {time.perf_counter() - started:.1f} s", err=True)
