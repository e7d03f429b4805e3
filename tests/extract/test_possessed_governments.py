"""A government noun after a possessive belongs to whom the possessive points to: "Chad hosts …
Its authorities demand …" are Chad's authorities (the state in force), as "Rasmussen said his
government …" is Denmark's, not the state the story names most.

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
        ("Chad hosts more than a million Sudanese refugees. Its authorities are demanding more humanitarian "
         "aid.", "en"),
        ("Der Tschad beherbergt mehr als eine Million sudanesische Flüchtlinge. Seine Behörden fordern mehr "
         "humanitäre Hilfe.", "de"),
        ("Le Tchad accueille plus d'un million de réfugiés soudanais. Ses autorités réclament davantage "
         "d'aide humanitaire.", "fr"),
        ("Le Tchad accueille plus d'un million de réfugiés soudanais. Son gouvernement réclame davantage "
         "d'aide humanitaire.", "fr"),
        ("Chad acoge a más de un millón de refugiados sudaneses. Sus autoridades reclaman más ayuda "
         "humanitaria.", "es"),
    ],
)
def test_a_possessed_government_is_the_state_in_force(make_doc: MakeDoc, text: str, lang: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert found == {("state/chad", "demand", "humanitarian-aid")}
