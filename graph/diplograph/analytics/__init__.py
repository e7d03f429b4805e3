"""Numbers about the graph: counts, central actors, chains of meetings, stance matrices.

Each function reads :class:`~diplograph.views.facts.Facts` (or a store) and returns a
:class:`~diplograph.analytics.report.Report`, which the CLI renders as a table, CSV or JSON.
"""

from __future__ import annotations

from diplograph.analytics.chain import Hop, shortest_chain
from diplograph.analytics.report import Report, Table, render
from diplograph.analytics.stances import StanceMatrix, stance_matrix
from diplograph.analytics.stats import graph_stats

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
