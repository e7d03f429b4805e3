"""A French or Spanish stance phrase that ends in a preposition also reads the preposition fused
with the article after it (morphology.yml contractions): "ouvert à" reads "ouvert au dialogue"
and "ouverte aux négociations", "dispuesto a" reads "dispuesto al diálogo".

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "lang", "holder"),
    [
        ("Moscou reste « ouvert au dialogue » avec Bakou, a assuré Dmitri Peskov.", "fr", "state/russia"),
        ("La Russie reste ouverte aux négociations avec Kiev, a dit Dmitri Peskov.", "fr", "state/russia"),
        ("El Gobierno de Venezuela se mostró dispuesto al diálogo con Colombia.", "es", "state/venezuela"),
    ],
)
def test_a_fused_preposition_ends_the_phrase(make_doc: MakeDoc, text: str, lang: str, holder: str) -> None:
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert (holder, "support", "negotiations") in found
