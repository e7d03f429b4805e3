"""Tests of the dates stage: sentence -> time expressions with their calendar days.

Every text here is written for these tests. Unless a case says otherwise the article is
published on Tuesday 2 December 2025, so "Sonntag" is 30 November and "Freitag" ahead is
5 December. Only the time lexicons are loaded, so the tests do not depend on other data.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from diplograph import paths
from diplograph.errors import DataError
from diplograph.extract.dates import find_dates, time_in
from diplograph.extract.time_patterns import NUMERIC_TRIGGER, build, flat_phrase, optional_as_branch, phrase
from diplograph.model import Document, Sentence, TimeExpr
from diplograph.resources import Resources, read_yaml

LANGS = ("common", "de", "en", "fr", "es")
ROOT = paths.data_dir()
RES = Resources(ROOT, {lang: {"time": read_yaml(Path(ROOT, "lexicon", lang, "time.yml"))} for lang in LANGS})
TUESDAY = date(2025, 12, 2)


def _sentences(text: str) -> tuple[Sentence, ...]:
    """A tiny splitter for the tests: a sentence ends at . ! ? before a space and a capital
    (not after a number or an abbreviation like "Nov.")."""
    out, start = [], 0
    for m in re.finditer(r"(?<![\d.])(?<!\b[A-Z][a-z]{2})[.!?](?=\s+[A-ZÄÖÜ¿])", text):
        out.append(Sentence(start, m.end()))
        start = m.end() + 1
    out.append(Sentence(start, len(text)))
    return tuple(out)


def _run(text: str, lang: str, published: date | None = TUESDAY) -> Document:
    doc = Document(text, lang, published=published, sentences=_sentences(text))
    return find_dates(doc, RES)


def _pairs(doc: Document) -> list[tuple[str, str | None]]:
    return [(t.surface, t.day.isoformat() if t.day else None) for t in doc.times]


CASES = [
    # --- German ---------------------------------------------------------------------------
    ("de", "Der Minister traf am Sonntag in Wien ein.", [("am Sonntag", "2025-11-30")]),
    ("de", "Am Dienstag sprach sie in Genf.", [("Am Dienstag", "2025-12-02")]),
    ("de", "Er reiste am Freitag nach Rom.", [("am Freitag", "2025-11-28")]),
    ("de", "Er wird am Freitag nach Rom reisen.", [("am Freitag", "2025-12-05")]),
    ("de", "Die Gespräche sollen am Donnerstag beginnen.", [("am Donnerstag", "2025-12-04")]),
    ("de", "Am kommenden Montag treffen sie sich.", [("Am kommenden Montag", "2025-12-08")]),
    ("de", "Am vergangenen Dienstag trafen sie sich.", [("Am vergangenen Dienstag", "2025-11-25")]),
    ("de", "Das Treffen fand am Dienstagmittag statt.", [("am Dienstagmittag", "2025-12-02")]),
    ("de", "Am Sonntagabend landete er.", [("Am Sonntagabend", "2025-11-30")]),
    ("de", "Am Montagnachmittag gab es Gespräche.", [("Am Montagnachmittag", "2025-12-01")]),
    ("de", "Sonntags ruhen die Gespräche.", []),
    ("de", "Gestern sagte er ab.", [("Gestern", "2025-12-01")]),
    ("de", "Er hatte gestern Abend telefoniert.", [("gestern Abend", "2025-12-01")]),
    ("de", "Vorgestern begann die Konferenz.", [("Vorgestern", "2025-11-30")]),
    ("de", "Am Vortag hatte es Proteste gegeben.", [("Am Vortag", "2025-12-01")]),
    ("de", "Heute Morgen traf die Delegation ein.", [("Heute Morgen", "2025-12-02")]),
    ("de", "Die Sitzung wird morgen fortgesetzt.", [("morgen", "2025-12-03")]),
    ("de", "Morgen beginnt der Gipfel.", [("Morgen", "2025-12-03")]),
    ("de", "Am Morgen regnete es.", []),
    ("de", "Der Morgen danach war ruhig.", []),
    ("de", "Sie trafen sich am 30. November 2025 in Berlin.", [("am 30. November 2025", "2025-11-30")]),
    ("de", "Die Frist endet am 30. November.", [("am 30. November", "2025-11-30")]),
    ("de", "Die Frist endet am 5. Jänner.", [("am 5. Jänner", "2026-01-05")]),
    ("de", "Das Abkommen vom 11.04.2025 gilt.", [("11.04.2025", "2025-04-11")]),
    ("de", "Am Dienstag, 2. Dezember 2025 begann es.", [("Am Dienstag, 2. Dezember 2025", "2025-12-02")]),
    ("de", "Ein Datum wie der 31.02.2025 existiert nicht.", [("31.02.2025", None)]),
    ("de", "Vergangene Woche gab es keine Einigung.", [("Vergangene Woche", None)]),
    ("de", "Anfang Dezember soll verhandelt werden.", [("Anfang Dezember", None)]),
    ("de", "Im November 2025 stieg die Zahl.", [("Im November 2025", None)]),
    ("de", "Der Vertrag stammt aus dem Jahr 2014, im Jahr 2015 folgte mehr.", [("im Jahr 2015", None)]),
    ("de", "Es geht um 1.5 Millionen Euro und 12.000 Menschen.", []),
    # --- English --------------------------------------------------------------------------
    ("en", "The minister arrived on Sunday.", [("on Sunday", "2025-11-30")]),
    ("en", "Talks opened Tuesday in Geneva.", [("Tuesday", "2025-12-02")]),
    ("en", "She will fly to Ankara on Friday.", [("on Friday", "2025-12-05")]),
    ("en", "They meet again next Monday.", [("next Monday", "2025-12-08")]),
    ("en", "They met last Tuesday.", [("last Tuesday", "2025-11-25")]),
    ("en", "The vote took place on Monday night.", [("on Monday night", "2025-12-01")]),
    ("en", "He spoke yesterday and again this morning.", [("yesterday", "2025-12-01"),
                                                         ("this morning", "2025-12-02")]),
    ("en", "A day earlier, the day before, shots were fired.", [("the day before", "2025-12-01")]),
    ("en", "The summit opens tomorrow.", [("tomorrow", "2025-12-03")]),
    ("en", "The deal was signed on November 30, 2025.", [("on November 30, 2025", "2025-11-30")]),
    ("en", "The deal was signed on Nov. 30.", [("on Nov. 30", "2025-11-30")]),
    ("en", "It was agreed in Sept. 2024 and renewed on 3 March 2025.", [("in Sept. 2024", None),
                                                                         ("on 3 March 2025", "2025-03-03")]),
    ("en", "The talks ended 2025-11-30.", [("2025-11-30", "2025-11-30")]),
    ("en", "Officials met last week.", [("last week", None)]),
    ("en", "It was reported earlier this month.", [("earlier this month", None)]),
    ("en", "Elections are due in May.", [("in May", None)]),
    ("en", "Ministers may meet soon.", []),
    # --- French ---------------------------------------------------------------------------
    ("fr", "Le ministre est arrivé dimanche à Paris.", [("dimanche", "2025-11-30")]),
    ("fr", "Ils se sont vus mardi soir.", [("mardi soir", "2025-12-02")]),
    ("fr", "Il rencontrera son homologue vendredi.", [("vendredi", "2025-12-05")]),
    ("fr", "La réunion aura lieu lundi prochain.", [("lundi prochain", "2025-12-08")]),
    ("fr", "Ils se sont rencontrés mardi dernier.", [("mardi dernier", "2025-11-25")]),
    ("fr", "Hier, les discussions ont échoué.", [("Hier", "2025-12-01")]),
    ("fr", "La veille, il avait refusé.", [("La veille", "2025-12-01")]),
    ("fr", "Aujourd’hui, le sommet commence.", [("Aujourd’hui", "2025-12-02")]),
    ("fr", "Le sommet commence demain.", [("demain", "2025-12-03")]),
    ("fr", "L'accord signé le 30 novembre 2025 entre en vigueur.", [("le 30 novembre 2025", "2025-11-30")]),
    ("fr", "Le 1er décembre, il a parlé.", [("Le 1er décembre", "2025-12-01")]),
    ("fr", "La semaine dernière, rien n'a bougé.", [("La semaine dernière", None)]),
    ("fr", "Des élections sont prévues début décembre.", [("début décembre", None)]),
    # --- Spanish --------------------------------------------------------------------------
    ("es", "El ministro llegó el domingo a Madrid.", [("el domingo", "2025-11-30")]),
    ("es", "Se reunieron el martes por la noche.", [("el martes por la noche", "2025-12-02")]),
    ("es", "El canciller viajará el viernes a Roma.", [("el viernes", "2025-12-05")]),
    ("es", "Se verán el próximo lunes.", [("el próximo lunes", "2025-12-08")]),
    ("es", "Se vieron el martes pasado.", [("el martes pasado", "2025-11-25")]),
    ("es", "Ayer por la tarde hubo protestas.", [("Ayer por la tarde", "2025-12-01")]),
    ("es", "El día anterior había hablado.", [("El día anterior", "2025-12-01")]),
    ("es", "La cumbre empieza mañana.", [("mañana", "2025-12-03")]),
    ("es", "Por la mañana llovió.", []),
    ("es", "Esta mañana hablaron.", []),
    ("es", "Hoy se firma el acuerdo.", [("Hoy", "2025-12-02")]),
    ("es", "Se firmó el 30 de noviembre de 2025.", [("el 30 de noviembre de 2025", "2025-11-30")]),
    ("es", "Se firmó el 30/11/2025 en Lima.", [("el 30/11/2025", "2025-11-30")]),
    ("es", "La semana pasada no hubo acuerdo.", [("La semana pasada", None)]),
    ("es", "Habrá elecciones a principios de diciembre.", [("a principios de diciembre", None)]),
    # French futures in -rra, -rront and of "faire" look ahead too
    ("fr", "Les deux pays enverront jeudi des délégations à Istanbul.", [("jeudi", "2025-12-04")]),
    ("fr", "Le ministre pourra jeudi rencontrer son homologue.", [("jeudi", "2025-12-04")]),
    ("fr", "Le ministre fera jeudi une déclaration.", [("jeudi", "2025-12-04")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{c[1][:30]}" for c in CASES])
def test_dates_sentence(lang: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(_run(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Er wird am Donnerstag anreisen.", "am Donnerstag"),
    ("en", "He will arrive on Thursday.", "on Thursday"),
    ("fr", "Il arrivera jeudi.", "jeudi"),
    ("es", "Llegará el jueves.", "el jueves"),
])
def test_dates_future_cue_is_per_sentence(lang: str, text: str, surface: str) -> None:
    # The weekday before the future sentence stays in the past.
    past = {"de": "Am Donnerstag war er da.", "en": "On Thursday he was there.",
            "fr": "Jeudi, il était là.", "es": "El jueves estuvo allí."}[lang]
    days = [t.day for t in _run(f"{past} {text}", lang).times]
    assert days == [date(2025, 11, 27), date(2025, 12, 4)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Sie sagte am Montag, er werde am Freitag nach Rom reisen.", ["2025-12-01", "2025-12-05"]),
    ("de", "Er werde am Freitag reisen, sagte sie am Montag.", ["2025-12-05", "2025-12-01"]),
    ("en", "She said on Monday that he will travel to Rome on Friday.", ["2025-12-01", "2025-12-05"]),
    ("en", "Talks were held on Sunday and will resume next Tuesday.", ["2025-11-30", "2025-12-09"]),
    ("fr", "Elle a déclaré lundi qu'il rencontrera vendredi son homologue.", ["2025-12-01", "2025-12-05"]),
    ("es", "Dijo el lunes que el ministro viajará el viernes a Roma.", ["2025-12-01", "2025-12-05"]),
])
def test_dates_nearer_past_cue_beats_future_cue(lang: str, text: str, expected: list[str]) -> None:
    assert [t.day.isoformat() for t in _run(text, lang).times if t.day] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Biden will host Kishida at the White House on Friday, the White House said on Monday.",
     ["2025-12-05", "2025-12-01"]),
    ("en", "Brahimi made the announcement on Monday that talks would begin soon.", ["2025-12-01"]),
    ("en", "Lavrov said on Monday he would meet Fidan in Ankara on Friday.", ["2025-12-01", "2025-12-05"]),
    ("de", "Biden empfängt Kishida am Freitag im Weißen Haus, teilte das Weiße Haus am Montag mit.",
     ["2025-12-05", "2025-12-01"]),
    ("fr", "Biden recevra vendredi Kishida à la Maison Blanche, a annoncé lundi la Maison Blanche.",
     ["2025-12-05", "2025-12-01"]),
    ("es", "Biden recibirá el viernes a Kishida en la Casa Blanca, informó el lunes la Casa Blanca.",
     ["2025-12-05", "2025-12-01"]),
])
def test_dates_the_tense_of_the_weekdays_own_clause_decides(lang: str, text: str,
                                                            expected: list[str]) -> None:
    """A past cue in another clause ("…, the White House said") does not turn back a weekday
    whose own clause speaks of the future ("will host", "recevra": an irregular future)."""
    assert [t.day.isoformat() for t in _run(text, lang).times if t.day] == expected


@pytest.mark.parametrize(("lang", "text", "anchor"), [
    ("de", "Gestern trafen sie sich in Wien. (APA/Reuters, 2.8.2015)", date(2015, 8, 2)),
    ("de", "Gestern trafen sie sich. (APA, 2.8.2015)\n\nMehr am Montag. (dpa, 3.8.2015)", date(2015, 8, 2)),
    ("en", "WASHINGTON, Nov. 3 (Reuters) — Officials met yesterday.", date(2025, 11, 3)),
    ("en", "MOSCOW (AP) — Officials met yesterday.", TUESDAY),
    ("en", "Intro line.\nKYIV, Dec. 1, 2025 (AFP) — Officials met yesterday.", date(2025, 12, 1)),
    ("fr", "Hier, ils se sont vus. (APA, 2.8.2015)", date(2015, 8, 2)),
    ("de", "Gestern war es ruhig. (APA; 2.8.2015)", date(2015, 8, 2)),
    ("de", "Gestern war es ruhig. (APA, red, 2.8.2015)", date(2015, 8, 2)),
    ("de", "Gestern war es ruhig. (Der Text vom 5.8.2015)", TUESDAY),
])
def test_dates_dateline_wins_over_published(lang: str, text: str, anchor: date) -> None:
    doc = _run(text, lang)
    assert doc.anchor == anchor
    yesterday = next(t for t in doc.times if t.surface.lower() in ("gestern", "yesterday", "hier"))
    assert yesterday.day == date.fromordinal(anchor.toordinal() - 1)


def test_dates_dateline_year_from_published_nearest() -> None:
    doc = _run("WASHINGTON, Dec. 31 (Reuters) — Talks ended.", "en", published=date(2026, 1, 2))
    assert doc.anchor == date(2025, 12, 31)


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_dates_no_anchor_resolves_only_absolute(lang: str) -> None:
    text = {"de": "Gestern und am Sonntag, am 30. November 2025 und am 30. November.",
            "en": "Yesterday and on Sunday, on November 30, 2025 and on Nov. 30.",
            "fr": "Hier et dimanche, le 30 novembre 2025 et le 30 novembre.",
            "es": "Ayer y el domingo, el 30 de noviembre de 2025 y el 30 de noviembre."}[lang]
    doc = _run(text, lang, published=None)
    assert doc.anchor is None
    assert [t.day for t in doc.times] == [None, None, date(2025, 11, 30), None]


def test_dates_year_nearest_to_anchor() -> None:
    doc = _run("Am 28. Dezember und am 3. Jänner.", "de", published=date(2026, 1, 2))
    assert [t.day for t in doc.times] == [date(2025, 12, 28), date(2026, 1, 3)]


def test_dates_offsets_sorted_and_disjoint() -> None:
    text = "Am Sonntag, gestern und heute Morgen; am 30. November 2025. Er wird am Freitag reisen."
    doc = _run(text, "de")
    assert all(text[t.start:t.end] == t.surface for t in doc.times)
    assert all(a.end <= b.start for a, b in zip(doc.times, doc.times[1:], strict=False))
    assert len(doc.times) == 5


def test_dates_without_sentences_scans_whole_text() -> None:
    doc = find_dates(Document("Gestern sprach er.", "de", published=TUESDAY), RES)
    assert doc.times == (TimeExpr(0, 7, "Gestern", date(2025, 12, 1)),)


def test_dates_unknown_language_keeps_published() -> None:
    doc = _run("Gestern.", "xx")
    assert (doc.times, doc.anchor) == ((), TUESDAY)


def test_dates_time_in_prefers_resolved_day() -> None:
    doc = _run("Vergangene Woche, genauer am Montag, trafen sie sich.", "de")
    best = time_in(doc, 0, len(doc.content))
    assert best is not None and best.surface == "am Montag"
    assert time_in(doc, 0, 16) == doc.times[0]
    assert time_in(doc, 17, 20) is None


def test_dates_unquoted_yaml_boolean_is_data_error() -> None:
    with pytest.raises(DataError, match="prefixes"):
        build({"prefixes": [True]}, {}, "en")


def test_dates_bad_pattern_is_data_error() -> None:
    with pytest.raises(DataError, match="lexicon/en/time.yml"):
        build({"vague": ["(unclosed"]}, {}, "en")


def test_dates_trigger_prefilter_loses_nothing() -> None:
    # The Aho-Corasick prefilter only skips text: scanning everything must find the same.
    from dataclasses import replace as dc_replace

    from diplograph.extract.dates import lexicon_for

    plain = Resources(ROOT, RES.lexicons)
    for lang in ("de", "en", "fr", "es"):
        plain.memo(("dates", lang), lambda lang=lang: dc_replace(lexicon_for(RES, lang), trigger=None))
    for lang, text, _ in CASES:
        assert _run(text, lang).times == find_dates(_run(text, lang), plain).times, text


def test_dates_letters_that_grow_when_lowered_keep_offsets() -> None:
    text = "İstanbul: Am Sonntag trafen sich die Minister."
    doc = _run(text, "de")
    assert _pairs(doc) == [("Am Sonntag", "2025-11-30")]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Die Einigung kam einen Tag nach dem Treffen der Minister in Wien.", "einen Tag nach"),
    ("en", "The deal came a day after the ministers met in Vienna.", "a day after"),
    ("fr", "L'accord est intervenu au lendemain de la rencontre des ministres à Vienne.", "au lendemain de"),
    ("es", "El acuerdo llegó un día después de la reunión de los ministros en Viena.", "un día después de"),
])
def test_dates_a_day_after_is_the_day_before(lang: str, text: str, surface: str) -> None:
    assert _pairs(_run(text, lang)) == [(surface, "2025-12-01")]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("es", "El ministro llegó a Viena para asistir el viernes a la cumbre.", "el viernes"),
    ("fr", "Le ministre est arrivé à Vienne pour participer vendredi au sommet.", "vendredi"),
])
def test_dates_purpose_clause_looks_ahead(lang: str, text: str, surface: str) -> None:
    assert _pairs(_run(text, lang)) == [(surface, "2025-12-05")]


def test_dates_pour_avoir_is_not_ahead() -> None:
    doc = _run("Il a été condamné pour avoir manifesté vendredi.", "fr")
    assert _pairs(doc) == [("vendredi", "2025-11-28")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Am 20. November trafen sich die Minister in Rom. Tags darauf flogen sie nach Paris.",
     [("Am 20. November", "2025-11-20"), ("Tags darauf", "2025-11-21")]),
    ("de", "Am Freitag begann der Gipfel. Am Tag zuvor waren die Delegationen angereist.",
     [("Am Freitag", "2025-11-28"), ("Am Tag zuvor", "2025-11-27")]),
    ("en", "The envoys met on November 20. The following day they flew to Paris.",
     [("on November 20", "2025-11-20"), ("The following day", "2025-11-21")]),
    ("en", "Talks opened on Friday. Two days later the delegations left.",
     [("on Friday", "2025-11-28"), ("Two days later", "2025-11-30")]),
    ("fr", "Les ministres se sont vus le 20 novembre. Le lendemain, ils sont partis pour Paris.",
     [("le 20 novembre", "2025-11-20"), ("Le lendemain", "2025-11-21")]),
    ("es", "Los ministros se reunieron el 20 de noviembre. Al día siguiente viajaron a París.",
     [("el 20 de noviembre", "2025-11-20"), ("Al día siguiente", "2025-11-21")]),
    # With no day told before, a chained day counts from the anchor.
    ("en", "The following day, the talks resumed.", [("The following day", "2025-12-03")]),
])
def test_dates_chained_relative_day_counts_from_the_last_day_told(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _pairs(_run(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Die Kanzlerin reist am Freitag nach Rom.", "am Freitag"),
    ("en", "The chancellor travels to Rome on Friday.", "on Friday"),
    ("fr", "Le sommet s'ouvre vendredi à Rome.", "vendredi"),
    ("es", "La cumbre comienza el viernes en Roma.", "el viernes"),
])
def test_dates_present_tense_of_a_scheduled_event_looks_ahead(lang: str, text: str, surface: str) -> None:
    assert _pairs(_run(text, lang)) == [(surface, "2025-12-05")]


@pytest.mark.parametrize("text", [
    "am 2.12. um 10.30 Uhr", "2025-12-04", "1/ 2 und 3 -4", "12 345 678 9", "0123456789", "1.\n2",
    "Nr. 7. 8", "Seite 1999, 20.000 Menschen, 3.5", "\u0661\u0662\u0663\u0664 und \u0663.\u0664",
])
def test_dates_numeric_trigger_finds_what_the_plain_alternation_finds(text: str) -> None:
    """The trigger puts its first digit outside the alternation only so that ``re`` can skip to
    digits: it must find what the alternation as first written finds."""
    plain = re.compile(r"\d[./-]\s?\d|\d{4}")
    assert [m.span() for m in NUMERIC_TRIGGER.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PHRASE_LISTS = [
    ["Januar", "Jan.", "Jänner", "Juni", "Juli", "Jun.", "Jul.", "Mai", "März", "Mär."],
    ["am folgenden Tag", "am nächsten Tag", "am Tag", "am", "einen Tag nach", "einen Tag nachdem"],
    ["Mo", "Montag", "Mon.", "mon", "Sept", "Sept.", "September", "se", "s"],  # case twins: the flat list
    ["ſept", "Sept", "Kelvin", "\u212aelvin"],  # characters IGNORECASE pairs with ASCII letters
    ["a.b", "a+b", "a(b", "ab", "a", "", "x y  z", "x y"],
]


@pytest.mark.parametrize("words", _PHRASE_LISTS)
def test_time_patterns_phrase_trie_matches_as_the_flat_list(words: list[str]) -> None:
    """The trie of ``phrase`` must find, in every text, what the flat alternation longest first
    finds: the same spans, alone and followed by more pattern (which makes re backtrack)."""
    pieces = sorted({t for w in words for t in w.split()} | {"", " ", "  ", ".", "X", "ÄRZ", "tag"})
    texts = [" ".join(words), " ".join(w.upper() for w in words), " ".join(w.lower() for w in words)]
    texts += [a + b + c for a in pieces for b in pieces for c in (" ", "s ", ". ")]
    for tail in ("", r"(?!\w)", r"\.?\s*\d*", r"(?:\s+tag)?"):
        trie = re.compile(f"(?:{phrase(words)}){tail}", re.IGNORECASE)
        flat = re.compile(f"(?:{flat_phrase(words)}){tail}", re.IGNORECASE)
        for text in texts:
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_time_patterns_phrase_shares_beginnings_unless_case_twins_meet() -> None:
    assert phrase(_PHRASE_LISTS[0]) != flat_phrase(_PHRASE_LISTS[0])  # a trie
    assert phrase(["Mo", "mon"]) == flat_phrase(["Mo", "mon"])  # "M" and "m" meet one character
    assert phrase(["Sept", "ſept"]) == flat_phrase(["Sept", "ſept"])  # so do "S" and the long s


_OPTIONAL_PATTERNS = [
    (
        r"(?:am\s+)?(?:Montag|Dienstag)(?:\s*(?P<p>früh))?",
        r"(?:am\s+|)(?:Montag|Dienstag)(?:\s*(?P<p>früh)|)",
    ),
    (
        r"(?:(?:im|seit)\s+)?(?:(?:Mai|Juni),?\s+(?:den\s+)?)?\d+(?:\.\s?(?:\d{4})?)?",
        r"(?:(?:im|seit)\s+|)(?:(?:Mai|Juni),?\s+(?:den\s+|)|)\d+(?:\.\s?(?:\d{4}|)|)",
    ),
    # a class, lazy and possessive quantifiers, escaped parentheses, capturing groups: as written
    (
        r"[(?:a)?]b(?:c)??d(?:e)?+f\(?:g\)?(h)?(?P<i>i)?(?=j)?",
        r"[(?:a)?]b(?:c)??d(?:e)?+f\(?:g\)?(h)?(?P<i>i)?(?=j)?",
    ),
    (r"(?:x|xy)?y(?:(?:z)?z)?", r"(?:x|xy|)y(?:(?:z|)z|)"),
]
_OPTIONAL_TEXTS = ["am Montag früh", "Montag", "seit Mai, den 3. 2024", "Juni 3.", "im 12", "(b", "abdf",
                   "bd(g)hij", "bcdeefg)ij", "xyzz xy y yzz", "[?:a)?]bd", "am  Dienstagfrüh 4. 99"]


@pytest.mark.parametrize("pattern, expected", _OPTIONAL_PATTERNS)
def test_time_patterns_optional_group_as_branch_matches_alike(pattern: str, expected: str) -> None:
    """``(?:X)?`` written ``(?:X|)`` must find the same spans and groups."""
    assert optional_as_branch(pattern) == expected
    for text in _OPTIONAL_TEXTS:
        for flags in (0, re.IGNORECASE):
            new, old = re.compile(expected, flags), re.compile(pattern, flags)
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
                (m.span(), m.groups()) for m in old.finditer(text)
            ], text


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_time_patterns_scanner_finds_what_it_found_with_optional_groups(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scanner, its optional groups written as alternations, finds what it found before."""
    from diplograph.extract import time_patterns

    new = build(RES.lexicon(lang, "time"), RES.lexicon("common", "time"), lang).scanner
    monkeypatch.setattr(time_patterns, "optional_as_branch", lambda p: p)
    old = build(RES.lexicon(lang, "time"), RES.lexicon("common", "time"), lang).scanner
    assert new is not None and old is not None and new.pattern != old.pattern
    texts = [
        "Am Montag, den 3. Dezember 2025 traf er ihn; am 4.12. und am vergangenen Freitag früh auch.",
        "On Monday, December 1, 2025, and next Friday morning; last week, on 2025-12-03.",
        "Le lundi 1er décembre 2025, puis vendredi prochain au matin ; la semaine dernière.",
        "El lunes 1 de diciembre de 2025 y el próximo viernes por la mañana; la semana pasada.",
        "Anfang Dezember, Mitte 2024, im Jahr 2023, seit Mai 2022, vor zwei Wochen, gestern Abend.",
    ]
    for text in texts:
        assert [(m.span(), m.lastgroup, m.groupdict()) for m in new.finditer(text)] == [
            (m.span(), m.lastgroup, m.groupdict()) for m in old.finditer(text)
        ], text
