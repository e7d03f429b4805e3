"""Tests for diplograph.ingest.segment."""

from __future__ import annotations

import re

import pytest

from diplograph.ingest.lexicon import load_segment_rules
from diplograph.ingest.segment import _CANDIDATE, _OPENERS, _next_char, _next_word, split_sentences


def _split(text: str, lang: str) -> list[str]:
    rules = load_segment_rules(lang)
    found = split_sentences(
        text,
        lang,
        rules.abbreviations,
        sentence_final=rules.sentence_final,
        ordinal_dot=rules.ordinal_dot,
        adjectival=rules.adjectival,
        sentence_starters=rules.sentence_starters,
    )
    texts = [text[s.start : s.end] for s in found]
    for piece in texts:
        assert piece == piece.strip() and piece
    assert [s.start for s in found] == sorted(s.start for s in found)
    return texts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Am 30. November 2025 trafen sich die Minister. Sie sprachen lange.",
            ["Am 30. November 2025 trafen sich die Minister.", "Sie sprachen lange."],
        ),
        (
            "de",
            "Das Abkommen vom 2.8.2015 gilt weiter. Beide Seiten halten sich daran.",
            ["Das Abkommen vom 2.8.2015 gilt weiter.", "Beide Seiten halten sich daran."],
        ),
        (
            "de",
            "Dr. Anna Beispiel und Prof. Max Muster kamen z.B. aus Wien. Dann reisten sie ab.",
            ["Dr. Anna Beispiel und Prof. Max Muster kamen z.B. aus Wien.", "Dann reisten sie ab."],
        ),
        (
            "de",
            "Vertreter u.a. aus Frankreich bzw. Polen kamen. Es folgte ein Essen.",
            ["Vertreter u.a. aus Frankreich bzw. Polen kamen.", "Es folgte ein Essen."],
        ),
        (
            "de",
            "Die 3. Runde beginnt am 6. Dezember in St. Gallen.",
            ["Die 3. Runde beginnt am 6. Dezember in St. Gallen."],
        ),
        ("de", "Das Treffen am 2.8. Der Termin steht.", ["Das Treffen am 2.8. Der Termin steht."]),
        (
            "de",
            "Die Frist läuft bis 2026. Dann folgt eine Pause.",
            ["Die Frist läuft bis 2026.", "Dann folgt eine Pause."],
        ),
        (
            "de",
            "Er nannte Frankreich, Polen usw. Danach sprach der Kanzler.",
            ["Er nannte Frankreich, Polen usw.", "Danach sprach der Kanzler."],
        ),
        (
            "de",
            "Er sagte: „Wir sind bereit.“ Danach verließ er den Saal.",
            ["Er sagte: „Wir sind bereit.“", "Danach verließ er den Saal."],
        ),
        ("de", "„Warum?“, fragte sie. Niemand antwortete.", ["„Warum?“, fragte sie.", "Niemand antwortete."]),
        ("de", "„Warum?“ fragte sie. Niemand antwortete.", ["„Warum?“ fragte sie.", "Niemand antwortete."]),
        (
            "de",
            "Die Lage ist ernst … Die Gespräche gehen weiter.",
            ["Die Lage ist ernst …", "Die Gespräche gehen weiter."],
        ),
        ("de", "Er sprach von […] einer Lösung. Gut.", ["Er sprach von […] einer Lösung.", "Gut."]),
        (
            "de",
            "Gipfel in Genf\nDie Minister trafen sich am Montag.",
            ["Gipfel in Genf", "Die Minister trafen sich am Montag."],
        ),
        (
            "de",
            "Gipfel in Genf\n\nTeaser ohne Punkt\n\nDer Text.",
            ["Gipfel in Genf", "Teaser ohne Punkt", "Der Text."],
        ),
        (
            "de",
            "Das sagte der General a. D. Max Muster am Montag.",
            ["Das sagte der General a. D. Max Muster am Montag."],
        ),
        (
            "de",
            "Wird es eine Einigung geben? Niemand weiß es! Die Minister schweigen.",
            ["Wird es eine Einigung geben?", "Niemand weiß es!", "Die Minister schweigen."],
        ),
        (
            "en",
            "J. D. Vance met Mr. Lavrov in the U.S. capital. The talks lasted an hour.",
            ["J. D. Vance met Mr. Lavrov in the U.S. capital.", "The talks lasted an hour."],
        ),
        (
            "en",
            "Sen. Smith arrived on Jan. 5. He left on Sept. 9.",
            ["Sen. Smith arrived on Jan. 5.", "He left on Sept. 9."],
        ),
        (
            "en",
            '"We are ready," she said. "Are you?" he asked.',
            ['"We are ready," she said.', '"Are you?" he asked.'],
        ),
        ("en", "He said: “No.” “Yes,” she replied.", ["He said: “No.”", "“Yes,” she replied."]),
        ("en", "Wait... What happened?", ["Wait...", "What happened?"]),
        (
            "en",
            "The U.N. Security Council met. Gen. Miller spoke.",
            ["The U.N. Security Council met.", "Gen. Miller spoke."],
        ),
        (
            "en",
            "He flew to Washington, D.C. The talks began.",
            ["He flew to Washington, D.C.", "The talks began."],
        ),
        ("en", "The vote was held in 2025. It failed.", ["The vote was held in 2025.", "It failed."]),
        ("en", "Talks (in Geneva.) Then more.", ["Talks (in Geneva.)", "Then more."]),
        (
            "fr",
            "M. Macron a reçu Mme Dupont à l'Élysée. « C'est un accord historique », a-t-il dit.",
            ["M. Macron a reçu Mme Dupont à l'Élysée.", "« C'est un accord historique », a-t-il dit."],
        ),
        (
            "fr",
            "« Nous sommes prêts ! » a déclaré le ministre. La réunion continue.",
            ["« Nous sommes prêts ! » a déclaré le ministre.", "La réunion continue."],
        ),
        (
            "fr",
            "Il a dit : « C'est fini. » Puis il est parti.",
            ["Il a dit : « C'est fini. »", "Puis il est parti."],
        ),
        (
            "es",
            "La Sra. García se reunió con el Dr. López en EE.UU. La reunión duró dos horas.",
            ["La Sra. García se reunió con el Dr. López en EE.UU.", "La reunión duró dos horas."],
        ),
        (
            "es",
            "¿Habrá acuerdo? ¡Nadie lo sabe! El ministro calla.",
            ["¿Habrá acuerdo?", "¡Nadie lo sabe!", "El ministro calla."],
        ),
    ],
)
def test_segment_splits(lang: str, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "—\n* * *\n", "..."])
def test_segment_nothing_to_split(text: str) -> None:
    assert _split(text, "de") == []


