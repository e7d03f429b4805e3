"""``diplograph timeline``: facts along time as one offline page (``shifts`` is in :mod:`.shifts`)."""

from __future__ import annotations

from datetime import datetime

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.events.records import find_actor_iri, load_events
from diplograph.store import connect_store
from diplograph.views.timeline import LANE_KINDS, build_timeline, default_lanes, describe
from diplograph.views.timeline_html import write_timeline

_DATE = click.DateTime(["%Y-%m-%d"])


@main.command("timeline")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--actor", help="Only this actor's meetings and positions (label, key or IRI).")
@click.option("--topic", help="Only facts on this topic (e.g. ceasefire).")
@click.option("--since", type=_DATE, help="Only facts on or after this date (YYYY-MM-DD).")
@click.option("--until", type=_DATE, help="Only facts on or before this date (YYYY-MM-DD).")
@click.option(
    "--lanes",
    type=click.Choice(LANE_KINDS),
    help="One lane per counterpart (default with --actor), actor (default with --topic) or topic.",
)
@click.option("--title", help="Heading of the page.")
@store_option
@friendly_errors
def timeline_cmd(
    output: str,
    actor: str | None,
    topic: str | None,
    since: datetime | None,
    until: datetime | None,
    lanes: str | None,
    title: str | None,
    store: str,
) -> None:
    """Write meetings and positions along time as one self-contained HTML file (works offline).

    Each mark is a meeting (square) or a position (dot, coloured by stance class); clicking
    it shows its sentences, article title, date and URL. Stance shifts and contradictions
    are ringed.

    Example:

        diplograph timeline -o russia.html --actor Russia --since 2025-01-01
    """
    kind = lanes or default_lanes(actor, topic)
    with connect_store(store, read_only=True) as db:
        iri = find_actor_iri(db, actor) if actor else None
        events = load_events(db, iri)
    t = build_timeline(
        events,
        actor=iri,
        topic=topic,
        since=since.date() if since else None,
        until=until.date() if until else None,
        lanes=kind,
        title=title or " ".join(
            ["Timeline", *(["of", events.label(iri)] if iri else []), *(["on", topic] if topic else [])]
        ),
    )
    t.filters = describe(actor, topic, since.date() if since else None, until.date() if until else None, kind)
    write_timeline(t, output)
    click.echo(f"{output}: {len(t.marks)} marks in {len(t.lanes)} lanes, {len(t.shifts)} shifts", err=True)
