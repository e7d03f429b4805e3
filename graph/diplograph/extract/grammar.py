"""Per-language matchers compiled once from the lexicons.

Stages ask :func:`grammar` for a :class:`Grammar`: role nouns, group nouns, meeting, stance and
topic cues, and the function-word sets of ``grammar.yml``. Nothing here knows a word of any
language; everything comes from ``data/lexicon/<lang>/``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from diplograph.errors import DataError
from diplograph.extract.cues import CueMatcher
from diplograph.extract.lemmas import lemmatizer
from diplograph.resources import COMMON, Resources


def _inflect(
    lexicon: Mapping[str, Iterable[str]], endings: list[str], compound: bool
) -> dict[str, list[str]]:
    """Expand single-word nouns with endings (and a compound prefix in German)."""
    out: dict[str, list[str]] = {}
    for key, words in lexicon.items():
        forms = []
        for word in words or []:
            word = str(word)
            if " " in word or "*" in word:
                forms.append(word)
                continue
            for ending in endings:
                forms.append(("*" if compound else "") + word + ending)
        out[key] = forms
    return out


#: What may follow a verb that closes its clause.
_CLOSING = re.compile(r"\s*(?:[.,;:!?)\"“”«»]|$)")


def _words(value: object, source: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise DataError(f"{source}: expected a list")
    for v in value:
        if not isinstance(v, str):  # YAML reads a bare on, no, yes as true or false
            raise DataError(f"{source}: {v!r} is no word; quote it")
    return frozenset(value)


@dataclass
class Grammar:
    """Compiled matchers and word sets for one language."""

    lang: str
    roles: CueMatcher
    groups: CueMatcher
    #: words before a side of talks ("auf der russischen Seite") that make it a side of a border
    side_places: frozenset[str]
    collectives: CueMatcher
    rumours: CueMatcher
    #: verbs of denying a deed ("denied that it had rejected", "bestritt, … abgelehnt zu haben")
    denials: CueMatcher
    #: a group led by named actors ("led by", "encabezado por", "von … angeführt"): they hold its stance
    leading: CueMatcher
    #: verbs that call something what a judgement says ("called the sanctions unacceptable"):
    #: their subject holds the judgement
    judging: CueMatcher
    #: verbs by which an actor issues a text or a motion as its own ("issued a statement calling
    #: for …", "hat eine Erklärung veröffentlicht, die … fordert"): what the text asks, it asks
    authoring: CueMatcher
    receiving: CueMatcher
    joining: CueMatcher
    intents: CueMatcher
    harms: CueMatcher
    #: verbs that say where a stance noun came from ("Kritik kam von …")
    sources: CueMatcher
    #: phrases that name who a sentence's words come from ("according to", "hieß es aus", "selon")
    attributions: CueMatcher
    #: Topics whose words name the abuse as well as the right (common/topic_traits.yml): a stance against
    #: harm done to them stays against them.
    abuse_topics: frozenset[str]
    #: topics that are something given (common/topic_traits.yml): a commitment to them offers them
    given_topics: frozenset[str]
    #: topics of talks and cooperation, which are about the topic linked after them
    frame_topics: frozenset[str]
    #: the topic of a land a judgement is about by its place name (common/topic_traits.yml)
    land_topics: frozenset[str]
    #: topics whose words a withdrawal moves (weapons), and the topics of withdrawing
    withdrawn_topics: frozenset[str]
    withdrawal_topics: frozenset[str]
    #: topics that tell of an armed conflict, and the topic a generic deal word stands for in an
    #: article that names one of them (common/topic_traits.yml)
    conflict_topics: frozenset[str]
    deal_topics: frozenset[str]
    #: words that tell of an armed conflict besides those topics ("war", "Krieg", "guerre")
    conflict_words: CueMatcher
    #: stances whose participle after any form of "be" is a passive (common/stance_traits.yml):
    #: "Iran is urged to …" is asked, not asking
    undergone_stances: frozenset[str]
    #: words that link talks or cooperation to what they are about ("on", "über", "en materia")
    topic_links: frozenset[str]
    #: the commitment cues of stances.yml ("commit to", "se comprometió")
    commitments: frozenset[str]
    #: the announcement cues of stances.yml: they offer what is given and state nothing else
    announcements: frozenset[str]
    #: the mediation cues of stances.yml ("mediate", "vermitteln"): they name their topic, the talks
    mediation: frozenset[str]
    #: the evaluation cues of stances.yml ("ein richtiger Schritt", "optimistic")
    evaluations: frozenset[str]
    #: the forbidding modals of stances.yml ("must not", "dürfe keine"): they oppose what follows them
    prohibitions: frozenset[str]
    succession: CueMatcher
    org_nouns: CueMatcher
    governments: CueMatcher
    meetings: CueMatcher
    meeting_status: CueMatcher
    stances: CueMatcher
    topics: CueMatcher
    anaphora: CueMatcher
    #: definite phrases ("the decision") that refer back only as a bare object closing its clause
    closing_anaphora: CueMatcher
    #: phrases that refer back to a demand, proposal or offer ("the Russian conditions")
    asked_anaphora: CueMatcher
    reported_speech: CueMatcher
    #: modals of reported speech that carry the speaker of a sentence with a speech verb before
    reported_modals: CueMatcher
    non_state: CueMatcher
    not_stances: CueMatcher
    not_topics: CueMatcher
    org_anaphora: CueMatcher
    speech: CueMatcher
    #: speech verbs and the verbs that ask another to act ("forderte, Israel müsse …"): what
    #: follows either in reported speech is their subject's words
    reporting: CueMatcher
    locative: frozenset[str]
    plural_pronouns: frozenset[str]
    singular_pronouns: frozenset[str]
    coordination: frozenset[str]
    prepositions: frozenset[str]
    speaker_cues: frozenset[str]
    former: frozenset[str]
    weak_topics: frozenset[str]
    government_alone: frozenset[str]
    infinitive: frozenset[str]
    contrast: frozenset[str]
    owned_stances: frozenset[str]
    adjunct_stances: frozenset[str]
    condition_cues: frozenset[str]
    assertive_demands: frozenset[str]
    number_pronouns: frozenset[str]
    singular_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    particles: frozenset[str]
    dative_particles: frozenset[str]
    not_names: frozenset[str]
    credits: tuple[re.Pattern[str], ...]
    title_case_headlines: bool = False
    clause: re.Pattern[str] = re.compile(r"[,;:]")
    role_bases: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    compounds: bool = False
    negations: frozenset[str] = frozenset()
    negation_prefixes: tuple[str, ...] = ()
    #: endings of past participles ("signed", "signé", "firmado"): after a topic noun they describe it
    participle_endings: tuple[str, ...] = ()
    #: where participles end like other forms (German): their endings, and those of the
    #: dictionary form they must differ from (see :meth:`participle`)
    verb_form_participle_endings: tuple[str, ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    #: endings of a simple past ("refused", "rechazó"): a verb in it after "and" goes on the main
    #: clause, not the clause a complementizer opened ("insisted that … and refused …")
    past_endings: tuple[str, ...] = ()
    #: auxiliaries of the perfect ("a", "ont", "ha"): without one (nor a passive one) before it a
    #: participle describes a noun
    perfect_auxiliaries: frozenset[str] = frozenset()
    #: correlate forms of prepositions ("darauf", "dagegen"): a cue with one has the clause after it
    #: as its object
    correlates: frozenset[str] = frozenset()
    #: beside a negation, the holder's will or future: a denied offer is then a refusal
    refusal_marks: frozenset[str] = frozenset()
    #: endings of a future verb form that do the same ("livrera", "enviará")
    refusal_endings: tuple[str, ...] = ()
    not_negations: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    agent_markers: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    #: the passive auxiliaries that are nothing else (not the future "wird", not "est opposée")
    passive_only_auxiliaries: frozenset[str] = frozenset()
    pro_drop: bool = False
    adjectives_follow: bool = False
    collective_determiners: frozenset[str] = frozenset()
    collective_objects: frozenset[str] = frozenset()
    possessive_clitics: frozenset[str] = frozenset()
    owner: re.Pattern[str] = re.compile(r"(?!)")
    speculative: frozenset[str] = frozenset()
    region_links: tuple[str, ...] = ()
    scope_words: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    #: number words of a counted group of states and their values ("three": 3)
    group_numbers: dict[str, int] = field(default_factory=dict)
    #: plural nouns a counted group of states is named by ("countries", "Staaten")
    state_group_nouns: frozenset[str] = frozenset()
    verb_first_conditionals: frozenset[str] = frozenset()
    negation_reach: int = 0
    #: the negations that deny a cue from further after it ("lehnte … nicht ab", "n'accepte
    #: pas"); None: all of them. Where a negation stands before its verb, one after the cue
    #: belongs to the object ("el estatus de aliado no perteneciente a la OTAN"); the word right
    #: after a cue negates it everywhere ("should not").
    negations_after: frozenset[str] | None = None
    nouns_capitalised: bool = False
    between: frozenset[str] = frozenset()
    #: the preposition that names the other side of an agreement ("with", "mit", "avec", "con")
    comitative: frozenset[str] = frozenset()
    #: pronouns that, right after a stance verb, are its object ("rejected it"; German "es" there is
    #: as often the subject: "muss es möglich sein")
    object_pronouns: frozenset[str] = frozenset()
    #: unstressed object pronouns before a verb ("y le ofreció", "et lui a proposé")
    verb_clitics: frozenset[str] = frozenset()
    #: the forms of "have" that make a perfect where ``perfect_auxiliaries`` lists none (English,
    #: German: their participle rules work without one)
    tense_auxiliaries: frozenset[str] = frozenset()
    #: modals of obligation among the speaker cues: their subject must act, it demands nothing
    obligations: frozenset[str] = frozenset()
    #: claim cues whose object, a place, is a land asked for ("its claim to the islands")
    land_claims: frozenset[str] = frozenset()
    #: pronouns that open a relative clause on a person after a comma ("Tusk, who", "Tusk, que")
    person_relatives: frozenset[str] = frozenset()
    #: nouns of an agreement, after which the comitative names its other side
    agreement_nouns: frozenset[str] = frozenset()
    #: the single words of ``owner_markers`` ("von", "of", "de"): what links a noun to a name after it
    owner_words: frozenset[str] = frozenset()
    #: what a city may name when it stands with it: ``agreement_nouns`` and ``plan_nouns`` ("the
    #: Minsk agreement", "des Friedensplanes von Minsk")
    deal_names: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    infinitive_infixes: frozenset[str] = frozenset()
    #: words that may stand inside a stance phrase ("ne renoncera jamais à"): see cues.CueMatcher
    phrase_insertions: frozenset[str] = frozenset()
    #: verbs after which a participle is a predicate, not an attribute ("reste déterminée à")
    linking_verbs: frozenset[str] = frozenset()
    #: relative pronouns that are the subject of their clause ("the resolution that demanded")
    subject_relatives: frozenset[str] = frozenset()
    #: words of quantity that may open an object noun ("mehr Unterstützung", "more support")
    quantifiers: frozenset[str] = frozenset()
    #: words of number that open a subject of several people ("several candidates", "varios
    #: aspirantes"): a clause they open states its subject, even one no actor names
    subject_quantifiers: frozenset[str] = frozenset()
    #: "both" used alone as a subject ("Beide forderten …"), for the sides of the last meeting
    both_pronouns: frozenset[str] = frozenset()
    #: whether a reported clause must open with its complementizer ("que"), unlike English "says
    #: the diplomats want" or German "sagte, die Diplomaten wollten"
    complementizers_required: bool = False
    #: stance phrases that label what stands before them or in their gap ("sees the enlargement as
    #: a threat", "called the sanctions a mistake"), never what follows ("a threat to peace")
    labels: frozenset[str] = frozenset()
    #: endings of present participles that may follow a noun as its attribute ("a resolution
    #: calling for", "une résolution réclamant")
    present_participle_endings: tuple[str, ...] = ()
    #: object pronouns next to an attribution ("selon lui", "according to him", "ihm zufolge")
    attribution_pronouns: frozenset[str] = frozenset()
    intent_markers: frozenset[str] = frozenset()
    transparent_stances: frozenset[str] = frozenset()
    verb_second: bool = False
    list_joins: frozenset[str] = frozenset()
    #: endings of adverbs ("notamment", "mainly"), which may stand before an agent marker
    adverb_endings: tuple[str, ...] = ()
    #: copulas ("is", "sei", "est", "es"): a stance noun's predicate after one is the stance
    copulas: frozenset[str] = frozenset()
    #: indefinite articles ("a", "un", "ein")
    indefinite_articles: frozenset[str] = frozenset()
    #: particles that open a negation and deny nothing alone (French "ne" of "ne … pas")
    negation_particles: frozenset[str] = frozenset()
    #: articles spelt as prepositions ("céder de territoire"): they open no prepositional phrase
    partitive_articles: frozenset[str] = frozenset()
    #: words that make a year phrase reach into the present ("since 2014"): no background
    ongoing_times: frozenset[str] = frozenset()
    #: lemmas of verbs of motion, and the preposition that after them names a destination
    #: ("llegó a Ankara"): a place there, where the preposition alone does not say so
    motion_verbs: frozenset[str] = frozenset()
    motion_direction: frozenset[str] = frozenset()
    #: prepositions that name where someone goes ("nach Saudi-Arabien", "to Jordan"): a state
    #: there is a destination, not the state a traveller serves
    destinations: frozenset[str] = frozenset()
    #: articles that open a subject before a verb-second clause's verb ("Der Parteichef … hat")
    subject_articles: frozenset[str] = frozenset()
    #: articles that mark a noun phrase as no subject ("dem Präsidenten", "einen Plan"), and the
    #: article that does so after a noun ("die Anstrengungen der Regierung": a genitive)
    oblique_articles: frozenset[str] = frozenset()
    genitive_articles: frozenset[str] = frozenset()
    #: endings of nouns that name an act or a state of affairs ("Anstrengungen", "Haltung"): an
    #: actor in their genitive is what they are about, not who acts; nouns of groups.yml (the
    #: "Regierung", "Delegation" of a state) act for their genitive
    action_noun_endings: tuple[str, ...] = ()
    acting_nouns: tuple[str, ...] = ()
    #: nouns whose content is the verb after them ("the idea of sending troops", "l'idée
    #: d'envoyer", "die Idee, Truppen zu entsenden"), and the words that join them to it
    complement_nouns: frozenset[str] = frozenset()
    complement_markers: frozenset[str] = frozenset()
    #: personal pronouns that are the subject of the clause they open ("dass es … werde")
    subject_pronouns: frozenset[str] = frozenset()
    #: articles that make a role noun of the same form in both numbers plural ("die Außenminister")
    plural_articles: frozenset[str] = frozenset()
    #: endings of a role noun that is singular after such an article ("die Außenministerin")
    feminine_endings: tuple[str, ...] = ()
    #: endings that make the head of a role phrase plural where the plural is marked on the noun
    #: ("los ministros de Exteriores", "EU foreign ministers"): a group, never one office holder
    plural_noun_endings: tuple[str, ...] = ()
    #: words that mark the actor a demand is addressed to ("pidió a Budapest", "a exhorté à")
    addressee_markers: frozenset[str] = frozenset()
    #: whether the one asked always follows such a marker (Spanish "a"): without it, the actor
    #: after the verb may be its subject ("lo pide la oposición")
    addressee_marked: bool = False
    #: stance phrases that judge what stands before them ("inakzeptabel", "out of the question")
    predicates: frozenset[str] = frozenset()
    #: prepositions that name who judges ("For Kyiv, … is unacceptable", "Für Kiew ist …")
    judges: frozenset[str] = frozenset()
    #: whether a name may stand before a noun as its modifier ("the US proposal")
    noun_adjuncts: bool = False
    #: pronouns that, opening a sentence, stand for the state or organisation named last ("It rejected …")
    neuter_pronouns: frozenset[str] = frozenset()
    #: the condition phrases of stances.yml that are nouns, not conjunctions ("a condition for")
    condition_nouns: frozenset[str] = frozenset()
    #: prepositions that name what a condition is for ("a condition for talks", "condition de")
    goal_markers: frozenset[str] = frozenset()
    #: the deeds of stances.yml (offers told in the future): none over a clause bound
    deeds: frozenset[str] = frozenset()
    #: nouns of places and works: a name with one before an acronym names no organisation
    place_heads: frozenset[str] = frozenset()
    #: words other than relative pronouns that open a clause on the noun before ("…, wie sie … fordert")
    relative_openers: frozenset[str] = frozenset()
    #: words of a sum ("million"), money only with a currency (``currencies``) next to them
    sum_words: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    #: prepositions of time ("after", "während", "pendant"): what they govern is no stance's object
    time_prepositions: frozenset[str] = frozenset()
    #: words of cause ("wegen", "because of"): what they govern is why, no stance's object
    cause_markers: frozenset[str] = frozenset()
    #: words that open a phrase of what something counts as ("als", "as"): no object there
    role_markers: frozenset[str] = frozenset()
    #: endings of an inflected participle before its noun ("vorgeschlagene Waffenruhe")
    attributive_endings: tuple[str, ...] = ()
    #: first-person pronouns ("we", "wir", "nous", "nosotros"): in a quote they are its speaker
    first_person_pronouns: frozenset[str] = frozenset()
    #: stance phrases of wanting: wanting another actor to act asks it to ("wants Kyiv to …")
    volition: frozenset[str] = frozenset()
    #: role nouns for the other side's holder of the same role ("counterpart", "Amtskollege")
    counterparts: frozenset[str] = frozenset()
    #: the stance phrases the lexicon lists as nouns ("proposal", "Vorschlag")
    stance_nouns: frozenset[str] = frozenset()
    #: pronouns that open a relative clause after a comma ("which", "den", "que")
    relative_pronouns: frozenset[str] = frozenset()
    #: whether a relative clause may put its subject after its verb ("que exige la oposición")
    relative_inversion: bool = False
    #: words that open a complement clause ("that", "dass", "que")
    complementizers: frozenset[str] = frozenset()
    #: definite articles and demonstratives ("the", "la", "l'"), without their apostrophe
    determiners: frozenset[str] = frozenset()
    #: possessive determiners ("its", "ses", "seine"): a government noun after one is the possessor's
    possessives: frozenset[str] = frozenset()
    #: speech verbs whose object is who is told ("told reporters", "telling his counterpart"): an
    #: actor after one is the addressee, not the speaker
    addressing: frozenset[str] = frozenset()

    def only_listing(self, text: str, end: int, start: int) -> bool:
        """Whether only commas, coordination and articles stand between ``end`` and ``start``: two
        names of one list ("Norway, Rwanda and the UK")."""
        words = {w.lower() for w in re.findall(r"\w+", text[end:start])}
        return words <= self.conjunctions | self.determiners

    def clause_starts(self, text: str, start: int, end: int) -> list[int]:
        """Where the clauses that open between ``start`` and ``end`` begin (past their bound)."""
        return [b.end() for b in self.clause.finditer(text, start, end)]

    def clause_start(self, text: str, start: int, pos: int) -> int:
        """Where the clause that holds ``pos`` starts, looking back no further than ``start``."""
        at = start
        for b in self.clause.finditer(text, start, pos):
            at = b.end()
        return at

    def clause_end(self, text: str, pos: int, end: int) -> int:
        """Where the clause that holds ``pos`` ends, looking no further than ``end``."""
        return next((b.start() for b in self.clause.finditer(text, pos, end)), end)

    def final_verb(self, text: str, start: int, end: int) -> bool:
        """Whether the word at ``start``–``end`` is a verb that closes its clause, as German
        participles and infinitives do ("hat … abgelehnt.", "will … unterstützen,"): in a language
        that capitalises its nouns, a lower-case word with nothing after it but punctuation."""
        lower = text[start : start + 1].islower()
        return self.nouns_capitalised and lower and bool(_CLOSING.match(text, end))

    def counterpart(self, phrase: str) -> bool:
        """Whether a role phrase names a counterpart (in any of its inflected or compound forms)."""
        core = phrase.strip("*").lower()
        return any(core.startswith(w) for w in self.counterparts)

    @functools.cached_property
    def verb_auxiliaries(self) -> frozenset[str]:
        """Every auxiliary a participle may follow: perfect, passive, copula."""
        return self.perfect_auxiliaries | self.passive_auxiliaries | self.copulas

    @functools.cached_property
    def conjunctions(self) -> frozenset[str]:
        """The coordinating words that join names or clauses: ``coordination`` without its
        prepositions ("and", "und", "y"; not "with", "mit", "con")."""
        return self.coordination - self.prepositions

    @functools.cached_property
    def finite_auxiliaries(self) -> frozenset[str]:
        """Every auxiliary that may stand as a clause's finite verb, the forms of "have" too."""
        return self.verb_auxiliaries | self.tense_auxiliaries

    def participle(self, word: str) -> bool:
        """Whether a verb form after an auxiliary is its past participle: by its ending where the
        grammar lists them ("urged", "appelée", "instado"); else (German) by a participle's
        ending on a word that is not its own dictionary form, an infinitive ("aufgefordert" of
        "auffordern"; not the future's "ablehnen", not "keine"): no finite verb follows the
        auxiliary in its clause."""
        if self.participle_endings:
            return word.lower().endswith(self.participle_endings)
        return word.lower().endswith(self.verb_form_participle_endings) and self.inflected_verb(word)

    def inflected_verb(self, word: str) -> bool:
        """Whether a word is a verb form other than its dictionary form, told by that form ending
        as an infinitive does (``infinitive_endings``: "lehnt" of "lehnen", not "auf", nor
        "keine" of "kein"); only in languages that list those endings (German), and never a
        capitalised noun there."""
        if not self.infinitive_endings or (self.nouns_capitalised and word[:1].isupper()):
            return False
        lemma = lemmatizer(self.lang)(word)
        return lemma != word.lower() and lemma.endswith(self.infinitive_endings)

    def base_role(self, surface: str) -> bool:
        """Whether a role phrase stands in its listed (singular) form: "leader", not "leaders"."""
        word = surface.lower()
        return word in self.role_bases or (
            self.compounds and any(word.endswith(b) for b in self.role_bases if " " not in b)
        )


