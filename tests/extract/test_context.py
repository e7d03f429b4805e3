"""extract.context: the paragraph of a sentence (from the blank lines before it), the mentions
inside a sentence."""

from __future__ import annotations

import random

from diplograph.extract.context import in_span, paragraph_of
from diplograph.model import Document, Mention, Sentence


def _count(text: str, start: int) -> int:
    """What paragraph_of counted before it kept the blank lines of a text (the reference)."""
    return text.count("\n\n", 0, start)


def test_paragraph_of_counts_blank_lines_before_the_sentence() -> None:
    text = "Gipfel in Genf\n\nDie Minister trafen sich.\n\nSie sprachen lange. Dann gingen sie."
    doc = Document(content=text, lang="de")
    starts = [0, text.index("Die"), text.index("Sie"), text.index("Dann")]
    assert [paragraph_of(doc, Sentence(s, s + 3)) for s in starts] == [0, 1, 2, 2]


def test_paragraph_of_agrees_with_counting_on_any_text() -> None:
    rng = random.Random(7)
    for _ in range(500):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 40)))
        doc = Document(content=text, lang="de")
        for start in range(len(text) + 1):
            assert paragraph_of(doc, Sentence(start, len(text))) == _count(text, start), (text, start)


def _inside(items: list[Mention] | tuple[Mention, ...], s: Sentence) -> list[Mention]:
    """What in_span gave before it bisected (the reference)."""
    return [m for m in items if s.start <= m.start and m.end <= s.end]


def test_in_span_agrees_with_filtering_sorted_unsorted_and_changing_lists() -> None:
    """Sorted tuples (an article's mentions) are bisected; unsorted tuples and lists, which may
    change between calls, must give what filtering every mention gives, in the same order."""
    rng = random.Random(11)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(0, 8)))
        mentions = [Mention(a, b, f"k{i}", "State", "x") for i, (a, b) in enumerate(spans)]
        sentences = [Sentence(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 60) for _ in range(8))]
        ordered = tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
        for items in (ordered, tuple(mentions), mentions):
            for s in sentences:
                assert in_span(items, s) == _inside(items, s), (items, s)
        mentions.reverse()  # the same list, changed: no answer about it may be reused
        for s in sentences:
            assert in_span(mentions, s) == _inside(mentions, s)
