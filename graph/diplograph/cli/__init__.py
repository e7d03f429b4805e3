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

#: Each command and the module of this package that registers it on :data:`main`. A module is
#: imported when one of its commands runs (or for ``--help``), so ``diplograph ingest`` does not
#: import the views, the servers and the SHACL validator (a quarter of a second at every start).
COMMANDS = {
    "ingest": "ingest",
    "query": "query",
    "export": "export",
    "validate": "validate",
    "view": "views",
    "export-graph": "views",
    "stats": "analytics",
    "path": "analytics",
    "stances": "analytics",
    "explain": "explain",
    "serve": "serve",
    "timeline": "timeline",
    "shifts": "timeline",
    "export-events": "events",
    "extract": "scale",
    "load": "scale",
    "map": "map",
}


class _LazyGroup(click.Group):
    """A group whose commands are imported from :data:`COMMANDS` when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMANDS.get(cmd_name)
        if cmd_name not in self.commands and module is not None:
            try:
                importlib.import_module(f"diplograph.cli.{module}")
            except ModuleNotFoundError as exc:
                if exc.name != f"diplograph.cli.{module}":
                    raise
        return self.commands.get(cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def main(verbose: int) -> None:
    """Turn news articles into a knowledge graph of diplomatic actors.

    Example:

        diplograph ingest data/samples && diplograph view -o graph.html
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
