"""Derived structures cached on disk: the gazetteer and the name index read back equal, rebuilt
when the data or the code change, and built as before when the cache is damaged or unwritable."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph import diskcache, gazetteer
from diplograph.extract import gazindex
from diplograph.gazetteer import cached_gazetteer, gazetteer_from_state, gazetteer_state, load_gazetteer
from diplograph.resources import Resources

_TTL = """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix st: <https://w3id.org/diplograph/id/state/> .
@prefix pe: <https://w3id.org/diplograph/id/person/> .
@prefix pl: <https://w3id.org/diplograph/id/place/> .

st:nordland a dg:State ; rdfs:label "Nordland"@de, "Northland"@en ;
    dg:adjective "nordländisch"@de ; dg:demonym "Nordländer"@de .
pl:hafenstadt a dg:Place ; rdfs:label "Hafenstadt"@de ; dg:capitalOf st:nordland .
<https://w3id.org/diplograph/id/person/erika-muster/tenure/1> a dg:Tenure ;
    dg:role dg:HeadOfGovernment ; dg:represents st:nordland ; dg:startDate "2020-05-01"^^xsd:date .
pe:erika-muster a dg:Person ; rdfs:label "Erika Muster"@de ; skos:altLabel "Muster" ;
    dg:represents st:nordland ; dg:tenure <https://w3id.org/diplograph/id/person/erika-muster/tenure/1> .
"""
_TSV = (
    "key\tlat\tlon\tsource\tlabel\tnames\n"
    "place/hafenstadt\t60.5\t10.25\tgeo\t\t\n"
    "place/bergdorf\t61.0\t11.0\tgeo\tBergdorf\tBergdorf am See\n"
)
NORD, HAFEN, ERIKA = "state/nordland", "place/hafenstadt", "person/erika-muster"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    gaz = tmp_path / "gazetteer"
    gaz.mkdir()
    (gaz / "actors.ttl").write_text(_TTL, encoding="utf-8")
    (gaz / "places.tsv").write_text(_TSV, encoding="utf-8")
    return gaz


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    where = tmp_path / "cache"
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(where))
    yield where


def _no_build(folder: Path) -> gazetteer.Gazetteer:
    raise AssertionError("built again")


def test_gazetteer_state_gives_the_same_entries(folder: Path) -> None:
    built = load_gazetteer(folder)
    assert len(built.entries) == 4 and built.entries[ERIKA].tenures
    again = gazetteer_from_state(gazetteer_state(built))
    assert again.entries == built.entries and list(again.entries) == list(built.entries)
    tenure = again.entries[ERIKA].tenures[0]
    assert tenure.start is not None and tenure.start.isoformat() == "2020-05-01"
    assert again.capital(NORD) == HAFEN
    again.entries[NORD].adjectives["fr"].add("x")  # still a defaultdict, as built


def test_gazetteer_is_read_back_from_the_cache(
    folder: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cached_gazetteer(folder)
    assert len(list(cache.glob("gazetteer-*.marshal"))) == 1
    monkeypatch.setattr(gazetteer, "load_gazetteer", _no_build)
    assert cached_gazetteer(folder).entries == first.entries


def test_gazetteer_cache_follows_the_data(folder: Path, cache: Path) -> None:
    cached_gazetteer(folder)
    with (folder / "actors.ttl").open("a", encoding="utf-8") as fh:
        fh.write('st:suedland a dg:State ; rdfs:label "Südland"@de .\n')
    assert "state/suedland" in cached_gazetteer(folder).entries
    (folder / "more.ttl").write_text(_TTL.replace("nordland", "ostland"), encoding="utf-8")
    assert "state/ostland" in cached_gazetteer(folder).entries
    assert len(list(cache.glob("gazetteer-*.marshal"))) == 3


def test_gazetteer_cache_follows_the_code(folder: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached_gazetteer(folder)
    monkeypatch.setattr(diskcache, "source_digest", lambda: "edited code")
    calls: list[Path] = []

    def build(path: Path) -> gazetteer.Gazetteer:
        calls.append(path)
        return load_gazetteer(path)

    monkeypatch.setattr(gazetteer, "load_gazetteer", build)
    cached_gazetteer(folder)
    assert calls == [folder]


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"cut"])
def test_damaged_cache_file_is_built_again(folder: Path, cache: Path, damage: bytes) -> None:
    expected = load_gazetteer(folder).entries
    cached_gazetteer(folder)
    (path,) = cache.glob("gazetteer-*.marshal")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2] if damage == b"cut" else damage)
    assert cached_gazetteer(folder).entries == expected
    assert path.read_bytes() == good  # written again whole


def test_foreign_marshal_data_is_ignored(folder: Path, cache: Path) -> None:
    cached_gazetteer(folder)
    (path,) = cache.glob("gazetteer-*.marshal")
    import marshal

    path.write_bytes(marshal.dumps(("diplograph-cache-1", "gazetteer", "another digest", [])))
    assert cached_gazetteer(folder).entries == load_gazetteer(folder).entries


def test_unwritable_cache_folder_costs_only_time(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(blocker / "cache"))  # cannot be created, even by root
    assert cached_gazetteer(folder).entries == load_gazetteer(folder).entries


def test_read_only_cache_is_read(folder: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that can be read but not written (root writes everywhere: writing is made to fail)."""
    first = cached_gazetteer(folder)
    monkeypatch.setattr(diskcache, "write_atomically", lambda path, data: False)
    monkeypatch.setattr(gazetteer, "load_gazetteer", _no_build)
    assert cached_gazetteer(folder).entries == first.entries


