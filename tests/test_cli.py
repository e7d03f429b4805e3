"""The command line end to end: ingest → export round trip, help texts, bad input, idempotency."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from conftest import SAMPLE_PUBLISHED, SAMPLES, sample_files

from diplograph.cli import COMMANDS, load_all, main
from diplograph.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures" / "cli"
PUBLISHED = SAMPLE_PUBLISHED.isoformat()


def _ok(result: Result) -> Result:
    detail = f"exit {result.exit_code}\n{result.output}\n{result.stderr}\n{result.exception!r}"
    assert result.exit_code == 0, detail
    return result


def _ingest_samples(runner: CliRunner, store: Path, *extra: str) -> None:
    """Ingest the sample files, one command per language, as a user would."""
    for lang in ("de", "en"):
        files = [str(p) for p in sample_files() if p.name.startswith(f"{lang}-")]
        _ok(runner.invoke(main, ["ingest", *files, "--lang", lang, "--published", PUBLISHED,
                                 "--store", str(store), *extra]))


def _export(runner: CliRunner, store: Path, out: Path) -> list[str]:
    _ok(runner.invoke(main, ["export", "--format", "nquads", "-o", str(out), "--store", str(store)]))
    return sorted(line for line in out.read_text("utf-8").splitlines() if line.strip())


def _quads(store: Path) -> int:
    if not store.exists():
        return 0
    with GraphStore(store) as db:
        return db.count()


def test_cli_ingest_export_round_trip(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    _ingest_samples(runner, store)
    lines = _export(runner, store, tmp_path / "out.nq")
    assert len(lines) == _quads(store) > 0
    contents = [line for line in lines if "/ns#content> " in line]
    assert len(contents) == len(sample_files())
    assert any("person/dmitry-peskov" in line for line in lines)
    assert any("#Meeting>" in line for line in lines)
    assert any("#Position>" in line for line in lines)
    # the exported file loads back into a fresh store with the same quads
    with GraphStore() as fresh:
        fresh.load(tmp_path / "out.nq", "nquads")
        assert fresh.count() == len(lines)


def test_cli_ingest_twice_is_idempotent(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    _ingest_samples(runner, store)
    first_count = _quads(store)
    first = _export(runner, store, tmp_path / "first.nq")
    _ingest_samples(runner, store)
    assert _quads(store) == first_count
    assert _export(runner, store, tmp_path / "second.nq") == first


def test_cli_ingest_jobs_two_equals_jobs_one(runner: CliRunner, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _ingest_samples(runner, one, "--jobs", "1")
    _ingest_samples(runner, two, "--jobs", "2")
    assert _export(runner, one, tmp_path / "one.nq") == _export(runner, two, tmp_path / "two.nq")


def test_cli_ingest_stdin(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    text = (SAMPLES / "de-nato-beitritt.txt").read_text("utf-8")
    _ok(runner.invoke(main, ["ingest", "-", "--lang", "de", "--published", PUBLISHED, "--store", str(store)],
                      input=text.encode("utf-8")))
    lines = _export(runner, store, tmp_path / "out.nq")
    assert any("person/dmitry-peskov" in line for line in lines)
    assert any("Kreml-Sprecher Dmitri Peskow" in line and "/ns#content> " in line for line in lines)


def test_cli_ingest_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    jsonl = SAMPLES.parent / "examples" / "articles.jsonl"
    _ok(runner.invoke(main, ["ingest", str(jsonl), "--store", str(store)]))
    lines = _export(runner, store, tmp_path / "out.nq")
    assert sum("/ns#content> " in line for line in lines) == 2
    assert any("https://example.org/dg/en-doha-exchange" in line for line in lines)
    assert any('"2025-12-02"^^<http://www.w3.org/2001/XMLSchema#date>' in line for line in lines)
    assert any("person/steve-witkoff" in line for line in lines)


def test_cli_ingest_html_drops_scripts(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    _ok(runner.invoke(main, ["ingest", str(FIXTURES / "page-with-scripts.html"), "--published", PUBLISHED,
                             "--store", str(store)]))
    lines = _export(runner, store, tmp_path / "out.nq")
    text = "\n".join(lines)
    assert "Sergej Lawrow hat am Montag in Genf" in text
    for script_words in ("trackerConfig", "Xi Jinping", "document.write", "Beitritt zur Nato", "app.js"):
        assert script_words not in text
    assert "person/xi-jinping" not in text
    assert any("#Meeting>" in line for line in lines)


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp / "latin1.txt").write_bytes("Außenminister Lawrow traf Rubio in Genf.".encode("latin-1"))
    return {"empty": tmp / "empty.txt", "binary": tmp / "binary.bin", "invalid-utf8": tmp / "latin1.txt",
            "missing": tmp / "does-not-exist.txt"}


@pytest.mark.parametrize("kind", ["empty", "binary", "invalid-utf8", "missing"])
def test_cli_ingest_bad_input_exits_1_with_one_line(runner: CliRunner, tmp_path: Path, kind: str) -> None:
    path = _bad_inputs(tmp_path)[kind]
    store = tmp_path / "store"
    result = runner.invoke(main, ["ingest", str(path), "--lang", "de", "--store", str(store)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert path.name in errors[0]
    assert _quads(store) == 0


def test_cli_ingest_bad_input_stderr_is_only_the_message(runner: CliRunner, tmp_path: Path) -> None:
    path = _bad_inputs(tmp_path)["empty"]
    result = runner.invoke(main, ["ingest", str(path), "--lang", "de", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {path}: empty file"]


def test_cli_ingest_bad_file_leaves_earlier_articles_whole(runner: CliRunner, tmp_path: Path) -> None:
    store = tmp_path / "store"
    _ingest_samples(runner, store)
    before = _export(runner, store, tmp_path / "before.nq")
    bad = _bad_inputs(tmp_path)["invalid-utf8"]
    result = runner.invoke(main, ["ingest", str(bad), "--lang", "de", "--store", str(store)])
    assert result.exit_code == 1
    assert _export(runner, store, tmp_path / "after.nq") == before


def _commands() -> list[str]:
    return sorted(load_all())


def test_cli_has_the_core_commands() -> None:
    assert {"ingest", "export", "explain", "query", "validate"} <= set(load_all())


def test_cli_lists_every_command_it_defines_without_importing_them() -> None:
    # Every command a module registers is in COMMANDS (else it would never be found), under
    # the module that defines it, and the group lists them all.
    assert set(load_all()) == set(COMMANDS)
    for name, command in load_all().items():
        assert command.callback is not None
        assert command.callback.__module__ == f"diplograph.cli.{COMMANDS[name]}"
    with click.Context(main) as ctx:
        assert main.list_commands(ctx) == sorted(COMMANDS)


def test_cli_shifts_starts_without_the_other_commands_imports() -> None:
    # `diplograph shifts` is timed end to end (docs/timeline.md): its start-up must not load
    # the extraction pipeline, networkx or the page writers.
    code = (
        "import sys; from diplograph.cli import main; "
        "main(['shifts', '--help'], standalone_mode=False); "
        "print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    loaded = set(done.stdout.split())
    assert "diplograph.cli.shifts" in loaded
    for heavy in ("networkx", "diplograph.pipeline", "diplograph.article", "diplograph.cli.timeline",
                  "diplograph.views.timeline_html", "rdflib.plugins.sparql", "pyshacl"):
        assert heavy not in loaded, heavy


def test_cli_ingest_does_not_import_the_views_servers_or_validator() -> None:
    heavy = (
        "diplograph.views",
        "networkx",
        "diplograph.serve",
        "diplograph.validate",
        "rdflib.plugins.sparql",
    )
    code = "import sys; from diplograph.cli import main; main.get_command(None, 'ingest'); " + (
        f"print(sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("name", _commands())
def test_cli_command_help_has_text_and_example(runner: CliRunner, name: str) -> None:
    command = load_all()[name]
    assert isinstance(command, click.Command)
    assert command.help and command.help.strip(), f"{name} has no help text"
    result = _ok(runner.invoke(main, [name, "--help"]))
    assert "Example:" in result.output
    example = result.output.split("Example:", 1)[1]
    assert f"diplograph {name}" in example


def test_cli_group_help_has_example(runner: CliRunner) -> None:
    result = _ok(runner.invoke(main, ["--help"]))
    assert "Example:" in result.output


def test_cli_explain_reads_sample(runner: CliRunner) -> None:
    result = _ok(runner.invoke(main, ["explain", str(SAMPLES / "de-nato-beitritt.txt"), "--lang", "de",
                                      "--published", PUBLISHED]))
    assert "POSITION state/russia demand alliance-membership towards state/ukraine" in result.output
    assert "person/dmitry-peskov" in result.output


def test_cli_explain_shows_clauses_speaker_and_lemmas(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Außenminister Sergej Lawrow lehnte den Plan einer Waffenruhe ab, sagte ein "
                       "Sprecher.\n\n„Wir fordern Garantien“, sagte er. Fordert Kiew eine Waffenruhe?\n",
                       encoding="utf-8")
    out = _ok(runner.invoke(main, ["explain", str(article), "--lang", "de", "--published", PUBLISHED])).output
    assert "Lawrow lehnte den Plan einer Waffenruhe ab, | sagte ein Sprecher." in out
    assert "(lemma lehnen … ab): stated" in out
    assert "subject in force: person/sergey-lavrov" in out
    assert "on 'Fordert' (lemma fordern): states nothing" in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_keep_going_skips_an_unreadable_line_and_counts_it(
    tmp_path: Path, jobs: str, caplog: pytest.LogCaptureFixture
) -> None:
    """`--keep-going` reads past a bad JSON Lines line, warns, and counts it in the summary line;
    without it the line stops the run with its place."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Friedrich Merz traf Donald Tusk in Warschau.", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"text": "Macron traf Scholz."}\n{"text": \n', encoding="utf-8")
    runner = CliRunner()
    args = ["ingest", str(folder), "--lang", "de", "--jobs", jobs]
    with caplog.at_level("WARNING"):
        kept = runner.invoke(main, [*args, "--keep-going", "--store", str(tmp_path / "s")])
    assert kept.exit_code == 0, kept.output
    assert "2 articles" in kept.output and "1 skipped" in kept.output
    assert any("b.jsonl:2: not valid JSON" in r.getMessage() for r in caplog.records)
    stopped = runner.invoke(main, [*args, "--store", str(tmp_path / "t")])
    assert stopped.exit_code == 1 and "b.jsonl:2: not valid JSON" in stopped.output
