"""A day told as the same day as the one named before ("later in the day", "später am Tag",
"plus tard dans la journée", "más tarde ese día") is that day, not the time a relative clause of
its sentence names ("before the end of July").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday Johann Wadephul met Marco Rubio in New York. Later in the day Wadephul met "
     "António Guterres, who promised to convene a donors' meeting before the end of July."),
    ("de", "Am Dienstag traf Wadephul in New York Marco Rubio. Später am Tag traf Wadephul António "
     "Guterres, der bis Ende Juli eine Geberkonferenz einberufen will."),
    ("fr", "Mardi, Jean-Noël Barrot a rencontré Marco Rubio à New York. Plus tard dans la journée, "
     "Barrot s'est entretenu avec António Guterres, qui a promis une conférence des donateurs avant "
     "la fin juillet."),
    ("es", "El martes, José Manuel Albares se reunió con Marco Rubio en Nueva York. Más tarde ese día, "
     "Albares se reunió con António Guterres, quien prometió una conferencia de donantes antes de "
     "finales de julio."),
])
def test_same_day_as_the_one_told_before(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang, published=date(2026, 6, 4))
    assert [m.day for m in doc.meetings] == [date(2026, 6, 2), date(2026, 6, 2)]


def test_same_day_counts_from_a_day_of_the_story(make_doc: MakeDoc) -> None:
    """A date set far ahead ("on February 7, 2027") is no day the story goes on from."""
    text = ("On Tuesday Johann Wadephul met Marco Rubio in New York. Wadephul promised to hand power to an "
            "elected president on February 7, 2027. Later in the day Wadephul met António Guterres.")
    doc = make_doc(text, "en", published=date(2026, 6, 4))
    assert [m.day for m in doc.meetings] == [date(2026, 6, 2), date(2026, 6, 2)]


def test_german_past_meeting_verb_fixes_its_weekday(make_doc: MakeDoc) -> None:
    """A past meeting verb is a past cue of its clause ("telefonierte am Montag"), though the
    clause joined after it speaks of the future ("… wird kommende Woche … erwartet")."""
    text = ("Macron telefonierte am Montag mit Lula, und Außenminister Jean-Noël Barrot wird kommende "
            "Woche in Caracas erwartet.")
    doc = make_doc(text, "de", published=date(2026, 3, 4))
    assert [m.day for m in doc.meetings if "person/emmanuel-macron" in m.participants] == [date(2026, 3, 2)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Merz met Macron in Paris on Tuesday.\n\nIn the evening he spoke by phone with Zelensky."),
    ("de", "Merz traf am Dienstag in Paris Macron.\n\nAm Abend telefonierte er mit Selenskyj."),
    ("fr", "Merz a rencontré Macron mardi à Paris.\n\n"
           "Dans la soirée, il s'est entretenu au téléphone avec Zelensky."),
    ("es", "Merz se reunió el martes con Macron en París.\n\n"
           "Por la tarde, Merz habló por teléfono con Zelenski."),
])
def test_same_day_a_part_of_the_day_alone_is_the_day_told_last(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"In the evening", "Am Abend", "Dans la soirée", "Por la tarde" on their own are part of the
    day told last, also in the next paragraph: the call was on Tuesday too."""
    days = {tuple(sorted(m.participants)): m.day for m in make_doc(text, lang).meetings}
    call = next(k for k in days if "person/volodymyr-zelensky" in k)
    assert days[call] == date(2025, 12, 2)
