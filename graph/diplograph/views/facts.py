"""Read the actors, meetings and positions of a store into plain Python records.

Views and analytics all need the same few facts, each with the sentences behind it. Reading
them with a handful of flat SELECTs (``views/queries/*.rq``) and joining in Python avoids the
row explosion of one big query (participants x evidence x topics) and Oxigraph's join order
pitfalls (FACTS.md); a store of 25k articles reads in seconds.

>>> local_name("https://w3id.org/diplograph/topic/peace-agreement")
'peace-agreement'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

from rdflib import Graph, Literal, URIRef
from rdflib.term import Identifier

from diplograph.store.queries import package_query

#: Label languages tried in order when an entity has several labels.
DEFAULT_LANGS: tuple[str, ...] = ("en", "de")

Row = tuple[Identifier | None, ...]
T = TypeVar("T")


class QueryAnswer(Protocol):
    """What views need of a query answer (:class:`diplograph.store.QueryResult` has it)."""

    @property
    def kind(self) -> str: ...

    @property
    def rows(self) -> Sequence[Row]: ...

    @property
    def graph(self) -> Graph | None: ...


class QueryStore(Protocol):
    """Anything that answers SPARQL like :class:`diplograph.store.GraphStore`."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryAnswer: ...

    def values(
        self, sparql: str, bindings: Mapping[str, Identifier] | None = None
    ) -> Sequence[tuple[str | None, ...]]: ...


@dataclass(frozen=True, slots=True)
class Source:
    """One evidence sentence and the article it was read from (strings as stored, unescaped)."""

    text: str
    title: str = ""
    issued: str = ""
    url: str = ""
    article: str = ""
    start: int = 0


class Sentences:
    """Every distinct evidence sentence of a store, numbered in the order first met.

    Why (issue 11): the page of a whole store files each of ≈ 87k sentences (1.3M quads) under
    its actors and its edge, deduplicating by value, then numbers it in the page's sentence
    table. With a :class:`Source` per sentence that is ≈ 300k hashes of a six-field dataclass
    (a Python-level ``__hash__``) and as many constructions; with a number per sentence, given
    once when the records are decoded (one C-level tuple hash each), every later step is an
    integer lookup. Two sentences get the same number exactly when their :class:`Source`
    values would be equal (same six fields), so deduplication and order are unchanged.
    """

    __slots__ = ("numbers", "rows")

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str, str, str, str, int], int] = {}
        #: Number → the sentence's fields, as :class:`Source` has them.
        self.rows: list[tuple[str, str, str, str, str, int]] = []

    def number_all(self, groups: Sequence[Sequence[Sequence[str | int]]]) -> list[tuple[int, ...]]:
        """The numbers of each group of sentences, each sentence given as ``[text, title,
        issued, url, article, start]`` (numbered in one pass: a C-level call or two each)."""
        numbers: dict[Any, int] = self.numbers
        given, size = numbers.setdefault, numbers.__len__
        flat = [given(tuple(row), size()) for group in groups for row in group]
        self.rows = list(numbers)
        out = []
        at = 0
        for group in groups:
            end = at + len(group)
            out.append(tuple(flat[at:end]))
            at = end
        return out

    def source(self, n: int) -> Source:
        """Sentence ``n`` as a :class:`Source`."""
        return Source(*self.rows[n])


