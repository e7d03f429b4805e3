"""diplograph.quickexit: a command that kept its results ends without freeing them, with its
own exit status and its output flushed; outside run() nothing is kept."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplograph import quickexit

_SCRIPT = textwrap.dedent(
    """
    import sys
    from diplograph import quickexit

    class Loud:
        def __del__(self):
            print("freed", flush=True)

    def command():
        quickexit.keep_until_exit(Loud())
        print("done", end="")  # left in the buffer: run() must flush it
        sys.exit(int(sys.argv[1]))

    quickexit.run(command)
    """
)


def _run(status: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _SCRIPT, str(status)], capture_output=True, text=True,
                          check=False, timeout=60)


def test_kept_objects_are_not_freed_and_the_status_is_the_commands() -> None:
    for status in (0, 3):
        done = _run(status)
        assert done.returncode == status
        assert done.stdout == "done", "flushed, and the kept object never freed"


def test_outside_run_nothing_is_kept() -> None:
    assert not quickexit._armed
    quickexit.keep_until_exit(object())
    assert quickexit._kept == []


def test_ingest_ends_quickly_with_its_store_and_summary_written(tmp_path: Path) -> None:
    """``diplograph ingest`` keeps its resources to the end (quick exit): the store must still be
    flushed and closed, and the summary recorded, before the process ends."""
    from diplograph.store import GraphStore
    from diplograph.summary.reader import fresh_summary

    text = tmp_path / "a.txt"
    text.write_text("Der Außenminister traf am Montag in Genf seinen Amtskollegen.\n", encoding="utf-8")
    store = tmp_path / "store"
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "ingest", str(text), "--lang", "de", "--store", str(store)],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "1 articles" in done.stderr, "the summary line is flushed before the quick exit"
    db, why = fresh_summary(store)
    assert db is not None, why
    db.close()
    with GraphStore(store, read_only=True) as st:
        assert len(st.graph_names()) >= 1


def test_ingest_keeps_its_resources_to_the_end(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from diplograph.cli import main

    monkeypatch.setattr(quickexit, "_armed", True)
    monkeypatch.setattr(quickexit, "_kept", [])
    text = tmp_path / "a.txt"
    text.write_text("Die Kanzlerin sprach am Dienstag in Berlin.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(text), "--lang", "de", "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert quickexit._kept, "ingest asks for the quick exit"
