"""``diplograph export-events``: meetings and positions as event data (PLOVER JSON Lines, CSV)."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.errors import InputError
from diplograph.events.plover import EVENT_FORMATS, store_event_records, write_events
from diplograph.events.records import find_actor_iri
from diplograph.store import connect_store

_DATE = click.DateTime(["%Y-%m-%d"])


@main.command("export-events")
@click.option("-o", "--output", default="-", show_default=True, help="File to write ('-': stdout).")
@click.option("--format", "fmt", type=click.Choice(EVENT_FORMATS), default="plover", show_default=True)
@click.option("--actor", help="Only this actor's meetings and positions (label, key or IRI).")
@click.option("--since", type=_DATE, help="Only events on or after this date (YYYY-MM-DD).")
@click.option("--until", type=_DATE, help="Only events on or before this date (YYYY-MM-DD).")
@store_option
@friendly_errors
def export_events_cmd(
    output: str, fmt: str, actor: str | None, since: datetime | None, until: datetime | None, store: str
) -> None:
    """Export one event per meeting and position, coded with PLOVER event types.

    Source and target actors carry Wikidata IDs and ISO 3166-1 alpha-3 country codes; places
    their coordinates when the gazetteer has them; every event its evidence sentence and
    article. plover: one JSON object per line; csv: one row per event.

    Example:

        diplograph export-events --format csv -o events.csv --since 2025-01-01
    """
    with connect_store(store, read_only=True) as db:
        iri = find_actor_iri(db, actor) if actor else None
        first = since.date().isoformat() if since else ""
        last = until.date().isoformat() if until else ""
        records = store_event_records(db, iri, first, last)
    if output == "-":
        write_events(records, sys.stdout, fmt)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as out:
            write_events(records, out, fmt)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"{output}: {len(records)} events", err=True)
