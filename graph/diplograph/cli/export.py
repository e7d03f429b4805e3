"""``diplograph export``: write the whole store as one RDF file."""

from __future__ import annotations

import sys

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.store import connect_store, export_file
from diplograph.store.store import EXPORT_FORMATS


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="nquads", show_default=True)
@click.option("-o", "--output", default="-", show_default=True, help="File to write (- = stdout).")
@store_option
@friendly_errors
def export_cmd(fmt: str, output: str, store: str) -> None:
    """Export every graph (N-Quads, TriG, JSON-LD) or their union (Turtle).

    A file is written whole or not at all (temporary file, then rename).

    Example:

        diplograph export --format trig -o graph.trig
    """
    with connect_store(store, read_only=True) as db:
        if output == "-":
            db.export(sys.stdout.buffer, fmt)
        else:
            export_file(db, output, fmt)
