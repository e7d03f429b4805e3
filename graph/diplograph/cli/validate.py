"""``diplograph validate``: check the store against the ontology's SHACL shapes."""

from __future__ import annotations

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.store import connect_store
from diplograph.validate import validate


@main.command("validate")
@store_option
@friendly_errors
def validate_cmd(store: str) -> None:
    """Validate every graph in the store; exit 1 and print the report on violations.

    Example:

        diplograph validate --store diplograph-store
    """
    with connect_store(store, read_only=True) as db:
        report = validate(db.dataset())
    if not report.conforms:
        click.echo(report.text, err=True)
        raise SystemExit(1)
    click.echo(f"conforms ({len(report.results)} warnings)" if report.results else "conforms")
