"""Who is told is no speaker: in "…, with Foreign Minister Toshimitsu Motegi telling his Chinese
counterpart Wang Yi that …" Wang Yi is the addressee of the speech verb, so the stance before
stays Japan's and is not dropped as told by another side.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    "text",
    [
        "Japan on Tuesday called on China to lift its ban on Japanese seafood imports, with Foreign Minister "
        "Toshimitsu Motegi telling his Chinese counterpart Wang Yi that the ban had no scientific basis.",
        "Japan called on China to lift its ban on seafood imports, Foreign Minister Toshimitsu Motegi told "
        "his Chinese counterpart Wang Yi.",
    ],
)
def test_the_addressee_of_a_speech_verb_tells_nothing(make_doc: MakeDoc, text: str) -> None:
    holders = {p.holder for p in make_doc(text, "en").positions if p.topic == "trade"}
    assert holders and holders <= {"state/japan", "person/toshimitsu-motegi"}
