"""A meeting set for a day ("für Donnerstag angesetzt", "set for Thursday", "prévue pour jeudi",
"prevista para el jueves") is planned and its weekday lies ahead, even where an auxiliary of the
past ("ist", "has been") stands nearer the weekday; a preposition after the weekday sets nothing
("flies on Wednesday for talks").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

#: A Wednesday: the Thursday ahead is the 22nd, the one before the 15th.
PUBLISHED = dt.date(2026, 1, 21)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Für Donnerstag ist ein Gespräch mit Präsident Wladimir Putin in Moskau angesetzt, sagte Kanzler "
         "Friedrich Merz.", "de"),
        ("Chancellor Friedrich Merz said a meeting with President Vladimir Putin in Moscow has been set for "
         "Thursday.", "en"),
        ("Le chancelier Friedrich Merz a indiqué qu'une rencontre avec Vladimir Poutine à Moscou est prévue "
         "pour jeudi.", "fr"),
        ("El canciller Friedrich Merz dijo que una reunión con Vladímir Putin en Moscú está prevista para el "
         "jueves.", "es"),
    ],
)
def test_a_meeting_set_for_a_day_is_planned_ahead(make_doc: MakeDoc, text: str, lang: str) -> None:
    meetings = make_doc(text, lang, published=PUBLISHED).meetings
    assert [(m.status, m.day) for m in meetings] == [("planned", dt.date(2026, 1, 22))]


def test_a_preposition_after_the_weekday_sets_no_day_ahead(make_doc: MakeDoc) -> None:
    text = "Chancellor Friedrich Merz flew to Moscow on Thursday for talks with President Vladimir Putin."
    meetings = make_doc(text, "en", published=PUBLISHED).meetings
    assert [m.day for m in meetings] == [dt.date(2026, 1, 15)]