def _common_trait(res: Resources, lang: str, traits: str, listing: str, key: str) -> frozenset[str]:
    """The entries listed under ``key`` in ``common/<traits>.yml``, each one a key of the
    language's ``<listing>.yml`` (a topic of topics.yml, a stance of stances.yml)."""
    where = f"lexicon/{COMMON}/{traits}.yml: {key}"
    entries = frozenset(_words(res.lexicon(COMMON, traits).get(key), where))
    unknown = entries - set(res.lexicon(lang, listing))
    if unknown:
        known = f"lexicon/{lang}/{listing}.yml"
        raise DataError(f"{where}: not in {known}: {', '.join(sorted(unknown))}")
    return entries


def _topic_trait(res: Resources, lang: str, key: str) -> frozenset[str]:
    """The topics listed under ``key`` in common/topic_traits.yml, each a topic of the language."""
    return _common_trait(res, lang, "topic_traits", "topics", key)


def _stance_trait(res: Resources, lang: str, key: str) -> frozenset[str]:
    """The stances listed under ``key`` in common/stance_traits.yml, each a stance of the language."""
    return _common_trait(res, lang, "stance_traits", "stances", key)


def _build(res: Resources, lang: str) -> Grammar:
    morph = res.lexicon(lang, "morphology")
    gram = res.lexicon(lang, "grammar")
    meet = res.lexicon(lang, "meetings")
    src = f"lexicon/{lang}"
    endings = [str(e) for e in (morph.get("noun_endings") or [""])]
    coordination = _words(gram.get("coordination"), f"{src}/grammar.yml: coordination")
    compound = bool(morph.get("compound_suffixes"))
    try:
        credits = tuple(re.compile(p) for p in gram.get("credit_patterns") or [])
    except re.error as exc:
        raise DataError(f"{src}/grammar.yml: credit_patterns: {exc}") from exc

    def listed(key: str) -> frozenset[str]:
        """A lower-cased word list of grammar.yml."""
        return frozenset(w.lower() for w in _words(gram.get(key), f"{src}/grammar.yml: {key}"))

    # read once: the stance matcher uses them as well as the fields of the same name
    complementizers = listed("complementizers")
    correlates = {str(k): str(v) for k, v in (gram.get("correlates") or {}).items()}
    # Cue matchers also try each word's lemma, so their lexicons list dictionary forms; role and
    # group nouns are inflected from morphology.yml instead, since their number matters
    # ("the ministers of the EU" are not its one minister).
    matcher = functools.partial(
        CueMatcher, lemma=lemmatizer(lang), elisions=frozenset(str(e) for e in gram.get("elisions") or [])
    )
    stances = res.lexicon(lang, "stances")
    groups = res.lexicon(lang, "groups")
    contractions = {str(k): [str(f) for f in v or []] for k, v in (morph.get("contractions") or {}).items()}
    return Grammar(
        lang=lang,
        roles=CueMatcher(_inflect(res.lexicon(lang, "roles"), endings, compound), f"{src}/roles.yml"),
        groups=CueMatcher(
            _inflect(
                {
                    "delegation": groups.get("delegation") or [],
                    "side": groups.get("sides") or [],
                },
                endings,
                False,
            ),
            f"{src}/groups.yml",
        ),
        side_places=_words(groups.get("side_places"), f"{src}/groups.yml: side_places"),
        rumours=matcher({"rumour": gram.get("rumours") or []}, f"{src}/grammar.yml: rumours"),
        denials=matcher({"denial": gram.get("denials") or []}, f"{src}/grammar.yml: denials"),
        leading=matcher({"led": gram.get("led_by") or []}, f"{src}/grammar.yml: led_by"),
        judging=matcher({"judging": gram.get("judging_verbs") or []}, f"{src}/grammar.yml: judging_verbs"),
        authoring=matcher(
            {"authoring": gram.get("authoring_verbs") or []}, f"{src}/grammar.yml: authoring_verbs"
        ),
        receiving=matcher({"receiving": gram.get("receiving") or []}, f"{src}/grammar.yml: receiving"),
        joining=matcher({"alliance-membership": gram.get("joining") or []}, f"{src}/grammar.yml: joining"),
        intents=matcher({"intent": gram.get("intent_nouns") or []}, f"{src}/grammar.yml: intent_nouns"),
        harms=matcher(
            {"harm": [*(gram.get("harm_nouns") or []), *(gram.get("harm_verbs") or [])]},
            f"{src}/grammar.yml: harm_nouns, harm_verbs",
        ),
        sources=matcher({"source": gram.get("source_verbs") or []}, f"{src}/grammar.yml: source_verbs"),
        attributions=matcher({"source": gram.get("attributions") or []}, f"{src}/grammar.yml: attributions"),
        abuse_topics=_topic_trait(res, lang, "abuse_topics"),
        given_topics=_topic_trait(res, lang, "given_topics"),
        frame_topics=_topic_trait(res, lang, "frame_topics"),
        undergone_stances=_stance_trait(res, lang, "undergone_stances"),
        land_topics=_topic_trait(res, lang, "land_topics"),
        withdrawn_topics=_topic_trait(res, lang, "withdrawn_topics"),
        withdrawal_topics=_topic_trait(res, lang, "withdrawal_topics"),
        conflict_topics=_topic_trait(res, lang, "conflict_topics"),
        deal_topics=_topic_trait(res, lang, "deal_topics"),
        conflict_words=matcher({"conflict": gram.get("conflict_words") or []}, f"{src}/grammar.yml"),
        topic_links=listed("topic_links"),
        commitments=_family(res.lexicon(lang, "stances"), "commitments"),
        evaluations=_family(res.lexicon(lang, "stances"), "evaluations"),
        prohibitions=_family(stances, "prohibitions"),
        labels=_family(stances, "labels"),
        predicates=_family(stances, "evaluations") | _family(stances, "negations"),
        judges=listed("judges"),
        announcements=_family(res.lexicon(lang, "stances"), "announcements"),
        mediation=_family(res.lexicon(lang, "stances"), "mediation"),
        succession=matcher({"succession": gram.get("succession_nouns") or []}, f"{src}/grammar.yml"),
        infinitive_infixes=listed("infinitive_infixes"),
        phrase_insertions=listed("phrase_insertions"),
        linking_verbs=listed("linking_verbs"),
        subject_relatives=listed("subject_relatives"),
        quantifiers=listed("quantifiers"),
        subject_quantifiers=listed("subject_quantifiers"),
        both_pronouns=frozenset(str(w).lower() for w in listed("both_pronouns")),
        complementizers_required=bool(gram.get("complementizers_required")),
        present_participle_endings=tuple(sorted(listed("present_participle_endings"))),
        attribution_pronouns=listed("attribution_pronouns"),
        intent_markers=listed("intent_markers"),
        transparent_stances=_words(
            gram.get("transparent_stances"), f"{src}/grammar.yml: transparent_stances"
        ),
        collectives=matcher(
            dict(groups.get("collectives") or {}), f"{src}/groups.yml: collectives"
        ),
        collective_determiners=frozenset(
            str(w).lower() for w in groups.get("collective_determiners") or []
        ),
        collective_objects=frozenset(
            str(w).lower() for w in groups.get("collective_objects") or []
        ),
        governments=CueMatcher(
            _inflect(
                {k: groups.get(k) or [] for k in ("government", "states")},
                endings,
                False,
            ),
            f"{src}/groups.yml",
        ),
        org_nouns=CueMatcher(
            _inflect(
                {k: groups.get(k) or [] for k in ("organization", "news_agency")},
                endings,
                compound,
            ),
            f"{src}/groups.yml",
        ),
        meetings=matcher({"meeting": meet.get("cues") or []}, f"{src}/meetings.yml"),
        # the tense is in the form as written: no lemma ("werden" must not match "wurde")
        meeting_status=CueMatcher(
            {k: meet.get(k) or [] for k in ("planned", "proposed")},
            f"{src}/meetings.yml",
            elisions=frozenset(str(e) for e in gram.get("elisions") or []),
        ),
        stances=matcher(
            _with_variants(
                _with_variants(
                    _with_variants(res.lexicon(lang, "stances"), _correlate_variants(correlates)),
                    _contraction_variants(contractions),
                ),
                _reflexive_variants(
                    listed("verb_final_reflexives"), listed("prepositions"), listed("separable_particles")
                ),
            ),
            f"{src}/stances.yml",
            joins=coordination,
            barriers=complementizers,
            insertions=listed("phrase_insertions"),
        ),
        not_stances=matcher({"not": gram.get("not_stances") or []}, f"{src}/grammar.yml"),
        not_topics=matcher({"not": gram.get("not_topics") or []}, f"{src}/grammar.yml"),
        org_anaphora=matcher(
            {"org": gram.get("org_anaphora") or [], "armed": gram.get("armed_anaphora") or []},
            f"{src}/grammar.yml",
        ),
        speech=matcher({"speech": gram.get("speech_verbs") or []}, f"{src}/grammar.yml"),
        addressing=listed("addressing_verbs"),
        reporting=matcher(
            {"speech": gram.get("speech_verbs") or [], "directive": gram.get("directive_verbs") or []},
            f"{src}/grammar.yml",
        ),
        topics=matcher(res.lexicon(lang, "topics"), f"{src}/topics.yml"),
        anaphora=matcher({"anaphora": gram.get("anaphora") or []}, f"{src}/grammar.yml"),
        closing_anaphora=matcher({"anaphora": gram.get("closing_anaphora") or []}, f"{src}/grammar.yml"),
        asked_anaphora=matcher(gram.get("asked_anaphora") or {}, f"{src}/grammar.yml: asked_anaphora"),
        reported_speech=matcher({"speech": gram.get("reported_speech") or []}, f"{src}/grammar.yml"),
        reported_modals=matcher({"modal": gram.get("reported_modals") or []}, f"{src}/grammar.yml"),
        non_state=matcher({"non_state": gram.get("non_state_roles") or []}, f"{src}/grammar.yml"),
        locative=_words(gram.get("locative"), f"{src}/grammar.yml: locative"),
        motion_verbs=listed("motion_verbs"),
        motion_direction=listed("motion_direction"),
        destinations=listed("destinations"),
        plural_pronouns=_words(gram.get("plural_pronouns"), f"{src}/grammar.yml: plural_pronouns"),
        singular_pronouns=_words(gram.get("singular_pronouns"), f"{src}/grammar.yml: singular_pronouns"),
        coordination=coordination,
        prepositions=_words(gram.get("prepositions"), f"{src}/grammar.yml: prepositions"),
        speaker_cues=_words(gram.get("speaker_cues"), f"{src}/grammar.yml: speaker_cues"),
        former=_words(gram.get("former"), f"{src}/grammar.yml: former"),
        weak_topics=_words(gram.get("weak_topics"), f"{src}/grammar.yml: weak_topics"),
        infinitive=_words(gram.get("infinitive_markers"), f"{src}/grammar.yml: infinitive_markers"),
        contrast=_words(gram.get("contrast"), f"{src}/grammar.yml: contrast"),
        owned_stances=_words(gram.get("owned_stances"), f"{src}/grammar.yml: owned_stances"),
        adjunct_stances=_words(gram.get("adjunct_stances"), f"{src}/grammar.yml: adjunct_stances"),
        condition_cues=_words(gram.get("condition_cues"), f"{src}/grammar.yml: condition_cues"),
        assertive_demands=_words(gram.get("assertive_demands"), f"{src}/grammar.yml: assertive_demands"),
        number_pronouns=_words(gram.get("number_pronouns"), f"{src}/grammar.yml: number_pronouns"),
        singular_endings=tuple(sorted(_words(gram.get("singular_verb_endings"), f"{src}/grammar.yml"))),
        plural_endings=tuple(sorted(_words(gram.get("plural_verb_endings"), f"{src}/grammar.yml"))),
        government_alone=_words(gram.get("government_alone"), f"{src}/grammar.yml: government_alone"),
        particles=_words(gram.get("name_particles"), f"{src}/grammar.yml: name_particles"),
        dative_particles=_words(gram.get("dative_particles"), f"{src}/grammar.yml: dative_particles"),
        not_names=_words(gram.get("not_names"), f"{src}/grammar.yml: not_names"),
        credits=credits,
        title_case_headlines=bool(gram.get("title_case_headlines")),
        clause=_clause(gram.get("clause_openers") or [], f"{src}/grammar.yml"),
        role_bases=frozenset(str(w).lower() for ws in res.lexicon(lang, "roles").values() for w in ws or []),
        compounds=compound,
        clause_words=frozenset(str(w).lower() for w in gram.get("clause_openers") or []),
        negations=listed("negations"),
        refusal_marks=listed("refusal_marks"),
        participle_endings=tuple(sorted(listed("participle_endings"))),
        verb_form_participle_endings=tuple(sorted(listed("verb_form_participle_endings"))),
        infinitive_endings=tuple(sorted(listed("infinitive_endings"))),
        past_endings=tuple(sorted(listed("past_endings"))),
        perfect_auxiliaries=listed("perfect_auxiliaries"),
        correlates=frozenset(v.lower() for v in correlates.values()),
        refusal_endings=tuple(sorted(listed("refusal_endings"))),
        negation_prefixes=tuple(sorted(listed("negation_prefixes"))),
        not_negations=listed("not_negations"),
        agent_markers=listed("agent_markers"),
        passive_auxiliaries=listed("passive_auxiliaries"),
        passive_only_auxiliaries=listed("passive_only_auxiliaries"),
        pro_drop=bool(gram.get("pro_drop")),
        verb_second=bool(gram.get("verb_second")),
        list_joins=listed("list_joins"),
        subject_pronouns=listed("subject_pronouns"),
        first_person_pronouns=listed("first_person_pronouns"),
        attributive_endings=tuple(sorted(listed("attributive_endings"))),
        role_markers=listed("role_markers"),
        time_prepositions=listed("time_prepositions"),
        cause_markers=listed("cause_markers"),
        goal_markers=listed("goal_markers"),
        sum_words=listed("sum_words"),
        relative_openers=listed("relative_openers"),
        place_heads=listed("place_heads"),
        deeds=_family(stances, "deeds"),
        currencies=listed("currencies"),
        condition_nouns=_family(stances, "conditions")
        - _words(gram.get("condition_cues"), f"{src}/grammar.yml: condition_cues"),
        neuter_pronouns=listed("neuter_pronouns"),
        noun_adjuncts=bool(gram.get("noun_adjuncts")),
        plural_articles=listed("plural_articles"),
        feminine_endings=tuple(sorted(listed("feminine_endings"))),
        plural_noun_endings=tuple(sorted(listed("plural_noun_endings"))),
        addressee_markers=listed("addressee_markers"),
        addressee_marked=bool(gram.get("addressee_marked")),
        subject_articles=listed("subject_articles"),
        oblique_articles=listed("oblique_articles"),
        genitive_articles=listed("genitive_articles"),
        action_noun_endings=tuple(sorted(listed("action_noun_endings"))),
        complement_nouns=listed("complement_nouns"),
        complement_markers=listed("complement_markers"),
        acting_nouns=tuple(
            sorted(
                str(w).lower()
                for key in ("delegation", "organization", "government", "states")
                for w in groups.get(key) or []
            )
        ),
        indefinite_articles=listed("indefinite_articles"),
        partitive_articles=listed("partitive_articles"),
        negation_particles=listed("negation_particles"),
        ongoing_times=listed("ongoing_times"),
        copulas=listed("copulas"),
        adverb_endings=tuple(sorted(listed("adverb_endings"))),
        volition=_words(gram.get("volition"), f"{src}/grammar.yml: volition"),
        complementizers=complementizers,
        relative_pronouns=listed("relative_pronouns"),
        relative_inversion=bool(gram.get("relative_inversion")),
        stance_nouns=_family(res.lexicon(lang, "stances"), "nouns"),
        counterparts=frozenset(str(w).lower() for w in gram.get("counterparts") or []),
        determiners=frozenset(str(a).lower().rstrip("'’") for a in meet.get("articles") or []),
        possessives=frozenset(str(a).lower() for a in meet.get("possessives") or []),
        adjectives_follow=bool(gram.get("adjectives_follow_nouns")),
        possessive_clitics=listed("possessive_clitics"),
        owner=_owner(
            gram.get("owner_markers") or [],
            [*(meet.get("articles") or []), *(meet.get("possessives") or [])],
            f"{src}/grammar.yml",
        ),
        region_links=tuple(
            sorted(
                (str(w).lower() for w in groups.get("region_links") or []),
                key=len,
                reverse=True,
            )
        ),
        scope_words=_words(groups.get("scope_words"), f"{src}/groups.yml: scope_words"),
        stopwords=frozenset(str(res.lexicon(lang, "stopwords").get("words", "")).split()),
        role_modifiers=listed("role_modifiers"),
        group_numbers={str(k).lower(): int(v) for k, v in (gram.get("group_numbers") or {}).items()},
        state_group_nouns=listed("state_group_nouns"),
        verb_first_conditionals=listed("verb_first_conditionals"),
        negation_reach=int(gram.get("negation_reach") or 0),
        negations_after=listed("negations_after") if "negations_after" in gram else None,
        nouns_capitalised=bool(gram.get("nouns_capitalised")),
        between=listed("between"),
        comitative=listed("comitative"),
        object_pronouns=listed("object_pronouns"),
        verb_clitics=listed("verb_clitics"),
        tense_auxiliaries=listed("tense_auxiliaries"),
        # spelled as in stances.yml, compared with the phrase that fired: not lower-cased
        land_claims=_words(gram.get("land_claims"), f"{src}/grammar.yml: land_claims"),
        obligations=_words(gram.get("obligations"), f"{src}/grammar.yml: obligations"),
        person_relatives=listed("person_relatives"),
        agreement_nouns=listed("agreement_nouns"),
        owner_words=frozenset(w for w in listed("owner_markers") if " " not in w),
        deal_names=listed("agreement_nouns") | listed("plan_nouns"),
        hypothetical=listed("hypothetical"),
        speculative=listed("speculative"),
    )


