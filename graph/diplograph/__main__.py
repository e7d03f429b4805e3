"""``python -m diplograph`` runs the command line."""

from diplograph.cli import run

run()
