"""The whole store's actor page, bounded: each actor's strongest links when there are too many.

Why (issue 11): at 10M quads the whole store's actor network has 2,000 actors and 440,120
links with 673,447 sentences — a 101 MB page that took 45 CPU-s to draw and that no browser
can use. Above :attr:`Bound.max_edges` links (``data/views/whole-page.yml``) the page draws,
for every actor, the links to its :attr:`Bound.per_actor` strongest partners, a pair of actors
weighing its number of facts (meetings and positions either way; a representation counts one);
its header says how many of how many links it shows and by which rule, and each node's tooltip
how many of its links are drawn and the command that draws all of them (its own page). A store
at or under the limit gets the page it always got (:func:`bounded_drawing` returns None).

It is cheap because the choice needs no sentence: who takes part in each fact is read first
(:func:`fact_ends`: from the summary's records, no sentence, no fact object), the links counted
and chosen, and only the facts behind the chosen links are then read with their sentences (from
the summary's records by row number,
:meth:`diplograph.summary.reader.SummaryStore.kept_facts_at`) and drawn exactly as the full page
draws them: a drawn link's count, dates, places, topics and sentences are the
same as on the full page. Actors keep their full counts (meetings, positions, partners); the
sentences listed for an actor are those of the facts behind the drawn links that involve it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, combinations, compress, repeat
from operator import itemgetter
from pathlib import Path

from diplograph.errors import InputError
from diplograph.gcpause import paused_gc
from diplograph.paths import data_dir
from diplograph.quickexit import keep_until_exit
from diplograph.views.drawing import Drawing, EdgeData, NodeData
from diplograph.views.facts import (
    DEFAULT_LANGS,
    Entity,
    Facts,
    QueryStore,
    Sentences,
    load_entities,
    load_facts,
)
from diplograph.views.filters import STANCE_CLASSES, Filters
from diplograph.views.network import _actor_attrs, _edge_attrs, _fact_parts, _finish_edge

#: The file (under ``data/``) holding the page's bound.
BOUND_FILE = Path("views") / "whole-page.yml"

EdgeKey = tuple[str, str, str]


@dataclass(frozen=True)
class Bound:
    """How many links a whole-store page draws (see the module docstring)."""

    #: Above this many links the page is bounded.
    max_edges: int
    #: Partners drawn per actor on a bounded page (fewer when their links exceed max_edges).
    per_actor: int

    def tag(self) -> str:
        """The bound as part of a kept page's tag (another bound draws another page)."""
        return f"{self.max_edges}/{self.per_actor}"


@functools.cache
def page_bound(folder: Path | None = None) -> Bound:
    """The bound in ``data/views/whole-page.yml`` (of ``folder`` instead of the bundled data)."""
    from diplograph.yamlio import safe_load

    path = (folder or data_dir()) / BOUND_FILE
    try:
        found = safe_load(path.read_text(encoding="utf-8"))
        bound = Bound(int(found["max_edges"]), int(found["per_actor"]))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"cannot read the whole-store page's bound from {path}: {exc}") from exc
    if bound.max_edges < 1 or bound.per_actor < 1:
        raise InputError(f"{path}: max_edges and per_actor must be at least 1")
    return bound


@dataclass(frozen=True)
class Ends:
    """Who takes part in each fact, in ``load_facts``' order, column by column: all a bounded
    page needs to count and choose links (no dates, topics or sentences).

    Columns rather than a tuple per fact, so counting runs in C (:class:`collections.Counter`
    over ``map``s): at 10M quads there are 336,685 meetings and as many positions, and every
    Python step per fact costs a tenth of a second.
    """

    #: Each meeting's participants, its place, and what finds its record again (below).
    people: Sequence[Sequence[str]]
    places: Sequence[str | None]
    meetings: Sequence[Hashable]
    #: Each holder–target pair of a position as ``(holder, target, stance)``, and its record.
    stances: Sequence[tuple[str, str | None, str | None]]
    positions: Sequence[Hashable]
    #: Whether ``meetings`` and ``positions`` are the summary's row numbers (else fact IRIs).
    rows: bool = False


def fact_ends(store: QueryStore) -> Ends:
    """The :class:`Ends` of every fact: from the summary's records when the store has them
    (:meth:`diplograph.summary.reader.SummaryStore.fact_ends`, 0.35 s at 1.3M quads against
    1.4 s for ``load_facts(sentences=False)``), else from the facts read without sentences."""
    kept = getattr(store, "fact_ends", None)
    if kept is not None:
        people, places, meetings, stances, positions = kept()
        return Ends(people, places, meetings, stances, positions, rows=True)
    lite = load_facts(store, sentences=False)
    return Ends(
        [m.participants for m in lite.meetings],
        [m.place for m in lite.meetings],
        [m.iri for m in lite.meetings],
        [(p.holder, p.target, p.stance) for p in lite.positions],
        [p.iri for p in lite.positions],
    )


