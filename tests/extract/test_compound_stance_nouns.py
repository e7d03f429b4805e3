"""German writes a kind of demand, proposal or offer as one word whose head is the stance noun
("Kernforderung", "Gebietsforderungen", "Friedensvorschlag", "Finanzzusage"): the compound is
that stance, held by its owner; a word that only ends in such a head ("Herausforderung",
"Überangebot") is none.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _found(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Die Hauptforderung der Ukraine bleibt ein Waffenstillstand.",
         ("state/ukraine", "demand", "ceasefire")),
        ("Außenminister Andrij Sybiha wies die russischen Gebietsforderungen zurück.",
         ("state/russia", "demand", "territory")),
        ("Kanzler Friedrich Merz begrüßte den Friedensvorschlag Brasiliens.",
         ("state/brazil", "propose", "peace-agreement")),
        ("Die Regierung in Kiew lehnte den Kompromissvorschlag Ungarns zu den Sanktionen ab.",
         ("state/hungary", "propose", "sanctions")),
        ("Die Finanzzusage der EU für den Wiederaufbau beträgt zwei Milliarden Euro, sagte Kommissarin "
         "Marta Kos.", ("org/eu", "offer", "economic-aid")),
    ],
)
def test_a_compound_with_a_stance_head_is_that_stance(
    make_doc: MakeDoc, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _found(make_doc(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Außenminister Johann Wadephul sprach von einer großen Herausforderung für die Sicherheit Europas.",
        "Russland meldete ein Überangebot an Gas auf dem Weltmarkt, sagte Präsident Wladimir Putin.",
    ],
)
def test_a_word_that_only_ends_in_a_stance_head_is_none(make_doc: MakeDoc, text: str) -> None:
    assert not make_doc(text, "de").positions
