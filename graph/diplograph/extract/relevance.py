"""The relevance gate: facts only from diplomatic stories, held by political actors.

The meeting and position stages read cues ("trifft", "fordert", "lehnt … ab") wherever they
stand, and a match report ("Suárez trifft viermal"), a court case ("die Richterin verurteilt …")
or a film review uses the same verbs. The annotation guide says what a fact is: actors are the
persons, states and organisations that act in the diplomatic story, and court verdicts and
business news are no positions. This last stage applies that, in two rules:

1. *Article*: an article is about what most of it is about. A sentence that names a political
   actor (see 2.) with a meeting or topic word (``meetings.yml`` cues, ``topics.yml``) and no word
   of another domain speaks for diplomacy; a sentence with a word of sport, culture, science,
   crime or media and technology (``data/lexicon/<lang>/domains.yml``, lemmas) speaks against it.
   When the second outnumber the first, the article is judged not diplomatic and gives no fact.
2. *Fact*: a meeting needs ``meeting_min_political`` political participants
   (``data/lexicon/common/relevance.yml``); a position whose holder is not political is dropped
   when its sentence has a word of another domain ("die Richterin verurteilte …"). A state, a
   delegation, an organisation the gazetteer knows (or one acting for a state) is political; a
   person is when
   the gazetteer knows them, when they act for a state or organisation, or when their role is a
   government's (``political_roles``) or a title of elected office stands right before their name
   (``data/lexicon/<lang>/political.yml``: "Governor", "Abgeordneter"). A club president, a
   player, a band or a firm is not.

Nothing is decided by a threshold fitted to a corpus: rule 1 is a majority, rule 2 the guide's
definition of an actor. What was dropped and why stays on ``Document.relevance`` for
``diplograph explain``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from diplograph.errors import DataError
from diplograph.extract.cues import Cue, CueMatcher
from diplograph.extract.lemmas import lemmatizer
from diplograph.model import Actor, Document, Dropped, Meeting, Position, Relevance, Sentence
from diplograph.pipeline import stage
from diplograph.resources import COMMON, Resources

#: Kinds that are political by what they are.
_POLITICAL_KINDS = frozenset({"State", "Delegation"})


@dataclass(frozen=True)
class Rules:
    """The gate's data: domain words of one language and the language-independent settings."""

    domains: CueMatcher
    diplomatic: CueMatcher
    titles: CueMatcher
    political_roles: frozenset[str]
    meeting_min_political: int
    min_domain_sentences: int
    #: for each domain, the topics whose own stories use its words (relevance.yml domain_overlaps)
    overlaps: dict[str, frozenset[str]] = field(default_factory=dict)
    #: for each domain, the kinds of organisation whose stories use its words: an article that
    #: names an international court is about states before it (relevance.yml domain_actor_kinds)
    actor_kinds: dict[str, frozenset[str]] = field(default_factory=dict)