def _with_variants(lexicon: dict[str, Any], variants: Callable[[str], list[str]]) -> dict[str, Any]:
    """The stance lexicon with every phrase of a family replaced by its variants (the phrase first)."""
    out: dict[str, Any] = {}
    for stance, families in lexicon.items():
        if isinstance(families, dict):
            out[stance] = {
                name: list(dict.fromkeys(v for p in ps or [] for v in variants(str(p))))
                for name, ps in families.items()
            }
        else:
            out[stance] = families
    return out


def _contraction_variants(contractions: dict[str, list[str]]) -> Callable[[str], list[str]]:
    """Each phrase that ends in a preposition also with the forms it takes fused with the article
    after it (morphology.yml ``contractions``): "ouvert à" reads "ouvert au dialogue" and "ouverts
    aux négociations", "dispuesto a" reads "dispuesto al diálogo"."""

    def variants(phrase: str) -> list[str]:
        tokens = phrase.split()
        if not tokens or tokens[-1] not in contractions:
            return [phrase]
        return [phrase, *(" ".join([*tokens[:-1], fused]) for fused in contractions[tokens[-1]])]

    return variants


def _correlate_variants(correlates: dict[str, str]) -> Callable[[str], list[str]]:
    """Each phrase's preposition also in its correlate form: before a clause German says
    "bestand darauf, dass …" for "bestehen auf", "warnte davor, …" for "warnen vor" (grammar.yml
    ``correlates``). A particle that closes a frame ("vor$") is no preposition."""

    def variants(phrase: str) -> list[str]:
        tokens = phrase.split()
        if not any(t in correlates for t in tokens):
            return [phrase]
        return [phrase, " ".join(correlates.get(t, t) for t in tokens)]

    return variants


