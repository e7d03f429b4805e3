"""A meeting's place is a dg:Place in the graph, also a state the text names only as an actor."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import RDF, Graph

from diplograph import emit, ids
from diplograph.model import Document
from diplograph.resources import Resources
from diplograph.validate import validate
from diplograph.vocab import DG


def test_emit_state_visited_is_place_and_graph_conforms(
    make_doc: Callable[..., Document], resources: Resources
) -> None:
    doc = make_doc("El ministro español de Exteriores, José Manuel Albares, viajó a Marruecos para reunirse "
                   "con su homólogo, Nasser Bourita.", "es")
    assert [m.place for m in doc.meetings] == ["state/morocco"]
    _, g = emit.article_graph(doc)
    data = Graph()
    for triple in (*g, *emit.reference_graph(doc, resources.gazetteer)):
        data.add(triple)
    node = ids.actor_iri("state/morocco")
    assert (node, RDF.type, DG.Place) in data and (node, RDF.type, DG.State) in data
    assert validate(data).conforms
