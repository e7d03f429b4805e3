"""Cached lemma dictionaries: the same lemmas as simplemma, read back instead of decoded."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from diplograph.extract import lemma_cache

_WORDS = {
    "de": ["lehnte", "forderten", "Gesprächen", "Außenministerin", "abgelehnt", "trafen", "Kiew"],
    "en": ["demanded", "talks", "ministers", "rejected", "met", "leaders'"],
    "fr": ["exige", "rencontré", "ministres", "l'opposition", "négociations"],
    "es": ["rechazó", "reunieron", "ministros", "exigió", "conversaciones"],
}


def test_lemma_cache_gives_simplemma_lemmas_and_reads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    lemmatize = lemma_cache.lemmatize_function()
    assert lemmatize is not None
    for lang, words in _WORDS.items():
        assert [lemmatize(w, lang) for w in words] == [simplemma.lemmatize(w, lang=lang) for w in words]
    assert len(list(tmp_path.glob("simplemma-*-de-*.marshal"))) == 1

    def must_not_decode(lang: str) -> dict[bytes, bytes]:
        raise AssertionError(f"{lang} decoded again")

    shipped = next(Path(simplemma.__file__).parent.rglob("de.plzma"))
    entries = lemma_cache.cached_entries("de", shipped, simplemma.__version__, must_not_decode)
    assert len(entries) > 100_000


def test_lemma_cache_rebuilds_a_damaged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", str(tmp_path))
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    calls: list[str] = []

    def decode(lang: str) -> dict[bytes, bytes]:
        calls.append(lang)
        return {b"ging": b"gehen"}

    assert lemma_cache.cached_entries("xx", shipped, "1", decode) == {b"ging": b"gehen"}
    (cached,) = tmp_path.glob("simplemma-1-xx-*.marshal")
    cached.write_bytes(b"\x00garbage")
    assert lemma_cache.cached_entries("xx", shipped, "1", decode) == {b"ging": b"gehen"}
    assert calls == ["xx", "xx"]
    assert lemma_cache.cached_entries("xx", shipped, "1", decode) == {b"ging": b"gehen"}
    assert calls == ["xx", "xx"]  # the rebuilt file is read


def test_lemma_cache_off_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_CACHE", "off")
    assert lemma_cache.cache_dir() is None
    shipped = tmp_path / "xx.plzma"
    shipped.write_bytes(b"data")
    assert lemma_cache.cached_entries("xx", shipped, "1", lambda lang: {b"a": b"b"}) == {b"a": b"b"}
    assert list(tmp_path.iterdir()) == [shipped]
