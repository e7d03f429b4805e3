"""The shortest chain of meetings that links two actors, with the evidence for every hop.

"How is A connected to B?" is answered with meetings only (positions are not contacts).
Each hop names the earliest meeting between the two actors, its place and date, the
sentence it was read from and that sentence's article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

import networkx as nx

from diplograph.analytics.report import Report, Table
from diplograph.errors import InputError
from diplograph.views.facts import Entity, Facts, Meeting, QueryStore, load_facts, load_sources, remembered
from diplograph.views.filters import Filters
from diplograph.views.network import find_actor


@dataclass(frozen=True)
class Hop:
    """One meeting on the chain, from ``source`` to ``target``."""

    source: str
    target: str
    meetings: int
    date: str
    place: str
    sentence: str
    title: str
    url: str
    #: The meeting the hop names (its sentence is read for it alone, see :func:`store_chain`).
    meeting: str = ""


def shortest_chain(facts: Facts, a: str, b: str, filters: Filters | None = None) -> list[Hop]:
    """Hops of a shortest chain of meetings from actor ``a`` to actor ``b`` (names or IRIs)."""
    keep = filters or Filters()
    start, end = find_actor(facts, a), find_actor(facts, b)
    if start == end:
        raise InputError(f"{a!r} and {b!r} are the same actor")
    met: dict[frozenset[str], list[Meeting]] = defaultdict(list)
    g = nx.Graph()
    for m in facts.meetings:
        if keep.keeps(m.date, m.topics):
            for i, u in enumerate(m.participants):
                for v in m.participants[i + 1 :]:
                    met[frozenset((u, v))].append(m)
                    g.add_edge(u, v)
    try:
        path = nx.shortest_path(g, start, end)
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        raise InputError(f"no chain of meetings links {facts.label(start)} and {facts.label(end)}") from None
    hops = []
    for u, v in zip(path, path[1:], strict=False):
        meetings = sorted(met[frozenset((u, v))], key=lambda m: (m.date or "9999", m.iri))
        first = meetings[0]
        src = first.evidence[0] if first.evidence else None
        hops.append(
            Hop(
                u,
                v,
                len(meetings),
                first.date,
                facts.label(first.place) if first.place else "",
                src.text if src else "",
                src.title if src else "",
                src.url if src else "",
                first.iri,
            )
        )
    return hops


def chain_report(facts: Facts, hops: list[Hop]) -> Report:
    """The hops as one table, with labels."""
    rows = [
        (
            facts.label(h.source),
            facts.label(h.target),
            h.date,
            h.place,
            h.meetings,
            h.sentence,
            h.title,
            h.url,
        )
        for h in hops
    ]
    columns = ("from", "to", "date", "place", "meetings", "sentence", "article", "url")
    return Report([Table("path", columns, list(rows))])


def store_chain(store: QueryStore, a: str, b: str, filters: Filters | None = None) -> Report:
    """:func:`shortest_chain` on everything in ``store``, as a report."""
    facts = chain_facts(store)
    return chain_report(facts, [_with_sentence(store, hop) for hop in shortest_chain(facts, a, b, filters)])


def chain_facts(store: QueryStore) -> Facts:
    """What chains are found on: every actor and meeting, each meeting with its date resolved
    but no evidence (a hop reads its own sentence, :func:`_with_sentence`), no positions.

    With a summary (:func:`~diplograph.views.facts.remembered`) they are kept as JSON once per
    version of the store; a hop then names the same meeting, since a chain's first source only
    ever gave the hop an empty sentence before its own was read.
    """
    if getattr(store, "memo", None) is None:
        return load_facts(store, sentences=False, positions=False)
    read = lambda: _facts_json(load_facts(store, sentences=False, positions=False))  # noqa: E731
    return _facts_from_json(remembered(store, "chain-facts", read))


def _facts_json(facts: Facts) -> dict[str, Any]:
    """The actors and meetings of ``facts`` as JSON-able data (evidence left out)."""
    entities = [
        [e.iri, e.type, e.label, e.roles, e.represents, e.names, e.mentioned] for e in facts.entities.values()
    ]
    meetings = [[m.iri, m.participants, m.date, m.place, m.status, m.topics] for m in facts.meetings]
    return {"entities": entities, "meetings": meetings, "articles": [facts.articles, facts.first_issued,
                                                                   facts.last_issued]}


def _facts_from_json(data: dict[str, Any]) -> Facts:
    """:class:`Facts` back from :func:`_facts_json`."""
    entities = {
        iri: Entity(iri, kind, label, list(roles), list(represents), list(names), bool(mentioned))
        for iri, kind, label, roles, represents, names, mentioned in data["entities"]
    }
    meetings = tuple(
        Meeting(iri, tuple(people), date, place, status, tuple(topics), ())
        for iri, people, date, place, status, topics in data["meetings"]
    )
    count, first, last = data["articles"]
    return Facts(entities, meetings, (), int(count), str(first), str(last))


def _with_sentence(store: QueryStore, hop: Hop) -> Hop:
    """The hop with its meeting's first sentence and article, read for that meeting alone.

    The chain is found on facts read without sentences (every sentence of a large store takes
    seconds to read); the few hops then fetch theirs, in the order :func:`load_sources` gives.
    """
    sources = load_sources(store, hop.meeting).get(hop.meeting, ())
    if not sources:
        return hop
    return replace(hop, sentence=sources[0].text, title=sources[0].title, url=sources[0].url)
