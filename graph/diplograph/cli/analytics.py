"""``diplograph stats``, ``path`` and ``stances``: numbers about the graph."""

from __future__ import annotations

from datetime import datetime

import click

from diplograph.analytics.report import FORMATS, render
from diplograph.analytics.stances import matrix_report, store_stances
from diplograph.analytics.stats import STATS_TABLES, store_stats
from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.store import connect_store
from diplograph.summary.reader import reading_store
from diplograph.views import Filters
from diplograph.views.heatmap import write_heatmap

_DATE = click.DateTime(["%Y-%m-%d"])
format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)


@main.command("stats")
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Actors per ranking.")
@click.option(
    "--table",
    type=click.Choice(STATS_TABLES),
    help="Only this table (needed for --format csv, which holds one table).",
)
@format_option
@store_option
@friendly_errors
def stats_cmd(top: int, table: str | None, fmt: str, store: str) -> None:
    """Count what the store holds and rank actors by degree and betweenness.

    Text and JSON show every table; CSV shows the one named by --table.

    Example:

        diplograph stats --top 5 --format json
        diplograph stats --table degree --format csv > degree.csv
    """
    with reading_store(store) as db:
        report = store_stats(db, top)
    click.echo(render(report, fmt, table), nl=False)


@main.command("path")
@click.argument("source")
@click.argument("target")
@click.option("--since", type=_DATE, help="Only meetings on or after this date (YYYY-MM-DD).")
@click.option("--until", type=_DATE, help="Only meetings on or before this date (YYYY-MM-DD).")
@format_option
@store_option
@friendly_errors
def path_cmd(
    source: str, target: str, since: datetime | None, until: datetime | None, fmt: str, store: str
) -> None:
    """Show the shortest chain of meetings between two actors, with the evidence per hop.

    Example:

        diplograph path "Marco Rubio" Ukraine --since 2025-01-01 --format csv
    """
    # Imported here: it loads networkx, which stats and stances need not (0.1 s of their start).
    from diplograph.analytics.chain import store_chain

    filters = Filters(since=since.date() if since else None, until=until.date() if until else None)
    with reading_store(store) as db:
        report = store_chain(db, source, target, filters)
    click.echo(render(report, fmt), nl=False)


@main.command("stances")
@click.option("--topic", help="Only positions on this topic (e.g. ceasefire).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write a heat map page.")
@format_option
@store_option
@friendly_errors
def stances_cmd(topic: str | None, html_file: str | None, fmt: str, store: str) -> None:
    """Count positions per holder and stance, optionally as an HTML heat map.

    Example:

        diplograph stances --topic ceasefire --html stances.html
    """
    with connect_store(store, read_only=True) as db:
        matrix = store_stances(db, topic)
    if html_file:
        write_heatmap(matrix, html_file, title=f"Stances{' on ' + topic if topic else ''}")
    click.echo(render(matrix_report(matrix), fmt), nl=False)
