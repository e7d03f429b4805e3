"""Receiving a call from someone is talking to them, in every language ("received a call from his
Mexican counterpart", "recibió una llamada de su homóloga", "a reçu un appel de son homologue",
"erhielt einen Anruf"), while a call from someone for something is an appeal. A role that names
the receiver ("the president") is the person of that role told before, even when the sentence
also names the caller's state.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

PUBLISHED = dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("President Bernardo Arevalo received a call from his Mexican counterpart, Claudia Sheinbaum.", "en"),
        ("El presidente Bernardo Arévalo recibió una llamada de su homóloga mexicana, Claudia "
         "Sheinbaum.", "es"),
        ("Le président Bernardo Arévalo a reçu mercredi un appel de son homologue mexicaine, Claudia "
         "Sheinbaum.", "fr"),
        ("Präsident Bernardo Arévalo erhielt am Mittwoch einen Anruf seiner mexikanischen Amtskollegin "
         "Claudia Sheinbaum.", "de"),
        ("El presidente Bernardo Arévalo declaró el estado de calamidad. Por la noche, el mandatario recibió "
         "una llamada de su homóloga mexicana, Claudia Sheinbaum, quien le transmitió sus condolencias en "
         "nombre del pueblo de México.", "es"),
    ],
)
def test_a_received_call_is_a_meeting(make_doc: MakeDoc, text: str, lang: str) -> None:
    met = [sorted(m.participants) for m in make_doc(text, lang, published=PUBLISHED).meetings]
    assert met == [["person/bernardo-arevalo", "person/claudia-sheinbaum"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("President Bernardo Arevalo rejected a call from Mexican President Claudia Sheinbaum for new "
         "elections.", "en"),
        ("Chancellor Friedrich Merz rejected calls from Poland for reparations.", "en"),
    ],
)
def test_a_call_for_something_is_no_meeting(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert not make_doc(text, lang, published=PUBLISHED).meetings
