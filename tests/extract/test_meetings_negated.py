"""A meeting word under a negation reports no meeting: "did not meet", "hat nicht mit Tusk
gesprochen", "sprach nicht mit", "kein Treffen", "n'a pas rencontré", "no se reunió". A
negation later in the clause is about something else ("Das Treffen … brachte keinen
Durchbruch"), and "not only met" negates nothing. Talks one refuses or blocks ("blocking
accession talks with Albania") are held by no one who refuses or blocks them.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Friedrich Merz did not meet Donald Tusk in Warsaw."),
    ("en", "Friedrich Merz never spoke with Donald Tusk."),
    ("de", "Friedrich Merz hat nicht mit Donald Tusk über die Migration gesprochen."),
    ("de", "Friedrich Merz sprach nicht mit Donald Tusk."),
    ("fr", "Friedrich Merz n'a pas rencontré Donald Tusk."),
    ("fr", "Friedrich Merz ne rencontrera pas Donald Tusk."),
    ("es", "Friedrich Merz no se reunió con Donald Tusk."),
])
def test_a_negated_meeting_is_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not make_doc(text, lang).meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Treffen von Friedrich Merz und Donald Tusk in Warschau brachte keinen Durchbruch."),
    ("en", "Friedrich Merz not only met Donald Tusk but also Emmanuel Macron."),
    ("en", "Friedrich Merz met Donald Tusk, but no agreement was reached."),
    ("es", "Friedrich Merz se reunió con Donald Tusk, pero no hubo acuerdo."),
])
def test_a_negation_elsewhere_leaves_the_meeting(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert make_doc(text, lang).meetings


@pytest.mark.parametrize("text", [
    "Friedrich Merz wird am Montag in Warschau mit Donald Tusk sprechen.",
    "Am Freitag will Friedrich Merz in Warschau mit Donald Tusk über die Grenze sprechen.",
])
def test_german_infinitive_of_speaking_with(make_doc: MakeDoc, text: str) -> None:
    found = make_doc(text, "de").meetings
    assert [sorted(m.participants) for m in found] == [["person/donald-tusk", "person/friedrich-merz"]]
    assert found[0].status == "planned"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bulgaria is blocking accession talks with Albania."),
    ("de", "Bulgarien blockiert die Beitrittsgespräche mit Albanien."),
    ("fr", "La Bulgarie bloque les pourparlers avec l'Albanie."),
    ("es", "Bulgaria bloquea las conversaciones con Albania."),
])
def test_talks_one_blocks_are_no_meeting_of_its_own(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not make_doc(text, lang).meetings


def test_a_protest_after_a_summons_is_a_deed_of_its_own(make_doc: MakeDoc) -> None:
    """"… einbestellt und gegen die Übungen protestiert": the protest closes the clause, but it is
    the ministry's next deed, not a refusal of the summons."""
    text = ("Am Montag hatte das japanische Außenministerium den russischen Botschafter Nikolai Nosdrjow "
            "einbestellt und gegen die Übungen protestiert.")
    assert make_doc(text, "de").meetings