def _int(data: dict[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or value < 0:
        raise DataError(f"lexicon/{COMMON}/relevance.yml: {key} must be a whole number ≥ 0")
    return value


def rules(res: Resources, lang: str) -> Rules:
    """The gate's rules for ``lang``, built once per language."""
    return res.memo(("relevance", lang), functools.partial(_build, res, lang))  # type: ignore[no-any-return]


def _build(res: Resources, lang: str) -> Rules:
    common = res.lexicon(COMMON, "relevance")
    domains = res.lexicon(lang, "domains")
    if not isinstance(domains, dict):
        raise DataError(f"lexicon/{lang}/domains.yml: expected a mapping of domain: [words]")
    # What a diplomatic sentence talks about: a meeting (meetings.yml) or a topic of the list
    # (topics.yml). Stance verbs alone are left out: a coach "demands" as often as a minister.
    words = {f"topic {k}": v for k, v in res.lexicon(lang, "topics").items()}
    words["meeting"] = res.lexicon(lang, "meetings").get("cues") or []
    return Rules(
        domains=CueMatcher(domains, f"lexicon/{lang}/domains.yml", lemma=lemmatizer(lang)),
        diplomatic=CueMatcher(words, f"lexicon/{lang}/topics.yml, meetings.yml", lemma=lemmatizer(lang)),
        titles=CueMatcher(
            {"title": res.lexicon(lang, "political").get("titles") or []},
            f"lexicon/{lang}/political.yml",
            lemma=lemmatizer(lang),
        ),
        political_roles=frozenset(str(r) for r in common.get("political_roles") or ()),
        meeting_min_political=_int(common, "meeting_min_political", 1),
        min_domain_sentences=_int(common, "min_domain_sentences", 2),
        overlaps={
            str(d): frozenset(f"topic {t}" for t in ts or ())
            for d, ts in (common.get("domain_overlaps") or {}).items()
        },
        actor_kinds={
            str(d): frozenset(str(k) for k in ks or ())
            for d, ks in (common.get("domain_actor_kinds") or {}).items()
        },
    )


def is_political(actor: Actor | None, res: Resources, roles: frozenset[str]) -> bool:
    """Whether ``actor`` can hold a stance or take part in a meeting of a diplomatic story."""
    if actor is None:
        return False
    if actor.kind in _POLITICAL_KINDS or actor.represents:
        return True
    if actor.kind == "Organization":  # a state's opposition, rebels, parliament are political too
        return res.gazetteer.get(actor.key) is not None or actor.source.startswith("collective:")
    if actor.kind == "Person":
        return bool(actor.qid) or res.gazetteer.get(actor.key) is not None or actor.role in roles
    return False


@stage(
    "relevance",
    requires=("sentences", "mentions", "actors", "meetings", "positions"),
    assigns=("meetings", "positions", "relevance"),
)
def gate(doc: Document, res: Resources) -> Document:
    """Drop every fact of an article that is not diplomatic, and facts without political actors."""
    r = rules(res, doc.lang)
    political = {k for k, a in doc.actors.items() if is_political(a, res, r.political_roles)}
    political |= titled(doc, r)
    # A holder read from an adjective only ("der ukrainische Plan") has no Actor record; the
    # gazetteer still knows it.
    keys = {p.holder for p in doc.positions} | {k for m in doc.meetings for k in m.participants}
    political |= {k for k in keys - doc.actors.keys() if res.gazetteer.get(k) is not None}
    verdict = judge(doc, r, political, _own_domains(doc, r, res))
    marks = dict(verdict.marks)
    dropped: list[Dropped] = []
    meetings: list[Meeting] = []
    positions: list[Position] = []
    for m in doc.meetings:
        reason = _meeting_reason(m, verdict.diplomatic, political, r)
        if reason:
            dropped.append(Dropped(f"meeting {', '.join(m.participants)}", _at(m.evidence), reason))
        else:
            meetings.append(m)
    for p in doc.positions:
        reason = _position_reason(p, verdict.diplomatic, political, marks)
        if reason:
            dropped.append(Dropped(f"position {p.holder} {p.stance} {p.topic}", _at(p.evidence), reason))
        else:
            positions.append(p)
    return replace(
        doc,
        meetings=tuple(meetings),
        positions=tuple(positions),
        relevance=replace(verdict, dropped=tuple(dropped)),
    )


#: How far before a name a title may start ("Gouverneur Greg Abbott", "der ÖVP-Abgeordnete Hans …").
_TITLE_REACH = 40
_TITLE_BREAK = re.compile(r"[.;:!?()\[\]\n]")


def titled(doc: Document, r: Rules) -> set[str]:
    """Persons named right after a title of elected or party office (``political.yml``)."""
    out: set[str] = set()
    for m in doc.mentions:
        if m.kind != "Person" or not m.is_actor or m.key in out:
            continue
        cues = r.titles.find_local(doc.content, max(0, m.start - _TITLE_REACH), m.start)
        if not cues:
            continue
        between = doc.content[cues[-1].end : m.start]
        if len(between.split()) <= 2 and not _TITLE_BREAK.search(between):
            out.add(m.key)
    return out


def _own_domains(doc: Document, r: Rules, res: Resources) -> frozenset[str]:
    """The domains whose words the article's own actors bring: an article that names the
    International Court of Justice speaks of judges and rulings in a story between states."""
    entries = (res.gazetteer.entries.get(m.key) for m in doc.mentions)
    kinds = {e.org_kind for e in entries if e is not None and e.org_kind}
    return frozenset(d for d, ks in r.actor_kinds.items() if ks & kinds)


def judge(doc: Document, r: Rules, political: set[str], own: frozenset[str] = frozenset()) -> Relevance:
    """Count the sentences that speak for and against a diplomatic story, and decide. Words of
    the ``own`` domains (:func:`_own_domains`) speak against nothing."""
    starts = [s.start for s in doc.sentences]
    with_actor: set[int] = set()
    for m in doc.mentions:
        if m.is_actor and m.key in political:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0:
                with_actor.add(i)
    per_domain: Counter[str] = Counter()
    marks: list[tuple[int, str]] = []
    pol = 0
    for i, s in enumerate(doc.sentences):
        cues = [c for c in r.domains.find_local(doc.content, s.start, s.end) if c.key not in own]
        if cues and _overlapping(doc, s, cues, r):
            cues = []  # "zu tausend Peitschenhieben verurteilt": the court is the rights story's own
        if cues:
            keys = sorted({c.key for c in cues})
            per_domain.update(keys)
            words = ", ".join(dict.fromkeys(doc.content[c.start : c.end] for c in cues))
            marks.append((s.start, f"{'/'.join(keys)}: {words}"))
        elif i in with_actor and r.diplomatic.find_local(doc.content, s.start, s.end):
            pol += 1
    domain_sentences = len(marks)
    off_topic = domain_sentences >= r.min_domain_sentences and domain_sentences > pol
    return Relevance(
        diplomatic=not off_topic,
        political=pol,
        domain=domain_sentences,
        domains=tuple(sorted(per_domain.items(), key=lambda kv: (-kv[1], kv[0]))),
        marks=tuple(marks),
    )


def _overlapping(doc: Document, s: Sentence, cues: list[Cue], r: Rules) -> bool:
    """Whether every domain word of the sentence belongs to a topic the sentence names: courts
    and prisons in a sentence about political prisoners or floggings."""
    topics = {c.key for c in r.diplomatic.find_local(doc.content, s.start, s.end)}
    return all(topics & r.overlaps.get(c.key, frozenset()) for c in cues)


def _at(evidence: tuple[Any, ...]) -> int:
    return evidence[0].start if evidence else -1


def _meeting_reason(m: Meeting, diplomatic: bool, political: set[str], r: Rules) -> str:
    if not diplomatic:
        return "the article is not about relations between political actors"
    n = sum(1 for k in m.participants if k in political)
    if n < r.meeting_min_political:
        return f"{n} political participant(s), a meeting needs {r.meeting_min_political}"
    return ""


def _position_reason(p: Position, diplomatic: bool, political: set[str], marks: dict[int, str]) -> str:
    if not diplomatic:
        return "the article is not about relations between political actors"
    # In a diplomatic story a holder the gazetteer does not know may still be one of its actors
    # (a rebel leader, a dissident); in a sentence about a trial or a match it is not.
    where = marks.get(_at(p.evidence))
    if p.holder not in political and where:
        return f"the holder {p.holder} is no political actor and the sentence is about {where}"
    return ""
