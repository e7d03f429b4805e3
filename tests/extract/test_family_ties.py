"""Ties between relatives or two persons are no relations between states: "once family ties are
established", "dès que les liens familiaux sont établis", "los lazos familiares", "familiäre
Bindungen" name no bilateral-relations topic; "ses liens avec la Chine" still does.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia is ready to strengthen family ties between the children and their parents."),
    ("fr", "La Russie est disposée à renforcer les liens familiaux des enfants."),
    ("es", "Rusia está dispuesta a reforzar los lazos familiares de los niños."),
    ("de", "Russland ist bereit, die familiären Bindungen der Kinder zu stärken."),
])
def test_family_ties_are_no_relations(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert "bilateral-relations" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Russie est disposée à renforcer ses liens avec la Chine."),
    ("en", "Russia is ready to strengthen its ties with China."),
])
def test_ties_between_states_are_relations(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert "bilateral-relations" in {p.topic for p in make_doc(text, lang).positions}
