"""Money given or asked for with no purpose named is economic aid: a sum with its currency
("600 Millionen Euro", "$500 million", "40 millions d'euros") or funds ("more funding", "fondos").
It is a weak topic: a purpose named beside it wins ("in humanitarian aid"), and a number of people
or things ("two million people") is no money.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text", "holder", "stance"), [
    ("en", "Japan pledged $500 million to the country.", "state/japan", "offer"),
    ("de", "Die EU sagte Syrien 600 Millionen Euro zu.", "org/eu", "offer"),
    ("fr", "La France a promis 40 millions d'euros au Liban.", "state/france", "offer"),
    ("es", "España prometió ocho millones de euros a Haití.", "state/spain", "offer"),
    ("en", "Kenya called for more funding for the mission.", "state/kenya", "demand"),
    ("es", "Haití pidió a los países europeos que aporten fondos a la misión.", "state/haiti", "demand"),
])
def test_money_without_purpose_is_economic_aid(
    make_doc: MakeDoc, lang: str, text: str, holder: str, stance: str
) -> None:
    assert (holder, stance, "economic-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japan pledged $500 million in humanitarian aid."),
    ("es", "España prometió ocho millones de euros en ayuda humanitaria."),
    ("fr", "L'Union européenne a débloqué une aide d'urgence de 5 millions d'euros."),
    ("es", "La Comisión Europea anunció 1,5 millones de euros en ayuda de emergencia."),
    ("en", "Japan announced an emergency grant of $3 million."),
    ("de", "Deutschland sagte 20 Millionen Euro Nothilfe zu."),
])
def test_money_with_a_purpose_takes_the_purpose(make_doc: MakeDoc, lang: str, text: str) -> None:
    topics = {f[2] for f in _facts(make_doc(text, lang))}
    assert topics == {"humanitarian-aid"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Präsident Xi Jinping hatte von den 88 Millionen Parteimitgliedern mehr Disziplin gefordert."),
    ("en", "Guterres urged the two million people in the camps to stay calm."),
    ("fr", "Le PAM réclame de l'aide pour 5,7 millions d'Haïtiens."),
])
def test_money_a_number_of_people_is_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert "economic-aid" not in {f[2] for f in _facts(make_doc(text, lang))}
