"""De facto states with governments of their own (Somaliland, Transnistria, Abkhazia, South
Ossetia, Northern Cyprus) are states of the gazetteer: they hold positions and their leaders
represent them.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("en", "Somaliland demanded recognition from the United States.", "state/somaliland"),
    ("de", "Somaliland forderte von den USA die Anerkennung.", "state/somaliland"),
    ("fr", "La Transnistrie a rejeté les sanctions de l'Union européenne.", "state/transnistria"),
    ("es", "Abjasia rechazó las sanciones de la Unión Europea.", "state/abkhazia"),
])
def test_a_de_facto_state_holds_a_position(make_doc: MakeDoc, lang: str, text: str, state: str) -> None:
    assert state in {p.holder for p in make_doc(text, lang).positions}


def test_its_leader_represents_it(make_doc: MakeDoc) -> None:
    doc = make_doc("Somalilands Präsident Abdirahman Mohamed Abdullahi forderte die Anerkennung.", "de")
    assert doc.actors["person/abdirahman-mohamed-abdullahi"].represents == "state/somaliland"
