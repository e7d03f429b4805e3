"""A condition of time ("will only withdraw when Hamas has handed over its weapons") is a demand of
the main clause's subject: what must happen first is asked of the other side, and the stance word
inside the condition states nothing of its own. English ("only … when") and German ("erst …
wenn") had it; French and Spanish have it too.

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
        ("Israel will only withdraw its forces when Hamas has handed over its weapons.", "en"),
        ("Israel will seine Truppen erst abziehen, wenn die Hamas ihre Waffen abgegeben hat.", "de"),
        ("Israël ne retirera ses troupes que lorsque le Hamas aura remis ses armes.", "fr"),
        ("Israel solo replegará sus fuerzas cuando Hamás haya entregado sus armas.", "es"),
    ],
)
def test_a_condition_of_time_is_the_main_subjects_demand(make_doc: MakeDoc, text: str, lang: str) -> None:
    found = {(p.holder, p.stance) for p in make_doc(text, lang).positions}
    assert ("state/israel", "demand") in found
    assert not {h for h, _ in found} - {"state/israel"}  # Hamas hands over nothing here


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Israel replegará sus fuerzas cuando termine la operación.", "es"),
        ("Le ministre ne parlera que lorsque la réunion sera terminée.", "fr"),
    ],
)
def test_a_time_clause_without_a_stance_asks_nothing(make_doc: MakeDoc, text: str, lang: str) -> None:
    assert make_doc(text, lang).positions == ()
