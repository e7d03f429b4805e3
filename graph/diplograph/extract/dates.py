"""The dates stage: find time expressions and resolve them to calendar days.

Relative expressions ("gestern", "am Sonntag", "mardi prochain") count from the article's
*anchor*: the day of an agency dateline in the text ("(APA, 2.8.2015)", "WASHINGTON, Nov. 3
(Reuters)"), else the published date. A bare weekday means its most recent past occurrence (the
anchor itself when the weekdays agree), unless a modifier ("kommenden", "next") or a future cue
in its sentence ("wird", "will", "rencontrera") points forward — and no past cue ("sagte",
"said") stands nearer to it. Vague expressions ("vergangene
Woche", "Anfang Dezember") and dates that cannot be resolved keep their surface with no day.
All words and patterns come from ``data/lexicon/<lang>/time.yml`` (see
:mod:`diplograph.extract.time_patterns`); dateparser is not used because it misses "am Dienstag"
and would cost far more than the rule set.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract.time_patterns import Relative, TimeLexicon, build, norm
from diplograph.model import Document, Sentence, TimeExpr
from diplograph.pipeline import stage
from diplograph.resources import COMMON, Resources

#: Characters that may stand before the first word of a sentence.
_OPENERS = " \t\n\"'„“”«»‚‘’(-–—"


def lexicon_for(res: Resources, lang: str) -> TimeLexicon:
    """The compiled time lexicon of ``lang``, built once per process."""

    def make() -> TimeLexicon:
        return build(res.lexicon(lang, "time"), res.lexicon(COMMON, "time"), lang)

    lex: TimeLexicon = res.memo(("dates", lang), make)
    return lex


@stage("dates", requires=("sentences",), assigns=("times", "anchor"))
def find_dates(doc: Document, res: Resources) -> Document:
    """Set ``doc.anchor`` and ``doc.times`` (sorted, non-overlapping) for every sentence."""
    lex = lexicon_for(res, doc.lang)
    anchor = find_anchor(doc.content, doc.published, lex)
    sentences = doc.sentences or (Sentence(0, len(doc.content)),)
    found: list[TimeExpr] = []
    last_end = -1
    hits = lex.trigger.hits(doc.content) if lex.trigger else None
    for sent in sentences:
        for start, end in _windows(doc.content, sent, hits):
            for t in _times_in(doc.content, sent, start, end, anchor, lex, found):
                if t.start >= last_end:
                    found.append(t)
                    last_end = t.end
    return replace(doc, anchor=anchor, times=tuple(found))


#: How far a time expression may start before the first trigger word in it ("am vergangenen
#: Dienstag", "a principios de diciembre") and end after it ("2. Dezember 2025").
_BEFORE, _AFTER = 40, 60


def _windows(content: str, sent: Sentence, hits: list[int] | None) -> list[tuple[int, int]]:
    """The stretches of ``sent`` worth scanning: around trigger hits, ending between words."""
    if hits is None:
        return [(sent.start, sent.end)]
    out: list[tuple[int, int]] = []
    k = bisect_left(hits, sent.start)
    while k < len(hits) and hits[k] < sent.end:
        start = max(sent.start, hits[k] - _BEFORE)
        end = min(sent.end, hits[k] + _AFTER)
        while end < sent.end and content[end].isalnum():  # never cut a word: (?!\w) sees no further
            end += 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        k += 1
    return out


def time_in(doc: Document, start: int, end: int) -> TimeExpr | None:
    """The best time expression inside ``content[start:end]``: the first with a day, else the first."""
    inside = [t for t in doc.times if t.start >= start and t.end <= end]
    return next((t for t in inside if t.day is not None), inside[0] if inside else None)


def find_anchor(content: str, published: date | None, lex: TimeLexicon) -> date | None:
    """The day of the earliest resolvable dateline in ``content``, else ``published``."""
    best: tuple[int, date] | None = None
    for pattern in lex.datelines:
        for m in pattern.finditer(content):
            if best is not None and m.start() >= best[0]:
                break
            day = _absolute(m, 0, published, lex)
            if day is not None:
                best = (m.start(), day)
                break
    return best[1] if best else published


def _times_in(
    content: str,
    sent: Sentence,
    start: int,
    end: int,
    anchor: date | None,
    lex: TimeLexicon,
    before: list[TimeExpr],
) -> list[TimeExpr]:
    """Time expressions in ``content[start:end]``, a stretch of ``sent``; ``before`` are those
    found earlier in the text, from which a chained relative day counts."""
    if lex.scanner is None:
        return []
    out: list[TimeExpr] = []
    for m in lex.scanner.finditer(content, start, end):
        kind, i = lex.kinds[m.lastgroup or ""]
        day: date | None = None
        if kind == "date":
            day = _absolute(m, i, anchor, lex)
        elif kind == "weekday":
            direction = _direction(m, i, lex) or _set_for(content, m.start(), lex)
            weekday = lex.weekdays[norm(m.group(f"w{i}"))]
            tense = _future(content, sent, m.start(), m.end(), lex) if direction == 0 else False
            if tense is None:  # no tense cue: the story goes on in the time told just before
                tense = _ahead(m.start(), weekday, [*before, *out], anchor)
            day = _weekday(weekday, anchor, direction, tense)
        elif kind == "relative":
            rel = lex.relative[norm(m.group(f"r{i}"))]
            if not _is_day(rel, m, i, content, sent):
                continue
            base = anchor
            if rel.chained:
                told = [t.day for t in [*before, *out] if t.day is not None and _of_the_story(t.day, anchor)]
                base = told[-1] if told else anchor
            day = base + timedelta(days=rel.days) if base else None
        out.append(TimeExpr(m.start(), m.end(), m.group(), day))
    return out


#: How many days from the article's day a day told may lie and still be a day of the story that
#: "the following day" or "later in the day" count from: not a date set for later ("hand power
#: to an elected president on February 7, 2027"), nor one of history.
_CHAIN_SPAN = 31


def _of_the_story(day: date, anchor: date | None) -> bool:
    """Whether ``day`` lies within :data:`_CHAIN_SPAN` days of the article's day."""
    return anchor is None or abs((day - anchor).days) <= _CHAIN_SPAN


