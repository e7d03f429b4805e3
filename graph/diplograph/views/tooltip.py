"""Tooltip text for nodes and edges: plain text, never HTML.

vis-network 9 shows a string title with ``innerText``, so whatever an article says is shown,
not run. The text is still cut short (a hub's tooltip would otherwise hold thousands of
sentences) and control characters are dropped.

>>> edge_tooltip({"kind": "met", "weight": 2, "dates": ["2025-05-16"], "evidence": []})
'met 2 times\\n2025-05-16'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from diplograph.views.facts import Source

#: Evidence sentences shown per tooltip.
MAX_SOURCES = 4
#: Dates listed one by one in an edge's tooltip; above, their range and the latest.
MAX_DATES = 8
#: Characters kept per sentence.
MAX_TEXT = 240

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def clean(text: str, limit: int = MAX_TEXT) -> str:
    """One safe line: no control characters, at most ``limit`` characters."""
    text = str(text)
    # Fast path: most text is printable already (no newlines, tabs or control characters).
    text = text.strip() if text.isprintable() else " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@functools.lru_cache(maxsize=65536)
def source_lines(s: Source) -> tuple[str, ...]:
    """The quoted sentence and the line naming its article (cached: sources repeat a lot)."""
    where = " · ".join(clean(x, 120) for x in (s.title, s.issued, s.url) if x)
    return (f"“{clean(s.text)}”", f"   — {where}") if where else (f"“{clean(s.text)}”",)


def sources_text(sources: Sequence[Source]) -> list[str]:
    """Lines quoting the first sentences with their article's title, date and URL."""
    lines: list[str] = []
    for s in sources[:MAX_SOURCES]:
        lines.extend(source_lines(s))
    if len(sources) > MAX_SOURCES:
        lines.append(f"… and {len(sources) - MAX_SOURCES} more sentences")
    return lines


def listed_note(total: int, listed: int, actor: str = "") -> str:
    """The line telling that an item lists only its ``listed`` most recent of ``total`` sentences,
    and (given an ``actor`` IRI) the cookbook query that gives all of them."""
    note = f"sentences: the {listed} most recent of {total} listed"
    if actor:
        note += f"; all: diplograph query -q facts-with-evidence --bind actor=<{clean(actor, 200)}>"
    return note


def node_tooltip(data: Mapping[str, Any], sources: bool = True) -> str:
    """Tooltip of a node: label, type, roles, counts, then (``sources``) the sentences behind it."""
    lines = [f"{clean(data.get('label', ''), 120)} ({clean(data.get('type', ''), 40)})"]
    if data.get("roles"):
        lines.append("role: " + ", ".join(clean(r, 60) for r in data["roles"]))
    if data.get("represents"):
        lines.append("represents: " + ", ".join(clean(r, 60) for r in data["represents"]))
    if data.get("kind") == "meeting":
        for key in ("status", "topics"):
            if data.get(key):
                value = data[key]
                lines.append(f"{key}: " + clean(", ".join(value) if isinstance(value, list) else value, 120))
    counts = [f"{data[k]} {k}" for k in ("meetings", "positions") if data.get(k)]
    if counts:
        lines.append(", ".join(counts))
    if data.get("drawn_links"):
        # A bounded whole-store page (diplograph.views.bounded): where the other links are.
        drawn, total, iri = data["drawn_links"]
        lines.append(f"links drawn here: {drawn} of {total}; all: diplograph view --actor {clean(iri, 200)}")
    for name, value in data.get("props", [])[:10]:
        lines.append(f"{clean(name, 40)}: {clean(value, 120)}")
    if sources:
        lines.extend(sources_text(data.get("evidence", [])))
    return "\n".join(lines)


def edge_tooltip(data: Mapping[str, Any], sources: bool = True) -> str:
    """Tooltip of an edge: what it stands for, how often, when, then (``sources``) the sentences."""
    kind = str(data.get("kind", ""))
    weight = int(data.get("weight", 1))
    if kind == "position":
        stances = ", ".join(data.get("stances", [])) or data.get("stance_class", "")
        head = f"{clean(stances, 60)} ({weight}×)"
    elif kind == "met":
        head = f"met {weight} time{'s' if weight != 1 else ''}"
    else:
        head = clean(kind, 60)
    lines = [head]
    if data.get("places"):
        lines.append("in " + _joined(tuple(data["places"][:5]), 60))
    if data.get("topics"):
        lines.append("topics: " + _joined(tuple(data["topics"]), 40))
    dates = data.get("dates", [])
    if len(dates) > MAX_DATES:
        # A busy pair: the range and the latest dates say more than the first few.
        latest = ", ".join(reversed(dates[-3:]))
        lines.append(f"{len(dates)} dates from {dates[0]} to {dates[-1]} (latest {latest})")
    elif dates:
        lines.append(", ".join(dates))
    if sources:
        lines.extend(sources_text(data.get("evidence", [])))
    return "\n".join(lines)


@functools.lru_cache(maxsize=4096)
def _joined(items: tuple[str, ...], limit: int) -> str:
    """Names each cut to ``limit`` characters, comma-separated (cached: the places and topics of
    a page's tens of thousands of edges are a few hundred names in a few thousand combinations)."""
    return ", ".join(clean(item, limit) for item in items)
