"""Read articles from files, folders, JSON Lines and stdin into :class:`RawArticle` records.

This is the one place ingest touches the file system. Inputs stream: a folder is walked file by
file and a JSON Lines file line by line, so a corpus of any size runs in constant memory. Bad
input fails early with a one-line :class:`InputError` naming the file (and line), because a
wrong character offset later is far harder to trace back.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from diplograph.errors import InputError

log = logging.getLogger(__name__)

STDIN = "-"
JSONL_SUFFIXES = frozenset((".jsonl", ".ndjson"))
HTML_SUFFIXES = frozenset((".html", ".htm", ".xhtml"))
_SNIFF_BYTES = 4096
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: The longest text read as one article: a news article is a few thousand words, and a whole
#: corpus in one file ("10kGNAD-test.csv") read as one would take the extractor hours.
MAX_ARTICLE_CHARS = 200_000


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before HTML extraction and cleaning.

    ``source`` says where it came from (a path, ``<stdin>``, or ``file.jsonl:12``); ``html`` says
    that ``text`` is an HTML page still to be passed through :func:`diplograph.ingest.html.resolve_html`.
    """

    text: str
    source: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    html: bool = False


def parse_date(value: str, source: str) -> date:
    """Read an ISO 8601 date or datetime (``2025-11-30``, ``2025-11-30T09:15:00Z``) as a date.

    >>> parse_date("2025-11-30T23:15:00+01:00", "x")
    datetime.date(2025, 11, 30)
    """
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError:
        raise InputError(f"{source}: bad date {value!r} (expected ISO 8601, e.g. 2025-11-30)") from None


