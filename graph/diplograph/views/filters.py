"""What part of the graph a view or an export shows.

Filters combine: a fact is kept when it passes every one that is set. Dates compare as ISO
strings (``2025-05-16``); a fact with no resolved date is dated by its earliest article, and a
fact with neither fails any date filter. ``stance`` keeps only positions of that stance, so
meetings drop out of the view. ``actor`` and ``hops`` cut the ego network last.

>>> Filters(since=date(2025, 1, 1), stance="demand").describe()
['since 2025-01-01', 'stance demand']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from diplograph.errors import InputError
from diplograph.views.facts import local_name
from diplograph.vocab import DG, DGT

#: Stances of the contract, by local name, and the colour class each is drawn in.
STANCE_CLASSES: dict[str, str] = {
    local_name(DG.demand): "demand/reject",
    local_name(DG.reject): "demand/reject",
    local_name(DG.oppose): "oppose",
    local_name(DG.propose): "propose/offer",
    local_name(DG.offer): "propose/offer",
    local_name(DG.support): "support/accept",
    local_name(DG.accept): "support/accept",
}
#: Actor types a view can keep (``--type``), by local name.
ACTOR_TYPES: tuple[str, ...] = tuple(
    local_name(t) for t in (DG.Person, DG.State, DG.Organization, DG.Delegation)
)


@dataclass(frozen=True)
class Filters:
    """Which actors and facts to show; the defaults show everything."""

    actor: str | None = None
    hops: int = 1
    since: date | None = None
    until: date | None = None
    topic: str | None = None
    stance: str | None = None
    types: tuple[str, ...] = ()
    min_weight: int = 1

    def __post_init__(self) -> None:
        if self.hops < 0:
            raise InputError(f"hops must be 0 or more, not {self.hops}")
        if self.min_weight < 1:
            raise InputError(f"min_weight must be 1 or more, not {self.min_weight}")
        if self.stance is not None and local_name(self.stance) not in STANCE_CLASSES:
            raise InputError(f"unknown stance {self.stance!r} (choose from {', '.join(STANCE_CLASSES)})")
        for kind in self.types:
            if _type_name(kind) is None:
                raise InputError(f"unknown actor type {kind!r} (choose from {', '.join(ACTOR_TYPES)})")
        if self.topic is not None:
            try:
                DGT[topic_name(self.topic)]
            except (AttributeError, KeyError):
                names = [*dir(DGT), *getattr(DGT, "_extras", [])]  # hyphenated names are extras
                known = ", ".join(sorted(local_name(t) for t in names))
                raise InputError(f"unknown topic {self.topic!r} (choose from {known})") from None
        if self.since and self.until and self.since > self.until:
            raise InputError(f"since {self.since} is after until {self.until}")

    @property
    def fact_filters(self) -> bool:
        """Whether any filter drops facts (then actors left without facts are hidden too)."""
        return any((self.since, self.until, self.topic, self.stance, self.min_weight > 1))

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return self.fact_filters or bool(self.actor or self.types)

    def type_names(self) -> frozenset[str]:
        """The kept actor types as local names (empty: all)."""
        return frozenset(n for n in (_type_name(t) for t in self.types) if n)

    def keeps(self, when: str, topics: Sequence[str], stance: str | None = None) -> bool:
        """Tell whether a fact with this date, topics and (for positions) stance passes."""
        if (self.since or self.until) and not when:
            return False
        if self.since and when[:10] < self.since.isoformat():
            return False
        if self.until and when[:10] > self.until.isoformat():
            return False
        if self.topic and topic_name(self.topic) not in topics:
            return False
        return not (self.stance and stance != local_name(self.stance))

    def describe(self) -> list[str]:
        """The active filters in words, for a view's header."""
        parts = []
        if self.actor:
            parts.append(f"around {self.actor} ({self.hops} hop{'s' if self.hops != 1 else ''})")
        if self.since:
            parts.append(f"since {self.since.isoformat()}")
        if self.until:
            parts.append(f"until {self.until.isoformat()}")
        if self.topic:
            parts.append(f"topic {topic_name(self.topic)}")
        if self.stance:
            parts.append(f"stance {local_name(self.stance)}")
        if self.types:
            parts.append("types " + ", ".join(sorted(self.type_names())))
        if self.min_weight > 1:
            parts.append(f"weight at least {self.min_weight}")
        return parts


def topic_name(topic: str) -> str:
    """The local name of a topic given as IRI, ``dgt:name`` or name.

    >>> topic_name("dgt:peace-agreement"), topic_name("ceasefire")
    ('peace-agreement', 'ceasefire')
    """
    return local_name(topic).rpartition(":")[2]


def _type_name(kind: str) -> str | None:
    wanted = local_name(kind).casefold()
    return next((t for t in ACTOR_TYPES if t.casefold() in (wanted, wanted.rstrip("s"))), None)
