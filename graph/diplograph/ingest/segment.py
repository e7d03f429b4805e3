"""Split cleaned content into sentences with exact character offsets.

A regex finds candidate ends (``.``, ``!``, ``?``, ``…`` plus closing quotes and brackets, then
a space); a few cheap checks on the token before and the character after reject abbreviations,
initials, ordinals and lower-case continuations. A line break always ends a sentence, because
headlines and teasers carry no full stop. Which tokens are abbreviations is data
(``data/lexicon/<lang>/abbreviations.yml``).

>>> text = "Treffen in Genf\\nDr. Meier kam am 30. November. Er sagte: „Gut.“ Dann ging er."
>>> [text[s.start:s.end] for s in split_sentences(text, "de", frozenset({"Dr."}), ordinal_dot=True)]
['Treffen in Genf', 'Dr. Meier kam am 30. November.', 'Er sagte: „Gut.“', 'Dann ging er.']
"""

from __future__ import annotations

import re

from diplograph.model import Sentence

_LINE = re.compile(r"[^\n]+")
# Closing quotes/brackets may follow the terminator; French puts a space before » (« … »).
# The pattern opens with one terminator character, not a repeat or an alternation, so that
# ``re`` skips to the next such character instead of trying every position (a third of the
# time); it finds what ``(?:[.!?…]+|\.\.\.)…`` found ("..." is a run of the first class).
_CANDIDATE = re.compile(r"[.!?…][.!?…]*(?:[”“\"’'»«›‹)\]]|[ \u202f]»)*(?=[ \t]+\S)")
_OPENERS = "(„\"«»“‘'‚‹›[¿¡"
_ORDINAL = re.compile(r"\d{1,3}\.(?:\d{1,2}\.)?")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_START = re.compile(r"[^\W\d_][\w'’]*")


def _token_before(line: str, end: int) -> str:
    """The whitespace-delimited token ending at ``end`` (inclusive of the dot), openers stripped."""
    start = max(line.rfind(" ", 0, end), line.rfind("\t", 0, end)) + 1
    return line[start : end + 1].lstrip(_OPENERS)


def _opening(line: str, after: int) -> tuple[int, int]:
    """Where the text after ``after`` starts once spaces are skipped, and where it starts once
    opening quotes and brackets are skipped too. Read in place: a 10kGNAD article is one line,
    and a copy of the rest of it for every full stop made splitting quadratic."""
    i, n = after, len(line)
    while i < n and line[i] in " \t":
        i += 1
    j = i
    while j < n and line[j] in _OPENERS:
        j += 1
    return i, j


def _next_char(line: str, after: int) -> str:
    """The first character after ``after`` that is no space nor opener (else the opener)."""
    i, j = _opening(line, after)
    return line[j] if j < len(line) else line[i : i + 1]


def _next_word(line: str, after: int) -> str:
    word = _WORD_START.match(line, _opening(line, after)[1])
    return word.group() if word else ""


def _ends_sentence(
    line: str,
    match: re.Match[str],
    abbreviations: frozenset[str],
    sentence_final: frozenset[str],
    ordinal_dot: bool,
    adjectival: frozenset[str] = frozenset(),
    starters: frozenset[str] = frozenset(),
) -> bool:
    nxt = _next_char(line, match.end())
    if nxt.islower():
        return False  # "„Warum?“ fragte er", "i.e. something", "[…] und"
    mark = match.group()
    if mark[0] != "." or mark.startswith("..") or len(mark) > 1:
        # ! ? … "..." end a sentence before anything not lower-case, and so does a dot inside
        # closing quotes or brackets: abbreviations are not quoted alone ("He said: “No.”")
        return True
    token = _token_before(line, match.start())
    if token in adjectival:  # "U.S. Secretary of State …" goes on; "… in the U.S. The talks" ends
        return _next_word(line, match.end()) in starters
    if token in sentence_final:
        return nxt.isupper()
    if token in abbreviations:
        return False
    word = token[:-1]
    if len(word) == 1 and word.isalpha():
        # initials: "J. D. Vance", "z. B."; but no initial comes before a word that opens
        # sentences: "schrieb er auf X. Zugleich forderte er …"
        return word.isupper() and _next_word(line, match.end()) in starters
    if ordinal_dot and _ORDINAL.fullmatch(token):
        return False  # "am 30. November", "am 2.8. in Berlin", "die 3. Runde"
    # unlisted dotted initialisms ("U.S.", "N.Y.") do not end a sentence either
    return not ("." in word and len(word) <= 6 and word.replace(".", "").isalpha() and word.isupper())


def _emit(content: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = content[start:end]
    stripped = chunk.strip()
    if not stripped or not _LETTER.search(stripped) and not any(c.isdigit() for c in stripped):
        return
    left = start + (len(chunk) - len(chunk.lstrip()))
    out.append(Sentence(left, left + len(stripped)))


def split_sentences(
    content: str,
    lang: str,
    abbreviations: frozenset[str],
    *,
    sentence_final: frozenset[str] = frozenset(),
    ordinal_dot: bool = False,
    adjectival: frozenset[str] = frozenset(),
    sentence_starters: frozenset[str] = frozenset(),
) -> tuple[Sentence, ...]:
    """Split ``content`` into sentences; ``content[s.start:s.end]`` is each sentence, stripped.

    ``abbreviations`` never end a sentence; ``sentence_final`` ones end it before a capital;
    ``ordinal_dot`` (German) keeps "30. November" together; ``adjectival`` ones ("U.S.") end it
    only before one of ``sentence_starters`` ("The", "He"), since they mostly qualify a noun. Take
    them from :func:`diplograph.ingest.lexicon.load_segment_rules`.
    Stretches without a letter or digit are skipped; everything else is covered once, in order.
    ``lang`` names the language the rules belong to and is not used otherwise.
    """
    del lang
    out: list[Sentence] = []
    for line in _LINE.finditer(content):
        text = line.group()
        base = line.start()
        begin = 0
        for match in _CANDIDATE.finditer(text):
            if _ends_sentence(
                text, match, abbreviations, sentence_final, ordinal_dot, adjectival, sentence_starters
            ):
                _emit(content, base + begin, base + match.end(), out)
                begin = match.end()
        _emit(content, base + begin, line.end(), out)
    return tuple(out)
