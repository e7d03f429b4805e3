"""Tests for diplograph.ingest.clean and the boilerplate loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import DataError
from diplograph.ingest.clean import clean, normalise
from diplograph.ingest.lexicon import BoilerplateRules, load_boilerplate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
BODY = "Der Minister reiste am Montag nach Genf."


def _clean(text: str, lang: str) -> str:
    return clean(text, lang, load_boilerplate(lang))


@pytest.mark.parametrize(
    ("lang", "furniture"),
    [
        ("de", "zum Hauptinhalt"),
        ("de", "Zur Startseite"),
        ("de", "Stand: 30.11.2025 14:05 Uhr"),
        ("de", "Empfohlener redaktioneller Inhalt"),
        ("de", "© ARCHIVBILD/dpa/Max Beispiel"),
        ("de", "Foto: APA/Hans Beispiel"),
        ("de", "(Bild: Keystone)"),
        ("de", "picture alliance/dpa/Kay Beispiel"),
        ("de", "Mehr zum Thema"),
        ("de", "Lesen Sie auch: Was über die Gespräche bekannt ist"),
        ("de", "Von Max Mustermann"),
        ("de", "Von Anna Schmidt und Jan Meier, Brüssel"),
        ("de", "Anzeige"),
        ("de", "3 Min. Lesezeit"),
        ("de", "Politik | Ausland | Wirtschaft"),
        ("de", "showPaywall:"),
        ("de", "isSubscriber: false,"),
        ("de", "false"),
        ("de", 'console.debug({"showPaywall": false})'),
        ("de", '{"paywall": true, "reason": "metered"}'),
        ("de", "window.dataLayer = window.dataLayer || [];"),
        ("de", "https://example.org/artikel/123"),
        ("en", "Skip to main content"),
        ("en", "Photo: Reuters"),
        ("en", "REUTERS/Jane Example"),
        ("en", "Read more"),
        ("en", "Advertisement"),
        ("en", "Share this article"),
        ("en", "By Jane Doe and John Roe"),
        ("en", "Updated 3 hours ago"),
        ("en", "We use cookies to improve your experience."),
        ("en", "Sign up for our newsletter and get the news in your inbox."),
        ("fr", "Aller au contenu principal"),
        ("fr", "Lire aussi : Les négociations à Genève"),
        ("fr", "Publicité"),
        ("fr", "Par Jeanne Martin"),
        ("fr", "Publié le 30 novembre 2025 à 14h05"),
        ("es", "Ir al contenido principal"),
        ("es", "Lee también: Las negociaciones en Ginebra"),
        ("es", "Publicidad"),
        ("es", "Por Juana Pérez"),
        ("es", "Foto: EFE"),
    ],
)
def test_clean_drops_furniture_line(lang: str, furniture: str) -> None:
    text = f"Gipfel in Genf\n\n{furniture}\n\n{BODY}"
    assert _clean(text, lang) == f"Gipfel in Genf\n\n{BODY}"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Von Berlin aus reiste die Delegation weiter nach Kiew."),
        ("de", "Stand der Verhandlungen ist weiter unklar."),
        ("de", "Zum Thema Sanktionen äußerte sich der Minister nicht."),
        ("de", "Der Streit über die EU/Nato-Erweiterung hält an."),
        ("de", "Die Agentur dpa meldete, die Gespräche seien beendet."),
        ("de", "Anzeige erstattete die Polizei nicht."),
        ("en", "Related talks were held in Geneva on Monday."),
        ("en", "By Monday, the talks had failed."),
        ("en", "Published reports said the talks had failed."),
        ("en", "Share prices fell after the talks."),
        ("en", "Reuters reported that the ministers met in Geneva."),
        ("en", "Subscribers to the treaty met in Geneva."),
        ("en", "States that sign up to the pact will be free to trade."),
        ("de", 'Selenskyj: "Wir kämpfen weiter"'),
        ("de", "Kiew: Verhandlungen in Genf gescheitert"),
        ("fr", "Par ailleurs, Paris a salué l'accord."),
        ("es", "Por primera vez, los dos ministros se reunieron en Ginebra."),
    ],
)
def test_clean_keeps_real_sentences(lang: str, sentence: str) -> None:
    text = f"Gipfel in Genf\n\n{sentence}\n{BODY}"
    assert _clean(text, lang) == text


@pytest.mark.parametrize(
    ("lang", "caption", "kept"),
    [
        ("de", "Der Minister in Genf. (Bild: Keystone/Anna Beispiel)", "Der Minister in Genf."),
        ("de", "Lawrow in Moskau. Foto: Max Beispiel/dpa", "Lawrow in Moskau."),
        ("de", "Die Delegationen am Verhandlungstisch © dpa", "Die Delegationen am Verhandlungstisch"),
        ("en", "The minister in Geneva. Photo: Jane Example/AP", "The minister in Geneva."),
        ("en", "The minister in Geneva. (Photo: Reuters)", "The minister in Geneva."),
        ("fr", "Le ministre à Genève. (Photo : AFP)", "Le ministre à Genève."),
        ("es", "El ministro en Ginebra. (Foto: EFE)", "El ministro en Ginebra."),
    ],
)
def test_clean_keeps_caption_drops_credit(lang: str, caption: str, kept: str) -> None:
    assert _clean(f"{caption}\n\n{BODY}", lang) == f"{kept}\n\n{BODY}"


def test_clean_drops_consent_blocks() -> None:
    text = (
        "Gipfel in Genf\n\nEmpfohlener redaktioneller Inhalt\n\n"
        "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt.\n"
        "Mit einem Klick können Sie ihn anzeigen.\n\n"
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.\n\n"
        f"{BODY}"
    )
    assert _clean(text, "de") == f"Gipfel in Genf\n\n{BODY}"


def test_clean_drops_multiline_script_debris() -> None:
    text = f"{BODY}\nconsole.debug({{\nshowPaywall: false,\nisSubscriber: false\n}})\n\n{BODY}"
    assert _clean(text, "de") == f"{BODY}\n\n{BODY}"


def test_clean_block_stops_at_long_line() -> None:
    long_paragraph = "Die Verhandlungen dauerten den ganzen Tag. " * 10
    text = f"Mehr zum Thema\nWaffenruhe in Genf\n{long_paragraph.strip()}"
    assert _clean(text, "de") == long_paragraph.strip()


def test_clean_tail_marker_cuts_rest_only_after_content() -> None:
    body = " ".join([BODY] * 12)
    text = f"Kommentare\n{body}\n\nKommentare\nLeser A: Das ist falsch."
    assert _clean(text, "de") == body


@pytest.mark.parametrize("name", ["excerpt_de", "excerpt_en"])
def test_clean_page_excerpt_fixture(name: str) -> None:
    lang = name.rsplit("_", 1)[1]
    raw = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = (FIXTURES / f"{name}.clean.txt").read_text(encoding="utf-8").strip()
    assert _clean(raw, lang) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\u00a0b", "a b"),
        ("Waffen\u00adruhe", "Waffenruhe"),
        ("Gen\u200bf", "Genf"),
        ("\ufeffText", "Text"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("Gen\u0300f", "Ge\u01f9f"),
        ("a\u202fb\u2009c", "a b c"),
        ("a   b\t\tc  ", "a b c"),
        ("a\n\n\n\n b", "a\n\nb"),
        ("  \n\na\n \nb\n\n", "a\n\nb"),
        ("a\u2028b", "a\nb"),
    ],
)
def test_clean_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected
    assert clean(raw, None, BoilerplateRules()) == expected


def test_clean_keeps_paragraphs() -> None:
    text = "Überschrift\n\nTeaser steht hier.\n\nErster Absatz.\nZweite Zeile."
    assert _clean(text, "de") == text


def test_clean_all_languages_rules_load() -> None:
    rules = load_boilerplate(None)
    assert len(rules.line) > len(load_boilerplate("de").line)
    assert "dpa" in rules.credit_agencies


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("line:\n  - '(unclosed'\n", "key 'line', entry 0: bad regex"),
        ("lines:\n  - 'x'\n", "unknown key 'lines'"),
        ("line: 'x'\n", "key 'line' must be a list of strings"),
        ("- a\n", "expected a mapping"),
        ("line: [\n", "cannot read"),
    ],
)
def test_clean_loader_rejects_bad_data(tmp_path: Path, content: str, message: str) -> None:
    folder = tmp_path / "lexicon" / "common"
    folder.mkdir(parents=True)
    (folder / "boilerplate.yml").write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match="boilerplate.yml") as caught:
        load_boilerplate("de", tmp_path / "lexicon")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_clean_block_stops_at_a_sentence_of_the_article() -> None:
    sentence = "Der Außenminister traf am Montag seinen Amtskollegen in Genf zu ersten Gesprächen."
    text = f"Mehr zum Thema\nWaffenruhe in Genf\n{sentence}\n{sentence}"
    assert _clean(text, "de") == f"{sentence}\n{sentence}"


def test_normalise_translates_only_texts_that_need_it() -> None:
    """The search that skips ``translate`` for most texts finds every character of the table:
    each one alone, in an ASCII text and in a text with umlauts, normalises as translate does."""
    from diplograph.ingest import clean as module

    for code in module._TABLE:
        for text in (f"Gipfel{chr(code)}in Genf", f"Außenminister{chr(code)}Müller traf"):
            assert module._TRANSLATED.search(text), hex(code)
            translated = text.translate(module._TABLE)  # no character of the table is left
            assert module._TRANSLATED.search(translated) is None
            assert normalise(text) == normalise(translated)
    assert module._TRANSLATED.search("Außenminister Müller traf in Genf ein.") is None


def test_trailing_hints_find_a_match_wherever_their_pattern_does() -> None:
    """A hint only lets ``clean`` skip a pattern that cannot match: on captions with and without
    credits, in every language, a pattern never matches where its hint does not, and cleaning
    with the hints gives what cleaning without them gives."""
    import dataclasses

    from diplograph.ingest.lexicon import _trailing_hint

    lines = [
        "Der Minister sprach in Genf (Foto: Agentur/Beispiel)",
        "Der Minister sprach in Genf. Foto: Max Muster",
        "Der Minister sprach in Genf © Agentur Beispiel  ",
        "The minister spoke in Geneva (Photo: Example Agency)",
        "The minister spoke in Geneva (c) Example Agency",
        "El ministro habló en Ginebra (Foto: Agencia Ejemplo)",
        "Le ministre a parlé à Genève (Photo : Agence Exemple)",
        "Fotos: keine. Bild des Tages ohne Doppelpunkt",
        "Ein Satz ohne Nachweis am Ende.",
    ]
    rules = load_boilerplate(None)
    assert len(rules.trailing_hints) == len(rules.trailing)
    assert any(h is not None for h in rules.trailing_hints)
    for pattern, hint in zip(rules.trailing, rules.trailing_hints, strict=True):
        for line in lines:
            if hint is not None and hint.search(line) is None:
                assert pattern.search(line) is None, (pattern.pattern, line)
    plain = dataclasses.replace(rules, trailing_hints=())
    for line in lines:
        assert clean(line, None, rules) == clean(line, None, plain)
    assert _trailing_hint(r"\s*?\(Foto\)") is None, "a lazy lead leaves no pattern of its own"
    assert _trailing_hint(r"\(Foto\)") is None, "no lead, no hint"
    hint = _trailing_hint(r"(?i)\s+foto:\s*\w+|\s*\(bild\)")
    assert hint is not None and hint.search("x FOTO: y") and hint.search("x (Bild)")
