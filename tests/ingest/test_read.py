"""Tests for diplograph.ingest.read and diplograph.ingest.html."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.ingest.html import extract_html, resolve_html
from diplograph.ingest.read import RawArticle, count_inputs, iter_inputs, parse_date

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
TEXT = "Die Minister trafen sich in Genf.\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_read_text_file_with_defaults(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", TEXT)
    found = list(
        iter_inputs([str(path)], default_lang="de", published=date(2025, 11, 30), url="https://x.org/a")
    )
    assert found == [RawArticle(TEXT, str(path), "https://x.org/a", None, date(2025, 11, 30), "de", False)]


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("bom.txt", b"\xef\xbb\xbf" + TEXT.encode(), TEXT),
        ("utf16.txt", TEXT.encode("utf-16"), TEXT),
        ("noext", TEXT.encode(), TEXT),
        ("notes.md", b"# Gipfel\n\nText.", "# Gipfel\n\nText."),
    ],
)
def test_read_text_encodings(tmp_path: Path, name: str, data: bytes, text: str) -> None:
    (article,) = iter_inputs([str(_write(tmp_path / name, data))])
    assert article.text == text and not article.html


@pytest.mark.parametrize(
    ("name", "data"),
    [("page.htm", "<p>Text</p>"), ("page.txt", "<!DOCTYPE html>\n<html><body>x</body></html>")],
)
def test_read_sniffs_html(tmp_path: Path, name: str, data: str) -> None:
    (article,) = iter_inputs([str(_write(tmp_path / name, data))])
    assert article.html


def test_read_html_page_extracts_text_and_metadata() -> None:
    (raw,) = iter_inputs([str(FIXTURES / "page.html")])
    assert raw.html
    article = resolve_html(raw)
    assert not article.html
    assert article.title == "Außenminister beraten in Genf über Waffenruhe"
    assert article.published == date(2025, 11, 30)
    assert article.url == "https://example.org/politik/genf-beratungen"
    assert article.text.startswith("Außenminister beraten in Genf über Waffenruhe\n\nDie Außenminister")
    assert "frühestens am 6. Dezember erwartet." in article.text
    for furniture in (
        "alert",
        "Cookies",
        "akzeptieren",
        "Startseite",
        "Sport",
        "showPaywall",
        "font-family",
        "Impressum",
        "Rechte vorbehalten",
    ):
        assert furniture not in article.text


def test_read_html_given_metadata_wins() -> None:
    raw = RawArticle(
        (FIXTURES / "page.html").read_text(encoding="utf-8"),
        "p.html",
        url="https://y.org/1",
        title="Eigener Titel",
        published=date(2025, 1, 1),
        html=True,
    )
    article = resolve_html(raw)
    assert (article.url, article.title, article.published) == (
        "https://y.org/1",
        "Eigener Titel",
        date(2025, 1, 1),
    )


def test_read_html_without_article_text() -> None:
    with pytest.raises(InputError, match=r"^empty\.html: no article text"):
        extract_html(
            "<html><head><script>alert(1)</script><style>p {}</style></head><body></body></html>",
            source="empty.html",
        )


def test_read_jsonl() -> None:
    path = FIXTURES / "articles.jsonl"
    found = list(iter_inputs([str(path)], default_lang="en"))
    assert [a.source for a in found] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert found[0] == RawArticle(
        "Die Außenminister trafen sich am Montag in Wien.",
        f"{path}:1",
        "https://example.org/a/1",
        "Treffen in Wien",
        date(2025, 11, 24),
        "de",
        False,
    )
    assert (found[1].published, found[1].lang, found[1].url) == (date(2025, 11, 24), "en", None)
    assert found[2].html and found[2].lang == "de"
    assert "vereinbarten ein weiteres Treffen" in resolve_html(found[2]).text


def test_read_jsonl_streams_before_a_bad_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "x.ndjson", '{"text": "Gut."}\n{"text": \n')
    articles = iter_inputs([str(path)])
    assert next(articles).text == "Gut."
    with pytest.raises(InputError, match=r"x\.ndjson:2: not valid JSON"):
        next(articles)


def test_read_folder_sorted_recursive_skips_hidden_and_binary(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "B.")
    _write(tmp_path / "a" / "z.txt", "AZ.")
    _write(tmp_path / "a" / "y.jsonl", '{"text": "AY1."}\n{"text": "AY2."}\n')
    _write(tmp_path / ".hidden.txt", "H.")
    _write(tmp_path / ".git" / "c.txt", "G.")
    _write(tmp_path / "img.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(tmp_path / "empty.txt", b"")
    texts = [a.text for a in iter_inputs([str(tmp_path)])]
    assert texts == ["AY1.", "AY2.", "AZ.", "B."]
    assert count_inputs([str(tmp_path)]) == 6  # counts files without reading them, plus JSONL lines


def test_read_count_inputs(tmp_path: Path) -> None:
    one = _write(tmp_path / "one.txt", TEXT)
    many = _write(tmp_path / "many.jsonl", '{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}')
    assert count_inputs([str(one), str(many), "-"]) == 5


@pytest.mark.parametrize(
    ("data", "source"),
    [(b"Gipfel in Genf.\n", "<stdin>"), (b'\n{"text": "Gipfel."}\n', "<stdin>:2")],
)
def test_read_stdin(data: bytes, source: str) -> None:
    (article,) = iter_inputs(["-"], stdin=io.BytesIO(data), default_lang="de")
    assert article.source == source and article.lang == "de" and "Gipfel" in article.text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", r"empty\.txt: empty file$"),
        ("blank.txt", b"  \n\t\n", r"blank\.txt: empty file$"),
        ("bin.txt", b"abc\x00def", r"bin\.txt: binary file"),
        ("bad.txt", b"Genf " + b"\xff\xfe rest", r"bad\.txt: invalid UTF-8 at byte 5$"),
        ("bad.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n', r"bad\.jsonl:2: invalid UTF-8 at byte 28$"),
        ("nojson.jsonl", b'{"text": "ok"}\nnot json\n', r"nojson\.jsonl:2: not valid JSON"),
        ("notext.jsonl", b'{"title": "x"}\n', r"notext\.jsonl:1: no 'text'"),
        ("emptytext.jsonl", b'{"text": "  "}\n', r"emptytext\.jsonl:1: no 'text'"),
        ("list.jsonl", b'["x"]\n', r"list\.jsonl:1: expected a JSON object"),
        ("num.jsonl", b'{"text": "x", "url": 5}\n', r"num\.jsonl:1: field 'url' must be a string"),
        (
            "date.jsonl",
            b'{"text": "x", "published": "30.11.2025"}\n',
            r"date\.jsonl:1: bad date '30\.11\.2025'",
        ),
        ("empty.jsonl", b"\n\n", r"empty\.jsonl: empty file$"),
    ],
)
def test_read_rejects_bad_input(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path / name, data)
    with pytest.raises(InputError, match=message) as caught:
        list(iter_inputs([str(path)]))
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_read_rejects_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        list(iter_inputs([str(tmp_path / "nope.txt")]))
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        count_inputs([str(tmp_path / "nope.txt")])


@pytest.mark.parametrize("many", [["a.txt", "b.txt"], ["."], ["x.jsonl"]])
def test_read_url_needs_single_article(tmp_path: Path, many: list[str]) -> None:
    for name in ("a.txt", "b.txt"):
        _write(tmp_path / name, TEXT)
    _write(tmp_path / "x.jsonl", '{"text": "a"}\n')
    with pytest.raises(InputError, match="single article"):
        list(iter_inputs([str(tmp_path / m) for m in many], url="https://x.org/"))


def test_read_url_with_jsonl_on_stdin_fails_at_second_article() -> None:
    stream = io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')
    with pytest.raises(InputError, match=r"<stdin>:2: a URL was given"):
        list(iter_inputs(["-"], url="https://x.org/", stdin=stream))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-30", date(2025, 11, 30)),
        ("2025-11-30T09:15:00Z", date(2025, 11, 30)),
        ("2025-11-30 09:15", date(2025, 11, 30)),
        (" 2025-11-30T09:15:00.123+01:00 ", date(2025, 11, 30)),
    ],
)
def test_read_parse_date(value: str, expected: date) -> None:
    assert parse_date(value, "x") == expected


@pytest.mark.parametrize("value", ["30.11.2025", "yesterday", "2025-13-01", ""])
def test_read_parse_date_rejects(value: str) -> None:
    with pytest.raises(InputError, match=r"^src: bad date"):
        parse_date(value, "src")


def test_read_a_corpus_in_one_text_file_is_refused(tmp_path: Path) -> None:
    """A whole corpus in one text file ("corpus.csv") is no article: a clear error says how to give
    a corpus, instead of the extractor running for hours on one text of millions of characters."""
    corpus = _write(tmp_path / "corpus.csv", TEXT * 10_000)
    too_long = r"corpus\.csv: 340,000 characters is too long for one article.*JSON Lines"
    with pytest.raises(InputError, match=too_long):
        list(iter_inputs([str(corpus)]))
    lines = _write(tmp_path / "big.jsonl", '{"text": "%s"}\n' % ("Ja. " * 60_000))
    with pytest.raises(InputError, match=r"big\.jsonl:1: 240,000 characters is too long"):
        list(iter_inputs([str(lines)]))
    assert [a.text for a in iter_inputs([str(_write(tmp_path / "ok.txt", TEXT * 100))])] == [TEXT * 100]


def test_read_skip_bad_goes_on_past_bad_lines_and_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """``ingest --keep-going`` reads past a bad JSON Lines line and a file that is not one
    article, with a warning each; without it the first stops the run."""
    _write(tmp_path / "in" / "a.jsonl", '{"text": "Eins."}\n{"text": \n{"text": "Drei."}\n')
    _write(tmp_path / "in" / "b.txt", TEXT * 10_000)
    _write(tmp_path / "in" / "c.txt", "Vier.")
    folder = str(tmp_path / "in")
    with caplog.at_level("WARNING"):
        texts = [a.text for a in iter_inputs([folder], skip_bad=True)]
    assert texts == ["Eins.", "Drei.", "Vier."]
    assert sum("(skipped)" in r.getMessage() for r in caplog.records) == 2
    with pytest.raises(InputError, match=r"a\.jsonl:2: not valid JSON"):
        list(iter_inputs([folder]))
