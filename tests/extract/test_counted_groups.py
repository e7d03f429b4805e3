"""A counted group of states ("the three countries", "die drei Staaten", "les trois pays", "los
tres países") holds a stance as the states the article last named together in that number.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

TROIKA = {"state/united-states", "state/united-kingdom", "state/norway"}


def _holders(doc: Document, topic: str) -> set[str]:
    return {p.holder for p in doc.positions if p.topic == topic}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The United States, Britain and Norway voiced concern on Tuesday. In a joint statement, the "
           "three countries urged the government in Juba to hold the elections on time."),
    ("de", "Die USA, Großbritannien und Norwegen äußerten sich am Dienstag besorgt. In einer gemeinsamen "
           "Erklärung drängten die drei Staaten die Regierung in Juba, den Wahltermin einzuhalten."),
    ("de", "Die USA, Großbritannien und Norwegen äußerten sich am Dienstag besorgt. Die drei Staaten "
           "forderten die Regierung in Juba auf, die Wahlen abzuhalten."),
    ("fr", "Les États-Unis, le Royaume-Uni et la Norvège se sont inquiétés mardi. Dans une déclaration "
           "commune, les trois pays ont exhorté Juba à organiser les élections à temps."),
    ("es", "Estados Unidos, el Reino Unido y Noruega expresaron el martes su preocupación. En un comunicado "
           "conjunto, los tres países instaron a Yuba a celebrar las elecciones a tiempo."),
])
def test_counted_groups_stand_for_the_states_named_together(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _holders(make_doc(text, lang), "elections") == TROIKA


@pytest.mark.parametrize(("lang", "text"), [
    # the group is the object, not the subject
    ("en", "The United States, Britain and Norway voiced concern. Sudan urged the three countries to "
           "back the elections."),
    ("fr", "Les États-Unis, le Royaume-Uni et la Norvège se sont inquiétés. Le Soudan a exhorté les trois "
           "pays à soutenir les élections."),
])
def test_counted_groups_as_object_hold_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not _holders(make_doc(text, lang), "elections") & TROIKA


@pytest.mark.parametrize(("lang", "text"), [
    # two states named together, not three: the group is not theirs
    ("en", "The United States and Britain voiced concern. The three countries urged Sudan to hold "
           "the elections."),
    ("es", "Estados Unidos y el Reino Unido expresaron su preocupación. Los tres países instaron a Sudán "
           "a celebrar las elecciones."),
])
def test_counted_groups_need_that_number_named_together(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not _holders(make_doc(text, lang), "elections") >= {"state/united-states", "state/united-kingdom"}