@dataclass
class _Plan:
    """The full actor network without attributes: its nodes with their counts and each link's
    number of facts, in the order :func:`diplograph.views.network.actor_drawing` meets them."""

    #: Actor → (meetings, positions).
    nodes: dict[str, tuple[int, int]]
    #: (u, v, key) → its number of facts (0 for a representation).
    edges: dict[EdgeKey, int]
    #: Each (holder, target, stance) of the positions → its link's key (None: no link).
    position_keys: dict[tuple[str, str | None, str | None], EdgeKey | None]


def _in_articles(entities: Mapping[str, Entity], ends: Ends) -> list[str]:
    """:meth:`Facts.in_articles`' entities, by IRI, in the same order."""
    involved = set(chain.from_iterable(ends.people)) | set(ends.places)
    involved |= set(map(itemgetter(0), ends.stances)) | set(map(itemgetter(1), ends.stances))
    return [iri for iri, e in entities.items() if e.mentioned or iri in involved]


def _plan(entities: Mapping[str, Entity], ends: Ends) -> _Plan:
    """What :func:`_fact_parts` and ``actor_drawing`` gather, as counts: counted in C, then
    walked once per distinct actor, pair and (holder, target, stance) in the order of their
    first fact — which is the order the full network meets them in."""
    met = Counter(chain.from_iterable(ends.people))
    pairs = Counter(chain.from_iterable(map(combinations, ends.people, repeat(2))))
    held = Counter(map(itemgetter(0), ends.stances))
    stated = Counter(ends.stances)
    order: dict[str, None] = {}
    for iri in _in_articles(entities, ends):
        if entities[iri].type != "Place":
            order[iri] = None
    order.update(dict.fromkeys(met))
    edges: dict[EdgeKey, int] = {(u, v, "met"): n for (u, v), n in pairs.items()}
    keys: dict[tuple[str, str | None, str | None], EdgeKey | None] = {}
    kinds: dict[str | None, str] = {}
    for triple, n in stated.items():
        holder, target, stance = triple
        order.setdefault(holder)
        if not target or target == holder:
            keys[triple] = None
            continue
        order.setdefault(target)
        kind = kinds.get(stance)
        if kind is None:
            kind = kinds[stance] = f"position:{STANCE_CLASSES.get(stance or '', 'other')}"
        key = keys[triple] = (holder, target, kind)
        edges[key] = edges.get(key, 0) + n
    for iri in list(order):
        for org in entities[iri].represents if iri in entities else []:
            order.setdefault(org)
            edges.setdefault((iri, org, "represents"), 0)
    nodes = {iri: (met.get(iri, 0), held.get(iri, 0)) for iri in order}
    return _Plan(nodes, edges, keys)


def _ordered(nodes: Iterable[str], keys: Iterable[EdgeKey]) -> list[EdgeKey]:
    """``keys`` in the order ``actor_drawing`` lists links: by first node in node order, then
    by the first link to each neighbour, then by key."""
    succ: dict[str, dict[str, list[EdgeKey]]] = {n: {} for n in nodes}
    for key in keys:
        succ[key[0]].setdefault(key[1], []).append(key)
    return [key for out in succ.values() for keys in out.values() for key in keys]


def pair_ranks(pairs: Sequence[Collection[str]], weights: Sequence[int]) -> list[int]:
    """For each pair of actors, its best rank among either actor's pairs (0: the heaviest pair
    of one of its actors); ties go to the pair listed first.

    >>> pair_ranks([("a", "b"), ("a", "c"), ("b", "c")], [1, 5, 2])
    [1, 0, 0]
    """
    seen: dict[str, int] = {}
    get = seen.get
    best = [0] * len(pairs)
    heaviest_first = [-w for w in weights]
    for i in sorted(range(len(pairs)), key=heaviest_first.__getitem__):  # stable: ties by index
        members = pairs[i]
        if len(members) == 2:
            u, v = members
            ru, rv = get(u, 0), get(v, 0)
            seen[u], seen[v] = ru + 1, rv + 1
            best[i] = ru if ru < rv else rv
        else:  # a loop: one actor
            for a in members:
                best[i] = get(a, 0)
                seen[a] = best[i] + 1
    return best


@dataclass(frozen=True)
class Choice:
    """The links a bounded page draws (in the page's order), of how many, the partners per
    actor they stand for (for its header), and each actor's links and partners on the full
    page (for its tooltip and size)."""

    keys: list[EdgeKey]
    total: int
    per_actor: int
    links: Counter[str]
    partners: Counter[str]


