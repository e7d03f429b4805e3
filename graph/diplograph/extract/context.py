"""Shared reading of a sentence: which mentions act, which only describe.

Meetings and positions both need to know, within one sentence, which mentions are actors in
their own right and which merely qualify another word: "US" in "US-Präsident", the genitive
"Trumps" in "Trumps Gesandte", a state adjective, a place after "in".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from diplograph.extract.cues import Cue
from diplograph.model import Document, Mention, Sentence, Span, TimeExpr
from diplograph.resources import Resources

if TYPE_CHECKING:
    from diplograph.extract.grammar import Grammar

ACTOR_KINDS = ("Person", "State", "Organization", "Delegation")


def blanked(text: str, start: int, end: int, spans: Iterable[Span]) -> str:
    """``text[start:end]`` with every span that lies wholly inside it turned into spaces, so a
    rule can count or match the words between names ("names not counted")."""
    chars = list(text[start:end])
    for m in spans:
        if start <= m.start and m.end <= end:
            chars[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(chars)


def in_span(items: Sequence[Mention], s: Sentence) -> list[Mention]:
    """The mentions inside sentence ``s``.

    Rules ask this of every sentence, with an article's mentions, which the mentions stage
    sorts by start: then the mentions starting in the sentence are one run, found by bisection
    (:func:`_starts` checks the order once per tuple; a list, which may change, is read whole)."""
    starts = _starts(items) if type(items) is tuple else None
    if starts is None:
        return [m for m in items if s.start <= m.start and m.end <= s.end]
    lo = bisect.bisect_left(starts, s.start)
    hi = bisect.bisect_right(starts, s.end, lo)
    return [m for m in items[lo:hi] if m.end <= s.end]


#: The tuple :func:`_starts` was last asked about, and its answer.
_last_starts: tuple[tuple[Mention, ...] | None, list[int] | None] = (None, None)


def _starts(items: tuple[Mention, ...]) -> list[int] | None:
    """The starts of ``items`` if they are sorted by start and no span ends before it starts
    (so a mention starting after a sentence cannot lie inside it); else None. Remembered for the
    last tuple asked about: rules ask about one article's mentions sentence after sentence."""
    global _last_starts
    last = _last_starts
    if last[0] is items:
        return last[1]
    starts = [m.start for m in items]
    ordered = starts == sorted(starts) and all(m.start <= m.end for m in items)
    _last_starts = (items, starts if ordered else None)
    return _last_starts[1]


def is_qualifier(m: Mention, text: str, roles: Sequence[Cue]) -> bool:
    """Whether a name only qualifies the next word (a role or group noun, or a possessed noun)."""
    if m.form in ("adj", "demonym", "place"):
        return True
    after = text[m.end : m.end + 2]
    if m.kind in ("State", "Organization") and after in ("'s", "’s"):
        return True  # "South Sudan's President Salva Kiir"
    if m.kind in ("State", "Organization") and after.startswith("-"):
        return True  # "US-Präsident", "Nato-Beitritt", "Kreml-Sprecher"
    if m.form == "genitive" and m.kind != "Person":
        return bool(re.match(r"\s+\w", text[m.end : m.end + 3]))
    if m.form == "genitive" and m.kind == "Person":
        return True  # "Trumps Gesandte", "Putins Sprecher"
    return (
        any(
            c.start >= m.end and re.fullmatch(r"\s*", text[m.end : c.start])
            for c in roles
            if c.start - m.end < 3
        )
        and m.kind != "Person"
    )


_OF_LINK = re.compile(r"\b(?:von|vom|des|der|of|de|du|del)\s+(?:the\s+)?[\w-]*$", re.IGNORECASE)
#: Matched between offsets of the text (``pattern.fullmatch(text, pos, endpos)``), not on slices.
_SPACES = re.compile(r"\s*")
_COMMA_AFTER = re.compile(r"\s*,")


def is_embedded_person(m: Mention, text: str, roles: Sequence[Cue]) -> bool:
    """A person named inside another's role phrase: "der Gesandte von US-Präsident Trump, Witkoff"."""
    if m.kind != "Person":
        return False
    cue = next((c for c in roles if c.end <= m.start and _SPACES.fullmatch(text, c.end, m.start)), None)
    if cue is None:
        return False
    return bool(_OF_LINK.search(text[max(0, cue.start - 30) : cue.start].rstrip())) and bool(
        _COMMA_AFTER.match(text, m.end, m.end + 3)
    )


_OF_ROLE = re.compile(
    r"\s+(?:der|des|von|vom|of|of the|de|du|de la|del|de los)\s+(?:[\w-]+\s+){0,4}", re.IGNORECASE
)


def is_role_owner(m: Mention, after: Mention | None, text: str, roles: Sequence[Cue]) -> bool:
    """A state or organisation that only says whose role it is, before the name the role
    introduces: "Der Vorsitzende der AU-Kommission, Mahamoud Ali Youssouf, rief …"."""
    if m.kind == "Person" or after is None or after.kind != "Person":
        return False
    if not re.fullmatch(r"(?:\s+[^\W\d_]+)?\s*,\s*", text[m.end : after.start]):
        return False  # an adjective may follow the owner: "del Parlamento ucraniano, Dmytró Lubinets"
    return any(c.end <= m.start and _OF_ROLE.fullmatch(text[c.end : m.start]) for c in roles)


