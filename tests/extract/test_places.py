"""The GeoNames place table: venues are known and carry coordinates; common words stay words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document
from diplograph.resources import Resources

MakeDoc = Callable[..., Document]


def _places(doc: Document) -> set[str]:
    return {m.name or m.surface for m in doc.mentions if m.kind == "Place"}


# (lang, sentence written for this test, a city name the sentence must yield as a place)
VENUES = [
    ("de", "Die Außenminister trafen sich am Dienstag in Mailand zu Gesprächen.", "Mailand"),
    ("de", "Die Verhandlungen werden kommende Woche in Arusha fortgesetzt.", "Arusha"),
    ("en", "The two presidents met in Nanjing on Friday.", "Nanjing"),
    ("fr", "Les deux ministres se sont rencontrés à Lausanne jeudi.", "Lausanne"),
    ("es", "Los cancilleres se reunieron el lunes en Johannesburgo.", "Johannesburgo"),
    ("en", "Delegates gathered in Johannesburg for the summit.", "Johannesburg"),
]


@pytest.mark.parametrize(("lang", "text", "name"), VENUES)
def test_a_geonames_city_is_a_place(make_doc: MakeDoc, lang: str, text: str, name: str) -> None:
    assert name in _places(make_doc(text, lang=lang))


# Sentences written so that a word that is also a small city's name must stay a word.
NOT_PLACES = [
    ("de", "Im Hof der Schule sprach der Minister über die Mission der Truppen.", {"Hof", "Mission"}),
    ("en", "Santa Claus was the theme of a nice reading in the hall.", {"Santa", "Nice", "Reading"}),
    ("en", "Of all the options, Obama said, talks were the best.", {"Of", "Obama"}),
    ("en", "Paris Hilton attended the gala, a spokesman said.", {"Hilton"}),
    ("fr", "Orange et Police ont publié un communiqué commun.", {"Orange", "Police"}),
    ("es", "Victoria dijo que la misión de paz seguirá en marcha.", {"Victoria"}),
    # first names and surnames that are also cities
    ("en", "Charlotte and Darwin wrote to Hamilton about the treaty.", {"Charlotte", "Darwin", "Hamilton"}),
    # a city name inside a longer name: a club, a palace, a person
    ("de", "Der FC Barcelona gewann, und Lewis Sydney lobte das Schloss Bellevue.", {"Barcelona", "Sydney",
                                                                                   "Bellevue"}),
]


def test_a_city_after_a_function_word_is_still_a_place(make_doc: MakeDoc) -> None:
    places = _places(make_doc("In Barcelona trafen sich die Minister. Nach Sydney reisten sie weiter.",
                              lang="de"))
    assert {"Barcelona", "Sydney"} <= places


@pytest.mark.parametrize(("lang", "text", "words"), NOT_PLACES)
def test_common_words_and_names_are_not_places(
    make_doc: MakeDoc, lang: str, text: str, words: set[str]
) -> None:
    assert not _places(make_doc(text, lang=lang)) & words


def test_every_place_has_coordinates(resources: Resources) -> None:
    places = [e for e in resources.gazetteer.entries.values() if e.kind == "Place"]
    assert len(places) > 4000
    missing = [e.key for e in places if e.lat is None or e.lon is None]
    assert not missing, missing[:10]
    for e in places:
        assert e.lat is not None and e.lon is not None
        assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e.key


def test_curated_places_keep_their_key_and_get_coordinates(resources: Resources) -> None:
    geneva = resources.gazetteer.get("place/geneva")
    assert geneva is not None and geneva.lat is not None and geneva.lon is not None
    assert 46.0 < geneva.lat < 46.5 and 6.0 < geneva.lon < 6.3
    milan = resources.gazetteer.get("place/milan-it")
    assert milan is not None and "Mailand" in milan.all_names()


def test_coordinates_reach_the_reference_graph(make_doc: MakeDoc, resources: Resources) -> None:
    from rdflib.namespace import SDO

    from diplograph import emit, ids

    doc = make_doc("Die Außenminister trafen sich am Dienstag in Mailand.", lang="de")
    g = emit.reference_graph(doc, resources.gazetteer)
    node = ids.actor_iri("place/milan-it")
    lat = g.value(node, SDO.latitude)
    lon = g.value(node, SDO.longitude)
    assert lat is not None and lon is not None
    assert 45 < float(lat) < 46 and 9 < float(lon) < 10
