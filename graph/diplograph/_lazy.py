"""Names a package exports, imported when first used, so a command imports only what it needs.

A package ``__init__`` that imports its submodules to re-export their names makes every
``import diplograph.x.y`` pay for all of them (networkx, rdflib's SPARQL engine, the
extraction pipeline: about 0.2 s of the command line's start-up). With :func:`lazy_exports`
the package lists the names and the modules that define them, and each is imported on
first access (PEP 562); type checkers see the same names through ``TYPE_CHECKING`` imports.

>>> getattr_, dir_ = lazy_exports("diplograph._lazy", {"dumps": "json"})
>>> getattr_("dumps").__name__, "dumps" in dir_()
('dumps', True)
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, exports: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: name → module that defines it."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(exports))

    return __getattr__, __dir__
