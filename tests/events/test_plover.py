"""Event-data export (diplograph.events.plover, ``diplograph export-events``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EVENTS_FIXTURE, trig_folder

from diplograph.cli import main
from diplograph.errors import DataError
from diplograph.events.plover import (
    CSV_COLUMNS,
    country_codes,
    plover_mapping,
    store_event_records,
    write_events,
)
from diplograph.paths import data_dir
from diplograph.store import GraphStore
from diplograph.views.filters import STANCE_CLASSES


def test_plover_mapping_covers_meetings_and_every_stance() -> None:
    mapping = plover_mapping()
    assert set(mapping) == {"meeting", *STANCE_CLASSES}
    assert mapping["meeting"].event == "CONSULT" and mapping["reject"].event == "REJECT"
    assert mapping["demand"].event == "DEMAND" and mapping["accept"].event == "AGREE"


def test_plover_mapping_rejects_unknown_keys(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "plover.yml").write_text("meeting: {event: CONSULT}\nshout: {event: X}\n")
    with pytest.raises(DataError, match="unknown keys \\['shout'\\]"):
        plover_mapping(tmp_path)


def test_plover_country_codes_of_states() -> None:
    codes = country_codes()
    assert codes["https://w3id.org/diplograph/id/state/russia"] == "RUS"
    assert codes["https://w3id.org/diplograph/id/state/germany"] == "DEU"
    assert (data_dir() / "gazetteer" / "country-codes.csv").exists()


def test_plover_records_with_coordinates_countries_and_evidence(events_store: GraphStore) -> None:
    records = {r["id"]: r for r in store_event_records(events_store)}
    assert len(records) == 7  # 3 meetings and 4 positions
    meeting = records["meeting/s2"]
    assert meeting["event_type"] == "CONSULT" and meeting["date"] == "2025-03-09"
    assert [a["country"] for a in meeting["source"] + meeting["target"]] == ["USA", "RUS"]
    assert meeting["target"][0]["wikidata"] == "Q159"
    # geo:lat / geo:long, then schema:latitude / schema:longitude, else empty.
    assert (meeting["location"]["lat"], meeting["location"]["lon"], meeting["location"]["country"]) == (
        "46.2",
        "6.15",
        "UKR",
    )
    assert records["meeting/s3a"]["location"]["lat"] == "50.45"
    assert records["meeting/s3b"]["location"]["lat"] == "" and records["meeting/s3b"]["location"]["lon"] == ""
    reject = records["position/s2"]
    assert (reject["event_type"], reject["date_source"], reject["context"]) == (
        "REJECT",
        "article",
        ["ceasefire"],
    )
    assert reject["evidence"][0]["text"] == "Russia rejected the ceasefire plan."
    assert reject["evidence"][0]["url"] == "https://news.example/s2"


def test_plover_csv_and_jsonl(events_store: GraphStore) -> None:
    records = store_event_records(events_store, since="2025-03-10")
    out = io.StringIO()
    write_events(records, out, "csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(records) == 5
    assert {r["event_type"] for r in rows} == {"CONSULT", "REJECT", "AGREE", "DEMAND"}
    lines = io.StringIO()
    write_events(records, lines, "plover")
    assert [json.loads(line)["id"] for line in lines.getvalue().splitlines()] == [r["id"] for r in records]


def test_plover_cli(runner: Any, tmp_path: Path) -> None:
    store = trig_folder(tmp_path / "store", EVENTS_FIXTURE)
    target = tmp_path / "events.csv"
    result = runner.invoke(
        main,
        ["export-events", "--format", "csv", "-o", str(target), "--actor", "Russia", "--store", str(store)],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 5  # Russia's 3 positions and 2 meetings
    assert all("Russia" in (r["source"] + r["target"]) for r in rows)
