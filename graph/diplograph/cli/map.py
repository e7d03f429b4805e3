"""``diplograph map``: the store's meetings on a world map, as one self-contained HTML file."""

from __future__ import annotations

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.cli.views import filter_options
from diplograph.store import connect_store
from diplograph.views.filters import Filters
from diplograph.views.geomap import write_map


@main.command("map")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", default="Meetings", show_default=True, help="Heading of the page.")
@filter_options
@store_option
@friendly_errors
def map_cmd(output: str, title: str, filters: Filters, store: str) -> None:
    """Draw meetings at their venues on a world map (one HTML file, no script, works offline).

    A circle's area grows with the number of meetings held there; clicking it lists them with
    their sentences, articles and dates. Meetings in a state are drawn at its capital.
    --min-weight is the least number of meetings a place needs to be drawn; --hops 2 widens
    --actor to the meetings of its partners.

    Example:

        diplograph map -o meetings.html --actor Russia --since 2025-01-01
    """
    with connect_store(store, read_only=True) as db:
        path, data = write_map(db, output, filters, title)
    shown = sum(len(k.meetings) for k in data.markers)
    click.echo(f"{path}: {shown} meetings at {len(data.markers)} places "
               f"({data.unplaced} without coordinates, {data.no_place} without a place)", err=True)
