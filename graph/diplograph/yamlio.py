"""Read YAML with libyaml when PyYAML has it.

The lexicons are about a megabyte of YAML read at every start; PyYAML's pure-Python parser took
over half a second of it, its libyaml binding (``CSafeLoader``, in the manylinux wheels) a tenth
of that. Both build the same data with the same safe constructor (checked on every file under
``data/``); the pure-Python loader is the fallback where libyaml is missing.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(source: str | IO[str]) -> Any:
    """``yaml.safe_load``, through libyaml when available."""
    return yaml.load(source, Loader=_LOADER)  # noqa: S506 - a safe loader either way
