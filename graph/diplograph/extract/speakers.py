"""Who speaks: the speaker in force across sentences, a pronoun's referent inside a sentence,
the agent of a passive.

News reports speech in runs: a sentence names the speaker ("Lavrov said …"), the next ones go
on in reported speech, in quotes, or (in Spanish) with no stated subject at all ("Además, pidió
…"). :class:`SpeakerTrack` follows the subject in force from sentence to sentence so that such
sentences take it as their holder. A pronoun after a speech verb inside a sentence ("Jonathan a
fait savoir qu'il …", "Kerry said he …") is the speech verb's subject, not whoever a sentence
before named first. "was rejected by Russia", "wurde von Russland abgelehnt", "rejeté par la
Russie", "rechazado por Rusia": the agent after the grammar's ``agent_markers`` holds the stance
when a passive auxiliary (``passive_auxiliaries``) stands in the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from diplograph.extract.context import actors_in, agencies
from diplograph.extract.cues import Cue
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.lemmas import lemmatizer
from diplograph.model import Document, Mention, Sentence
from diplograph.resources import Resources

_WORD = re.compile(r"\w+(?:['’]\w+)?")
_WORDS = re.compile(r"\w+")
#: The characters :func:`quote_open` counts; it reads only these, found by one regex scan.
_QUOTE_MARKS = re.compile('[„«‹”»›“"]')


@dataclass
class SpeakerTrack:
    """The subject in force: the actor that last opened a sentence as its subject, and how many
    sentences ago. It lapses after ``reach`` sentences without one."""

    reach: int = 2
    key: str | None = None
    age: int = 0

    def current(self) -> str | None:
        """The subject in force for the sentence being read."""
        return self.key if self.key is not None and self.age <= self.reach else None

    def advance(self, subject: str | None) -> None:
        """Move past a sentence whose subject is ``subject`` (None: it stated none)."""
        if subject is not None:
            self.key, self.age = subject, 1
        else:
            self.age += 1


def subjects_in_force(
    doc: Document, res: Resources, acting: Sequence[Sequence[Mention]] | None = None
) -> list[str | None]:
    """For each sentence, the subject in force when it is read: the first acting actor of the
    last sentence that named one, while it has not lapsed (see :class:`SpeakerTrack`).

    ``acting`` is each sentence's :func:`actors_in` with the grammar's roles and the agencies,
    for a caller that has read them already; by default they are read here."""
    if acting is None:
        gr = grammar(res, doc.lang)
        roles = gr.roles.find(doc.content)
        skip = agencies(res)
        acting = [actors_in(doc, s, roles, skip) for s in doc.sentences]
    track = SpeakerTrack()
    out: list[str | None] = []
    for here in acting:
        out.append(track.current())
        track.advance(here[0].key if here else None)
    return out


def in_quotation(text: str, s: Sentence, paragraph_start: int) -> bool:
    """Whether sentence ``s`` is a quote or goes on inside one: it opens with a quotation mark, or
    its paragraph has a quotation open before it."""
    return text[s.start : s.end].lstrip()[:1] in '„“«‹"' or quote_open(text, paragraph_start, s.start)


def quote_open(text: str, start: int, pos: int) -> bool:
    """Whether a quotation opened after ``start`` is still open at ``pos``. "“" opens in English
    and closes a German "„"."""
    depth, straight, german = 0, False, False
    for c in _QUOTE_MARKS.findall(text, start, pos):  # every other character leaves the count
        if c in "„«‹":
            depth, german = depth + 1, german or c == "„"
        elif c in "”»›" or (c == "“" and german and depth):
            depth = max(0, depth - 1)
        elif c == "“":
            depth += 1
        elif c == '"':
            straight = not straight
    return depth > 0 or straight


def first_person_quote(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> bool:
    """Whether the cue stands in a quote that speaks in the first person: its clause has a
    first-person subject ("'We will never accept …,' X said"), or, inside quotation marks, no
    stated subject at all ("«Nunca aceptaremos …», dijo X"). Such a stance is the speaker's."""
    start = gr.clause_start(text, s.start, cue.start)
    if any(start <= m.start < cue.start for m in subjects):
        return False
    words = {w.lower() for w in _WORD.findall(text[start : cue.start])}
    if words & gr.first_person_pronouns:
        return True
    third = gr.singular_pronouns | gr.plural_pronouns | gr.number_pronouns | gr.subject_pronouns
    return gr.pro_drop and not words & third and quote_open(text, s.start, cue.start)


