"""Frozen records that flow through the pipeline.

A :class:`Document` carries the cleaned article text (``content``) and everything read from it.
Every span is a pair of character offsets into ``content``; ``clean`` fixes the content once and
no later stage changes it, so evidence offsets stay valid all the way into the graph.
Actors are referred to by *key* (``state/russia``, ``person/vladimir-putin``), which
:mod:`diplograph.ids` turns into an IRI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    """A stretch ``content[start:end]`` of the article."""

    start: int
    end: int

    def text(self, content: str) -> str:
        """The characters this span covers."""
        return content[self.start : self.end]


@dataclass(frozen=True)
class Sentence(Span):
    """One sentence of the article."""


@dataclass(frozen=True)
class Mention(Span):
    """A name in the text resolved to an actor or place key.

    ``source`` says why it was read (``gazetteer:state/russia``, ``pattern:role-intro``), which
    ``diplograph explain`` shows to the analyst.
    """

    key: str
    kind: str  # Person | State | Organization | Delegation | Place
    surface: str
    source: str = ""
    form: str = (
        "name"  # name | genitive | surname | adj | demonym | metonym | place | group | role | government
    )
    name: str = ""  # the name without inflection ("Putins" -> "Putin"); empty for adj/group forms
    represents: str | None = None  # for a group or role mention: the state or organisation it serves

    @property
    def is_actor(self) -> bool:
        """Whether the text names the actor itself, not merely an adjective or a place use."""
        return self.form not in ("adj", "demonym", "place")


@dataclass(frozen=True)
class Actor:
    """One actor or place as this article knows it."""

    key: str
    kind: str  # Person | State | Organization | Delegation | Place
    label: str
    names: tuple[str, ...] = ()
    qid: str | None = None
    represents: str | None = None
    role: str | None = None  # local name of a dg:Roles concept
    role_label: str | None = None
    source: str = ""


@dataclass(frozen=True)
class TimeExpr(Span):
    """A time expression as written, with the calendar day it names when that is resolvable."""

    surface: str
    day: date | None = None


@dataclass(frozen=True)
class Meeting:
    """Two or more actors meeting, read from one or more sentences."""

    participants: tuple[str, ...]
    evidence: tuple[Span, ...]
    status: str = "occurred"  # occurred | planned | proposed
    place: str | None = None
    day: date | None = None
    date_text: str | None = None
    topics: tuple[str, ...] = ()
    cue: str = ""
    #: The states and organisations the persons among the participants act for, as actors of
    #: the article: when Rubio meets Sheinbaum, the United States meets Mexico. The
    #: graph writes them as participants too; views, which read who met whom, leave out a side
    #: that a fellow participant represents.
    sides: tuple[str, ...] = ()


@dataclass(frozen=True)
class Position:
    """An actor's stance on a topic, read from one sentence."""

    holder: str
    stance: str  # local name of a dg:Stances concept
    topic: str  # local name of a dg:Topics concept
    evidence: tuple[Span, ...]
    target: str | None = None
    about: tuple[str, ...] = ()
    day: date | None = None
    date_text: str | None = None
    cue: str = ""


@dataclass(frozen=True)
class Dropped:
    """A fact the relevance gate left out, and why (for ``diplograph explain``)."""

    fact: str  # "meeting a, b" or "position holder stance topic"
    sentence: int  # start offset of the sentence it was read from
    reason: str


@dataclass(frozen=True)
class Relevance:
    """How much an article is about relations between political actors, and what was dropped.

    ``political`` counts sentences naming a political actor and a meeting or topic word, and no
    word of another domain;
    ``domains`` the sentences with words of sport, culture, science, crime … per domain.
    """

    diplomatic: bool
    political: int
    domain: int
    domains: tuple[tuple[str, int], ...] = ()
    dropped: tuple[Dropped, ...] = ()
    marks: tuple[tuple[int, str], ...] = ()  # (sentence start, "sport: tor, trainer") per domain sentence


@dataclass(frozen=True)
class Document:
    """An article and everything the pipeline has read from it so far."""

    content: str
    lang: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: dict[str, Actor] = field(default_factory=dict)
    times: tuple[TimeExpr, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    positions: tuple[Position, ...] = ()
    anchor: date | None = None  # the day relative dates count from (dateline, else published)
    relevance: Relevance | None = None  # set by the relevance stage
