"""Whom a person introduced by a role acts for.

A role owned by a place that is no state ("Somalilands Präsident", "le président du Somaliland")
serves that place, not a state named elsewhere in the sentence: with no state of its own the
person still meets the state's representatives. A comma and a verb's words ("X, a rencontré des
représentants des Émirats") open a clause, no apposition whose role would say whom X serves.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

_PERSON = "person/abdirahman-mohamed-abdullahi"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Somalilands Präsident Abdirahman Mohamed Abdullahi war in Abu Dhabi mit Vertretern der "
           "Vereinigten Arabischen Emirate zusammengetroffen."),
    ("fr", "Le président du Somaliland, Abdirahman Mohamed Abdullahi, a rencontré des représentants des "
           "Émirats arabes unis à Abou Dhabi."),
    ("es", "El presidente de Somalilandia, Abdirahman Mohamed Abdullahi, se reunió con representantes de "
           "los Emiratos Árabes Unidos en Abu Dabi."),
])
def test_a_role_owned_by_a_place_serves_no_other_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert doc.actors[_PERSON].represents != "state/united-arab-emirates"
    assert [sorted(m.participants) for m in doc.meetings] == [["delegation/united-arab-emirates", _PERSON]]


def test_a_state_named_as_a_place_still_owns_its_king(make_doc: MakeDoc) -> None:
    doc = make_doc("Kerry traf in Jordanien auch König Abdullah II.", "de")
    assert doc.actors["person/abdullah-i"].represents == "state/jordan"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El ministro principal de Gibraltar, Fabian Picardo, urgió a España a acelerar la ratificación."),
    ("fr", "Le ministre principal de Gibraltar, Fabian Picardo, a exhorté l'Espagne à accélérer "
           "la ratification."),
])
def test_an_adjective_after_the_role_noun_then_its_owner(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A Romance adjective after the role noun, before its owner ("ministro principal de …"),
    still lets the role introduce the name after the comma."""
    assert "person/fabian-picardo" in {m.key for m in make_doc(text, lang).mentions}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "En Kiev, el comisionado de Derechos Humanos del Parlamento ucraniano, Dmytró Lubinets, habló. "
           "Exige a Moscú que extienda el alto el fuego."),
    ("en", "In Kyiv, the commissioner for human rights of the Ukrainian parliament, Dmytro Lubinets, spoke. "
           "He demanded that Moscow extend the ceasefire."),
    ("fr", "À Kiev, le commissaire aux droits de l'homme du Parlement ukrainien, Dmytro Lubinets, a parlé. "
           "Il exige que Moscou prolonge le cessez-le-feu."),
])
def test_a_long_owner_chain_still_introduces_the_name(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A role with a chain of owners ("comisionado de Derechos Humanos del Parlamento ucraniano")
    introduces the name after the comma, and the owner inside it is no subject of its own."""
    doc = make_doc(text, lang)
    assert {p.holder for p in doc.positions} == {"person/dmytro-lubinets"}
