"""A partner word said again before the second partner ("spoke with A and with B", "sowohl mit A
als auch mit B", "avec A et avec B", "con A y con B") tells two meetings, one with each partner:
a call with two people named so is two calls.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Grossi spoke by phone with Andrii Sybiha and with Kaja Kallas on Monday."),
    ("de", "Grossi telefonierte am Montag mit Andrij Sybiha und mit Kaja Kallas."),
    ("de", "Grossi hatte am Montag sowohl mit Andrij Sybiha als auch mit Kaja Kallas telefoniert."),
    ("fr", "Grossi s'est entretenu lundi par téléphone avec Andrii Sybiha et avec Kaja Kallas."),
    ("es", "Grossi habló el lunes por teléfono con Andrii Sybiha y con Kaja Kallas."),
])
def test_a_partner_word_said_again_tells_two_meetings(make_doc: MakeDoc, lang: str, text: str) -> None:
    meetings = sorted(sorted(m.participants) for m in make_doc(text, lang).meetings)
    assert meetings == [
        ["person/andrii-sybiha", "person/rafael-grossi"],
        ["person/kaja-kallas", "person/rafael-grossi"],
    ]
