"""Collective actors no gazetteer names: a state's opposition, rebels, parliament."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Syria rejected new talks. The Syrian opposition demanded a ceasefire."),
    ("de", "Syrien lehnte neue Gespräche ab. Die syrische Opposition forderte eine Waffenruhe."),
    ("fr", "La Syrie a rejeté de nouveaux pourparlers. L'opposition syrienne a exigé un cessez-le-feu."),
    ("es", "Siria rechazó nuevas conversaciones. La oposición siria exigió un alto el fuego."),
])
def test_collectives_opposition_is_one_actor_in_every_language(make_doc: MakeDoc, lang: str,
                                                               text: str) -> None:
    doc = make_doc(text, lang)
    assert "org/syria-opposition" in doc.actors
    assert ("org/syria-opposition", "demand", "ceasefire") in {
        (p.holder, p.stance, p.topic) for p in doc.positions
    }


def test_collectives_take_the_state_of_the_story(make_doc: MakeDoc) -> None:
    doc = make_doc("Venezuela held talks in Oslo. The opposition called for elections.", "en")
    assert "org/venezuela-opposition" in doc.actors


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia's opposition to the plan is well known."),
    ("en", "Russia voiced opposition to the plan."),
    ("de", "Russland äußerte Opposition gegen den Plan."),
])
def test_collectives_a_stance_noun_is_no_actor(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not [k for k in make_doc(text, lang).actors if k.endswith("opposition")]
