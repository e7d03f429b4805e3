"""Numbers about the graph: counts, central actors, chains of meetings, stance matrices.

Each function reads :class:`~diplograph.views.facts.Facts` (or a store) and returns a
:class:`~diplograph.analytics.report.Report`, which the CLI renders as a table, CSV or JSON.
The names below are imported when first used (:mod:`diplograph._lazy`): the reports alone
do not load networkx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph._lazy import lazy_exports

if TYPE_CHECKING:
    from diplograph.analytics.chain import Hop, shortest_chain
    from diplograph.analytics.report import Report, Table, render
    from diplograph.analytics.stances import StanceMatrix, stance_matrix
    from diplograph.analytics.stats import graph_stats

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Hop": "diplograph.analytics.chain",
        "shortest_chain": "diplograph.analytics.chain",
        "Report": "diplograph.analytics.report",
        "Table": "diplograph.analytics.report",
        "render": "diplograph.analytics.report",
        "StanceMatrix": "diplograph.analytics.stances",
        "stance_matrix": "diplograph.analytics.stances",
        "graph_stats": "diplograph.analytics.stats",
    },
)

__all__ = [
    "Hop",
    "Report",
    "StanceMatrix",
    "Table",
    "graph_stats",
    "render",
    "shortest_chain",
    "stance_matrix",
]
