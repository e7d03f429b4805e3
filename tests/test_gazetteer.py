"""The generated gazetteer (data/gazetteer/*.ttl): it parses, is complete and is reproducible."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.ids import actor_iri
from diplograph.vocab import DG

REPO = Path(__file__).resolve().parent.parent
GAZ = REPO / "data" / "gazetteer"
LANGS = ("de", "en", "fr", "es")


@cache
def graph() -> Graph:
    g = Graph()
    for name in ("actors.ttl", "places.ttl"):
        g.parse(GAZ / name, format="turtle")
    return g


def labels(node: URIRef) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in (RDFS.label, SKOS.altLabel):
        for o in graph().objects(node, p):
            assert isinstance(o, Literal)
            out.setdefault(o.language or "", set()).add(str(o))
    return out


def label_langs(node: object) -> Counter[str | None]:
    return Counter(o.language for o in graph().objects(node, RDFS.label)  # type: ignore[arg-type]
                   if isinstance(o, Literal))


def all_names(node: URIRef) -> set[str]:
    return {n for names in labels(node).values() for n in names}


def test_gazetteer_files_parse_and_are_small() -> None:
    assert len(graph()) > 10_000
    for name in ("actors.ttl", "places.ttl"):
        assert (GAZ / name).stat().st_size < 5_000_000


def test_gazetteer_every_state_has_four_labels_and_a_qid() -> None:
    states = set(graph().subjects(RDF.type, DG.State))
    # 193 UN members, 2 observers, Kosovo, Taiwan, 2 in free association, 5 de facto states
    assert len(states) == 204
    for s in states:
        langs = label_langs(s)
        assert all(langs[lang] == 1 for lang in LANGS), (s, langs)
        assert list(graph().objects(s, OWL.sameAs)), s
        assert list(graph().objects(s, DG.adjective)), s


def test_gazetteer_at_most_one_label_per_language() -> None:
    for s in set(graph().subjects(RDFS.label, None)):
        langs = label_langs(s)
        assert max(langs.values()) == 1, (s, langs)


def test_gazetteer_curated_keys_are_unique_across_files() -> None:
    seen: dict[str, str] = {}
    prefix = {"states": "state", "organizations": "org", "persons": "person", "places": "place"}
    for stem, kind in prefix.items():
        text = (GAZ / "curated" / f"{stem}.yml").read_text(encoding="utf-8")
        top = [ln.split(":", 1)[0] for ln in text.splitlines() if ln and ln[0].isalnum()]
        dupes = [k for k, n in Counter(top).items() if n > 1]
        assert not dupes, (stem, dupes)
        for key in yaml.safe_load(text):
            full = f"{kind}/{key}"
            assert full not in seen, full
            seen[full] = stem


def test_gazetteer_each_subject_has_one_class() -> None:
    kinds = (DG.State, DG.Organization, DG.Person, DG.Place)
    typed = Counter(s for k in kinds for s in graph().subjects(RDF.type, k))
    assert typed and max(typed.values()) == 1


def test_gazetteer_key_persons_have_spellings_and_represent_their_state() -> None:
    cases = {
        "person/vladimir-putin": ("state/russia", "Wladimir Putin", "Vladimir Putin"),
        "person/volodymyr-zelensky": ("state/ukraine", "Wolodymyr Selenskyj", "Volodymyr Zelensky"),
        "person/dmitry-peskov": ("state/russia", "Dmitri Peskow", "Dmitry Peskov"),
        "person/kirill-dmitriev": ("state/russia", "Kirill Dmitrijew", "Kirill Dmitriev"),
        "person/marco-rubio": ("state/united-states", "Marco Rubio", "Marco Rubio"),
        "person/steve-witkoff": ("state/united-states", "Steve Witkoff", "Steve Witkoff"),
    }
    for key, (state, de, en) in cases.items():
        node = actor_iri(key)
        assert (node, RDF.type, DG.Person) in graph(), key
        assert (node, DG.represents, actor_iri(state)) in graph(), key
        assert Literal(en, lang="en") in set(graph().objects(node, RDFS.label)), key
        de_label = [o for o in graph().objects(node, RDFS.label)
                    if isinstance(o, Literal) and o.language == "de"]
        assert (de_label and str(de_label[0]) == de) or de == en, key
        tenures = list(graph().objects(node, DG.tenure))
        assert tenures, key
        for t in tenures:
            assert list(graph().objects(t, DG.role)) and list(graph().objects(t, DG.startDate))


def test_gazetteer_german_adjectives_and_capitals() -> None:
    russia = actor_iri("state/russia")
    assert Literal("russisch", lang="de") in set(graph().objects(russia, DG.adjective))
    assert Literal("US", lang="de") in set(
        graph().objects(actor_iri("state/united-states"), DG.adjective))
    moscow = actor_iri("place/moscow")
    assert (moscow, DG.capitalOf, russia) in graph()
    assert Literal("Moskauer", lang="de") in set(graph().objects(moscow, DG.adjective))
    kyiv = actor_iri("place/kyiv")
    assert (kyiv, DG.capitalOf, actor_iri("state/ukraine")) in graph()
    capitals = set(graph().objects(None, DG.capitalOf))
    assert capitals == set(graph().subjects(RDF.type, DG.State))


def test_gazetteer_news_agencies_are_marked_and_bodies_represent_states() -> None:
    kinds = {str(p).rsplit("#", 1)[-1]: p for p in set(graph().predicates())}
    orgkind = kinds["orgKind"]
    assert Literal("news-agency") in set(graph().objects(actor_iri("org/reuters"), orgkind))
    assert (actor_iri("org/kremlin"), DG.represents, actor_iri("state/russia")) in graph()
    assert "Weißes Haus" in all_names(actor_iri("org/white-house"))


def test_gazetteer_no_two_entries_share_a_qid() -> None:
    qids = Counter(o for _, o in graph().subject_objects(OWL.sameAs))
    assert [q for q, n in qids.items() if n > 1] == []


def test_gazetteer_table_tenures_and_corrections() -> None:
    lavrov = actor_iri("person/sergey-lavrov")
    starts = {str(o) for t in graph().objects(lavrov, DG.tenure)
              for o in graph().objects(t, DG.startDate)}
    assert "2004-03-09" in starts  # from the CC0 russia-cabinet table
    # world-leaders-current gives von der Leyen Orbán's QID; the CC0 tables win
    orban = URIRef("http://www.wikidata.org/entity/Q57641")
    assert set(graph().subjects(OWL.sameAs, orban)) == {actor_iri("person/viktor-orban")}
    # a later foreign minister closes Kuleba's open tenure
    kuleba = actor_iri("person/dmytro-kuleba")
    ends = {str(o) for t in graph().objects(kuleba, DG.tenure)
            for o in graph().objects(t, DG.endDate)}
    assert ends


def test_gazetteer_conforms_to_the_shapes() -> None:
    """SHACL on every state, organisation and place and on a sample of persons (the full
    graph takes seconds; table persons all come from the same code path)."""
    from diplograph.validate import validate

    g = graph()
    persons = sorted(str(s) for s in g.subjects(RDF.type, DG.Person))
    keep = {s for k in (DG.State, DG.Organization, DG.Place) for s in g.subjects(RDF.type, k)}
    keep |= {URIRef(p) for p in persons[::20]} | {actor_iri("person/vladimir-putin")}
    keep |= {t for s in keep for t in g.objects(s, DG.tenure)}
    sample = Graph()
    for s in keep:
        for p, o in g.predicate_objects(s):
            sample.add((s, p, o))
    report = validate(sample)
    assert report.conforms, report.results[:5]
