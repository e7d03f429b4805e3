"""Say, sentence by sentence, what was read and why: for analysts and for tuning the data."""

from __future__ import annotations

from collections.abc import Iterator

from diplograph.model import Document


def explain(doc: Document) -> Iterator[str]:
    """Yield readable lines: each sentence, then the mentions, meetings and positions read there."""
    yield f"language {doc.lang}, published {doc.published or '?'}, dates count from {doc.anchor or '?'}"
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
