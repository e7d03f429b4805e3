"""A definite "the decision", "den Beschluss", "la décision", "la decisión" as the bare object of
a stance, closing its clause, refers back to what the sentence before told, as "this decision"
does; with words of its own after it ("the decision of the court", "la mesure chinoise") it
names something else.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU imposed sanctions on Russia. Belgium welcomed the decision."),
    ("en", "The EU imposed sanctions on Russia. Belgium welcomed the move but called it too weak."),
    ("de", "Die EU verhängte Sanktionen gegen Russland. Belgien begrüßte den Beschluss."),
    ("de", "Die EU verhängte Sanktionen gegen Russland. Belgien begrüßte die Entscheidung, nannte sie aber "
           "zu schwach."),
    ("fr", "L'UE a imposé des sanctions à la Russie. La Belgique a salué la décision."),
    ("es", "La UE impuso sanciones a Rusia. Bélgica celebró la decisión, aunque la considera insuficiente."),
])
def test_a_bare_definite_object_refers_back(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/belgium", "support", "sanctions") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU imposed sanctions on Russia. Belgium welcomed the decision of the court in The Hague."),
    ("de", "Die EU verhängte Sanktionen gegen Russland. Belgien begrüßte die Entscheidung von 2019 erneut."),
    ("fr", "L'UE a imposé des sanctions à la Russie. La Belgique a salué la décision de la Cour."),
    ("es", "La UE impuso sanciones a Rusia. Bélgica celebró la decisión del tribunal."),
])
def test_a_definite_object_with_words_of_its_own_does_not(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert "state/belgium" not in {p.holder for p in make_doc(text, lang).positions}
