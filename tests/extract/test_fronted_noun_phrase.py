"""A German verb-second clause may open with its object, a noun phrase whose head names no actor
("Ähnliche Anfragen anderer EU-Staaten werde Albanien nicht annehmen"): the finite verb ends that
one phrase, the actor right after it is the subject, and an actor inside the phrase is only its
owner. A clause that opens with its subject keeps it.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


def test_the_actor_after_the_finite_verb_is_the_subject(make_doc: MakeDoc) -> None:
    text = "Ähnliche Anfragen anderer EU-Staaten zur Aufnahme von Migranten werde Albanien nicht annehmen."
    facts = _facts(make_doc(text, "de"))
    assert ("state/albania", "reject", "migration") in facts
    assert not {f for f in facts if f[0] == "org/eu"}


def test_a_clause_that_opens_with_its_subject_keeps_it(make_doc: MakeDoc) -> None:
    text = "Albanien werde ähnliche Anfragen anderer EU-Staaten zur Aufnahme von Migranten nicht annehmen."
    facts = _facts(make_doc(text, "de"))
    assert ("state/albania", "reject", "migration") in facts
    assert not {f for f in facts if f[0] == "org/eu"}