def decode(data: bytes, source: str) -> str:
    """Decode article bytes as UTF-8 (or BOM-marked UTF-16); refuse binary, broken or empty input."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 at byte {exc.start}") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{source}: binary file (contains NUL bytes), expected text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-8 at byte {exc.start}") from None
    if not text.strip():
        raise InputError(f"{source}: empty file")
    return text


def looks_like_html(path: Path | None, text: str) -> bool:
    """Say whether a file is an HTML page, by suffix or by its opening tag."""
    if path is not None and path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:_SNIFF_BYTES].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<html" in head[:1024]


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, skipping hidden files and folders."""
    with os.scandir(folder) as scan:
        entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _is_binary(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    return b"\x00" in head and not head.startswith(_UTF16_BOMS)


def _optional_str(record: dict[str, object], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field {key!r} must be a string")
    return value


def _one_article(text: str, source: str) -> str:
    """``text`` if it can be one article, else an :class:`InputError` that says how to give a
    corpus."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"{source}: {len(text):,} characters is too long for one article (at most "
            f"{MAX_ARTICLE_CHARS:,}); give a corpus as JSON Lines (one {{\"text\": …}} object a line, "
            "file.jsonl) or as a folder of files"
        )
    return text


def _jsonl_article(line: bytes, where: str, offset: int) -> RawArticle:
    if b"\x00" in line:
        raise InputError(f"{where}: binary data (NUL bytes), expected JSON")
    try:
        text = line.decode("utf-8-sig" if offset == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: invalid UTF-8 at byte {offset + exc.start}") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with a 'text' field")
    body = _optional_str(record, "text", where)
    page = _optional_str(record, "html", where)
    if (body is None or not body.strip()) and (page is None or not page.strip()):
        raise InputError(f"{where}: no 'text' (or 'html') field with content")
    published = _optional_str(record, "published", where)
    return RawArticle(
        text=_one_article(body, where) if body and body.strip() else str(page),
        source=where,
        url=_optional_str(record, "url", where),
        title=_optional_str(record, "title", where),
        published=parse_date(published, where) if published else None,
        lang=_optional_str(record, "lang", where),
        html=not (body and body.strip()),
    )


#: What a reader does with an input it cannot read: None raises, a callable is told and goes on.
Skip = Callable[[InputError], None] | None


def _skipped(exc: InputError) -> None:
    log.warning("%s (skipped)", exc)


def _iter_jsonl(
    lines: Iterable[bytes], name: str, first_number: int = 1, skip: Skip = None
) -> Iterator[RawArticle]:
    offset = 0
    found = False
    for number, line in enumerate(lines, start=first_number):
        if line.strip():
            found = True
            try:
                article = _jsonl_article(line, f"{name}:{number}", offset)
            except InputError as exc:
                if skip is None:
                    raise
                skip(exc)
            else:
                yield article
        offset += len(line)
    if not found:
        raise InputError(f"{name}: empty file")


def _read_file(path: Path, in_folder: bool, skip: Skip = None) -> Iterator[RawArticle]:
    name = str(path)
    if in_folder and (path.stat().st_size == 0 or _is_binary(path)):
        log.warning("%s: skipped (empty or binary)", name)
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            yield from _iter_jsonl(handle, name, skip=skip)
        return
    try:
        text = decode(path.read_bytes(), name)
        html = looks_like_html(path, text)
        article = RawArticle(text=text if html else _one_article(text, name), source=name, html=html)
    except InputError as exc:
        if skip is None:
            raise
        skip(exc)
        return
    yield article


def _read_stdin(stream: BinaryIO) -> Iterator[RawArticle]:
    """Stdin is JSON Lines when its first non-blank line opens a JSON object, else one article."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith(b"{"):
        leading = len(head) - 1
        yield from _iter_jsonl(chain((head[-1],), stream), "<stdin>", first_number=leading + 1)
        return
    text = decode(b"".join(head) + stream.read(), "<stdin>")
    html = looks_like_html(None, text)
    yield RawArticle(text=text if html else _one_article(text, "<stdin>"), source="<stdin>", html=html)


def _check_single_url(paths: Sequence[str]) -> None:
    many = len(paths) != 1 or (
        paths[0] != STDIN
        and (Path(paths[0]).is_dir() or Path(paths[0]).suffix.lower() in JSONL_SUFFIXES)
    )
    if many:
        raise InputError("a URL can only be given for a single article file or stdin")


def iter_inputs(
    paths: Sequence[str],
    *,
    default_lang: str | None = None,
    published: date | None = None,
    url: str | None = None,
    stdin: BinaryIO | None = None,
    skip_bad: bool = False,
    skipped: list[str] | None = None,
) -> Iterator[RawArticle]:
    """Yield every article in ``paths`` (files, folders, JSON Lines, ``-`` for stdin), in order.

    ``default_lang`` and ``published`` fill in what an article does not say itself; ``url``
    names the single article being read. Folders are walked recursively in sorted order, hidden
    files skipped, and empty or binary files inside them skipped with a warning; everything else
    that cannot be read raises :class:`InputError`, or, with ``skip_bad`` (``ingest
    --keep-going``), is skipped with a warning and its message added to ``skipped``: a bad line
    of JSON Lines, a file that is not text. A path that does not exist is always an error.
    """

    def skip_one(exc: InputError) -> None:
        _skipped(exc)
        if skipped is not None:
            skipped.append(str(exc))

    skip: Skip = skip_one if skip_bad else None
    if url is not None:
        _check_single_url(paths)
    yielded = 0
    for name in paths:
        if name == STDIN:
            found = _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            path = Path(name)
            if not path.exists():
                raise InputError(f"{name}: no such file or folder")
            if path.is_dir():
                found = (a for f in _walk(path) for a in _read_file(f, in_folder=True, skip=skip))
            else:
                found = _read_file(path, in_folder=False, skip=skip)
        for article in found:
            yielded += 1
            if url is not None and yielded > 1:
                raise InputError(f"{article.source}: a URL was given but the input holds several articles")
            yield replace(
                article,
                lang=article.lang or default_lang,
                published=article.published or published,
                url=article.url or url,
            )


def count_inputs(paths: Sequence[str]) -> int:
    """Count articles cheaply for a progress bar: files, plus non-blank lines of JSON Lines files.

    Nothing is parsed, so the count may include lines that later fail; stdin counts as one.
    """
    total = 0
    for name in paths:
        if name == STDIN:
            total += 1
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or folder")
        for file in _walk(path) if path.is_dir() else iter((path,)):
            if file.suffix.lower() in JSONL_SUFFIXES:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


@dataclass(frozen=True)
class Slice:
    """A piece of the input that one worker reads on its own: a whole file, or lines of a JSON Lines file.

    ``offset`` is the byte where the slice starts, ``first_line`` its 1-based line number (for
    messages) and ``count`` how many non-blank lines it holds; all three are ``0`` for a whole
    file. ``in_folder`` keeps the rule that empty or binary files found in a folder are skipped.
    """

    path: str
    in_folder: bool
    offset: int = 0
    first_line: int = 0
    count: int = 0


def plan_slices(paths: Sequence[str], lines_per_slice: int) -> Iterator[Slice]:
    """Cut ``paths`` into slices of at most ``lines_per_slice`` articles, in input order.

    Only JSON Lines files are read here (to find where every ``lines_per_slice``-th article
    starts); other files count as one article each. Stdin cannot be cut: it is refused.
    """
    for name in paths:
        if name == STDIN:
            raise InputError("stdin cannot be split among workers; write it to a file first")
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or folder")
        in_folder = path.is_dir()
        for file in _walk(path) if in_folder else iter((path,)):
            skipped = in_folder and (file.stat().st_size == 0 or _is_binary(file))
            if file.suffix.lower() in JSONL_SUFFIXES and not skipped:
                yield from _jsonl_slices(file, in_folder, lines_per_slice)
            else:
                yield Slice(str(file), in_folder)


def _jsonl_slices(file: Path, in_folder: bool, size: int) -> Iterator[Slice]:
    offset = start = first = count = 0
    with file.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                if count == 0:
                    start, first = offset, number
                count += 1
                if count == size:
                    yield Slice(str(file), in_folder, start, first, count)
                    count = 0
            offset += len(line)
    if count:
        yield Slice(str(file), in_folder, start, first, count)
    elif first == 0:
        # a JSON Lines file without an article: its reader raises, as ingest does
        yield Slice(str(file), in_folder)


def read_slice(
    piece: Slice, *, default_lang: str | None = None, published: date | None = None
) -> Iterator[RawArticle]:
    """Yield the articles of one slice exactly as :func:`iter_inputs` yields them."""
    path = Path(piece.path)
    found = _read_file(path, piece.in_folder) if piece.count == 0 else _read_jsonl_lines(path, piece)
    for article in found:
        yield replace(article, lang=article.lang or default_lang, published=article.published or published)


def _read_jsonl_lines(path: Path, piece: Slice) -> Iterator[RawArticle]:
    with path.open("rb") as handle:
        handle.seek(piece.offset)
        offset, left = piece.offset, piece.count
        for number, line in enumerate(handle, start=piece.first_line):
            if line.strip():
                yield _jsonl_article(line, f"{path}:{number}", offset)
                left -= 1
                if left == 0:
                    return
            offset += len(line)
