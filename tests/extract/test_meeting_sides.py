"""A meeting of persons is a meeting of the states and organisations they act for (``Meeting.sides``,
written as ``dg:participant`` too): "meetings of Mexico"
finds the meeting of its president. Who met whom in the views stays the persons: a side that a
fellow participant represents in the same article is left out there.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from rdflib import URIRef

from diplograph.article import build_article
from diplograph.ids import actor_iri
from diplograph.model import Document
from diplograph.resources import Resources
from diplograph.store import GraphStore
from diplograph.views import actor_network, load_facts
from diplograph.vocab import DG

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio."),
    ("en", "Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Geneva "
     "on Monday."),
    ("fr", "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré lundi à Genève le "
     "secrétaire d'État américain Marco Rubio."),
    ("es", "El canciller ruso, Serguéi Lavrov, se reunió el lunes en Ginebra con el secretario de Estado "
     "estadounidense, Marco Rubio."),
])
def test_sides_are_the_states_the_persons_act_for(make_doc: MakeDoc, lang: str, text: str) -> None:
    [m] = make_doc(text, lang).meetings
    assert set(m.participants) == {"person/sergey-lavrov", "person/marco-rubio"}
    assert set(m.sides) == {"state/russia", "state/united-states"}


def test_sides_also_where_only_the_persons_are_named(make_doc: MakeDoc) -> None:
    [m] = make_doc("Lawrow traf am Montag in Genf Rubio.", "de").meetings
    assert set(m.sides) == {"state/russia", "state/united-states"}


def test_sides_none_for_a_state_taking_part_itself(make_doc: MakeDoc) -> None:
    [m] = make_doc("Russland und die Ukraine verhandelten am Montag in Istanbul.", "de").meetings
    assert m.sides == ()


def test_sides_are_participants_in_the_graph(resources: Resources) -> None:
    text = "Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio."
    built = build_article(text, "de", date(2025, 3, 4), res=resources)
    [meeting] = list(built.graph.subjects(DG.participant, actor_iri("state/russia")))
    taking_part = set(built.graph.objects(meeting, DG.participant))
    assert taking_part == {actor_iri(k) for k in ("person/sergey-lavrov", "person/marco-rubio",
                                                  "state/russia", "state/united-states")}


def test_sides_left_out_of_who_met_whom(resources: Resources) -> None:
    text = "Russlands Außenminister Sergej Lawrow traf am Montag in Genf US-Außenminister Marco Rubio."
    built = build_article(text, "de", date(2025, 3, 4), res=resources)
    with GraphStore() as store:
        store.replace_graph(URIRef(built.iri), built.graph)
        [m] = load_facts(store).meetings
        lavrov, rubio = (str(actor_iri(k)) for k in ("person/sergey-lavrov", "person/marco-rubio"))
        assert set(m.participants) == {lavrov, rubio}
        g = actor_network(store)
        met = {(u, v) for u, v, kind in g.edges(keys=True) if kind == "met"}
        assert met == {(lavrov, rubio)} or met == {(rubio, lavrov)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Thailand und Kambodscha haben eine Waffenruhe vereinbart. "
           "Die Verteidigungsminister beider Länder unterzeichneten am Montag in Kuala Lumpur "
           "eine Erklärung."),
    ("en", "Thailand and Cambodia agreed to a truce. "
           "The defence ministers of both countries signed a statement in Kuala Lumpur on Monday."),
    ("en", "Thailand and Cambodia agreed to a truce. "
           "Both sides signed a statement in Kuala Lumpur on Monday."),
    ("fr", "La Thaïlande et le Cambodge ont conclu une trêve. "
           "Les ministres de la Défense des deux pays ont signé lundi une déclaration à Kuala Lumpur."),
    ("es", "Tailandia y Camboya acordaron una tregua. "
           "Los ministros de Defensa de ambos países firmaron el lunes una declaración en Kuala Lumpur."),
])
def test_sides_both_countries_stand_for_the_two_named_together(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """With no meeting told before, "both countries" as the subject of a meeting word stands for
    the two states last named together."""
    doc = make_doc(text, lang)
    assert [(tuple(sorted(m.participants)), m.place) for m in doc.meetings] == [
        (("state/cambodia", "state/thailand"), "place/kuala-lumpur")
    ]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thailand and Cambodia clashed again. "
           "Ahead of the talks, Merz said both sides needed to make concessions."),
    ("de", "Thailand und Kambodscha lieferten sich erneut Gefechte. "
           "Beide Seiten sollten die Zeit für Gespräche nutzen, sagte Merz."),
])
def test_sides_both_countries_not_the_subject_of_the_meeting_word(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Both sides" in another clause than the meeting word, or as the subject of what someone
    says they should do, tells no meeting of theirs."""
    doc = make_doc(text, lang)
    assert not [m for m in doc.meetings if {"state/cambodia", "state/thailand"} <= set(m.participants)]
