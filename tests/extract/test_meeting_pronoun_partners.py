"""A person pronoun as the object of a meeting or calling verb stands for the last person told
of before who is not the subject: "Erdogan telephoned him", "rief ihn an", "l'a appelé", "lo
llamó", "met with him", "con él". A possessive is no object ("met her counterpart"), "called him
a great leader" names him, and an elided article is no clitic ("l'opposition a appelé
Washington à …").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]

_BOTH = ["person/emmanuel-macron", "person/friedrich-merz"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chancellor Friedrich Merz returned early. President Emmanuel Macron telephoned him on Tuesday "
           "and said France stood ready to help."),
    ("en", "Chancellor Merz arrived in Paris. Macron met with him on Tuesday."),
    ("de", "Bundeskanzler Friedrich Merz kehrte früher zurück. "
           "Präsident Emmanuel Macron rief ihn am Dienstag an."),
    ("de", "Kanzler Merz kam nach Paris. Macron traf sich mit ihm am Dienstag."),
    ("fr", "Le chancelier Friedrich Merz est rentré plus tôt. "
           "Le président Emmanuel Macron l'a appelé mardi."),
    ("fr", "Le chancelier Merz est arrivé à Paris. Emmanuel Macron s'est entretenu avec lui mardi."),
    ("es", "El canciller Friedrich Merz regresó antes. El presidente Emmanuel Macron lo llamó el martes."),
    ("es", "El canciller Merz llegó a París. Emmanuel Macron se reunió con él el martes."),
    ("es", "El canciller Merz llegó a París. Emmanuel Macron lo recibió el martes."),
])
def test_a_pronoun_object_is_the_person_told_of_before(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert [sorted(m.participants) for m in make_doc(text, lang).meetings] == [_BOTH]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Chancellor Friedrich Merz spoke in Berlin. Macron met her counterpart on Tuesday."),
    ("en", "Chancellor Friedrich Merz spoke in Berlin. Emmanuel Macron called him a great leader."),
    ("fr", "Le chancelier Friedrich Merz a parlé à Berlin. L'opposition a appelé Emmanuel Macron à agir."),
])
def test_no_pronoun_object(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _BOTH not in [sorted(m.participants) for m in make_doc(text, lang).meetings]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Friedrich Merz kam nach Paris. Emmanuel Macron telefonierte am Montag mit Luiz Inácio Lula da "
           "Silva, und Jean-Noël Barrot traf ihn am Dienstag."),
    ("en", "Friedrich Merz arrived in Paris. Emmanuel Macron spoke with Lula on Monday, and Jean-Noël "
           "Barrot met him on Tuesday."),
])
def test_a_pronoun_in_a_second_main_clause(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A main clause of its own is read as a meeting unit, not a whole sentence: its pronoun is
    found from the sentence the unit belongs to (this raised ValueError before)."""
    met = [sorted(m.participants) for m in make_doc(text, lang).meetings]
    assert ["person/jean-noel-barrot", "person/luiz-inacio-lula-da-silva"] in met
