"""States in free association that conduct foreign relations of their own (the Cook Islands and
Niue, with New Zealand) are states: they sign agreements and are asked to consult, so their names
in every language are actors, not places or unknown words.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Neuseeland verlangt von den Cookinseln, vor Abkommen mit China Wellington zu konsultieren.",
         "de"),
        ("New Zealand demanded that the Cook Islands consult Wellington before signing deals with "
         "China.", "en"),
        ("La Nouvelle-Zélande exige que les îles Cook consultent Wellington avant tout accord avec "
         "la Chine.", "fr"),
        ("Nueva Zelanda exigió a las Islas Cook que consulten a Wellington antes de firmar acuerdos "
         "con China.", "es"),
    ],
)
def test_the_cook_islands_are_a_state(make_doc: MakeDoc, text: str, lang: str) -> None:
    doc = make_doc(text, lang)
    assert doc.actors["state/cook-islands"].kind == "State"


def test_niue_holds_its_own_stance(make_doc: MakeDoc) -> None:
    doc = make_doc("Niue rejected sanctions against China.", "en")
    assert {p.holder for p in doc.positions} == {"state/niue"}
