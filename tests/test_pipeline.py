"""The stage registry: the default pipeline is consistent, and a missing requirement is caught."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph import pipeline
from diplograph.errors import DiplographError
from diplograph.model import Document
from diplograph.resources import Resources


def test_pipeline_default_check_passes() -> None:
    stages = pipeline.check(pipeline.DEFAULT_PIPELINE)
    assert [s.name for s in stages] == list(pipeline.DEFAULT_PIPELINE)


def test_pipeline_every_requirement_is_given_or_assigned_earlier() -> None:
    have = set(pipeline.GIVEN)
    for st in pipeline.check():
        assert set(st.requires) <= have, st.name
        have.update(st.assigns)


def _identity(doc: Document, res: Resources) -> Document:
    return doc


def test_pipeline_stage_needing_unassigned_field_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.check()  # load the real stages first, so the registry is complete
    monkeypatch.setitem(pipeline.REGISTRY, "needs-positions",
                        pipeline.Stage("needs-positions", _identity, ("positions",), ()))
    with pytest.raises(DiplographError, match="needs-positions.*positions"):
        pipeline.check(("sentences", "needs-positions"))


def test_pipeline_stage_order_matters() -> None:
    with pytest.raises(DiplographError, match="meetings"):
        pipeline.check(("sentences", "dates", "meetings", "mentions", "actors", "positions"))


def test_pipeline_unknown_stage_raises() -> None:
    with pytest.raises(DiplographError, match="no-such-stage"):
        pipeline.check(("sentences", "no-such-stage"))


def test_pipeline_run_fills_the_document(make_doc: Callable[..., Document]) -> None:
    doc = make_doc("Russlands Außenminister Sergej Lawrow traf am Montag in Genf "
                   "US-Außenminister Marco Rubio.")
    assert doc.sentences and doc.mentions and doc.actors and doc.meetings
