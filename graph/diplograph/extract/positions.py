"""Read positions: who demands, rejects, proposes, offers, supports, opposes or accepts what.

A sentence with a stance cue and a topic keyword yields one position per holder and topic.
Topics are those the cue governs (the object after it and what is coordinated with it, else the
nearest before it in its clause); a generic "agreement" yields to a specific topic, and phrases
the grammar lists as no topic ("missile launch") or no stance ("zu Haft verurteilt", "did not
rule out") are skipped. The holder is the state tied to a stance noun ("russische
Forderungen"), else the subject of the cue's clause with those coordinated with it, a pronoun's
referent, the speaker of reported speech — who also holds what another "must" do — or the
first actor after the cue (see :func:`_holders`). The target is the next actor after the cue
that does not hold the stance; places in the sentence are what the position is about. A
sentence whose object is a pronoun ("Die Ukraine lehnt dies ab") takes its topics from the
sentence before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from diplograph.extract.assertion import stated_stance
from diplograph.extract.context import (
    ACTOR_KINDS,
    actors_in,
    addressees,
    after_preposition,
    agencies,
    in_span,
    last_body,
    last_person,
    paragraph_of,
    runs_into_time,
    times_in,
)
from diplograph.extract.counted_groups import counted_group
from diplograph.extract.cues import Cue
from diplograph.extract.dates import time_in
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.led_groups import led_group
from diplograph.extract.lemmas import capitalised_lemma, is_known
from diplograph.extract.meetings import meeting_words
from diplograph.extract.relevance import rules as relevance_rules
from diplograph.extract.speakers import (
    APPOSITION_GAP,
    first_person_quote,
    in_quotation,
    no_subject_before,
    passive_agent,
    sentence_speaker,
    speech_subject,
    speech_subjects,
    subjects_in_force,
)
from diplograph.model import Document, Mention, Position, Sentence, Span
from diplograph.pipeline import stage
from diplograph.resources import Resources


@stage("positions", requires=("sentences", "mentions", "actors", "times", "meetings"), assigns=("positions",))
def find_positions(doc: Document, res: Resources) -> Document:
    """Read the stances actors take in the article."""
    gr = grammar(res, doc.lang)
    roles = gr.roles.find(doc.content)
    # a name's title opens its noun phrase as a role does: "L'opposante en exil Svetlana …"
    heads = sorted([*roles, *relevance_rules(res, doc.lang).titles.find(doc.content)], key=lambda c: c.start)
    skip = agencies(res)
    found: list[Position] = []
    prev_topics: list[str] = []
    prev_specific: list[str] = []  # topics the sentence before named by name, not as "the agreement"
    deal_topics: list[
        str
    ] = []  # topics of the last deal or plan told of ("pactan reforzar el control migratorio")
    refer = meeting_words(res, doc.lang)
    definite = refer.articles | refer.possessives  # "the agreement", "su acuerdo": the deal told before
    prev_about: tuple[str, ...] = ()
    prev_subject: tuple[int, str | None] = (-1, None)
    # the sentence before, its paragraph and first actor: who may have spoken there ("sagte Lawrow")
    prev_sentence: tuple[int, Sentence, str] | None = None
    prev_proposed: list[str] = []  # what a demand or proposal of the sentence before was about
    last_asked: list[str] = []  # what the article's last demand, proposal or offer was about
    last_of_kind: dict[str, list[str]] = {}  # the same for the last demand, the last proposal or offer
    group: list[str] = []  # the holders of a stance held together in the sentence before
    asked_by: dict[str, list[str]] = {}  # the same, by its holder and the state it acts for
    # the acting actors of each sentence: the subjects in force are read from them too
    acting_in = [actors_in(doc, s, roles, skip) for s in doc.sentences]
    subject_in_force = subjects_in_force(doc, res, acting_in)
    # A sentence without a stance cue (five in six) states no stance: it only leaves its topics,
    # specific topics and speaker for the stances after it. Those are read back when the next
    # sentence with a cue comes, newest sentence first and only as far back as each takes (see
    # ``_after_quiet``), not worked out for every sentence.
    quiet: list[int] = []
    # whether the article tells of a conflict, read once and only when a generic deal needs it
    conflict = functools.cache(functools.partial(tells_of_conflict, doc, gr))
    for index, s in enumerate(doc.sentences):
        cues = _stance_cues(doc, s, gr)
        if not cues:
            quiet.append(index)
            continue
        if quiet:
            told_before = (prev_topics, prev_about, prev_specific, prev_subject)
            prev_topics, prev_about, prev_specific, prev_subject, prev_sentence = _after_quiet(
                doc, quiet, gr, acting_in, subject_in_force, refer.possessives, told_before
            )
            prev_proposed = []  # a sentence without a stance proposed nothing
            quiet = []
        par = paragraph_of(doc, s)
        topic_cues = _topic_cues(doc, s, gr, cues)
        in_force_here = subject_in_force[index]
        acting = [_owners_government(doc, s, m, in_force_here, refer.possessives) for m in acting_in[index]]
        # "prête à examiner cette demande": the demand told before, no new one (and no stance
        # for the readiness to pass on), unless the noun names its own topic ("the ceasefire
        # proposal", "la proposition de cessez-le-feu") or an owner ("die Forderung der
        # Opposition, dass …"); of the other phrases that refer back only a noun, not the verb
        # of "lo rechaza" (so the other phrases that refer back are looked for only where a cue
        # is a noun)
        again_asked = gr.asked_anaphora.find_local(doc.content, s.start, s.end)
        noun_cue = any(c.phrase in gr.stance_nouns for c in cues)
        again_told = gr.anaphora.find_local(doc.content, s.start, s.end) if noun_cue else []
        cues = [c for c in cues if not _names_again(doc, c, again_asked, again_told, topic_cues, res)]
        # a word of judgement inside a longer topic phrase is part of its name: "cese de
        # hostilidades" (the end of hostilities) judges nothing hostile
        cues = [c for c in cues if c.phrase not in gr.evaluations or not _inside_any(c, topic_cues)]
        stances = [
            c
            for c in (_governing(doc.content, cues, topic_cues, acting, gr) if cues else [])
            if not _attribute(doc.content, c, gr)  # "the agreement signed a year ago"
        ]
        # "Dass die Ukraine auf die Krim verzichtet, schloss Selenskyj aus": a fronted clause is the
        # object of the main clause's stance, which holds what it says; its own cues state nothing
        fronted_object = _fronted_complement(doc.content, s, gr) if stances else None
        if fronted_object is not None and any(c.start >= fronted_object for c in stances):
            stances = [c for c in stances if c.start >= fronted_object]
        else:
            fronted_object = None
        about = _places_named(doc, s)
        described = _actor_relatives(doc, s, gr) if stances else []
        # who may be a clause subject is the same for every cue of the sentence
        subjects = _subject_candidates(doc.content, s, acting, heads, gr, stances) if stances else []
        proposed: list[str] = []  # what a proposal or demand of this sentence was about
        earlier: list[str] = []  # what the sentence's last stance with an object was about
        held: list[str] = []  # who held the sentence's last stance
        for i, cue in enumerate(stances):
            stance = stated_stance(doc.content, s, cue, gr)
            if stance is None or _background(doc, s, cue, gr):
                continue
            following = stances[i + 1] if i + 1 < len(stances) else None
            if following is not None and _thing_relative(doc, s, following, gr):
                # "vetoed the resolution that demanded a ceasefire": what the resolution asks is vetoed
                following = stances[i + 2] if i + 2 < len(stances) else None
            nxt = _object_end(doc.content, s, cue, following, topic_cues, gr)
            since = stances[i - 1].end if i else s.start
            if i and (passive_agent(doc.content, s, cue, acting, gr) or _passive(doc.content, s, cue, gr)):
                since = s.start  # "The ceasefire proposal put forward by Egypt was welcomed by Hamas"
            inverted = bool(_inverted_subject(doc, s, cue, gr))  # "que exige la oposición"
            antecedent = (
                inverted or (fronted_object is not None and not i) or _final_relative(doc.content, s, cue, gr)
            )
            # "Eine Waffenruhe, die die ELN fordert, lehnt Kolumbien ab": the object stands before
            # the relative clause between it and the verb
            starts = gr.clause_starts(doc.content, s.start, cue.start)
            skipped = _relative_between(doc.content, starts, gr)
            if skipped is not None:
                since = min(since, starts[-3] if len(starts) >= 3 else s.start)
            # "urged Australia, which will preside over the negotiations, to end coal": what a
            # relative clause says of an actor is no object of a cue outside it
            governed = [t for t in topic_cues if not _described_elsewhere(t, cue, described)]
            topics = _topics_for(doc.content, cue, nxt, governed, since, gr, antecedent, skipped)
            here_about = about
            # the sentence names only "the agreement", or the cue's object does ("Russia, which has
            # acted as a mediator, criticised the agreement")
            told = bool(deal_topics or prev_specific)
            refers = told and _refers_back(doc.content, s, topic_cues, gr, definite)
            if told and not refers and not topics:
                in_object = gr.topics.find_local(doc.content, cue.end, nxt)
                refers = _refers_back(doc.content, s, in_object, gr, definite)
            if refers:
                topics = (
                    deal_topics or prev_specific
                )  # "… a migration deal. Abbott criticised the agreement."
            elif (
                gr.deal_topics.intersection(topics)
                and not conflict()
                and not any(_deal_of_land(doc, t, in_span(doc.mentions, s), gr) for t in topic_cues)
            ):
                # the guide's peace agreement is an accord ending a conflict: in an article that
                # tells of none, "a binding deal" on a dam or "un nuevo acuerdo con el FMI" is none
                topics = [t for t in topics if t not in gr.deal_topics]
            asked_again = gr.asked_anaphora.find_local
            named = [] if topics or not last_asked else asked_again(doc.content, cue.start, nxt)
            if not named and not topics and last_asked and gr.final_verb(doc.content, cue.start, cue.end):
                # "hatte der Initiative zugestimmt": a verb that closes its clause has its object before it
                named = asked_again(doc.content, gr.clause_start(doc.content, s.start, cue.start), cue.start)
            if named:
                # "… only if the West stopped arming Kyiv. The EU rejected the Russian conditions."
                inner = [c for c in cues if c not in stances and cue.end <= c.start < nxt]
                inner += _inside(doc.content, cue, gr)  # "wies die russischen Bedingungen zurück"
                owners = [o for c in inner for o in _attached_holders(doc, c, res, prefixes=False)]
                # "rejected the offer" takes the last offer, though a demand was told since
                told_last = last_of_kind.get(named[0].key) or last_asked
                topics = next((asked_by[o] for o in owners if o in asked_by), told_last)
            if not topics and (
                gr.anaphora.find_local(doc.content, s.start, s.end)
                or _pronoun_object(doc.content, cue, gr)
                or _closing_anaphor(doc.content, s, cue, gr)
            ):
                topics, here_about = prev_topics, about or prev_about
            if not topics and cue.phrase in gr.predicates and _judged_place(doc, s, cue, gr):
                topics = sorted(gr.land_topics)  # "Grönland ist nicht zu verkaufen, sagte Rasmussen"
            if not topics and cue.phrase in gr.land_claims and _claimed_place(doc, s, cue, gr):
                topics = sorted(gr.land_topics)  # "renewed its claim to the Falkland Islands"
            asked = _asks_another(doc.content, s, cue, acting, gr) if stance == "support" else None
            if asked is not None:
                stance = "demand"  # "France wants the Council to impose …": it asks the Council
            elif cue.phrase in gr.volition and " ... " in cue.phrase:
                continue  # "Wir wollen, dass das Abkommen sinnvoll ist": a frame of wanting asks no one
            elif stance == "support" and _wants_a_thing(doc.content, s, cue, gr):
                stance = "demand"  # "Brazil wants a lower tariff": what another must grant is asked
            if stance in _AGAINST and (
                _harm_governs(doc.content, cue, nxt, topic_cues, gr)
                or _forbids_harm(doc.content, cue, nxt, gr)
            ):
                stance = "support"  # "condemned the burning of the aid": against the harm, for the aid
            given = bool(topics) and set(topics) <= gr.given_topics
            pledged = cue.phrase in gr.commitments or cue.phrase in gr.transparent_stances
            if stance == "support" and given and pledged:
                # "verpflichtete sich zu weiteren Wiederaufbauhilfen", "sei bereit, den Wiederaufbau
                # zu finanzieren": committing or standing ready to give something offers it
                stance = "offer"
            if cue.phrase in gr.announcements and not given:
                continue  # "hatte Neuwahlen angekündigt": an announced vote is no stance
            if not topics and stance in _ANSWERS:
                topics = proposed  # "proposed a dialogue, but met a rejection from his opponents"
                if not topics and _bare(doc.content, cue, nxt, gr):
                    topics = prev_proposed  # "The opposition demanded … Damascus has refused."
            if not topics and _source_holders(doc, s, cue, gr):
                topics = prev_topics  # "… bestätigt. Kritik kam von den Vereinten Nationen": of that
            if not topics and stance in _TAKES_SIDES and not _WORD.search(doc.content, cue.end, nxt):
                # a cue with no object of its own takes what the sentence named before it:
                # "the opposition will attend the talks, but the government refused"
                topics = earlier
            if stance in _ASKS and topics:
                proposed = topics
            earlier = topics or earlier
            if not topics:
                continue
            speaker = prev_subject[1] if prev_subject[0] == par else None
            quoted = in_quotation(doc.content, s, doc.content.rfind("\n\n", 0, s.start) + 1)
            in_force = subject_in_force[index] if gr.pro_drop or quoted else None
            before = prev_sentence[1:] if prev_sentence is not None and prev_sentence[0] == par else None
            voices = (speaker, in_force, before)
            opened = gr.clause_start(doc.content, s.start, cue.start)
            fronted = any(opened <= c.start < cue.start for c in [*topic_cues, *stances[:i]])
            fronted = fronted or (fronted_object is not None and not i)
            # the fronted object clause holds no subject of the main clause
            main = [m for m in subjects if fronted_object is None or m.start >= fronted_object]
            # "she reaffirmed the support for the Lebanese army and encouraged Beirut …": a verb
            # joined to an earlier stance verb shares its subject; the names between are that
            # verb's objects
            verbs_before = [c for c in stances[:i] if c.phrase not in gr.stance_nouns]
            if verbs_before and _coordinated_verb(doc.content, verbs_before[-1], cue, gr):
                main = [m for m in main if m.start < verbs_before[-1].start]
            holders = _holders(
                doc,
                s,
                cue,
                acting,
                main,
                res,
                voices,
                first=not i,
                group=tuple(group),
                fronted=fronted,
                described=described,
            )
            if not holders and held and _coordinated_verb(doc.content, stances[i - 1], cue, gr):
                holders = held  # "Tehran insisted that … and refused to halt enrichment": its subject
            if stance == "demand" and not gr.verb_second:
                # no one asks something of themselves: "piden a Malí, Burkina Faso y Níger …" is
                # asked of the three, whoever asks (where the verb comes second, the actor right
                # after it may be its subject: "forderte Russland die Ukraine auf")
                asked_ones = addressees(doc.content, s, cue, acting, gr)
                holders = [h for h in holders if h not in asked_ones]
            held = holders
            if not holders or _told_by_another(doc, s, cue, holders, acting, subjects, gr):
                continue
            # no one on a holder's side is its target: who acts for it ("Germany will supply …,
            # Scholz pledged"), the state it acts for ("Lawrow sagte, Moskau sei … bereit, nur wenn
            # …") or the body whose post it holds ("le porte-parole du Kremlin Dmitri Peskov")
            own = _side(doc, holders)
            if stance == "demand" and _asserts_own_act(doc, cue, nxt, acting, own, gr):
                stance = "support"  # "Starmer insisted that Britain would keep cooperating": it commits to it
            sides = [m for m in acting if not own & {m.key, *_side(doc, [m.key])}]
            target = asked if asked and asked not in holders else _target(sides, holders, cue, gr)
            dated = time_in(doc, s.start, s.end)
            # "Kyiv accepted Russia's proposal": the owner of a stance noun in the object holds it
            nouns = [c for c in cues if c not in stances and cue.end <= c.start < nxt]
            # "hat den Plan der EU unterstützt": the EU's plan, before the verb that closes the clause
            if gr.final_verb(doc.content, cue.start, cue.end):
                objects = (c for c in cues if c not in stances)
                nouns += [c for c in objects if _object_of_final_verb(doc.content, c, cue, gr)]
            # but support or an offer that is demanded is asked of its owner: "demanded more
            # support from the EU" asks the EU, which supports nothing yet
            asked_of = stance == "demand"
            owned = [
                (owner, c.key, c.phrase)
                for c in nouns + _inside(doc.content, cue, gr)
                if not (asked_of and c.key in _GIVEN)
                for owner in _attached_holders(doc, c, res, prefixes=False)
                if owner not in holders
            ]
            # "Russia signed a gas deal with China": the other side of an agreement agrees too
            partners = _partners(doc, s, cue, nxt, acting, holders, gr) if stance == "accept" else []
            said_by = [(h, stance, cue.phrase, target) for h in holders]
            said_by += [(p, stance, cue.phrase, holders[0]) for p in partners]
            said_by += [(owner, said, phrase, None) for owner, said, phrase in owned]
            if stance in _ASKS:
                last_asked = topics
                last_of_kind[_KIND_ASKED[stance]] = topics
                asked_by.update(dict.fromkeys(own, topics))  # the holders and those they act for
            for holder, said, phrase, towards in said_by:
                for topic in topics:
                    found.append(
                        Position(
                            holder=holder,
                            stance=said,
                            topic=topic,
                            evidence=(Span(s.start, s.end),),
                            target=towards,
                            about=here_about,
                            day=dated.day if dated else None,
                            date_text=dated.surface if dated else None,
                            cue=phrase,
                        )
                    )
        if topic_cues:
            prev_topics = list(dict.fromkeys(c.key for c in topic_cues))
            prev_about = about
            specific = [c.key for c in topic_cues if c.phrase not in gr.weak_topics]
            prev_specific = list(dict.fromkeys(specific)) if specific else prev_specific
            if specific and any(c.key == "accept" for c in cues):  # a deal is told: "pactan reforzar …"
                deal_topics = list(dict.fromkeys(specific))
        # who speaks in this sentence, else its first actor: reported speech that goes on in the
        # next is theirs ("…, bis Pakistan abschwöre, sagte Jaiswal. Eine Vermittlung komme nicht
        # in Frage" is Jaiswal's, not Pakistan's)
        speaking = _speaking(doc, s, acting, gr)
        if speaking is not None:
            prev_subject = (par, speaking)
        prev_sentence = (par, s, speaking) if speaking is not None else None
        together = [p.holder for p in found if p.evidence[0].start == s.start]
        if together:  # a sentence with no stance keeps the group: "Les deux … Ils menacent …"
            group = list(dict.fromkeys(together)) if len(set(together)) > 1 else []
        prev_proposed = proposed
    return replace(doc, positions=tuple(_merge(found)))


def _inside_any(cue: Cue, outer: list[Cue]) -> bool:
    """Whether ``cue`` lies inside the span of a longer cue of ``outer``."""
    size = cue.end - cue.start
    return any(o.start <= cue.start and cue.end <= o.end and size < o.end - o.start for o in outer)


def _after_quiet(
    doc: Document,
    quiet: list[int],
    gr: Grammar,
    acting_in: list[list[Mention]],
    in_force: list[str | None],
    possessives: frozenset[str],
    before: tuple[list[str], tuple[str, ...], list[str], tuple[int, str | None]],
) -> tuple[list[str], tuple[str, ...], list[str], tuple[int, str | None], tuple[int, Sentence, str] | None]:
    """What the sentences ``quiet`` (indexes in text order, none with a stance cue) leave for the
    stance after them, as :func:`find_positions` would have left it sentence by sentence from
    ``before``: the last topics named and the places named with them, the last specific topics,
    the last speaker, and the last sentence with its speaker (None if it has none). The newest
    sentence that has one of them decides it, so the sentences are read newest first, each only
    for what no newer one has decided."""
    prev_topics, prev_about, prev_specific, prev_subject = before
    prev_sentence: tuple[int, Sentence, str] | None = None
    topics_told = specific_told = subject_told = False
    for n, index in enumerate(reversed(quiet)):
        s = doc.sentences[index]
        par = paragraph_of(doc, s)
        if not (topics_told and specific_told):
            topic_cues = _topic_cues(doc, s, gr, [])
            if topic_cues and not topics_told:
                prev_topics = list(dict.fromkeys(c.key for c in topic_cues))
                prev_about = _places_named(doc, s)
                topics_told = True
            specific = [c.key for c in topic_cues if c.phrase not in gr.weak_topics]
            if specific and not specific_told:
                prev_specific = list(dict.fromkeys(specific))
                specific_told = True
        if n == 0 or not subject_told:
            acting = [_owners_government(doc, s, m, in_force[index], possessives) for m in acting_in[index]]
            speaking = _speaking(doc, s, acting, gr)
            if n == 0:
                prev_sentence = (par, s, speaking) if speaking is not None else None
            if speaking is not None and not subject_told:
                prev_subject = (par, speaking)
                subject_told = True
        if topics_told and specific_told and subject_told:
            break
    return prev_topics, prev_about, prev_specific, prev_subject, prev_sentence


def _places_named(doc: Document, s: Sentence) -> tuple[str, ...]:
    """The places sentence ``s`` names, in order: what its topics may be about."""
    return tuple(dict.fromkeys(m.key for m in in_span(doc.mentions, s) if m.form == "place"))


def _speaking(doc: Document, s: Sentence, acting: list[Mention], gr: Grammar) -> str | None:
    """Who speaks in sentence ``s``, else its first actor: whose words reported speech that goes
    on in the next sentence are."""
    return (sentence_speaker(doc.content, s, acting, gr) or acting[0].key) if acting else None


def _bare(text: str, cue: Cue, until: int, gr: Grammar) -> bool:
    """Whether a stance verb stands without an object ("Damascus has refused, accusing …",
    "Damaskus lehnte ab und …"). Where the object may stand before a clause-final verb, only a
    frame with nothing inside it says so ("lehnte ab"; not "… Senfgas ausgesetzt")."""
    after = set(re.findall(r"\w+", text[cue.end : until].lower()))
    if not after <= gr.coordination:
        return False
    if gr.verb_second:
        return cue.phrase.endswith("$") and len(re.findall(r"\w+", text[cue.start : cue.end])) == 2
    return True


def _side(doc: Document, keys: list[str]) -> set[str]:
    """The actors ``keys`` and those they act for."""
    return set(keys) | {a.represents for k in keys if (a := doc.actors.get(k)) is not None and a.represents}


#: Kinds of actor whose stance another state's or person's word does not state.
_SPEAKING_KINDS = frozenset(("State", "Person"))


def _told_by_another(
    doc: Document,
    s: Sentence,
    cue: Cue,
    holders: list[str],
    acting: list[Mention],
    subjects: list[Mention],
    gr: Grammar,
) -> bool:
    """Whether the stance is what a speaker of another side says the holders want ("Trump said
    that Putin wants a ceasefire", "Trump sagte, Putin wolle …"): the guide counts no stance that
    others attribute to an actor. Who speaks for the holder's own side ("Lavrov said Russia wants
    …") states it; so may anyone about an organisation's stance."""
    before = re.findall(r"\w+", doc.content[max(s.start, cue.start - 20) : cue.start].lower())[-1:]
    elided = re.match(r"\w['’]", doc.content[cue.start : cue.end]) is not None  # "L'exigence"
    if cue.phrase in gr.stance_nouns or elided or set(before) & gr.determiners:
        return False  # "Russia's demand … is unacceptable, Zelensky said": a demand told as known
    speaker = _speaker(doc, s, cue, [m for m in subjects if m.key not in holders], gr)
    if speaker is None or speaker in holders:
        return False
    if speaker in speech_subjects(doc.content, s, cue, subjects, gr):
        return False  # "France, Britain and Germany said they …": the holder speaks with the others
    kinds = {m.kind for m in acting if m.key in (speaker, *holders)}
    if not kinds <= _SPEAKING_KINDS:
        return False
    return not _side(doc, [speaker]) & _side(doc, holders)


#: A comma and the word after it, right after a name: a relative clause may open there.
_RELATIVE_AFTER = re.compile(r",\s*(\w+)")
#: What may follow a bare object that closes its clause: a mark, or the end of the sentence.
_CLOSED = re.compile(r"\s*(?:[,.;:!?»”“\"–—)]|$)")


def _closing_anaphor(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's object is a definite phrase of ``closing_anaphora`` right after it, with
    which its clause closes ("Belgium welcomed the decision, but …", "begrüßte den Beschluss."):
    it stands for what was told before, as "this decision" does. With anything after it ("the
    decision of the court", "la mesure chinoise", "die Entscheidung von 2019") it names its own."""
    # the cue may end with the phrase itself: "celebr* la decisión"
    for m in gr.closing_anaphora.find_local(text, cue.start, min(s.end, cue.end + 60)):
        if m.end <= cue.start or len(_WORDS.findall(text[cue.end : m.start])) > 1:
            continue
        rest = text[m.end : s.end]
        nxt = _WORDS.match(rest.lstrip())
        closes = _CLOSED.match(rest) is not None
        return closes or (nxt is not None and nxt.group().lower() in gr.coordination | gr.contrast)
    return False


def _pronoun_object(text: str, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's object is a pronoun right after it ("Kyiv rejected it"), or right after
    the first word of a verb frame ("Peking lehnt das strikt ab"): it stands for what was told
    before. Where nouns are capitalised, a capitalised word or an inflected adjective after it
    makes it an article ("lehnt das Abkommen ab", "wies das äthiopische Außenministerium zurück")."""
    spots = [cue.end]
    first = re.match(r"\w+", text[cue.start : cue.end])
    if first is not None and " ... " in cue.phrase:
        spots.append(cue.start + first.end())
    for pos in spots:
        after = re.match(r"\s+(\w+)\b(?:\s+(\w+))?", text[pos : pos + 60])
        if after is None or after.group(1).lower() not in gr.object_pronouns:
            continue
        nxt = after.group(2) or ""
        if not (gr.nouns_capitalised and (nxt[:1].isupper() or nxt.endswith(gr.attributive_endings))):
            return True
    return False


#: Stances that put something forward, and those that answer what was put forward: an answer
#: with no object of its own answers what the same sentence put forward.
_ASKS = frozenset(("demand", "propose", "offer"))
_ANSWERS = frozenset(("reject", "accept"))
#: Which phrases of grammar.yml ``asked_anaphora`` name a stance told before: "the conditions"
#: a demand, "the offer", "the proposal" a proposal or an offer.
_KIND_ASKED = {"demand": "demand", "propose": "offer", "offer": "offer"}
#: Stances against their object: against harm done to a topic, they are for the topic.
_AGAINST = frozenset(("oppose", "reject"))
#: How many words may stand between a noun of harm and the topic it harms ("the burning of the
#: humanitarian aid").
HARM_GAP = 3


def _harm_governs(text: str, cue: Cue, until: int, topics: list[Cue], gr: Grammar) -> bool:
    """Whether the object of a stance against something is harm done to its topic: "condenó la
    quema de la asistencia humanitaria", "criticised the suspension of the talks", "verurteilte
    die Verletzung der Waffenruhe" take the side of the aid, the talks, the ceasefire. The harm
    may follow the topic too: "condemned the ceasefire violations", "warf der Ukraine vor, die
    Waffenruhe verletzt zu haben" (a German verb closes its clause)."""
    first = next((t for t in topics if cue.end <= t.start < until), None)
    if first is None or first.key in gr.abuse_topics:
        return False  # "dénoncé les violations des droits humains" opposes them
    harms = gr.harms.find_local(text, cue.end, first.start)
    if harms and len(_WORDS.findall(text[harms[-1].end : first.start])) <= HARM_GAP:
        return True
    after = gr.harms.find_local(text, first.end, gr.clause_end(text, first.end, until))
    return bool(after) and len(_WORDS.findall(text[first.end : after[0].start])) <= HARM_GAP


#: How many years before the article a year phrase must name for its clause to be background.
BACKGROUND_YEARS = 2
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _background(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's clause tells the story's background: it, or the sentence's opening
    phrase, names a year at least ``BACKGROUND_YEARS`` before the article ("talks suspended by
    Bush in 2003", "In 2008, NATO promised …", "im Jahr 2013 abgelehnt"), which the guide counts
    as no position. A year that reaches into the present ("since 2014", "seit 2014") is none."""
    anchor = doc.anchor or doc.published
    if anchor is None:
        return False
    start, end = gr.clause_start(doc.content, s.start, cue.start), gr.clause_end(doc.content, cue.end, s.end)
    for t in times_in(doc, s):
        year = _YEAR.search(t.surface)
        if year is None:
            continue
        opening = _WORDS.search(doc.content, s.start, t.start) is None
        if not (opening or start <= t.start and t.end <= end):
            continue
        lo, hi = (cue.end, t.start) if t.start >= cue.end else (t.end, cue.start)
        if gr.stances.find_local(doc.content, lo, hi):
            continue  # "appliquer l'accord de paix signé en 2015": the year is the signing's
        words = {w.lower() for w in _WORDS.findall(t.surface)}
        if int(year.group()) <= anchor.year - BACKGROUND_YEARS and not words & gr.ongoing_times:
            return True
    return False


def _forbids_harm(text: str, cue: Cue, until: int, gr: Grammar) -> bool:
    """Whether a forbidding modal forbids harm to its topic: "must not undermine the ceasefire",
    "dürfe die Waffenruhe nicht gefährden", "no debe levantar las sanciones" take the side of the
    ceasefire and the sanctions. The harm may stand on either side of the topic in the modal's
    clause (German puts the verb last)."""
    if cue.phrase not in gr.prohibitions:
        return False
    return bool(gr.harms.find_local(text, cue.end, gr.clause_end(text, cue.end, until)))


#: Stances that take a side on what was just named, with or without an object of their own.
_TAKES_SIDES = frozenset(("reject", "accept", "support", "oppose"))
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
#: An elided word that ends a cue: "d'" in "a décidé d'annuler".
_ELIDED_END = re.compile(r"\b\w{1,2}['’](?=\w+$)")


#: The kinds of actor that may own a plural group noun ("the bloc's leaders").
_BODY_KINDS = frozenset({"State", "Organization"})


def _referent_owner(doc: Document, referent: Cue, cue: Cue, acting: list[Mention], gr: Grammar) -> list[str]:
    """The actor a plural noun phrase belongs to ("los ministros de Asuntos Europeos de la UE",
    "the ministers of the alliance"): the first actor after it, before the cue, joined by an
    owner marker and a few words, with no comma between; or the state or organisation named
    inside it ("the bloc's leaders", "the Russian leaders")."""
    inside = [m for m in doc.mentions if referent.start <= m.start < referent.end and m.kind in _BODY_KINDS]
    if inside:
        return [inside[0].key]
    text = doc.content
    for m in acting:
        if referent.end <= m.start < cue.start:
            gap = text[referent.end : m.start]
            # the owner marker may open the actor's own phrase: "les dirigeants du bloc"
            words = re.findall(r"\w+", gap.lower()) + re.findall(r"\w+", text[m.start : m.end].lower())[:1]
            owned = bool(set(words) & gr.owner_words) and not re.search(r"[,;:]", gap)
            return [m.key] if owned and len(words) <= 6 else []
    return []


def _last_met(doc: Document, s: Sentence, res: Resources) -> list[str]:
    """The sides of the last meeting told before or in sentence ``s``: whom "the two leaders" or
    "both sides" are. Its persons when it has any, else its states and organisations ("Russia
    and Ukraine held talks. Both sides agreed to …"); not its host, who acts for the state it
    was held in, while two sides remain without it ("… met in Abu Dhabi, hosted by the Emirati
    foreign minister. The two sides agreed …"), when it was held there."""
    told = [m for m in doc.meetings if m.evidence and m.evidence[0].start <= s.start]
    if not told:
        return []
    last = max(told, key=lambda m: m.evidence[0].start)
    known = [k for k in last.participants if doc.actors.get(k) is not None]
    sides = [k for k in known if doc.actors[k].kind == "Person"] or known
    # a held meeting's place is told; a planned one's is often the dateline's guess
    entry = res.gazetteer.entries.get(last.place) if last.place and last.status == "occurred" else None
    host = (entry.capital_of or entry.located_in) if entry is not None else None
    guests = [k for k in sides if host not in (k, doc.actors[k].represents)]
    return guests if host and len(guests) >= 2 else sides


def _refers_back(text: str, s: Sentence, topics: list[Cue], gr: Grammar, determiners: frozenset[str]) -> bool:
    """Whether the sentence's only topics are generic ones named with a definite article or a
    possessive ("the agreement", "l'accord", "su acuerdo"): then they are the deal told of before."""
    if not topics or any(t.phrase not in gr.weak_topics for t in topics):
        return False
    for t in topics:
        first = re.findall(r"\w+(?:['’])?", text[t.start : t.end].lower())
        before = re.findall(r"\w+['’]?", text[max(s.start, t.start - 20) : t.start].lower())
        words = [*before[-1:], *first[:1]]
        if not any(w in determiners for w in words):
            return False
    return True


def tells_of_conflict(doc: Document, gr: Grammar) -> bool:
    """Whether the article tells of an armed conflict: a word of war (grammar.yml conflict_words)
    or a topic of conflict (common/topic_traits.yml conflict_topics) named by a word of its own,
    not by a generic deal word."""
    if gr.conflict_words.find_in(doc.content, 0, len(doc.content)):
        return True
    found = gr.topics.find_in(doc.content, 0, len(doc.content))
    return any(t.key in gr.conflict_topics and t.phrase not in gr.weak_topics for t in found)


def _deal_of_land(doc: Document, deal: Cue, here: list[Mention], gr: Grammar) -> bool:
    """Whether a generic deal word is named by a land or a people, as a deal on its conflict is:
    "the Minsk agreement", "les accords de Minsk", "an agreement on Gaza", "ein Abkommen über die
    Ukraine"."""
    if not _deal_word(doc.content, deal, gr):
        return False
    lands = [m for m in here if m.kind in (*ACTOR_KINDS, "Place")]
    if any(m.end <= deal.start and not doc.content[m.end : deal.start].strip(" -") for m in lands):
        return True
    words = list(re.finditer(r"\w+", doc.content[deal.end : deal.end + 60]))[:3]
    links = (gr.topic_links - gr.locative) | gr.owner_words
    if not words or words[0].group().lower() not in links:
        return False
    return _land_opens(deal, words[1:], lands, gr)


def _land_opens(deal: Cue, rest: list[re.Match[str]], lands: list[Mention], gr: Grammar) -> bool:
    """Whether one of ``lands`` opens the phrase after a deal word's link, past an article:
    ``rest`` are the words after the link ("on Gaza", "über die Ukraine"), found in the text after
    ``deal``."""
    starts = {deal.end + w.start() for w in rest[:1]}
    if len(rest) >= 2 and rest[0].group().lower() in gr.determiners:  # "a deal on the Donbas"
        starts.add(deal.end + rest[1].start())
    return any(m.start in starts for m in lands)


def _topic_cues(doc: Document, s: Sentence, gr: Grammar, stances: list[Cue]) -> list[Cue]:
    """Topic keywords of sentence ``s``: none inside an actor's name ("Organisation für das Verbot
    chemischer Waffen") or role ("the chief negotiator") or a phrase that names no topic
    ("missile launch"); a generic "agreement" only when nothing more specific is named ("an
    agreement on migration")."""
    here = in_span(doc.mentions, s)
    names = [m for m in here if m.kind in ACTOR_KINDS and m.form == "name"]
    joins = _joining(doc, s, names, gr)
    # a topic word inside a bid to join is the bid's: "la candidature de l'Ukraine à l'UE" is
    # about membership, not an election
    words = gr.topics.find_in(doc.content, s.start, s.end)
    found = [t for t in words if not any(j.start <= t.start < j.end and t.key != j.key for j in joins)]
    found = sorted(found + joins, key=lambda t: t.start)
    if not found:
        return []
    vetoes = gr.not_topics.find_local(doc.content, s.start, s.end)
    # nor inside a role that names an actor: "Kyiv's chief negotiator" is who, not talks (unless
    # a stance phrase holds it: "nombró al presidente keniano mediador" appoints a mediator)
    roles = [
        m
        for m in here
        if m.kind in ACTOR_KINDS and m.form == "role" and not any(c.start <= m.start < c.end for c in stances)
    ]
    asides = _asides(doc.content, s)
    found = [
        t
        for t in found
        if not any(m.start <= t.start and t.end <= m.end for m in [*names, *roles])
        and not any(v.start < t.end and t.start < v.end for v in vetoes)
        and not any(a <= t.start < b for a, b in asides)
    ]
    # a stance phrase's own verb is no topic when the phrase names one: "withdraw from the deal"
    # is about the deal, but "recognized the State of Palestine" is about recognition
    found = [t for t in found if not any(_own_verb(t, c, found) for c in stances)]
    # "Europe's border guard" is migration, not territory: of two topics on one stretch of text,
    # the phrase that spells out more of it wins
    found = [t for t in found if not any(_more_specific(u, t) for u in found)]
    # "Abzug schwerer Waffen": the weapons are what the withdrawal moves, not arms supplied
    found = [t for t in found if not _withdrawn(doc.content, s, t, found, gr)]
    # "Grenz- und Küstenwache": the first part of a compound cut short shares the next one's head
    found = [t for t in found if not _cut_compound(doc.content, t, found, gr)]
    # "two million people" is no money: a sum names money with its currency only
    found = [t for t in found if t.phrase not in gr.sum_words or _in_currency(doc.content, t, gr)]
    specific = [t for t in found if t.phrase not in gr.weak_topics]
    # "a plan for a permanent allied presence", "an agreement on how the dam is run": a generic
    # plan or deal for or about something no topic names is no peace plan (a sum is money
    # whatever follows: "40 millions d'euros")
    return specific or [
        t for t in found if not (_deal_word(doc.content, t, gr) and _of_other_matter(doc, t, here, gr))
    ]


def _of_other_matter(doc: Document, deal: Cue, here: list[Mention], gr: Grammar) -> bool:
    """Whether a deal or plan word is said to be for or about a matter of its own: a goal
    marker after it ("a plan for a permanent presence"), or a word linking it to its subject
    ("an agreement on how the dam is run", "un accord contraignant sur le remplissage"; an
    adjective may stand between) not followed by a name, as a deal about a place or a people is
    one on its conflict ("a deal on Gaza")."""
    words = list(re.finditer(r"\w+", doc.content[deal.end : deal.end + 80]))[:4]
    if words and words[0].group().lower() in gr.goal_markers - gr.owner_words:
        return True
    about = gr.topic_links - gr.locative
    at = next((i for i, w in enumerate(words[:2]) if w.group().lower() in about), None)
    if at is None or (at == 1 and not words[0].group().islower()):
        return False
    lands = [n for n in here if n.kind in (*ACTOR_KINDS, "Place")]
    return not _land_opens(deal, words[at + 1 :], lands, gr)


def _withdrawn(text: str, s: Sentence, topic: Cue, found: list[Cue], gr: Grammar) -> bool:
    """Whether a topic word names what a withdrawal moves ("pull back heavy weapons", "Abzug
    schwerer Waffen", "la retirada de las armas pesadas"): a withdrawal word a few words before it
    in its clause, right after it ("weapons withdrawal"), or the verb that closes its German
    clause ("wonach Artillerie … aus der Zone abgezogen werden")."""
    if topic.key not in gr.withdrawn_topics:
        return False
    for u in found:
        if u.key not in gr.withdrawal_topics:
            continue
        gap = text[u.end : topic.start] if u.end <= topic.start else text[topic.end : u.start]
        if re.search(r"[,;:]", gap):
            continue
        near = _WITHDRAWN_REACH if u.end <= topic.start else 1
        if len(re.findall(r"\w+", gap)) <= near or (u.start > topic.end and _closes_clause(text, s, u, gr)):
            return True
    return False


def _closes_clause(text: str, s: Sentence, verb: Cue, gr: Grammar) -> bool:
    """Whether a lower-case word closes its German clause, only auxiliaries after it ("… aus der
    Zone abgezogen werden.")."""
    if not gr.nouns_capitalised or not text[verb.start].islower():
        return False
    stop = re.search(r"[,;:.!?]", text[verb.end : s.end])
    rest = text[verb.end : verb.end + stop.start()] if stop else text[verb.end : s.end]
    return {w.lower() for w in re.findall(r"\w+", rest)} <= gr.finite_auxiliaries


#: How many words may stand between a withdrawal and the arms it moves ("pull back all heavy").
_WITHDRAWN_REACH = 4


def _more_specific(u: Cue, t: Cue) -> bool:
    """Whether topic phrase ``u`` of another topic covers all of ``t``'s words and spells out
    more of them ("border guard*" against "border*", "grenzkontrolle*" against "grenz*")."""
    spelt = len(u.phrase.replace("*", "")) > len(t.phrase.replace("*", ""))
    return u.key != t.key and u.start <= t.start and t.end <= u.end and spelt


def _in_currency(text: str, topic: Cue, gr: Grammar) -> bool:
    """Whether a word of a sum has a currency within two words after it ("40 millions d'euros",
    "600 Millionen Euro") or a currency sign before its number ("$3 million", "€1.5 billion")."""
    after = re.findall(r"[^\W\d_][\w-]*|[$€£]", text[topic.end : topic.end + 30].lower())[:3]
    if set(after) & gr.currencies:
        return True
    number = text[max(0, topic.start - 20) : topic.start].split()[-1:]  # "$3", "US$60", "€1.5"
    signs = {c for c in gr.currencies if not c.isalpha()}
    return bool(number) and any(sign in number[0] for sign in signs)


def _deal_word(text: str, topic: Cue, gr: Grammar) -> bool:
    """Whether a topic phrase ends with a noun of an agreement or plan (``deal_names``)."""
    last = re.findall(r"\w+", text[topic.start : topic.end].lower())[-1:]
    return bool(last) and last[0] in gr.deal_names


def _next_word(text: str, pos: int) -> str:
    """The lower-cased word right after ``pos`` (with an elided article's letter: "d'")."""
    m = re.match(r"\W*?(\w+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def _judged_place(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a judgement ("is not for sale", "steht nicht zur Debatte") is about a land named by
    its place name in its own clause before it ("Grönland ist nicht zu verkaufen")."""
    opens = gr.clause_start(doc.content, s.start, cue.start)
    places = [m for m in in_span(doc.mentions, s) if m.kind == "Place"]
    return any(opens <= m.start and m.end <= cue.start for m in places)


def _claimed_place(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a claim is to a land named by its place name after it in its clause, a few words
    on ("Anspruch seines Landes auf die Falklandinseln", "el reclamo de su país sobre las islas").
    A lower-case claim after a name or a subject pronoun is the verb ("Russia claimed to have
    taken the town", "it claims to control"), not the noun ("its claim to", "Argentina's claim to")."""
    before = re.findall(r"\w+(?:['’]s)?", doc.content[s.start : cue.start])[-1:]
    if doc.content[cue.start].islower() and before:
        word = before[0]
        if word.lower() in gr.subject_pronouns or (word[0].isupper() and not word.endswith(("'s", "’s"))):
            return False
    ends = gr.clause_end(doc.content, cue.end, s.end)
    places = [m for m in in_span(doc.mentions, s) if m.kind == "Place" and cue.end <= m.start < ends]
    return any(len(re.findall(r"\w+", doc.content[cue.end : m.start])) <= _CLAIM_REACH for m in places)


#: How many words may stand between a claim and the land it is to ("Anspruch seines Landes auf die").
_CLAIM_REACH = 6


def _owners_government(
    doc: Document, s: Sentence, m: Mention, in_force: str | None, possessives: frozenset[str]
) -> Mention:
    """A government noun after a possessive is the government of the person it points to ("Motzfeldt
    betonte … Ihre Regierung lehne jede Übernahme ab", "Rasmussen said his government …"): the
    state of the first person named before it in the sentence, else of the subject in force (or
    that state itself: "Chad hosts … Its authorities demand …"), where the mention stage could
    only guess the state the story names most."""
    if m.form != "government":
        return m
    before = re.findall(r"\w+", doc.content[max(s.start, m.start - 20) : m.start].lower())
    if not before or before[-1] not in possessives:
        return m
    persons = [o.key for o in in_span(doc.mentions, s) if o.kind == "Person" and o.end <= m.start]
    owner = persons[0] if persons else in_force
    actor = doc.actors.get(owner) if owner else None
    # "Le Tchad accueille … Ses autorités réclament …": a state in force owns its authorities
    state = owner if actor is not None and actor.kind == "State" else None
    state = actor.represents if actor is not None and actor.kind == "Person" else state
    if state is None or doc.actors.get(state) is None or doc.actors[state].kind != "State":
        return m
    return replace(m, key=state)


#: A relative clause set in commas after an actor (its start and end) and the actors it describes.
Described = tuple[int, int, tuple[str, ...]]


def _actor_relatives(doc: Document, s: Sentence, gr: Grammar) -> list[Described]:
    """Relative clauses set off by commas right after an actor's name ("Australia, which will
    preside over the negotiations, …", "l'Australie, qui présidera les négociations, …",
    "Australien, das die Verhandlungen leiten wird, …"): the stretch from the relative word to
    the comma that closes it, which describes the actor, with the keys of the actor and of those
    listed with it before ("Austria y Eslovenia, que …"). A clause that runs
    to the sentence's end may be no relative clause ("mahnte Kallas, die der Ukraine zugesagten
    Lieferungen dürften …")."""
    text = doc.content
    openers = gr.relative_pronouns | gr.subject_relatives
    found: list[Described] = []
    actors = [m for m in in_span(doc.mentions, s) if m.kind in ACTOR_KINDS]
    for i, m in enumerate(actors):
        opened = _RELATIVE_AFTER.match(text, m.end)
        if opened is None or opened.group(1).lower() not in openers:
            continue
        start, word_end = opened.start(1), opened.end(1)
        after = _WORDS.search(text, word_end, s.end)
        if gr.nouns_capitalised and after is not None and after.group()[:1].isupper():
            continue  # "die Entscheidung Merkels, die Flüchtlinge …": an article, no relative word
        end = gr.clause_end(text, word_end, s.end)
        if text[end : end + 1] != "," or not _WORDS.search(text, end, s.end):
            continue  # only a clause set in between commas describes and lets the sentence go on
        listed = [m]
        for before in reversed(actors[:i]):
            if not gr.only_listing(text, before.end, listed[0].start):
                break
            listed.insert(0, before)
        found.append((start, end, tuple(dict.fromkeys(x.key for x in listed))))
    return found


def _described_elsewhere(topic: Cue, cue: Cue, described: Sequence[Described]) -> bool:
    """Whether ``topic`` and ``cue`` stand on either side of the bounds of a relative clause on an
    actor: what the clause says is no object of a cue outside it, and a cue inside it governs
    only what the clause says ("Le gouvernement tchadien, qui condamne ces bombardements, somme
    …")."""
    return any((a <= topic.start < b) != (a <= cue.start < b) for a, b, _ in described)


def _antecedent(doc: Document, cue: Cue, described: Sequence[Described]) -> list[str]:
    """The actor a relative clause set in commas describes (``described``: the sentence's
    :func:`_actor_relatives`) holds the clause's stance when no actor stands between the relative
    word and the cue ("Fiji praised Australia, which rejects new sanctions, …" is Australia's
    rejection; "Australia, which Fiji praised, …" names its own subject)."""
    for start, end, keys in described:
        inside = any(start <= m.start < cue.start and m.is_actor for m in doc.mentions)
        if start <= cue.start < end and not inside:
            return list(keys)
    return []


def _asides(text: str, s: Sentence) -> list[tuple[int, int]]:
    """Stretches a pair of dashes sets off inside sentence ``s`` ("the proposal by Egypt – the
    main mediator – for a truce"): what they say describes a word before them, so their topic
    words are no stance's topic."""
    dashes = list(_DASH.finditer(text, s.start, s.end))
    return [(a.end(), b.start()) for a, b in zip(dashes[::2], dashes[1::2], strict=False)]


def _cut_compound(text: str, t: Cue, topics: list[Cue], gr: Grammar) -> bool:
    """Whether topic word ``t`` is the first part of a compound cut short before a joining word
    whose completed compound names a topic itself ("Grenz- und Küstenwache" is a border and a
    coast guard, as the second word says); "Waffen- und Munitionslieferungen" keeps its weapons."""
    after = re.match(r"-\s+(\w+)\s+(\w+)", text[t.end : t.end + 40])
    if after is None or after.group(1).lower() not in gr.coordination:
        return False
    head = t.end + after.start(2)
    return any(o.start == head for o in topics)


def _own_verb(t: Cue, cue: Cue, topics: list[Cue]) -> bool:
    """Whether topic word ``t`` is the verb that opens stance phrase ``cue``, which names another
    topic inside it ("withdraw from the deal")."""
    inside = any(t.end <= o.start < cue.end for o in topics if o is not t)
    return cue.start == t.start and t.end < cue.end and inside


def _joining(doc: Document, s: Sentence, names: list[Mention], gr: Grammar) -> list[Cue]:
    """Joining an organisation the sentence names is about membership: "Brazil's bid to join the
    OECD", "beitreten zur EU", "unirse a la OCDE" (at most three words between the verb and the
    name; the organisation's own name otherwise names no topic)."""
    found: list[Cue] = []
    text = doc.content
    orgs = [m for m in names if m.kind == "Organization"]
    if not orgs:  # most sentences: no organisation to join, no need to look for the verb
        return found
    for j in gr.joining.find_local(text, s.start, s.end):
        for org in orgs:
            if j.start < org.end and org.start < j.end:
                continue
            # after the verb ("join NATO") or before it ("der EU beizutreten")
            gap = text[j.end : org.start] if org.start >= j.end else text[org.end : j.start]
            if len(re.findall(r"\w+", gap)) <= 3:
                found.append(Cue(j.key, j.phrase, min(j.start, org.start), max(j.end, org.end)))
                break
    return found


#: A dash between words: a headline's items or an aside ("… – Wahlkampf gestoppt – …").
_DASH = re.compile(r"\s[–—]\s")


def _object_end(text: str, s: Sentence, cue: Cue, nxt: Cue | None, topics: list[Cue], gr: Grammar) -> int:
    """Where the object of ``cue`` ends: at the next stance cue, unless nothing is named before it
    and a clause or a coordinated verb follows ("demanded that Russia agree to a ceasefire",
    "rejected and condemned the sanctions"), then at the end of the sentence."""
    end = nxt.start if nxt is not None else s.end
    # "Türkei verschärft Sicherheitsmaßnahmen, Opferzahl unklar – Wahlkampf gestoppt": a dash after
    # words of the cue's own clause starts another item of a headline or an aside
    dash = _DASH.search(text, cue.end, end)
    while dash is not None and (closing := _DASH.search(text, dash.end(), end)) is not None:
        # a pair of dashes sets off an aside inside the object ("a proposal from the Quad – the
        # United States, Saudi Arabia, … – for a truce"): the object goes on after it
        dash = _DASH.search(text, closing.end(), end)
    if dash is not None and re.search(r"\w", text[cue.end : dash.start()]):
        end = dash.start()
    said = [c.start for c in _within(gr.speech.find_local(text, s.start, s.end), cue.end, end)]
    end = said[0] if said else end  # "welcomed the call and said the EU was preparing sanctions"
    between = text[cue.end : end]
    words = set(re.findall(r"\w+", between.lower()))
    # The object is shared with a coordinated verb after it, but not after a comma alone ("has
    # refused, accusing the rebels …") nor after a frame that closed its clause ("lehnte ab und
    # warf … vor"): then the next verb has a clause of its own.
    shared = words <= gr.coordination and (words or "," not in between) and not cue.phrase.endswith("$")
    # "rechazó la propuesta y exigió elecciones", "wies den Vorschlag zurück und forderte …": a
    # frame that holds its object noun has its own
    shared = shared and not _inside(text, cue, gr)
    if not any(cue.end <= t.start < end for t in topics) and (gr.clause_words & words or shared):
        return s.end
    return end


def _target(acting: list[Mention], holders: list[str], cue: Cue, gr: Grammar) -> str | None:
    """Towards whom the stance goes: the first other actor after the cue ("welcomed ties with
    Australia"), else any other; for "must" the one who must act ("Die Ukraine müsse …")."""
    others = [m for m in acting if m.key not in holders]
    after = [m for m in others if m.start >= cue.end]
    ranked = others if cue.phrase in gr.speaker_cues else after or others
    return ranked[0].key if ranked else None


def _holders(
    doc: Document,
    s: Sentence,
    cue: Cue,
    acting: list[Mention],
    subjects: list[Mention],
    res: Resources,
    speakers: tuple[str | None, str | None, tuple[Sentence, str] | None],
    first: bool,
    group: tuple[str, ...] = (),
    fronted: bool = False,
    described: Sequence[Described] = (),
) -> list[str]:
    """Who holds the stance ``cue`` names, in order of trust: a state tied to a stance noun
    ("russische Forderungen"), the subject of the cue's clause with those coordinated with it
    ("Die USA und Frankreich fordern"), a pronoun subject ("Er sagte … zu"), the speaker of the
    sentence before when reported speech goes on ("Nötig seien …"), the first actor after the
    cue ("Zu den russischen Forderungen gehören …"), a pronoun after the sentence's first cue
    ("…, schrieb er"; a later cue stands in a clause of its own). ``subjects`` are the
    sentence's possible clause subjects (``_subject_candidates``). ``fronted``: the clause opens
    with what the stance is about, so a verb-second clause has its subject after the verb.
    ``speakers`` are the subject of
    the sentence before in this paragraph, for reported speech, and the subject in force, for a
    quote or a clause with no stated subject ("Además, pidió …"), and the sentence before with
    its first actor, for a subjunctive modal going on in that actor's words; the agent of a
    passive holds before any subject ("was rejected by Russia")."""
    speaker, in_force, before = speakers
    gr = grammar(res, doc.lang)
    # a condition ("solo negociaría si Ucrania …") is set by whoever speaks, never by the subject
    # of the clause it opens
    condition = cue.phrase in gr.condition_cues
    attached = (
        counted_group(doc, s, cue, gr)  # "the three countries urged …": the three states named before
        or led_group(doc, s, cue, gr)  # "a group of countries led by Norway and Rwanda demands …"
        or _source_holders(doc, s, cue, gr)
        or ([] if condition else _inverted_subject(doc, s, cue, gr))
        or _participle_agent(doc, s, cue, gr)
        or _attached_holders(doc, cue, res)
        or _intent_owners(doc, s, cue, res)
        or _relative_owner(doc, s, cue, gr)
        or _antecedent(doc, cue, described)
    )
    if attached:
        return attached
    thing = _thing_end(doc, s, cue, gr)
    author = _authoring(doc, s, thing, gr) if thing is not None else None
    if thing is not None and author is None:
        return []  # "Russia vetoed the resolution that demanded a ceasefire": the resolution's demand
    if _unnamed_agent(doc, s, cue, gr):
        return []  # "took power, backed by the military": backed by no actor the article names
    if author is not None:
        # "France issued a statement that called for …": who issued the text asks what it asks
        return _subjects(doc.content, subjects, author, gr)
    if cue.phrase in gr.owned_stances:
        return []  # "die Umsetzung ihrer Pläne": a plan is someone's proposal only when it says whose
    if _received(doc.content, s, cue, gr):
        return []  # "stieß auf Ablehnung", "faced criticism": the subject is its target, not its holder
    if _fronted_noun(doc.content, s, cue, gr):
        return []  # "Ante las críticas de algunos congresistas, Jacobson dijo …": not Jacobson's
    text = doc.content
    # "Der polnische Parteichef X hat Deutschland … vorgeworfen": the subject stands before the
    # verb and what follows it is an object (not so for a mediator, "unter der Schirmherrschaft",
    # nor for who judges: "Die Räumung war aus Sicht der EU-Kommission ein richtiger Schritt")
    nominal = gr.verb_second and cue.phrase not in gr.adjunct_stances | gr.evaluations
    verb = _noun_subject(text, s, cue, gr) if nominal else 0
    # "Die Sanktionen gegen Russland will die EU verlängern": a topic phrase before the finite
    # verb is the fronted object, and the subject follows the verb
    fronted_at = _object_first(text, s, cue, subjects, gr) if gr.verb_second else None
    if fronted_at is not None:
        subjects = [m for m in subjects if fronted_at <= m.start < cue.start]
    elif verb:
        subjects = [m for m in subjects if not verb <= m.start < cue.start]
    if gr.verb_second:
        subjects = _past_relative(text, s, cue, subjects, gr)
    if gr.verb_second and (second := _prepositional_prefield(text, s, cue, gr)):
        # "Nach dem Verzicht der österreichischen Regierung … hat der italienische Innenminister
        # … begrüßt": what stands before the finite verb is one phrase, here no subject
        clause_opens = gr.clause_start(text, s.start, cue.start)
        subjects = [m for m in subjects if not clause_opens <= m.start < second]
    speaker_cue = cue.phrase in gr.speaker_cues or cue.phrase in gr.condition_cues
    if speaker_cue and (said_by := _speaker(doc, s, cue, subjects, gr)):
        return [said_by]
    if speaker_cue and (source := _attributed(doc, s, res)):
        return source  # "Según Stubb, Rusia debe retirar sus tropas": who must act is not who says so
    if speaker_cue and (judge := _judge(doc, s, cue, gr)):
        return judge  # "Pour le chef de la diplomatie estonienne, l'UE doit …": who judges so
    if speaker_cue and (lead := _before_colon(doc, s, cue, subjects)):
        return [lead]  # "Hun Manet … knüpfte daran eine Forderung: Thailand müsse …"
    if first_person_quote(text, s, cue, subjects, gr) and (said_by := _speaker(doc, s, cue, subjects, gr)):
        return [said_by]  # "'We will never accept the annexation,' Zelensky said"
    # a stance noun is the passive's subject, not its agent's: "the proposal was rejected by"
    if cue.phrase not in gr.stance_nouns and (agent := passive_agent(text, s, cue, acting, gr)):
        return [agent]
    if cue.key == "accept" and (sides := _between(text, s, cue, acting, gr)):
        return sides  # "un accord … a été signé entre le gouvernement et les groupes armés"
    if cue.phrase not in gr.stance_nouns and _passive(text, s, cue, gr):
        return []  # "Turkey was urged to accept a ceasefire": urged by whom is not said
    # what a speaker judges ("is out of the question", "nicht zur Debatte") is the subject, never its
    # holder; who calls something so ("called the sanctions unacceptable") is
    judged = speaker_cue and cue.phrase in gr.predicates
    judged = judged and not _within(gr.judging.find_local(text, s.start, s.end), s.start, cue.start)
    holders = [] if judged else _subjects(text, subjects, cue, gr)
    if holders and cue.phrase in gr.obligations:
        # who must act is not who says so ("Ukraine must renounce …", "Die Ukraine müsse …"): with
        # no speaker named, the speaker of reported speech going on may hold it, or no one
        opens = gr.clause_start(text, s.start, cue.start)
        own = {m.key for m in subjects if opens <= m.start < cue.start}
        holders = [h for h in holders if h not in own]
    if holders and _reported_noun_subject(text, s, cue, subjects, gr):
        holders = []  # "Psaki says the diplomats wanted to …": the diplomats want it, not Psaki
    if holders and gr.verb_second and _after_finite(text, cue) in gr.singular_pronouns:
        # "Großbritannien schlug er Gespräche vor": "er" after the finite verb is its subject, and
        # the actor before the verb the object it was put first
        person = last_person(doc, s.start)
        return [person] if person else []
    pronoun = _pronoun_in(text[s.start : cue.end], gr)  # the cue may be the verb: "Sie sagte … zu"
    if not holders and pronoun:
        person = speech_subject(text, s, cue, subjects, gr) or last_person(doc, s.start)
        if person:
            return [person]  # "Er sagte Ägypten Unterstützung zu", "Kerry said he would …"
    if not holders and (several := speech_subjects(text, s, cue, subjects, gr)):
        return several  # "France, Britain and Germany said they were prepared to …"
    body = last_body(doc, s.start) if _opens_sentence(text, s, cue, gr.neuter_pronouns) else None
    if not holders and body:
        return [body]  # "The ministry condemned the sanctions. It rejected any dialogue."
    referents = _within(
        meeting_words(res, doc.lang).plural_referents.find_local(text, s.start, s.end), s.start, cue.start
    )
    if not holders and referents:
        # "Die beiden forderten Pjöngjang auf …", "los dos gobiernos firmarán"; but "los
        # ministros de Asuntos Europeos de la UE aprobaron …" are the EU's
        return _referent_owner(doc, referents[-1], cue, acting, gr) or _last_met(doc, s, res)
    if not holders and _both_before(text, s, cue, gr):
        # "Beide forderten einen stärkeren Schutz …": "both" right before the verb
        return _last_met(doc, s, res)
    clause = text[gr.clause_start(text, s.start, cue.start) : cue.end]  # with the verb: "sie forderten"
    if not holders and group and _pronoun_in(clause, gr, plural=True):
        return list(group)  # "Les deux dirigeants ont convenu … Ils ont également plaidé pour …"
    # "…, hieß es aus Regierungskreisen", "according to diplomats": a sentence that names its source
    # goes on in no one's words from before; a source that is no actor holds nothing
    sourced = _names_new_source(text, s, gr)
    carries = not holders and not sourced  # the words of someone named before may go on
    if carries and in_force and not verb and no_subject_before(text, s, cue, subjects, gr, doc):
        # a quote goes on, or a clause states no subject: "Además, pidió …"; but "Der Vorsitzende
        # der PiS wies die Kritik zurück" states one, which no actor names
        return [in_force]
    if carries and speaker and gr.reported_speech.find_local(text, s.start, s.end):
        return [speaker]  # reported speech goes on: "Nötig seien ein Waffenstillstand …"
    if carries and before is not None and (modal := gr.reported_modals.find_local(text, s.start, s.end)):
        # "… sagte Lawrow. Allerdings müsse die Ukraine zuvor …": the speaker of the sentence before
        # goes on, in a modal of the main clause ("Minister forderten, dass … geahndet werden
        # müssten" is theirs); whether anyone spoke there is asked only now, not for every sentence
        opening = {w.lower() for w in re.findall(r"\w+", text[s.start : modal[0].start])}
        earlier, first_actor = before
        if not opening & gr.complementizers and gr.reporting.find_local(text, earlier.start, earlier.end):
            return [first_actor]
    # a clause opened by what the stance is about has its subject after the verb, not before:
    # "Die Forderung nach einer Waffenruhe wies Moskau zurück"
    # "Kaczyński warf der EU-Kommission … vor", "Kritiker werfen europäischen Regierungen … vor"
    unnamed = _unknown_name_before(text, s, cue, gr) or _bare_noun_subject(text, s, cue, gr)
    after_verb = gr.verb_second and cue.phrase not in gr.speaker_cues and (fronted or not verb)
    if not holders and after_verb and not unnamed and not _joined_verb(text, s, cue, gr):
        # "Am Montag forderte Russland …", "Das Gesetz muss … Obama vorgelegt werden": where the
        # verb comes second the subject may follow it; elsewhere an actor after the verb is its object
        end = gr.clause_end(text, cue.end, s.end)  # not the subject of a later clause ("…, when X")
        # inside a frame the subject follows its finite verb: "Einen Waffenstillstand lehnt Russland ab"
        verb_end = _finite_end(text, cue)
        if (inverted := _after_finite(text, cue)) in gr.subject_pronouns:
            # "Danach forderte er Putin auf …": the pronoun right after the verb is its subject and
            # the name after it an object; "er" is the last person named, "sie" may be anyone
            person = last_person(doc, s.start) if inverted in gr.singular_pronouns else None
            return [person] if person else []
        holders = [m.key for m in subjects if verb_end <= m.start < end][:1]
    if not holders and first and _pronoun_in(text[cue.end : s.end], gr):
        person = last_person(doc, s.start)  # "…, schrieb er auf Twitter"
        holders = [person] if person else []
    if not holders and cue.phrase in gr.predicates:
        holders = _judge(doc, s, cue, gr)  # "For Kyiv, any territorial concession is unacceptable"
    if not holders:
        holders = _attributed(doc, s, res)  # "Man sei offen für Gespräche, hieß es aus Moskau"
    return holders


def _finite_end(text: str, cue: Cue) -> int:
    """Where the finite verb of a cue ends: the cue's own end, or its first word's for a frame
    ("schlug ... vor")."""
    finite = _WORDS.match(text, cue.start) if " ... " in cue.phrase else None
    return finite.end() if finite else cue.end


def _after_finite(text: str, cue: Cue) -> str:
    """The lower-cased word right after the finite verb of a cue."""
    inverted = _WORD_AFTER.match(text, _finite_end(text, cue))
    return inverted.group(1).lower() if inverted else ""


def _object_first(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> int | None:
    """Where the subject of a verb-second clause that opens with its object begins ("Die Sanktionen
    gegen Russland will die EU verlängern", "Eine Waffenruhe will Russland nicht akzeptieren"): the
    clause opens with a topic and no actor before it, its finite auxiliary or modal follows, and
    an actor right after it (past an article) is the subject; else a clause that opens with a
    noun phrase of another kind (:func:`_noun_first`). None for any other clause."""
    prefield = gr.clause_start(text, s.start, cue.start)
    vetoes = gr.not_topics.find_local(text, prefield, cue.start)
    found = gr.topics.find_local(text, prefield, cue.start)
    topics = [t for t in found if not any(v.start < t.end and t.start < v.end for v in vetoes)]
    # only an article, adverbs and adjectives before the topic ("Die noch verbliebenen Sanktionen")
    lead = re.findall(r"\w+", text[prefield : topics[0].start]) if topics else []
    if not topics or len(lead) > 4 or any(w[:1].isupper() for w in lead[1:]):
        return _noun_first(text, prefield, cue, subjects, gr)
    if any(prefield <= m.start < topics[0].start for m in subjects):
        return None
    # the topic's phrase may hold actors ("Die Forderung Russlands hat die Ukraine zurückgewiesen"):
    # the prefield holds one phrase, so the actor after the finite verb is the subject
    for w in re.finditer(r"\w+", text[topics[0].end : cue.start]):
        if w.group() in gr.verb_auxiliaries | gr.refusal_marks:  # lower case: a verb, not a noun
            return _subject_right_after(text, topics[0].end + w.end(), cue, subjects, gr)
    return None


def _noun_first(text: str, prefield: int, cue: Cue, subjects: list[Mention], gr: Grammar) -> int | None:
    """Where the subject begins in a verb-second clause that opens with a noun phrase naming no
    actor at its head ("Ähnliche Anfragen anderer EU-Staaten werde Tirana nicht annehmen"): the
    finite auxiliary or modal ends that one phrase, and an actor right after it (past an article)
    is the subject; an actor inside the phrase is its owner. None for any other clause."""
    words = list(re.finditer(r"\w+", text[prefield : cue.start]))
    verb = next((i for i, w in enumerate(words) if w.group() in gr.verb_auxiliaries | gr.refusal_marks), None)
    if verb is None or not 2 <= verb <= _NOUN_PHRASE_WORDS:
        return None
    head_end = prefield + words[min(2, verb) - 1].end()  # the phrase's first two words
    if any(prefield <= m.start < head_end for m in subjects):
        return None  # "Die Regierung in Tirana werde …": the subject opens the clause
    return _subject_right_after(text, prefield + words[verb].end(), cue, subjects, gr)


def _subject_right_after(text: str, after: int, cue: Cue, subjects: list[Mention], gr: Grammar) -> int | None:
    """``after`` (the end of a fronted phrase's finite verb) when an actor stands right after it,
    past an article, before the cue: that actor is the clause's subject. None otherwise."""
    first = next((m for m in subjects if after <= m.start < cue.start), None)
    between = re.findall(r"\w+", text[after : first.start].lower()) if first is not None else ["-"]
    return after if len(between) <= 1 and set(between) <= gr.determiners else None


#: How many words a fronted noun phrase may run before its finite verb.
_NOUN_PHRASE_WORDS = 10


def _joined_verb(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's verb follows "and" or "but" right away ("… machte X verantwortlich und
    rief Peking auf"): a second verb of the same subject, whose subject is left out; an actor
    after it is its object, not an inverted subject."""
    words = re.findall(r"\w+", text[s.start : cue.start].lower())
    return bool(words) and words[-1] in gr.list_joins | gr.contrast


#: The word right after a position in the text, past spaces.
_WORD_AFTER = re.compile(r"\s+(\w+)")


def _both_before(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether "both" alone opens the cue's clause right before its verb ("Beide forderten …",
    "Both urged …", "Ambos pidieron …", "Tous deux ont appelé …"): a pronoun for the two sides
    of the last meeting. With a noun after it ("Ambas delegaciones", "both Koreas") it is not."""
    if not gr.both_pronouns:
        return False
    start = gr.clause_start(text, s.start, cue.start)
    lead = " ".join(re.findall(r"\w+", text[start : cue.start].lower()))
    auxiliaries = gr.perfect_auxiliaries | gr.copulas
    for both in gr.both_pronouns:
        rest = lead[len(both) + 1 :].split() if lead.startswith(both + " ") else None
        if lead == both or (rest is not None and set(rest) <= auxiliaries):
            return True
    return False


def _reported_noun_subject(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> bool:
    """Whether the cue's clause is reported after a speech verb and has a subject of its own that
    no actor names: "Psaki says the diplomats wanted to keep the talks low-key" (an article opens
    it, maybe after "that"), so the speaker before the verb is not the cue's subject."""
    said = [c for c in gr.speech.find_local(text, s.start, cue.start) if c.end <= cue.start]
    if not said or cue.phrase in gr.labels or cue.phrase in gr.stance_nouns:
        return False  # "considère l'élargissement comme une menace": an object and its label
    start = said[-1].end
    if any(start <= m.start < cue.start for m in subjects):
        return False
    words = [w.lower() for w in re.findall(r"\w+", text[start : cue.start])]
    comma = text[start : cue.start].lstrip().startswith(",")
    if words and words[0] in gr.complementizers:
        words = words[1:]
    elif gr.complementizers_required or (gr.verb_second and not comma):
        return False  # "betonte das Recht eines Staates, …": an object, no clause of its own
    return len(words) >= 2 and words[0] in gr.determiners


def _names_new_source(text: str, s: Sentence, gr: Grammar) -> bool:
    """Whether sentence ``s`` attributes its words to a source of its own ("hieß es aus
    Regierungskreisen", "according to diplomats"), not to someone named before by a role or a
    pronoun ("Según el ministro, …", "selon lui")."""
    for marker in gr.attributions.find_local(text, s.start, s.end):
        words = list(re.finditer(r"\w+", text[marker.end : s.end]))
        articles = []
        while words and words[0].group().lower() in gr.determiners:
            articles.append(words.pop(0).group().lower())
        if not words:
            continue
        first = marker.end + words[0].start()
        if words[0].group().lower() in gr.attribution_pronouns | gr.subject_pronouns:
            continue
        definite = bool(articles) and not set(articles) & (gr.indefinite_articles | gr.plural_articles)
        if definite and any(r.start == first for r in gr.roles.find_local(text, first, s.end)):
            continue  # "según el ministro": the minister named before ("according to diplomats" is new)
        return True
    return False


def _unknown_name_before(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's clause opens with one or two capitalised words no dictionary knows and
    then the cue ("Kaczyński warf der EU-Kommission Einmischung vor"): a name the gazetteer does
    not know is the subject, so the actor after the verb is its object ("Deshalb forderte
    Russland …" opens with a word of the language)."""
    start = gr.clause_start(text, s.start, cue.start)
    words = re.findall(r"[\w’'-]+", text[start : cue.start])
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    return not any(is_known(w, gr.lang) or is_known(w.lower(), gr.lang) for w in words)


def _bare_noun_subject(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's clause opens with one noun and no article, right before the verb
    ("Kritiker werfen europäischen Regierungen … vor", "Diplomaten forderten …"): in a language
    that capitalises its nouns, a word whose lemma is capitalised too stands as the subject, so
    the actor after the verb is its object ("Unterdessen forderte Russland …" opens with an
    adverb, whose lemma is written small)."""
    if not gr.nouns_capitalised:
        return False
    start = gr.clause_start(text, s.start, cue.start)
    words = re.findall(r"[\w’'-]+", text[start : cue.start])
    return len(words) == 1 and words[0][:1].isupper() and capitalised_lemma(words[0], gr.lang)


def _judge(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """Who judges, named after "for" in the judgement's clause or opening its sentence ("For Kyiv,
    any concession is unacceptable", "Für Kiew sind Gebietsabtretungen inakzeptabel", "Pour
    Kiev, …", "Para Kiev, …"): an actor right after the preposition, with only articles between."""
    text = doc.content
    end = gr.clause_end(text, cue.end, s.end)
    topics = gr.topics.find_local(text, s.start, end)
    for m in doc.mentions:
        if not s.start <= m.start < end or not _may_hold(m):
            continue
        lead = re.findall(r"\w+", text[max(s.start, m.start - 20) : m.start].lower())
        while lead and lead[-1] in gr.determiners:
            lead.pop()
        if not lead or lead[-1] not in gr.judges:
            continue
        judge = text.rfind(lead[-1], max(s.start, m.start - 20), m.start)
        if any(0 <= judge - t.end <= 1 for t in topics):
            continue  # "NATO membership for Ukraine is out of the question": whose membership, not who judges
        return [m.key]
    return []


def _attributed(doc: Document, s: Sentence, res: Resources) -> list[str]:
    """The actor a sentence's words are attributed to ("according to the Kremlin", "hieß es aus
    Moskau", "selon l'Élysée", "según Moscú"), with only articles between: when no subject
    holds a stance, the source it is told from does (a capital speaks for its state)."""
    gr = grammar(res, doc.lang)
    text = doc.content
    for marker in gr.attributions.find_local(text, s.start, s.end):
        after = next((m for m in doc.mentions if marker.end <= m.start < s.end), None)
        gap = re.findall(r"\w+", text[marker.end : after.start].lower()) if after is not None else ["-"]
        if after is None or not set(gap) <= gr.determiners:
            continue
        if _may_hold(after):
            return [after.key]
        if (state := res.gazetteer.stands_for(after.key)) != after.key:
            return [state]  # "hieß es aus Moskau"
    return []


#: How many words may stand between a passive auxiliary and its stance verb ("wurde am Montag in
#: Berlin eindringlich aufgefordert").
PASSIVE_GAP = 6


def _passive(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the stance verb stands in a passive clause: an auxiliary that makes only passives
    ("was", "wurde", "a été", "fue") shortly before it in its clause. Its subject undergoes the
    stance ("Die Türkei wurde aufgefordert, …"); with no agent after "by" (``passive_agent``) the
    sentence does not say who holds it."""
    # the verb is the cue's first word after any negation it carries ("not allowed")
    own = re.findall(r"\w+", text[cue.start : cue.end])
    verb = next((w for w in own if w.lower() not in gr.negations), None)
    if verb is None or not gr.participle(verb):
        return False  # "was withdrawing", "was ready", "wird ablehnen": no participle, no passive
    if cue.phrase in gr.transparent_stances:
        return False  # "were prepared to", "was determined to": a readiness, not a passive
    start = gr.clause_start(text, s.start, cue.start)
    clause = {w.lower() for w in re.findall(r"\w+", text[start : gr.clause_end(text, cue.end, s.end)])}
    if clause & gr.agent_markers:
        return False  # an agent is named, if only by a pronoun: "wurde von ihm stets verteidigt"
    before = [w.lower() for w in re.findall(r"\w+", text[start : cue.start])[-PASSIVE_GAP:]]
    # the auxiliary nearest the participle is its own: "était pacifique et a refusé" is active
    nearest = next((w for w in reversed(before) if w in gr.verb_auxiliaries), None)
    if cue.key in gr.undergone_stances:
        # "Iran is urged to …", "Die Türkei ist aufgefordert, …": no adjective reads so
        return nearest in gr.passive_auxiliaries or nearest in gr.copulas
    return nearest in gr.passive_only_auxiliaries


def _apposed(text: str, s: Sentence, comma: int, subjects: list[Mention]) -> Mention | None:
    """The actor named right after ``comma`` that closes the sentence (a name in apposition)."""
    named = next((m for m in subjects if m.start > comma and not text[comma + 1 : m.start].strip()), None)
    return named if named is not None and not text[named.end : s.end].strip(" .;:!?\"»“”") else None


def _before_colon(doc: Document, s: Sentence, cue: Cue, subjects: list[Mention]) -> str | None:
    """The subject of a clause that announces, before a colon, what another must do ("Hun Manet
    knüpfte daran eine Forderung: Thailand müsse …"): the first actor before the colon."""
    colon = doc.content.rfind(":", s.start, cue.start)
    before = [m for m in subjects if m.end <= colon] if colon >= 0 else []
    return before[0].key if before else None


def _speaker(doc: Document, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> str | None:
    """Who says what should be done or cannot be accepted: the actor in a closing clause with a
    speech verb after the cue ("…, sagte Lawrow"), or the subject of a speech verb before it
    ("Peskow sagte, ein Beitritt sei nicht hinnehmbar"; "Barsani erklärte: Die PKK muss …"),
    or whom a pronoun there stands for ("…, schrieb er")."""
    text = doc.content
    # "Peskow sagte, …", and before what one must or may not do "Aoun forderte, Israel müsse …": a
    # verb asking another to act reports that as its subject's words too
    reporting = gr.reporting if cue.phrase in gr.speaker_cues else gr.speech
    said = _within(reporting.find_local(text, s.start, s.end), s.start, cue.start)
    if said:
        # "The European Union, he argued, should add …": a speech clause set off by commas before
        # the cue names its speaker by its pronoun; the actor before it is who should act
        inserted = re.search(r",\s*(\w+)\s*$", text[s.start : said[0].start])
        aside = text[said[0].end : cue.start].lstrip().startswith(",")
        if inserted and aside and inserted.group(1).lower() in gr.subject_pronouns:
            return last_person(doc, s.start)
        before = [m for m in subjects if m.end <= said[0].start]
        if before:
            return before[0].key
        # "Selon lui, Moscou doit …", "Ihm zufolge …", "according to him": a pronoun next to the
        # attribution stands for the last person named
        # (not a pronoun before a speech verb: "Nétanyahou a quant à lui averti que …")
        near = re.findall(r"\w+", text[max(s.start, said[0].start - 12) : said[0].start].lower())[-1:]
        near += re.findall(r"\w+", text[said[0].end : said[0].end + 12].lower())[:1]
        attribution = gr.attributions.find_local(text, said[0].start, said[0].end)
        if attribution and set(near) & gr.attribution_pronouns and (person := last_person(doc, s.start)):
            return person
    colon = text.rfind(":", s.start, cue.start)
    spoken = colon >= 0 and _within(gr.speech.find_local(text, s.start, s.end), s.start, colon)
    if spoken and (lead := _before_colon(doc, s, cue, subjects)) is not None:
        return lead
    # a headline's speaker: "Sánchez: «No enviaremos tropas»", "Merz: Wir liefern keine …"
    opener = next((m for m in doc.mentions if s.start <= m.start < s.end), None)
    headline = colon >= 0 and opener is not None and opener.kind == "Person"
    if headline and opener is not None and text[s.start : colon].strip() == text[opener.start : opener.end]:
        return opener.key
    # the closing clause with the speech verb: the last one, or one inside a quote that goes on
    # after it ('"We are ready to negotiate," Zelensky said, "but we will never cede …"')
    speech = gr.speech.find_local(text, s.start, s.end)
    commas = [m.start() for m in re.finditer(",", text[cue.end : s.end])]
    for comma in (cue.end + c for c in commas):
        closing = text.find(",", comma + 1, s.end)
        closing = closing if closing >= 0 else s.end
        resumes = closing < s.end and _QUOTE_OPENS.match(text, closing + 1) is not None
        # the speaker's role, then the name in apposition closing the sentence: "…, sagte der
        # Sprecher des Außenministeriums, Randhir Jaiswal."
        apposed = _apposed(text, s, closing, subjects) if closing < s.end else None
        if apposed is not None and len(re.findall(r"\w+", text[comma:closing])) > APPOSITION_GAP + 2:
            apposed = None
        if (closing < s.end and not resumes and apposed is None) or not _within(speech, comma, closing):
            continue
        # "…, with Motegi telling his Chinese counterpart Wang Yi …": who is told is no speaker
        told = [c.end for c in _within(speech, comma, closing) if c.phrase in gr.addressing]
        after = [m for m in subjects if comma < m.start < closing and not any(t <= m.start for t in told)]
        if after:
            return after[0].key
        if told:
            return None
        if apposed is not None:
            return apposed.key
        return last_person(doc, s.start) if _pronoun_in(text[comma:closing], gr) else None
    return None


#: A quotation mark that opens the words after a comma: the quote goes on after its speech verb.
_QUOTE_OPENS = re.compile(r"\s*[\"„“”«»‘’']")


def _fronted_noun(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the stance noun opens its clause inside a prepositional phrase ("Despite some
    criticism from …", "Ante las críticas de …", "Trotz der Kritik …"): the clause's subject
    does not hold it, only the noun's own owner does (read before this). Between preposition
    and noun stand only words in lower case (a determiner), not a name ("In Moskau forderte …").
    A verb is no such noun: "Selon lui, des élections doivent …" opens with a subject."""
    noun = (
        cue.phrase in gr.stance_nouns
        or (gr.nouns_capitalised and text[cue.start : cue.start + 1].isupper())  # "Bereitschaft"
        or bool(gr.intents.find_local(text, cue.start, cue.end))  # "readiness"
    )
    if not noun:
        return False
    start = gr.clause_start(text, s.start, cue.start)
    lead = re.findall(r"\w+", text[start : cue.start])
    return 0 < len(lead) <= 3 and lead[0].lower() in gr.prepositions and all(w.islower() for w in lead[1:])


def _between(text: str, s: Sentence, cue: Cue, acting: list[Mention], gr: Grammar) -> list[str]:
    """The sides named after "between" in an agreement's clause ("signed between the government
    and the armed groups", "zwischen Israel und der Hamas vereinbart"): each accepts it."""
    start, end = gr.clause_start(text, s.start, cue.start), s.end  # "signé lundi à Rome, entre …"
    marks = [m for m in re.finditer(r"\w+", text[start:end]) if m.group().lower() in gr.between]
    if not marks:
        return []
    after = start + marks[0].end()
    sides = [m for m in acting if after <= m.start < end]
    return list(dict.fromkeys(m.key for m in sides[:2]))


#: How many words may stand between a noun of agreement and the "with" that names its other side
#: ("un accord de pays tiers sûr avec le Maroc").
AGREEMENT_GAP = 5


def _partners(
    doc: Document, s: Sentence, cue: Cue, until: int, acting: list[Mention], holders: list[str], gr: Grammar
) -> list[str]:
    """The other side of an agreement, named after "with" in the cue's clause, right after the
    cue ("agreed with Turkey", "einigte sich mit der Türkei") or after a noun of agreement
    ("signed a gas deal with China", "un accord commercial préliminaire avec le Mexique"), with
    those listed beside it: each agrees as well. "Agreed to talks with the rebels" says whom the
    talks are with, not that they agreed; someone acting for a holder is no other side."""
    text = doc.content
    end = gr.clause_end(text, cue.end, min(until, s.end))
    own = len(re.findall(r"\w+", text[cue.start : cue.end]))  # a frame may hold the partner
    for m in acting:
        if not cue.start < m.start < end or m.key in holders:
            continue
        before = re.findall(r"\w+", text[cue.start : m.start].lower())
        near = range(len(before) - 1, max(0, len(before) - 3), -1)  # "with China", "with the EU"
        at = next((i for i in near if before[i] in gr.comitative), None)
        if at is None:
            return []  # the first actor after the cue is no partner: the sentence names none
        if at != own and not any(_agreement_noun(w, gr) for w in before[max(0, at - AGREEMENT_GAP) : at]):
            return []
        actor = doc.actors.get(m.key)
        if actor is not None and actor.represents in holders:
            return []
        return [k for k in _owners_listed(doc, m, gr) if k not in holders]
    return []


def _agreement_noun(word: str, gr: Grammar) -> bool:
    """Whether ``word`` names an agreement (in German also as a compound's last part)."""
    return word in gr.agreement_nouns or (gr.compounds and any(word.endswith(n) for n in gr.agreement_nouns))


def _asks_another(text: str, s: Sentence, cue: Cue, acting: list[Mention], gr: Grammar) -> str | None:
    """Whom a wish asks to act: the actor that opens the clause a wish governs ("France wants
    the Security Council to impose …", "Frankreich will, dass der Sicherheitsrat …", "la France
    veut que le Conseil …"). Without a word that opens a clause the actor must be followed by
    an infinitive ("wants Beijing to lift"): "wants Ukraine's neutrality" names no act of Ukraine."""
    if cue.phrase not in gr.volition:
        return None
    start = cue.end
    opener = re.match(r"[\s,]*(\w+['’]?)", text[start : s.end])
    own = re.findall(r"\w+", text[cue.start : cue.end].lower())
    clause = bool(own) and own[-1] in gr.complementizers  # "wollen ... dass" holds its opener
    if opener is not None and not clause and opener.group(1).lower() in gr.complementizers:
        clause = True
        start += opener.end()
    actor = next((m for m in acting if m.start >= start), None)
    if actor is None:
        return None
    words = re.findall(r"\w+", text[start : actor.start].lower())
    if len(words) > 3 or not set(words) <= gr.determiners | gr.role_bases:
        return None
    if clause:
        return actor.key
    following = re.findall(r"\w+", text[actor.end : s.end].lower())[:3]
    return actor.key if set(following) & gr.infinitive else None


def _asserts_own_act(
    doc: Document, cue: Cue, until: int, acting: list[Mention], own: set[str], gr: Grammar
) -> bool:
    """Whether a demand verb that may assert (grammar.yml assertive_demands: "insist") has a
    clause about its holder's own side after it: "insisted that Britain would keep cooperating",
    "insistió en que el Reino Unido seguirá …", "insisted it would" tell what that side does, and
    no one asks a thing of itself. The clause's subject is the first actor or personal pronoun
    within a few words after the verb."""
    if cue.phrase not in gr.assertive_demands:
        return False
    text = doc.content
    words = list(re.finditer(r"\w+", text[cue.end : until]))[:4]
    pronouns = gr.first_person_pronouns | gr.singular_pronouns  # "insisted we …", "insisted he …"
    for w in words:
        if w.group().lower() in pronouns:
            return True
        if w.group().lower() not in gr.complementizers | gr.determiners | gr.prepositions:
            break
    first = next((m for m in acting if cue.end <= m.start < until), None)
    if first is None or len(re.findall(r"\w+", text[cue.end : first.start])) > 3:
        return False
    return bool(own & _side(doc, [first.key]))


def _wants_a_thing(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a wish (grammar.yml volition) names a thing, not an act of its own: "Brazil wants
    a lower tariff", "Iraq wanted construction … to begin", "il souhaite que les États …" ask for
    what others must grant (a demand), while "wants to deepen ties", "quiere ampliar el canal",
    "souhaite par ailleurs réunir …" tell what the subject means to do itself. The words after
    the wish are read up to a determiner, which opens the thing wanted; an infinitive marker or a
    verb in the infinitive before it is an act of the subject's own."""
    if cue.phrase not in gr.volition:
        return False
    for n, word in enumerate(re.findall(r"\w+", text[cue.end : s.end].lower())[:3]):
        if word in gr.determiners:
            return True
        if any(len(word) > 4 and word.endswith(e) for e in gr.infinitive_endings):
            return False
        # "wants to …"; where infinitives have endings of their own the marker may be an article
        # ("voulait de nouvelles sanctions")
        if not n and word in gr.infinitive and not gr.infinitive_endings:
            return False
    return True


def _received(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether a verb of receiving or facing stands right before the stance noun ("faced
    criticism", "stieß auf breite Ablehnung", "a fait face à des demandes"): at most two words
    between them. A stance phrase that opens with a preposition is no object of the verb ("finden
    unter der Schirmherrschaft … statt")."""
    if cue.phrase.split(" ")[0] in gr.prepositions:
        return False
    for r in gr.receiving.find_local(text, s.start, s.end):
        # "stieß auf Ablehnung"; a frame around the noun: "kann nicht mit der Unterstützung
        # Belgrads rechnen"
        opening = re.match(r"\w+", text[r.start : r.end])
        joint = r.end if r.end <= cue.start else (opening.end() if opening and r.end >= cue.end else -1)
        if r.start <= cue.start and joint >= 0 and len(re.findall(r"\w+", text[joint : cue.start])) <= 2:
            return True
    return False


def _within(cues: list[Cue], start: int, end: int) -> list[Cue]:
    return [c for c in cues if start <= c.start and c.end <= end]


def _stance_cues(doc: Document, s: Sentence, gr: Grammar) -> list[Cue]:
    """Stance cues in sentence ``s`` that no phrase of ``not_stances`` covers ("zu einer
    Haftstrafe verurteilt" is a sentence, not a condemnation) and that are no part of a name
    ("Rapid Support Forces")."""
    cues = gr.stances.find_in(doc.content, s.start, s.end)
    if not cues:
        return []
    inner = _inside_transparent_frames(doc.content, cues, gr)
    cues = sorted([*cues, *inner], key=lambda c: (c.start, -c.end))
    vetoes = gr.not_stances.find_local(doc.content, s.start, s.end)
    names = [m for m in in_span(doc.mentions, s) if m.form == "name"]
    return [
        c
        for c in cues
        if not any(_vetoed(doc.content, c, v) for v in vetoes)
        and not any(m.start <= c.start and c.end <= m.end for m in names)
        and not runs_into_time(doc, c.start, c.end)  # "a phone call on Saturday"
        # a deed told in the future closes the clause its auxiliary opens: "werde nur verhandeln,
        # wenn der Kosovo die Sanktionen aufhebe" offers no lifting
        and not (c.phrase in gr.deeds and gr.clause.search(doc.content, c.start, c.end))
    ]


#: Stances that give what another may ask for: demanded, their owner is whom it is asked of.
_GIVEN = frozenset({"support", "offer", "accept"})


def _fronted_complement(text: str, s: Sentence, gr: Grammar) -> int | None:
    """Where a clause that opens the sentence with a complementizer ends, in a verb-second
    language ("Dass die Ukraine auf die Krim verzichtet, schloss Selenskyj aus"): such a clause is
    the object of the main clause that follows its comma."""
    if not gr.verb_second:
        return None
    first = re.match(r"\W*(\w+)", text[s.start : s.end])
    if first is None or first.group(1).lower() not in gr.complementizers:
        return None
    comma = text.find(",", s.start, s.end)
    return comma + 1 if comma >= 0 else None


def _inside_transparent_frames(text: str, cues: list[Cue], gr: Grammar) -> list[Cue]:
    """The stance cues in the gap of a frame that passes on the stance it holds: "hält an ihrem
    Veto gegen die Sanktionen fest" maintains the veto, an opposition (``_governing``)."""
    inner: list[Cue] = []
    for c in cues:
        if " ... " in c.phrase and c.phrase in gr.transparent_stances:
            words = list(re.finditer(r"\w+", text[c.start : c.end]))
            inner += gr.stances.find_local(text, c.start + words[0].end(), c.start + words[-1].start())
    return inner


def _vetoed(text: str, cue: Cue, veto: Cue) -> bool:
    """Whether a phrase that states no stance covers ``cue``: any of its words, or for a verb frame
    its fixed words only ("zu Gesprächen ohne Vorbedingungen bereit": the gap's "ohne
    Vorbedingungen" sets no condition, and the frame still states readiness)."""
    if veto.end <= cue.start or cue.end <= veto.start:
        return False
    if " ... " not in cue.phrase:
        # a longer cue around the veto is the more specific phrase: "no plans to" refuses, though
        # "plans to" alone only schedules
        inside = cue.start <= veto.start and veto.end <= cue.end
        return not (inside and (veto.start, veto.end) != (cue.start, cue.end))
    words = list(re.finditer(r"\w+", text[cue.start : cue.end]))
    first, last = cue.start + words[0].end(), cue.start + words[-1].start()
    return veto.start < first or last < veto.end


#: How many words may stand between a stance verb and a stance noun that is its object, when the
#: last of them is an article ("rejected once again the calls for …").
OBJECT_GAP = 4


#: How many words may stand between an auxiliary and a participle joined by "et" to the one it
#: serves ("a maintenu ses sanctions contre le Mali et réclamé …").
SHARED_AUXILIARY_GAP = 12
#: How many words may stand between an auxiliary and its participle ("a finalement signé",
#: "l'ont déjà rejeté").
AUXILIARY_GAP = 4


def _attribute(text: str, cue: Cue, gr: Grammar) -> bool:
    """Whether a stance verb only describes a noun: a participle right after a topic word with no
    agent after it ("a power-sharing agreement signed a year ago", "l'accord signé en 2015"), or
    in German a lower-case verb form right after an article ("das unterzeichnete Abkommen").
    Who signed is not said there; "the agreement signed by Israel and Hamas" says it."""
    first = re.match(r"\w+", text[cue.start : cue.end])
    if first is None:
        return False
    word = first.group()
    if cue.start and text[cue.start - 1] == "-" and word[:1].islower():
        return True  # "a U.S.-backed proposal", "die US-unterstützten Rebellen": an adjective
    before = re.findall(r"\w+['’]?", text[max(0, cue.start - 30) : cue.start].lower())
    if gr.nouns_capitalised:
        return word[:1].islower() and bool(before) and before[-1].rstrip("'’") in gr.determiners
    if not gr.participle_endings or not word.lower().endswith(gr.participle_endings):
        return False
    if before and before[-1].rstrip("'’") in gr.determiners | gr.indefinite_articles:
        return True  # "a renewed assault", "the backed rebels": an adjective before its noun
    if before and before[-1] in gr.copulas | gr.linking_verbs:
        return False  # "la Moldavie reste déterminée à", "sigue decidida a": a predicate
    if gr.perfect_auxiliaries:  # "l'accord de Conakry signé l'an dernier": no "a", "est", "ha"
        auxiliaries = gr.perfect_auxiliaries | gr.passive_auxiliaries
        if set(before[-AUXILIARY_GAP:]) & auxiliaries:
            return False
        wide = re.findall(r"\w+['’]?", text[max(0, cue.start - 120) : cue.start].lower())
        if before and before[-1] in gr.list_joins and set(wide[-SHARED_AUXILIARY_GAP:]) & auxiliaries:
            return False  # "a maintenu ses sanctions contre le Mali et réclamé …": the "a" is shared
    else:  # English "signed" is also the past tense: only right after a topic word
        nouns = gr.topics.find_local(text, max(0, cue.start - 40), cue.start)  # "agreement" too
        if not any(not text[t.end : cue.start].strip() for t in nouns):
            return False
        roles = gr.roles.find_local(text, max(0, cue.start - 40), cue.start)
        if any(not text[r.end : cue.start].strip() for r in roles):
            return False  # "the chief negotiator rejected": a role is who acts, not what is described
    after = re.findall(r"\w+", text[cue.end : cue.end + 40].lower())[:4]
    return not set(after) & gr.agent_markers


def _inside(text: str, cue: Cue, gr: Grammar) -> list[Cue]:
    """Stance words in the gap of a separable verb or at the end of a verb frame: "lehnte Putins
    Vorschlag ab" and "a accepté la proposition russe" hold a proposal inside the answer."""
    if " ... " not in cue.phrase:
        return []
    words = list(re.finditer(r"\w+", text[cue.start : cue.end]))
    if len(words) < 3:
        return []
    return gr.stances.find_local(text, cue.start + words[0].end(), cue.end)


def _governing(
    text: str, cues: list[Cue], topics: list[Cue], acting: list[Mention], gr: Grammar
) -> list[Cue]:
    """Drop a stance noun that only belongs to the object of the stance before it: in
    "unterstützt die Forderung nach …" the stance is support, not a demand of the speaker's own;
    in "urged both sides to agree to a ceasefire" the agreement is what is urged;
    in "Nötig seien ein Waffenstillstand, ein konkreter Plan …" the plan is one of the demands;
    in "rejected Vladimir Putin's plan" the plan is the object (its owner's, see ``owned``); but
    "decided to cancel the talks" is a cancellation: a decision or readiness passes on the stance
    of the verb it opens."""
    out: list[Cue] = []
    reach = 0  # the end of the last stance noun taken as the object of out[-1]
    for c in cues:
        if c.phrase in gr.transparent_stances and (elided := _ELIDED_END.search(text, c.start, c.end)):
            inner = gr.stances.find_local(text, elided.end(), c.end)  # "a décidé d'annuler"
            c = inner[0] if inner else c
        if out and _object_of_final_verb(text, out[-1], c, gr):
            # "hat den Vorschlag einer Waffenruhe abgelehnt": the proposal is what is rejected; but
            # "hat die Notwendigkeit unterstrichen" reaffirms a demand
            if c.phrase not in gr.transparent_stances:
                out[-1] = c
            continue
        if out and _coordinated_verb(text, out[-1], c, gr):
            out.append(c)  # "rejected mediation and demanded the lifting of sanctions": two stances
            continue
        if out and _after_relative(text, out[-1], c, gr):
            out.append(c)  # "Egypt, which has long pushed for a ceasefire, welcomed the talks"
            continue
        if out:
            between = re.findall(r"\w+", text[out[-1].end : c.start].lower())
            if between and set(between) <= gr.copulas and out[-1].phrase in gr.stance_nouns:
                out[-1] = c  # "the proposal was unacceptable": the evaluation is the stance
                continue
            if out[-1].phrase in gr.stance_nouns and set(_words_of(text, c)[:1]) & gr.role_markers:
                out.append(c)  # "described the proposal as a good basis": the proposal's and the judge's
                continue
            joined = bool(between) and set(between) <= gr.coordination  # "rejected and condemned"
            # "dispuesta a negociar, pero no cederá": a contrast after a comma opens a stance of its own
            apart = bool(set(between) & gr.contrast) and "," in text[out[-1].end : c.start]
            if out[-1].phrase in gr.transparent_stances and len(between) <= 2 and not joined and not apart:
                out[-1] = c  # "decided to cancel the talks": the cancellation is the stance
                continue
            if out[-1].phrase in gr.transparent_stances and _infinitive_clause(text, out[-1], c, gr):
                out[-1] = c  # "sei bereit, der Armee mit Kampfjets zu helfen": the help is the stance
                continue
            gap = text[out[-1].end : c.start]
            # a comma opens a clause of its own: "has refused, accusing the rebels …" (German
            # clauses that end in their verb put a comma before the next clause's words instead)
            opens = c.phrase in gr.condition_cues  # "bereit, allerdings nur, wenn …": a condition of its own
            # a verb after a comma is a clause of its own in German too: "Die Opposition, die die
            # Wahl boykottiert hatte, verlangte Neuwahlen"
            after_comma = re.search(r"[,;:]", gap) is not None
            conditional = set(_words_of(text, c)) & gr.verb_first_conditionals  # "…, sollten sie …"
            verb = c.phrase not in gr.stance_nouns and not conditional
            own_clause = opens or (after_comma and (not gr.verb_second or verb))
            # "rechazó de nuevo los llamamientos a …": an adverb may stand before the object's article
            # and so may the addressee before a word of quantity: "verlangte von der EU mehr Unterstützung"
            opener = gr.determiners | gr.quantifiers
            near_object = len(between) <= 2 or (len(between) <= OBJECT_GAP and between[-1] in opener)
            # "rechazó el plan y Ucrania aceptó …": "and" with a name opens a clause of its own
            subject_joined = bool(set(between) & (gr.list_joins | gr.contrast)) and any(
                out[-1].end <= m.start and m.end <= c.start for m in acting
            )
            if near_object and not joined and not own_clause and not subject_joined:
                reach = c.end  # what follows the object noun is the object's too
                continue
            # "bekräftigte seine Unterstützung für den Friedensplan": the plan is the object of
            # the support that is itself the object of the reaffirming
            near = re.findall(r"\w+", text[max(reach, out[-1].end) : c.start].lower())
            if reach > out[-1].end and len(near) <= 2 and not own_clause and not re.search(r"[,;:]", gap):
                reach = c.end
                continue
            owner = [m for m in acting if out[-1].end <= m.start and m.end <= c.start]
            if owner and not re.search(r"[,;:]", gap) and not joined:
                unnamed = gap[: owner[0].start - out[-1].end] + gap[owner[-1].end - out[-1].end :]
                rest = re.findall(r"\w+", unnamed.lower())
                # "announced that Budapest would veto …": a complementizer opens a clause of its own,
                # and so does "and" ("rechazó el plan y Ucrania aceptó …")
                if len(rest) <= 2 and not set(rest) & (gr.complementizers | gr.list_joins | gr.contrast):
                    continue  # "rejected Vladimir Putin's plan": the plan is the object, Putin's
            # a negation may stand between the marker and its verb: "à ne pas bloquer", "a no bloquear"
            opened = [w for w in between if w not in gr.negations and w not in gr.negation_particles]
            if opened and opened[-1] in gr.infinitive and "," not in text[out[-1].end : c.start]:
                continue  # "urged both sides to agree to a ceasefire": the agreement is what is urged
            if out[-1].key == "demand" and _in_asked_infinitive(between, gap, gr):
                continue  # "apremió a los aliados a acelerar la entrega de …": the delivery is asked
            if _demanded(text, out[-1], c, gr):
                continue  # "verlangen, dass Israel die Waffenruhe akzeptiert": what is asked
            if _complement(text, out[-1], c, gr):
                continue  # "rejected the idea of sending troops": the sending is what is rejected
            if out[-1].key == "demand" and _asked_infinitive(text, out[-1], c, gr):
                continue  # "forderten Iran auf, … mit der IAEA zusammenzuarbeiten": what is asked
            if between and between[-1] in gr.infinitive and _correlate(out[-1], text, gr):
                continue  # "sprach sich dagegen aus, Raketen zu liefern": the delivery is what it opposes
            if out[-1].phrase in gr.condition_cues and "," not in text[out[-1].end : c.start]:
                continue  # "erst wieder verhandelt, wenn die Rebellen … garantierten": the condition
            listed = [t for t in topics if out[-1].end <= t.start and t.end <= c.start]
            finite = between[-1:] and between[-1] in gr.perfect_auxiliaries  # "…, a réclamé": a verb
            item = bool(listed) and not finite and _list_item(text[listed[-1].end : c.start], gr)
            if item and not any(listed[-1].end <= m.start < c.start for m in acting):
                continue
        out.append(c)
    return out


#: How far back (characters) the comma that opens a relative clause around a cue may stand.
RELATIVE_REACH = 120


def _after_relative(text: str, inner: Cue, c: Cue, gr: Grammar) -> bool:
    """Whether ``inner`` stands in a relative clause set off by commas after the subject ("Egypt,
    which has long pushed for a ceasefire in Sudan, welcomed …") and ``c`` after its closing
    comma: then ``c`` is the main clause's own stance, neither an item of a list nor the
    relative clause's object."""
    if "," not in text[inner.end : c.start]:
        return False
    before = text[max(0, inner.start - RELATIVE_REACH) : inner.start]
    comma = before.rfind(",")
    opener = _WORDS.search(before, comma + 1) if comma >= 0 else None
    if opener is None or before[comma + 1 : opener.start()].strip():
        return False  # no comma, or one that does not open the clause with a word
    return opener.group().lower() in gr.subject_relatives


def _words_of(text: str, cue: Cue) -> list[str]:
    """The lower-case words of a cue's span."""
    return re.findall(r"\w+", text[cue.start : cue.end].lower())


#: How many words the infinitive clause of a readiness or decision may hold before its verb
#: ("bereit, der Freien Syrischen Armee mit Kampfjets zu helfen").
READY_CLAUSE_GAP = 10


#: How many words may stand between a demand and the complementizer of the clause it opens.
DEMANDED_GAP = 2


def _demanded(text: str, ask: Cue, c: Cue, gr: Grammar) -> bool:
    """Whether cue ``c`` stands in the clause a demand or a wish opens with a complementizer,
    before any comma ends it ("Die USA verlangen, dass Israel die Waffenruhe akzeptiert"): it
    is the content of the demand, not a stance of that clause's subject."""
    if ask.key != "demand" and ask.phrase not in gr.volition:
        return False
    gap = text[ask.end : c.start]
    own = re.findall(r"\w+['’]?", text[ask.start : ask.end].lower())
    opener = 0 if own and own[-1] in gr.complementizers else None  # the cue "will, dass" holds it
    # the clause the demand opens follows it ("exige que", "verlangen, dass", "demanded on Monday
    # that"), not a clause of its own further on ("plaidé pour un embargo, tandis que …")
    for i, m in enumerate(re.finditer(r"\w+['’]?", gap)):
        if i <= DEMANDED_GAP and opener is None and m.group().lower() in gr.complementizers:
            opener = m.end()
    return opener is not None and not re.search(r"[,;:]", gap[opener:])


def _correlate(cue: Cue, text: str, gr: Grammar) -> bool:
    """Whether a cue holds a correlate ("bestand darauf", "sprach sich dagegen aus"), which
    announces the clause after it as its object."""
    words = set(re.findall(r"\w+", text[cue.start : cue.end].lower()))
    return bool(words & gr.correlates)


def _infinitive_clause(text: str, ready: Cue, c: Cue, gr: Grammar) -> bool:
    """Whether ``c`` closes the infinitive clause a readiness or decision opens after a comma
    ("bereit, der Armee mit Kampfjets zu helfen", "beschloss, die Gespräche abzusagen"): the
    comma right after it, no other break, and the infinitive at ``c``."""
    gap = text[ready.end : c.start]
    if not gap.lstrip().startswith(",") or re.search(r"[.;:!?]|,.*,", gap):
        return False
    between = re.findall(r"\w+", gap.lower())
    own = _words_of(text, c)
    marked = bool(between and between[-1] in gr.infinitive) or bool(own and own[0] in gr.infinitive)
    return len(between) <= READY_CLAUSE_GAP and (marked or _infix_infinitive(own, gr))


#: How many words the infinitive clause a demand opens may hold before its verb.
ASKED_CLAUSE_GAP = 16


def _in_asked_infinitive(between: list[str], gap: str, gr: Grammar) -> bool:
    """Whether a cue stands in the infinitive clause a demand opens after its addressee, with no
    comma ("urged the allies to speed up the delivery of …", "exhorté les alliés à accélérer la
    livraison de …", "apremió a los aliados a acelerar la entrega de …"): a marker, then a word
    that is an infinitive (by its ending where the grammar lists them; else not an article), at
    most a few words before the cue."""
    if re.search(r"[,;:]", gap):
        return False
    ending = gr.infinitive_endings
    for i, w in enumerate(between[:-1]):
        verb = between[i + 1]
        infinitive = verb.endswith(ending) if ending else verb not in gr.determiners
        if w in gr.infinitive and i > 0 and infinitive and len(between) - i <= ASKED_CLAUSE_GAP:
            return True
    return False


def _asked_infinitive(text: str, demand: Cue, c: Cue, gr: Grammar) -> bool:
    """Whether ``c`` is the infinitive of the clause a demand opens after a comma ("forderten den
    Iran auf, die Anreicherung zu stoppen und mit der IAEA zusammenzuarbeiten"): what is asked,
    not a stance of the one asked. One comma, no sentence break, the infinitive at ``c``."""
    gap = text[demand.end : c.start]
    if "," not in gap or re.search(r"[.;:!?]", gap):
        return False
    # the last comma opens the infinitive clause; the ones before it may only list the addressees
    # ("forderten Mali, Burkina Faso und Niger auf, … vorzulegen"), opening no clause of their own
    last = gap.rindex(",")
    if set(re.findall(r"\w+", gap[:last].lower())) & (gr.complementizers | gr.clause_words):
        return False
    after = re.findall(r"\w+", gap[last:].lower())
    own = _words_of(text, c)
    # the marker before the verb, or opening the cue itself ("…, den Flüchtlingen zu helfen")
    marked = bool(after and after[-1] in gr.infinitive) or bool(own[:1] and own[0] in gr.infinitive)
    return len(after) <= ASKED_CLAUSE_GAP and (marked or _infix_infinitive(own, gr))


def _complement(text: str, outer: Cue, c: Cue, gr: Grammar) -> bool:
    """Whether the stance verb ``c`` is the content of a noun such as "idea" or "possibility"
    that the stance ``outer`` takes as its object: "rejected the idea of sending troops",
    "rechazó la idea de enviar", "a rejeté l'idée d'envoyer" (the noun and its joining word
    right before the verb), "lehnte die Idee ab, Truppen zu entsenden", "äußerte sich kritisch
    zu der Idee, … zu entsenden" (the noun the last word before the one comma, the infinitive
    closing the clause). The verb states no stance of its own."""
    if not gr.complement_nouns or c.phrase in gr.stance_nouns:
        return False
    gap = text[outer.end : c.start]
    if re.search(r"[.;:!?]", gap):
        return False
    if gr.complement_markers:
        words = re.findall(r"\w+", gap.lower())
        return len(words) >= 2 and words[-1] in gr.complement_markers and words[-2] in gr.complement_nouns
    if gap.count(",") != 1:
        return False
    comma = outer.end + gap.index(",")
    head = re.findall(r"\w+", text[outer.start : comma].lower())
    after = re.findall(r"\w+", text[comma : c.start].lower())
    marked = bool(after and after[-1] in gr.infinitive) or _infix_infinitive(_words_of(text, c), gr)
    return bool(set(head[-3:]) & gr.complement_nouns) and marked and len(after) <= ASKED_CLAUSE_GAP


def _infix_infinitive(words: list[str], gr: Grammar) -> bool:
    """Whether the last of ``words`` is an infinitive with its marker inside ("zusammenzuarbeiten",
    "abzusagen")."""
    return bool(words) and any(i in words[-1][2:-2] for i in gr.infinitive_infixes)


def _object_of_final_verb(text: str, noun: Cue, verb: Cue, gr: Grammar) -> bool:
    """Whether a stance noun stands in the middle field of the clause that ``verb`` closes, so is
    its object: "Russland hat den Plan der EU unterstützt", "hat den Vorschlag … abgelehnt"."""
    if not gr.final_verb(text, verb.start, verb.end) or not text[noun.start : noun.start + 1].isupper():
        return False
    return gr.clause.search(text, noun.end, verb.start) is None


def _coordinated_verb(text: str, prev: Cue, cue: Cue, gr: Grammar) -> bool:
    """Whether ``cue`` is a verb joined to the clause of ``prev`` by "and", with nothing but an
    auxiliary between: "rejected mediation and demanded …", "a rejeté la médiation et a exigé …",
    "rechazó la mediación y exigió …" state two stances of one subject, so the second is no
    object of the first. A noun there comes with its article ("and the demand for …") and a
    joined subject with its name ("and Cuba demanded"): neither is this, nor a verb joined inside
    the clause a complementizer opens ("fordert, dass Armenien die Verfassung ändert und auf
    Ansprüche verzichtet": both are what is demanded)."""
    words = re.findall(r"\w+", text[prev.end : cue.start].lower())
    joins = [i for i, w in enumerate(words) if w in gr.list_joins]
    if not joins or joins[-1] == 0:
        return False  # "rejected and condemned" is handled as a pair of verbs on one object
    rest = words[joins[-1] + 1 :]
    if not all(w in gr.perfect_auxiliaries or w in gr.passive_auxiliaries for w in rest):
        return False
    if set(words[: joins[-1]]) & gr.complementizers and not rest:
        # "insisted that … and refused": a simple past goes on the main clause; where verbs close
        # their clause, or in another form, the verb stays in the complementizer's clause
        verb = re.search(r"\w+", text[cue.start : cue.end])
        if verb is None:
            return False
        if gr.verb_second:
            # "…, dass die Truppen abziehen, und lehnt einen Beitritt ab": the complementizer's
            # clause ends in its verb; a finite verb right after "und" with words after it in its
            # clause is second in a main clause, which goes on the sentence's
            after = cue.start + verb.end()
            more = re.search(r"\w", text[after : gr.clause_end(text, after, len(text))])
            return bool(more) and gr.inflected_verb(verb.group())
        return verb.group().lower().endswith(gr.past_endings)
    return True


def _list_item(between: str, gr: Grammar) -> bool:
    """Whether ``between`` joins a next item of a list: a comma or "und" and at most three words
    of the item ("…, ein konkreter Plan"), not a contrast ("…, mais ont posé comme condition")."""
    words = re.findall(r"\w+", between.lower())
    joined = "," in between or bool(words and words[0] in gr.coordination)
    return joined and 1 <= len(words) <= 3 and not set(words) & gr.contrast


def _subject_candidates(
    text: str, s: Sentence, acting: list[Mention], roles: list[Cue], gr: Grammar, stances: list[Cue]
) -> list[Mention]:
    """Acting mentions that may be a clause subject: not after a preposition, nor joined to one
    that is ("talks between Cuba and the United States"), nor inside parentheses ("(IS)"). The
    preposition counts before the whole noun phrase: "Secretary of State X" is a subject, "avec
    le président égyptien X" is not; "les chefs d'État de la CEDEAO" are the CEDEAO's."""
    out: list[Mention] = []
    prev: Mention | None = None
    prev_object = False
    titled: int | None = None  # where the title of the person named next starts
    sources = gr.attributions.find_local(text, s.start, s.end)
    for i, m in enumerate(acting):
        words = re.findall(r"\w+", text[prev.end : m.start].lower()) if prev else []
        joined = prev is not None and len(words) <= 2 and bool(words) and words[0] in gr.coordination
        head = _phrase_start(text, m if titled is None else replace(m, start=titled), roles, gr)
        titled = None
        owner = next(
            (c for c in roles if c.end <= m.start and _OF_ROLE.fullmatch(text[c.end : m.start])), None
        )
        if owner is not None:  # "the foreign ministers of the EU": the EU acts
            head = _phrase_start(text, replace(m, start=owner.start), roles, gr)
            named = acting[i + 1] if i + 1 < len(acting) else None
            if named is not None and named.kind == "Person" and _names_holder(text[m.end : named.start]):
                # "le porte-parole du Kremlin Dmitri Peskov": Peskov acts, the Kremlin names his post;
                # so "Die Vorsitzende der oppositionellen Demokratischen Partei, Elly Schlein, …"
                prev, prev_object, titled = m, False, owner.start
                continue
        is_object = (
            after_preposition(text, s.start, head, gr.prepositions)
            or _attributed_to(text, head, sources, gr)
            or (joined and prev_object)
            or _oblique(text, s.start, head, gr, stances)
            or _postnominal_genitive(text, s.start, m, gr)
        )
        aside = text.count("(", s.start, m.start) > text.count(")", s.start, m.start)
        label = not text[s.start : m.start].strip() and re.match(r"\s*:", text[m.end : m.end + 3])
        if not is_object and not aside and not label:  # "Venezuela: cancilleres piden …" labels the story
            out.append(m)
        prev, prev_object = m, is_object
    return out


def _names_holder(between: str) -> bool:
    """Whether what stands between an owner of a role and the person's name lets the name hold
    the post: nothing but spaces and commas ("du Kremlin Dmitri Peskov"), or the rest of the
    owner's name and the comma of the apposition ("der oppositionellen Demokratischen Partei,
    Elly Schlein"): a few capitalised words, no clause."""
    rest = between.strip(" ,")
    if not rest:
        return True
    words = re.findall(r"\w+", rest)
    named = len(words) <= _OWNER_NAME_WORDS and all(w[:1].isupper() for w in words)
    return named and between.rstrip(" ").endswith(",")


#: How many words the rest of an owner's name may run between its actor word and the comma.
_OWNER_NAME_WORDS = 3


def _attributed_to(text: str, head: int, sources: list[Cue], gr: Grammar) -> bool:
    """Whether the noun phrase at ``head`` names the source of the sentence's words ("According
    to the EU, both delegations accepted …", "selon l'UE", "según la UE"): a source tells, it
    does not act in the clause."""
    for c in sources:
        between = re.findall(r"\w+", text[c.end : head].lower())
        if c.end <= head and len(between) <= 1 and set(between) <= gr.determiners:
            return True
    return False


def _oblique(text: str, start: int, head: int, gr: Grammar, stances: list[Cue]) -> bool:
    """Whether the article before a noun phrase marks a case no subject has, where articles
    mark case: "Kritiker warfen dem türkischen Präsidenten Erdoğan vor" (a dative: Erdoğan is
    the accused, not the accuser), "lobte die Haltung der österreichischen Regierung" (a
    genitive after a noun of an act; after a verb, "forderte der Präsident", the same article
    opens a subject, "Rebellen der FSA" act, and so does the owner of a stance noun: "unter
    Vermittlung der UN"). Adjectives may stand between article and phrase."""
    if not gr.oblique_articles:
        return False
    words = list(re.finditer(r"[\w’'-]+", text[start:head]))
    closed = gr.oblique_articles | gr.genitive_articles | gr.subject_articles
    while words and (w := words[-1].group())[:1].islower() and w.lower() not in closed:
        if not w.lower().endswith(gr.attributive_endings):
            return False
        words.pop()  # "dem türkischen": an adjective
    if not words:
        return False
    article = words[-1].group().lower()
    if article in gr.oblique_articles:
        return True
    if article not in gr.genitive_articles or len(words) < 2:
        return False
    noun = words[-2]
    at = start + noun.start()
    return (
        noun.group()[:1].isupper()
        and noun.group().lower().endswith(gr.action_noun_endings)
        and not noun.group().lower().endswith(gr.acting_nouns)
        and not any(c.start <= at < c.end for c in stances)
    )


def _postnominal_genitive(text: str, start: int, m: Mention, gr: Grammar) -> bool:
    """Whether a name in the genitive follows a noun, whose attribute it is: "nannte den
    Nato-Beitritt Schwedens inakzeptabel" (Sweden is no subject). Where nouns are capitalised,
    a capitalised word that is not the sentence's first stands right before it; "Schwedens
    Regierung" and "forderte Russlands Außenminister" are subjects."""
    if m.form != "genitive" or not gr.nouns_capitalised:
        return False
    words = list(re.finditer(r"[\w-]+", text[start : m.start]))
    if len(words) < 2 or text[start + words[-1].end() : m.start].strip():
        return False
    return words[-1].group()[:1].isupper()


#: Words that tie an owner to a role noun before it ("chefs d'État de la CEDEAO").
_OF_ROLE = re.compile(
    r"\s+(?:der|des|von|vom|of|of the|de|du|de la|de l'|del|de los|de las)\s+", re.IGNORECASE
)


def _phrase_start(text: str, m: Mention, roles: list[Cue], gr: Grammar) -> int:
    """Where the noun phrase of a name starts: before the role nouns and words right before it
    ("US-Außenminister John Kerry", "le président égyptien al-Sissi"); a preposition ends the
    role's phrase ("the envoy for Sudan": Sudan is no name the envoy's title introduces), and so
    does a lower-case word where nouns are capitalised, a verb ("Laut Diplomaten lehnt Russland")."""
    start = m.start
    for c in sorted(roles, key=lambda c: -c.end):
        gap = re.fullmatch(r"[\s,]*(?:([^\W\d_]+)\s+)?", text[c.end : start])
        word = (gap.group(1) or "") if gap else ""
        verb = gr.nouns_capitalised and word[:1].islower()
        if c.end <= start and gap and word.lower() not in gr.prepositions and not verb:
            start = c.start
    return start


def _last_word(text: str) -> str:
    words = re.findall(r"\w+", text[-30:].lower())
    return words[-1] if words else ""


#: The end of a sentence inside a stretch of text.
_SENTENCE_END = re.compile(r"[.!?]\s")


def _subjects(text: str, subjects: list[Mention], cue: Cue, gr: Grammar) -> list[str]:
    """The subject before the cue that opens the cue's clause (else the sentence's first), with
    those coordinated with it ("Both Machar and Kiir agreed"). An infinitive clause has no
    subject of its own: "Russland sei bereit, der Armee zu helfen" is Russia's offer."""
    before = [m for m in subjects if m.end <= cue.start]
    if not before:
        return []
    first = before[0]
    bounds = gr.clause_starts(text, before[0].start, cue.start)
    bounds = sorted([*bounds, *(c.end for c in gr.speech.find_local(text, before[0].start, cue.start))])
    bounds = _past_appositions(text, bounds, before, gr)
    bounds = [b for b in bounds if not _in_list(text, b, before, gr)]
    words = re.findall(r"\w+", text[cue.start : cue.end].lower()) or [""]
    marked = _last_word(text[: cue.start]) in gr.infinitive  # "… zu liefern"
    infinitive = words[0] in gr.infinitive or marked
    if infinitive and bounds:
        bounds.pop()
    # the subject stands before an infinitive clause set off by a comma (German sets off each):
    # "Die Bundesregierung kündigte an, der Ukraine Patriot-Systeme zu liefern" names no actor
    comma = text.rfind(",", max(0, before[0].start - 200), cue.start)
    own = gr.verb_second and comma >= 0 and not _SENTENCE_END.search(text, comma, cue.start)
    if marked and own and not any(m.end <= comma for m in subjects):
        return []
    if bounds and (pronoun := _opening_pronoun(text, bounds[-1], cue.start, gr)) is not None:
        # "Russland machte deutlich, dass es eine Nato-Mitgliedschaft der Ukraine nicht akzeptieren
        # werde": the pronoun is the subject; it stands for the subject of the clause before
        outer = [m for m in subjects if m.end <= pronoun]
        return _subjects(text, outer, replace(cue, start=pronoun, end=pronoun), gr) if outer else []
    if bounds:
        first = next((m for m in before if m.start >= bounds[-1]), before[0])
    first = _new_clause_subject(text, before, first, cue, gr)
    j = before.index(first)
    while j and _list_comma(text[before[j - 1].end : before[j].start], gr):
        j -= 1  # "Brasilien, Chile und Peru": the comma before Chile opens no clause
    start = before[j]
    chain = [start]
    listed = False  # a comma joins only in a list that an "und" closes ("A, B und C")
    for m in before[j + 1 :]:
        words = re.findall(r"\w+", text[chain[-1].end : m.start].lower())
        # "Pashinyan and Azerbaijani President Ilham Aliyev", "und der aserbaidschanische Präsident
        # Alijew": an article, a nationality and a title may stand between the joining word and the name
        conj = (
            len(words) <= COORDINATED_TITLE
            and bool(words)
            and words[0] in gr.coordination
            and words[0] not in gr.prepositions
            and not set(words[1:]) & (gr.coordination | gr.prepositions)
        )
        if not conj and not _list_comma(text[chain[-1].end : m.start], gr):
            break
        chain.append(m)
        listed = listed or conj
        if conj:
            break
    closing = re.findall(r"\w+", text[chain[-1].end : cue.start])
    headline = len(chain) > 1 and len(closing) <= 2  # "EU, Tunisia sign migration pact"
    if not (listed or headline) or first not in chain:
        chain = [first]
    return list(dict.fromkeys(m.key for m in chain))


def _in_list(text: str, bound: int, names: list[Mention], gr: Grammar) -> bool:
    """Whether the clause bound right after a comma is a list's comma between two names ("hat
    Mali, Burkina Faso und Niger … angeboten"): it closes no clause."""
    left = next((m for m in names if m.end < bound and not text[m.end : bound - 1].strip()), None)
    right = next((m for m in names if m.start >= bound and not text[bound : m.start].strip()), None)
    return left is not None and right is not None and _list_comma(text[left.end : right.start], gr)


def _past_appositions(text: str, bounds: list[int], names: list[Mention], gr: Grammar) -> list[int]:
    """Clause bounds without the comma that closes a name in apposition to the role phrase that
    opens the clause ("Plus nuancé, le ministre lituanien des affaires étrangères, Kęstutis
    Budrys, a remercié …"): that comma closes no clause, so the name is the subject, not a name
    after it. The role phrase must stand alone between commas, with nothing but articles and one
    adjective before it ("…, que … con su homólogo estadounidense, Donald Trump, descartó" is a
    relative clause)."""
    kept: list[int] = []
    for b in bounds:
        name = next((m for m in names if m.end <= b and text[m.end : b].strip() == ","), None)
        opening = text.rfind(",", 0, name.start) if name is not None else -1
        if name is None or opening < 0 or text[opening + 1 : name.start].strip():
            kept.append(b)
            continue
        start = max(text.rfind(mark, 0, opening) for mark in ",.;:") + 1
        roles = [r for r in gr.roles.find_local(text, start, opening) if r.end <= opening]
        lead = re.findall(r"\w+", text[start : roles[0].start].lower()) if roles else ["-"]
        tail = re.findall(r"\w+", text[roles[-1].end : opening]) if roles else ["-", "-", "-"]
        if len([w for w in lead if w not in gr.determiners]) <= 1 and len(tail) <= 2:
            continue  # "le ministre …, Kęstutis Budrys,": the name is the role's
        kept.append(b)
    return kept


def _new_clause_subject(text: str, before: list[Mention], first: Mention, cue: Cue, gr: Grammar) -> Mention:
    """The subject of a main clause joined by "and" or "but" with no comma: "Russia rejected the
    plan and Ukraine accepted the ceasefire" — the name right after the joining word (past an
    article or title) with the verb right after it, where the words between it and ``first``
    hold no other name (so "Russia and Ukraine accepted" stays one list of subjects)."""
    later = before[before.index(first) + 1 :]
    for k, m in enumerate(later):
        lead = re.findall(r"\w+", text[(later[k - 1] if k else first).end : m.start].lower())
        while lead and lead[-1] in gr.determiners | gr.role_bases:
            lead.pop()
        joined = len(lead) >= 2 and lead[-1] in gr.list_joins | gr.contrast
        gap = re.findall(r"\w+", text[m.end : cue.start].lower())
        if joined and k == 0 and len(gap) <= 1 and set(gap) <= gr.verb_auxiliaries:
            return m
    return first


#: How many words may stand between two coordinated subjects: the joining word, an article, a
#: nationality and a title of up to two words ("und der aserbaidschanische Präsident", "et le Premier
#: ministre kosovar").
COORDINATED_TITLE = 5


def _prepositional_prefield(text: str, s: Sentence, cue: Cue, gr: Grammar) -> int:
    """Where the finite verb stands when a verb-second clause opens with a preposition ("Nach
    dem Verzicht der Regierung hat der Minister … begrüßt", "Bei einem Treffen mit Lawrow
    forderte Kerry …"): the one phrase before the verb holds no subject. The verb is the first
    lower-case word that is no article, preposition or adjective after one; 0 when the clause
    opens otherwise, after a comma (a subordinate clause: "…, mit denen die EU … vereinbart
    habe") or no verb stands before the cue's end."""
    start = gr.clause_start(text, s.start, cue.start)
    if "," in text[s.start : start]:
        return 0
    words = list(re.finditer(r"[\w’'-]+", text[start : cue.end]))
    if len(words) < 2 or words[0].group().lower() not in gr.prepositions:
        return 0
    inside = gr.determiners | gr.prepositions | gr.list_joins | gr.subject_articles | gr.oblique_articles
    for i, w in enumerate(words[1:], 1):
        word = w.group()
        if not word[:1].islower() or word.lower() in inside:
            continue
        after_article = words[i - 1].group().lower() in inside
        if after_article and word.lower().endswith(gr.attributive_endings):
            continue  # "dem österreichischen": an adjective
        return start + w.start()
    return 0


def _noun_subject(text: str, s: Sentence, cue: Cue, gr: Grammar) -> int:
    """Where the verb stands after a noun phrase that opens the cue's clause as its subject ("Der
    polnische Parteichef Jarosław Kaczyński hat Deutschland … vorgeworfen"): an article of a
    subject first, a capitalised word after it, then the first lower-case word that is no article
    or preposition (the verb, or the cue itself). 0 when the clause opens otherwise ("Am Montag
    forderte Russland …")."""
    start = gr.clause_start(text, s.start, cue.start)
    words = list(re.finditer(r"\w+", text[start : cue.end]))
    if len(words) < 2 or words[0].group().lower() not in gr.subject_articles:
        return 0
    capital = next((i for i, w in enumerate(words[1:], 1) if w.group()[:1].isupper()), None)
    if capital is None:
        return 0
    # "Die Außenminister der EU haben …", "Die Außenminister Athens und Ankaras haben …": still the
    # noun phrase
    inside = gr.determiners | gr.prepositions | gr.list_joins
    later = words[capital + 1 :]
    # a lower-case word right after an article is an adjective ("und der aserbaidschanische
    # Präsident"): no verb follows an article
    verb = next(
        (
            w
            for i, w in enumerate(later)
            if w.group()[:1].islower()
            and w.group() not in inside
            and not (i and later[i - 1].group().lower() in gr.determiners)
        ),
        None,
    )
    return start + verb.start() if verb is not None and start + verb.start() <= cue.start else 0


#: How many words may stand between a sentence's opening pronoun and its stance verb ("It also
#: firmly rejected").
OPENING_GAP = 3


def _opens_sentence(text: str, s: Sentence, cue: Cue, pronouns: frozenset[str]) -> bool:
    """Whether the sentence opens with one of ``pronouns`` as the subject of the cue, a few
    words before it ("It rejected …", "It has also called for …")."""
    words = [w.lower() for w in re.findall(r"\w+", text[s.start : cue.start])]
    return bool(words) and words[0] in pronouns and len(words) <= OPENING_GAP + 1


def _opening_pronoun(text: str, start: int, end: int, gr: Grammar) -> int | None:
    """Where a subject pronoun stands if it is the first word of the clause from ``start``."""
    first = re.compile(r"\w+").search(text, start, end)
    return first.start() if first is not None and first.group().lower() in gr.subject_pronouns else None


def _list_comma(gap: str, gr: Grammar) -> bool:
    """Whether a gap between two names is a list's comma, maybe with an article ("L'Espagne,
    l'Irlande et la Norvège")."""
    def article(m: re.Match[str]) -> str:
        return "" if m.group().lower().rstrip("'’") in gr.determiners else m.group()

    return re.sub(r"\w+['’]?", article, gap).replace(" ", "") == ","


def _pronoun_in(text: str, gr: Grammar, plural: bool = False) -> bool:
    """Whether a singular (or ``plural``) personal pronoun stands in ``text`` (as the likely
    subject: "he", "ils"). A pronoun that is singular or plural by its verb ("sie sagte" / "sie
    sagten") counts when a word next to it has a verb ending of that number."""
    pronouns = gr.plural_pronouns if plural else gr.singular_pronouns
    words = re.findall(r"\w+", text.lower())
    for i, w in enumerate(words):
        if w in gr.number_pronouns:
            near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
            if any(_of_number(v, gr, plural) for v in near):
                return True
        elif w in pronouns:
            return True
    return False


def _of_number(verb: str, gr: Grammar, plural: bool) -> bool:
    """Whether a word has the verb ending of that number ("sagten" plural, "sagte" singular)."""
    if plural:
        return verb.endswith(gr.plural_endings)
    return verb.endswith(gr.singular_endings) and not verb.endswith(gr.plural_endings)


def _topics_for(
    text: str,
    cue: Cue,
    until: int,
    topic_cues: list[Cue],
    since: int,
    gr: Grammar,
    antecedent: bool = False,
    skipped: tuple[int, int] | None = None,
) -> list[str]:
    """Topics a stance cue governs: the first after it and those coordinated with it ("ein Verzicht
    auf X, eine Begrenzung Y sowie Z"), else the nearest before it in its own clause ("…, sondern
    um Vorschläge" does not reach back over the comma). A keyword inside the first object
    ("sanctions on Russian oil exports") is not a topic of its own. ``skipped``: a relative
    clause between a fronted object and the verb ("Eine Waffenruhe, die die ELN fordert, lehnt
    Kolumbien ab"), whose topics are not the verb's; ``since`` then reaches the fronted object."""
    coordination = gr.coordination
    # A condition's topic is what it sets as the condition, after it: "erst wieder verhandeln,
    # wenn … eine Waffenruhe" demands the ceasefire, not the talks inside the cue's own words.
    lo = cue.end if cue.phrase in gr.condition_cues else cue.start
    last_word = re.findall(r"\w+", text[cue.start : cue.end].lower())[-1:]
    if cue.phrase in gr.condition_cues and set(last_word) & (gr.prepositions | gr.time_prepositions):
        # "erst nach einem Ende der Bombardements würde eine Kooperation erwogen": a condition
        # that is a phrase asks for its noun phrase, not for what the clause then says
        phrase = list(re.finditer(r"\w+", text[cue.end : until]))[:CONDITION_PHRASE]
        if phrase:
            until = min(until, cue.end + phrase[-1].end())
        comma = text.find(",", cue.end, until)
        until = comma if comma >= 0 else until
    final = gr.final_verb(text, cue.start, cue.end) or cue.phrase in gr.predicates
    if final and _adverbial_clause_after(text, cue.end, gr):
        # "keine Waffenruhe akzeptieren, solange …", "called the bid unacceptable as long as …":
        # the object stands before the verb or the predicate
        until = min(until, gr.clause_end(text, cue.end, until))
    after = [t for t in topic_cues if lo <= t.start < until and (t.start, t.end) != (cue.start, cue.end)]
    if cue.phrase in gr.labels:
        # "betrachte die Attacken als Bedrohung für den Frieden": the attacks are labelled, not peace
        after = [t for t in after if t.end <= cue.end]
    # "dropped its objection after talks with the Commission": a time phrase is no object
    after = [t for t in after if not _marked(text, lo, t, gr.time_prepositions, gr.nouns_capitalised)]
    # nor a phrase of cause: "sagte seine Reise wegen des Terroranschlags ab" is not about
    # terrorism; its marker is mostly two words ("because of", "debido a")
    after = [
        t for t in after if not _marked(text, lo, t, gr.cause_markers, gr.nouns_capitalised, MARKED_GAP + 1)
    ]
    goal = _condition_goal(text, cue, after, gr)
    if goal is not None:  # "made X a condition for a ceasefire": the ceasefire is what X is asked for
        after = [t for t in after if t is not goal]
    # a modal's clause closes with the verb it governs: "müsse die Ukraine ihre Truppen aus den
    # Gebieten abziehen" asks for the withdrawal; the places are where from
    own_end = gr.clause_end(text, cue.end, until)
    # so does a clause the cue opens with a complementizer: "forderte, dass Moldau seine Truppen
    # aus der Grenzregion abziehe" asks for the withdrawal
    opened = re.match(r"\W*(\w+)", text[cue.end : until])
    complement = opened is not None and opened.group(1).lower() in gr.complementizers
    if complement and opened is not None:
        own_end = gr.clause_end(text, cue.end + opened.end(), until)
    closing = [
        t
        for t in after
        if (cue.phrase in gr.speaker_cues or complement)
        and t.end <= own_end
        and gr.final_verb(text, t.start, t.end)
    ]
    if closing:
        return [closing[0].key]
    if cue.phrase in gr.prohibitions:
        # what is forbidden is what the modal governs in its clause: "Ukraine must not cede
        # territory" opposes the cession; "the talks must not fail" opposes no talks (its subject),
        # "dürfe nicht vor halbfertigen Grenzanlagen stehen" no border works (a phrase around it)
        opens_phrase = gr.prepositions - gr.partitive_articles
        after = [t for t in after if t.end <= own_end]
        after = [t for t in after if not opens_phrase & set(_WORDS.findall(text[cue.end : t.start].lower()))]
        return [after[0].key] if after else []
    if after:
        keys = [after[0].key]
        last = after[0].end
        for i, t in enumerate(after[1:]):
            between = text[last : t.start]
            words = re.findall(r"\w+", between.lower())
            verbs = gr.perfect_auxiliaries | gr.passive_auxiliaries | gr.copulas  # "…, a convoqué un sommet"
            listed = ("," in between or ";" in between) and len(words) <= 4 and not set(words) & verbs
            # "talks on a ceasefire", "cooperación en materia migratoria": what the talks are about
            about = not i and after[0].key in gr.frame_topics and _linked(words, gr)
            if listed or set(words) & coordination or about:
                keys.append(t.key)
            last = t.end
        return list(dict.fromkeys(keys))
    if cue.phrase in gr.condition_cues:
        return []  # a condition names what it asks after it, never before: "aucune trêve tant que …"
    bounds = gr.clause_starts(text, since, cue.start)
    if bounds and antecedent:
        bounds.pop()  # "las elecciones que exige la oposición": the antecedent is what is demanded
    if skipped is not None:
        bounds = [b for b in bounds if b < skipped[0]]
    if bounds and cue.phrase not in gr.adjunct_stances:  # "…, under the auspices of the AU" is the talks'
        since = bounds[-1]
    # a topic phrase may close with the cue itself: "keine Truppen in die Ukraine schicken"
    closes = [t for t in topic_cues if t.start < cue.start < t.end <= cue.end]
    before = [t for t in topic_cues if since <= t.start and (t.end <= cue.start or t in closes)]
    if skipped is not None:
        before = [t for t in before if not skipped[0] <= t.start < skipped[1]]
    # "Beim Gipfeltreffen in Asunción verlangte Lula …", "During the talks, Russia demanded …":
    # a phrase of time or occasion before the cue names talks as when and where, not as what
    # ("beim Grenzschutz helfen" keeps its object: only talks and ties are occasions)
    before = [
        t
        for t in before
        if t.key not in gr.frame_topics
        or not _marked(text, since, t, gr.time_prepositions, gr.nouns_capitalised)
    ]
    # "hat Wahlen als Teil einer politischen Lösung gefordert": an "als" phrase says what the
    # object counts as; it is not the object itself
    objects = [t for t in before if not _marked(text, since, t, gr.role_markers)]
    if objects or before:
        return _head_phrase(text, objects or before, gr)
    if cue.phrase not in gr.mediation:
        return []
    # mediating names its topic itself: "bereit, zwischen den Parteien zu vermitteln"
    return [t.key for t in topic_cues if t.start < cue.end and cue.start < t.end][:1]


#: How many words (a hyphenated compound is one) may stand between a stance noun and the comma
#: of a relative clause that refers to it ("la proposition de cessez-le-feu, que …").
ANTECEDENT_GAP = 4


def _relative_opens(text: str, bound: int, gr: Grammar) -> bool:
    """Whether a comma at ``bound`` is followed by a relative pronoun ("…, die die ELN fordert")
    or another word that opens a clause on the noun before ("…, wie sie die ELN fordert")."""
    first = re.match(r"\s*(\w+)", text[bound : bound + 30])
    opened = first is not None and first.group(1).lower() in gr.relative_pronouns | gr.relative_openers
    return text[bound - 1 : bound] == "," and opened


def _relative_between(text: str, bounds: list[int], gr: Grammar) -> tuple[int, int] | None:
    """The span of a relative clause that stands between a verb-second clause's fronted object
    and its verb ("Eine Waffenruhe, die die ELN fordert, lehnt Kolumbien ab"): of the last two
    clause bounds before the cue, the first opens a relative clause. None elsewhere, and in
    languages whose verb does not come second."""
    if not gr.verb_second or len(bounds) < 2 or not _relative_opens(text, bounds[-2], gr):
        return None
    if text[bounds[-1] - 1 : bounds[-1]] != ",":
        return None  # "…, das Klaus so ausgedrückt hat: Sein Land …" goes on in a sentence of its own
    return (bounds[-2], bounds[-1])


def _past_relative(text: str, s: Sentence, cue: Cue, subjects: list[Mention], gr: Grammar) -> list[Mention]:
    """The subject candidates of a verb-second verb after a relative clause: none of the relative
    clause's actors ("Eine Waffenruhe, die die ELN fordert, lehnt Kolumbien ab": not the ELN); and
    when the phrase before it names no actor, it is the fronted object and the subject follows
    the verb ("… lehnt Kolumbien ab"), while "Russland, das …, lehnt … ab" keeps Russia."""
    bounds = gr.clause_starts(text, s.start, cue.start)
    rel = _relative_between(text, bounds, gr)
    if rel is None:
        return subjects
    opens = bounds[-3] if len(bounds) >= 3 else s.start
    if any(opens <= m.start < rel[0] for m in subjects):
        return [m for m in subjects if not rel[0] <= m.start < rel[1]]
    return [m for m in subjects if m.start >= rel[1]]


def _final_relative(text: str, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue closes a relative clause with its verb at the end ("eine Waffenruhe, die
    die ELN fordert"): the clause opens with a relative pronoun right after a comma, so what it
    asks is the phrase before the comma."""
    if not gr.verb_second or not gr.final_verb(text, cue.start, cue.end):
        return False
    opens = gr.clause_start(text, s.start, cue.start)
    return opens > s.start and _relative_opens(text, opens, gr)


#: How many words the noun phrase of a condition made of a preposition may have ("erst nach einem
#: vollständigen Abzug der Truppen").
CONDITION_PHRASE = 6


def _adverbial_clause_after(text: str, end: int, gr: Grammar) -> bool:
    """Whether an adverbial clause follows right after ``end`` ("…, solange", "…, weil", "…,
    wenn"): a clause that says when or why, not what (unlike "forderte, dass …")."""
    nxt = re.match(r"\W*(\w+(?:\s+\w+){0,2})", text[end : end + 40])
    words = nxt.group(1).lower().split() if nxt else []
    # "as long as" opens one as a phrase
    openers = {" ".join(words[:n]) for n in range(1, len(words) + 1)}
    return bool(openers & (gr.clause_words - gr.complementizers))


#: How many words may stand between a condition noun's goal marker and its topic ("for a new").
GOAL_GAP = 3


def _condition_goal(text: str, cue: Cue, after: list[Cue], gr: Grammar) -> Cue | None:
    """The topic a condition noun is the condition for ("a condition for a ceasefire", "une
    condition d'un cessez-le-feu", "como condición para un alto el fuego"): right after the noun
    and a goal marker (``goal_markers``), it is what the condition would buy, not what it asks."""
    if cue.phrase not in gr.condition_nouns or not after or not gr.goal_markers:
        return None
    words = re.findall(r"\w+['’]?", text[cue.start : after[0].start].lower())[1:]
    words = [w.rstrip("'’") for w in words]
    marked = [i for i, w in enumerate(words) if w in gr.goal_markers]
    return after[0] if marked and len(words) - marked[0] <= GOAL_GAP + 1 else None


#: How many words may stand between a marker and a topic in the phrase it opens ("after the new
#: talks", "als Teil einer").
MARKED_GAP = 3


def _marked(
    text: str,
    since: int,
    topic: Cue,
    markers: frozenset[str],
    nouns_capitalised: bool = False,
    gap: int | None = None,
) -> bool:
    """Whether one of ``markers`` stands up to ``MARKED_GAP`` words before a topic word, so the
    topic is in the phrase it opens: a preposition of time ("after talks with", "pendant les
    négociations": when, not what) or a word of what something counts as ("als Teil einer
    politischen Lösung", "as a condition for talks"): no object of the stance either way. Where
    nouns are capitalised, a noun between them closes the marker's phrase first ("fordert seit
    Wochen Neuwahlen": the weeks are when, the elections what)."""
    words = re.findall(r"\w+", text[since : topic.start])[-(gap or MARKED_GAP) :]
    lower = [w.lower() for w in words]
    hits = [i for i, w in enumerate(lower) if w in markers]
    if not hits:
        return False
    between = words[hits[-1] + 1 :]
    return not (nouns_capitalised and any(w[:1].isupper() for w in between))


#: How many words may stand between a noun of intent and the stance it opens ("la décision de
#: l'Inde d'annuler", "Indiens Entscheidung, das Treffen abzusagen").
INTENT_GAP = 6


def _intent_owners(doc: Document, s: Sentence, cue: Cue, res: Resources) -> list[str]:
    """Whose intent an infinitive carries out: "Pakistan called India's decision to cancel the
    talks a setback" is India's rejection, not Pakistan's. The owner of the nearest noun of intent
    before the cue holds it, when an infinitive joins them and no clause break stands between."""
    gr = grammar(res, doc.lang)
    text = doc.content
    nouns = gr.intents.find_local(text, s.start, cue.start)
    if not nouns:
        return []
    noun = nouns[-1]
    words = re.findall(r"[^\W\d_][\w'’-]*", text[noun.end : cue.end].lower())
    if len(words) > INTENT_GAP or re.search(r"[.;:!?]", text[noun.end : cue.start]):
        return []
    marks = gr.intent_markers
    marked = any(w in marks or w.replace("’", "'").split("'")[0] + "'" in marks for w in words)
    infix = _infix_infinitive(words, gr)
    return _attached_holders(doc, noun, res) if marked or infix else []


def _attached_holders(doc: Document, cue: Cue, res: Resources, prefixes: bool = True) -> list[str]:
    """A state adjective, prefix or genitive next to a stance noun: "russische Forderungen",
    "les exigences russes", "Putins Vorschlag", "Russia's proposal", "la propuesta de Rusia". A
    phrase with a gap ends in its object ("rejeta la proposition ukrainienne"): what follows it
    is the object's, not the stance's. In an object ("legen Russland einen neuen Ukraine-Plan
    vor") a prefix says what the plan is about, not whose it is: ``prefixes=False`` reads only
    possessors there."""
    gr = grammar(res, doc.lang)
    after = next((m for m in doc.mentions if m.start >= cue.end), None)
    if " ... " in cue.phrase:
        if owners := _owners_in_gap(doc, cue, gr):
            return owners  # "calls by the United States, France and Russia for a ceasefire"
        after = None
    # "les exigences russes"; where adjectives precede nouns one after the cue is its object's:
    # "Russia's demand for Ukrainian neutrality"
    adjective = after is not None and after.form == "adj" and gr.adjectives_follow
    if adjective and after is not None and not doc.content[cue.end : after.start].strip():
        return [res.gazetteer.stands_for(after.key)]
    # "die Unterstützung der USA", "el apoyo de Colombia": whose support follows the noun; after a
    # verb the same words name whom it is asked of ("fordert von Russland")
    verb = gr.nouns_capitalised and doc.content[cue.start : cue.start + 1].islower()
    verb = verb or _finite_after(doc, cue, gr)  # "L'Autriche a exigé de la Slovénie …"
    actor = _may_hold(after)
    owner = actor and not verb
    between = doc.content[cue.end : after.start] if after is not None else ""
    # "die Forderung Russlands": a genitive name right after the noun owns it with no marker
    genitive = after is not None and after.form == "genitive" and not between.strip()
    marked = gr.owner.fullmatch(between) or _agent_of(between, cue, gr)  # "of", "put forward by"
    if not marked and after is not None:  # "l'offre de médiation de la Turquie"
        marked = _owner_after_complement(doc.content, cue.end, after.start, gr)
    # "its approval of Sweden's accession": a name with a possessive owns the noun after it
    clitic = doc.content[after.end : after.end + 2].rstrip() if after is not None else ""
    possessor = clitic in gr.possessive_clitics
    if possessor and after is not None:  # not if that noun is a person ("of Russia's president")
        head = next((m for m in doc.mentions if m.start > after.end), None)
        tie = doc.content[after.end : head.start] if head is not None else ""
        if head is not None and head.form == "role" and _may_hold(head) and re.fullmatch(r"['’]s?\s", tie):
            after, possessor = head, False
    if owner and after is not None and (marked or genitive) and not possessor:
        return _owners_listed(doc, after, gr)
    if gr.nouns_capitalised and doc.content[cue.start : cue.start + 1].islower():
        return []  # a name before an adjective or a verb owns nothing: "den Beitritt Schwedens inakzeptabel"
    clitics = gr.possessive_clitics
    for m in reversed(doc.mentions):
        if m.end > cue.start:
            continue
        gap = doc.content[m.end : cue.start]
        if m.is_actor and gap.rstrip() in clitics and gap != gap.rstrip():
            return [m.key]  # "Russia's proposal", "Putin's plan"
        if not re.fullmatch(r"[\s-]{0,2}", gap):
            return []
        # "US-Entwurf", not "USA fordern"; in English a name standing before a noun after an
        # article: "the US proposal", not "Russia and China call for …", where the noun is a verb
        lead = _WORDS.findall(doc.content, max(0, m.start - 12), m.start)[-1:]
        article = bool(lead) and lead[0].lower() in gr.determiners | gr.indefinite_articles
        adjunct = gr.noun_adjuncts and gap == " " and cue.phrase in gr.stance_nouns and article
        prefix = prefixes and m.form == "name" and ("-" in gap or adjunct)
        before_noun = m.form == "genitive" or (m.form == "adj" and not gr.adjectives_follow)
        if (before_noun or prefix) and m.kind in ("State", "Organization"):
            return [res.gazetteer.stands_for(m.key)]  # not "la oposición siria exigió": its noun's
        if m.form == "genitive" and m.kind == "Person":
            return [m.key]  # "Putins Vorschlag"
        return []
    return []


def _names_again(
    doc: Document, c: Cue, asked: list[Cue], told: list[Cue], topic_cues: list[Cue], res: Resources
) -> bool:
    """Whether stance word ``c`` names a stance told before ("this demand", "cette demande",
    "esa petición"): it stands inside such a phrase (a noun, where the phrase is not one of
    asked stances) that names neither its own topic nor its owner."""
    gr = grammar(res, doc.lang)
    phrases = [*asked, *told] if c.phrase in gr.stance_nouns else asked
    inside = [r for r in phrases if r.start <= c.start and c.end <= r.end]
    if not inside or any(r.start <= t.start < r.end + NAMED_TOPIC_REACH for r in inside for t in topic_cues):
        return False
    return not _attached_holders(doc, c, res, prefixes=False)


#: How many characters after a phrase that names a stance again its own topic may start ("la
#: proposition de cessez-le-feu"): then it names a stance of its own.
NAMED_TOPIC_REACH = 12


#: How many words the complement of a stance noun before its owner may have ("de médiation").
COMPLEMENT_WORDS = 2


def _owner_after_complement(text: str, start: int, end: int, gr: Grammar) -> bool:
    """Whether the words from a stance noun to a name are a short complement of the noun and
    then the owner's marker: "l'offre de médiation de la Turquie", "la oferta de paz de
    Rusia". A stance word in the complement owns the name instead ("el rechazo de la propuesta
    de Rusia" is Russia's proposal, not its rejection)."""
    between = text[start:end]
    for m in gr.owner.finditer(between):
        if m.end() != len(between) or not m.start():
            continue
        complement = between[: m.start()]
        opened = gr.owner.match(complement + " ")
        words = re.findall(r"[\w’'-]+", complement)
        if opened is None or len(words) > COMPLEMENT_WORDS + 2:
            continue
        inner = words[len(re.findall(r"[\w’'-]+", opened.group())) :]
        if 0 < len(inner) <= COMPLEMENT_WORDS and not gr.stances.find_local(text, start, start + m.start()):
            return True
    return False


#: How many words a participle phrase between a stance noun and its agent may have ("put forward by").
AGENT_GAP = 3


def _agent_of(between: str, cue: Cue, gr: Grammar) -> bool:
    """Whether the words between a stance noun and an actor are a participle and its agent marker
    ("the proposal put forward by Egypt", "la propuesta presentada por Egipto", "le plan proposé
    par la France"): the agent owns the noun. No auxiliary may stand there ("the proposal was
    rejected by Russia" is Russia's rejection, not its proposal)."""
    if cue.phrase not in gr.stance_nouns:
        return False  # "rejected plans by Madagascar": the verb's object is Madagascar's
    words = re.findall(r"\w+", between.lower())
    while words and words[-1] in gr.determiners:
        words.pop()
    if len(words) < 2 or words[-1] not in gr.agent_markers or len(words) > AGENT_GAP + 1:
        return False
    lead = set(words[:-1])
    return not lead & (gr.passive_auxiliaries | gr.copulas | gr.perfect_auxiliaries) and "," not in between


#: The kinds of actor that hold a stance named next to its cue.
_HOLDER_KINDS = frozenset(("State", "Organization", "Person"))


def _may_hold(m: Mention | None) -> bool:
    """Whether a mention names an actor that may hold a stance: a state, organisation or person."""
    return m is not None and m.is_actor and m.kind in _HOLDER_KINDS


def _finite_after(doc: Document, cue: Cue, gr: Grammar) -> bool:
    """Whether a stance word is a verb by what stands right before it: an auxiliary ("a exigé",
    "ha pedido") or its subject ("Francia exigió de Rusia …"). After such a verb, "de Rusia" names
    whom it is asked of, not whose the stance is, as it would after the noun ("la exigencia de
    Rusia")."""
    before = re.findall(r"\w+", doc.content[max(0, cue.start - 40) : cue.start].lower())
    if before and before[-1] in gr.perfect_auxiliaries:
        return True
    last = next((m for m in reversed(doc.mentions) if m.end <= cue.start), None)
    subject = last is not None and last.is_actor and last.form not in ("adj", "genitive")
    return subject and last is not None and not doc.content[last.end : cue.start].strip()


#: Relative pronouns that may also be the article of the name after them ("die Türkei"): such a
#: clause may be the content of the noun ("die Forderung, die Ukraine solle …"), not its owner's.
_ARTICLE_PRONOUNS = frozenset(("der", "die", "das"))


def _relative_owner(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """The subject of a relative clause that refers to a stance noun holds it: "the ceasefire
    proposal, which Turkey put forward", "la propuesta, que Turquía presentó", "der Vorschlag, den
    die Türkei vorlegte". The clause follows the noun (and its topic) after a comma; its pronoun
    is the object, so the first actor after it, with only articles between, is its subject —
    unless the clause states a stance of another kind ("…, which Ukraine rejected")."""
    if cue.phrase not in gr.stance_nouns:
        return []
    text = doc.content
    comma = text.find(",", cue.end, s.end)
    if comma < 0 or len(re.findall(r"[\w-]+", text[cue.end : comma])) > ANTECEDENT_GAP:
        return []
    opener = _RELATIVE_AFTER.match(text, comma)
    if opener is None or opener.group(1).lower() not in gr.relative_pronouns:
        return []
    start = opener.end()
    actor = next((m for m in doc.mentions if m.start >= start and m.is_actor), None)
    if actor is None or actor.start >= s.end:
        return []
    words = re.findall(r"\w+", text[start : actor.start].lower())
    if not set(words) <= gr.determiners or (not words and opener.group(1).lower() in _ARTICLE_PRONOUNS):
        return []
    end = text.find(",", actor.end, s.end)
    inner = gr.stances.find_local(text, start, end if end >= 0 else s.end)
    if any(c.key != cue.key for c in inner):
        return []  # "the Russian demand, which Ukraine rejected": the clause's own stance, not the noun's
    return [actor.key]


def _thing_relative(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue is the verb of a relative clause whose subject is its pronoun and whose
    antecedent is a noun no actor names ("la résolution qui exigeait un cessez-le-feu", "the
    resolution that demanded", "la resolución que exigía", "eine Resolution, die eine Waffenruhe
    forderte"), or a participle after such a noun ("a resolution calling for", "a UN vote
    condemning", "une résolution réclamant"): what the clause says is the thing's, not the
    sentence subject's, unless a verb of authoring made the thing the subject's."""
    end = _thing_end(doc, s, cue, gr)
    return end is not None and _authoring(doc, s, end, gr) is None


def _authoring(doc: Document, s: Sentence, end: int, gr: Grammar) -> Cue | None:
    """The verb of authoring before the thing ending at ``end``, which makes what the thing asks
    its author's: "France issued a statement that called for …", "ont publié une déclaration
    réclamant …"."""
    found = gr.authoring.find_local(doc.content, s.start, end)
    return found[-1] if found else None


def _thing_end(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> int | None:
    """Where the noun ends that a relative clause or participle holding ``cue`` describes, if
    it is a thing no actor names (see ``_thing_relative``)."""
    text = doc.content
    end = _thing_participle(doc, s, cue, gr)
    if end is None:
        end = _thing_relative_verb_last(doc, s, cue, gr)
    if end is not None or not gr.subject_relatives:
        return end
    words = list(re.finditer(r"\w+", text[s.start : cue.start]))
    skip = gr.perfect_auxiliaries | gr.passive_auxiliaries
    adverb = gr.adverb_endings or ("\0",)
    i = len(words) - 1
    while i >= 0 and (words[i].group().lower() in skip or words[i].group().lower().endswith(adverb)):
        i -= 1
    if i < 1 or words[i].group().lower() not in gr.subject_relatives:
        return None
    before = text[s.start : s.start + words[i].start()].rstrip(" ,")
    return _thing_before(doc, s, s.start + len(before), gr)


def _thing_before(doc: Document, s: Sentence, end: int, gr: Grammar) -> int | None:
    """``end`` when the words of ``s`` up to it close with a noun phrase no actor names, opened by
    an article: "a resolution", "un vote de l'ONU" (not "Le Kremlin", not "Russia")."""
    if any(m.end == end and m.is_actor for m in doc.mentions):
        return None  # "Le Kremlin, qui exige …": the actor's own
    words = [w.lower() for w in re.findall(r"\w+", doc.content[s.start : end])]
    if not words or words[-1] in gr.copulas | gr.perfect_auxiliaries | gr.passive_auxiliaries:
        return None  # "Russia is calling for": a verb form, no noun
    return end if set(words[-4:-1]) & (gr.determiners | gr.indefinite_articles) else None


def _thing_participle(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> int | None:
    """A present participle right after a noun no actor names: "a UN vote condemning the
    invasion", "une résolution réclamant un cessez-le-feu" (``present_participle_endings``)."""
    word = re.match(r"\w+", doc.content[cue.start : cue.end])
    if word is None or not gr.present_participle_endings:
        return None
    if not word.group().lower().endswith(gr.present_participle_endings):
        return None
    before = doc.content[s.start : cue.start]
    if not before.strip() or not before[-1:].isspace() or before.rstrip()[-1:] in ",;:–-":
        return None  # "Russia, calling for …" is Russia's
    return _thing_before(doc, s, s.start + len(before.rstrip()), gr)


def _thing_relative_verb_last(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> int | None:
    """A German relative clause with its verb last: "eine Resolution, die eine sofortige Waffenruhe
    forderte". The clause opens with a relative pronoun that no noun follows ("die eine", not
    "die Regierung"), after a noun phrase no actor names."""
    if not gr.verb_second or not gr.relative_pronouns:
        return None
    text = doc.content
    start = gr.clause_start(text, s.start, cue.start)
    opening = re.match(r"\s*(\w+)\s+(\w+)", text[start : cue.end])
    if opening is None or opening.group(1).lower() not in gr.relative_pronouns:
        return None
    if opening.group(2)[:1].isupper() and not _finite_last(text, start, cue, gr):
        # "…, die Regierung fordert": an article and its noun, no relative pronoun; but a clause
        # whose finite verb closes it is subordinate: "mit einem Staat, der Terroristen Unterschlupf gewähre,"
        return None
    # "eine Waffenruhe, die die ELN fordert": an actor right after the pronoun (past an article)
    # is the clause's subject, and the pronoun its object
    pronoun_end = start + opening.end(1)
    actor = next((m for m in doc.mentions if pronoun_end <= m.start < cue.start), None)
    gap = re.findall(r"\w+", text[pronoun_end : actor.start].lower()) if actor is not None else ["-"]
    if actor is not None and _may_hold(actor) and set(gap) <= gr.determiners:
        return None
    before = text[s.start : start].rstrip()
    if not before.endswith(","):
        return None
    return _thing_before(doc, s, s.start + len(before) - 1, gr)


def _finite_last(text: str, start: int, cue: Cue, gr: Grammar) -> bool:
    """Whether the clause from ``start`` closes with the cue as its finite verb, as a German
    subordinate clause does ("der Terroristen Unterschlupf gewähre,"): not a main clause whose
    finite auxiliary comes second ("die Öbib hatte … angeboten"), nor an infinitive clause ("das
    Arsenal auszubauen", "die Sanktionen zu verlängern")."""
    last = list(re.finditer(r"\w+", text[cue.start : cue.end]))[-1]
    word = last.group().lower()
    if not gr.final_verb(text, cue.start + last.start(), cue.start + last.end()):
        return False
    between = [w.lower() for w in re.findall(r"\w+", text[start : cue.start])]
    infinitive = bool(set(between[-1:]) & gr.infinitive) or re.fullmatch(r"\w{2,}zu\w+en", word) is not None
    return not infinitive and not set(between) & gr.finite_auxiliaries


def _opens_with_participle(text: str, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue's first word is a past participle ("imposed", "imposées", "backed")."""
    if not gr.participle_endings:
        return False
    word = re.match(r"\w+", text[cue.start : cue.end])
    return word is not None and word.group().lower().endswith(gr.participle_endings)


def _participle_agent(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """The agent right after a participle: "sanctions imposed by the EU", "les sanctions
    imposées par les États-Unis" hold the agent's stance."""
    if not _opens_with_participle(doc.content, cue, gr):
        return []
    first = next((m for m in doc.mentions if cue.end <= m.start < s.end), None)
    if first is None or not _may_hold(first):
        return []
    gap = re.findall(r"\w+", doc.content[cue.end : first.start].lower())
    if gap and gr.adverb_endings and gap[0].endswith(gr.adverb_endings):
        gap = gap[1:]  # "imposées notamment par …"
    if " ... " in cue.phrase:  # a frame's object comes first: "menacée de sanctions par la Cédéao"
        gap = gap[next((i for i, w in enumerate(gap[:FRAME_OBJECT + 1]) if w in gr.agent_markers), 0) :]
    if not gap or gap[0] not in gr.agent_markers or not set(gap[1:]) <= gr.determiners:
        return []  # "by" right after the participle, only an article after it: not "rejected plans by"
    return _owners_listed(doc, first, gr)


def _unnamed_agent(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> bool:
    """Whether the cue is a participle whose agent follows it and is no actor ("Rajoelina took
    power, backed by the military"): the stance is the agent's, and the sentence names no one
    who holds it (``_participle_agent`` takes the agent when it is an actor)."""
    if not _opens_with_participle(doc.content, cue, gr):
        return False
    after = re.match(r"\s*(\w+)", doc.content[cue.end : s.end])
    if after is None or after.group(1).lower() not in gr.agent_markers:
        return False
    # the agent's phrase: a few words up to the clause's end ("por el presidente George W. Bush")
    end = gr.clause_end(doc.content, cue.end + after.end(), s.end)
    words = list(re.finditer(r"\w+", doc.content[cue.end + after.end() : end]))[:AGENT_WORDS]
    reach = cue.end + after.end() + (words[-1].end() if words else 0)
    return not any(cue.end < m.start < reach and _may_hold(m) for m in doc.mentions)


#: How many words the agent phrase of a participle may hold ("by the former president X Y").
AGENT_WORDS = 6


#: How many words a frame's object may hold between the frame and the agent of its participle.
FRAME_OBJECT = 2


#: How many words, articles aside, may link talks or cooperation to what they are about ("talks
#: on a new", "cooperation in the fight against").
LINK_GAP = 3


def _head_phrase(text: str, before: list[Cue], gr: Grammar) -> list[str]:
    """The topic of the noun phrase that ends with the last of ``before``: its head, not a word
    of the phrase the head governs ("new sanctions on Russian oil are needed" asks for
    sanctions, "Sanktionen gegen russisches Öl gefordert" too). A head of talks or cooperation
    keeps what they are about ("Gespräche über eine Waffenruhe gefordert")."""
    head = len(before) - 1
    while head:
        between = text[before[head - 1].end : before[head].start]
        words = _WORDS.findall(between.lower())
        if "," in between or not words or words[0] not in gr.prepositions or len(words) > LINK_GAP + 1:
            break
        head -= 1
    keys = [before[head].key]
    if head < len(before) - 1 and before[head].key in gr.frame_topics:
        keys.append(before[-1].key)
    return list(dict.fromkeys(keys))


def _linked(words: list[str], gr: Grammar) -> bool:
    """Whether the words between two topics link the first to the second as what it is about:
    "on a", "en materia", "über die", "sur le"."""
    content = [w for w in words if w not in gr.determiners]
    return bool(words) and words[0] in gr.topic_links and len(content) <= LINK_GAP


def _relative_verb(text: str, cue: Cue, gr: Grammar) -> bool:
    """Whether a stance verb opens a relative clause whose subject follows it ("que exige la
    oposición"): its object is the noun the clause hangs on."""
    before = re.findall(r"\w+", text[max(0, cue.start - 12) : cue.start].lower())
    return gr.relative_inversion and bool(before) and before[-1] in gr.relative_pronouns


def _inverted_subject(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """The subject after the verb of a relative clause, where the language allows it: "las
    elecciones que exige la oposición", "le cessez-le-feu que réclame la France"."""
    if not _relative_verb(doc.content, cue, gr):
        return []
    if cue.phrase.split()[-1] in gr.prepositions:
        return []  # "no puede haber paz sin Ucrania": the name after a preposition is its object
    after = next((m for m in doc.mentions if cue.end <= m.start < s.end), None)
    if after is None or not _may_hold(after):
        return []
    gap = re.findall(r"\w+", doc.content[cue.end : after.start].lower())
    return [after.key] if set(gap) <= gr.determiners else []


#: How many words may stand between a stance noun and the verb that says where it came from
#: ("Kritik an den neuen Sanktionen kam von …").
SOURCE_GAP = 6


def _source_holders(doc: Document, s: Sentence, cue: Cue, gr: Grammar) -> list[str]:
    """Who a stance noun came from, with those listed with them: "Kritik kam von den Vereinten
    Nationen und den USA", "criticism came from …", "les critiques sont venues de …", "las
    críticas llegaron de …" (grammar.yml source_verbs)."""
    text = doc.content
    before = re.findall(r"\w+", text[max(s.start, cue.start - 20) : cue.start].lower())
    noun = cue.phrase in gr.stance_nouns or (bool(before) and before[-1] in gr.determiners)  # "les critiques"
    if not noun:
        return []
    end = gr.clause_end(text, cue.end, s.end)
    verbs = gr.sources.find_local(text, cue.end, end)
    if not verbs or len(re.findall(r"\w+", text[cue.end : verbs[0].start])) > SOURCE_GAP:
        return []
    # "von den Vereinten Nationen, den USA und mehreren EU-Staaten": names joined by commas and
    # "und", with only articles and the source's own preposition between
    marker = re.findall(r"\w+", text[verbs[0].start : verbs[0].end].lower())[-1:]  # "von", "from"
    glue = gr.list_joins | gr.determiners | set(marker)
    after = [m for m in doc.mentions if verbs[0].end <= m.start < s.end]  # a list goes on past commas
    if not after or not set(re.findall(r"\w+", text[verbs[0].end : after[0].start].lower())) <= glue:
        return []  # "Kritik kam von der FPÖ: Faymann …": the name after is no source
    chain: list[Mention] = []
    for m in after:
        if not _may_hold(m):
            break
        if chain:
            gap = text[chain[-1].end : m.start]
            words = set(re.findall(r"\w+", gap.lower()))
            if not words <= glue or not ("," in gap or words & gr.list_joins):
                break
        chain.append(m)
    return list(dict.fromkeys(m.key for m in chain))


def _owners_in_gap(doc: Document, cue: Cue, gr: Grammar) -> list[str]:
    """The owners a stance noun's phrase holds between the noun and its complement: "calls by
    the United States, France and Russia for …", "les appels des États-Unis et de la France à …":
    the phrase's words before its gap end in an owner marker, and the actors listed follow it."""
    head = cue.phrase.split(" ... ")[0].split()  # ["calls", "by"], ["a", "call", "by"]
    words = list(re.finditer(r"\S+", doc.content[cue.start : cue.end]))
    if len(head) < 2 or len(words) < len(head):
        return []
    noun_end = cue.start + words[len(head) - 2].end()
    inside = [m for m in doc.mentions if noun_end <= m.start and m.end <= cue.end and _may_hold(m)]
    if inside and gr.owner.fullmatch(doc.content[noun_end : inside[0].start]):
        return _owners_listed(doc, inside[0], gr)
    return []


def _owners_listed(doc: Document, first: Mention, gr: Grammar) -> list[str]:
    """The owner after a stance noun with those listed with it: "calls by the United States,
    France and Russia", "la demande de la France et de l'Allemagne", "Forderungen Frankreichs und
    Italiens". A comma joins only in a list that a joining word closes ("die Forderung Russlands,
    Kiew solle …" is one owner's)."""
    text = doc.content
    chain, commas = [first], 0
    for m in doc.mentions:
        if m.start < chain[-1].end or m is first:
            continue
        gap = text[chain[-1].end : m.start]
        joined = re.match(r"\s*(?:(,)\s*|\s+(\w+)(?=\s|['’]))", gap)
        if joined is None or (joined.group(2) and joined.group(2).lower() not in gr.list_joins):
            break
        rest = gap[joined.end() :]
        if rest.strip() and not gr.owner.fullmatch(" " + rest.lstrip()):
            break
        if not _may_hold(m):
            break
        chain.append(m)
        if joined.group(1):
            commas += 1
        else:
            return list(dict.fromkeys(x.key for x in chain))
    return [first.key] if commas else list(dict.fromkeys(x.key for x in chain))


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
