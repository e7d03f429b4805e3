"""Groups of states or leaders named by a region stand for the region's organisation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text", "org", "stance", "topic"), [
    ("en", "The Southern African Development Community met in Maputo. Southern African leaders "
           "rejected plans to hold elections in March.", "org/sadc", "reject", "elections"),
    ("en", "The Economic Community of West African States held a summit. West African leaders "
           "threatened Mali with sanctions.", "org/ecowas", "demand", "sanctions"),
    ("fr", "Le sommet de la Communauté économique des États de l'Afrique de l'Ouest s'est tenu samedi. "
           "Les dirigeants d'Afrique de l'Ouest ont menacé le Mali de sanctions.", "org/ecowas", "demand",
     "sanctions"),
    ("de", "Die Westafrikanische Wirtschaftsgemeinschaft tagte in Abuja. Die westafrikanischen "
           "Staatschefs forderten Neuwahlen in Mali.", "org/ecowas", "demand", "elections"),
    ("es", "La Comunidad de Desarrollo de África Austral se reunió en Maputo. Los líderes de África "
           "Austral rechazaron las elecciones anticipadas.", "org/sadc", "reject", "elections"),
])
def test_region_group_holds_through_the_organisation_of_the_article(
    make_doc: MakeDoc, lang: str, text: str, org: str, stance: str, topic: str
) -> None:
    doc = make_doc(text, lang)
    assert (org, stance, topic) in {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The World Bank published a report. World leaders called for a ceasefire."),
    ("fr", "L'Organisation mondiale du commerce a publié un rapport. Les dirigeants mondiaux ont exigé "
           "un cessez-le-feu."),
    ("es", "La Organización Mundial del Comercio publicó un informe. Los líderes mundiales exigieron un "
           "alto el fuego."),
])
def test_region_group_scope_words_name_no_organisation(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    assert not [m for m in doc.mentions if m.source.startswith("government:")]


def test_region_group_needs_the_organisation_in_the_article(make_doc: MakeDoc) -> None:
    doc = make_doc("Southern African leaders rejected plans to hold elections in March.", "en")
    assert "org/sadc" not in doc.actors
