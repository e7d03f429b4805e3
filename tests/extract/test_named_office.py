"""A role phrase that refers back ("the Haitian head of government", "el jefe del Gobierno
haitiano") is the person the article named in that office, before any office holder the gazetteer
knows, who may have left the office; a possessive state before a role ("Haiti's prime minister,
…") names the state of that office.

The person in these sentences is invented, so that no gazetteer entry can answer for the article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El primer ministro de Haití, Jean-Baptiste Morelle, visitó Madrid. El jefe del Gobierno haitiano "
     "pidió a los países europeos que aporten ayuda humanitaria."),
    ("en", "Haiti's prime minister, Jean-Baptiste Morelle, visited Madrid. The Haitian head of government "
     "called on European countries to send humanitarian aid."),
    ("en", "The prime minister of Haiti, Jean-Baptiste Morelle, visited Madrid. Haiti's prime minister "
     "called on European countries to send humanitarian aid."),
    ("de", "Haitis Ministerpräsident Jean-Baptiste Morelle besuchte Madrid. Der haitianische Regierungschef "
     "forderte mehr humanitäre Hilfe."),
    ("fr", "Le premier ministre haïtien, Jean-Baptiste Morelle, était à Madrid. Le chef du gouvernement "
     "haïtien a réclamé davantage d'aide humanitaire."),
])
def test_office_named_in_the_article_holds(make_doc: MakeDoc, lang: str, text: str) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "humanitarian-aid"}
    assert len(holders) == 1
    assert "morell" in holders.pop()  # an unknown name is keyed by a folded spelling


def test_office_unnamed_in_the_article_is_the_gazetteers(make_doc: MakeDoc) -> None:
    doc = make_doc("Der russische Präsident forderte eine Waffenruhe.", "de")
    assert {(p.holder, p.topic) for p in doc.positions} == {("person/vladimir-putin", "ceasefire")}
