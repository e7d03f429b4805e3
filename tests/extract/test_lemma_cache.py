"""Cached lemma dictionaries: the same lemmas as simplemma, looked up in a table on disk."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
import simplemma

from diplograph.extract import lemma_cache
from diplograph.extract.lemma_table import LemmaTable, open_table, table_bytes

_WORDS = {
    "de": ["lehnte", "forderten", "Gesprächen", "Außenministerin", "abgelehnt", "trafen", "Kiew"],
    "en": ["demanded", "talks", "ministers", "rejected", "met", "leaders'"],
    "fr": ["exige", "rencontré", "ministres", "l'opposition", "négociations"],
    "es": ["rechazó", "reunieron", "ministros", "exigió", "conversaciones"],
}

#: A small dictionary of our own, with multi-byte keys and values and an empty value.
_ENTRIES = {
    b"ging": b"gehen",
    b"Gespr\xc3\xa4che": b"Gespr\xc3\xa4ch",
    b"trafen": b"treffen",
    b"x": b"",
    **{f"wort{i}".encode(): f"w{i}".encode() for i in range(200)},
}


class Plain(Mapping[str, str]):
    """The fallback wrapper (simplemma's own is used in the package)."""

    def __init__(self, entries: dict[bytes, bytes]) -> None:
        self.entries = entries

    def __getitem__(self, key: str) -> str:
        return self.entries[key.encode()].decode()

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def test_lemma_cache_gives_simplemma_lemmas_and_reads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    lemmatize = lemma_cache.lemmatize_function()
    assert lemmatize is not None
    for lang, words in _WORDS.items():
        assert [lemmatize(w, lang) for w in words] == [simplemma.lemmatize(w, lang=lang) for w in words]
    assert len(list(tmp_path.glob("simplemma-*-de-*.table"))) == 1

    def must_not_decode(lang: str) -> dict[bytes, bytes]:
        raise AssertionError(f"{lang} decoded again")

    shipped = next(Path(simplemma.__file__).parent.rglob("de.plzma"))
    table = lemma_cache.cached_dictionary("de", shipped, simplemma.__version__, must_not_decode, Plain)
    assert isinstance(table, LemmaTable)
    assert len(table) > 100_000


def test_table_answers_as_the_dict_it_was_built_from(tmp_path: Path) -> None:
    path = tmp_path / "t.table"
    path.write_bytes(table_bytes(_ENTRIES))
    table = open_table(path)
    assert table is not None
    for key, value in _ENTRIES.items():
        assert table[key.decode()] == value.decode()
        assert table.get(key.decode()) == value.decode()
    assert table.get("Gespräch") is None and "Gespräch" not in table and "ging" in table
    assert table.get("wort200", "none") == "none"
    with pytest.raises(KeyError):
        table["fehlt"]
    assert len(table) == len(_ENTRIES) and sorted(table) == sorted(k.decode() for k in _ENTRIES)


def test_table_name_follows_the_data_not_the_file_time(tmp_path: Path) -> None:
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    first = lemma_cache.table_name("xx", shipped, "1")
    os.utime(shipped, (1, 1))  # a new install of the same simplemma
    assert lemma_cache.table_name("xx", shipped, "1") == first
    shipped.write_bytes(b"other data")
    assert lemma_cache.table_name("xx", shipped, "1") != first
    assert lemma_cache.table_name("xx", shipped, "2") != first


def _decoder(calls: list[str]) -> Callable[[str], dict[bytes, bytes]]:
    def decode(lang: str) -> dict[bytes, bytes]:
        calls.append(lang)
        return dict(_ENTRIES)

    return decode


def test_lemma_cache_rebuilds_a_damaged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    calls: list[str] = []
    decode = _decoder(calls)

    def lookup() -> str | None:
        return lemma_cache.cached_dictionary("xx", shipped, "1", decode, Plain).get("ging")

    assert lookup() == "gehen"
    (cached,) = tmp_path.glob("simplemma-1-xx-*.table")
    good = cached.read_bytes()
    for damaged in (b"\x00garbage", good[:-1], good[:20], b"DGLEMTB1" + good[8:] + b"x"):
        cached.write_bytes(damaged)
        assert lookup() == "gehen"
    assert calls == ["xx"] * 5
    assert cached.read_bytes() == good  # rebuilt whole
    assert lookup() == "gehen"
    assert calls == ["xx"] * 5  # the rebuilt file is read


def test_lemma_cache_rebuilds_when_the_data_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    calls: list[str] = []
    decode = _decoder(calls)
    lemma_cache.cached_dictionary("xx", shipped, "1", decode, Plain)
    shipped.write_bytes(b"new data")
    lemma_cache.cached_dictionary("xx", shipped, "1", decode, Plain)
    assert calls == ["xx", "xx"]
    assert len(list(tmp_path.glob("simplemma-1-xx-*.table"))) == 2


def test_lemma_cache_reads_a_table_it_may_not_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only cache folder (root writes everywhere, so writing is made to fail instead)."""
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    calls: list[str] = []
    decode = _decoder(calls)
    lemma_cache.cached_dictionary("xx", shipped, "1", decode, Plain)

    def refuse(path: Path, data: bytes) -> bool:
        raise AssertionError("nothing is written when the table is there")

    monkeypatch.setattr(lemma_cache, "write_atomically", refuse)
    found = lemma_cache.cached_dictionary("xx", shipped, "1", decode, Plain)
    assert isinstance(found, LemmaTable) and found["ging"] == "gehen"
    assert calls == ["xx"]


def test_lemma_cache_unwritable_folder_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(blocker / "cache"))  # cannot be created, even by root
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    found = lemma_cache.cached_dictionary("xx", shipped, "1", lambda lang: dict(_ENTRIES), Plain)
    assert isinstance(found, Plain) and found["ging"] == "gehen"


def test_lemma_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", "off")
    assert lemma_cache.cache_dir() is None
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    found = lemma_cache.cached_dictionary("xx", shipped, "1", lambda lang: {b"a": b"b"}, Plain)
    assert found["a"] == "b"
    assert list(tmp_path.iterdir()) == [shipped]