def _absolute(m: re.Match[str], i: int, anchor: date | None, lex: TimeLexicon) -> date | None:
    """The date a match of a date template names; the year nearest the anchor when none is written."""
    groups = m.groupdict()
    name, num = groups.get(f"m{i}"), groups.get(f"n{i}")
    month = lex.months.get(norm(name)) if name else int(num) if num else None
    day, year = groups.get(f"d{i}"), groups.get(f"y{i}")
    if month is None or day is None:
        return None
    if year is not None:
        y = int(year)
        return _date(y + (2000 if y < 70 else 1900) if len(year) == 2 else y, month, int(day))
    if anchor is None:
        return None
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _date(y, month, int(day)))]
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 31.02. and the like: a date as written, but no calendar day
        return None


def _set_for(content: str, start: int, lex: TimeLexicon) -> int:
    """+1 when the word before a weekday (and its article) is one that sets a day ahead: "für
    Donnerstag angesetzt", "prévue pour jeudi", "prevista para el jueves" (time.yml set_for);
    after the weekday it sets nothing ("flies on Wednesday for talks")."""
    before = re.findall(r"\w+", content[max(0, start - 12) : start])[-1:]
    return 1 if before and norm(before[0]) in lex.set_for else 0


def _direction(m: re.Match[str], i: int, lex: TimeLexicon) -> int:
    """+1 for "kommenden Dienstag", -1 for "mardi dernier", 0 when no modifier is written."""
    for key in (f"b{i}", f"f{i}"):
        word = m.groupdict().get(key)
        if word:
            return 1 if norm(word) in lex.future_mods else -1
    return 0


