"""``diplograph view`` and ``diplograph export-graph``: draw or export a network of the store.

Both take the same filters, so what a view shows is exactly what an export holds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

from diplograph.cli import main
from diplograph.cli.options import friendly_errors, store_option
from diplograph.summary.reader import reading_store
from diplograph.views import KINDS, Filters, view_network
from diplograph.views.export import WRITERS, export_graph
from diplograph.views.filters import ACTOR_TYPES, STANCE_CLASSES
from diplograph.views.html import drawn_parts, fill_page, write_page
from diplograph.views.whole import whole_store_parts

_DATE = click.DateTime(["%Y-%m-%d"])


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the filter options and pass them on as one ``filters`` argument."""

    @click.option("--actor", help="Only the ego network of this actor (label, key or IRI).")
    @click.option("--hops", type=click.IntRange(0), default=1, show_default=True, help="Radius of --actor.")
    @click.option("--since", type=_DATE, help="Only facts on or after this date (YYYY-MM-DD).")
    @click.option("--until", type=_DATE, help="Only facts on or before this date (YYYY-MM-DD).")
    @click.option("--topic", help="Only facts on this topic (e.g. ceasefire).")
    @click.option("--stance", type=click.Choice(list(STANCE_CLASSES)), help="Only positions of this stance.")
    @click.option(
        "--type",
        "types",
        multiple=True,
        type=click.Choice(ACTOR_TYPES, case_sensitive=False),
        help="Only actors of this type (repeatable).",
    )
    @click.option(
        "--min-weight",
        type=click.IntRange(1),
        default=1,
        show_default=True,
        help="Only edges seen at least this often.",
    )
    @functools.wraps(func)
    def wrapper(
        *args: Any,
        actor: str | None,
        hops: int,
        since: datetime | None,
        until: datetime | None,
        topic: str | None,
        stance: str | None,
        types: tuple[str, ...],
        min_weight: int,
        **kwargs: Any,
    ) -> Any:
        # Built here, outside the command's own error handling, so wrapped the same way.
        filters = friendly_errors(Filters)(
            actor,
            hops,
            since.date() if since else None,
            until.date() if until else None,
            topic,
            stance,
            types,
            min_weight,
        )
        return func(*args, filters=filters, **kwargs)

    return wrapper


@main.command("view")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--kind", type=click.Choice(KINDS), default="actors", show_default=True)
@click.option(
    "--query", "query", type=click.File("r", encoding="utf-8"), help="Draw this CONSTRUCT query instead."
)
@click.option("--color", type=click.Choice(["type", "community"]), default="type", show_default=True)
@click.option("--title", default="diplograph", show_default=True, help="Heading of the page.")
@filter_options
@store_option
@friendly_errors
def view_cmd(
    output: str, kind: str, query: Any, color: str, title: str, filters: Filters, store: str
) -> None:
    """Write an interactive network as one self-contained HTML file (works offline).

    Example:

        diplograph view -o russia.html --actor Russia --hops 2 --since 2025-01-01
    """
    with reading_store(store) as db:
        if query is None and not filters.active:
            # The whole store: drawn once per version of the store (views/whole.py).
            drawn = whole_store_parts(db, kind, color)
        else:
            graph = view_network(db, kind, filters, query.read() if query else None)
            drawn = drawn_parts(graph, color)  # type: ignore[arg-type]
    write_page(fill_page(drawn, title=title, filters=filters.describe()), output)
    click.echo(f"{output}: {drawn['nodes']} nodes, {drawn['edges']} edges", err=True)


@main.command("export-graph")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--format", "fmt", type=click.Choice(list(WRITERS)), default="graphml", show_default=True)
@click.option("--kind", type=click.Choice(KINDS), default="actors", show_default=True)
@filter_options
@store_option
@friendly_errors
def export_graph_cmd(output: str, fmt: str, kind: str, filters: Filters, store: str) -> None:
    """Export the network a view would show as GraphML or GEXF (for Gephi, yEd, Cytoscape).

    Types, labels, weights, dates and evidence (as JSON) become node and edge attributes.

    Example:

        diplograph export-graph --format gexf -o actors.gexf --min-weight 2
    """
    with reading_store(store) as db:
        graph = view_network(db, kind, filters)
    export_graph(graph, output, fmt)
    click.echo(f"{output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)