#: How many words may stand between a reflexive pronoun and its verb's preposition ("sich am
#: Montag erneut für").
REFLEXIVE_GAP = 3


def _reflexive_variants(
    reflexives: frozenset[str], prepositions: frozenset[str], particles: frozenset[str] = frozenset()
) -> Callable[[str], list[str]]:
    """A reflexive verb with its preposition, listed in dictionary or main-clause order ("sich
    aussprechen gegen", "stellen sich gegen"), also in the order of a clause whose verb comes
    last (grammar.yml ``verb_final_reflexives``): "hat sich wiederholt gegen den Pakt
    ausgesprochen", "dass Polen sich gegen den Pakt wehrt". The verb must close the clause, and
    is matched on its lemma. A separable verb ("einsetzen", ``separable_particles``) also
    splits in a main clause: "setzt sich ihrerseits für einen Dialog ein"."""

    def variants(phrase: str) -> list[str]:
        tokens = phrase.split()
        if len(tokens) != 3 or tokens[2] not in prepositions:
            return [phrase]
        if tokens[0] in reflexives:
            pronoun, verb, preposition = tokens
        elif tokens[1] in reflexives:
            verb, pronoun, preposition = tokens
        else:
            return [phrase]
        # a few words (adverbs, a day) may stand before the preposition, but no phrase of its
        # own: "sprach sich ebenfalls für Sanktionen gegen Russland aus" is for, not against
        leads = [" ".join([pronoun, *["*"] * n, preposition]) for n in range(REFLEXIVE_GAP + 1)]
        out = [phrase, *(f"{lead} ... {verb}$" for lead in leads)]
        particle = next((p for p in sorted(particles, key=len, reverse=True) if verb.startswith(p)), None)
        if particle and len(verb) > len(particle) + 2:  # "einsetzen": "setzen sich … für … ein$"
            out += [f"{verb[len(particle):]} {lead} ... {particle}$" for lead in leads]
        return out

    return variants


