"""Colours of node types, stance classes and communities (shared by views and legends).

Colours are not words, so they may live in code; they are chosen to stay apart for
colour-blind readers (Okabe–Ito where possible).
"""

from __future__ import annotations

#: Node colour by type's local name.
TYPE_COLORS: dict[str, str] = {
    "Person": "#E69F00",
    "State": "#0072B2",
    "Organization": "#009E73",
    "Delegation": "#CC79A7",
    "Meeting": "#999999",
    "Place": "#56B4E9",
}
#: Colour of anything of another type.
OTHER_COLOR = "#B0B0B0"
#: Edge colour by kind, and by stance class for positions.
EDGE_COLORS: dict[str, str] = {
    "met": "#7f7f7f",
    "represents": "#c7c7c7",
    "participant": "#a0a0a0",
    "demand/reject": "#D55E00",
    "oppose": "#E69F00",
    "propose/offer": "#0072B2",
    "support/accept": "#009E73",
}
#: Colour of "met" edges on large pages, light so that communities show through.
FAINT_EDGE = "#d4d4d4"
#: Community colours, reused in turn when there are more communities.
PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
)


def type_color(kind: str) -> str:
    """Colour of a node type."""
    return TYPE_COLORS.get(kind, OTHER_COLOR)


def edge_color(kind: str, stance_class: str | None = None) -> str:
    """Colour of an edge: by stance class for positions, else by kind."""
    return EDGE_COLORS.get(stance_class or kind, OTHER_COLOR)


def community_color(index: int) -> str:
    """Colour of the ``index``-th community (largest first)."""
    return PALETTE[index % len(PALETTE)]
