"""``diplograph shifts``: stances that change, and sources that disagree (docs/timeline.md).

Kept apart from ``timeline`` so that listing shifts imports neither the page writer nor the
timeline layout: this command's start-up is part of its time.
"""

from __future__ import annotations

import click

from diplograph.analytics.report import FORMATS, render
from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.events.records import find_actor_iri
from diplograph.events.shifts import CONTRADICTION_DAYS, KINDS, shifts_report, store_shifts
from diplograph.store import connect_store


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
