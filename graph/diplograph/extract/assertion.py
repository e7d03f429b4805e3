"""Whether a sentence states a stance at all, or only asks, denies or imagines one.

A stance cue in a question ("Will Moscow accept a ceasefire?") or a rumour ("sollen … erörtert
haben", "is said to have"), inside a hypothetical clause
("if Kyiv rejected the plan …", "falls Kiew den Plan ablehnt", a German clause opened by its
finite verb: "Sollte Kiew den Plan ablehnen, …") or next to a word of speculation
or rumour ("could support", "soll … gefordert haben") or in what a denial denies ("denied that it
had rejected") reports no position. Under a negation
("Russia did not demand …", "Paris n'a pas exigé …") a demand, proposal, offer or rejection is
none either, but refusing to accept or support is a stance of its own: rejection, opposition.
The words come from ``grammar.yml`` (``negations``, ``not_negations``, ``hypothetical``,
``verb_first_conditionals``, ``speculative``, ``denials``); this module only knows where they count: in the
cue's own clause, up to three words before the cue, or after it up to the clause's end
("fordert nicht", "n'exige pas", "akzeptierte die Waffenruhe nicht"). A cue that carries a negation itself
("nicht akzeptabel", "n'accepte pas") is a rejection, not a negated one.
"""

from __future__ import annotations

import re

from diplograph.extract.cues import Cue
from diplograph.extract.grammar import Grammar
from diplograph.model import Sentence

_WORD = re.compile(r"\w+(?:['’]\w+)?|['’]")
#: How many words before a cue a negation or speculation word may stand ("did not yet demand");
#: a language's ``negation_reach`` may allow negations further away (German verb-final clauses:
#: "will keinen Kandidaten aus der Region unterstützen").
_REACH = 3
#: How many words after a cue, within its clause, a negation may stand ("lehnte … nicht ab").
_AFTER = 8


def is_question(text: str, s: Sentence) -> bool:
    """A sentence that asks: it ends in a question mark (or opens with "¿")."""
    body = text[s.start : s.end].strip().rstrip("»«\"“”'’)")
    return body.endswith("?") or body.startswith("¿")


#: What a negated cue states: refusing to accept is a rejection, not supporting is opposition;
#: a demand, proposal, offer or rejection that is denied states nothing.
_NEGATED = {"accept": "reject", "support": "oppose"}


