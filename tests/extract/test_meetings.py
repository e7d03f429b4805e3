"""Meetings: sentence → participants, status, place and day (published Tuesday 2025-12-02)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from diplograph.model import Document, Meeting

MakeDoc = Callable[..., Document]
D = dt.date


def _facts(m: Meeting) -> tuple[tuple[str, ...], str, str | None, dt.date | None]:
    return tuple(sorted(m.participants)), m.status, m.place, m.day


MEETINGS = [
    ("de", "Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio.",
     (("person/marco-rubio", "person/sergey-lavrov"), "occurred", "place/geneva", D(2025, 12, 1))),
    ("de", "Der russische Außenminister Sergej Lawrow wird am Freitag in Ankara den türkischen Präsidenten "
           "Recep Tayyip Erdoğan treffen.",
     (("person/recep-tayyip-erdogan", "person/sergey-lavrov"), "planned", "place/ankara", D(2025, 12, 5))),
    ("en", "Russian Foreign Minister Sergey Lavrov will meet Turkish President Recep Tayyip Erdogan "
           "in Ankara on Friday.",
     (("person/recep-tayyip-erdogan", "person/sergey-lavrov"), "planned", "place/ankara", D(2025, 12, 5))),
    ("en", "Indian Prime Minister Narendra Modi held talks with Brazilian President "
           "Luiz Inácio Lula da Silva in New Delhi on Tuesday.",
     (("person/luiz-inacio-lula-da-silva", "person/narendra-modi"), "occurred", "place/new-delhi",
      D(2025, 12, 2))),
    ("de", "Bundeskanzler Friedrich Merz telefonierte am Mittwoch mit dem britischen Premierminister Keir "
           "Starmer.",
     (("person/friedrich-merz", "person/keir-starmer"), "occurred", None, D(2025, 11, 26))),
    ("en", "German Chancellor Friedrich Merz spoke by phone with British Prime Minister Keir Starmer on "
           "Wednesday.",
     (("person/friedrich-merz", "person/keir-starmer"), "occurred", None, D(2025, 11, 26))),
    ("de", "Der russische Sondergesandte Kirill Dmitrijew soll am Mittwoch in Istanbul ukrainische "
           "Unterhändler treffen.",
     (("delegation/ukraine", "person/kirill-dmitriev"), "planned", "place/istanbul", D(2025, 12, 3))),
    ("en", "Russian envoy Kirill Dmitriev met US special envoy Steve Witkoff in Doha on Friday.",
     (("person/kirill-dmitriev", "person/steve-witkoff"), "occurred", "place/doha", D(2025, 11, 28))),
    ("de", "Kenias Präsident William Ruto traf am Montag in Nairobi den äthiopischen Ministerpräsidenten "
           "Abiy Ahmed.",
     (("person/abiy-ahmed-ali", "person/william-ruto"), "occurred", "place/nairobi", D(2025, 12, 1))),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MEETINGS)
def test_meetings_sentence_gives_meeting(make_doc: MakeDoc, lang: str, text: str,
                                         expected: tuple[object, ...]) -> None:
    doc = make_doc(text, lang)
    assert [_facts(m) for m in doc.meetings] == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kreml-Sprecher Dmitri Peskow sagte am Montag, Moskau sei zu Gesprächen bereit."),
    ("en", "The Kremlin rejected new EU sanctions on Monday."),
    ("de", "Die ukrainischen Unterhändler reisten am Sonntag nach Genf."),
])
def test_meetings_none_without_two_sides_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings == ()


def test_meetings_evidence_points_into_content(make_doc: MakeDoc) -> None:
    doc = make_doc("Vorspann ohne Namen. Russlands Außenminister Sergej Lawrow traf am Montag in Genf "
                   "US-Außenminister Marco Rubio.", "de")
    (m,) = doc.meetings
    assert doc.content[m.evidence[0].start:m.evidence[0].end].startswith("Russlands Außenminister")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Lawrow traf am Montag in Genf seinen US-Kollegen Marco Rubio."),
    ("en", "Lavrov met his US counterpart Marco Rubio in Geneva on Monday."),
])
def test_meetings_surname_only_participant(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/marco-rubio",
                                                                     "person/sergey-lavrov")]


@pytest.mark.xfail(strict=True, reason="the topic of a phone call ('sanctions against Russia') and the "
                                       "dateline's state are taken as participants")
def test_meetings_topic_state_is_not_a_participant(make_doc: MakeDoc) -> None:
    doc = make_doc("London (dg) - British Prime Minister Keir Starmer spoke with German Chancellor Friedrich "
                   "Merz by phone on Monday about new sanctions against Russia.", "en")
    assert [tuple(sorted(m.participants)) for m in doc.meetings] == [("person/friedrich-merz",
                                                                     "person/keir-starmer")]


@pytest.mark.xfail(strict=True, reason="a place named in the previous sentence is carried into a planned "
                                       "meeting that names none (Li Qiang meeting placed in the South "
                                       "China Sea)")
def test_meetings_place_not_carried_from_topic_sentence(make_doc: MakeDoc) -> None:
    doc = make_doc("The two leaders also discussed tensions in the South China Sea. Australian Prime "
                   "Minister Anthony Albanese will meet Chinese Premier Li Qiang on Thursday.", "en")
    assert [m.place for m in doc.meetings] == [None]


@pytest.mark.xfail(strict=True, reason="'welcomed closer ties' is read as a meeting cue")
def test_meetings_welcome_of_ties_is_not_a_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Xi Jinping said China welcomed closer economic ties with Australia.", "en")
    assert doc.meetings == ()


def test_meetings_weekday_in_sentence_beats_dateline(make_doc: MakeDoc) -> None:
    doc = make_doc("Genf, 2. Dezember (dg) – Bundesaußenminister Johann Wadephul hat am Montag in Genf "
                   "seinen US-Kollegen Marco Rubio getroffen.", "de")
    assert [m.day for m in doc.meetings] == [D(2025, 12, 1)]


def test_meetings_call_for_talks_is_not_a_meeting(make_doc: MakeDoc) -> None:
    doc = make_doc("Der Vorsitzende der AU-Kommission, Mahamoud Ali Youssouf, rief beide Kriegsparteien "
                   "zu Verhandlungen auf.", "de")
    assert doc.meetings == ()
