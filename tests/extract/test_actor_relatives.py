"""What a relative clause set in commas says of an actor ("Australia, which hosts the talks, …")
describes that actor: its topic words are no object of a stance outside it. A clause that runs
to the sentence's end ("mahnte Kallas, die der Ukraine zugesagten Lieferungen dürften …"), or
(in German) an article before a noun after the comma, is not read so.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fiji urged Australia, which hosts the talks, to phase out coal."),
    ("de", "Fidschi forderte Australien, das die Verhandlungen leiten wird, zum Ausstieg aus der Kohle auf."),
    ("fr", "Fidji a exhorté l'Australie, qui présidera les négociations, à sortir du charbon."),
    ("es", "Fiyi instó a Australia, que presidirá las negociaciones, a abandonar el carbón."),
])
def test_a_relative_clause_on_the_addressee_gives_no_topic(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/fiji", "demand", "climate") in facts
    assert not {f for f in facts if f[2] == "negotiations"}


@pytest.mark.parametrize(("lang", "text"), [
    # the stance of the relative clause itself keeps its topic, and the actor it describes holds it
    ("en", "Fiji praised Australia, which rejects new sanctions, for its help."),
    ("es", "Fiyi elogió a Australia, que rechaza nuevas sanciones, por su ayuda."),
])
def test_the_relative_clause_keeps_its_own_stance(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/australia", "reject", "sanctions") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


def test_a_clause_that_runs_to_the_end_is_read_as_the_stance_s_own(make_doc: MakeDoc) -> None:
    text = "Zugleich mahnte Kaja Kallas, die zugesagten Waffenlieferungen dürften sich nicht verzögern."
    assert ("person/kaja-kallas", "demand", "military-aid") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions
    }
