"""The timeline (diplograph.views.timeline, timeline_html, ``diplograph timeline``) without a browser."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import EVENTS_FIXTURE, trig_folder

from diplograph import ids
from diplograph.cli import main
from diplograph.errors import InputError
from diplograph.events.records import load_events
from diplograph.store import GraphStore
from diplograph.views.timeline import build_timeline
from diplograph.views.timeline_html import render_timeline, timeline_payload

RUSSIA = str(ids.actor_iri("state/russia"))


def test_timeline_lanes_per_counterpart_of_an_actor(events_store: GraphStore) -> None:
    t = build_timeline(load_events(events_store, RUSSIA), actor=RUSSIA)
    assert t.lane_kind == "counterpart"
    assert [lane.label for lane in t.lanes] == ["Ukraine", "Jane Envoy", "(no counterpart)"]
    assert [(m.date, m.kind, m.stance_class) for m in t.marks] == [
        ("2025-03-01", "position", "support"),
        ("2025-03-09", "meeting", ""),
        ("2025-03-10", "position", "reject"),
        ("2025-03-11", "meeting", ""),
        ("2025-03-11", "position", "support"),
    ]
    assert [m.flag for m in t.marks] == ["", "", "shift", "", "contradiction"]
    assert t.marks[2].evidence[0].title == "Moscow turns down the truce"


def test_timeline_lanes_per_topic_and_filters(events_store: GraphStore) -> None:
    events = load_events(events_store)
    t = build_timeline(events)
    # Most marks first; the lane of facts without a topic always last.
    assert t.lane_kind == "topic"
    assert [lane.label for lane in t.lanes] == ["ceasefire", "sanctions", "(no topic)"]
    assert len(t.marks) == 7
    on_topic = build_timeline(events, topic="dgt:ceasefire", since=date(2025, 3, 2))
    assert on_topic.lane_kind == "actor" and [lane.label for lane in on_topic.lanes] == ["Russia"]
    assert len(on_topic.marks) == 2
    with pytest.raises(InputError, match="need an actor"):
        build_timeline(events, lanes="counterpart")


def test_timeline_many_lanes_share_one(events_store: GraphStore) -> None:
    t = build_timeline(load_events(events_store), lanes="actor", max_lanes=2)
    assert len(t.lanes) == 2 and t.lanes[-1].label.startswith("other actors")
    assert {m.lane for m in t.marks} == {0, 1}


def test_timeline_page_is_self_contained_and_escaped(hostile_store: GraphStore) -> None:
    t = build_timeline(load_events(hostile_store), lanes="actor", title="</script><script>alert(1)</script>")
    page = render_timeline(t)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script>alert(1)" not in page and "<img" not in page
    data = page.split('id="timeline-data">', 1)[1].split("</script>", 1)[0]
    payload = json.loads(data)
    assert len(payload["marks"]) == len(t.marks) == 6  # meetings of 3 and 2 actors, one position
    assert payload == json.loads(json.dumps(timeline_payload(t)))


def test_timeline_cli(runner: Any, tmp_path: Path) -> None:
    store = trig_folder(tmp_path / "store", EVENTS_FIXTURE)
    page = tmp_path / "t.html"
    result = runner.invoke(
        main,
        ["timeline", "-o", str(page), "--actor", "Russia", "--until", "2025-03-10", "--store", str(store)],
    )
    assert result.exit_code == 0, result.output
    assert "3 marks in 3 lanes, 1 shifts" in result.output
    text = page.read_text(encoding="utf-8")
    assert "Timeline of Russia" in text and "until 2025-03-10" in text
    bad = runner.invoke(main, ["timeline", "-o", str(page), "--lanes", "counterpart", "--store", str(store)])
    assert bad.exit_code == 1 and "need an actor" in bad.output
