"""An article that names an international court (the International Court of Justice, the
International Criminal Court) tells of judges, rulings and hearings between states: its court
words do not make it a crime story, so its meetings and positions are kept. A domestic trial
stays off the diplomatic story.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from diplograph.model import Document

MakeDoc = Callable[..., Document]

COURT_STORY = (
    "Wenige Tage bevor der Internationale Gerichtshof sein Urteil im Gebietsstreit zwischen Guatemala "
    "und Belize verkündet, trafen sich die Außenminister Carlos Ramiro Martínez und Francis Fonseca in "
    "Den Haag. Martínez versicherte, seine Regierung werde den Richterspruch respektieren. Die Richter "
    "sollen vor allem über die Seegrenzen entscheiden. Juristen erwarten ein Urteil im März. Das Gericht "
    "tagt im Friedenspalast."
)


def test_an_international_court_story_keeps_its_facts(make_doc: MakeDoc) -> None:
    doc = make_doc(COURT_STORY, "de", published=dt.date(2026, 2, 3))
    assert doc.relevance is not None and doc.relevance.diplomatic
    assert doc.meetings


def test_a_domestic_trial_is_still_no_diplomatic_story(make_doc: MakeDoc) -> None:
    text = (
        "Das Landgericht Wien verurteilte den Angeklagten zu drei Jahren Haft. Der Richter sprach von "
        "schwerem Betrug. Die Staatsanwaltschaft prüft eine Berufung. Der Verteidiger kündigte an, "
        "gegen das Urteil vorzugehen."
    )
    doc = make_doc(text, "de")
    assert doc.relevance is not None and not doc.relevance.diplomatic
