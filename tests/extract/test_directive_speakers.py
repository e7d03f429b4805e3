"""A verb that asks another to act reports what follows as its subject's words, as a verb of
saying does: "Lawrow verlangte, die Ukraine müsse …" is Lawrow's demand, and a German modal of
reported speech in the next sentence ("Israel müsse …") goes on in the words of whoever asked.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _found(doc: Document) -> set[tuple[str, str, str, str | None]]:
    return {(p.holder, p.stance, p.topic, p.target) for p in doc.positions}


@pytest.mark.parametrize(
    "text",
    [
        "Außenminister Sergej Lawrow verlangte, die Ukraine müsse auf einen NATO-Beitritt verzichten.",
        "Außenminister Sergej Lawrow forderte am Montag, die Ukraine müsse auf einen Beitritt zur NATO "
        "verzichten.",
        "Außenminister Sergej Lawrow pochte darauf, die Ukraine müsse auf einen NATO-Beitritt verzichten.",
    ],
)
def test_a_directive_verb_reports_the_clause_after_it(make_doc: MakeDoc, text: str) -> None:
    found = _found(make_doc(text, "de"))
    assert ("person/sergey-lavrov", "demand", "alliance-membership", "state/ukraine") in found
    assert not {h for h, *_ in found} - {"person/sergey-lavrov"}


def test_reported_speech_goes_on_after_a_directive_verb(make_doc: MakeDoc) -> None:
    text = (
        "Präsident Joseph Aoun appellierte in Paris an die Geberländer, rasch zu zahlen. Israel müsse "
        "seine Soldaten von den Hügeln im Süden abziehen."
    )
    found = _found(make_doc(text, "de"))
    assert ("person/joseph-aoun", "demand", "troop-withdrawal", "state/israel") in found


def test_no_speaker_goes_on_after_a_sentence_that_asks_nothing(make_doc: MakeDoc) -> None:
    text = (
        "Kanzler Friedrich Merz traf am Montag Präsident Emmanuel Macron. Die Sanktionen gegen "
        "Russland müssten verschärft werden."
    )
    assert not make_doc(text, "de").positions


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        ("Foreign Minister Penny Wong demanded: China must lift its sanctions on Australian wine.", "en",
         "person/penny-wong"),
        ("Le ministre Jean-Noël Barrot a exigé : la Russie doit lever ses sanctions contre l'Ukraine.", "fr",
         "person/jean-noel-barrot"),
        ("El canciller José Manuel Albares exigió: Rusia debe levantar sus sanciones contra Ucrania.", "es",
         "person/jose-manuel-albares"),
    ],
)
def test_who_asks_holds_what_must_be_done_in_every_language(
    make_doc: MakeDoc, text: str, lang: str, holder: str
) -> None:
    found = _found(make_doc(text, lang))
    assert any(h == holder and s == "demand" and t == "sanctions" for h, s, t, _ in found)
