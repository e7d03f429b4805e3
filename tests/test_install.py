"""Install check: a built wheel, installed non-editable, finds its bundled ontology and data.

Slow (builds a wheel, makes a venv), so it runs only in CI (``CI`` set) or when
``DIPLOGRAPH_TEST_INSTALL=1``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "de-nato-beitritt.txt"

pytestmark = [
    pytest.mark.install,
    pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("DIPLOGRAPH_TEST_INSTALL") == "1"),
                       reason="builds and installs a wheel: runs under CI or with DIPLOGRAPH_TEST_INSTALL=1"),
]


def _run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "DIPLOGRAPH_STORE", "DIPLOGRAPH_DATA", "DIPLOGRAPH_ONTOLOGY")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def test_install_wheel_runs_from_elsewhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels),
          str(ROOT)], cwd=tmp_path)
    (wheel,) = wheels.glob("diplograph-*.whl")
    env_dir = tmp_path / "venv"
    # A fresh venv that resolves the wheel's own dependencies (from pip's cache or the package
    # index), as a new user's `pip install .` does: a missing dependency fails here.
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    py = env_dir / "bin" / "python"
    _run([str(py), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    cli = env_dir / "bin" / "diplograph"
    probe = "import diplograph; from diplograph import paths; " \
            "print(diplograph.__file__, paths.data_dir(), paths.ontology_dir())"
    located = _run([str(py), "-c", probe], cwd=elsewhere).stdout
    assert located.count(str(env_dir)) == 3 and str(ROOT) not in located, located
    _run([str(cli), "ingest", str(SAMPLE), "--lang", "de", "--published", "2025-12-02", "--store", "st"],
         cwd=elsewhere)
    out = _run([str(cli), "export", "--format", "nquads", "--store", "st"], cwd=elsewhere).stdout
    assert "person/dmitry-peskov" in out and "#Position>" in out
    _run([str(cli), "validate", "--store", "st"], cwd=elsewhere)
