"""Read positions: who demands, rejects, proposes, offers, supports, opposes or accepts what.

A sentence with a stance cue and a topic keyword yields one position per topic. The holder is
the state that an adjective, prefix or genitive ties to a stance noun ("russische Forderungen",
"US-Entwurf"), else the first acting mention before the cue (the subject, or the speaker of
reported speech), else the first after it. The target is the next acting mention that is not the
holder; places in the sentence are what the position is about. A sentence whose object is a
pronoun ("Die Ukraine lehnt dies ab") takes its topics from the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from diplograph.extract.context import actors_in, in_span, last_person, paragraph_of
from diplograph.extract.cues import Cue
from diplograph.extract.dates import time_in
from diplograph.extract.grammar import grammar
from diplograph.extract.meetings import agencies
from diplograph.model import Document, Mention, Position, Span
from diplograph.pipeline import stage
from diplograph.resources import Resources


@stage("positions", requires=("sentences", "mentions", "actors", "times"), assigns=("positions",))
def find_positions(doc: Document, res: Resources) -> Document:
    """Read the stances actors take in the article."""
    gr = grammar(res, doc.lang)
    roles = gr.roles.find(doc.content)
    skip = agencies(res)
    found: list[Position] = []
    prev_topics: list[str] = []
    prev_about: tuple[str, ...] = ()
    prev_subject: tuple[int, str | None] = (-1, None)
    for s in doc.sentences:
        par = paragraph_of(doc, s)
        text = doc.content[s.start : s.end]
        stances = _governing(doc.content, gr.stances.find_in(doc.content, s.start, s.end))
        topic_cues = gr.topics.find_in(doc.content, s.start, s.end)
        about = tuple(dict.fromkeys(m.key for m in in_span(doc.mentions, s) if m.form == "place"))
        acting = actors_in(doc, s, roles, skip)
        for i, cue in enumerate(stances):
            nxt = stances[i + 1].start if i + 1 < len(stances) else s.end
            if not any(cue.end <= t.start < nxt for t in topic_cues):
                nxt = s.end  # "demanded that Russia agree to a ceasefire": the object is a clause
            topics = _topics_for(
                doc.content, cue, nxt, topic_cues, stances[i - 1].end if i else s.start, gr.coordination
            )
            here_about = about
            if not topics and gr.anaphora.find_in(doc.content, s.start, s.end):
                topics, here_about = prev_topics, about or prev_about
            if not topics:
                continue
            holder = _attached_holder(doc, cue, res) or _subject(doc.content, acting, cue, gr.clause)
            if holder is None and _pronoun_before(text, cue.start - s.start, gr.singular_pronouns):
                holder = last_person(doc, s.start)  # "Er sagte Ägypten Unterstützung zu"
            if (
                holder is None
                and prev_subject[0] == par
                and gr.reported_speech.find_in(doc.content, s.start, s.end)
            ):
                holder = prev_subject[1]  # reported speech goes on: "Nötig seien ein Waffenstillstand …"
            if holder is None:
                continue
            target = next((m.key for m in acting if m.key != holder and m.start > s.start), None)
            dated = time_in(doc, s.start, s.end)
            for topic in topics:
                found.append(
                    Position(
                        holder=holder,
                        stance=cue.key,
                        topic=topic,
                        evidence=(Span(s.start, s.end),),
                        target=target,
                        about=here_about,
                        day=dated.day if dated else None,
                        date_text=dated.surface if dated else None,
                        cue=cue.phrase,
                    )
                )
        if topic_cues:
            prev_topics = list(dict.fromkeys(c.key for c in topic_cues))
            prev_about = about
        if acting:
            prev_subject = (par, acting[0].key)
    return replace(doc, positions=tuple(_merge(found)))


def _governing(text: str, cues: list[Cue]) -> list[Cue]:
    """Drop a stance noun that is the object of the stance verb before it: in "unterstützt die
    Forderung nach …" the stance is support, not a demand of the speaker's own."""
    out: list[Cue] = []
    for c in cues:
        if out and len(re.findall(r"\w+", text[out[-1].end : c.start])) <= 2:
            continue
        out.append(c)
    return out