@dataclass
class Entity:
    """An actor or place: its type's local name (``State``), display label and links."""

    iri: str
    type: str
    label: str
    roles: list[str] = field(default_factory=list)
    represents: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    #: Whether an article mentions it (not only reference data).
    mentioned: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting with its participants, resolved date (or the article's), place and sentences."""

    iri: str
    participants: tuple[str, ...]
    date: str
    place: str
    status: str
    topics: tuple[str, ...]
    evidence: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Position:
    """A stance of ``holder`` (towards ``target`` when stated) with its sentences."""

    iri: str
    holder: str
    stance: str
    target: str
    topics: tuple[str, ...]
    date: str
    evidence: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything views and analytics read from a store, keyed by IRI string."""

    entities: dict[str, Entity]
    meetings: tuple[Meeting, ...]
    positions: tuple[Position, ...]
    articles: int = 0
    first_issued: str = ""
    last_issued: str = ""
    #: When set, the evidence of every meeting and position holds sentence numbers into this
    #: table instead of :class:`Source` objects (``load_facts(numbered=True)``; only the whole
    #: store's page reads facts so, through :class:`diplograph.views.page.NumberedSources`).
    sentences: Sentences | None = None

    def in_articles(self) -> dict[str, Entity]:
        """Entities some article mentions or some fact involves (reference data left out)."""
        involved = {iri for m in self.meetings for iri in (*m.participants, m.place)}
        involved |= {iri for p in self.positions for iri in (p.holder, p.target)}
        return {iri: e for iri, e in self.entities.items() if e.mentioned or iri in involved}

    def label(self, iri: str) -> str:
        """Display label of an entity, or the IRI's local name when it has none."""
        entity = self.entities.get(iri)
        return entity.label if entity else local_name(iri)


def remembered(store: QueryStore, name: str, compute: Callable[[], T], *, tag: str = "") -> T:
    """``compute()``, kept by the store between runs when it can (the summary's ``memo``:
    :class:`diplograph.summary.reader.SummaryStore`), so a figure that costs seconds is computed
    once per version of the store. ``compute`` must return JSON-able data. ``tag`` names the
    version of the code that computes it (a figure kept under another tag is computed again)."""
    memo = getattr(store, "memo", None)
    if memo is None:
        return compute()
    return cast(T, memo(name, compute, tag=tag) if tag else memo(name, compute))


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    text = str(iri)
    cut = max(text.rfind("#"), text.rfind("/"))
    return text[cut + 1 :] if cut >= 0 else text


def load_query(name: str) -> str:
    """Return the text of the views query ``name`` (``views/queries/<name>.rq``)."""
    return package_query("diplograph.views", name)


def select(store: QueryStore, name: str) -> list[Row]:
    """Run the views query ``name`` and return its rows."""
    return list(store.query(load_query(name)).rows)


def strings(store: QueryStore, name: str) -> Sequence[tuple[str | None, ...]]:
    """Run the views query ``name`` and return its rows as plain strings (IRIs, lexical forms).

    The bulk reads (one row per fact or per sentence) go through here: building rdflib terms
    for a million cells costs more than the query (half of ``stats`` on 1.3M quads).
    """
    return store.values(load_query(name))


#: Up to this many IRIs, :func:`rows_about` asks for each one's rows on its own (its variable
#: bound, a few index lookups); above, one query over the whole store is read and filtered.
ONE_BY_ONE = 400


def rows_about(
    store: QueryStore, name: str, var: str, iris: Collection[str] | None = None, *, one: str | None = None
) -> Sequence[tuple[str | None, ...]]:
    """Rows of the views query ``name`` whose first column ``?var`` is one of ``iris`` (all
    rows when ``iris`` is None), as plain strings.

    Why: a view that shows a few facts of a large store (the map draws only meetings at known
    places) would otherwise read the rows of every fact. The IRIs reach the query as a bound
    variable, never pasted into its text. ``one`` names a variant of the query written for one
    bound IRI, when the whole-store form starts from the wrong pattern for a single lookup.
    """
    if iris is None:
        return strings(store, name)
    if len(iris) > ONE_BY_ONE:
        wanted = set(iris)
        return [row for row in strings(store, name) if row[0] in wanted]
    query = load_query(one or name)
    return [row for iri in sorted(iris) for row in store.values(query, {var: URIRef(iri)})]


def _s(term: Identifier | str | None) -> str:
    return "" if term is None else str(term)


def pick_label(labels: Iterable[Literal], langs: Sequence[str]) -> str:
    """The label in the first of ``langs`` it has, then untagged, then any (ties: the smallest)."""
    return _best_label(((str(lit), lit.language or "") for lit in labels), langs)


def _best_label(labels: Iterable[tuple[str, str]], langs: Sequence[str]) -> str:
    """:func:`pick_label` of (text, language tag or "") pairs."""
    ranked = sorted(labels, key=lambda label: (_rank(label[1], langs), label[0]))
    return ranked[0][0] if ranked else ""


def _rank(lang: str | None, langs: Sequence[str]) -> int:
    if lang in langs:
        return langs.index(lang)
    return len(langs) if not lang else len(langs) + 1


def load_entities(
    store: QueryStore,
    langs: Sequence[str] = DEFAULT_LANGS,
    iris: Collection[str] | None = None,
    *,
    mentions: bool = True,
) -> dict[str, Entity]:
    """Read actors and places with one type each (the most specific seen) and one label.

    ``iris`` reads only those entities (a map labels only the actors it draws);
    ``mentions=False`` leaves every :attr:`Entity.mentioned` False, for views that never ask
    (telling article mentions from reference data is a walk over every article graph).
    """
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity, kind in rows_about(store, "entity-types", "entity", iris):
        types[_s(entity)].add(local_name(_s(kind)))
    for entity, label, lang in rows_about(store, "labels", "entity", iris):
        if _s(entity) in types:
            labels[_s(entity)].append((_s(label), _s(lang)))
    out: dict[str, Entity] = {}
    for iri in sorted(types):
        # An IRI typed both Place and State (a country as location) is shown as the actor.
        kinds = sorted(types[iri], key=lambda k: (k == "Place", k))
        out[iri] = Entity(iri, kinds[0], _best_label(labels[iri], langs) or local_name(iri))
    for actor, prop, value in rows_about(store, "actor-links", "actor", iris):
        found = out.get(_s(actor))
        if found is None:
            continue
        links = found.roles if local_name(_s(prop)) == "role" else found.represents
        if _s(value) not in links:
            links.append(_s(value))
    for entity_iri, name in rows_about(store, "names", "entity", iris):
        found = out.get(_s(entity_iri))
        if found is not None and _s(name) not in found.names:
            found.names.append(_s(name))
    if mentions:
        for (mentioned,) in rows_about(store, "mentioned", "entity", iris):
            if _s(mentioned) in out:
                out[_s(mentioned)].mentioned = True
    for e in out.values():
        e.names.sort()
        e.roles.sort()
        e.represents.sort()
    return out


def load_sources(
    store: QueryStore, fact: str | None = None, *, meetings_only: bool = False
) -> dict[str, tuple[Source, ...]]:
    """Read the evidence sentences of every fact (or of ``fact``, or of every meeting only: the
    map needs no position's), ordered by article date and offset."""
    found: dict[str, set[Source]] = defaultdict(set)
    bindings = {"fact": URIRef(fact)} if fact else None
    query = load_query("meeting-evidence" if meetings_only and not fact else "evidence")
    for fact_iri, text, start, article, title, issued, url in store.values(query, bindings):
        offset = int(start) if start and start.lstrip("-").isdigit() else 0
        found[_s(fact_iri)].add(Source(_s(text), _s(title), _s(issued), _s(url), _s(article), offset))
    return {
        key: tuple(sorted(srcs, key=lambda s: (s.issued, s.article, s.start, s.text)))
        for key, srcs in found.items()
    }


def load_fact_dates(store: QueryStore, iris: Collection[str] | None = None) -> dict[str, tuple[Source, ...]]:
    """For every fact (or those in ``iris``), one sentence-less :class:`Source` per article
    stating it: its IRI and date.

    What analytics need of the evidence (a fact without a date of its own takes its earliest
    article's) at a tenth of the cost of :func:`load_sources`: reading every evidence sentence
    with its article is most of the time of :func:`load_facts` on a large store.
    """
    found: dict[str, set[Source]] = defaultdict(set)
    for fact, article, issued in rows_about(store, "fact-articles", "fact", iris, one="fact-articles-one"):
        found[_s(fact)].add(Source("", issued=_s(issued), article=_s(article)))
    return {fact: tuple(sorted(srcs, key=lambda s: (s.issued, s.article))) for fact, srcs in found.items()}


def _fact_date(date: str, evidence: Sequence[Source]) -> str:
    """The fact's own date, else the earliest publication date of its articles."""
    if date:
        return date
    issued = sorted(s.issued for s in evidence if s.issued)
    return issued[0] if issued else ""


def load_meetings(
    store: QueryStore, sources: Mapping[str, tuple[Source, ...]], iris: Collection[str] | None = None
) -> tuple[Meeting, ...]:
    """Read every meeting (or those in ``iris``) with its participants and details."""
    people: dict[str, set[str]] = defaultdict(set)
    for meeting, participant in rows_about(store, "meeting-participants", "meeting", iris):
        people[_s(meeting)].add(_s(participant))
    _drop_represented(store, people, iris)
    details: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for meeting, date, place, status, topic in rows_about(store, "meeting-details", "meeting", iris):
        d = details[_s(meeting)]
        for key, term in (("date", date), ("place", place), ("status", status), ("topic", topic)):
            if term is not None:
                d[key].add(_s(term) if key != "status" else local_name(_s(term)))
    out = []
    for iri in sorted(people):
        d = details[iri]
        evidence = sources.get(iri, ())
        out.append(
            Meeting(
                iri,
                tuple(sorted(people[iri])),
                _fact_date(min(d["date"], default=""), evidence),
                min(d["place"], default=""),
                min(d["status"], default=""),
                tuple(sorted(local_name(t) for t in d["topic"])),
                evidence,
            )
        )
    return tuple(out)


def _drop_represented(store: QueryStore, people: dict[str, set[str]], iris: Collection[str] | None) -> None:
    """Leave out of each meeting a participant that a fellow participant represents in the same
    article (meeting-sides.rq): the graph lists the United States beside Rubio, as the side he
    acts for, but who met whom is Rubio and his partners, not Rubio and his own state. A meeting
    keeps two participants at least."""
    sides: dict[str, set[str]] = defaultdict(set)
    for meeting, side in rows_about(store, "meeting-sides", "meeting", iris):
        sides[_s(meeting)].add(_s(side))
    for meeting, own in sides.items():
        members = people.get(meeting)
        if members is not None and len(members - own) >= 2:
            members -= own


def load_positions(store: QueryStore, sources: Mapping[str, tuple[Source, ...]]) -> tuple[Position, ...]:
    """Read every position; a position with several targets yields one record per target."""
    rows: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for position, *cells in strings(store, "positions"):
        r = rows[_s(position)]
        for key, term in zip(("holder", "stance", "target", "topic", "date"), cells, strict=True):
            if term is not None:
                r[key].add(local_name(_s(term)) if key == "topic" else _s(term))
    out = []
    for iri in sorted(rows):
        r = rows[iri]
        evidence = sources.get(iri, ())
        date = _fact_date(min(r["date"], default=""), evidence)
        for holder in sorted(r["holder"]):
            for target in sorted(r["target"]) or [""]:
                stance = local_name(min(r["stance"], default=""))
                out.append(Position(iri, holder, stance, target, tuple(sorted(r["topic"])), date, evidence))
    return tuple(out)


def load_facts(
    store: QueryStore,
    langs: Sequence[str] = DEFAULT_LANGS,
    *,
    sentences: bool = True,
    positions: bool = True,
    numbered: bool = False,
) -> Facts:
    """Read everything views and analytics need from ``store`` (ten flat SELECTs).

    With ``sentences=False`` each fact's evidence holds only its articles and their dates
    (:func:`load_fact_dates`): enough for counts, rankings and chains, several times faster.
    With ``positions=False`` no position is read (the map of meetings needs none). With
    ``numbered`` (and a store's summary to read from), evidence sentences come as numbers into
    ``Facts.sentences`` (:class:`Sentences`); from any other store they stay :class:`Source`.
    """
    kept = getattr(store, "kept_facts", None)
    table = Sentences() if numbered and sentences and kept is not None else None
    if kept is not None:
        # A store's summary keeps every graph's facts joined already (diplograph.summary.records).
        if table is not None:
            meetings, found = kept(sentences=sentences, positions=positions, numbered=table)
        else:
            meetings, found = kept(sentences=sentences, positions=positions)
    else:
        if sentences:
            sources = load_sources(store) if positions else load_sources(store, meetings_only=True)
        else:
            sources = load_fact_dates(store)
        meetings = load_meetings(store, sources)
        found = load_positions(store, sources) if positions else ()
    count, first, last = load_articles(store)
    return Facts(
        entities=load_entities(store, langs),
        meetings=meetings,
        positions=found,
        articles=count,
        first_issued=first,
        last_issued=last,
        sentences=table,
    )


def load_articles(store: QueryStore) -> tuple[int, str, str]:
    """How many articles the store holds, and the first and last publication date ("" if none)."""
    articles = select(store, "articles")
    count, first, last = articles[0] if articles else (None, None, None)
    return int(count) if isinstance(count, Literal) else 0, _s(first), _s(last)
