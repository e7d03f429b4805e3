"""A part of two or more words of a longer name given earlier names the same person: "Hassan
Sheikh" of "Hassan Sheikh Mohamud", "López Obrador" of "Andrés Manuel López Obrador". Without
it the part reads as a person of its own (a first name and one more word) or as no one.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Somalia's president Hassan Sheikh Mohamud rejected the deal. "
           "Mahmoud Ali Youssouf met Hassan Sheikh on Sunday."),
    ("de", "Somalias Präsident Hassan Sheikh Mohamud lehnte das Abkommen ab. "
           "Mahmoud Ali Youssouf traf Hassan Sheikh am Sonntag."),
    ("fr", "Le président somalien Hassan Sheikh Mohamoud a rejeté l'accord. "
           "Mahmoud Ali Youssouf a rencontré Hassan Sheikh dimanche."),
    ("es", "El presidente somalí Hassan Sheikh Mohamud rechazó el acuerdo. "
           "Mahmoud Ali Youssouf se reunió con Hassan Sheikh el domingo."),
])
def test_a_part_of_a_longer_name_is_its_person(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    second = text.rindex("Hassan Sheikh")
    at = [m for m in doc.mentions if m.start == second]
    assert [m.key for m in at] == ["person/hassan-sheikh-mohamud"]
    assert [sorted(m.participants) for m in doc.meetings] == [
        ["person/hassan-sheikh-mohamud", "person/mahamoud-ali-youssouf"]
    ]


def test_a_part_two_persons_share_names_neither(make_doc: MakeDoc) -> None:
    doc = make_doc("Maria Elena Ruiz Vega and Maria Elena Ruiz Torres signed the accord. "
                   "Maria Elena Ruiz spoke first.", "en")
    shared = doc.content.rindex("Maria Elena Ruiz")
    assert not [m for m in doc.mentions if m.start == shared and m.source == "article name part"]
