"""The ``diplograph`` command line: a thin click layer over the library.

Each command lives in a module of this package, parses its options, calls one library function
and writes the result. Library errors (:class:`~diplograph.errors.DiplographError`) become a
one-line message and exit status 1; nothing prints a traceback at the user.
"""

from __future__ import annotations

import importlib
import logging

import click

from diplograph import __version__

#: Modules that register commands on :data:`main`, imported in this order.
COMMAND_MODULES = (
    "ingest",
    "query",
    "export",
    "validate",
    "views",
    "analytics",
    "explain",
    "serve",
    "timeline",
    "events",
    "scale",
    "map",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def main(verbose: int) -> None:
    """Turn news articles into a knowledge graph of diplomatic actors.

    Example:

        diplograph ingest data/samples && diplograph view -o graph.html
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"diplograph.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"diplograph.cli.{name}":
                raise


_register()
