"""The parts every offline page shares: script-safe JSON, the sentence tables, templates, hashes.

Apart from :mod:`diplograph.views.html` so that pages without a network (the timeline) start
without importing networkx, igraph and the layout code (a tenth of a second per command).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import cast

import orjson

from diplograph.views.facts import Sentences, Source
from diplograph.views.tooltip import clean

#: Sentences listed per node or edge in the details panel (tooltips show the first four).
MAX_REFS = 200


def latest(evidence: Sequence[Source], limit: int = MAX_REFS) -> list[Source]:
    """The ``limit`` most recent sentences of ``evidence``, newest first (by article date, then
    article, offset and text, so the choice never depends on the order they came in).

    Why: a hub's node or a busy pair's edge has thousands of sentences; a page lists a bounded
    number of them per item, and the latest are what a reader of the news looks for.
    """
    return heapq.nlargest(limit, evidence, key=lambda s: (s.issued, s.article, s.start, s.text))


def _json(data: object, *, fast: bool = False) -> str:
    """JSON that cannot end the ``<script>`` element it sits in.

    With ``fast``, orjson encodes it (0.07 s instead of 0.35 s for the 15 MB payload of a
    1.3M-quad store's page) to the same text as ``json.dumps`` — for data whose floats all
    have a magnitude of 0 or at least 1e-4 (below, orjson writes ``1e-7`` where json writes
    ``1e-07``): a drawn page's (:func:`diplograph.views.html.drawn_parts`: coordinates are ints,
    its only floats are edge roundness and options, 0.15 and up). Anything orjson refuses
    (a lone surrogate, a key that is no string) goes through ``json`` as before.
    """
    text = _orjson(data) if fast else None
    if text is None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _orjson(data: object) -> str | None:
    """``data`` as compact JSON by orjson, or None where orjson cannot encode it."""
    try:
        return orjson.dumps(data).decode("utf-8")
    except orjson.JSONEncodeError:
        return None


class _Sources:
    """Evidence sentences and their articles, each stored once per page, referred to by index.

    A meeting's sentence backs both participants and the edge between them, and an article
    backs many sentences, so two tables keep large pages small; the page's script builds
    tooltips and the details panel from them. A sentence row is ``[text, article]``; an
    article row is ``[title, issued, url, linkable]``, linkable only for http(s) URLs.
    """

    def __init__(self) -> None:
        self.index: dict[Source, int] = {}
        self.by_id: dict[int, tuple[Source, int]] = {}
        self.rows: list[list[str | int]] = []
        self.article_index: dict[tuple[str, str, str], int] = {}
        self.articles: list[list[str | int]] = []

    def _article(self, src: Source) -> int:
        key = (src.title, src.issued, src.url)
        i = self.article_index.get(key)
        if i is None:
            i = self.article_index[key] = len(self.articles)
            url = clean(src.url, 300)
            linkable = int(url.lower().startswith(("http://", "https://")))
            self.articles.append([clean(src.title, 120), clean(src.issued, 20), url, linkable])
        return i

    def latest(self, evidence: Sequence[Source], limit: int = MAX_REFS) -> list[Source]:
        """:func:`latest` of ``evidence`` (numbered tables choose on their numbers)."""
        return latest(evidence, limit)

    def refs(self, evidence: Sequence[Source]) -> list[int]:
        out = []
        for src in evidence[:MAX_REFS]:
            # The same Source object often comes back (a fact in several lanes, a sentence
            # behind several facts): look it up by identity before hashing its six fields.
            # The object is kept in the entry, so its id cannot be reused meanwhile.
            seen = self.by_id.get(id(src))
            if seen is not None:
                out.append(seen[1])
                continue
            i = self.index.setdefault(src, len(self.rows))
            if i == len(self.rows):
                self.rows.append([clean(src.text), self._article(src)])
            self.by_id[id(src)] = (src, i)
            out.append(i)
        return out


class NumberedSources(_Sources):
    """:class:`_Sources` for evidence given as sentence numbers (:class:`Sentences`): the same
    rows, numbered in the same order, with a list lookup per reference instead of a hash."""

    def __init__(self, sentences: Sentences) -> None:
        super().__init__()
        self.sentences = sentences
        #: Sentence number → its row in the page's table (-1: not listed yet).
        self.slot = [-1] * len(sentences.rows)

    def refs(self, evidence: Sequence[Source]) -> list[int]:
        numbers = cast(Sequence[int], evidence)
        slot, rows, fields = self.slot, self.rows, self.sentences.rows
        out = []
        for n in numbers[:MAX_REFS]:
            i = slot[n]
            if i < 0:
                i = slot[n] = len(rows)
                text, title, issued, url, _, _ = fields[n]
                key = (title, issued, url)
                a = self.article_index.get(key)
                if a is None:
                    a = self._article(Source(text, title, issued, url))
                rows.append([clean(text), a])
            out.append(i)
        return out

    def latest(self, evidence: Sequence[Source], limit: int = MAX_REFS) -> list[Source]:
        """:func:`latest` on sentence numbers (the same key, so the same sentences in the same
        order)."""
        fields = self.sentences.rows

        def key(n: int) -> tuple[str, str, int, str]:
            text, _, issued, _, article, start = fields[n]
            return issued, article, start, text

        return cast(list[Source], heapq.nlargest(limit, cast(Sequence[int], evidence), key=key))


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _template(name: str) -> str:
    return (resources.files("diplograph.views") / "templates" / name).read_text(encoding="utf-8")


def _fill(page: str, parts: Mapping[str, str]) -> str:
    out = []
    rest = page
    while "{{" in rest:
        head, _, tail = rest.partition("{{")
        key, _, rest = tail.partition("}}")
        out.append(head)
        out.append(parts[key.strip()])
    out.append(rest)
    return "".join(out)
