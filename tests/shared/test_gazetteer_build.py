"""The gazetteer rebuilds byte for byte from the shared office-holder tables (../shared/data/actors)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import SHARED

REPO = Path(__file__).resolve().parents[2]
GAZ = REPO / "data" / "gazetteer"
SCRIPT = REPO / "scripts" / "build_gazetteer.py"
SOURCE = SHARED / "data" / "actors"


def test_gazetteer_build_is_byte_identical(tmp_path: Path) -> None:
    assert SOURCE.is_dir(), f"{SOURCE} is missing"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--source", str(SOURCE), "--out", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    for name in ("actors.ttl", "places.ttl"):
        assert (tmp_path / name).read_bytes() == (GAZ / name).read_bytes(), name
