"""Groups led by named actors as holders: "a group of more than 100 countries led by Norway and
Rwanda demands …", "un grupo de países encabezado por Noruega y Ruanda reclama …", "un groupe mené
par la Norvège réclame …", "eine von Norwegen angeführte Gruppe fordert …". The group has no name
of its own; the actors that lead it are who the article says holds the stance.

The leading phrases are data (``grammar.yml`` ``led_by``); this module only knows where they
count: in the clause of the stance, before it, with no actor named before the phrase (that actor
would be the subject: "Ukraine, led by Zelensky, demands …" is Ukraine's demand).
"""

from __future__ import annotations

import re

from diplograph.extract.cues import Cue
from diplograph.extract.grammar import Grammar
from diplograph.model import Document, Sentence

#: The kinds of actor that may lead a group.
_LEADERS = ("State", "Organization", "Person")


def led_group(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """The actors that lead the unnamed group subject of ``cue``, or [] when there is none."""
    text = doc.content
    opens = gr.clause_start(text, s.start, cue.start)
    phrases = [p for p in gr.leading.find_local(text, opens, cue.start) if p.end <= cue.start]
    if not phrases:
        return []
    led = phrases[0]
    actors = [m for m in doc.mentions if m.is_actor and m.kind in _LEADERS and opens <= m.start < cue.start]
    if any(m.start < led.start for m in actors):
        return []  # "Ukraine, led by Zelensky, demands": the subject is named
    # the leaders: inside a frame ("von Norwegen und Ruanda angeführte") or right after the phrase,
    # joined by commas, coordination and articles only
    inside = [m for m in actors if led.start < m.start and m.end < led.end]
    if inside:
        return list(dict.fromkeys(m.key for m in inside))
    keys: list[str] = []
    end = led.end
    for m in actors:
        if m.start < led.end:
            continue
        if not gr.only_listing(text, end, m.start) or re.search(r"[;:]", text[end : m.start]):
            break
        keys.append(m.key)
        end = m.end
    return list(dict.fromkeys(keys))
