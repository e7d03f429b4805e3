"""A demand verb that may assert ("insist") followed by a clause about its holder's own side
tells what that side will do — a commitment, not a demand, as no one asks a thing of itself:
"Starmer insisted that Britain would keep cooperating with China on trade" supports trade.
With another actor in that clause it still asks ("insisted that China must stop …").

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
        ("Keir Starmer insisted that Britain would keep cooperating with China on trade.", "en"),
        ("Keir Starmer insisted that he would keep cooperating with China on trade.", "en"),
        ("Keir Starmer bestand darauf, dass Großbritannien weiter mit China beim Handel zusammenarbeiten "
         "werde.", "de"),
        ("Keir Starmer insistió en que el Reino Unido seguirá cooperando con China en comercio.", "es"),
    ],
)
def test_insisting_on_ones_own_act_is_no_demand(make_doc: MakeDoc, text: str, lang: str) -> None:
    found = {(p.holder, p.stance) for p in make_doc(text, lang).positions}
    assert ("person/keir-starmer", "demand") not in found
    assert ("person/keir-starmer", "support") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Keir Starmer insisted that China must stop its cyber attacks.", "en"),
        ("Keir Starmer bestand darauf, dass China seine Cyberangriffe einstellt.", "de"),
        ("Keir Starmer insistió en que China detenga sus ciberataques.", "es"),
        ("Keir Starmer a insisté pour que la Chine cesse ses cyberattaques.", "fr"),
    ],
)
def test_insisting_on_anothers_act_still_asks(make_doc: MakeDoc, text: str, lang: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("person/keir-starmer", "demand", "cyber") in found
