"""Find the actors and places an article names.

Sources, in order of trust: gazetteer names (with inflection and German declension), persons
introduced by a role noun ("Kreml-Sprecher Dmitri Peskow"), full names that start with a known
first name, surnames of persons named earlier or later in the same article (or in office on the
article's day), organisations introduced by a noun or named by their initials ("RSF"), and
unnamed groups acting for a state ("ukrainische Unterhändler" → a delegation). Phrases that refer
back are read last: a role without a name ("der König", "the Russian president") is the person
named with that role before, or the office holder of the day, or else acts for its state; "the
government", "the bloc", "the rebels" are the government, organisation or armed group the story
named. A capital city that is not used as a place stands for its state ("Moskau fordert …").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from dataclasses import replace
from datetime import date

from diplograph.extract.context import after_preposition
from diplograph.extract.cues import Cue
from diplograph.extract.gazindex import GazIndex, Hit, gaz_index
from diplograph.extract.grammar import Grammar, grammar
from diplograph.extract.lemmas import is_known, lemmatizer
from diplograph.extract.relevance import rules as relevance_rules
from diplograph.ids import slug
from diplograph.model import Document, Mention
from diplograph.pipeline import stage
from diplograph.resolve.keys import fold
from diplograph.resources import Resources

_TOKEN = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
#: :data:`_TOKEN` as one group, so that ``split`` keeps the tokens between the separators.
_TOKEN_PIECES = re.compile(f"({_TOKEN.pattern})")
#: How many words before a preposition of direction a verb of motion may stand ("llegó el martes a").
MOTION_WORDS = 4
#: The word right before an offset, with the one space after it ("de " before "la Fuente").
_LAST_WORD = re.compile(r"(\w+) $")
_PREV_WORDS = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")

#: Roles held by one person at a time, so "the Russian president" names the holder of the day.
OFFICES = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister"})
#: "of" and a title of up to three words before the leader a government is named by ("the
#: government of Prime Minister …", "die Regierung von Ministerpräsident …", "del primer ministro").
_OF_LEADER = re.compile(r"\s+(?:of|von|des|du|de|del|de la)\s+(?:[^\W\d_]+\.?\s+){0,3}", re.I)
_OF = re.compile(
    r"\s+(?:(?:der|des|von|aus|of|from|of the|from the|de|du|de la|del|de los)\s+(?:[\w-]+\s+)?"
    r"|(?:de l|d)['’])",  # "le secrétaire général de l'ONU"
    re.I,
)
_OWNER_GAP = re.compile(r"(?:['’]s)?[\s-]*")
#: The same with a portfolio between owner and role: "Egypt's intelligence chief", "Russia's
#: deputy foreign minister" (only after a possessive: "Ukraine said the president" is no owner).
_OWNER_PORTFOLIO_GAP = re.compile(r"['’]s\s+(?:[a-zà-ÿ][\w-]*\s+){1,2}")
_OF_AFTER_WORD = re.compile(r"\s+[^\W\d_]+" + _OF.pattern, re.I)
#: How many words a person's name must have for a part of two of them to name them too.
_SHORTENED = 3
#: A capitalised name whose words may be joined by short lower-case links ("Afrique de l'Ouest").
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?(?:[a-zà-ÿ]{1,2}')?[A-ZÀ-ÖØ-Þ][\w'-]*)*"
)
#: A comma or closing quote right before a verb: the verb opens an inverted speech clause.
_AFTER_COMMA = re.compile('[,\u201c\u201d\u00bb\u00ab"]\\s*$')
_ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,6}\b")
#: The role of a person named after a title of party office: the leader of a body.
TITLED_ROLE = "OrganizationLeader"
#: How many words a name introduced by an organisation noun may have ("Recht und Gerechtigkeit").
MAX_NAME_WORDS = 6
#: An acronym in parentheses after the name it abbreviates: "(RSF)", "(Cnared)", "(FLN)".
_INTRODUCED = re.compile(r"\s\(([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7}(?:[/-][A-Z0-9][A-Za-z0-9]{0,5})?)\)")
#: An elided word glued to a name after it: "qu'Orbán", "d'Erdoğan", "dell'Italia".
#: A given name of two syllables joined by a hyphen, the second in lower case, as Korean and
#: Taiwanese names are written ("Ki-moon", "Jae-in", "Ing-wen"): the word before it is the family
#: name, which the story uses alone later.
_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_ELIDED_BEFORE_NAME = re.compile(r"^[^\W\d_]{1,6}['’](?=[^\W\d_])")
#: A capitalised word right after a name: where adjectives follow nouns it continues the name.
_NEXT_CAPITALISED = re.compile(r" ([A-ZÀ-Þ][a-zà-ÿ]+)\b")
_third = operator.itemgetter(2)
_ROMAN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX|X)\.?$")
#: Patterns matched at an offset of the article (``pattern.match(text, pos)``): a slice of the
#: rest of the text would copy it at every token or cue.
_NAME_GAP = re.compile(r"[ \t]+")
_ORG_NAME = re.compile(r"\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})")
#: An owner word and a capitalised word after a noun ("of Ambazonia", "de la Ambazonia", "de l'Ambazonie").
_OWNED_NAME = re.compile(r"\s+(\w+)\s+(?:\w{1,3}\s+|\w['’])?([A-ZÀ-Þ][\w-]+)")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_SPACES_AT = re.compile(r" *")
_SPACES_COMMAS_AT = re.compile(r"[ ,]*")
#: What may stand between a role noun and the name it introduces: "Chefunterhändler der Regierung, "
_ROLE_GAP = re.compile(
    r"\s*,?\s*(?:(?:der|des|von|of|of the|du|de la|de|del|di|da|au|aux|à la|for|für|pour|para)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+\s*,\s*"  # an elided article too: "de l'Émirat islamique, "
    # or a portfolio in lower case: "la commissaire au commerce Clara …", "comisaria de comercio …"
    r"|(?:au|aux|à la|du|de|del|de la)\s+[a-zà-ÿ]+\s+)?"
)
#: The preposition that opens a role's owner after its adjective ("ministro principal de …").
_OWNER_LINK = re.compile(r"\s+(?:de|del|du|des|de la|d['’])\s*")
#: An elided article glued to a role noun ("l'ambassadeur", "l’envoyé").
_ELIDED = re.compile(r"^\w['’]")
#: A capital at the start of a line followed by a dash is a dateline ("Washington – …"), a place.
#: A dateline opening a sentence: "Warschau/Moskau – ", "ISLAMABAD (AP) — ", or a city in capitals
#: with the day after a comma: "BISHKEK, March 18 – ", "GENÈVE, 12 mars (AFP) - ".
_DATELINE = re.compile(
    r"(?:[^\W\d_][\w ./]{0,40}?|[A-ZÄÖÜÉÈÀÇÑ][A-ZÄÖÜÉÈÀÇÑ'’ ./-]+,\s*[\w. ]{1,20}?)"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?[–—-]\s"
)
_CLAUSE_END = re.compile(r"[;:!?\n]|(?<![A-Z])\.(?=\s)")  # "U.S. affairs" goes on
#: Roles that lead a state or organisation: "the leader of Venezuela" may be its president.
LEADERS = frozenset({"HeadOfState", "HeadOfGovernment", "OrganizationLeader"})
#: Roles whose holder a bare surname may name on the article's day.
PROMINENT = frozenset({"HeadOfState", "HeadOfGovernment", "ForeignMinister", "OrganizationLeader"})


def _past(run: re.Pattern[str], text: str, pos: int) -> int:
    """The offset after the run of ``run`` at ``pos`` in ``text`` (matched in place: stripping
    a copy of the rest of the text cost a copy of the article)."""
    m = run.match(text, pos)
    return m.end() if m else pos


def tokens_of(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every :data:`_TOKEN` word of ``text``.

    The text is split around the words (separator, word, …, separator) and the offsets are the
    running sums of the pieces' lengths: no match object per word.

    >>> tokens_of("Ban Ki-moon, qu'Orbán 2025")
    [(0, 3, 'Ban'), (4, 11, 'Ki-moon'), (13, 21, "qu'Orbán")]
    """
    pieces = _TOKEN_PIECES.split(text)
    ends = list(itertools.accumulate(map(len, pieces)))
    return list(zip(ends[0:-1:2], ends[1::2], pieces[1::2], strict=True))


@stage("mentions", requires=("sentences", "anchor"), assigns=("mentions",))
def find_mentions(doc: Document, res: Resources) -> Document:
    """Read every actor and place mention of the article."""
    finder = _Finder(doc, res)
    return replace(doc, mentions=tuple(sorted(finder.run(), key=lambda m: (m.start, m.end))))


