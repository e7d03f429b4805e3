"""The extraction pipeline: named pure stages run in a fixed order.

A stage is a function ``(Document, Resources) -> Document`` registered with :func:`stage`,
declaring which ``Document`` fields it needs and which it fills. :func:`check` verifies, as
spaCy's pipe analysis does, that every requirement is produced by an earlier stage, before
anything runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplograph.errors import DiplographError

if TYPE_CHECKING:
    from diplograph.model import Document
    from diplograph.resources import Resources

StageFunc = Callable[["Document", "Resources"], "Document"]


@dataclass(frozen=True)
class Stage:
    """A registered pipeline stage."""

    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}

#: Fields a fresh Document already carries.
GIVEN = ("content", "lang", "published", "url", "title")

DEFAULT_PIPELINE = ("sentences", "dates", "mentions", "actors", "meetings", "positions", "relevance")


def stage(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the pipeline stage ``name``."""

    def register(func: StageFunc) -> StageFunc:
        REGISTRY[name] = Stage(name, func, tuple(requires), tuple(assigns))
        return func

    return register


def _load_stages() -> None:
    # Importing the modules registers their stages.
    from diplograph.extract import (  # noqa: F401
        actors,
        dates,
        meetings,
        mentions,
        positions,
        relevance,
        sentences,
    )


def check(names: Sequence[str] = DEFAULT_PIPELINE) -> list[Stage]:
    """Return the stages in order, or raise when one needs a field no earlier stage assigns."""
    _load_stages()
    have = set(GIVEN)
    out = []
    for name in names:
        if name not in REGISTRY:
            raise DiplographError(f"unknown pipeline stage {name!r}")
        st = REGISTRY[name]
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise DiplographError(f"stage {name!r} needs {', '.join(missing)} before it")
        have.update(st.assigns)
        out.append(st)
    return out


def run(doc: Document, res: Resources, names: Sequence[str] = DEFAULT_PIPELINE) -> Document:
    """Run the stages ``names`` over ``doc`` in order."""
    for st in check(names):
        doc = st.func(doc, res)
    return doc
