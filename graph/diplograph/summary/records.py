"""Each article graph's meetings and positions, joined once when the graph is written.

Why (issue 11): the first ``stats``, ``path`` or whole-store ``view`` after a write used to
read every fact's rows from the summary (participants, details, positions, evidence, article
dates: ≈ 440k rows at 1.3M quads) and join them in Python, 2–7 s before any figure was
computed. Every one of those rows of a fact lies in the fact's own graph (the summary refuses
stores where it does not: :func:`diplograph.summary.db.SummaryDB.spread`), so the joined
record of a fact depends on its graph alone. It is therefore built when the graph's rows are
(``ingest`` and ``load`` batches, ``diplograph summary``), by the very functions
``load_facts`` runs (:mod:`diplograph.views.facts`) applied to that graph's rows, and kept as
one row per fact: replacing a graph replaces its records with its rows. A reader then only
decodes the records (:func:`meetings_of`, :func:`positions_of`) instead of joining.

A record holds the fact without its sentences (``head``: what ``stats`` and ``path`` read,
dates resolved both ways ``load_facts`` resolves them) and, apart, its sentences
(``evidence``), decoded only by views that show them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from rdflib.term import Identifier

from diplograph.store.queries import package_query
from diplograph.summary.rows import ACTOR_LINKS, APPEARANCES, RECORDS, Row
from diplograph.views.facts import (
    Meeting,
    Position,
    Sentences,
    Source,
    load_fact_dates,
    load_meetings,
    load_positions,
    load_sources,
    local_name,
)


@dataclass(frozen=True)
class ActorLinks:
    """The facts of a whole store as ``stats`` ranks actors on them, combined from every
    graph's rows: how many meetings and positions, each actor's first appearance key and each
    link's first key (:func:`fact_records`), and the meetings per month."""

    meetings: int
    positions: int
    appearances: list[tuple[str, str]]
    links: list[tuple[str, str, str]]
    months: list[tuple[str, int]]


#: The kinds of record (the ``kind`` column).
MEETING, POSITION = "m", "p"
#: Views queries whose rows the records are built from → their table (the same names).
_SOURCES = (
    "meeting-participants", "meeting-sides", "meeting-details", "positions", "evidence", "fact-articles",
)


class _PartRows:
    """The views queries answered from one graph's rows (what :func:`graph_rows` gave), so
    ``load_meetings`` and friends run on a single graph exactly as on the whole store."""

    def __init__(self, tables: Mapping[str, set[Row]]) -> None:
        views = "diplograph.views"
        self._by_query = {package_query(views, name): tables.get(name, set()) for name in _SOURCES}

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> Sequence[tuple[str | None, ...]]:
        if bindings:
            raise ValueError("a graph's records are built from whole-table reads only")
        return list(self._by_query[sparql])

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Any:
        raise ValueError("a graph's records need no other query")


def _source(s: Source) -> list[Any]:
    return [s.text, s.title, s.issued, s.url, s.article, s.start]


def _dates(sources: Sequence[Source]) -> list[list[str]]:
    return [[s.issued, s.article] for s in sources]


def key(*fields: str) -> str:
    """Fields joined into one string that sorts as their tuple does (no IRI holds ``\\x01``),
    so SQLite's ``MIN`` over it finds the first of a Python ordering."""
    return "\x01".join(fields)


def fact_records(tables: Mapping[str, set[Row]]) -> dict[str, set[Row]]:
    """The :data:`RECORDS`, :data:`ACTOR_LINKS` and :data:`APPEARANCES` rows of one graph.

    A record is ``(fact, kind, date, head, evidence)``. ``head`` is JSON: a meeting's
    participants, date (resolved from its sentences' articles), date (resolved from its
    articles only, as ``load_facts(sentences=False)`` does; also the ``date`` column), place,
    status, topics and sentence-less sources; a position's holder–target pairs (one
    :class:`Position` each, in ``load_positions``' order), stance, topics, the two dates and
    sentence-less sources. ``evidence`` is the JSON list of its sentences.

    A link ``(u, v, key, meeting, date, place)`` is one the ranking graph of ``stats`` adds from
    ``u`` to ``v`` (two participants of a meeting, or a holder and its target), ``key`` saying
    where ``ranking_graph`` first meets it; a meeting's links also carry what ``path`` names.
    An appearance ``(actor, key)`` is where an actor first turns up in the facts' order (a
    meeting's place: involved, but no node of the ranking graph; key ``2``), kept only for
    actors whose rank this graph does not settle (below).
    """
    out: dict[str, set[Row]] = {RECORDS: set(), ACTOR_LINKS: set(), APPEARANCES: set()}
    if not tables.get("meeting-participants") and not tables.get("positions"):
        return out
    part = _PartRows(tables)
    full = load_sources(part)
    dated = load_fact_dates(part)
    records, links, seen = out[RECORDS], out[ACTOR_LINKS], out[APPEARANCES]
    by_dates = {m.iri: m for m in load_meetings(part, dated)}
    for m in load_meetings(part, full):
        d = by_dates[m.iri]
        head = [list(m.participants), m.date, d.date, m.place, m.status, list(m.topics), _dates(d.evidence)]
        records.add((m.iri, MEETING, d.date, _json(head), _json([_source(s) for s in m.evidence])))
        for i, u in enumerate(m.participants):
            seen.add((u, key("0", m.iri, u, "")))
            links.update((u, v, key("0", m.iri, v), m.iri, d.date, m.place) for v in m.participants[i + 1 :])
        if m.place:
            seen.add((m.place, key("2", m.iri)))
    with_sentences: dict[str, list[Position]] = {}
    for p in load_positions(part, full):
        with_sentences.setdefault(p.iri, []).append(p)
    for p in load_positions(part, dated):
        seen.add((p.holder, key("1", p.iri, p.holder, "")))
        if p.target and p.target != p.holder:
            seen.add((p.target, key("1", p.iri, p.holder, p.target)))
            links.add((p.holder, p.target, key("1", p.iri, p.target), None, None, None))
        # One record per position IRI: its Position records differ only in holder and target.
        group = with_sentences.pop(p.iri, None)
        if group is None:
            continue
        first = group[0]
        head = [[[q.holder, q.target] for q in group], first.stance, list(first.topics), first.date, p.date,
                _dates(p.evidence)]
        records.add((p.iri, POSITION, p.date, _json(head), _json([_source(s) for s in first.evidence])))
    # An actor this graph mentions with a type other than Place is ranked from the start
    # wherever it appears (its type and mention count for the whole store): its appearances are
    # never read, and leaving them out keeps the table small (none at all in most graphs).
    mentioned = {e for (e,) in tables.get("mentioned", ())}
    ranked = mentioned & {e for e, kind in tables.get("entity-types", ()) if local_name(str(kind)) != "Place"}
    firsts: dict[str | None, str | None] = {}
    for actor, where in seen:  # only each actor's first appearance in this graph is ever read
        if where is None or actor in ranked or (actor in mentioned and where.startswith("2")):
            continue
        if actor not in firsts or where < str(firsts[actor]):
            firsts[actor] = where
    out[APPEARANCES] = set(firsts.items())
    return out


