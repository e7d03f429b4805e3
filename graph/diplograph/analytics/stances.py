"""Who holds which stance: a holder × stance count matrix, optionally for one topic."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from diplograph.analytics.report import Cell, Report, Table
from diplograph.views.facts import Facts, QueryStore, load_facts
from diplograph.views.filters import STANCE_CLASSES, Filters, topic_name


@dataclass(frozen=True)
class StanceMatrix:
    """Counts of positions per (holder IRI, stance), holders ordered by total, then label."""

    holders: list[tuple[str, str]]
    stances: tuple[str, ...]
    counts: dict[tuple[str, str], int]
    topic: str | None = None

    def total(self, holder: str) -> int:
        """Number of positions of ``holder``."""
        return sum(self.counts.get((holder, s), 0) for s in self.stances)


def stance_matrix(facts: Facts, topic: str | None = None, filters: Filters | None = None) -> StanceMatrix:
    """Count positions by holder and stance (each position once, even with several targets)."""
    keep = filters or Filters(topic=topic)
    seen: set[tuple[str, str]] = set()
    counts: Counter[tuple[str, str]] = Counter()
    for p in facts.positions:
        if (p.iri, p.holder) in seen or not p.stance:
            continue
        if topic and topic_name(topic) not in p.topics:
            continue
        if not keep.keeps(p.date, p.topics, p.stance if keep.stance else None):
            continue
        seen.add((p.iri, p.holder))
        counts[(p.holder, p.stance)] += 1
    stances = tuple(STANCE_CLASSES)
    holders = sorted(
        {h for h, _ in counts}, key=lambda h: (-sum(counts[(h, s)] for s in stances), facts.label(h))
    )
    return StanceMatrix([(h, facts.label(h)) for h in holders], stances, dict(counts), topic)


def matrix_report(m: StanceMatrix) -> Report:
    """The matrix as one table: holder, label, one column per stance, total."""
    rows: list[tuple[Cell, ...]] = [
        (iri, label, *(m.counts.get((iri, s), 0) for s in m.stances), m.total(iri))
        for iri, label in m.holders
    ]
    return Report([Table("stances", ("holder", "label", *m.stances, "total"), list(rows))])


def store_stances(store: QueryStore, topic: str | None = None) -> StanceMatrix:
    """:func:`stance_matrix` of everything in ``store``."""
    return stance_matrix(load_facts(store), topic)