def test_segment_offsets_are_exact() -> None:
    text = "  Gipfel in Genf  \n\n   Die Minister kamen.   Sie sprachen.\n— \nEnde."
    found = split_sentences(text, "de", frozenset())
    assert [(s.start, s.end) for s in found] == [(2, 16), (23, 42), (45, 58), (62, 67)]
    assert [s.text(text) for s in found] == [
        "Gipfel in Genf",
        "Die Minister kamen.",
        "Sie sprachen.",
        "Ende.",
    ]


def test_segment_without_rules_splits_at_every_full_stop() -> None:
    text = "Dr. Meier kam am 30. November."
    assert [s.text(text) for s in split_sentences(text, "xx", frozenset())] == [
        "Dr.",
        "Meier kam am 30.",
        "November.",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "U.S. Secretary of State Antony Blinken arrived. He met officials in the U.S. The talks ended.",
            [
                "U.S. Secretary of State Antony Blinken arrived.",
                "He met officials in the U.S.",
                "The talks ended.",
            ],
        ),
        ("en", "The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ],
)
def test_segment_adjectival_abbreviation_goes_on(lang: str, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Er kam... Dann ging er.", "Wirklich?! »Ja.« Gut.", "Il a dit : « Non. » Puis…  rien", "a.. .b c",
    "Ende.) [Quelle.] Weiter", "so . \u202f» Und", "Frage?\tAntwort", "Punkt.\nZeile", "...",
])
def test_segment_candidates_are_those_of_the_pattern_as_first_written(text: str) -> None:
    """The terminator pattern opens with one terminator character only so that ``re`` can skip
    to one: it must find what the pattern with ``(?:[.!?…]+|\\.\\.\\.)`` in front found."""
    first = re.compile(r"(?:[.!?…]+|\.\.\.)(?:[”“\"’'»«›‹)\]]|[ \u202f]»)*(?=[ \t]+\S)")
    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in first.finditer(text)]


def test_segment_what_follows_a_stop_is_read_in_place_as_from_a_copy() -> None:
    """``_next_char`` and ``_next_word`` read the line in place; they must give what they gave
    when they stripped a copy of the rest of the line."""
    line = "Ende. „(Der Satz. \t«» x. ( 3 Wege. „"
    for after in range(len(line) + 1):
        rest = line[after:].lstrip(" \t")
        assert _next_char(line, after) == (rest.lstrip(_OPENERS) or rest)[:1], after
        word = re.match(r"[^\W\d_][\w'’]*", rest.lstrip(_OPENERS))
        assert _next_word(line, after) == (word.group() if word else ""), after


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Das schrieb Macron auf X. Zugleich forderte er die Freilassung.",
     ["Das schrieb Macron auf X.", "Zugleich forderte er die Freilassung."]),
    ("fr", "Il l'a écrit sur X. Il a aussi exigé leur libération.",
     ["Il l'a écrit sur X.", "Il a aussi exigé leur libération."]),
    ("en", "He wrote on X. The talks will resume on Monday.",
     ["He wrote on X.", "The talks will resume on Monday."]),
    ("en", "U.S. Vice President J. D. Vance met Zelensky.",
     ["U.S. Vice President J. D. Vance met Zelensky."]),
    ("de", "Der Brief von Friedrich W. Merz kam an.", ["Der Brief von Friedrich W. Merz kam an."]),
])
def test_segment_a_single_capital_before_a_sentence_opener_ends_the_sentence(
    lang: str, text: str, expected: list[str]
) -> None:
    """"auf X. Zugleich …": a capital and a dot are an initial before a name, but before a word
    that opens sentences (sentence_starters) they end one."""
    assert _split(text, lang) == expected
