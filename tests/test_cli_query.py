"""The query, export and validate commands, run through click's CliRunner on a store in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import STORE_FIXTURE, trig_folder
from rdflib import Dataset

from diplograph.cli import main
from diplograph.ids import actor_iri
from diplograph.store import GraphStore


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return trig_folder(tmp_path / "db", STORE_FIXTURE)


def test_cli_query_json(store_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--store", str(store_dir), "--format", "json", "SELECT ?a WHERE { ?a a dg:Article }"]
    )
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["results"]["bindings"]) == 3


def test_cli_query_cookbook_with_binding(store_dir: Path) -> None:
    russia = actor_iri("state/russia")
    result = CliRunner().invoke(
        main, ["query", "--store", str(store_dir), "-q", "meetings-of-actor", "--bind", f"actor=<{russia}>"]
    )
    assert result.exit_code == 0, result.output
    assert "id:meeting/m1" in result.output and result.output.rstrip().endswith("(2 rows)")


def test_cli_query_from_stdin_csv(store_dir: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["query", "--store", str(store_dir), "-f", "-", "--format", "csv"],
        input="SELECT (COUNT(*) AS ?n) WHERE { ?m a dg:Meeting }",
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "4"]


def test_cli_query_construct_is_turtle(store_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--store", str(store_dir), "CONSTRUCT WHERE { ?m a dg:Meeting }"]
    )
    assert result.exit_code == 0, result.output
    assert "dg:Meeting" in result.output


def test_cli_query_bad_sparql_one_line(store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(store_dir), "SELEKT nothing"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: bad SPARQL query") and len(result.output.splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_query_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--store", str(tmp_path / "none"), "ASK {}"])
    assert result.exit_code == 1 and "no store at" in result.output


def test_cli_export_round_trip(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.nq"
    result = CliRunner().invoke(
        main, ["export", "--store", str(store_dir), "--format", "nquads", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    back = Dataset()
    back.parse(out, format="nquads")
    with GraphStore(tmp_path / "db2") as copy:
        copy.load(out, "nquads")
        assert copy.count() == len(list(back.quads((None, None, None, None)))) == 161


def test_cli_export_stdout(store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--store", str(store_dir), "--format", "trig"])
    assert result.exit_code == 0
    assert "dg:Article" in result.output


def test_cli_export_missing_folder(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.nq"
    result = CliRunner().invoke(main, ["export", "--store", str(store_dir), "-o", str(target)])
    assert result.exit_code == 1
    assert len(result.output.splitlines()) == 1 and "does not exist" in result.output
    assert "Traceback" not in result.output


def test_cli_query_commands_have_examples() -> None:
    for name in ("query", "export", "validate"):
        help_text = CliRunner().invoke(main, [name, "--help"]).output
        assert "Example:" in help_text, name


def test_cli_validate_conforming_store(store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms")


def test_cli_validate_violation_exits_1(store_dir: Path) -> None:
    with GraphStore(store_dir) as store:
        bad, meeting, actor = (actor_iri(k) for k in ("article/bad", "meeting/bad", "state/x"))
        store.update(
            f"INSERT DATA {{ GRAPH <{bad}> {{ <{meeting}> a dg:Meeting ; dg:participant <{actor}> }} }}"
        )
    result = CliRunner().invoke(main, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "Conforms: False" in result.output or "Violation" in result.output