def no_subject_before(
    text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar, doc: Document | None = None
) -> bool:
    """Whether the cue's clause states no subject before the cue: no actor, no pronoun and, when
    ``doc`` is given, no noun phrase of its own (:func:`names_own_subject`)."""
    clause_start = gr.clause_start(text, s.start, cue.start)
    if any(clause_start <= m.start < cue.start for m in subjects):
        return False
    words = {w.lower() for w in _WORD.findall(text[clause_start : cue.start])}
    if words and words <= gr.determiners:
        return False  # "La propuesta … obtuvo apoyo": the stance noun is the clause's subject
    if doc is not None and names_own_subject(doc, clause_start, cue.start, gr):
        return False
    return not words & (gr.singular_pronouns | gr.plural_pronouns | gr.number_pronouns)


def names_own_subject(doc: Document, start: int, end: int, gr: Grammar) -> bool:
    """Whether the words from ``start`` to ``end`` open with an article or a word of number and
    a noun that no mention, role or time expression reads: the clause states a subject no actor
    names ("Los equipos técnicos se reunirán …", "Varios aspirantes han prometido …", "El Consejo
    de Gobierno de Ambazonia exigió …"), while "El martes pidió …" and "El mandatario pidió …"
    leave it to the subject in force."""
    said = list(_WORD.finditer(doc.content, start, end))
    if len(said) == 1:
        return said[0].group().lower() in gr.subject_quantifiers  # "Otros abogan por …"
    if not said:
        return False
    first, second = said[0].group().lower(), said[1]
    if " ".join((first, second.group().lower())) in gr.subject_quantifiers:
        return True  # "de nombreux diplomates"
    if first not in gr.determiners | gr.subject_quantifiers:
        return False
    at, word = second.start(), second.group()
    if any(x.start <= at < x.end for x in (*doc.mentions, *doc.times)):
        return False
    if first in gr.subject_quantifiers or (word[:1].isupper() and not gr.nouns_capitalised):
        return True  # "Varios aspirantes", "El Consejo de Gobierno de Ambazonia"
    # several people no actor names ("Los equipos técnicos"); one ("el grupo", "el funcionario")
    # is mostly an actor named before, in other words
    lower = word.lower()
    plural = lower.endswith(gr.plural_noun_endings) and lemmatizer(gr.lang)(lower) != lower
    return bool(gr.plural_noun_endings) and plural and not gr.base_role(lower)


