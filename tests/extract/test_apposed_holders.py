"""A person named in apposition after a role and its owner ("Die Vorsitzende der oppositionellen
Demokratischen Partei, Elly Schlein, verlangte …", "The leader of the opposition Democratic
Party, Elly Schlein, demanded …") holds the stance; the owner names the post, as "le porte-parole
du Kremlin Dmitri Peskov" does, even where the rest of the owner's name stands between.

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
        ("Die Vorsitzende der oppositionellen Demokratischen Partei, Elly Schlein, verlangte die Schließung "
         "der Flüchtlingslager.", "de"),
        ("The leader of the opposition Democratic Party, Elly Schlein, demanded the closure of the migrant "
         "camps.", "en"),
        ("La cheffe du Parti démocrate d'opposition, Elly Schlein, a exigé la fermeture des camps de "
         "migrants.", "fr"),
        ("La líder del opositor Partido Demócrata, Elly Schlein, exigió el cierre de los campos de "
         "migrantes.", "es"),
    ],
)
def test_the_apposed_name_holds_the_stance(make_doc: MakeDoc, text: str, lang: str) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "migration"}
    assert holders == {"person/elli-shleyn"}
