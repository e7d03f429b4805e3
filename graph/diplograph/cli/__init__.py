"""The ``diplograph`` command line: a thin click layer over the library.

Each command lives in a module of this package, parses its options, calls one library function
and writes the result. Library errors (:class:`~diplograph.errors.DiplographError`) become a
one-line message and exit status 1; nothing prints a traceback at the user.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import MutableMapping

import click

from diplograph import __version__, quickexit
from diplograph.gcpause import paused_gc

#: Each command and the module of this package that defines it (registers it on :data:`main`).
#: A module is imported only when one of its commands runs or is listed (``diplograph --help``),
#: so that a command does not pay for the imports of all the others at start-up.
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
    "shifts": "shifts",
    "export-events": "events",
    "extract": "scale",
    "load": "scale",
    "map": "map",
    "summary": "summary",
}


class LazyGroup(click.Group):
    """A click group whose commands are imported from :data:`COMMANDS` when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command's name, sorted (as click lists them), without importing any."""
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command ``cmd_name``, its module imported first if need be."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            _load(COMMANDS[cmd_name])
        return self.commands.get(cmd_name)


@paused_gc
def _load(module: str) -> None:
    """Import ``diplograph.cli.<module>``; a module missing from this checkout is no command.

    The collector is paused meanwhile: imports build long-lived objects only, and listing
    every command (``--help``) imports them all.
    """
    try:
        importlib.import_module(f"diplograph.cli.{module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"diplograph.cli.{module}":
            raise


def load_all() -> MutableMapping[str, click.Command]:
    """Every command, all modules imported: :data:`main`'s ``commands``."""
    for module in dict.fromkeys(COMMANDS.values()):
        _load(module)
    return main.commands


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diplograph")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def main(verbose: int) -> None:
    """Turn news articles into a knowledge graph of diplomatic actors.

    Example:

        diplograph ingest data/samples && diplograph view -o graph.html
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def run() -> None:
    """The ``diplograph`` command: :data:`main`, in a process that may end without freeing
    its large results (:mod:`diplograph.quickexit`)."""
    quickexit.run(main)
