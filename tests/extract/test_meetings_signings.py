"""A signing held at a venue is a meeting of those who sign or attend it: "the signing will take
place in Madrid in the presence of A and B", "will be signed in Madrid by A and B", "die
Unterzeichnung soll in Madrid im Beisein von A und B stattfinden", "la signature doit avoir lieu
à Madrid en présence de A et de B", "la firma tendrá lugar en Madrid en presencia de A y B".
Without a venue a signing noun reports no meeting: it may be a signature on paper.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The official signing will take place in Madrid on March 5 in the presence of Keir Starmer "
           "and Pedro Sánchez."),
    ("en", "The treaty will be signed in Madrid on March 5 by Keir Starmer and Pedro Sánchez."),
    ("de", "Die Unterzeichnung soll am 5. März in Madrid im Beisein von Keir Starmer und Pedro Sánchez "
           "stattfinden."),
    ("fr", "La signature officielle doit avoir lieu le 5 mars à Madrid, en présence de Keir Starmer et de "
           "Pedro Sánchez."),
    ("es", "La firma tendrá lugar el 5 de marzo en Madrid en presencia de Keir Starmer y Pedro Sánchez."),
])
def test_a_signing_at_a_venue_is_a_planned_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    found = make_doc(text, lang, published=date(2026, 2, 20)).meetings
    assert [(sorted(m.participants), m.place, m.status) for m in found] == [
        (["person/keir-starmer", "person/pedro-sanchez"], "place/madrid", "planned")
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La signature de l'accord par Keir Starmer et Pedro Sánchez reste incertaine."),
    ("es", "La firma del acuerdo por Keir Starmer y Pedro Sánchez sigue siendo incierta."),
    ("de", "Die Unterzeichnung durch Keir Starmer und Pedro Sánchez bleibt ungewiss."),
])
def test_a_signing_without_a_venue_is_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not make_doc(text, lang).meetings
