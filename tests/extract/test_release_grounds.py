"""A person's release is a question of prisoners ("called for his immediate release", "seine
Freilassung", "sa libération", "su liberación"), and a reason of mercy ("on humanitarian
grounds", "aus humanitären Gründen") names no humanitarian aid; a report's release is none.

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
        ("Foreign Secretary Yvette Cooper called for his immediate release on humanitarian grounds.", "en"),
        ("Außenministerin Yvette Cooper forderte seine Freilassung aus humanitären Gründen.", "de"),
        ("La ministre Yvette Cooper a réclamé sa libération pour raisons humanitaires.", "fr"),
        ("La ministra Yvette Cooper pidió su liberación por razones humanitarias.", "es"),
    ],
)
def test_a_release_on_humanitarian_grounds_is_prisoners(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert {p.topic for p in make_doc(text, lang).positions} == {"prisoners-hostages"}


def test_a_released_statement_is_no_release(make_doc: MakeDoc) -> None:
    text = "Foreign Secretary Yvette Cooper welcomed the report on the talks, whose release was delayed."
    assert "prisoners-hostages" not in {p.topic for p in make_doc(text, "en").positions}
