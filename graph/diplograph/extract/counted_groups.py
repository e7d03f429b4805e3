"""Counted groups of states as holders: "the three countries", "die drei Staaten", "les trois
pays", "los tres países" stand for the states the article last named together in that number
("The United States, Britain and Norway voiced concern. In a joint statement, the three
countries urged …"). The group is the subject of the stance verb: right before it, or, where the
verb comes second, right after a verb whose clause names no one before it ("In einer
Erklärung drängten die drei Staaten …").

The numbers and the nouns are data (``grammar.yml`` ``group_numbers``, ``state_group_nouns``).
"""

from __future__ import annotations

import re

from diplograph.extract.cues import Cue
from diplograph.extract.grammar import Grammar
from diplograph.model import Document, Mention, Sentence

_WORD = re.compile(r"\w+")

#: How many sentences back the states of a counted group may have been named.
LOOKBACK = 4


def counted_group(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """The states a counted group subject of ``cue`` stands for, or [] when there is none, or
    when the article named no such number of states together before it."""
    if not gr.group_numbers or not gr.state_group_nouns:
        return []
    text = doc.content
    opens = gr.clause_start(text, s.start, cue.start)
    before = [w.lower() for w in _WORD.findall(text[opens : cue.start])]
    while before and before[-1] in gr.finite_auxiliaries:
        before.pop()  # "les trois pays ont exhorté"
    count = _count(before[-3:], gr)
    if not count and gr.verb_second and not any(opens <= m.start < cue.start for m in doc.mentions):
        after = [w.lower() for w in _WORD.findall(text[cue.end : min(s.end, cue.end + 60)])]
        count = _count(after[:3], gr, at_end=False)
    if not count:
        return []
    return _named_together(doc, s, opens, count, gr)


def _count(words: list[str], gr: Grammar, at_end: bool = True) -> int:
    """The number of a group phrase ("the three countries") at the end (or, with ``at_end``
    false, the start) of ``words``; 0 if none stands there."""
    for size in (3, 2):
        part = words[-size:] if at_end else words[:size]
        if len(part) < size or (size == 3 and part[0] not in gr.determiners):
            continue
        number, noun = part[-2], part[-1]
        value = gr.group_numbers.get(number)
        if value and noun in gr.state_group_nouns:
            return value
    return 0


def _named_together(doc: Document, s: Sentence, before: int, count: int, gr: Grammar) -> list[str]:
    """The last run of exactly ``count`` states named together (joined by commas, coordination
    and articles only) before ``before``, in this sentence or up to ``LOOKBACK`` sentences back."""
    text = doc.content
    index = doc.sentences.index(s)
    for sentence in reversed(doc.sentences[max(0, index - LOOKBACK) : index + 1]):
        end = min(sentence.end, before)
        states = [m for m in doc.mentions if sentence.start <= m.start < end and m.kind == "State"]
        for run in reversed(_runs(text, states, gr)):
            keys = list(dict.fromkeys(m.key for m in run))
            if len(keys) == count and not _companions(text, sentence.start, run[0], gr):
                return keys
    return []


def _companions(text: str, start: int, first: Mention, gr: Grammar) -> bool:
    """Whether a run of states is named as companions ("Garants, avec les États-Unis et le Qatar,
    de l'accord, les deux pays ont exigé …"): after "with", it is not the group that acts."""
    before = [w.lower() for w in _WORD.findall(text[max(start, first.start - 30) : first.start])]
    while before and before[-1] in gr.determiners:
        before.pop()
    return bool(before) and before[-1] in gr.comitative


def _runs(text: str, states: list[Mention], gr: Grammar) -> list[list[Mention]]:
    """The states split where anything but commas, coordination and articles stands between two."""
    runs: list[list[Mention]] = []
    for m in states:
        if runs and gr.only_listing(text, runs[-1][-1].end, m.start):
            runs[-1].append(m)
            continue
        runs.append([m])
    return runs
