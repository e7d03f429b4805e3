"""Normalise article text and strip the page furniture around it.

The text ``clean`` returns becomes ``Document.content``: every later offset points into it, so
this is the last place the text may change. Furniture is removed by whole lines or blocks (and
credits from the end of a caption line), never from inside a sentence, and paragraph breaks are
kept so that headline, teaser and body stay separate. Which lines are furniture is data
(``data/lexicon/*/boilerplate.yml``); this module only applies the rules.

>>> from diplograph.ingest.lexicon import BoilerplateRules
>>> clean("Gipfel\\u00a0in Genf\\r\\n\\r\\n\\r\\nDie Gespräche be\\u00adgannen.", "de", BoilerplateRules())
'Gipfel in Genf\\n\\nDie Gespräche begannen.'
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from diplograph.ingest.lexicon import BoilerplateRules

# Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM and
# bidirectional marks. They would split words for the gazetteer scan, so they go.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x200E, 0x200F, 0x061C,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
# Every other kind of space becomes a plain one; line separators become newlines.
_SPACES = {c: " " for c in (0x09, 0x0B, 0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_BREAKS = {c: "\n" for c in (0x0C, 0x85, 0x2028, 0x2029)}
_TABLE = {**_INVISIBLE, **_SPACES, **_BREAKS}
# Whether a text holds any character of _TABLE: most texts hold none, and str.translate with a
# dict looks up every character of a non-ASCII text (0.2 s for 1,028 news articles), where the
# search scans it in C at a fraction of that. The result is the same either way.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: Two spaces or more, written with a literal start so that ``re`` skips to the next space.
_MULTISPACE = re.compile(r"  +")

# A block (heading plus its link list or consent paragraph) runs to the next blank line, but
# copied text does not always have blank lines: stop early rather than eat the article body.
_BLOCK_MAX_LINES = 6
_BLOCK_MAX_CHARS = 320
#: A line this long that ends a sentence is article text, not a link of a "more on this" block.
_PROSE_MIN_CHARS = 80


def _prose(line: str) -> bool:
    """Whether a line reads like article text (a long full sentence), which ends a link block."""
    return len(line) >= _PROSE_MIN_CHARS and line.rstrip()[-1:] in ".!?\"“”»"
# A tail marker ("Kommentare") only ends the article once this much text was kept before it;
# earlier it is a stray navigation line.
_TAIL_MIN_CHARS = 400
# Credit lines are short; a longer line with a slash is prose ("die EU/Nato-Staaten …").
_CREDIT_MAX_CHARS = 120
_CREDIT_PREFIX = re.compile(r"^(?:©|\(c\))?\s*(?:[^\W\d_]{2,15}\s*:\s*)?", re.IGNORECASE)


def normalise(text: str) -> str:
    """Unify line ends, Unicode form and spaces; keep at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_TABLE)
    text = _CONTROL.sub("", text)
    lines = [_MULTISPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _join(lines)


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _is_credit(line: str, agencies: frozenset[str]) -> bool:
    """Say whether ``line`` is an agency credit such as ``picture alliance/dpa/Kay Nietfeld``."""
    if not agencies or len(line) > _CREDIT_MAX_CHARS:
        return False
    body = _CREDIT_PREFIX.sub("", line, count=1)
    parts = [p.strip(" .,;()[]").casefold() for p in re.split(r"\s*[/|]\s*|\s+via\s+", body)]
    if len(parts) > 5 or any(re.search(r"[.!?]\s", p) for p in parts):
        return False
    return any(p in agencies for p in parts)


def _fullmatch(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.fullmatch(line) for p in patterns)


def _strip_trailing(line: str, rules: BoilerplateRules) -> str:
    hints = rules.trailing_hints if len(rules.trailing_hints) == len(rules.trailing) else ()
    for pattern, hint in itertools.zip_longest(rules.trailing, hints):
        if hint is not None and hint.search(line) is None:
            continue  # the pattern cannot match either (see lexicon._trailing_hint)
        found = pattern.search(line)
        if found:
            line = line[: found.start()].rstrip()
    return line


def clean(text: str, lang: str | None, res: BoilerplateRules) -> str:
    """Return the article text with normalised Unicode and without page furniture.

    ``res`` comes from :func:`diplograph.ingest.lexicon.load_boilerplate` for ``lang``; ``lang``
    itself is only informative here. The result has no leading or trailing whitespace, single
    spaces, and paragraphs separated by exactly one blank line.
    """
    del lang  # the rules were chosen for the language already
    lines = normalise(text).split("\n")
    kept: list[str] = []
    kept_chars = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            kept.append(line)
            continue
        if _fullmatch(res.tail_start, line):
            if kept_chars >= _TAIL_MIN_CHARS:
                break
            continue
        if _fullmatch(res.block_start, line):
            taken = 0
            while (index < len(lines) and lines[index] and taken < _BLOCK_MAX_LINES
                   and len(lines[index]) <= _BLOCK_MAX_CHARS and not _prose(lines[index])):
                index += 1
                taken += 1
            continue
        if _fullmatch(res.line, line) or _is_credit(line, res.credit_agencies):
            continue
        line = _strip_trailing(line, res)
        if line:
            kept.append(line)
            kept_chars += len(line)
    return _join(kept)