def _pronoun_before(text: str, upto: int, pronouns: frozenset[str]) -> bool:
    """Whether a singular personal pronoun stands before the cue (as its likely subject)."""
    return any(w in pronouns for w in re.findall(r"\w+", text[:upto].lower()))


def _topics_for(
    text: str, cue: Cue, until: int, topic_cues: list[Cue], since: int, coordination: frozenset[str]
) -> list[str]:
    """Topics a stance cue governs: the first after it and those coordinated with it ("ein Verzicht
    auf X, eine Begrenzung Y sowie Z"), else the nearest before it. A keyword inside the first
    object ("sanctions on Russian oil exports") is not a topic of its own."""
    after = [
        t for t in topic_cues if cue.start <= t.start < until and (t.start, t.end) != (cue.start, cue.end)
    ]
    if after:
        keys = [after[0].key]
        last = after[0].end
        for t in after[1:]:
            between = text[last : t.start]
            words = set(re.findall(r"\w+", between.lower()))
            if "," in between or ";" in between or words & coordination:
                keys.append(t.key)
            last = t.end
        return list(dict.fromkeys(keys))
    before = [t for t in topic_cues if since <= t.start and t.end <= cue.start]
    return [before[-1].key] if before else []


#: Words between a stance noun and the actor whose stance it is ("support of", "Forderung der").
_OWNER = re.compile(r"\s+(?:der|des|of|of the|de|del|de la|du|des)\s+(?:the\s+|la\s+|el\s+|los\s+)?")


def _attached_holder(doc: Document, cue: Cue, res: Resources) -> str | None:
    """A state adjective, prefix or genitive next to a stance noun: "russische Forderungen",
    "les exigences russes"."""
    after = next((m for m in doc.mentions if m.start >= cue.end), None)
    if after is not None and after.form == "adj" and not doc.content[cue.end : after.start].strip():
        e = res.gazetteer.get(after.key)
        return e.capital_of if e is not None and e.capital_of else after.key
    # "die Unterstützung der USA", "el apoyo de Colombia": whose support follows the noun
    owner = after is not None and after.is_actor and after.kind in ("State", "Organization", "Person")
    if owner and after is not None and _OWNER.fullmatch(doc.content[cue.end : after.start]):
        return after.key
    for m in reversed(doc.mentions):
        if m.end > cue.start:
            continue
        if cue.start - m.end > 2 and not re.fullmatch(r"[\s-]*", doc.content[m.end : cue.start]):
            return None
        if m.form in ("adj", "genitive", "name") and m.kind in ("State", "Organization"):
            e = res.gazetteer.get(m.key)
            return e.capital_of if e is not None and e.capital_of else m.key
        return None
    return None


def _subject(text: str, acting: list[Mention], cue: Cue, clause: re.Pattern[str]) -> str | None:
    """The acting mention that opens the cue's clause, else the sentence's first before the cue,
    else the first after it ("Zu den russischen Forderungen gehören …")."""
    before = [m for m in acting if m.end <= cue.start]
    if before:
        bounds = [b.end() for b in clause.finditer(text, before[0].start, cue.start)]
        if bounds:
            inside = [m for m in before if m.start >= bounds[-1]]
            if inside:
                return inside[0].key
        return before[0].key
    after = [m for m in acting if m.start >= cue.end]
    return after[0].key if after else None


def _merge(positions: list[Position]) -> list[Position]:
    """One position per holder, stance, topic and target; evidence from every sentence."""
    out: dict[tuple[str, str, str, str | None], Position] = {}
    for p in positions:
        k = (p.holder, p.stance, p.topic, p.target)
        if k in out:
            o = out[k]
            out[k] = replace(
                o,
                evidence=tuple(sorted(set(o.evidence) | set(p.evidence), key=lambda e: e.start)),
                about=tuple(dict.fromkeys(o.about + p.about)),
            )
        else:
            out[k] = p
    return list(out.values())
