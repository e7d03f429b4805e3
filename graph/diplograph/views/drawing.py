"""A network as a page draws it: its nodes and its edges with their attributes, in order.

Why (issue 11): drawing a page reads each node and each edge a few times (colours, layout,
payload, legend). Walking a networkx multigraph's edges costs 0.07 s per pass at 73,769 edges,
and building one costs 0.25 s more, which the whole store's actor network need not pay at all
(:func:`diplograph.views.network.actor_drawing` gathers the same nodes and edges in plain
dicts). So the page is drawn from a :class:`Drawing`: the lists ``graph.nodes(data=True)`` and
``graph.edges(data=True)`` give, taken once from a graph (:meth:`Drawing.of`) or built directly.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from diplograph.views.facts import Sentences

NodeData = tuple[Hashable, dict[str, Any]]
EdgeData = tuple[Hashable, Hashable, dict[str, Any]]


class _Graph(Protocol):
    """What :meth:`Drawing.of` reads of a graph (:class:`networkx.Graph` and its kin have it)."""

    def nodes(self, data: bool) -> Iterable[NodeData]: ...

    def edges(self, data: bool) -> Iterable[EdgeData]: ...


@dataclass(frozen=True)
class Drawing:
    """Nodes ``(node, attributes)`` and edges ``(u, v, attributes)`` in the graph's order."""

    nodes: list[NodeData]
    edges: list[EdgeData]
    #: When set, the evidence of nodes and edges holds sentence numbers into this table
    #: (:class:`diplograph.views.facts.Sentences`), not Sources.
    sentences: Sentences | None = None

    @classmethod
    def of(cls, graph: Drawing | _Graph) -> Drawing:
        """The drawing of a networkx graph (a drawing is its own)."""
        if isinstance(graph, Drawing):
            return graph
        return cls(list(graph.nodes(data=True)), list(graph.edges(data=True)))
