"""The clause pattern of the grammar: where clauses open."""

from __future__ import annotations

import re

import pytest

from diplograph.extract.grammar import SHORT_PARENTHESIS, grammar
from diplograph.resources import load_resources


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_clause_openers_are_found_as_one_boundary_test_per_word_found_them(lang: str) -> None:
    """The clause pattern puts one word boundary around all openers only for speed: it must find
    what one ``\\bword\\b`` alternative per opener found, in texts of our own."""
    res = load_resources()
    words = [str(w) for w in (res.lexicon(lang, "grammar").get("clause_openers") or [])]
    punctuation = rf"[,;:–—]|\((?![^()]{{0,{SHORT_PARENTHESIS}}}\))"
    plain = re.compile("|".join([punctuation, *(rf"\b{re.escape(w)}\b" for w in words)]), re.IGNORECASE)
    sample = " ".join(words) + " " + " ".join(w.upper() + "x, " + w + "(kurz) (" + "a" * 40 for w in words)
    texts = [sample, "Er sagte, dass er komme; weil es regnet (heute) – wenn nicht: falls doch"]
    texts.append("thatif,while")
    for text in texts:
        for pos in (0, 3, 10):
            assert [m.span() for m in grammar(res, lang).clause.finditer(text, pos)] == [
                m.span() for m in plain.finditer(text, pos)
            ]


def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_clause_openers_first_letter_class_matches_what_the_letters_match(lang: str) -> None:
    """The clause pattern looks ahead for a class of the openers' first letters before trying
    them: under IGNORECASE the class must match exactly the characters that one of those
    letters matches (every code point, odd case pairs such as the Kelvin sign or long s too),
    and the pattern must find what it found without the class."""
    res = load_resources()
    words = [str(w) for w in (res.lexicon(lang, "grammar").get("clause_openers") or [])]
    every = _every_character()
    firsts = sorted({w[0] for w in words})
    by_class = re.findall("[" + "".join(re.escape(c) for c in firsts) + "]", every, re.IGNORECASE)
    by_letter = re.findall("|".join(re.escape(c) for c in firsts), every, re.IGNORECASE)
    assert by_class == by_letter != []
    punctuation = rf"[,;:–—]|\((?![^()]{{0,{SHORT_PARENTHESIS}}}\))"
    without = re.compile(punctuation + r"|\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    odd = "".join(c for c in by_letter if c.lower() not in firsts and c not in firsts)
    texts = [" ".join(c + w[1:] for w in words for c in {w[0], w[0].upper(), *odd[:3]}) + " (x) ab, cd"]
    texts += ["".join(words), " ".join(w.upper() for w in words), "Er sagte, dass er komme; wenn nicht"]
    for text in texts:
        for pos in (0, 1, 7):
            assert [m.span() for m in grammar(res, lang).clause.finditer(text, pos)] == [
                m.span() for m in without.finditer(text, pos)
            ]
