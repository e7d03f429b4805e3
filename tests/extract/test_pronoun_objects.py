"""A pronoun that is a stance's object stands for what was told before: after the first word of
a German verb frame ("Peking lehnt das strikt ab") and as a French clitic before the verb
("Pékin le refuse"), as already in English ("rejects this") and Spanish ("lo rechaza"). A German
"das" before a capitalised word is an article, no pronoun.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland schlug neue Sanktionen vor. Die Ukraine lehnt das strikt ab."),
    ("de", "Russland schlug neue Sanktionen vor. Die Ukraine wies das am Montag zurück."),
    ("de", "Russland schlug neue Sanktionen vor. Die Ukraine erteilte dem umgehend eine Absage."),
    ("fr", "La Russie a proposé de nouvelles sanctions. L'Ukraine les rejette."),
    ("fr", "La Russie a proposé un embargo. L'Ukraine le refuse catégoriquement."),
    ("en", "Russia proposed new sanctions. Ukraine flatly rejects this."),
    ("es", "Rusia propuso nuevas sanciones. Ucrania lo rechaza de plano."),
])
def test_pronoun_object_takes_the_topic_told_before(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/ukraine", "reject", "sanctions") in facts


def test_pronoun_object_das_before_a_noun_is_an_article(make_doc: MakeDoc) -> None:
    doc = make_doc("Russland schlug neue Sanktionen vor. Die Ukraine lehnt das Vorgehen Moskaus ab.", "de")
    facts = {(p.holder, p.stance, p.topic) for p in doc.positions}
    assert ("state/ukraine", "reject", "sanctions") not in facts


def test_pronoun_object_das_before_an_adjective_is_an_article(make_doc: MakeDoc) -> None:
    text = "Russland schlug neue Sanktionen vor. Das wies das ukrainische Außenministerium am Montag zurück."
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert all(f[0] == "state/ukraine" for f in facts if f[1] == "reject")


def test_pronoun_object_es_of_es_gibt_is_none(make_doc: MakeDoc) -> None:
    text = "Russland schlug neue Sanktionen vor. Die Ukraine lehnt es entschieden ab, dass es Gespräche gibt."
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert ("state/ukraine", "reject", "sanctions") not in facts


def test_pronoun_object_dem_before_a_noun_is_an_article(make_doc: MakeDoc) -> None:
    """"erteilte dem Handelsabkommen eine Absage": "dem" before a capitalised word is the article
    of the object named there, not a pronoun for what was told before."""
    text = "Russland schlug neue Sanktionen vor. Die Ukraine erteilte dem Handelsabkommen eine Absage."
    doc = make_doc(text, "de")
    facts = {(p.holder, p.stance, p.topic) for p in doc.positions}
    assert ("state/ukraine", "reject", "trade") in facts
    assert ("state/ukraine", "reject", "sanctions") not in facts
