"""The written evaluation set (tests/eval/written) is well formed: every gold file names its text,
its actors, and only stances and topics the lexicons know, so that the scorer reads what the
annotator meant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.resources import load_resources

WRITTEN = Path(__file__).parent / "written"
GOLDS = sorted(WRITTEN.glob("*.json"))
TYPES = {"Person", "State", "Organization", "Delegation"}


def _listed(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def test_written_set_holds_four_languages() -> None:
    langs = {json.loads(p.read_text(encoding="utf-8"))["lang"] for p in GOLDS}
    assert len(GOLDS) == 432 and langs == {"de", "en", "es", "fr"}


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_written_gold_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    res = load_resources()
    stances = set(res.lexicon(gold["lang"], "stances"))
    topics = set(res.lexicon(gold["lang"], "topics"))
    assert gold["id"] == path.stem and (WRITTEN / gold["text"]).is_file()
    actors = gold["actors"]
    for key, actor in actors.items():
        assert actor["type"] in TYPES and actor["names"], key
        assert actor.get("represents") in (None, *actors), key
    for meeting in gold["meetings"]:
        assert len(meeting["participants"]) >= 2 and set(meeting["participants"]) <= set(actors)
    for position in gold["positions"]:
        assert set(_listed(position["holder"])) <= set(actors)
        assert set(_listed(position["stance"])) <= stances
        assert set(_listed(position["topic"])) <= topics
        assert position.get("target") in (None, *actors)
