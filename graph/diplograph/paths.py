"""Where the ontology and the data files are.

The same code runs from a checkout, from an installed wheel and under a user's override, so
the folders are looked up in that order of precedence: the environment variables
``DIPLOGRAPH_ONTOLOGY`` / ``DIPLOGRAPH_DATA``, the copy bundled inside the installed package,
then the checkout next to ``graph/``.
"""

from __future__ import annotations

import os
from pathlib import Path

from diplograph.errors import OntologyError, StoreError

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_bundled"
_CHECKOUT = _PACKAGE.parent.parent

#: Where the store lives when neither ``--store`` nor ``DIPLOGRAPH_STORE`` says otherwise.
DEFAULT_STORE = Path("diplograph-store")


def _resolve(env: str, name: str) -> Path:
    override = os.environ.get(env)
    if override:
        path = Path(override)
        if not path.is_dir():
            raise OntologyError(f"{env}={override!r} is not a folder")
        return path
    for base in (_BUNDLED, _CHECKOUT):
        if (base / name).is_dir():
            return base / name
    raise OntologyError(f"cannot find the {name}/ folder (set {env})")


def ontology_dir() -> Path:
    """Return the folder holding the ontology Turtle files."""
    return _resolve("DIPLOGRAPH_ONTOLOGY", "ontology")


def data_dir() -> Path:
    """Return the folder holding gazetteers, lexicons and samples."""
    return _resolve("DIPLOGRAPH_DATA", "data")


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the store folder: the explicit one, ``DIPLOGRAPH_STORE``, or ``./diplograph-store``."""
    chosen = explicit or os.environ.get("DIPLOGRAPH_STORE")
    if isinstance(chosen, str) and chosen.lower().startswith(("http://", "https://")):
        raise StoreError(f"{chosen} is a SPARQL server: this command needs the embedded store (a folder)")
    return Path(chosen) if chosen else DEFAULT_STORE
