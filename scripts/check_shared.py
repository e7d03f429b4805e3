"""Checks that need ../shared beside the clone: run by ``.ci/run`` when that folder exists.

    python scripts/check_shared.py [--shared ../shared] [--no-score]

A clone alone passes the plain test command with nothing skipped; what needs the shared folder
lives here instead:

1. ``tests/shared/`` under pytest: the gazetteer rebuilt byte for byte from the shared
   office-holder tables, the copy of the contract's terms (tests/test_vocab.py) equal to
   ``design/ONTOLOGY.md``, and the README screenshots of the seed article and the 1,028 10kGNAD
   test articles drawn in Chromium (the corpus view written within 2 s).
2. The extraction scores on the development articles (``eval/score.py eval/dev``, which runs the
   installed ``diplograph``): printed, and a failure if the scorer fails.

Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    ap.add_argument("--no-score", action="store_true", help="skip the extraction scores")
    args = ap.parse_args()
    shared = args.shared.resolve()
    if not shared.is_dir():
        print(f"no shared folder at {shared}: nothing to check", file=sys.stderr)
        return 1
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "DIPLOGRAPH_SHARED": str(shared),
        "DIPLOGRAPH_SHARED_CHECKS": "1",
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
    }
    print("==> tests/shared (pytest)", flush=True)
    status = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/shared"],
        cwd=REPO, env=env,
    ).returncode
    if not args.no_score:
        print("==> extraction scores on eval/dev", flush=True)
        scored = subprocess.run(
            [sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / "dev")],
            cwd=REPO, env=env,
        ).returncode
        status = status or scored
    return status


if __name__ == "__main__":
    sys.exit(main())
