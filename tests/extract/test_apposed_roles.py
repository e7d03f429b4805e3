"""A role set off by a comma right after a person's name, with what it heads after it ("Karim
Belkacem, the foreign minister of Algeria") or closed by a comma ("Guterres, a Portuguese
diplomat, called …"), describes that person: it refers to no other office holder, neither one the
gazetteer knows nor one named before, and its adjective of nationality acts for no state.

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
        ("Kanzler Friedrich Merz telefonierte am Montag mit Karim Belkacem, Außenminister von "
         "Algerien.", "de"),
        ("Chancellor Friedrich Merz spoke on Monday with Karim Belkacem, the foreign minister of "
         "Algeria.", "en"),
        ("Le chancelier Friedrich Merz s'est entretenu lundi avec Karim Belkacem, ministre des Affaires "
         "étrangères de l'Algérie.", "fr"),
        ("El canciller Friedrich Merz habló el lunes con Karim Belkacem, ministro de Exteriores de "
         "Argelia.", "es"),
    ],
)
def test_an_apposed_role_names_no_other_office_holder(make_doc: MakeDoc, text: str, lang: str) -> None:
    meetings = make_doc(text, lang).meetings
    assert [sorted(m.participants) for m in meetings] == [["person/friedrich-merz", "person/karim-belkacem"]]


def test_an_apposed_role_refers_back_to_no_one_named_before(make_doc: MakeDoc) -> None:
    text = "Emmanuel Macron a reçu jeudi Emmanuel Tjibaou, président de l'Union calédonienne."
    doc = make_doc(text, "fr")
    role_at = text.index("président")
    assert not [m for m in doc.mentions if m.start == role_at and m.key == "person/emmanuel-macron"]


def test_a_role_without_an_owner_after_a_name_may_still_be_a_speaker(make_doc: MakeDoc) -> None:
    text = (
        "President Emmanuel Macron spoke with Chancellor Friedrich Merz. Russia must withdraw its troops "
        "from Ukraine, the president said."
    )
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, "en").positions}
    assert ("person/emmanuel-macron", "demand", "troop-withdrawal") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Grossi s'est entretenu lundi avec le patron de Rosatom, Alexeï Likhatchev.", "fr"),
        ("Grossi spoke on Monday with Rosatom chief Alexei Likhachev.", "en"),
        ("Grossi habló el lunes con el jefe de Rosatom, Alexéi Lijachov.", "es"),
    ],
)
def test_the_head_of_a_company_introduces_the_name_after_it(make_doc: MakeDoc, text: str, lang: str) -> None:
    """"le patron de …", "the … chief", "el jefe de …": the name the head's title introduces is a person."""
    doc = make_doc(text, lang)
    assert any(m.kind == "Person" and m.surface.startswith("Ale") for m in doc.mentions)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("UN-Generalsekretär Antonio Guterres traf am Montag in Tripolis ein. Guterres, ein "
         "portugiesischer Diplomat, forderte Wahlen noch in diesem Jahr.", "de"),
        ("UN Secretary-General Antonio Guterres arrived in Tripoli on Monday. Guterres, a Portuguese "
         "diplomat, called for elections before the end of the year.", "en"),
        ("Le secrétaire général de l'ONU, Antonio Guterres, est arrivé lundi à Tripoli. Guterres, "
         "diplomate portugais, a réclamé des élections avant la fin de l'année.", "fr"),
        ("El secretario general de la ONU, Antonio Guterres, llegó el lunes a Trípoli. Guterres, "
         "diplomático portugués, pidió elecciones antes de fin de año.", "es"),
    ],
)
def test_a_closed_apposition_describes_the_person_and_acts_for_no_state(
    make_doc: MakeDoc, text: str, lang: str
) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "elections"}
    assert holders == {"person/antonio-guterres"}


def test_a_role_closed_by_a_comma_before_and_is_the_next_of_a_list(make_doc: MakeDoc) -> None:
    """"Guterres, the Portuguese president, and …" lists two persons: the role is not Guterres."""
    text = (
        "Antonio Guterres arrived in Lisbon on Monday. Guterres, the Portuguese president, and the "
        "Spanish prime minister called for elections."
    )
    role_at = text.index("president,")
    doc = make_doc(text, "en")
    assert not [m for m in doc.mentions if m.start == role_at and m.key == "person/antonio-guterres"]
