"""Say, sentence by sentence, what was read and why: for analysts and for tuning the data."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diplograph.extract.assertion import stated_stance
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.lemmas import lemmatizer
from diplograph.extract.speakers import subjects_in_force
from diplograph.model import Document, Sentence
from diplograph.resources import Resources


def explain(doc: Document, res: Resources | None = None) -> Iterator[str]:
    """Yield readable lines: each sentence, then the mentions, meetings and positions read there.

    With ``res`` (the resources the article was read with) each sentence also shows its clauses,
    the subject in force that a quote or a subjectless clause would take, and every stance cue
    with the word and lemma it fired on and what the sentence states of it (a question, a
    negation, a hypothetical, or no topic leaves no position)."""
    yield f"language {doc.lang}, published {doc.published or '?'}, dates count from {doc.anchor or '?'}"
    gr = grammar(res, doc.lang) if res is not None else None
    in_force = subjects_in_force(doc, res) if res is not None else [None] * len(doc.sentences)
    rel = doc.relevance
    if rel is not None:
        domains = ", ".join(f"{k} {n}" for k, n in rel.domains) or "none"
        verdict = "diplomatic" if rel.diplomatic else "NOT DIPLOMATIC: no fact is kept"
        yield (
            f"relevance: {verdict} ({rel.political} sentences name a political actor and a meeting or topic, "
            f"{rel.domain} have words of other domains: {domains})"
        )
    marks = dict(rel.marks) if rel else {}
    for i, s in enumerate(doc.sentences, 1):
        text = doc.content[s.start : s.end]
        yield ""
        yield f"[{i}] {s.start}-{s.end}: {text}"
        if gr is not None:
            yield from _reading(doc, s, gr, in_force[i - 1])
        if s.start in marks:
            yield f"    domain   {marks[s.start]}"
        for m in doc.mentions:
            if s.start <= m.start < s.end:
                rep = f" for {m.represents}" if m.represents else ""
                yield f"    {m.form:8} {m.surface!r} -> {m.kind} {m.key}{rep}   ({m.source})"
        for t in doc.times:
            if s.start <= t.start < s.end:
                yield f"    time     {t.surface!r} -> {t.day or 'no day'}"
        for mt in doc.meetings:
            if any(e.start == s.start for e in mt.evidence):
                where = f" in {mt.place}" if mt.place else ""
                when = f" on {mt.day}" if mt.day else (f" ({mt.date_text})" if mt.date_text else "")
                yield f"  MEETING {mt.status}: {', '.join(mt.participants)}{where}{when}   (cue {mt.cue!r})"
        for p in doc.positions:
            if any(e.start == s.start for e in p.evidence):
                tgt = f" towards {p.target}" if p.target else ""
                about = f" about {', '.join(p.about)}" if p.about else ""
                yield f"  POSITION {p.holder} {p.stance} {p.topic}{tgt}{about}   (cue {p.cue!r})"
        for d in rel.dropped if rel else ():
            if d.sentence == s.start:
                yield f"  DROPPED {d.fact}: {d.reason}"
    yield ""
    yield "actors:"
    for a in doc.actors.values():
        extra = "".join(
            f" {k}={v}" for k, v in (("role", a.role), ("represents", a.represents), ("qid", a.qid)) if v
        )
        yield f"  {a.kind:12} {a.key}: {a.label}{extra}  names={list(a.names)}"


def _reading(doc: Document, s: Sentence, gr: Grammar, in_force: str | None) -> Iterator[str]:
    """The clauses of sentence ``s``, the subject in force, and each stance cue with its fate."""
    text = doc.content
    cuts = [s.start, *(b.end() for b in gr.clause.finditer(text, s.start, s.end)), s.end]
    clauses = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    if len(clauses) > 1:
        yield "    clauses  " + " | ".join(clauses)
    if in_force:
        yield f"    subject in force: {in_force}"
    lemma = lemmatizer(doc.lang)
    has_topic = bool(gr.topics.find_in(text, s.start, s.end))
    for cue in gr.stances.find_in(text, s.start, s.end):
        words = re.findall(r"\w+(?:['’]\w+)?", text[cue.start : cue.end])
        ends = words if len(words) <= 2 else [words[0], "…", words[-1]]  # a frame's two ends
        lemmas = " ".join(w if w == "…" else lemma(w.lower()) for w in ends)
        stated = stated_stance(text, s, cue, gr)
        if stated is None:
            fate = "states nothing (a question, hypothetical, speculation or denial)"
        elif stated != cue.key:
            fate = f"negated: {stated}"
        else:
            fate = "stated" if has_topic else "stated, but no topic in the sentence"
        surface = text[cue.start : cue.end]
        yield f"    cue      {cue.key} {cue.phrase!r} on {surface!r} (lemma {lemmas}): {fate}"
