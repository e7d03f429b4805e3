"""German compounds that open with "Öl" or with "Gas" and a head of trade or supply
("Öltransporte", "Ölembargo", "Rohöl", "Gaseinkauf", "Gastransit") are about energy; a word that
only begins with the letters of "Gas" ("Gastgeber", "Gasse") is not.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    "text",
    [
        "Außenminister Andrij Sybiha verlangte, die EU müsse jede Dienstleistung für russische Öltransporte "
        "untersagen.",
        "Präsidentin Maia Sandu sagte, Moldau werde Transnistrien beim Gaseinkauf unterstützen.",
        "Kanzler Friedrich Merz forderte ein Ende des russischen Gastransits durch die Ukraine.",
        "Kanzler Friedrich Merz forderte einen Preisdeckel für russisches Rohöl.",
    ],
)
def test_oil_and_gas_compounds_are_energy(make_doc: MakeDoc, text: str) -> None:
    assert "energy" in {p.topic for p in make_doc(text, "de").positions}


def test_a_host_is_no_gas(make_doc: MakeDoc) -> None:
    text = "Kanzler Friedrich Merz dankte dem Gastgeber Emmanuel Macron und sagte der Ukraine Waffen zu."
    assert "energy" not in {p.topic for p in make_doc(text, "de").positions}
