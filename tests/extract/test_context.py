"""extract.context.paragraph_of: the paragraph of a sentence, from the blank lines before it."""

from __future__ import annotations

import random

from diplograph.extract.context import paragraph_of
from diplograph.model import Document, Sentence


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
