"""Stance shifts and contradictions (diplograph.events.shifts, ``diplograph shifts``)."""

from __future__ import annotations

import json
from typing import Any

from conftest import EVENTS_FIXTURE, trig_folder

from diplograph import ids
from diplograph.cli import main
from diplograph.events.classes import stance_classes
from diplograph.events.records import Event
from diplograph.events.shifts import find_shifts, store_shifts
from diplograph.store import GraphStore

RUSSIA = str(ids.actor_iri("state/russia"))


def _position(iri: str, day: str, stance: str, article: str = "") -> Event:
    from diplograph.views.facts import Source

    return Event(
        iri,
        "position",
        day,
        ("urn:x",),
        stance=stance,
        topics=("ceasefire",),
        evidence=(Source("s", article=article or iri),),
    )


def test_shifts_classes_follow_the_data_file() -> None:
    classes = stance_classes()
    assert classes.of("oppose") == classes.of("reject") == "reject"
    assert classes.of("offer") == classes.of("propose") != classes.of("demand")
    assert classes.opposite("reject", "support") and not classes.opposite("demand", "support")


def test_shifts_change_of_class_between_dates_only() -> None:
    found = find_shifts(
        [
            _position("urn:1", "2025-01-01", "propose"),
            _position("urn:2", "2025-01-05", "offer"),  # same class: no shift
            _position("urn:3", "2025-02-01", "oppose"),
            _position("urn:4", "2025-02-01", "demand", article="urn:3"),  # same day, same source
        ]
    )
    shifts = [(s.kind, s.earlier.iri, s.later.iri) for s in found]
    assert ("shift", "urn:2", "urn:3") in shifts
    assert all(k == "shift" for k, _, _ in shifts)  # same article: never a contradiction
    assert not any(e == "urn:1" and later == "urn:2" for _, e, later in shifts)


def test_shifts_contradiction_needs_two_sources_within_days() -> None:
    near = find_shifts(
        [_position("urn:1", "2025-01-01", "support"), _position("urn:2", "2025-01-03", "reject")]
    )
    far = find_shifts(
        [_position("urn:1", "2025-01-01", "support"), _position("urn:2", "2025-01-20", "reject")]
    )
    assert [s.kind for s in near] == ["shift", "contradiction"]
    assert [s.kind for s in far] == ["shift"]
    assert (
        find_shifts(
            [_position("urn:1", "2025-01-01", "demand"), _position("urn:2", "2025-01-02", "support")], days=5
        )[0].kind
        == "shift"
    )  # demand and support are no opposites


def test_shifts_from_store_carry_both_sentences(events_store: GraphStore) -> None:
    shifts, events = store_shifts(events_store)
    kinds = [(s.kind, s.earlier.stance, s.later.stance, s.days) for s in shifts]
    assert kinds == [
        ("shift", "support", "reject", 9),
        ("shift", "reject", "accept", 1),
        ("contradiction", "reject", "accept", 1),
    ]
    contradiction = shifts[2]
    assert contradiction.earlier.evidence[0].text == "Russia rejected the ceasefire plan."
    assert contradiction.later.evidence[0].url == "https://other.example/s3"
    assert events.label(contradiction.holder) == "Russia"
    # The same, read from the actor's facts only.
    assert [(s.kind, s.days) for s in store_shifts(events_store, RUSSIA)[0]] == [
        (k, d) for k, _, _, d in kinds
    ]
    assert store_shifts(events_store, topic="sanctions")[0] == []


def test_shifts_cli_json(runner: Any, events_store: GraphStore, tmp_path: Any) -> None:
    path = trig_folder(tmp_path / "store", EVENTS_FIXTURE)
    result = runner.invoke(
        main,
        [
            "shifts",
            "--actor",
            "Russland",
            "--kind",
            "contradiction",
            "--format",
            "json",
            "--store",
            str(path),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["shifts"]
    assert len(rows) == 1 and rows[0]["sentence_2"] == "Russia accepts the ceasefire, an agency reported."
    assert rows[0]["label"] == "Russia" and rows[0]["topic"] == "ceasefire"
    bad = runner.invoke(main, ["shifts", "--actor", "Narnia", "--store", str(path)])
    assert bad.exit_code == 1 and "no actor named 'Narnia'" in bad.output


def test_shifts_cookbook_query_agrees_with_the_command(events_store: GraphStore) -> None:
    import re

    from rdflib import URIRef

    from diplograph.store import load_query

    text = load_query("stance-shifts")
    classes = stance_classes()
    pairs = set(re.findall(r'\(dg:(\w+) "(\w+)"\)', text))
    assert pairs == set(classes.by_stance.items())  # the query's classes are the data file's
    result = events_store.query(text, {"actor": URIRef(RUSSIA)})
    found = {(str(r[-2]), str(r[-1])) for r in result.rows}
    of_russia = store_shifts(events_store, RUSSIA)[0]
    shifts = {(s.earlier.iri, s.later.iri) for s in of_russia if s.kind == "shift"}
    assert found == shifts and len(found) == 2
