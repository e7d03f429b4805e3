"""diplograph.quickexit: a command that kept its results ends without freeing them, with its
own exit status and its output flushed; outside run() nothing is kept."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
