"""``diplograph query``: run SPARQL on the store."""

from __future__ import annotations

import sys
from typing import TextIO

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.store import connect_store, load_query, parse_binding, query_names
from diplograph.store.results import RESULT_FORMATS, write_result


@main.command("query")
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "file",
    type=click.File("r", encoding="utf-8"),
    help="Read the query from FILE (- = stdin).",
)
@click.option("-q", "--cookbook", type=click.Choice(query_names()), help="Run a shipped cookbook query.")
@click.option(
    "--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to <iri> or text (repeatable)."
)
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True)
@store_option
@friendly_errors
def query_cmd(
    sparql: str | None,
    file: TextIO | None,
    cookbook: str | None,
    binds: tuple[str, ...],
    fmt: str,
    store: str,
) -> None:
    """Run a SPARQL query; SELECT/ASK as a table, CSV, TSV or JSON, CONSTRUCT as Turtle.

    Queries see the union of all graphs; dg:, dgt:, rdfs:, skos: … are predeclared.

    Example:

        diplograph query -q meetings-of-actor --bind name=Lawrow --format csv
    """
    texts = [
        t for t in (sparql, file.read() if file else None, load_query(cookbook) if cookbook else None) if t
    ]
    if len(texts) != 1:
        raise click.UsageError("give exactly one of SPARQL, -f FILE or -q NAME")
    with connect_store(store, read_only=True) as db:
        result = db.query(texts[0], dict(parse_binding(b) for b in binds))
    out = sys.stdout
    if result.graph is not None:
        out.write(result.graph.serialize(format="turtle"))
    else:
        write_result(result, out, fmt)
