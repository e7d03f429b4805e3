"""Facts as events along time: records for timelines, stance shifts, event-data export.

- :mod:`.records` reads meetings and positions as flat :class:`Event` records, fast;
- :mod:`.classes` groups stances into classes (data/events/stance-classes.yml);
- :mod:`.shifts` finds stance shifts and contradictions;
- :mod:`.plover` maps events to PLOVER event types and writes event data (CSV, PLOVER JSON).
"""

from __future__ import annotations

from diplograph.events.records import Event, Events, load_events

__all__ = ["Event", "Events", "load_events"]
