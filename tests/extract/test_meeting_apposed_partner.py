"""A partner named after their role and set off by commas ("with Chile's new president, José
Antonio Kast, in March") is still in the clause of the meeting word: the comma before the name
does not end what a speech verb says, so the partner stays a participant.

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
        ("President Rodrigo Paz said he had discussed the idea by telephone with Chile's new president, "
         "José Antonio Kast, in March.", "en"),
        ("Präsident Rodrigo Paz sagte, er habe die Idee im März mit dem chilenischen Präsidenten, José "
         "Antonio Kast, am Telefon besprochen.", "de"),
        ("Le président Rodrigo Paz a dit avoir évoqué l'idée au téléphone avec le président chilien, José "
         "Antonio Kast, en mars.", "fr"),
        ("El presidente Rodrigo Paz dijo que había hablado por teléfono con el presidente chileno, José "
         "Antonio Kast, en marzo.", "es"),
    ],
)
def test_a_partner_set_off_by_commas_after_the_role_meets(make_doc: MakeDoc, text: str, lang: str) -> None:
    met = [set(m.participants) for m in make_doc(text, lang).meetings]
    assert {"person/rodrigo-paz", "person/yos-antonio-kast"} in met