def _reported_judgement(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether ``cue`` is a speaker's judgement told after a verb of saying or opinion: "a
    estimé que la levée des sanctions serait le meilleur moyen". The conditional copula there is
    the tense of reported speech, not the conditional of rumour ("Moscou serait prêt à …")."""
    return cue.phrase in gr.speaker_cues and bool(gr.speech.find_local(text, s.start, cue.start))


def _clause_words(text: str, start: int, end: int, gr: Grammar) -> list[str]:
    """The words of a clause in lower case, without a negation that is part of a name: capitalised
    right after another capitalised word ("el Movimiento de Países No Alineados exigió")."""
    words = [w.group() for w in _WORD.finditer(text, start, end)]
    return [
        w.lower()
        for i, w in enumerate(words)
        if not (i and w[:1].isupper() and words[i - 1][:1].isupper() and w.lower() in gr.negations)
    ]


def stated_stance(text: str, s: Sentence, cue: Cue, gr: Grammar) -> str | None:
    """The stance ``cue`` states in sentence ``s``: its own, the opposite one under a negation
    ("did not accept" rejects), or None when the sentence asks, imagines or denies it."""
    if is_question(text, s) or gr.rumours.find_local(text, s.start, s.end) or _denied(text, s, cue, gr):
        return None
    # clauses start after their opener ("if", "falls", a comma); the opener belongs to the clause
    bounds = [s.start, *(b.start() for b in gr.clause.finditer(text, s.start, cue.start))]
    before = _clause_words(text, bounds[-1], cue.start, gr)
    own = [w.lower() for w in _WORD.findall(text[cue.start : cue.end])]
    # a frame may end in its own infinitive: "nicht bereit, auf ihre Gebiete zu verzichten"
    infinitive = (before and before[-1] in gr.infinitive) or (len(own) > 2 and own[-2] in gr.infinitive)
    if infinitive and len(bounds) > 1:
        # an infinitive clause belongs to the clause before ("beschuldigte X, … zu unterstützen")
        before = _clause_words(text, bounds[-2], cue.start, gr)
    if set(before) & gr.hypothetical:
        return None
    verb_first = set((before or own)[:1]) & gr.verb_first_conditionals
    if verb_first and not _main_after_subordinate(text, s, bounds, gr):
        return None  # "Sollten die Separatisten weitere Gebiete erobern, …": a clause opened by its verb
    clause_end = gr.clause_end(text, cue.end, s.end)
    after = [w.lower() for w in _WORD.findall(text[cue.end : clause_end])][:_AFTER]
    # a contrast opens a clause of its own: "prête à négocier mais ne cédera aucun territoire";
    # so does an infinitive: "a exhorté la Hongrie à ne pas bloquer …" asks not to block
    stops = gr.contrast | gr.infinitive
    after = after[: next((i for i, w in enumerate(after) if w in stops), len(after))]
    # "rejettera probablement", "will probably reject"; the cue's own listed words are its
    # meaning, not a speculation about it ("Catar espera un alto el fuego" hopes for one), but
    # words in a frame's gap are ("lehnt … möglicherweise ab")
    phrase_words = _WORD.findall(cue.phrase.lower())
    listed = set(phrase_words)
    gap = [w for w in own[1:-1] if w not in listed] if " ... " in cue.phrase else []
    lead = before[-_REACH:]
    if lead and lead[-1] in gr.copulas and _reported_judgement(text, s, cue, gr):
        lead = lead[:-1]  # "a estimé que … serait le meilleur moyen": the copula of reported speech
    near = lead + gap + after[:1]
    if set(near) & gr.speculative:
        return None
    if gr.verb_second and own[:1] and text[cue.start].islower() and set(before) & gr.speculative:
        return None  # "Deutschland könnte neue Sanktionen vorschlagen": the modal governs the last verb
    # a frame's own words are its fixed parts: "sich nicht auf … einigen" negates "sich … einigen"
    fixed = phrase_words if " ... " in cue.phrase else own
    if gr.phrase_insertions and set(own) & gr.phrase_insertions:
        # "ne renoncera jamais à": the particle inside "renoncer à" is no part of the phrase
        fixed = [w for w in fixed if w not in gr.phrase_insertions or w in listed]
    # a prefix counts where the phrase writes it ("n'accepte pas"), not where the token of a verb
    # carries it ("n'enverrait pas de troupes" is "envoyer" negated)
    if set(fixed) & gr.negations or any(w.startswith(tuple(gr.negation_prefixes)) for w in phrase_words):
        return cue.key  # the cue carries its negation: "n'accepte pas", "nicht akzeptabel"
    prior = before[-max(_REACH, gr.negation_reach) :]  # a verb-final clause negates early
    words = prior + after
    if {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} & gr.not_negations:
        return cue.key  # "not only demanded …", "nicht nur gefordert"
    after_negations = gr.negations if gr.negations_after is None else gr.negations_after
    # the word right after the cue negates it in every language ("should not", "lehnte nicht ab")
    inside = set(own) - set(fixed)  # the words a frame's gap holds
    denied_after = set(after) & after_negations
    if denied_after and gr.negation_particles and not set(prior + own) & gr.negation_particles:
        # the second part of "ne … pas" needs its first: in "a salué un pas important" the
        # "pas" is a step, no negation
        denied_after = set()
    if set(prior + after[:1]) & gr.negations or denied_after or inside & gr.negations:
        if cue.phrase in gr.condition_cues:
            return cue.key  # "tant que l'Ukraine n'aura pas renoncé à l'OTAN": a condition still
        if cue.key == "offer" and _refusal(own, words, gr):
            return "reject"  # "Deutschland werde keine Taurus-Raketen liefern": it refuses them
        return _NEGATED.get(cue.key)
    return cue.key


def negated_event(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a meeting word is denied: a negation in its clause up to the reach before it
    ("did not meet", "hat nicht mit Tusk gesprochen", "kein Treffen", "n'a pas rencontré"), in
    a frame's gap ("sprach nicht mit") or right after it ("ne rencontrera pas", "traf ihn
    nicht"). A negation later in the clause is about something else ("Das Treffen brachte
    keinen Durchbruch"), and "not only" negates nothing."""
    bounds = [s.start, *(b.start() for b in gr.clause.finditer(text, s.start, cue.start))]
    prior = _clause_words(text, bounds[-1], cue.start, gr)[-max(_REACH, gr.negation_reach) :]
    own = [w.lower() for w in _WORD.findall(text[cue.start : cue.end])]
    inside = set(own) - set(_WORD.findall(cue.phrase.lower()))
    after = [w.lower() for w in _WORD.findall(text[cue.end : gr.clause_end(text, cue.end, s.end)])][:1]
    words = prior + own + after
    if {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} & gr.not_negations:
        return False
    return bool(set(prior + after) & gr.negations or inside & gr.negations)


def _main_after_subordinate(text: str, s: Sentence, bounds: list[int], gr: Grammar) -> bool:
    """Whether a clause that opens with its verb follows a subordinate clause at the start of
    the sentence ("Solange die Ukraine die Grenze nicht kontrolliert, sollten keine Wahlen
    stattfinden"): the subordinate clause stands before the main clause's verb, which is then
    no conditional's."""
    comma = text.rfind(",", s.start, bounds[-1] + 1)
    if comma < 0 or text.count(",", s.start, comma):
        return False
    first = _WORD.findall(text[s.start : comma])[:1]
    return bool(first) and first[0].lower() in gr.clause_words


def _denied(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue tells what a denial verb before it denies ("Russia denied that it had
    rejected the ceasefire", "Moskau bestritt, den Plan abgelehnt zu haben"): the deed is denied,
    so no stance is stated. A stance joined to the denial by "and" or "but" is a deed of its own
    ("denied the accusations and demanded an inquiry")."""
    for denial in gr.denials.find_local(text, s.start, cue.start):
        between = {w.lower() for w in _WORD.findall(text[denial.end : cue.start])}
        if not between & (gr.list_joins | gr.contrast):
            return True
    return False


def _refusal(own: list[str], words: list[str], gr: Grammar) -> bool:
    """Whether a denied offer speaks of the holder's will or future ("will not send", "nicht
    liefern werde", "ne livrera pas", "no enviará"), which refuses what it would give, unlike
    "did not offer", which only reports that nothing was offered."""
    if set(words) & gr.refusal_marks:
        return True
    return bool(gr.refusal_endings) and any(w.endswith(gr.refusal_endings) for w in own)