def test_cache_off_writes_nothing(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", "off")
    before = sorted(tmp_path.rglob("*"))
    assert cached_gazetteer(folder).entries == load_gazetteer(folder).entries
    assert sorted(tmp_path.rglob("*")) == before


def test_old_files_of_a_kind_are_pruned(cache: Path) -> None:
    for n in range(diskcache.KEEP + 3):
        assert diskcache.save("thing", f"digest {n}", [n])
    assert len(list(cache.glob("thing-*.marshal"))) == diskcache.KEEP
    assert diskcache.load("thing", f"digest {diskcache.KEEP + 2}") == [diskcache.KEEP + 2]
    assert diskcache.save("other", "d", 1) and diskcache.load("thing", "d") is None


_TEXTS = [
    "Die nordländische Regierung und Regierungschefin Erika Muster trafen sich in Hafenstadt.",
    "Nordlands Außenminister sprach mit Nordländern; Muster reiste nach Bergdorf am See.",
    "In Northland, Muster met the press.",
]


def test_name_index_read_back_finds_the_same(
    resources: Resources, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(resources.data_dir / "lexicon", data / "lexicon")
    (data / "gazetteer").mkdir()
    (data / "gazetteer" / "actors.ttl").write_text(_TTL, encoding="utf-8")
    (data / "gazetteer" / "places.tsv").write_text(_TSV, encoding="utf-8")
    from diplograph import resources as resmod

    resmod._load.cache_clear()
    res = resmod.load_resources(data)
    built = gazindex.gaz_index(res, "de")
    assert len(list(cache.glob("gazindex-de-*.marshal"))) == 1

    def no_build(*args: object) -> None:
        raise AssertionError("built again")

    resmod._load.cache_clear()
    fresh = resmod.load_resources(data)
    resmod._load.cache_clear()
    monkeypatch.setattr(gazindex.GazIndex, "_add_entry", no_build)
    again = gazindex.gaz_index(fresh, "de")
    assert again is not built
    hits = [built.find(t) for t in _TEXTS]
    assert sum(len(h) for h in hits) >= 6
    assert [again.find(t) for t in _TEXTS] == hits
    assert again.surnames == built.surnames and again.full_names == built.full_names
    assert again.first_names == built.first_names and again.known_surnames == built.known_surnames
    assert again.offices == built.offices
    assert again.holder_of("HeadOfGovernment", NORD, built.gaz.entries[ERIKA].tenures[0].start) == ERIKA

    # another build of pyahocorasick: its automaton's raw memory is not read back
    monkeypatch.setattr(gazindex, "_automaton_digest", lambda: "another build")
    with pytest.raises(AssertionError, match="built again"):
        gazindex.gaz_index(resmod.load_resources(data), "de")
    resmod._load.cache_clear()


def test_lexicons_made_by_hand_are_never_cached(
    resources: Resources, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Resources built by hand (as tests do, with a few lexicons) is not what the bundled
    lexicons' cached structures were made from: nothing of it is read or written."""
    data = tmp_path / "data"
    (data / "gazetteer").mkdir(parents=True)
    (data / "gazetteer" / "actors.ttl").write_text(_TTL, encoding="utf-8")
    partial = Resources(data, {"de": {"stopwords": resources.lexicon("de", "stopwords")}})
    assert partial.data_digest() is None
    index = gazindex.gaz_index(partial, "de")
    assert index.find("In Nordland regnet es.")
    assert not index.find("Nordlands Regierung")  # these lexicons have no genitive endings
    assert list(cache.glob("gazindex-*")) == []


def _lexicon_copy(resources: Resources, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(resources.data_dir / "lexicon", data / "lexicon")
    return data


def test_lexicons_are_read_back_checked(
    resources: Resources, cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph import resources as resmod

    data = _lexicon_copy(resources, tmp_path)
    resmod._load.cache_clear()
    first = resmod.load_resources(data)
    assert first.lexicons == resources.lexicons
    assert len(list(cache.glob("lexicons-*.marshal"))) == 1

    def no_parse(root: Path) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(resmod, "_read_lexicons", no_parse)
    resmod._load.cache_clear()
    assert resmod.load_resources(data).lexicons == first.lexicons
    resmod._load.cache_clear()


def test_edited_lexicon_is_parsed_and_checked_again(
    resources: Resources, cache: Path, tmp_path: Path
) -> None:
    from diplograph import resources as resmod
    from diplograph.errors import DataError

    data = _lexicon_copy(resources, tmp_path)
    resmod._load.cache_clear()
    resmod.load_resources(data)
    extra = data / "lexicon" / "de" / "zz_test.yml"
    extra.write_text("eintrag: [eins, zwei]\n", encoding="utf-8")
    resmod._load.cache_clear()
    assert resmod.load_resources(data).lexicon("de", "zz_test") == {"eintrag": ["eins", "zwei"]}
    roles = data / "lexicon" / "de" / "roles.yml"
    roles.write_text(roles.read_text(encoding="utf-8") + "\nNoSuchRole: [Niemand]\n", encoding="utf-8")
    resmod._load.cache_clear()
    with pytest.raises(DataError, match="NoSuchRole"):
        resmod.load_resources(data)
    resmod._load.cache_clear()
