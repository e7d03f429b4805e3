"""States named as companions ("with the United States and Qatar") are not the group a counted
noun ("the two countries", "les deux pays") stands for: the group acts, its companions do not.

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
        ("Egypt and Turkey met in Cairo. Guarantors, with the United States and Qatar, of the ceasefire, the "
         "two countries demanded the withdrawal of Israeli forces.", "en"),
        ("L'Égypte et la Turquie se sont réunies au Caire. Garants, avec les États-Unis et le Qatar, du "
         "cessez-le-feu, les deux pays ont exigé le retrait des forces israéliennes.", "fr"),
        ("Egipto y Turquía se reunieron en El Cairo. Garantes, con Estados Unidos y Catar, del alto el "
         "fuego, los dos países exigieron la retirada de las fuerzas israelíes.", "es"),
    ],
)
def test_companions_are_not_the_counted_group(make_doc: MakeDoc, text: str, lang: str) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "troop-withdrawal"}
    assert holders == {"state/egypt", "state/turkey"}
