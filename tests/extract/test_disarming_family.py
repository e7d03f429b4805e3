"""Storing or freezing an armed group's weapons, and the state's monopoly on arms, are what the
guide calls limits on armed forces (military-limits: disarming a militia), not weapons supplied
(military-aid), in every language.

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
        ("Die Hamas hat angeboten, schwere Waffen unter ägyptischer Aufsicht einzulagern.", "de"),
        ("Hamas offered to store its heavy weapons under Egyptian supervision.", "en"),
        ("Le Hamas s'est dit prêt à stocker ses armes sous supervision arabe.", "fr"),
        ("Hamás se declara dispuesto a congelar o almacenar sus armas bajo supervisión árabe.", "es"),
        ("Premier Nawaf Salam forderte, das Waffenmonopol des Staates durchzusetzen.", "de"),
        ("Egypt proposed that Hamas place its heavy weapons in storage under Egyptian supervision.", "en"),
    ],
)
def test_storing_an_armed_groups_weapons_limits_them(make_doc: MakeDoc, text: str, lang: str) -> None:
    topics = {p.topic for p in make_doc(text, lang).positions}
    assert "military-limits" in topics
    assert "military-aid" not in topics
