"""Read what ``shifts`` compares over a whole store: positions in one query, sentences of a few.

Oxigraph joins the patterns of a group with one index seek per row (about 10 µs on a
1M-quad store) and turns every stored IRI of a result row back into text (3-4 µs
each). :mod:`.records` therefore reads one predicate at a time and joins in Python, which
decodes each fact's IRI once per predicate. A pattern written as a subquery of its own is
different: Oxigraph evaluates it as one scan and joins such subqueries by hashing stored ids,
no seek per row, and decodes only the rows the query returns. So:

- :func:`load_positions` reads every position with its holder, article, topic, stance, own
  date and article date in one read (``events/queries/positions.rq``);
- :func:`load_sentences` reads the sentences of the positions a shift names (a third of a
  large store's), the facts listed in a VALUES block (``events/queries/facts-sentences.rq``).

On the 1M-quad synthetic store (33,690 positions) the two take 0.67 s and 0.34 s of CPU,
where reading positions one predicate at a time with every sentence took 2.2 s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplograph.errors import StoreError
from diplograph.events.records import (
    Event,
    Events,
    ValueStore,
    _in_order,
    _is_iri,
    _local,
    _source,
    load_labels,
    load_query,
    scan_query,
)
from diplograph.gcpause import paused_gc
from diplograph.views.facts import DEFAULT_LANGS, Source
from diplograph.vocab import DG

#: Facts listed in one VALUES block of ``facts-sentences.rq``; the query's fixed cost (its
#: scans, ~0.07 s on a 1M-quad store) is paid once per block.
VALUES_BLOCK = 20_000

_EMPTY_VALUES = "VALUES ?f { }"


#: One row of ``positions.rq``: fact, holder, article, topic, stance, own date, article date.
Row = tuple[str | None, ...]


@paused_gc
def load_changing_positions(store: ValueStore, langs: Sequence[str] = DEFAULT_LANGS) -> Events:
    """As :func:`load_positions`, but only the positions that may take part in a shift or a
    contradiction: those of a holder whose positions on the same topic take more than one
    stance class (``events/queries/changing-positions.rq``). Each position read is read
    whole, as :func:`load_positions` reads it; on the 1M-quad synthetic store this leaves
    15,608 of 33,690 positions.

    The store groups by topic IRI where :func:`.shifts.find_shifts` groups by topic name, so
    when two topic IRIs share a local name (or a stance IRI cannot be written into the query)
    every position is read instead.
    """
    text = _changing_query(store)
    if text is None:
        return load_positions(store, langs)
    return _events(store, store.values(text), langs)


def _changing_query(store: ValueStore) -> str | None:
    """``changing-positions.rq`` with the store's stances and their classes, or ``None``."""
    from diplograph.events.classes import stance_classes

    stances = [o for o, *_ in store.values(scan_query(DG.stance, "objects"))]
    topics = [o for o, *_ in store.values(scan_query(DG.topic, "objects"))]
    if not all(o is not None and _is_iri(o) for o in stances):
        return None
    names = [_local(t or "") for t in topics]
    if len(set(names)) < len(names):
        return None
    classes = stance_classes()
    pairs = [(iri, classes.of(_local(iri or ""))) for iri in stances]
    if not all(_CLASS_NAME.fullmatch(c) for _, c in pairs if c):
        return None
    text = load_query("changing-positions")
    if _EMPTY_CLASSES not in text:
        raise StoreError(f"changing-positions.rq has no {_EMPTY_CLASSES!r} to fill in")
    block = " ".join(f'(<{iri}> "{c}")' for iri, c in pairs if c)
    return text.replace(_EMPTY_CLASSES, f"VALUES (?stance ?class) {{ {block} }}")


_EMPTY_CLASSES = "VALUES (?stance ?class) { }"
_CLASS_NAME = re.compile(r"[\w-]+")


@paused_gc
def load_positions(store: ValueStore, langs: Sequence[str] = DEFAULT_LANGS) -> Events:
    """Every position with a holder, a topic and a stance, as :func:`records.load_events` reads it
    without sentences: the same holders, stance, topics and date, and as evidence one
    sentence-less :class:`Source` per article the position is stated in (its article and
    publication date). Positions without a topic or stance, which no shift names, are left
    out; targets are not read.
    """
    return _events(store, store.values(load_query("positions")), langs)


