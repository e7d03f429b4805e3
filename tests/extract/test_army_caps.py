"""A cap or limit on a state's forces is a military limit however many words stand between the cap
and the forces ("caps on the size of its armed forces", "eine Obergrenze für die Größe seiner
Streitkräfte", "un plafond pour ses forces armées", "un tope a sus fuerzas armadas"); a cap on
anything else is not.

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
        ("Kyiv would never accept caps on the size of its armed forces, President Volodymyr Zelensky said.",
         "en"),
        ("Kiew werde niemals eine Obergrenze für die Größe seiner Streitkräfte akzeptieren, sagte Präsident "
         "Wolodymyr Selenskyj.", "de"),
        ("Kiev n'acceptera jamais un plafond pour ses forces armées, a dit le président Volodymyr Zelensky.",
         "fr"),
        ("Kiev nunca aceptará un tope a sus fuerzas armadas, dijo el presidente Volodímir Zelenski.", "es"),
    ],
)
def test_a_cap_on_forces_is_a_military_limit(make_doc: MakeDoc, text: str, lang: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/ukraine", "reject", "military-limits") in found


def test_a_cap_on_prices_is_none(make_doc: MakeDoc) -> None:
    text = "Commission President Ursula von der Leyen demanded a cap on gas prices for the winter."
    assert "military-limits" not in {p.topic for p in make_doc(text, "en").positions}
