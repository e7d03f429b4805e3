"""The Holy See's current office holders are in the gazetteer: Pope Leo XIV (Francis's successor,
"Leo" alone is a first name and counts only with the title or the number), the Secretary of
State Pietro Parolin and the papal envoy Matteo Zuppi; Castel Gandolfo is a place.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pope Leo XIV received Volodymyr Zelensky at Castel Gandolfo."),
    ("de", "Papst Leo XIV. empfing Wolodymyr Selenskyj in Castel Gandolfo."),
    ("fr", "Le pape Léon XIV a reçu Volodymyr Zelensky à Castel Gandolfo."),
    ("es", "El papa León XIV recibió a Volodímir Zelenski en Castel Gandolfo."),
])
def test_the_pope_meets(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang, published=date(2026, 5, 1))
    assert [(sorted(m.participants), m.place) for m in doc.meetings] == [
        (["person/pope-leo-xiv", "person/volodymyr-zelensky"], "place/castel-gandolfo")
    ]
    assert doc.actors["person/pope-leo-xiv"].represents == "state/holy-see"


def test_the_papal_envoy(make_doc: MakeDoc) -> None:
    text = "Cardinal Matteo Zuppi met Maria Lvova-Belova in Moscow."
    doc = make_doc(text, "en", published=date(2026, 5, 1))
    met = [sorted(m.participants) for m in doc.meetings]
    assert met == [["person/maria-lvova-belova", "person/matteo-zuppi"]]
    assert doc.actors["person/matteo-zuppi"].represents == "state/holy-see"
