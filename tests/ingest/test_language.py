"""Tests for diplograph.ingest.language."""

from __future__ import annotations

import pytest

from diplograph.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Außenminister sagte, dass die Gespräche in Genf fortgesetzt werden.", "de"),
        ("Der Minister traf seinen Amtskollegen in Genf.", "de"),
        ("Die Delegationen haben sich auf eine Waffenruhe geeinigt, die ab Montag gilt.", "de"),
        ("The foreign minister met his counterpart in Geneva on Monday.", "en"),
        ("The talks were held behind closed doors, according to officials.", "en"),
        ("Le ministre des Affaires étrangères a rencontré son homologue à Genève.", "fr"),
        (
            "Les deux délégations se sont mises d'accord sur un cessez-le-feu qui entre en vigueur lundi.",
            "fr",
        ),
        ("El ministro de Asuntos Exteriores se reunió con su homólogo en Ginebra.", "es"),
        ("Las dos delegaciones acordaron un alto el fuego que entrará en vigor el lunes.", "es"),
        ("Putin Trump Selenskyj Genf Moskau Washington", "en"),
    ],
)
def test_language_detects(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   ", "Hi", "Genf", "12345 678", "der"])
def test_language_falls_back_to_english_on_short_text(text: str) -> None:
    assert detect_language(text) == "en"


def test_language_is_deterministic() -> None:
    text = "Die Minister und the ministers et les ministres y los ministros."
    assert len({detect_language(text) for _ in range(5)}) == 1


@pytest.mark.parametrize(
    ("stopwords", "expected"),
    [
        ({"aa": frozenset({"x", "y"}), "bb": frozenset({"x", "y"})}, "aa"),
        ({"bb": frozenset({"x", "y"}), "en": frozenset({"x", "y"})}, "en"),
        ({"aa": frozenset({"x"}), "bb": frozenset({"x", "y"})}, "bb"),
    ],
)
def test_language_ties_and_custom_lists(stopwords: dict[str, frozenset[str]], expected: str) -> None:
    assert detect_language("x y x y", stopwords) == expected
