"""Interactive views of the graph: SPARQL → networkx (:mod:`.network`) → HTML (:mod:`.html`).

The names below are imported when first used (:mod:`diplograph._lazy`): a module of this
package (say :mod:`.facts`, which the timeline reads through) does not load networkx.

>>> from diplograph.views import Filters
>>> Filters(actor="Russia", hops=2).describe()
['around Russia (2 hops)']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph._lazy import lazy_exports
from diplograph.errors import InputError
from diplograph.gcpause import paused_gc

if TYPE_CHECKING:
    import networkx as nx

    from diplograph.views.construct import construct_network
    from diplograph.views.facts import Facts, QueryStore, load_facts
    from diplograph.views.filters import Filters
    from diplograph.views.network import actor_network, meeting_network

#: Network kinds of ``diplograph view`` and ``export-graph``.
KINDS = ("actors", "meetings")


@paused_gc
def view_network(
    store: QueryStore, kind: str = "actors", filters: Filters | None = None, query: str | None = None
) -> nx.MultiDiGraph:
    """The network a view shows: a CONSTRUCT ``query``'s triples, or the ``kind`` network."""
    from diplograph.views.construct import construct_network
    from diplograph.views.facts import load_facts
    from diplograph.views.filters import Filters
    from diplograph.views.network import build_actor_network, build_meeting_network

    if query is not None:
        if filters is not None and filters.active:
            raise InputError("filters do not apply to --query: write them into the query")
        return construct_network(store, query)
    if kind not in KINDS:
        raise InputError(f"unknown view kind {kind!r} (choose from {', '.join(KINDS)})")
    facts = load_facts(store)
    build = build_actor_network if kind == "actors" else build_meeting_network
    return build(facts, filters or Filters())


__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "construct_network": "diplograph.views.construct",
        "Facts": "diplograph.views.facts",
        "QueryStore": "diplograph.views.facts",
        "load_facts": "diplograph.views.facts",
        "Filters": "diplograph.views.filters",
        "actor_network": "diplograph.views.network",
        "build_actor_network": "diplograph.views.network",
        "build_meeting_network": "diplograph.views.network",
        "meeting_network": "diplograph.views.network",
    },
)

__all__ = [
    "KINDS",
    "Facts",
    "Filters",
    "actor_network",
    "construct_network",
    "load_facts",
    "meeting_network",
    "view_network",
]
