"""Romance news names a state by a journalist's synonym of its adjective as often as by the usual
one: "la diplomatie nippone", "el canciller nipón", "el presidente galo", "el canciller
germano", "el primer ministro hebreo", "l'État hébreu". They stand for the state as the usual
adjective does (data/gazetteer/curated/states.yml).

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("Le gouvernement nippon a exigé la levée des sanctions chinoises.", "fr", "state/japan"),
        ("La cancillería nipona exigió a China levantar las sanciones.", "es", "state/japan"),
        ("Le gouvernement helvétique a proposé une médiation.", "fr", "state/switzerland"),
        ("El Gobierno galo exigió a Rusia levantar las sanciones.", "es", "state/france"),
        ("El Gobierno germano exigió a Rusia levantar las sanciones.", "es", "state/germany"),
        ("L'État hébreu a rejeté le cessez-le-feu.", "fr", "state/israel"),
        ("El Estado hebreo rechazó el alto el fuego.", "es", "state/israel"),
    ],
)
def test_a_stylistic_adjective_names_its_state(make_doc: MakeDoc, text: str, lang: str, state: str) -> None:
    doc = make_doc(text, lang)
    assert state in doc.actors
    assert state in {p.holder for p in doc.positions}
