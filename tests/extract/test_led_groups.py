"""A group led by named actors holds its stance as they do: "a group of countries led by Norway
and Rwanda demands …", "eine von Norwegen und Ruanda angeführte Gruppe fordert …", "un groupe
mené par la Norvège et le Rwanda réclame …", "un grupo encabezado por Noruega y Ruanda reclama
…". An actor named before the phrase is the subject ("Ukraine, led by Zelensky, demanded …").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A group of more than 100 countries led by Norway and Rwanda is demanding a ceasefire."),
    ("de", "Eine von Norwegen und Ruanda angeführte Gruppe von 100 Staaten fordert eine Waffenruhe."),
    ("fr", "Un groupe d'une centaine de pays mené par la Norvège et le Rwanda réclame un cessez-le-feu."),
    ("es", "Un grupo de países encabezado por Noruega y Ruanda reclama un alto el fuego."),
])
def test_the_leaders_of_a_group_hold_its_stance(make_doc: MakeDoc, lang: str, text: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert found == {("state/norway", "demand", "ceasefire"), ("state/rwanda", "demand", "ceasefire")}


def test_a_named_subject_keeps_its_stance(make_doc: MakeDoc) -> None:
    found = {p.holder for p in make_doc("Ukraine, led by Zelensky, demanded a ceasefire.", "en").positions}
    assert found == {"state/ukraine"}
