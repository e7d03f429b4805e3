"""The guide's peace agreement is "an accord ending a conflict": a generic deal word ("a binding
deal", "ein Abkommen", "un accord", "un acuerdo") is one only in an article that tells of an
armed conflict by words of its own (a ceasefire, troops, territory, hostages …). In an article
about a dam or a loan programme it is no peace agreement, and "the agreement" told before keeps
the topic of the deal it refers to.

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
        ("Ägypten und Äthiopien streiten über den Staudamm am Nil. Außenminister Badr Abdelatty "
         "forderte ein verbindliches Abkommen.", "de"),
        ("Egypt and Ethiopia are at odds over the dam on the Nile. Foreign Minister Badr Abdelatty "
         "demanded a binding deal.", "en"),
        ("L'Égypte et l'Éthiopie se disputent le barrage sur le Nil. Le ministre Badr Abdelatty a "
         "réclamé un accord contraignant.", "fr"),
        ("Egipto y Etiopía discrepan sobre la presa del Nilo. El canciller Badr Abdelatty exigió un "
         "acuerdo vinculante.", "es"),
    ],
)
def test_a_deal_in_an_article_without_conflict_is_no_peace_agreement(
    make_doc: MakeDoc, text: str, lang: str
) -> None:
    assert "peace-agreement" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Waffenruhe im Sudan hält nicht. Außenminister Badr Abdelatty forderte ein verbindliches "
         "Abkommen.", "de"),
        ("The ceasefire in Sudan is failing. Foreign Minister Badr Abdelatty demanded a binding deal.", "en"),
        ("Le cessez-le-feu au Soudan ne tient pas. Le ministre Badr Abdelatty a réclamé un accord "
         "contraignant.", "fr"),
        ("El alto el fuego en Sudán no se respeta. El canciller Badr Abdelatty exigió un acuerdo "
         "vinculante.", "es"),
    ],
)
def test_a_deal_in_an_article_about_a_conflict_is_a_peace_agreement(
    make_doc: MakeDoc, text: str, lang: str
) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("person/badr-abdelatty", "demand", "peace-agreement") in found
