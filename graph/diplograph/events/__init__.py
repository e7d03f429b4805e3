"""Facts as events along time: records for timelines, stance shifts, event-data export.

- :mod:`.records` reads meetings and positions as flat :class:`Event` records, fast;
- :mod:`.classes` groups stances into classes (data/events/stance-classes.yml);
- :mod:`.shifts` finds stance shifts and contradictions;
- :mod:`.plover` maps events to PLOVER event types and writes event data (CSV, PLOVER JSON).

The names below are imported when first used (:mod:`diplograph._lazy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph._lazy import lazy_exports

if TYPE_CHECKING:
    from diplograph.events.records import Event, Events, load_events

__getattr__, __dir__ = lazy_exports(
    __name__,
    dict.fromkeys(("Event", "Events", "load_events"), "diplograph.events.records"),
)

__all__ = ["Event", "Events", "load_events"]
