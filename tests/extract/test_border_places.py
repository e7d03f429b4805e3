"""A border named as a place or a facility ("the border crossings", "die Grenzstadt", "les
postes-frontières", "los pasos fronterizos") and a state's own land named as a place ("on its
territory", "en su territorio") are no question of territory; a border or land at issue still is.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _topics(doc: Document) -> set[str]:
    return {p.topic for p in doc.positions}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Außenminister Badr Abdelatty forderte, die Grenzübergänge für Hilfslieferungen zu öffnen.", "de"),
        ("Foreign Minister Badr Abdelatty urged Israel to reopen the border posts for aid deliveries.", "en"),
        ("Le ministre Badr Abdelatty a exigé la réouverture des postes-frontières pour l'aide humanitaire.",
         "fr"),
        ("El canciller Badr Abdelatty exigió reabrir los pasos fronterizos a la ayuda humanitaria.", "es"),
    ],
)
def test_a_border_facility_is_no_territory(make_doc: MakeDoc, text: str, lang: str) -> None:
    topics = _topics(make_doc(text, lang))
    assert "humanitarian-aid" in topics
    assert "territory" not in topics


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Präsidentin Claudia Sheinbaum lehnte jede Militäroperation auf ihrem Territorium ab.", "de"),
        ("President Claudia Sheinbaum rejected any military operation by US forces on its territory.", "en"),
        ("La présidente Claudia Sheinbaum a rejeté toute opération militaire sur son territoire.", "fr"),
        ("La presidenta Claudia Sheinbaum rechazó cualquier operación militar en su territorio.", "es"),
    ],
)
def test_own_land_as_a_place_is_no_territory(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert "territory" not in _topics(make_doc(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Präsident Wolodymyr Selenskyj lehnte jede Abtretung von Gebiet ab.", "de"),
        ("President Volodymyr Zelensky rejected any change to the border with Russia.", "en"),
        ("Le président Volodymyr Zelensky a rejeté toute cession de territoire.", "fr"),
        ("El presidente Volodímir Zelenski rechazó cualquier cesión de territorio.", "es"),
    ],
)
def test_land_at_issue_is_still_territory(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert "territory" in _topics(make_doc(text, lang))
