"""The bundled threshold from which writers keep the stats and path figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.summary.figures import THRESHOLD_FILE, min_facts


def test_the_bundled_threshold_is_read() -> None:
    assert min_facts() >= 1000


def test_a_broken_threshold_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / THRESHOLD_FILE
    path.parent.mkdir(parents=True)
    path.write_text("min_facts: many\n", encoding="utf-8")
    with pytest.raises(InputError, match="kept-figures.yml"):
        min_facts(tmp_path)
