"""Turn mentions into actors: one record per key, with label, names, role and allegiance.

A person's role and the state they serve are read from the words around the name — the role
noun before it or in an apposition after it, and the state adjective, prefix or genitive next to
that noun ("der Sprecher des russischen Präsidenten, Dmitri Peskow" → Spokesperson of Russia) —
and otherwise from the gazetteer post held on the article's day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from diplograph.extract.context import agencies, blanked
from diplograph.extract.cues import Cue
from diplograph.extract.grammar import Grammar, grammar
from diplograph.model import Actor, Document, Mention, Sentence
from diplograph.pipeline import stage
from diplograph.resources import Resources

#: How far (characters) a role noun may stand from the name it describes.
WINDOW = 90
#: A full stop, not the dot of an abbreviation ("U.S. affairs").
_FULL_STOP = re.compile(r"(?<![A-Z])\.(?=\s)")
_GENITIVE_LINK = re.compile(r"\b(?:des|der|von|vom|of|du|de|del)\s+(?:\S+\s+){0,2}$", re.I)
#: The complement of a role noun up to the body it serves: "Under-Secretary-General for Political
#: Affairs of the UN", "sous-secrétaire général aux affaires politiques de l'ONU".
_COMPLEMENT = re.compile(
    r"(?:\s+[^\W\d_][\w'’-]*){0,4}?"
    r"(?:\s+(?:der|des|von|vom|of|de|du|del)(?:\s+(?:the|la|los|las))?\s+|\s+(?:de l|d)['’])",
    re.I,
)
#: "of" right after a name that a role introduced: "President José Mario Vaz of Guinea-Bissau".
_OF_NAME = re.compile(r"\s+(?:(?:of|de|du|del)(?:\s+(?:the|la|los|las))?\s+|(?:de l|d)['’])", re.I)
#: A possessive and a capitalised name of a body right before a role noun: the role is the body's,
#: the body its owner's ("Taiwan's Mainland Affairs Council chairman").
_OWNED_NAME = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){1,5}$")
#: How far (characters) the body a role serves may follow the role noun.
COMPLEMENT_REACH = 70


@stage("actors", requires=("mentions",), assigns=("actors",))
def build_actors(doc: Document, res: Resources) -> Document:
    """Collect one :class:`Actor` per key from the mentions."""
    gaz = res.gazetteer
    roles = grammar(res, doc.lang).roles.find(doc.content)
    day = doc.anchor or doc.published
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in doc.mentions:
        by_key[m.key].append(m)
    actors: dict[str, Actor] = {}
    sources = agencies(res)
    for key, ms in sorted(by_key.items()):
        named = [m for m in ms if m.is_actor]
        if not named or key in sources:  # adjectives or places only, or a news source (bylines)
            continue
        kind = _kind(ms)
        entry = gaz.get(key)
        names = tuple(
            sorted({m.name or m.surface for m in named if m.form not in ("role", "group", "government")})
        )
        if entry is not None:
            label = entry.label(doc.lang)
        else:
            label = max(names, key=lambda n: (len(n.split()), len(n))) if names else key.rsplit("/", 1)[-1]
        role = role_label = represents = None
        if kind == "Person":
            role, role_label, represents, guessed = _person_context(doc, ms, roles, res)
            tenure = entry.tenure_at(day) if entry and day else None
            if tenure:  # the post held on the article's day is surer than words around the name
                role = tenure.role or role
                represents = tenure.represents or represents
            posts = {t.represents for t in entry.tenures if t.represents} if entry and not tenure else set()
            if len(posts) == 1 and (not day or guessed):
                # a person who only ever served one state still serves it, whatever state the
                # sentence names: "the visit of President Barack Obama to Vietnam"
                represents = posts.pop()
            if entry and not represents:
                represents = entry.represents
        elif kind == "Delegation":
            represents = next((m.represents for m in ms if m.represents), None)
            served = gaz.get(represents) if represents else None
            if served is not None:  # "Russia (delegation)", not a second "Russia"
                template = str(res.lexicon(doc.lang, "groups").get("delegation_label") or "{}")
                label = template.format(served.label(doc.lang))
        elif entry is not None and kind == "Organization":
            represents = entry.represents
        actors[key] = Actor(
            key, kind, label, names, entry.qid if entry else None, represents, role, role_label, ms[0].source
        )
    # "President Mnangagwa and his predecessor, Robert Mugabe": the predecessor served the same
    for key, ms in by_key.items():
        a = actors.get(key)
        if a is not None and a.kind == "Person" and not a.represents:
            before = _succession_of(doc, ms, res)
            other = actors.get(before) if before else None
            if other is not None and other.represents:
                actors[key] = replace(a, represents=other.represents, role=a.role or other.role)
    # A represented state or organisation is part of the article's story even if only implied.
    for a in list(actors.values()):
        if a.represents and a.represents not in actors and (e := gaz.get(a.represents)):
            actors[e.key] = Actor(
                e.key,
                e.kind,
                e.label(doc.lang),
                (),
                e.qid,
                e.represents,
                None,
                None,
                f"represented by {a.key}",
            )
    return replace(doc, actors=actors)


def _succession_of(doc: Document, ms: list[Mention], res: Resources) -> str | None:
    """The person whose predecessor or successor a name is introduced as: "le président Emmerson
    Mnangagwa et son prédécesseur, Robert Mugabe" gives Mnangagwa. A succession noun with a
    possessive or an "of" stands right before the name; the person is the last one named before."""
    gr = grammar(res, doc.lang)
    for m in ms:
        if m.form != "name":
            continue
        nouns = gr.succession.find_local(doc.content, max(0, m.start - 40), m.start)
        if not nouns or not re.fullmatch(r"[\s,]*", doc.content[nouns[-1].end : m.start]):
            continue
        persons = [
            p for p in doc.mentions if p.kind == "Person" and p.end <= nouns[-1].start and p.key != m.key
        ]
        if persons and nouns[-1].start - persons[-1].end <= 40:
            return persons[-1].key
    return None


def _kind(ms: list[Mention]) -> str:
    kinds = [m.kind for m in ms if m.is_actor] or [m.kind for m in ms]
    for k in ("Person", "State", "Organization", "Delegation", "Place"):
        if k in kinds:
            return k
    return kinds[0]


def _person_context(
    doc: Document, ms: list[Mention], roles: list[Cue], res: Resources
) -> tuple[str | None, str | None, str | None, bool]:
    """Role, role as written, represented key from the words around the person's mentions, and
    whether that key is only a guess from the sentence (no state named with the role)."""
    text = doc.content
    gr = grammar(res, doc.lang)
    sources = agencies(res)  # "a déclaré à l'AFP son porte-parole": no one speaks for the agency
    refs = [
        m
        for m in doc.mentions
        if (m.kind in ("State", "Organization") and m.key != ms[0].key or m.form == "adj")
        and m.key not in sources
    ]
    for m in ms:
        if m.form == "role" and m.represents:  # "der russische Präsident"; "der König" says no more
            return _role_of(m, roles), text[m.start : m.end], m.represents, False
    first: tuple[Mention, Cue] | None = None
    for m in sorted(ms, key=lambda m: m.form != "name"):  # full names first, then surnames
        if m.form not in ("name", "surname"):
            continue
        cue = _role_for(text, m, roles, doc.mentions, gr)
        if cue is None:
            continue
        # "South Sudanese rebel leader Riek Machar" fights the state, not for it
        # the words of the role up to the name count too: "le chef rebelle Riek Machar"
        upto = m.start if cue.end <= m.start <= cue.end + 30 else cue.end
        rebel = bool(gr.non_state.find_in(text, max(0, cue.start - 25), upto))
        near = _served_near(text, m, cue, refs)
        office = _office_before(doc, cue) if near is not None and near.form == "adj" else None
        if office is not None and not rebel:
            return cue.key, text[cue.start : cue.end], office, False
        if near is not None and not rebel:
            return cue.key, text[cue.start : cue.end], _state_of(near, res), False
        apposition = _apposition(text, m, roles, gr)  # "son Premier ministre, X, leader du PAIGC"
        served = _served_near(text, m, apposition, refs) if apposition not in (None, cue) else None
        if not rebel and apposition is not None and served is not None:
            return apposition.key, text[apposition.start : apposition.end], _state_of(served, res), False
        if rebel:  # the rebels or the opposition the article names, if it names them
            return cue.key, text[cue.start : cue.end], _insurgents(doc, m, res), False
        first = first or (m, cue)
    if first is not None:
        m, cue = first
        # "Somalilands Präsident X … mit Vertretern der Emirate": a role owned by a place that is no
        # state of the gazetteer serves that place, not a state named elsewhere in the sentence
        if any(_owns_role(text, r, cue) for r in doc.mentions if r.key.startswith("place/")):
            return cue.key, text[cue.start : cue.end], None, False
        return cue.key, text[cue.start : cue.end], _state_in_sentence(doc, m, res), True
    return None, None, None, False


#: A place that owns a role: its genitive right before it ("Somalilands Präsident", "Somaliland's
#: president"), or after it with "of" ("le président du Somaliland", "el presidente de Somalilandia").
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+")
_OWNER_AFTER = re.compile(r"\s+(?:of|de|du|del|des|von|der)\s+(?:(?:the|la|le|el|l['’])\s*)?")


def _owns_role(text: str, place: Mention, cue: Cue) -> bool:
    """Whether ``place`` is the owner of the role ``cue``, right before or after it."""
    if place.end <= cue.start:
        return bool(_OWNER_BEFORE.fullmatch(text, place.end, cue.start))
    return place.start >= cue.end and bool(_OWNER_AFTER.fullmatch(text, cue.end, place.start))


#: Between the comma after an office and the role noun that introduces the name, only small
#: words and adjectives: "…, der dänische Diplomat X", "…, veteran Algerian diplomat X".
_APPOSED = re.compile(r",\s*(?:[\w’'-]+\s+){0,3}$")


def _office_before(doc: Document, cue: Cue) -> str | None:
    """The organisation of an office set before a person's role, as an apposition: "Der
    Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Peter Sörensen", "the Arab
    League mediator, veteran Algerian diplomat X". The office says whom the person acts for;
    the nationality on the second role only where they come from."""
    text = doc.content
    comma = _APPOSED.search(text, max(0, cue.start - 40), cue.start)
    if comma is None:
        return None
    sentence = next((s for s in doc.sentences if s.start <= cue.start < s.end), None)
    opens = max(sentence.start if sentence else 0, text.rfind(",", 0, comma.start()) + 1)
    for m in doc.mentions:
        if opens <= m.start and m.end <= comma.start() and m.form in ("role", "group"):
            org = m.represents if m.kind == "Delegation" else m.key if m.kind == "Organization" else None
            if org is not None and not org.startswith("state/"):
                return org
    return None


def _insurgents(doc: Document, m: Mention, res: Resources) -> str | None:
    """The armed group, rebels or opposition an article names, nearest to a person whose role
    says they fight the state ("South Sudanese rebel leader Riek Machar" … "the rebels")."""
    groups = [
        r
        for r in doc.mentions
        if r.kind == "Organization"
        and r.is_actor
        and ((e := res.gazetteer.get(r.key)) is None or e.org_kind in ("armed-group", "party"))
    ]
    return min(groups, key=lambda r: abs(r.start - m.start)).key if groups else None


def _served_near(text: str, m: Mention, cue: Cue, refs: list[Mention]) -> Mention | None:
    """The state or organisation named with a person's role: the role's own complement ("Under-
    Secretary-General … of the UN", "President José Mario Vaz of Guinea-Bissau"), else the one
    nearest the role noun in the words around role and name ("der russische Präsident")."""
    end = max(cue.end, m.end)
    link = _COMPLEMENT if cue.end >= m.end else _OF_NAME  # after a name, "of" must follow at once
    for r in refs:
        if end < r.start <= end + COMPLEMENT_REACH and link.fullmatch(text, end, r.start):
            return r
    lo, hi = min(cue.start, m.start), max(cue.end, m.end)
    owner = _OWNED_NAME.search(text, max(0, lo - 60), lo)  # "Taiwan's Mainland Affairs Council chairman"
    if owner is not None:
        lo = owner.start()
    near = [r for r in refs if lo - 25 <= r.start and r.end <= hi + 5 and not (m.start <= r.start < m.end)]
    return min(near, key=lambda r: abs(r.start - cue.start)) if near else None


def _state_in_sentence(doc: Document, m: Mention, res: Resources) -> str | None:
    """The state named nearest to a person with a role but no state of its own in the words
    around it, leaving out a state that another person of the sentence stands nearer to and
    serves ("Kerry traf in Jordanien auch König Abdullah II."; but "the Nigerian election's
    candidates, President Jonathan and General Buhari" are both Nigerian). Without one in the
    sentence, the state of the sentence before ("… the unity government in Zimbabwe. The accord
    brought President Robert Mugabe …"; wire copy often sets each sentence as a paragraph)."""
    at = next((i for i, s in enumerate(doc.sentences) if s.start <= m.start < s.end), None)
    if at is None:
        return None
    found = _state_near(doc, m, doc.sentences[at], res)
    if found is None and at > 0:
        found = _state_near(doc, m, doc.sentences[at - 1], res)
    return found


def _state_near(doc: Document, m: Mention, s: Sentence, res: Resources) -> str | None:
    day = doc.anchor or doc.published
    served: list[tuple[Mention, str | None]] = []
    for p in doc.mentions:
        if p.kind == "Person" and p.key != m.key and s.start <= p.start < s.end:
            e = res.gazetteer.get(p.key)
            t = e.tenure_at(day) if e and day else None
            served.append((p, t.represents if t else e.represents if e else None))

    def taken(r: Mention) -> bool:
        return any(state == r.key and abs(p.start - r.start) < abs(m.start - r.start) for p, state in served)

    gr = grammar(res, doc.lang)

    def elsewhere_bound(r: Mention) -> bool:
        """"die vom Iran unterstützten Rebellen" backs another; "Hadi … nach Saudi-Arabien" is
        where the person went (but "kommt nach Österreich … mit Ministerin X": to her state)."""
        before = re.findall(r"\w+", doc.content[max(s.start, r.start - 12) : r.start].lower())
        if not before:
            return False
        return before[-1] in gr.agent_markers or (before[-1] in gr.destinations and r.start > m.start)

    states = [
        r
        for r in doc.mentions
        if s.start <= r.start < s.end
        and r.kind in ("State", "Place")
        and r.key.startswith("state/")
        and not taken(r)
        and not elsewhere_bound(r)
    ]
    states.sort(key=lambda r: abs(r.start - m.start))
    return states[0].key if states else None


def _role_of(m: Mention, roles: list[Cue]) -> str | None:
    return next((c.key for c in roles if c.start == m.start), None)


def _role_for(
    text: str, m: Mention, roles: list[Cue], mentions: tuple[Mention, ...], gr: Grammar
) -> Cue | None:
    """The role noun that describes the person named at ``m`` (before it, or in an apposition)."""
    persons = [p for p in mentions if p.kind == "Person" and p.key != m.key and p.is_actor]
    before = [c for c in roles if m.start - WINDOW <= c.end <= m.start]
    owned = set()
    for c in before:  # a role that introduces another person's name belongs to that person
        nxt = next((p for p in persons if p.start >= c.end), None)
        if nxt and nxt.start < m.start and _introduces(text, c, nxt, mentions):
            owned.add(c)
    free = [c for c in before if c not in owned and not _FULL_STOP.search(text, c.end, m.start)]
    apposition = _apposition(text, m, roles, gr)
    if free:
        last = free[-1]
        if apposition and not _introduces(text, last, m, mentions):
            return apposition  # "A, head of X, met B, director of Y": B's role is the one after B
        chained = [c for c in free[:-1] if _GENITIVE_LINK.search(text[: last.start][-25:])]
        return chained[0] if chained else last
    return apposition


def _apposition(text: str, m: Mention, roles: list[Cue], gr: Grammar) -> Cue | None:
    """The role noun of an apposition after the name: "X, leader of the PAIGC". A verb's words
    between the comma and the role (an auxiliary, a clitic, a relative pronoun, a preposition)
    make it the object of a clause, no apposition: "X, a rencontré des représentants", "X, se
    reunió con representantes"."""
    after = [c for c in roles if m.end < c.start <= m.end + 60]
    if after and re.match(r"\s*,\s*(?:\w+\s+){0,4}$", text[m.end : after[0].start]):
        between = {w.lower() for w in re.findall(r"\w+", text[m.end : after[0].start])}
        clause = gr.finite_auxiliaries | gr.verb_clitics | gr.relative_pronouns | gr.prepositions
        return None if between & clause else after[0]
    return None


_INTRO = re.compile(r"[\s,]*(?:(?:de|la|le|du|del|der|des|of|the|von|d'|d’)\s*|[A-ZÄÖÜ][\w-]*[\s,]*)*")


def _introduces(text: str, cue: Cue, person: Mention, mentions: tuple[Mention, ...]) -> bool:
    """Whether the role noun ``cue`` introduces ``person``: only names, adjectives and small words
    stand between them ("le chef de la diplomatie ukrainienne, Andriï Sybiha")."""
    if person.start - cue.end > 70:
        return False
    adjectives = (m for m in mentions if m.form == "adj")
    return bool(_INTRO.fullmatch(blanked(text, cue.end, person.start, adjectives)))


def _state_of(ref: Mention, res: Resources) -> str | None:
    """The state or organisation a reference stands for (an organisation may serve a state)."""
    e = res.gazetteer.get(ref.key)
    if e is None:  # an organisation only this article names ("the Cnared", "the rebels")
        return ref.key if ref.kind == "Organization" and ref.is_actor else None
    if e.kind == "Organization" and e.represents:
        return e.represents
    if e.kind == "Place" and e.capital_of:
        return e.capital_of
    return e.key if e.kind in ("State", "Organization") else None