def _events(store: ValueStore, found: list[Row], langs: Sequence[str]) -> Events:
    """The positions of ``found`` (rows of ``positions.rq``), sorted by IRI, with labels."""
    by_fact: dict[str, list[Row]] = {}
    for row in found:
        rows = by_fact.get(row[0])  # type: ignore[arg-type]
        if rows is None:
            by_fact[row[0]] = [row]  # type: ignore[index]
        else:
            rows.append(row)
    events = [_position(by_fact[iri]) for iri in sorted(by_fact)]
    return Events(events, load_labels(store, langs))


def _position(rows: list[Row]) -> Event:
    """The position of ``rows`` (all of one fact; most facts have one row)."""
    if len(rows) == 1:
        iri, holder, article, topic, stance, own, issued = rows[0]
        own = (own or "")[:10]
        src = Source("", "", (issued or "")[:10], "", article or "")
        return Event(
            iri or "",
            "position",
            own or src.issued,
            (holder or "",),
            stance=_local(stance or ""),
            topics=(_local(topic or ""),),
            dated=bool(own),
            evidence=(src,),
        )
    holders = sorted({r[1] or "" for r in rows})
    topics = sorted(_local(t) for t in {r[3] or "" for r in rows})
    # The smallest value of several, as records.load_events keeps it; None when none is bound.
    own = (min((r[5] for r in rows if r[5] is not None), default="") or "")[:10]
    published: dict[str, str | None] = {}
    for r in rows:
        art, day = r[2] or "", r[6]
        known = published.get(art)
        if day is not None and (known is None or day < known):
            published[art] = day
        else:
            published.setdefault(art, None)
    srcs = tuple(Source("", "", (day or "")[:10], "", art) for art, day in sorted(published.items()))
    return Event(
        rows[0][0] or "",
        "position",
        own or _article_day(srcs),
        tuple(holders),
        stance=_local(min(r[4] or "" for r in rows)),
        topics=tuple(topics),
        dated=bool(own),
        evidence=srcs,
    )


def _article_day(srcs: Sequence[Source]) -> str:
    """A fact's date from its articles when it has none of its own, as :func:`records.load_events`
    dates it: the earliest publication date."""
    if len(srcs) == 1:
        return srcs[0].issued[:10]
    return min((s.issued for s in srcs if s.issued), default="")[:10]


@paused_gc
def load_sentences(store: ValueStore, facts: Sequence[str]) -> dict[str, tuple[Source, ...]]:
    """The sentences behind ``facts`` (IRIs read from the store), with their articles.

    The IRIs are written into the query's VALUES block, as :func:`records.scan_query` writes
    stored stance IRIs: only after checking that each is a plain IRI that cannot end the
    ``<...>`` it is written in. A fact whose IRI is not is asked for on its own, bound.
    """
    plain = [f for f in facts if _is_iri(f)]
    found: dict[str, list[Source]] = {}
    for start in range(0, len(plain), VALUES_BLOCK):
        _sentences(store, plain[start : start + VALUES_BLOCK], found)
    out = {fact: _in_order(srcs) for fact, srcs in found.items()}
    odd = [f for f in facts if not _is_iri(f)]
    if odd:
        from diplograph.events.records import load_sources_for

        out.update(load_sources_for(store, odd))
    return out


def _sentences(store: ValueStore, facts: Sequence[str], found: dict[str, list[Source]]) -> None:
    """Add the sentences of ``facts`` (checked IRIs) to ``found``, one query."""
    text = load_query("facts-sentences")
    if _EMPTY_VALUES not in text:
        raise StoreError(f"facts-sentences.rq has no {_EMPTY_VALUES!r} to fill in")
    block = " ".join(f"<{f}>" for f in facts)
    rows = store.values(text.replace(_EMPTY_VALUES, f"VALUES ?f {{ {block} }}"))
    # An article's title, date or URL given twice gives a row for each: keep the smallest,
    # as records.load_events does.
    best: dict[tuple[str, str, str], list[str | None]] = {}
    for fact, sentence, article, *about in rows:
        if fact is None or sentence is None:
            continue
        key = (fact, sentence, article or "")
        kept = best.get(key)
        if kept is None:
            best[key] = list(about)
            continue
        for i, value in enumerate(about):
            if value is not None and (kept[i] is None or value < kept[i]):  # type: ignore[operator]
                kept[i] = value
    for (fact, sentence, article), (title, issued, url) in best.items():
        source = _source(sentence, article, title, issued, url)
        srcs = found.setdefault(fact, [])
        if source not in srcs:
            srcs.append(source)