def speech_subject(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> str | None:
    """The person who speaks in ``s`` before the cue: the subject of a speech verb that stands
    before a pronoun which stands before the cue ("Kerry said he would back …")."""
    for said in gr.speech.find_local(text, s.start, cue.start):
        words = [w.lower() for w in _WORD.findall(text[said.end : cue.start])]
        if not set(words) & (gr.singular_pronouns | gr.number_pronouns):
            continue
        persons = [m for m in subjects if m.end <= said.start and m.kind == "Person"]
        if persons:
            return persons[-1].key
    return None


#: How many words may stand between a closing speech verb and its speaker ("sagte am Montag Sikorski").
SAID_BY_GAP = 2
#: How many words a role may run before the name in apposition it introduces ("the spokesman for
#: the foreign ministry, Randhir Jaiswal").
APPOSITION_GAP = 8


def sentence_speaker(text: str, s: Sentence, acting: list[Mention], gr: Grammar) -> str | None:
    """Who speaks in sentence ``s``: the actor right after a closing speech verb ("Die Ukraine
    brauche mehr Luftabwehr, sagte Sikorski"), else the first actor before a speech verb
    ("Sikorski sagte, …"). Reported speech that goes on in the next sentence is theirs, not
    that of the sentence's first actor (here Ukraine)."""
    said = gr.speech.find_local(text, s.start, s.end)
    if not said:
        return None
    # a separable verb closes around its speaker: "…, stellte der Präsident klar", "hob Merz hervor"
    verb = _WORDS.match(text, said[-1].start)
    opens = verb.end() if verb is not None else said[-1].end
    for m in acting:
        framed = opens <= m.start and m.end <= said[-1].end
        if framed and len(_WORDS.findall(text, opens, m.start)) <= SAID_BY_GAP:
            return m.key
        if m.start < said[-1].end:
            continue
        gap = len(_WORDS.findall(text, said[-1].end, m.start))
        # the speaker's role may come first, the name in apposition after a comma ("sagte der
        # Sprecher des Außenministeriums, Randhir Jaiswal")
        named = text[said[-1].end : m.start].rstrip().endswith(",") and gap <= APPOSITION_GAP
        if gap <= SAID_BY_GAP or named:
            return m.key
    first = [m for m in acting if m.end <= said[0].start]
    return first[0].key if first else None


def speech_subjects(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> list[str]:
    """Those who speak in ``s`` before the cue when a plural pronoun takes up their words:
    "France, Britain and Germany said they were prepared to …" (the actors before the speech
    verb, all of them)."""
    for said in gr.speech.find_local(text, s.start, cue.start):
        words = [w.lower() for w in _WORD.findall(text[said.end : cue.start])]
        if not set(words) & gr.plural_pronouns:
            continue
        speakers = [m.key for m in subjects if m.end <= said.start]
        if len(speakers) > 1:
            return list(dict.fromkeys(speakers))
    return []


def passive_agent(text: str, s: Sentence, cue: Cue, acting: list[Mention], gr: Grammar) -> str | None:
    """The agent of a passive stance ("was rejected by Russia", "von Russland abgelehnt"): an
    actor right after an agent marker in the cue's clause, when a passive auxiliary stands
    there too. Of several, the one nearest the verb on the side its agent stands in the
    language: after it ("was welcomed by Hamas", not "the proposal put forward by Egypt"), or
    before it where the verb closes the clause ("von der Hamas begrüßt"). An agent that an
    attributive participle follows is that participle's ("die von Ägypten vorgeschlagene Waffenruhe").
    """
    if not gr.agent_markers or not gr.passive_auxiliaries:
        return None
    start = gr.clause_start(text, s.start, cue.start)
    end = gr.clause_end(text, cue.end, s.end)
    words = {w.lower() for w in _WORD.findall(text[start:end])}
    if not words & gr.passive_auxiliaries:
        return None
    agents = []
    for m in acting:
        if not start <= m.start < end:
            continue
        lead = [w.lower() for w in _WORD.findall(text[start : m.start])][-3:]
        # "by the Kremlin", "von der EU", "par la Russie"; a person's title may stand between,
        # after an article: "por el presidente George W. Bush", "par le président X"
        titled = m.kind == "Person" and len(lead) == 3 and lead[1] in gr.determiners
        marked = set(lead[-2:]) & gr.agent_markers or (titled and lead[0] in gr.agent_markers)
        if marked and not _attributive_after(text, m.end, gr):
            agents.append(m)
        elif _named_agent(text[start : m.start], gr):
            agents.append(m)  # "par l'organisation ouest-africaine de la Cédéao"
    # a frame's agent may stand in its gap: "a été choisi par la Cédéao comme médiateur"
    verb = _WORD.match(text, cue.start)
    verb_end = verb.end() if verb is not None and " ... " in cue.phrase else cue.end
    after = [m for m in agents if m.start >= verb_end]
    before = [m for m in agents if m.end <= cue.start]
    # where the verb closes the clause its agent stands before it
    chosen = (before[-1:] or after[:1]) if gr.nouns_capitalised else (after[:1] or before[-1:])
    return chosen[0].key if chosen else None


#: How many words a noun phrase between an agent marker and the actor it names may have
#: ("par l'organisation ouest-africaine de la Cédéao").
AGENT_PHRASE = 6


def _named_agent(before: str, gr: Grammar) -> bool:
    """Whether the words before an actor are an agent marker and a noun phrase that names it
    ("by the West African bloc of ECOWAS"): no comma, no second marker, at most
    ``AGENT_PHRASE`` words, ending in a marker of belonging ("of the", "de la": ``owner_markers``)."""
    tail = before[before.rfind(",") + 1 :]
    words = [w.lower() for w in _WORD.findall(tail)][-AGENT_PHRASE:]
    marks = [i for i, w in enumerate(words) if w in gr.agent_markers]
    if len(marks) != 1 or len(words) - marks[0] < 3:
        return False
    ends = [m.start() for m in re.finditer(r"\s\S", tail)][-3:]
    return any(gr.owner.fullmatch(tail[i:]) for i in ends)


_ATTRIBUTIVE = re.compile(r"\s+(\w+)\s+(\w+)")


def _attributive_after(text: str, pos: int, gr: Grammar) -> bool:
    """Whether an inflected participle (``attributive_endings``) and a capitalised noun follow
    ``pos`` ("Ägypten vorgeschlagene Waffenruhe"): the agent before it is the attribute's, not
    the clause's ("von Russland am Montag abgelehnt" is no attribute)."""
    m = _ATTRIBUTIVE.match(text, pos)
    if not gr.attributive_endings or m is None or not m.group(2)[:1].isupper():
        return False
    word = m.group(1)
    return word.islower() and word not in gr.prepositions and word.endswith(gr.attributive_endings)
