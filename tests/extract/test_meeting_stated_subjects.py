"""A meeting verb whose clause names its own subject, though no actor, is not a meeting of the
people met before: "Les équipes techniques se retrouveront le 14 avril" is the teams' meeting,
not one more of the two presidents, while "Les deux présidents se retrouveront …" is theirs.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

_FIRST = {
    "fr": "Mercredi, le président Lula a rencontré le président Santiago Peña à Foz do Iguaçu.",
    "es": "El miércoles, el presidente Lula se reunió con el presidente Santiago Peña en Foz do Iguaçu.",
}


@pytest.mark.parametrize(("lang", "second"), [
    ("fr", "Les équipes techniques se retrouveront le 14 avril à Brasília, a précisé le ministre."),
    ("es", "Los equipos técnicos se reunirán el 14 de abril en Brasilia, precisó el ministro."),
    ("es", "Varios expertos se reunirán el 14 de abril en Brasilia."),
])
def test_a_meeting_of_others_named_by_a_noun_is_not_the_last_ones(
    make_doc: MakeDoc, lang: str, second: str
) -> None:
    doc = make_doc(f"{_FIRST[lang]} {second}", lang, published=date(2026, 3, 19))
    assert len(doc.meetings) == 1
    assert doc.meetings[0].day is not None and doc.meetings[0].day.isoformat() == "2026-03-18"


@pytest.mark.parametrize(("lang", "second"), [
    ("fr", "Les deux présidents se retrouveront le 14 avril à Brasília."),
    ("es", "Ambos se reunirán el 14 de abril en Brasilia."),
])
def test_a_pronoun_still_names_the_last_ones(make_doc: MakeDoc, lang: str, second: str) -> None:
    doc = make_doc(f"{_FIRST[lang]} {second}", lang, published=date(2026, 3, 19))
    days = {m.day.isoformat() for m in doc.meetings if m.day is not None}
    assert "2026-04-14" in days
