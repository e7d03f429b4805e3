"""Sentence numbers (views.facts.Sentences) give the page exactly what Source objects give:
the same sentence table, articles, references and latest sentences, duplicates and ties
included."""

from __future__ import annotations

from typing import cast

from diplograph.views.facts import Sentences, Source
from diplograph.views.page import NumberedSources, _Sources


def _fields(s: Source) -> list[str | int]:
    return [s.text, s.title, s.issued, s.url, s.article, s.start]


def _evidence() -> list[list[Source]]:
    """Groups of sentences as records hold them: repeats across groups, two sentences with the
    same latest-key but another title (a tie), one with a control character to clean."""
    a = Source("Alpha met Beta.", "Talks", "2025-01-02", "https://news.example/1", "art/1", 0)
    b = Source("Beta agreed.", "Talks", "2025-01-02", "https://news.example/1", "art/1", 20)
    tie = Source("Beta agreed.", "Talks (update)", "2025-01-02", "https://news.example/1b", "art/1", 20)
    c = Source("Gamma\x07 demanded a ceasefire.", "Ceasefire", "2024-12-30", "ftp://x.example", "art/2", 5)
    later = [Source(f"Round {i}.", f"Round {i}", f"2025-02-{i:02d}", "", f"art/r{i}", i) for i in range(1, 9)]
    return [[a, b], [b, tie, c], [a], later, [c, *later[::-1], tie]]


def test_numbered_sentences_equal_source_objects_in_the_page() -> None:
    groups = _evidence()
    table = Sentences()
    numbered = table.number_all([[_fields(s) for s in group] for group in groups])
    assert [[table.source(n) for n in group] for group in numbered] == groups
    assert len(table.rows) == len({s for group in groups for s in group})  # one number per value

    plain, by_number = _Sources(), NumberedSources(table)
    for group, numbers in zip(groups, numbered, strict=True):
        for limit in (3, 200):
            chosen = plain.latest(group, limit)
            chosen_numbers = cast(list[int], by_number.latest(cast(list[Source], list(numbers)), limit))
            assert [table.source(n) for n in chosen_numbers] == chosen
            assert by_number.refs(cast(list[Source], chosen_numbers)) == plain.refs(chosen)
        assert by_number.refs(cast(list[Source], list(numbers))) == plain.refs(group)
    assert by_number.rows == plain.rows
    assert by_number.articles == plain.articles
    assert ["Gamma demanded a ceasefire.", 2] in plain.rows  # cleaned, third article
