"""Stance classes (``data/events/stance-classes.yml``): which stances say the same thing.

A position's stance changes *class* when an actor that supported something rejects it later;
a change within a class (propose → offer) is no shift. The classes, which of them are
opposites, and their colours on the timeline are data, checked against the ontology here.

>>> classes = stance_classes()
>>> classes.of("oppose"), classes.of("offer"), classes.opposite("support", "reject")
('reject', 'propose', True)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from diplograph.errors import DataError
from diplograph.paths import data_dir
from diplograph.resources import read_yaml
from diplograph.views.facts import local_name
from diplograph.views.filters import STANCE_CLASSES

#: The file, relative to the data folder.
CLASSES_FILE = Path("events") / "stance-classes.yml"


@functools.lru_cache(maxsize=1024)
def _stance_name(stance: str) -> str:
    """:func:`local_name`, cached: a timeline asks for the class of a handful of stances per fact."""
    return local_name(stance)


@dataclass(frozen=True)
class StanceClasses:
    """Class of each stance, pairs of opposite classes, and a colour per class and for meetings."""

    by_stance: dict[str, str]
    opposites: frozenset[frozenset[str]]
    colors: dict[str, str]

    def of(self, stance: str) -> str:
        """The class of a stance given by local name or IRI ("" for an unknown stance)."""
        return self.by_stance.get(_stance_name(stance), "")

    def opposite(self, a: str, b: str) -> bool:
        """Whether the classes ``a`` and ``b`` cannot both hold."""
        return frozenset((a, b)) in self.opposites

    @property
    def names(self) -> tuple[str, ...]:
        """The class names in the file's order."""
        return tuple(dict.fromkeys(self.by_stance.values()))


@functools.cache
def stance_classes(folder: Path | None = None) -> StanceClasses:
    """Load and check the stance classes (cached per data folder)."""
    path = (folder or data_dir()) / CLASSES_FILE
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("classes"), dict):
        raise DataError(f"{path}: expected a mapping with 'classes'")
    known = set(STANCE_CLASSES)  # every dg:Stances concept, by local name
    by_stance: dict[str, str] = {}
    for name, stances in raw["classes"].items():
        for stance in stances or ():
            if stance not in known:
                raise DataError(f"{path}: class {name!r}: {stance!r} is not a dg:Stances concept")
            if stance in by_stance:
                raise DataError(f"{path}: {stance!r} is in two classes")
            by_stance[stance] = str(name)
    missing = known - set(by_stance)
    if missing:
        raise DataError(f"{path}: stances in no class: {', '.join(sorted(missing))}")
    opposites = set()
    for pair in raw.get("opposites") or ():
        if len(pair) != 2 or not set(pair) <= set(by_stance.values()):
            raise DataError(f"{path}: opposites: {pair!r} is not a pair of class names")
        opposites.add(frozenset(pair))
    colors = {str(k): str(v) for k, v in (raw.get("colors") or {}).items()}
    for name in [*by_stance.values(), "meeting"]:
        if name not in colors:
            raise DataError(f"{path}: colors: no colour for {name!r}")
    return StanceClasses(by_stance, frozenset(opposites), colors)
