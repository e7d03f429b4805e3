"""A German separable speech verb closes around its speaker ("…, stellte der Präsident klar",
"…, hob Merz hervor"): the speaker inside the frame says the sentence, and reported speech that
goes on in the next sentence is theirs.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def test_the_speaker_inside_a_separable_verb_goes_on(make_doc: MakeDoc) -> None:
    text = (
        "Somalias Präsident Hassan Sheikh Mohamud reiste nach Addis Abeba. Jede Vereinbarung, die "
        "Somaliland als Staat behandle, sei null und nichtig, stellte der Präsident klar. Die "
        "territoriale Einheit Somalias sei nicht verhandelbar."
    )
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert ("person/hassan-sheikh-mohamud", "reject", "territory") in found
    assert not {h for h, _, _ in found} & {"state/somaliland"}
