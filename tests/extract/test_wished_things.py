"""A wish that names a thing asks for it ("Brazil wants a lower tariff", "la France veut une
baisse des droits de douane", "Brasil quiere una rebaja de los aranceles"): what another must grant
is a demand. A wish that names an act of the subject's own ("wants to deepen ties", "quiere
ampliar el canal", "souhaite par ailleurs réunir …") stays its support.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        ("Brazil wants a lower tariff in return.", "en", "state/brazil"),
        ("La France veut une baisse des droits de douane.", "fr", "state/france"),
        ("Brasil quiere una rebaja de los aranceles.", "es", "state/brazil"),
    ],
)
def test_a_wish_for_a_thing_is_a_demand(make_doc: MakeDoc, text: str, lang: str, holder: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert found == {(holder, "demand", "trade")}


@pytest.mark.parametrize(
    ("text", "lang", "holder", "topic"),
    [
        ("Russia wants to deepen cooperation with India.", "en", "state/russia", "bilateral-relations"),
        ("Le Japon souhaite par ailleurs réunir les dirigeants chinois et sud-coréen pour un sommet.", "fr",
         "state/japan", "negotiations"),
        ("La Belgique a voulu tourner la page des relations difficiles.", "fr", "state/belgium",
         "bilateral-relations"),
    ],
)
def test_a_wish_to_act_oneself_stays_support(
    make_doc: MakeDoc, text: str, lang: str, holder: str, topic: str
) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert (holder, "support", topic) in found