def _family(lexicon: dict[str, object], name: str) -> frozenset[str]:
    """The phrases of one family (``nouns``) across the keys of a lexicon grouped by family."""
    return frozenset(
        str(p) for fams in lexicon.values() if isinstance(fams, dict) for p in fams.get(name) or []
    )


#: How many characters a parenthesis may hold and still belong to the noun phrase before it.
SHORT_PARENTHESIS = 30


def _clause(words: list[str], source: str) -> re.Pattern[str]:
    """Where a clause starts: punctuation, or a subordinating word of the language. A short
    parenthesis that closes soon ("wie dem Islamischen Staat (IS) gewarnt", "(Schengener
    Abkommen)") is part of its noun phrase, not a clause of its own."""
    punctuation = rf"[,;:–—]|\((?![^()]{{0,{SHORT_PARENTHESIS}}}\))"
    # One word boundary before all the words, not one per word (``\bdass\b|\bweil\b|…``, which
    # finds the same): ``re`` tries the pattern at every position, and inside a word the single
    # boundary test fails at once (a third of the time over an article).
    alternatives = [punctuation]
    if words:
        # A class of the words' first letters ahead of them: where a word starts with no such
        # letter (most word starts), one class test fails instead of one try per word (under
        # IGNORECASE ``re`` cannot skip an alternative by its first letter). Under the same flag
        # the class matches exactly the characters those first letters do.
        first = "".join(sorted({re.escape(str(w)[0]) for w in words if str(w)}))
        ahead = rf"(?=[{first}])" if all(str(w) for w in words) else ""
        alternatives.append(r"\b" + ahead + "(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b")
    try:
        return re.compile("|".join(alternatives), re.IGNORECASE)
    except re.error as exc:
        raise DataError(f"{source}: clause_openers: {exc}") from exc


def _owner(markers: list[str], articles: list[str], source: str) -> re.Pattern[str]:
    """What stands between a stance noun and its owner: a marker and maybe an article or a
    possessive ("the support of the USA", "die Forderung der Ukraine", "un rejet de ses
    opposants", "la propuesta por parte de Rusia")."""
    if not markers:
        return re.compile(r"(?!)")
    alts = "|".join(re.escape(str(m)).replace(r"\ ", r"\s+") for m in sorted(markers, key=len, reverse=True))
    arts = "|".join(re.escape(str(a)) for a in sorted(articles, key=len, reverse=True))
    try:
        return re.compile(rf"\s+(?:{alts})\s+(?:(?:{arts})(?:\s+|(?<=['’]))|l['’])?", re.IGNORECASE)
    except re.error as exc:
        raise DataError(f"{source}: owner_markers: {exc}") from exc


def grammar(res: Resources, lang: str) -> Grammar:
    """The compiled grammar of ``lang`` (English data when the language has none)."""
    if lang not in res.lexicons:
        lang = "en"
    return res.memo(("grammar", lang), lambda: _build(res, lang))  # type: ignore[no-any-return]
