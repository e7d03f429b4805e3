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