def choose(plan: _Plan, bound: Bound) -> Choice:
    """The links of each actor's strongest partners (fewer partners while their links exceed
    the bound, down to one), in the page's order.

    Pairs are unordered (a ``frozenset`` of one or two actors), counted and weighed in C: at
    10M quads there are 440,120 links between 303,703 pairs.
    """
    keys = list(plan.edges)
    edge_pairs = list(map(frozenset, map(itemgetter(0, 1), keys)))
    links = Counter(edge_pairs)  # links per pair, pairs in the order of their first link
    # A pair weighs its facts (a representation, which has none, counts one).
    weights = Counter(chain.from_iterable(map(repeat, edge_pairs, [n or 1 for n in plan.edges.values()])))
    pairs = list(links)
    ranks = pair_ranks(pairs, [weights[pair] for pair in pairs])
    rank_of = dict(zip(pairs, ranks, strict=True))
    by_rank = [0] * (bound.per_actor + 1)
    for rank, count in zip(ranks, links.values(), strict=True):
        if rank < bound.per_actor:
            by_rank[rank + 1] += count
    per_actor = bound.per_actor
    while per_actor > 1 and sum(by_rank[: per_actor + 1]) > bound.max_edges:
        per_actor -= 1
    kept = compress(keys, map(per_actor.__gt__, map(rank_of.__getitem__, edge_pairs)))
    return Choice(
        _ordered(plan.nodes, kept),
        len(keys),
        per_actor,
        links=Counter(chain(map(itemgetter(0), keys), map(itemgetter(1), keys))),
        partners=Counter(chain.from_iterable(pairs)),
    )


def header_note(choice: Choice) -> str:
    """The header's words on a bounded page (also in docs/views.md)."""
    partners = "strongest partner" if choice.per_actor == 1 else f"{choice.per_actor} strongest partners"
    return (
        f"showing {len(choice.keys):,} of {choice.total:,} links: each actor's {partners} "
        f"by number of facts; all of an actor's links: diplograph view --actor NAME"
    )


@paused_gc
def bounded_drawing(store: QueryStore, bound: Bound) -> tuple[Drawing, str] | None:
    """The bounded actor page of the whole ``store`` and its header note, or None when the
    network has at most ``bound.max_edges`` links (then the full page is drawn, unchanged)."""
    ends = fact_ends(store)
    keep_until_exit(ends)
    entities = load_entities(store, DEFAULT_LANGS)
    plan = _plan(entities, ends)
    if len(plan.edges) <= bound.max_edges:
        return None
    keep_until_exit(plan)
    choice = choose(plan, bound)
    facts = _facts_of(store, entities, ends, _behind(plan, choice.keys, ends))
    keep_until_exit(facts)
    drawn_nodes, drawn_edges = _fact_parts(facts, Filters())
    drawn_by_node: dict[str, int] = {}
    edges: list[EdgeData] = []
    for u, v, kind in choice.keys:
        drawn_by_node[u] = drawn_by_node.get(u, 0) + 1
        drawn_by_node[v] = drawn_by_node.get(v, 0) + 1
        if kind == "represents":
            data = _edge_attrs({"kind": "represents", "weight": 1})
        else:
            data = drawn_edges[(u, v, kind)]
        edges.append((u, v, _finish_edge(data)))
    nodes: list[NodeData] = []
    for iri, (met, held) in plan.nodes.items():
        data = _actor_attrs(facts, iri)
        data["meetings"], data["positions"] = met, held
        data["degree"] = choice.partners[iri]  # distinct neighbours (itself, for a loop)
        found = drawn_nodes.get(iri)
        data["evidence"] = list(found["evidence"]) if found else []
        if choice.links[iri]:
            data["drawn_links"] = (drawn_by_node.get(iri, 0), choice.links[iri], iri)
        nodes.append((iri, data))
    return Drawing(nodes, edges, facts.sentences), header_note(choice)


def _behind(plan: _Plan, keys: Sequence[EdgeKey], ends: Ends) -> tuple[list[Hashable], list[Hashable]]:
    """The meetings and positions (their ``Ends`` ids) behind the links ``keys``."""
    chosen = set(keys)
    pairs = {(u, v) for u, v, kind in keys if kind == "met"}
    # A two-party meeting is behind a link when its participants are a chosen pair (checked in
    # C); a larger one when any two of them are.
    two = compress(ends.meetings, map(pairs.__contains__, map(tuple, ends.people)))
    more = [
        ends.meetings[i]
        for i, people in enumerate(ends.people)
        if len(people) > 2 and any(pair in pairs for pair in combinations(people, 2))
    ]
    stated = {triple for triple, key in plan.position_keys.items() if key in chosen}
    positions = list(compress(ends.positions, map(stated.__contains__, ends.stances)))
    return [*two, *more], positions


def _facts_of(
    store: QueryStore, entities: dict[str, Entity], ends: Ends, behind: tuple[list[Hashable], list[Hashable]]
) -> Facts:
    """The meetings and positions ``behind`` names, with their sentences (numbered when read
    from a summary), in the order ``load_facts`` gives them (article counts left out: not drawn)."""
    meetings, positions = behind
    kept = getattr(store, "kept_facts_at", None)
    if kept is not None and ends.rows:
        table = Sentences()
        found_m, found_p = kept({*meetings, *positions}, numbered=table)
        return Facts(entities=entities, meetings=found_m, positions=found_p, sentences=table)
    full = load_facts(store)
    wanted = {*meetings, *positions}
    return Facts(
        entities=entities,
        meetings=tuple(m for m in full.meetings if m.iri in wanted),
        positions=tuple(p for p in full.positions if p.iri in wanted),
    )