def with_records(tables: dict[str, set[Row]]) -> dict[str, set[Row]]:
    """``tables`` with their joined rows added (:func:`fact_records`; returned for generators)."""
    tables.update(fact_records(tables))
    return tables


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _sources(rows: Iterable[Sequence[Any]]) -> tuple[Source, ...]:
    return tuple(Source(t, ti, i, u, a, int(s)) for t, ti, i, u, a, s in rows)


def _dated(rows: Iterable[Sequence[str]]) -> tuple[Source, ...]:
    return tuple(Source("", issued=i, article=a) for i, a in rows)


def _decoded(ordered: Sequence[tuple[str, str, str | None]], sentences: bool) -> tuple[list[Any], list[Any]]:
    """The heads and (with ``sentences``) the sentences of record rows, decoded, each column in
    one ``json.loads`` over the whole list.

    Why: one call per record cost a third of decoding the 87k records of a 1.3M-quad store
    (per-call set-up); the JSON texts are joined as they are, so the values are the same.
    """
    heads = json.loads("[" + ",".join([r[1] for r in ordered]) + "]") if ordered else []
    if not sentences:
        return heads, [None] * len(ordered)
    texts = [r[2] or "[]" for r in ordered]
    return heads, json.loads("[" + ",".join(texts) + "]") if ordered else []


def _evidences(
    heads: Sequence[Sequence[Any]], evidences: Sequence[Any], sentences: bool, numbered: Sentences | None
) -> list[tuple[Source, ...]]:
    """Each record's evidence as ``load_facts`` gives it: its sentences (numbered into
    ``numbered`` when given: :class:`Sentences`), or only its articles and their dates (the
    head's last field)."""
    if not sentences:
        return [_dated(head[-1]) for head in heads]
    if numbered is not None:
        # Numbers stand in for Sources here (Facts.sentences says so to whoever reads them).
        return cast(list[tuple[Source, ...]], numbered.number_all(evidences))
    return [_sources(evidence) for evidence in evidences]


def meetings_of(
    rows: Sequence[tuple[str, str, str | None]], sentences: bool, numbered: Sentences | None = None
) -> tuple[Meeting, ...]:
    """The meetings of record rows ``(fact, head, evidence)`` in ``load_meetings``' order, each
    as ``load_facts`` builds it with or without ``sentences`` (``evidence`` may then be None)."""
    out: list[Meeting] = []
    ordered = sorted(rows, key=itemgetter(0))
    heads, evidences = _decoded(ordered, sentences)
    for (iri, _, _), head, found in zip(ordered, heads, _evidences(heads, evidences, sentences, numbered),
                                        strict=True):
        people, date, date_only, place, status, topics, _ = head
        out.append(Meeting(iri, tuple(people), date if sentences else date_only, place, status, tuple(topics),
                           found))
    return tuple(out)


def positions_of(
    rows: Sequence[tuple[str, str, str | None]], sentences: bool, numbered: Sentences | None = None
) -> tuple[Position, ...]:
    """The positions of record rows ``(fact, head, evidence)`` in ``load_positions``' order."""
    out: list[Position] = []
    ordered = sorted(rows, key=itemgetter(0))
    heads, evidences = _decoded(ordered, sentences)
    append = out.append
    for (iri, _, _), head, found in zip(ordered, heads, _evidences(heads, evidences, sentences, numbered),
                                        strict=True):
        pairs, stance, topics, date, date_only, _ = head
        when = date if sentences else date_only
        kept = tuple(topics)
        for holder, target in pairs:
            append(Position(iri, holder, stance, target, kept, when, found))
    return tuple(out)