class _Finder:
    def __init__(self, doc: Document, res: Resources) -> None:
        self.doc, self.text = doc, doc.content
        self.gr: Grammar = grammar(res, doc.lang)
        self.idx: GazIndex = gaz_index(res, doc.lang)
        self.gaz = res.gazetteer
        self.titles = relevance_rules(res, doc.lang).titles
        self.lemma = lemmatizer(doc.lang)
        self.credits = [(m.start(), m.end()) for p in self.gr.credits for m in p.finditer(self.text)]
        self.mask = bytearray(len(doc.content) + 1)  # 1 where a mention already stands
        self.starts = [s.start for s in doc.sentences]
        self.out: list[Mention] = []
        self.dateline_ends: dict[int, int] = {}  # sentence start -> end of its dateline, or -1
        self.introduced: dict[str, set[tuple[str, str | None]]] = {}  # person key -> (role, state)
        names = res.lexicon("common", "names")
        self.family_first = frozenset(str(n) for n in names.get("family_first") or [])

    # -- helpers -------------------------------------------------------------------------
    @functools.cached_property
    def tokens(self) -> list[tuple[int, int, str]]:
        """The article's words, for the passes over every word (first names, surnames)."""
        return tokens_of(self.text)

    def in_credit(self, start: int, end: int) -> bool:
        return any(cs <= start and end <= ce for cs, ce in self.credits)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, max(end, start + 1)) < 0

    def free_but_adjectives(self, cue: Cue) -> bool:
        """Whether only adjectives inside it are read in the span of ``cue`` ("le ministre qatari des
        Affaires étrangères" holds its state's adjective), or a seat of power its title names
        ("le maître du Kremlin", "the Kremlin leader")."""
        inside = [m for m in self.out if m.start < cue.end and cue.start < m.end]
        seat = self.seat_inside(cue) if inside else None
        return all((m.form == "adj" and cue.start < m.start and m.end < cue.end) or m is seat for m in inside)

    def seat_inside(self, cue: Cue) -> Mention | None:
        """A seat of power named inside a role's title ("jefe del Kremlin"): the title's state."""
        for m in self.out:
            if cue.start <= m.start and m.end <= cue.end and m.form != "adj" and self.seat_of(m.key):
                return m
        return None

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.mask[m.start : m.end] = b"\x01" * (m.end - m.start)

    def place_side(self, pos: int) -> bool:
        """Whether the words before ``pos`` make a side a place ("on the Russian side")."""
        before = " ".join(re.findall(r"\w+", self.text[max(0, pos - 30) : pos].lower()))
        return any(before == p or before.endswith(" " + p) for p in self.gr.side_places)

    def locative_before(self, pos: int) -> bool:
        m = _PREV_WORDS.search(self.text[max(0, pos - 30) : pos])
        if not m:
            return False
        words = [w.lower() for w in m.groups() if w]
        if words[-1] in self.gr.locative or (len(words) == 2 and " ".join(words) in self.gr.locative):
            return True
        return words[-1] in self.gr.motion_direction and self.after_motion(pos)

    def after_motion(self, pos: int) -> bool:
        """Whether a verb of motion stands up to ``MOTION_WORDS`` words before the preposition
        that ends at ``pos``, in its clause ("llegó el martes a Ankara"): it names a destination."""
        clause = re.split(r"[,;:.!?]", self.text[max(0, pos - 60) : pos])[-1]
        words = re.findall(r"\w+", clause)[-MOTION_WORDS - 1 : -1]
        return any(self.lemma(w.lower()) in self.gr.motion_verbs for w in words)

    def name_at(self, pos: int, min_tokens: int = 1) -> tuple[int, int] | None:
        """The span of a person name starting at ``pos`` (capitalised tokens and particles)."""
        end, count, cursor, after_particle = None, 0, pos, False
        while count < 6:
            m = _TOKEN.match(self.text, cursor)
            if not m:
                break
            tok = m.group()
            if count > 0 and not self.free(m.start(), m.end()):
                break  # "le président Marco Bellandi de la Guinée-Bissau": the state ends the name
            if after_particle and self.lemma(tok) != tok.lower():
                break  # an inflected noun after "von den" is no surname: "Dawda Jallow von den Richtern"
            if count > 0 and _ROMAN.match(tok):
                end, count = m.end(), count + 1
                break
            head, _, rest = tok.partition("-")
            particle_name = head in self.gr.particles and rest[:1].isupper()  # "al-Mikhlafi"
            if particle_name or (
                tok[0].isupper() and tok not in self.gr.not_names and not (tok.isupper() and len(tok) <= 4)
            ):
                end, count = m.end(), count + 1
            elif tok in self.gr.particles and count > 0:
                after_particle = tok in self.gr.dative_particles
                gap = _NAME_GAP.match(self.text, m.end())
                if not gap:
                    break
                cursor = gap.end()
                continue
            else:
                break
            after_particle = False
            gap = _NAME_GAP.match(self.text, m.end())
            if not gap:
                break
            cursor = gap.end()
        if end is None or count < min_tokens:
            return None
        return (pos, end)

    def in_dateline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a dateline opening a sentence ("Warschau/Moskau – …")."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return False
        start = self.doc.sentences[i].start
        end = self.dateline_ends.get(start)
        if end is None:  # asked once per sentence, not at each of its names
            m = _DATELINE.match(self.text, start)
            end = self.dateline_ends[start] = m.end() if m else -1
        return pos < end

    def delegation(self, start: int, end: int, ref: Mention, phrase: str) -> Mention:
        """A delegation mention over ``start:end`` for the state (or capital's state) ``ref`` names."""
        state = self.gaz.stands_for(ref.key)
        return Mention(
            start,
            end,
            "delegation/" + state.split("/", 1)[-1],
            "Delegation",
            self.text[start:end],
            f"group:{phrase}",
            "group",
            "",
            state,
        )

    def coordinated_adjectives(self, adj: Mention) -> list[Mention]:
        """State adjectives joined to ``adj`` before it ("Russian and Ukrainian", "Iranian and
        US"), and after it ("négociateurs iraniens et américains"). A state named by its name
        stays the state ("U.S. and Chinese negotiators")."""
        adjectives = sorted((m for m in self.out if m.form == "adj"), key=lambda m: m.start)
        found: list[Mention] = []
        current = adj
        for m in reversed([m for m in adjectives if m.end <= adj.start]):
            if not self.joined(m.end, current.start):
                break
            found.append(m)
            current = m
        current = adj
        for m in [m for m in adjectives if m.start >= adj.end]:
            if not self.joined(current.end, m.start):
                break
            found.append(m)
            current = m
        return found

    def joined(self, end: int, start: int) -> bool:
        """Whether only a comma or a coordinating word stands between ``end`` and ``start``."""
        between = self.text[end:start].strip().lower()
        return between == "," or between in self.gr.coordination

    def ref_right_before(self, pos: int) -> bool:
        """Whether a state or organisation (name, adjective, genitive) stands right before ``pos``."""
        return self.state_at(pos) is not None

    def state_at(self, pos: int) -> str | None:
        """The state or organisation named right before ``pos`` ("US-", "russische ", "Haiti's "),
        if any."""
        for m in reversed(self.out):
            between = self.text[m.end : pos]
            # the longest clitic that opens the gap: "'s", not its "'" alone
            clitics = [c for c in self.gr.possessive_clitics if between.startswith(c)]
            clitic = max(clitics, key=len, default="")
            between = between[len(clitic) :]
            if m.end <= pos and len(between) <= 2 and m.kind in ("State", "Organization", "Place"):
                if re.fullmatch(r"[\s-]*", between) is None:
                    return None
                return self.gaz.stands_for(m.key)
        return None

    def state_after(self, pos: int) -> Mention | None:
        """A state named after a role and one more word: "el líder interino de Venezuela"."""
        for m in self.out:
            if pos <= m.start < pos + 40 and m.kind in ("State", "Organization"):
                return m if _OF_AFTER_WORD.fullmatch(self.text[pos : m.start]) else None
        return None

    def role_state(self, cue: Cue, name_start: int) -> str | None:
        """The state a role phrase names: before the noun ("russische Außenminister"), or between
        it and the name ("el presidente ruso, …", "El presidente interino de Venezuela, …")."""
        state = self.state_at(cue.start)
        if state is None:
            inside = [m for m in self.out if cue.end <= m.start and m.end <= name_start]
            m = next((m for m in inside if m.kind in ("State", "Organization") or m.form == "adj"), None)
            if m is not None:
                state = self.gaz.stands_for(m.key)
        return state

    def after_place(self, pos: int) -> bool:
        """Whether a name completes the place before it ("Lausanne, Switzerland", "Bogotá,
        Colombia") or goes on a list of places with no article of its own ("in Ungarn oder
        Deutschland"; "in Syrien und der Irak" names the Iraq as an actor)."""
        last = self.out[-1] if self.out else None
        if last is None or last.form != "place":
            return False
        between = self.text[last.end : pos]
        if re.fullmatch(r",\s*", between):
            return True
        # a list of places goes on: "in Ungarn, Österreich oder Deutschland", "in Syria and Iraq"
        return bool(re.fullmatch(r"\s+(\w+)\s+", between)) and between.strip().lower() in self.gr.list_joins

    def title_case(self, pos: int) -> bool:
        """Whether the line around ``pos`` is a headline in title case ("Envoys Hold Talks")."""
        if not self.gr.title_case_headlines:
            return False
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        words = [w for w in _TOKEN.findall(self.text[start : end if end >= 0 else None]) if len(w) > 3]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7

    def person_key(self, name: str) -> str:
        """The gazetteer key of a full name (any transliteration), else a key of its own.

        A spelling the gazetteer lacks ("Abd Rabbu Mansur Hadi" for "Abdrabbuh Mansur Hadi")
        still finds its entry when exactly one person of that surname and the same first
        letter held office on the article's day.
        """
        sk = self.idx.skeleton(name)
        known = self.idx.full_names.get(sk)
        if known:
            return known
        words = sk.split()
        day = self.doc.anchor or self.doc.published
        if len(words) > 1 and day is not None:
            keys = {
                k
                for k in self.idx.surnames.get(words[-1], ())
                if self.gaz.entries[k].tenure_at(day) is not None
                and self.idx.skeleton(self.gaz.entries[k].label("en"))[:1] == words[0][:1]
            }
            if len(keys) == 1:
                return next(iter(keys))
        return "person/" + slug(sk)

    # -- passes --------------------------------------------------------------------------
    def run(self) -> list[Mention]:
        hits = [h for h in self.idx.find(self.text) if not self.in_credit(h.start, h.end)]
        for h in hits:
            self.gazetteer_hit(h)
        pending = self.role_persons()
        self.titled_persons()
        self.name_parts()  # before a first name reads "Hassan Sheikh" as a person of its own
        self.first_name_persons()
        self.speakers_named_after_verb()
        self.same_persons()
        self.name_parts()  # of names the first-name pass found
        self.surnames()
        for m in pending:  # a lone surname after a role that no full name of the article explains
            if self.free(m.start, m.end):
                self.add(m)
        self.organisations()
        self.introduced_acronyms()
        self.acronyms()
        self.offices_and_groups()
        self.blocs()
        self.collectives()
        return self.out

    def organisations(self) -> None:
        """Organisations the gazetteer lacks, introduced by an organisation noun ("Miliz FARC")."""
        names: dict[str, str] = {}
        for cue in self.gr.org_nouns.find(self.text):
            m = _ORG_NAME.match(self.text, cue.end)
            if not m:
                continue
            name = m.group(1)
            acronym = name.isupper() and sum(c.isalpha() for c in name) >= 2  # not "Gruppe B"
            if name.split()[0] in self.gr.not_names or not (acronym or len(name.split()) > 1):
                continue
            start = m.start(1)
            if cue.key == "news_agency" and self.free(start, start + len(name)):
                # "the state news agency MENA": a source quoted, not an actor (nor a person's name)
                self.mask[start : start + len(name)] = b"\x01" * len(name)
                continue
            if self.free(start, start + len(name)) and not self.in_credit(start, start + len(name)):
                names[name] = "org/" + slug(name)
        for name, key in sorted(names.items()):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.text):
                if self.free(m.start(), m.end()):
                    self.add(
                        Mention(
                            m.start(),
                            m.end(),
                            key,
                            "Organization",
                            name,
                            "pattern:organisation",
                            "name",
                            name,
                        )
                    )

    def blocs(self) -> None:
        """A phrase that refers back to an organisation ("the bloc", "das Bündnis"): the
        organisation named last before it; "the rebels", "die Rebellen": the armed group."""
        if not any(m.kind == "Organization" for m in self.out):
            return
        for cue in self.gr.org_anaphora.find(self.text):
            if not self.free(cue.start, cue.end) or self.in_credit(cue.start, cue.end):
                continue
            org = next(
                (
                    m
                    for m in reversed(self.out)
                    if m.end <= cue.start
                    and m.kind == "Organization"
                    and m.is_actor
                    and (cue.key != "armed" or self.armed(m.key))
                ),
                None,
            )
            if org is not None:
                surface = self.text[cue.start : cue.end]
                self.add(
                    Mention(
                        cue.start,
                        cue.end,
                        org.key,
                        "Organization",
                        surface,
                        f"anaphora:{cue.phrase}",
                        "group",
                        "",
                    )
                )

    def collectives(self) -> None:
        """Collective actors the gazetteer cannot name: "the (Syrian) opposition", "die Rebellen",
        "l'opposition burundaise", "el parlamento". One key per collective and state, whatever
        the language ("org/syria-opposition"); the state is the adjective or name beside the
        noun, else the state the story names most often before it. Only a determined noun
        counts ("the opposition", not "Russia's opposition to the plan", a stance)."""
        for cue in self.gr.collectives.find(self.text):
            if not self.free(cue.start, cue.end) or self.in_credit(cue.start, cue.end):
                continue
            before = re.findall(r"\w+['’]?", self.text[max(0, cue.start - 40) : cue.start].lower())
            after = re.findall(r"\w+", self.text[cue.end : cue.end + 20].lower())[:1]
            surface = self.text[cue.start : cue.end]
            elided = re.match(r"\w{1,2}['’]", surface)  # "L'opposition"
            state = self.state_at(cue.start)
            lead = {*(before[-2:] if state else before[-1:]), *([elided.group().lower()] if elided else [])}
            if not lead & self.gr.collective_determiners or set(after) & self.gr.collective_objects:
                continue
            if self.titles_person(cue.end):
                continue  # "l'opposante en exil Svetlana Tsikhanovskaïa": one opponent, named
            name = surface[elided.end() if elided else 0 :]
            adj = next((m for m in self.out if m.form == "adj" and 0 <= m.start - cue.end <= 1), None)
            if state is None and adj is not None:
                state = self.gaz.stands_for(adj.key)
            if state is None:
                best = self.most_named_state(cue.start)
                state = best.key if best is not None else None
            owner = f"{state.rsplit('/', 1)[-1]}-" if state else ""
            key = f"org/{owner}{cue.key}"
            self.add(
                Mention(
                    cue.start,
                    cue.end,
                    key,
                    "Organization",
                    surface,
                    f"collective:{cue.phrase}",
                    "name",
                    name,
                )
            )

    def titles_person(self, end: int) -> bool:
        """Whether a person read after a title (``titled_persons``) is named within three words
        after ``end``, with no punctuation between: the collective noun before it is that
        person's title ("l'opposante bélarusse Svetlana …"), not a group."""
        for m in self.out:
            if m.kind == "Person" and m.source.startswith("pattern:title") and end <= m.start:
                gap = self.text[end : m.start]
                if not re.search(r"[^\w\s'’-]", gap) and len(gap.split()) <= 3:
                    return True
        return False

    def armed(self, key: str) -> bool:
        e = self.gaz.get(key)
        return e is not None and e.org_kind == "armed-group"

    def introduced_acronyms(self) -> None:
        """An organisation the gazetteer lacks, introduced with its acronym in parentheses:
        "the Rapid Support Forces (RSF)", "le Front de libération nationale (FLN)". The acronym
        must spell the initials of the words before it (small function words may be left out);
        both the name and every later use of the acronym name the organisation."""
        for t in _INTRODUCED.finditer(self.text):
            acronym = t.group(1)
            if self.in_dateline(t.start()):
                continue  # "MOSKAU, 18. März (Reuters) –": the agency of a dateline names nothing
            words = list(_TOKEN.finditer(self.text, max(0, t.start() - 160), t.start()))[-12:]
            # an acronym the gazetteer knows names its organisation, whose long name stands before
            # it ("the Congo River Alliance (AFC/M23)"): that name is the same organisation
            known = next(
                (m for m in self.out if m.kind == "Organization" and (m.start, m.end) == t.span(1)), None
            )
            if not words or (known is None and not self.free(words[-1].end(), t.end())):
                continue
            start = _spelled_by(acronym, [w.group() for w in words], self.gr.stopwords)
            if start is None and known is not None:
                # a translated name of a known acronym: the capitalised words right before it
                run = list(itertools.takewhile(lambda w: w.group()[:1].isupper(), reversed(words)))
                start = len(words) - len(run) if 1 < len(run) <= MAX_NAME_WORDS else None
            elif start is None:
                start = self.named_after_org_noun(words)  # a translated name: "Recht und Gerechtigkeit (PiS)"
            if start is None or not words[start].group()[0].isupper():
                continue
            name = self.text[words[start].start() : words[-1].end()]
            if "\n" in name or self.in_credit(words[start].start(), t.end()):
                continue
            if known is None and {w.group().lower() for w in words[start:]} & self.gr.place_heads:
                continue  # "the Line of Actual Control (LAC)": a place, no organisation
            if not self.swallow(words[start].start(), words[-1].end()):
                continue
            key = known.key if known is not None else "org/" + slug(name)
            spans = [(words[start].start(), words[-1].end(), name)]
            spans += [
                (m.start(), m.end(), acronym)
                for m in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", self.text)
                if m.start() > words[-1].end() and known is None
            ]
            for a, b, surface in spans:
                if self.free(a, b):
                    self.add(Mention(a, b, key, "Organization", surface, "pattern:acronym", "name", surface))

    def named_after_org_noun(self, words: list[re.Match[str]]) -> int | None:
        """Where a name starts that an organisation noun introduces before an acronym it does not
        spell, as translated names do ("die Partei Recht und Gerechtigkeit (PiS)", "the Law and
        Justice party (PiS)", "la Front de libération nationale (FLN)"): the capitalised words (and
        small words between them) right after the noun, or right before it in English."""
        nouns = self.gr.org_nouns.find_local(self.text, words[0].start(), words[-1].end())
        nouns = [c for c in nouns if c.key == "organization"]
        if not nouns:
            return None
        noun = nouns[-1]
        inside = [i for i, w in enumerate(words) if w.start() >= noun.end]
        if not inside:  # "the Law and Justice party (PiS)": the name before the noun
            ends = [i for i, w in enumerate(words) if w.end() <= noun.start]
            inside = ends[-MAX_NAME_WORDS:]
            while inside and self.not_in_name(words[inside[0]].group(), opening=True):
                inside = inside[1:]
            return None if not inside or words[-1].end() > noun.end else inside[0]
        if len(inside) > MAX_NAME_WORDS or any(self.not_in_name(words[i].group()) for i in inside):
            return None
        return inside[0]

    def not_in_name(self, word: str, opening: bool = False) -> bool:
        """Whether ``word`` cannot stand in a name: a lower-case word that is no small function
        word, or, opening the name, any article ("The Law and Justice party")."""
        low = word.lower()
        if opening:
            return not word[:1].isupper() or low in self.gr.determiners or low in self.gr.stopwords
        return not word[:1].isupper() and low not in self.gr.stopwords

    def swallow(self, start: int, end: int) -> bool:
        """Make room for an organisation's name at ``start:end``: the states and places named
        inside it ("Parti africain pour l'indépendance de la Guinée et du Cap-Vert (PAIGC)") are
        part of the name, not actors of their own; so is a person only guessed from a first name
        ("International Campaign to Ban Landmines (ICBL)": not "Ban Landmines"). False when a known
        person or an organisation is named there, or when one mention is the whole name ("United
        States (US)")."""
        inside = [m for m in self.out if m.start < end and start < m.end]
        guessed = [m for m in inside if m.kind == "Person" and not m.source.startswith("gazetteer:")]
        if any(
            (m.kind in ("Person", "Organization") and m not in guessed) or (m.start, m.end) == (start, end)
            for m in inside
        ):
            return False
        if any(m.start < start or m.end > end for m in inside):
            return False
        gone = {id(m) for m in inside}
        self.out = [m for m in self.out if id(m) not in gone]
        for m in inside:
            self.mask[m.start : m.end] = bytes(m.end - m.start)
        return True

    def acronyms(self) -> None:
        """An unknown acronym made of the initials of an organisation named before it: "the Rapid
        Support Forces … The RSF", "die Freie Syrische Armee … die FSA"."""
        named: dict[str, tuple[int, str, str]] = {}
        for m in self.out:
            words = [w for w in m.name.split() if w[:1].isupper()] if m.form == "name" else []
            if m.kind == "Organization" and len(words) >= 2:
                initials = "".join(w[0] for w in words)
                named.setdefault(initials, (m.end, m.key, m.kind))
        if not named:
            return
        for t in _ACRONYM.finditer(self.text):
            found = named.get(t.group())
            if found is None or found[0] > t.start() or not self.free(t.start(), t.end()):
                continue
            if self.in_credit(t.start(), t.end()):
                continue
            _, key, kind = found
            self.add(Mention(t.start(), t.end(), key, kind, t.group(), "acronym", "name", t.group()))

    def gazetteer_hit(self, h: Hit) -> None:
        f = h.best
        e = self.gaz.entries[f.key]
        surface = self.text[h.start : h.end]
        if self.gr.adjectives_follow and e.kind == "Organization" and " " in surface:
            nxt = _NEXT_CAPITALISED.match(self.text, h.end)
            if nxt and nxt.group(1).lower() not in self.gr.stopwords:
                return  # "Consejo de Seguridad Nacional" is another body than "Consejo de Seguridad"
        if f.form in ("adj", "demonym"):
            key = e.capital_of or f.key if e.kind == "Place" else f.key
            kind = self.gaz.entries[key].kind if key in self.gaz.entries else e.kind
            self.add(Mention(h.start, h.end, key, kind, surface, f"gazetteer:{f.key}", f.form))
            return
        name = surface[:-1] if f.form == "genitive" else surface
        src = f"gazetteer:{f.key}"
        dateline = self.in_dateline(h.start)
        # a capital stands for its state, a seat for the body it holds ("Brüssel fordert": the EU)
        state = (e.represents or e.capital_of) if e.kind == "Place" else None
        if state and self.names_agreement(h.start, h.end):
            state = None  # "les accords de Minsk", "the Minsk agreement": the city, no actor
        if state and not self.locative_before(h.start) and not dateline:
            kind = self.gaz.entries[state].kind if state in self.gaz.entries else "State"
            self.add(Mention(h.start, h.end, state, kind, surface, src, "metonym", name))
        elif e.kind == "Place" or (
            # "Luxemburg – Die EU-Außenminister …": a dateline names a place, even a city-state's
            e.kind == "State" and (self.locative_before(h.start) or self.after_place(h.start) or dateline)
        ):
            self.add(Mention(h.start, h.end, f.key, "Place", surface, src, "place", name))
        else:
            self.add(Mention(h.start, h.end, f.key, e.kind, surface, src, f.form, name))

    def role_modifier_end(self, start: int) -> int | None:
        """Where a modifier of the role noun ending at ``start`` ends ("sortant", "par intérim",
        "en funciones"), the longest of ``role_modifiers`` that follows; None if none does."""
        words = list(re.finditer(r"[^\W\d_]+", self.text[start : start + 40]))[:3]
        if not words or self.text[start : start + words[0].start()].strip():
            return None
        for n in range(len(words), 0, -1):
            run = words[:n]
            between = [self.text[start + a.end() : start + b.start()] for a, b in itertools.pairwise(run)]
            phrase = " ".join(w.group().lower() for w in run)
            if all(g == " " for g in between) and phrase in self.gr.role_modifiers:
                return start + run[-1].end()
        return None

    def role_persons(self) -> list[Mention]:
        """Names right after a role noun; lone surnames are returned to be tried as surnames first."""
        pending = []
        roles = self.gr.roles.find(self.text)
        role_starts = {c.start for c in roles}
        for cue in roles:
            if self.in_credit(cue.start, cue.end):
                continue
            start = cue.end
            adj = next(
                (
                    m
                    for m in self.out
                    if m.form == "adj" and m.start > start and not self.text[start : m.start].strip()
                ),
                None,
            )
            if adj is not None:  # "le président russe, Vladimir Poutine"
                start = adj.end
            after = re.match(r"\s+([^\W\d_]+)", self.text[start : start + 30])
            modifier = self.role_modifier_end(start)
            if modifier is not None:
                start = modifier  # "le président sortant Goodluck Jonathan", "président par intérim"
            elif (
                after
                and self.gr.adjectives_follow
                and after.group(1).islower()
                and self.text[start + after.end() : start + after.end() + 2].lstrip().startswith(",")
            ):
                # an adjective the gazetteer lacks, then the comma before the name: "le chef du
                # gouvernement groenlandais, Jens-Frederik Nielsen"
                start += after.end()
            elif (
                after
                and self.gr.adjectives_follow
                and after.group(1).islower()
                and after.group(1) not in self.gr.determiners
                and _OWNER_LINK.match(self.text, start + after.end())
            ):
                # an adjective after the role noun, then its owner: "el ministro principal de
                # Gibraltar, Fabian Picardo", "le ministre délégué de …, X"
                start += after.end()
            gap = _ROLE_GAP.match(self.text, start)
            pos = gap.end() if gap else start
            if not self.free(pos, pos + 1):
                continue
            span = self.name_at(pos)
            if span and span[0] in role_starts:
                continue  # "spokesman, Colonel Amadou Abdramane": the rank introduces the name
            if span and self.title_case(cue.start):  # "Leaders Pledge Closer Security Ties"
                span = span if self.text[span[0] : span[1]].split()[0] in self.idx.first_names else None
            if span and self.free(*span):
                name = self.text[span[0] : span[1]]
                m = Mention(
                    span[0],
                    span[1],
                    self.person_key(name),
                    "Person",
                    name,
                    f"pattern:role {cue.phrase}",
                    "name",
                    name,
                )
                self.introduced.setdefault(m.key, set()).add((cue.key, self.role_state(cue, span[0])))
                if len(name.split()) > 1:
                    self.add(m)
                elif (
                    name not in self.idx.first_names
                    and not self.title_case(cue.start)
                    and self.ref_right_before(cue.start)
                ):
                    # A lone capitalised word after a role is a name only when the role is tied
                    # to a state ("US-Präsident Trump"): "der Vorsitzende Richter" is a judge.
                    pending.append(m)
        return pending

    def titled_persons(self) -> None:
        """Full names right after a title of elected or party office (``political.yml``):
        "Parteichef Jarosław Kaczyński", "opposition leader …". The title is no role of a state
        (``roles.yml``), so the person gets none, and a title without a name stands for no one.
        Nor does a national adjective before a party title say whom the person acts for: "der
        polnische Parteichef" leads a party, not Poland."""
        for cue in self.titles.find(self.text):
            if self.in_credit(cue.start, cue.end) or not self.free(cue.start, cue.end):
                continue
            gap = _ROLE_GAP.match(self.text, cue.end)
            at = gap.end() if gap else cue.end
            # a state's adjective may follow the title: "l'opposante bélarusse Svetlana …"
            adj = next((m for m in self.out if m.form == "adj" and 0 <= m.start - at <= 1), None)
            at = _past(_SPACES_AT, self.text, adj.end) if adj is not None else at
            span = self.name_at(at, min_tokens=2)
            if span is None or not self.free(*span) or self.title_case(cue.start):
                continue
            name = self.text[span[0] : span[1]]
            source = f"pattern:title {cue.phrase}"
            key = self.person_key(name)
            self.add(Mention(span[0], span[1], key, "Person", name, source, "name", name))
            # a party title leads an organisation not yet named: "der Vorsitzende der Partei …" later
            self.introduced.setdefault(key, set()).add((TITLED_ROLE, None))

    def ends_in_place_noun(self, name: str, end: int) -> bool:
        """Whether a name, or the capitalised word right after it, is a noun of places or works
        (grammar.yml ``place_heads``): "Second Thomas Shoal", "Diego Garcia Island"."""
        words = [name.split()[-1]]
        after = re.match(r"[ \t]+(\w+)", self.text[end : end + 30])
        if after is not None and after.group(1)[:1].isupper():
            words.append(after.group(1))
        return bool({w.lower() for w in words} & self.gr.place_heads)

    def first_name_persons(self) -> None:
        first_names = self.idx.first_names
        tokens = self.tokens
        for start, end, _ in itertools.compress(tokens, map(first_names.__contains__, map(_third, tokens))):
            if self.free(start, end):
                span = self.name_at(start, min_tokens=2)
                if span and self.free(*span) and not self.in_credit(*span):
                    name = self.text[span[0] : span[1]]
                    if self.ends_in_place_noun(name, span[1]):
                        continue  # "Second Thomas Shoal", "Diego Garcia Island": a place, not a person
                    self.add(
                        Mention(
                            span[0],
                            span[1],
                            self.person_key(name),
                            "Person",
                            name,
                            "pattern:first-name",
                            "name",
                            name,
                        )
                    )

    def speakers_named_after_verb(self) -> None:
        """A person the gazetteer and the first-name list do not know, named right after a verb of
        speech or stance that follows a comma (", kritisierte Makarim Wibisono", ", said Aurelio
        Quispe"): two or three capitalised words none of which the language's dictionary knows as
        a common word, so ", sagte Deutsche-Bank-Chef …" names no one."""
        verbs = [*self.gr.speech.find(self.text), *self.gr.stances.find(self.text)]
        for cue in verbs:
            if not _AFTER_COMMA.search(self.text[max(0, cue.start - 3) : cue.start]):
                continue
            pos = _past(_SPACES_AT, self.text, cue.end)
            span = self.name_at(pos, min_tokens=2)
            if span is None or not self.free(*span) or self.in_credit(*span):
                continue
            name = self.text[span[0] : span[1]]
            words = name.split()
            checked = words[1:] if words[0] in self.idx.first_names else words
            if len(words) > 3 or any(is_known(w, self.doc.lang) for w in checked):
                continue
            key = self.person_key(name)
            self.add(Mention(span[0], span[1], key, "Person", name, "pattern:after speech", "name", name))

    def same_persons(self) -> None:
        """One person for names of which one ends the other: "Manuel Lopez Obrador" read after
        a first name the list lacks is "Andrés Manuel Lopez Obrador" of the same article, so a
        later "Lopez Obrador said" has one referent. The gazetteer's key wins, else the longer name's."""
        persons = [m for m in self.out if m.kind == "Person" and m.form == "name" and len(m.name.split()) > 1]
        names = {m.key: [self.idx.skeleton(w) for w in m.name.split()] for m in persons}
        gazetteer = {m.key for m in persons if m.source.startswith("gazetteer:")}
        rekey: dict[str, str] = {}
        for short, words in names.items():
            if short in gazetteer:
                continue
            longer = [k for k, w in names.items() if len(w) > len(words) and w[-len(words) :] == words]
            if len({*longer}) == 1:
                rekey[short] = longer[0]
        if rekey:
            self.out = [replace(m, key=rekey[m.key]) if m.key in rekey else m for m in self.out]
            for short, key in rekey.items():
                self.introduced.setdefault(key, set()).update(self.introduced.pop(short, set()))

    def name_parts(self) -> None:
        """A run of two or more words of a longer name the article gives names its person:
        "Hassan Sheikh" of "Hassan Sheikh Mohamud", "López Obrador" of "Andrés Manuel López
        Obrador". Names of three words and more are shortened in more ways than to a surname; a
        part that two of the article's persons share names neither."""
        parts: dict[tuple[str, ...], set[str]] = {}
        for m in self.out:
            words = m.name.split()
            if m.kind != "Person" or m.form != "name" or len(words) < _SHORTENED:
                continue
            sk = [self.idx.skeleton(w) for w in words]
            for i, j in itertools.combinations(range(len(sk) + 1), 2):
                if 1 < j - i < len(sk):
                    parts.setdefault(tuple(sk[i:j]), set()).add(m.key)
        if not parts:
            return
        longest = max(map(len, parts))
        tokens, text = self.tokens, self.text
        for n, (start, _, tok) in enumerate(tokens):
            if not tok[0].isupper():
                continue
            for size in range(min(longest, len(tokens) - n), 1, -1):
                run = tokens[n : n + size]
                if any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(run)):
                    continue  # words of one name, a space apart
                keys = parts.get(tuple(self.idx.skeleton(t[2]) for t in run))
                end = run[-1][1]
                if keys and len(keys) == 1 and self.free(start, end) and not self.in_credit(start, end):
                    name, key = text[start:end], next(iter(keys))
                    self.add(Mention(start, end, key, "Person", name, "article name part", "surname", name))
                    break

    def surnames(self) -> None:
        known: dict[str, set[str]] = {}
        family_first = self.family_first
        for m in self.out:
            if m.kind == "Person" and len(m.name.split()) > 1:
                words = m.name.split()
                known.setdefault(self.idx.skeleton(words[-1]), set()).add(m.key)
                head, _, rest = words[-1].partition("-")
                if head in self.gr.particles and rest[:1].isupper():  # "Omar al-Bashir … Bashir said"
                    known.setdefault(self.idx.skeleton(rest), set()).add(m.key)
                if words[0] in family_first or (len(words) == 2 and _GIVEN_SYLLABLES.fullmatch(words[1])):
                    # "Wang Yu-chi … Wang said", "Ban Ki-moon … Ban lobte": the family name comes
                    # first, before a given name of two joined syllables
                    known.setdefault(self.idx.skeleton(words[0]), set()).add(m.key)
        day = self.doc.anchor or self.doc.published
        # A surname alone names a gazetteer person only if the article also names whom they serve.
        present = {m.key for m in self.out} | {
            e.capital_of for m in self.out if (e := self.gaz.get(m.key)) is not None and e.capital_of
        }
        not_names, surname_forms = self.gr.not_names, self.idx.surname_forms
        for start, end, tok in self.tokens:
            # "qu'Orbán": the name after the elision (only a word with an apostrophe has one)
            if "'" in tok or "’" in tok:
                elided = _ELIDED_BEFORE_NAME.match(tok)
                if elided and tok[elided.end()].isupper():
                    tok, start = tok[elided.end() :], start + elided.end()
            if not tok[0].isupper() or tok in not_names:
                continue
            forms, skeletons, in_gazetteer = surname_forms(tok)
            if not in_gazetteer and known.keys().isdisjoint(skeletons):
                continue  # no form is a surname of the article or of the gazetteer: no one named
            if not self.free(start, end) or self.in_credit(start, end):
                continue
            for variant, sk in forms:
                keys = known.get(sk)
                src = "article surname"
                if not keys:
                    # most capitalised words name no one: the sets are built only for candidates
                    holders = self.idx.surnames.get(sk)
                    keys = (
                        {
                            k
                            for k in holders
                            if (te := self.gaz.entries[k].tenure_at(day)) is not None
                            and day is not None
                            and te.role in PROMINENT
                            and te.represents in present
                        }
                        if holders
                        else set()
                    )
                    src = "gazetteer surname in office"
                    listed = self.idx.known_surnames.get(variant) if not keys else None
                    if listed:  # a surname the gazetteer lists on its own, held on the day
                        keys = {
                            k for k in listed if day is None or self.gaz.entries[k].tenure_at(day) is not None
                        }
                        src = "gazetteer surname"
                if len(keys) == 1:
                    key = next(iter(keys))
                    if self.respelled_word(variant, key):
                        break
                    form = "surname" if variant == tok else "genitive"
                    begin = self.particles_before(start, key)
                    surface, name = self.text[begin:end], self.text[begin:start] + variant
                    self.add(Mention(begin, end, key, "Person", surface, src, form, name))
                    break

    def names_agreement(self, start: int, end: int) -> bool:
        """Whether a city names an agreement or plan made there rather than its state: "des
        Friedensplanes von Minsk", "les accords de Minsk" (the noun before it, with "of"), "the
        Minsk agreement", "the Oslo peace accords" (after an article, the noun right after it or
        one word later; not "Washington plans to")."""
        before = re.findall(r"[\w'’]+", self.text[max(0, start - 40) : start].lower())
        article = bool(before) and before[-1] in self.gr.determiners
        links = self.gr.determiners | self.gr.owner_words
        words = len(before)
        while before and before[-1].rstrip("'’") in links:
            before.pop()
        if len(before) < words and before and self.agreement_word(before[-1]):
            return True
        after = re.findall(r"\w+", self.text[end : end + 30].lower())[:2]
        return article and any(self.agreement_word(w) for w in after)

    def agreement_word(self, word: str) -> bool:
        """An agreement noun or a plan, in any case ending or compound: "Abkommens",
        "Friedensplanes", "accords"."""
        stems = {word, word[:-1], word[:-2]}
        nouns = self.gr.deal_names
        return any(stem.endswith(noun) for stem in stems for noun in nouns if len(stem) >= len(noun))

    def respelled_word(self, word: str, key: str) -> bool:
        """Whether ``word`` meets the surname of person ``key`` only through the transliteration
        skeleton while being a word of the article's language: "in Kürze" folds onto "Kurz" (ü
        to u, z to s, a final e dropped), but a German text spells Kurz as Kurz. Transliteration
        bridges languages ("Poutine", "Putin"), not a dictionary word and a name."""
        entry = self.gaz.get(key)
        names = [
            *(entry.all_names() if entry is not None else ()),
            *(m.name for m in self.out if m.key == key),
        ]
        spelled = {w for n in names for w in fold(n).split()}  # "Wang Yu-chi": family names first too
        return fold(word) not in spelled and is_known(word, self.doc.lang)

    def particles_before(self, start: int, key: str) -> int:
        """Where a surname begins when the particles before it are part of it: "De la Fuente"
        of "Juan Ramón de la Fuente", "van der Bellen" — the whole family name, so that the
        person opens the clause as its subject."""
        full = {w.lower() for m in self.out if m.key == key and m.form == "name" for w in m.name.split()}
        begin = start
        while (m := _LAST_WORD.search(self.text, max(0, begin - 12), begin)) is not None:
            word = m.group(1).lower()
            if word not in self.gr.particles or word not in full or not self.free(m.start(1), begin):
                break
            begin = m.start(1)
        return begin

    def seat_after(self, pos: int) -> Mention | None:
        """A capital after a government noun and a locative: "die Regierung in Kiew"."""
        m = next((m for m in self.out if pos < m.start < pos + 20), None)
        e = self.gaz.get(m.key) if m is not None else None
        if m is None or e is None or not e.capital_of:
            return None
        words = re.findall(r"\w+", self.text[pos : m.start].lower())
        return m if words and " ".join(words) in self.gr.locative else None

    def unknown_owner_after(self, pos: int) -> bool:
        """Whether an owner marker and a capitalised word no mention reads follow ``pos`` ("the
        Government of Ambazonia", "el Gobierno de Ambazonia"): the noun names that entity's
        government, not one of a state named before."""
        m = _OWNED_NAME.match(self.text, pos)
        if m is None or m.group(1).lower() not in self.gr.owner_words:
            return False
        name, word = m.start(2), m.group(2)
        if any(x.start <= name < x.end for x in self.out) or not self.free(name, m.end(2)):
            return False
        # "der Schwarzmeer-Region": a compound with a word of the language is a noun, not a name
        parts = [word, *word.split("-")] if "-" in word else [word]
        return not any(is_known(w, self.gr.lang) or is_known(w.lower(), self.gr.lang) for w in parts)

    def state_before(self, cue: Cue) -> Mention | None:
        """The state a bare government noun refers back to ("the government" of the country the
        story is about): the government named last before it, else the state named most often
        before it (the latest of equals), if the noun is in its listed form or follows a
        possessive ("ses autorités", "its authorities": whose they are is read in the positions
        stage, from the subject in force)."""
        before = re.findall(r"\w+", self.text[max(0, cue.start - 12) : cue.start].lower())[-1:]
        owned = bool(before) and before[0] in self.gr.possessives
        if self.text[cue.start : cue.end].lower() not in self.gr.government_alone and not owned:
            return None
        told = [m for m in self.out if m.end <= cue.start and m.form == "government"]
        if told:  # "die Unterhändler der kolumbianischen Regierung … der Chefunterhändler der Regierung"
            return told[-1]
        return self.most_named_state(cue.start)

    def most_named_state(self, pos: int) -> Mention | None:
        """The state the story names most often before ``pos`` (the latest of equals): the
        country a bare "the government" or "the opposition" belongs to."""
        states = [m for m in self.out if m.end <= pos and m.kind == "State"]
        count = Counter(m.key for m in states)
        return max(states, key=lambda m: (count[m.key], m.start), default=None)

    def region_org(self, cue: Cue) -> Mention | None:
        """The organisation of the article a group of states or leaders named by a region stands
        for: the words beside the noun are part of its name ("Southern African leaders" and the
        Southern African Development Community, "les dirigeants d'Afrique de l'Ouest" and the
        Communauté économique des États de l'Afrique de l'Ouest, "westafrikanische Staaten" and
        the Westafrikanische Wirtschaftsgemeinschaft). Words are compared as lemmas; words that
        name a scope, not a region ("world leaders"), never match."""
        orgs = {m.key: m for m in self.out if m.kind == "Organization" and m.form == "name" and m.is_actor}
        if not orgs:
            return None
        words = self.region_words
        # before the noun: the words right before it, up to a function word ("Southern African")
        line = self.text[max(0, cue.start - 60) : cue.start].rsplit("\n", 1)[-1]
        run = re.search(r"(?:[^\W\d_][\w'’]*\s+){1,3}$", line)
        before: list[str] = []
        for token in reversed(run.group().split() if run else []):
            if token.lower() in self.gr.stopwords:
                break
            before[:0] = words(token)
        candidates = [before[i:] for i in range(len(before))]
        # after it, joined by a link word: the capitalised name that follows, whole
        # ("dirigeants d'Afrique de l'Ouest", "Staaten der Europäischen Union")
        rest = self.text[cue.end : cue.end + 60].replace("’", "'")
        links = self.gr.region_links
        link = next((w for w in links if re.match(rf"\s+{re.escape(w)}(?:\s|(?<='))", rest, re.I)), None)
        if link is not None:
            name = _CAPITALISED_RUN.match(rest.lstrip()[len(link) :].lstrip())
            candidates.append(words(name.group()) if name else [])
        for cand in candidates:
            if not cand or any(w in self.gr.scope_words for w in cand):
                continue
            # the organisation whose name is closest to the words: "Afrikanische Union" before
            # "Kommission der Afrikanischen Union"
            fits = [
                (len(name) - len(cand), m.start, m)
                for key, m in orgs.items()
                for name in map(words, self.names_of(key, m))
                if _holds(name, cand)
            ]
            if fits:
                return min(fits, key=lambda f: (f[0], f[1]))[2]
        return None

    def names_of(self, key: str, m: Mention) -> list[str]:
        """Every name the gazetteer knows for ``key``, else the mention's own."""
        e = self.gaz.get(key)
        return sorted(e.all_names()) if e is not None else [m.surface]

    def region_words(self, text: str) -> list[str]:
        """The lemmas of ``text``'s content words (no function words, no elided articles)."""
        lemmas = (self.lemma(t.lower()) for t in re.findall(r"[^\W\d_]{2,}", text))
        return [w for w in lemmas if w not in self.gr.stopwords]

    def lists_another(self, m: Mention) -> bool:
        """Whether another state or organisation follows ``m`` in a list ("of Ukraine and Russia")."""
        for o in self.out:
            if o.start >= m.end and o.kind in ("State", "Organization"):
                gap = self.text[m.end : o.start]
                words = re.findall(r"\w+", gap.lower())
                return gap.strip() == "," or (len(words) <= 2 and bool(set(words) & self.gr.list_joins))
        return False

    def add_group(self, cue: Cue, ref: Mention) -> None:
        """A mention of the state or organisation a plural role phrase acts for."""
        state = self.gaz.stands_for(ref.key)
        kind = self.gaz.entries[state].kind if state in self.gaz.entries else ref.kind
        surface = self.text[cue.start : cue.end]
        self.add(Mention(cue.start, cue.end, state, kind, surface, f"group:{cue.key} of {state}", "role", ""))

    def former(self, cue: Cue) -> bool:
        """Whether the role is a past one: "Ex-Präsident", "former president", "l'ancien ministre"."""
        words = re.findall(r"\w+", self.text[max(0, cue.start - 20) : cue.start].lower())
        return bool(words) and words[-1] in self.gr.former

    def plural_role(self, cue: Cue) -> bool:
        """Whether a role noun stands as a plural: its head carries a plural ending ("los
        ministros de Exteriores", "EU foreign ministers", "les ministres des Affaires
        étrangères"), or, where the plural has the same form, it stands after a plural article
        and without a feminine ending ("die Außenminister", "die EU-Außenminister", not "die
        Außenministerin")."""
        words = re.findall(r"[^\W\d_]+", self.text[cue.start : cue.end].lower())
        if words and self.gr.plural_noun_endings:
            head = words[0] if self.gr.adjectives_follow else words[-1]
            if head.endswith(self.gr.plural_noun_endings) and self.lemma(head) != head:
                return True
        start = cue.start  # "die EU-Außenminister": the article stands before the whole compound
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        words = re.findall(r"\w+", self.text[max(0, start - 12) : start].lower())
        if not words or words[-1] not in self.gr.plural_articles:
            return False
        return not self.text[cue.start : cue.end].lower().endswith(self.gr.feminine_endings)

    def anaphor(self, cue: Cue) -> bool:
        """Whether a role phrase may refer back to someone: singular, outside credits, and with
        no name right after it ("le président sortant Yahya Jammeh" names Jammeh)."""
        surface = _ELIDED.sub("", self.text[cue.start : cue.end])  # "l'ambassadeur" is one ambassador
        listed = " * " in cue.phrase and self.gr.base_role(cue.phrase)  # "ministre * des affaires étrangères"
        if not (self.gr.base_role(surface) or listed) or self.in_credit(cue.start, cue.end):
            return False
        return not any(m.kind == "Person" and cue.end <= m.start < cue.end + 25 for m in self.out)

    def introduces(self, cue: Cue) -> bool:
        """Whether the role phrase introduces a name after a comma ("la vicepresidenta y canciller
        de Panamá, Isabel Saint Malo"): then it names that person, no office holder. The role
        and state are noted for later phrases that refer back to the person."""
        for m in self.out:
            if m.kind == "Person" and cue.end <= m.start < cue.end + 60:
                between = self.text[cue.end : m.start]
                if _CLAUSE_END.search(between):
                    return False
                owner = next((r for r in self.out if cue.end < r.start and r.end <= m.start), None)
                named = (
                    owner is not None
                    and (  # "el presidente interino de Venezuela Juan Guaidó"
                        _OF_AFTER_WORD.fullmatch(self.text[cue.end : owner.start]) is not None
                        or _OF.fullmatch(self.text[cue.end : owner.start]) is not None
                    )
                    and not self.text[owner.end : m.start].strip(" ,")
                )
                if re.search(r",\s*$", between) is None and not named:
                    return False
                self.introduced.setdefault(m.key, set()).add((cue.key, self.role_state(cue, m.start)))
                return True
        return False

    def describes_name(self, cue: Cue) -> bool:
        """Whether the role phrase stands in apposition right after a person's name and names
        what that person heads ("Emmanuel Tjibaou, président de l'Union calédonienne", "Ruto, the
        chairman of the bloc") or what that person is ("Tetteh, a Ghanaian diplomat, insisted",
        "Tetteh, diplomática ghanesa, insistió"): then it describes that person and refers back
        to no one else, and its adjective of nationality tells where the person comes from, not
        for whom they act. A role with no owner after it may be the subject of a speech verb
        ("…, the president said"), and one closed by a comma may be the next of a list
        ("Macron, the German chancellor, and …")."""
        name = next(
            (
                m
                for m in self.out
                if m.kind == "Person" and m.form in ("name", "surname") and 0 <= cue.start - m.end <= 30
            ),
            None,
        )
        if name is None:
            return False
        adjectives = [m for m in self.out if m.form == "adj" and name.end <= m.start < cue.start + 40]
        before = [a for a in adjectives if a.end <= cue.start]
        gap = self.text[name.end : cue.start]
        for adj in sorted(before, key=lambda m: -m.start):  # "Tetteh, a Ghanaian diplomat"
            gap = gap[: adj.start - name.end] + " " + gap[adj.end - name.end :]
        words = set(re.findall(r"\w+", gap.lower()))
        if not gap.lstrip().startswith(",") or not words <= self.gr.determiners:
            return False
        # the adjective may follow the role: "Tetteh, diplomática ghanesa, insistió"
        after = next((a for a in adjectives if a.start == _past(_SPACES_AT, self.text, cue.end)), None)
        end = after.end if after is not None else cue.end
        closed = re.match(r",\s*(\w+)", self.text[end : end + 30])
        if closed is not None:
            return closed.group(1).lower() not in self.gr.coordination
        following = re.match(r"\s+(\w+)", self.text[end : end + 20])
        return after is None and following is not None and following.group(1).lower() in self.gr.owner_words

    def named_before(self, cue: Cue, state: str | None) -> str | None:
        """The person a role phrase without a name refers back to ("der König", "el líder interino
        de Venezuela"): the last one named before it with that role (any leading role, when the
        phrase names a state) and, if the phrase names one, that state."""
        day = self.doc.anchor or self.doc.published
        if state is not None:
            # "the Kremlin leader" leads the state the Kremlin stands for
            state = self.seat_of(state) or self.gaz.stands_for(state)
        for m in sorted(self.out, key=lambda m: -m.start):
            if m.kind != "Person" or m.end > cue.start or m.form == "role":
                continue
            known = set(self.introduced.get(m.key, ()))
            e = self.gaz.get(m.key)
            if e is not None:
                known |= {(t.role, t.represents) for t in e.posts_on(day) if t.role}  # (for the type checker)
            fits = {
                st
                for role, st in known
                if role == cue.key or (state is not None and role in LEADERS and cue.key in LEADERS)
            }
            # one who leads no named body yet ("Parteichef X") leads the body named now ("der
            # Vorsitzende der Partei Recht und Gerechtigkeit")
            body = state is not None and not state.startswith("state/")
            unnamed = None in fits and cue.key == TITLED_ROLE and body
            if fits and (state is None or state in fits or unnamed):
                return m.key
        return None

    def leader_after(self, pos: int, day: date | None) -> Mention | None:
        """The state a government is led by, named by its leader after "of" ("the government of
        Prime Minister Benjamin Netanyahu", "die Regierung von Ministerpräsident …"): the state the
        gazetteer says the person serves on ``day``, as a mention for the government to stand for."""
        for m in self.out:
            if m.kind != "Person" or not pos < m.start < pos + 60:
                continue
            if not _OF_LEADER.fullmatch(self.text[pos : m.start]):
                return None
            e = self.gaz.get(m.key)
            served = {t.represents for t in e.posts_on(day) if t.represents} if e is not None else set()
            state = served.pop() if len(served) == 1 else (e.represents if e is not None else None)
            return Mention(m.start, m.end, state, "State", m.surface, "leader", "name") if state else None
        return None

    def seat_of(self, key: str) -> str | None:
        """The state a seat of power stands for ("Kreml" → Russia), if ``key`` is one."""
        entry = self.gaz.get(key)
        return entry.represents if entry is not None else None

    def compound_owner(self, cue: Cue) -> Mention | None:
        """The state or seat a compound role names in its first part ("Kremlchef": the Kremlin's
        chief), where compounds are written as one word. Only an adjective form counts as that
        part: "Russlandbeauftragter" is someone's envoy for Russia, not Russia's."""
        if not self.gr.compounds:
            return None
        surface = self.text[cue.start : cue.end]
        if " " in surface:
            return None
        for cut in range(len(surface) - 3, 2, -1):  # the longest first part first
            prefix = surface[:cut].rstrip("-")
            hits = self.idx.find(prefix)
            if len(hits) != 1 or hits[0].start != 0 or hits[0].end != len(prefix):
                continue
            form = next((f for f in hits[0].forms if f.form == "adj"), None)
            if form is not None:
                kind = self.gaz.entries[form.key].kind
                return Mention(
                    cue.start, cue.start + cut, form.key, kind, prefix, f"compound:{cue.phrase}", "adj"
                )
        return None

    def counterpart_role(self, cue: Cue, roles: list[Cue]) -> str:
        """The role a counterpart shares with the person it is the counterpart of: the first role
        named before it in its sentence, not after a preposition ("the Indian prime minister
        hosted his Japanese counterpart"; not "Gespräche mit der Bundeskanzlerin und seinem
        Amtskollegen"), else the office the first such person holds that day, else the lexicon's
        (a foreign minister, the most common counterpart in diplomatic news)."""
        i = bisect.bisect_right(self.starts, cue.start) - 1
        start = self.doc.sentences[i].start if i >= 0 else 0
        named = [
            c
            for c in roles
            if start <= c.start <= c.end <= cue.start
            and not self.gr.counterpart(c.phrase)
            and not after_preposition(self.text, start, c.start, self.gr.prepositions, words=3, window=40)
        ]
        if named:
            return named[0].key
        day = self.doc.anchor or self.doc.published
        for m in sorted(self.out, key=lambda m: m.start):
            if (
                m.kind != "Person"
                or not start <= m.start < cue.start
                or after_preposition(self.text, start, m.start, self.gr.prepositions, words=3, window=40)
            ):
                continue
            entry = self.gaz.get(m.key)
            held = [t.role for t in entry.posts_on(day) if t.role] if entry else []
            return next((r for r in held if r in LEADERS), held[0] if held else cue.key)
        return cue.key

    def adjective_at(self, pos: int) -> Mention | None:
        """A state or organisation adjective right after ``pos`` (one space between)."""
        return next(
            (
                m
                for m in self.out
                if m.form == "adj" and m.start >= pos and not self.text[pos : m.start].strip()
            ),
            None,
        )

    def offices_and_groups(self) -> None:
        refs = sorted(
            (m for m in self.out if m.kind in ("State", "Organization") or m.form in ("adj",)),
            key=lambda m: m.start,
        )
        day = self.doc.anchor or self.doc.published

        def ref_before(pos: int) -> Mention | None:
            for m in reversed(refs):
                gap = self.text[m.end : pos]
                if m.end <= pos and (_OWNER_GAP.fullmatch(gap) or _OWNER_PORTFOLIO_GAP.fullmatch(gap)):
                    return m  # "russische Präsident", "US-Präsident", "Pakistan's prime minister"
                if m.end <= pos - 40:
                    break
            return None

        groups = self.gr.groups.find(self.text)

        def ref_after(pos: int) -> Mention | None:
            """A state after the noun: "Unterhändler der Regierung X", "la délégation ukrainienne"."""
            adjective = self.adjective_at(pos)
            if adjective is not None:
                return adjective
            for m in self.out:
                if m.start < pos or m.start - pos >= 40:
                    continue
                # a state after "from", "aus" is read as a place, and still says whom they act for
                state = m.kind in ("State", "Organization") or m.key.startswith("state/")
                if (state or m.form == "adj") and _OF.fullmatch(self.text[pos : m.start]):
                    return m
            return None

        all_roles = self.gr.roles.find(self.text)
        for cue in all_roles:
            if self.gr.counterpart(cue.phrase):
                cue = replace(cue, key=self.counterpart_role(cue, all_roles))
            after = _COMMA_GAP.match(self.text, cue.end)
            nxt = after.end() if after else cue.end
            adj = next((m for m in self.out if m.start == nxt and m.form == "adj"), None)
            if adj is not None:  # "le ministre des Affaires étrangères algérien (, Ahmed Attaf)"
                nxt = _past(_SPACES_COMMAS_AT, self.text, adj.end)
            # a state or place named right after the role is its object, not the role's name
            # ("forderte der Staatschef Teheran auf"): the role still refers back to someone
            after_name = next((m for m in self.out if m.start == nxt), None)
            thing = after_name is not None and after_name.kind != "Person"
            introduces_name = not thing and bool(self.name_at(nxt) or not self.free(nxt, nxt + 1))
            if not self.free_but_adjectives(cue) or introduces_name:
                continue
            if self.former(cue):
                continue  # "l'ex-président ghanéen", "former president": not the holder of the day
            if any(g.start < cue.end and cue.start < g.end for g in groups):
                continue  # a plural group noun ("US-Unterhändlern") is a delegation, not one person
            if self.plural_role(cue):
                # "Die Außenminister der EU haben …": several ministers, no one holder. They act for
                # the one state or organisation their title names ("Die EU-Außenminister billigten
                # …", "los ministros de Exteriores de la UE"); "the presidents of Ukraine and
                # Russia" are each state's office holder, read below as before
                named = ref_after(cue.end)
                listed = named is not None and self.lists_another(named)
                owner = self.compound_owner(cue) or ref_before(cue.start) or (None if listed else named)
                if owner is not None and owner.form != "adj" and self.free(cue.start, cue.end):
                    self.add_group(cue, owner)
                if not listed:
                    continue
            if self.introduces(cue) or self.describes_name(cue):
                continue
            inner = self.seat_inside(cue)
            ref = inner or ref_before(cue.start) or ref_after(cue.end) or self.state_after(cue.end)
            # "le ministre qatari des Affaires étrangères": the adjective stands inside the title
            ref = ref or next(
                (m for m in refs if cue.start < m.start and m.end <= cue.end and m.form == "adj"), None
            )
            ref = ref or self.compound_owner(cue)
            # "El jefe del Gobierno haitiano" after "El primer ministro de Haití, Alix Didier
            # Fils-Aimé": the one the article names in that office, before any office holder the
            # gazetteer knows (who may have left it)
            told = self.named_before(cue, ref.key) if ref is not None and self.anaphor(cue) else None
            holder = told or (
                self.idx.holder_of(cue.key, ref.key, day) if ref is not None and cue.key in OFFICES else None
            )
            seat = self.seat_of(ref.key) if ref is not None and cue.key in OFFICES else None
            if holder is None and seat is not None:
                holder = self.idx.holder_of(cue.key, seat, day)  # "der Kremlchef"
            if holder is None and self.anaphor(cue):
                holder = self.named_before(cue, ref.key if ref is not None else None)
            if holder and ref is None:
                surface = self.text[cue.start : cue.end]
                self.add(
                    Mention(cue.start, cue.end, holder, "Person", surface, f"anaphora:{cue.key}", "role", "")
                )
            elif holder is None and ref is not None and self.anaphor(cue):
                # "Pakistan's prime minister called on India …": the unnamed official acts for the state
                state = self.gaz.stands_for(ref.key)
                kind = self.gaz.entries[state].kind if state in self.gaz.entries else ref.kind
                surface = self.text[cue.start : cue.end]
                self.add(
                    Mention(
                        cue.start, cue.end, state, kind, surface, f"role:{cue.key} of {state}", "role", ""
                    )
                )
            elif holder and ref is not None:
                self.add(
                    Mention(
                        cue.start,
                        cue.end,
                        holder,
                        "Person",
                        self.text[cue.start : cue.end],
                        f"office:{cue.key} of {ref.key}",
                        "role",
                        "",
                        ref.key,
                    )
                )
            if inner is not None and self.out[-1].start == cue.start and self.out[-1] is not inner:
                self.out.remove(inner)  # "the Kremlin leader" is the person, not the Kremlin
        for cue in self.gr.governments.find(self.text):  # "le gouvernement centrafricain" is the state
            if not self.free(cue.start, cue.end) or self.in_credit(cue.start, cue.end):
                continue
            # Several states ("die europäischen Staaten") take only an adjective right before
            # them: "Staaten des Warschauer Pakts" are not Poland.
            ref = ref_before(cue.start) or (ref_after(cue.end) if cue.key == "government" else None)
            if ref is None and cue.key == "states" and self.gr.adjectives_follow:
                ref = self.adjective_at(cue.end)  # "les dirigeants européens", "los líderes europeos"
            if ref is None and cue.key == "government":
                ref = self.seat_after(cue.end) or self.leader_after(cue.end, day)
                if ref is None and self.unknown_owner_after(cue.end):
                    continue  # "the Interim Government of Ambazonia": a government the gazetteer lacks
                ref = ref or self.state_before(cue)
            if ref is None and cue.key == "states":
                ref = self.region_org(cue)
            e = self.gaz.get(ref.key) if ref is not None else None
            if e is None:
                continue
            state = e.capital_of or e.key
            kind = self.gaz.entries[state].kind if state in self.gaz.entries else e.kind
            self.add(
                Mention(
                    cue.start,
                    cue.end,
                    state,
                    kind,
                    self.text[cue.start : cue.end],
                    f"government:{cue.phrase}",
                    "government",
                    "",
                )
            )
        for cue in groups:
            if not self.free(cue.start, cue.end) or self.in_credit(cue.start, cue.end):
                continue
            after = _COMMA_GAP.match(self.text, cue.end)
            if self.name_at(after.end() if after else cue.end):
                continue
            ref = ref_before(cue.start) or ref_after(cue.end) or self.state_after(cue.end)
            if ref is None:
                continue
            if cue.key == "side" and (ref.form != "adj" or self.place_side(min(ref.start, cue.start))):
                # a side of talks is named by its state's adjective ("la parte rusa"; "por parte de
                # Rusia" is "by Russia"); "auf der slowenischen Seite" is a side of the border
                continue
            self.add(self.delegation(cue.start, cue.end, ref, cue.phrase))
            # "Russian and Ukrainian negotiators", "Iranian and US negotiators": each coordinated
            # state is a delegation
            if ref.form == "adj" or _state_word(ref):
                for other in self.coordinated_adjectives(ref):
                    self.out.append(self.delegation(other.start, other.end, other, cue.phrase))


def _state_word(m: Mention) -> bool:
    """Whether a mention names a state by an adjective or its name ("Iranian", "US")."""
    return m.kind == "State" and m.form in ("adj", "name")


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` stands in ``words`` as one run."""
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _spelled_by(acronym: str, words: list[str], small: frozenset[str] = frozenset()) -> int | None:
    """The index of the word where a name ending with ``words[-1]`` starts so that its initials
    spell ``acronym``: all words' initials, or those of capitalised and longer words only (small
    function words such as "of", "de", "la" are often left out)."""
    want = acronym.lower()
    words = [_ELIDED.sub("", w) or w for w in words]  # "l'indépendance" counts with its "i"
    for start in range(len(words) - 1, -1, -1):
        part = words[start:]
        every = "".join(w[0] for w in part).lower()
        content = "".join(w[0] for w in part if w[0].isupper() or len(w) > 3 and w not in small).lower()
        if want in (every, content):
            return start
        if len(content) > len(want) and len(every) > len(want):
            return None
    return None