def actors_in(doc: Document, s: Sentence, roles: Sequence[Cue], agencies: frozenset[str]) -> list[Mention]:
    """Mentions in ``s`` that name an acting actor, in text order, without qualifiers."""
    text = doc.content
    here = in_span(doc.mentions, s)
    out = []
    for i, m in enumerate(here):
        if m.kind not in ACTOR_KINDS or m.key in agencies or is_qualifier(m, text, roles):
            continue
        if is_embedded_person(m, text, roles):
            continue
        nxt = next((n for n in here[i + 1 :] if n.form != "adj"), None)
        if is_role_owner(m, nxt, text, roles):
            continue
        out.append(m)
    return out


def last_body(doc: Document, before: int) -> str | None:
    """Whom "it" opening a sentence means: the first state or organisation named in the last
    sentence before offset ``before`` that names one ("The foreign ministry condemned the
    sanctions. It rejected any dialogue." is the ministry's state)."""
    return _first_in_last_sentence(doc, before, ("State", "Organization"))


def last_person(doc: Document, before: int) -> str | None:
    """Whom "er", "he", "il" most often means: the first person named in the last sentence before
    offset ``before`` that names one (its subject more often than not: "Kerry traf Schukri. Er
    sagte …" is Kerry)."""
    return _first_in_last_sentence(doc, before, ("Person",))


def _first_in_last_sentence(doc: Document, before: int, kinds: tuple[str, ...]) -> str | None:
    """The first actor of one of ``kinds`` in the last sentence before ``before`` naming one."""
    named = [m for m in doc.mentions if m.kind in kinds and m.end <= before and m.is_actor]
    if not named:
        return None
    last = named[-1]
    s = next((s for s in doc.sentences if s.start <= last.start < s.end), None)
    if s is None:
        return last.key
    return next(m.key for m in named if m.start >= s.start)


def runs_into_time(doc: Document, start: int, end: int) -> bool:
    """Whether a phrase's last words open a time expression: "call on" in "a phone call on
    Saturday" is no appeal, "insist on" in "insisted on Monday that …" no insistence on Monday.
    A time inside a frame's gap ("rief am Montag … auf") ends before the frame does."""
    return any(start < t.start < end < t.end for t in doc.times)


def times_in(doc: Document, s: Sentence) -> list[TimeExpr]:
    """Time expressions inside sentence ``s``."""
    return [t for t in doc.times if s.start <= t.start and t.end <= s.end]


def paragraph_of(doc: Document, s: Sentence) -> int:
    """Index of the paragraph (blank-line separated block) the sentence stands in."""
    return bisect.bisect_right(_blank_lines(doc.content), s.start)


@functools.lru_cache(maxsize=8)
def _blank_lines(text: str) -> tuple[int, ...]:
    """Where each ``"\n\n"`` of ``text`` ends, counted as ``str.count`` counts them (left to
    right, not overlapping): those ending at or before an offset are ``text.count("\n\n", 0,
    offset)``. Rules ask for the paragraph of every sentence; counting from the start each time
    read the article once per sentence."""
    ends = []
    at = text.find("\n\n")
    while at >= 0:
        ends.append(at + 2)
        at = text.find("\n\n", at + 2)
    return tuple(ends)


def agencies(res: Resources) -> frozenset[str]:
    """Keys of news agencies and media: quoted as sources, never participants or holders."""
    found: frozenset[str] = res.memo(
        ("agencies",),
        lambda: frozenset(
            k
            for k, e in res.gazetteer.entries.items()
            if e.org_kind and ("agency" in e.org_kind or e.org_kind == "media")
        ),
    )
    return found


def after_preposition(
    text: str, start: int, at: int, prepositions: frozenset[str], words: int = 2, window: int = 30
) -> bool:
    """Whether a preposition stands among the last ``words`` words before ``at`` in its clause,
    looking back no further than ``start`` ("mit Shukri", "with Tehran", "an die Ukraine"): a
    name there is no clause subject."""
    before = re.split(r"[,;:()–—\n]", text[max(start, at - window) : at])[-1]
    return any(w in prepositions for w in re.findall(r"\w+", before.lower())[-words:])


def addressees(text: str, s: Sentence, cue: Cue, acting: list[Mention], gr: Grammar) -> set[str]:
    """The actors a demand is addressed to: those right after its verb ("urged Beijing", "pidió
    a Budapest", "a pressé le Mali", inside a German frame "rief Peking auf"), past articles,
    role nouns and the language's addressee markers, and those listed with them ("a Malí,
    Burkina Faso y Níger")."""
    before = re.findall(r"\w+", text[s.start : cue.start].lower())
    if before and before[-1] in gr.relative_pronouns | gr.complementizers:
        return set()  # "les élections que réclame l'opposition": a subject after the verb
    first = re.match(r"\w+", text[cue.start : cue.end]) if " ... " in cue.phrase else None
    pos = cue.start + first.end() if first else cue.end
    allowed = gr.determiners | gr.role_bases | gr.addressee_markers
    keys: set[str] = set()
    for m in sorted(acting, key=lambda m: m.start):
        if m.start < pos or m.start >= s.end:
            continue
        gap = text[pos : m.start]
        words = re.findall(r"\w+", gap.lower())
        if keys:
            joined = re.fullmatch(r"\s*,?\s*", re.sub(r"\w+", "", gap)) is not None
            if not joined or not set(words) <= allowed | gr.list_joins:
                break
        elif re.search(r"[,;:.]", gap) or len(words) > 3 or not set(words) <= allowed:
            break
        elif gr.addressee_marked and not set(words) & gr.addressee_markers:
            break  # "pide la oposición": Spanish marks the one asked ("pide a Rusia")
        keys.add(m.key)
        pos = m.end
    return keys
