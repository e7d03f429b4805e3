"""A modal of necessity in any tense is the speaker's demand: the lexicons name the modal verb by
its lemma ("devoir", "deber", "tener que", "have to", "need to"), so the future and the
conditional count as the present does, and the noun of the same lemma ("ses devoirs") does not.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Russie doit accepter un cessez-le-feu, a déclaré Emmanuel Macron."),
    ("fr", "La Russie devra accepter un cessez-le-feu, a déclaré Emmanuel Macron."),
    ("fr", "La Russie devrait accepter un cessez-le-feu, a déclaré Emmanuel Macron."),
    ("es", "Rusia deberá aceptar un alto el fuego, afirmó Emmanuel Macron."),
    ("es", "Rusia debería aceptar un alto el fuego, afirmó Emmanuel Macron."),
    ("es", "Rusia tendrá que aceptar un alto el fuego, afirmó Emmanuel Macron."),
    ("en", "Russia will have to accept a ceasefire, Emmanuel Macron said."),
    ("en", "Russia needs to accept a ceasefire, Emmanuel Macron said."),
])
def test_modals_any_tense_of_must_is_the_speakers_demand(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Who must act is asked; who says so demands it, whatever the modal's tense."""
    facts = _facts(make_doc(text, lang))
    assert ("person/emmanuel-macron", "demand", "ceasefire") in facts
    assert not {f for f in facts if f[0] == "state/russia"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Ukraine ne devra jamais céder de territoire, a déclaré Emmanuel Macron."),
    ("es", "Ucrania nunca deberá ceder territorio, afirmó Emmanuel Macron."),
])
def test_modals_a_prohibition_in_the_future_opposes_what_it_forbids(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert ("person/emmanuel-macron", "oppose", "territory") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Moldavie a fait ses devoirs et ne peut rester otage du conflit, a estimé Marta Kos."),
    ("es", "Moldavia ha hecho sus deberes y no puede quedar rehén de un conflicto ajeno, afirmó Marta Kos."),
    ("fr", "Les deux ministres devront se retrouver le mois prochain pour discuter du cessez-le-feu."),
    ("es", "Los dos ministros deberán reunirse el mes próximo para hablar del alto el fuego."),
])
def test_modals_the_noun_duty_and_a_timetable_are_no_demand(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"ses devoirs", "sus deberes" are homework, and a meeting that "devra se tenir" is a
    timetable: no position."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] == "demand"}