def _future(content: str, sent: Sentence, start: int, end: int, lex: TimeLexicon) -> bool | None:
    """Whether a bare weekday at ``content[start:end]`` lies ahead, by the cues of its sentence;
    None when the sentence has no tense cue at all.

    A future cue ("wird", "will", "rencontrera") turns it forward unless a past cue is nearer
    ("sagte am Montag, er werde am Freitag reisen": Monday is past, Friday ahead).
    """
    clause = _clause_of(content, sent, start, end, lex.clause_mark)  # "will host … on Friday, … said"
    for span in (clause, sent):
        future = _nearest(lex.future_cue, content, span, start, end)
        past = _nearest(lex.past_cue, content, span, start, end)
        if future is not None or past is not None:
            return future is not None and (past is None or future < past)
    return None


#: How far (characters) back the time a cue-less weekday goes on from may stand: about the
#: sentence before.
_STORY_REACH = 300


def _ahead(start: int, weekday: int, before: list[TimeExpr], anchor: date | None) -> bool:
    """Whether a weekday with no tense cue of its own goes on from a day ahead of the anchor told
    just before, being nearer to it ahead than back: "Stocker se rendra jeudi en Roumanie.
    Vendredi, il rencontre le président" is the Friday after, not the one before; "wird am
    Donnerstag reisen. Am Montag telefonierte er …" stays the Monday before."""
    told = [t.day for t in before if t.day is not None and start - t.end <= _STORY_REACH]
    if not told or anchor is None or told[-1] <= anchor:
        return False
    ahead, back = _weekday(weekday, anchor, 0, True), _weekday(weekday, anchor, 0, False)
    if ahead is None or back is None:
        return False
    return abs((ahead - told[-1]).days) < abs((told[-1] - back).days)


def _clause_of(content: str, sent: Sentence, start: int, end: int, mark: re.Pattern[str]) -> Sentence:
    """The stretch of the sentence between the clause marks around ``content[start:end]`` (time.yml
    ``clause_openers`` and punctuation): a tense cue there governs the weekday before any in
    another clause ("made the announcement Friday that talks would begin")."""
    before = [m.end() for m in mark.finditer(content, sent.start, start)]
    after = mark.search(content, end, sent.end)
    return Sentence(before[-1] if before else sent.start, after.start() if after else sent.end)


def _nearest(cue: re.Pattern[str] | None, content: str, sent: Sentence, start: int, end: int) -> int | None:
    """Distance in characters from ``content[start:end]`` to the nearest cue in the sentence."""
    if cue is None:
        return None
    gaps = [
        start - m.end() if m.end() <= start else m.start() - end
        for m in cue.finditer(content, sent.start, sent.end)
        if m.end() <= start or m.start() >= end
    ]
    return min(gaps, default=None)


def _weekday(weekday: int, anchor: date | None, direction: int, future: bool) -> date | None:
    """Resolve a weekday (ISO number) against the anchor.

    A written modifier (``direction`` ±1) never means the anchor itself ("next Tuesday" on a
    Tuesday is a week later); a bare weekday equal to the anchor's is the anchor, otherwise the
    previous occurrence, or the next one when the sentence speaks of the future.
    """
    if anchor is None:
        return None
    ahead = (weekday - anchor.isoweekday()) % 7
    back = (anchor.isoweekday() - weekday) % 7
    if direction > 0:
        return anchor + timedelta(days=ahead or 7)
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def _is_day(rel: Relative, m: re.Match[str], i: int, content: str, sent: Sentence) -> bool:
    """False when a relative word is used as a noun: "am Morgen", "por la mañana".

    An ``exact_case`` word may still open a sentence capitalised ("Morgen beginnt der Gipfel").
    """
    start = m.start(f"r{i}")
    surface = m.group(f"r{i}")
    opens = not content[sent.start : start].strip(_OPENERS)
    if rel.exact_case and surface != rel.word and not (opens and surface == rel.word.capitalize()):
        return False
    if rel.not_after:
        before = content[sent.start : start].split()
        if before and norm(before[-1]) in rel.not_after:
            return False
    return True
