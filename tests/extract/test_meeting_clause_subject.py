"""A German meeting verb that closes its clause has its pronoun subject at the clause's head
(first, or right after the finite verb), however many words stand between ("Er wird am Mittwoch
in London von seiner britischen Amtskollegin Yvette Cooper empfangen"); a pronoun opening a
sentence whose meeting word is a noun or stands mid-clause is no meeting's subject.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    "second",
    [
        "Er wird am Mittwoch in London von seiner britischen Amtskollegin Yvette Cooper empfangen.",
        "Er wird am Mittwoch in London seine britische Amtskollegin Yvette Cooper treffen.",
        # right after the finite verb, the subject's other place at the head of the clause
        "Am Mittwoch wird er in London von seiner britischen Amtskollegin Yvette Cooper empfangen.",
    ],
)
def test_an_opening_pronoun_is_the_subject_of_a_closing_meeting_verb(make_doc: MakeDoc, second: str) -> None:
    text = f"Dänemarks Außenminister Lars Løkke Rasmussen warb in Luxemburg für neue Regeln. {second}"
    doc = make_doc(text, "de", published=dt.date(2026, 6, 8))
    met = [set(m.participants) for m in doc.meetings]
    assert {"person/lars-lokke-rasmussen", "person/yvette-cooper"} in met


def test_an_opening_pronoun_before_a_meeting_noun_mid_clause_is_none(make_doc: MakeDoc) -> None:
    text = (
        "Außenminister Lars Løkke Rasmussen sprach in Kopenhagen. Er verwies auf den Gipfel im Herbst, "
        "bei dem Yvette Cooper sprechen werde."
    )
    assert not make_doc(text, "de").meetings
