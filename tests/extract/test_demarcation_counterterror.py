"""Drawing a border is a question of territory ("the demarcation of the border", "la
délimitation", "la demarcación", "die Demarkation"), and counter-terrorism is terrorism
("accord antiterroriste", "counter-terrorism agreement", "acuerdo antiterrorista").

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
        ("President Bernardo Arevalo met Belizean Prime Minister Johnny Briceno. The two leaders agreed to "
         "set up a commission on the demarcation of the border.", "en"),
        ("Präsident Bernardo Arévalo forderte eine rasche Demarkation der Grenze zu Belize.", "de"),
        ("Le président Bernardo Arévalo a réclamé une délimitation rapide avec le Belize.", "fr"),
        ("El presidente Bernardo Arévalo exigió una rápida demarcación con Belice.", "es"),
    ],
)
def test_drawing_a_border_is_territory(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert "territory" in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sweden and Turkey signed a counter-terrorism agreement.", "en"),
        ("Ankara et Stockholm ont signé un accord antiterroriste.", "fr"),
        ("Suecia y Turquía firmaron un acuerdo antiterrorista.", "es"),
        ("Schweden und die Türkei unterzeichneten ein Antiterrorabkommen.", "de"),
    ],
)
def test_counter_terrorism_is_terrorism(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert {p.topic for p in make_doc(text, lang).positions} == {"terrorism"}
