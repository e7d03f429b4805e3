"""``diplograph timeline`` and ``diplograph shifts``: facts along time, and stances that change."""

from __future__ import annotations

from datetime import datetime

import click

from diplograph.analytics.report import FORMATS, render
from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.events.records import find_actor_iri, load_events
from diplograph.events.shifts import CONTRADICTION_DAYS, KINDS, shifts_report, store_shifts
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


@main.command("shifts")
@click.option("--actor", help="Only this actor's positions (label, key or IRI).")
@click.option("--topic", help="Only positions on this topic (e.g. ceasefire).")
@click.option(
    "--days",
    type=click.IntRange(0),
    default=CONTRADICTION_DAYS,
    show_default=True,
    help="Opposite reports at most this many days apart are a contradiction.",
)
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Only shifts, or only contradictions."
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_option
@friendly_errors
def shifts_cmd(
    actor: str | None, topic: str | None, days: int, kinds: tuple[str, ...], fmt: str, store: str
) -> None:
    """List stance shifts and contradictions, each with both sentences.

    A shift: an actor's stance on a topic changes class between two dates (supported, then
    rejected). A contradiction: two sources report opposite stances of the same actor on the
    same topic within --days days.

    Example:

        diplograph shifts --actor Russia --topic ceasefire --format json
    """
    with connect_store(store, read_only=True) as db:
        iri = find_actor_iri(db, actor) if actor else None
        shifts, events = store_shifts(db, iri, topic, days, kinds or KINDS)
    click.echo(render(shifts_report(shifts, events), fmt), nl=False)
