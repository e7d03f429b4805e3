"""Tables of results, rendered as aligned text, CSV or JSON.

>>> report = Report([Table("counts", ("type", "n"), [("State", 3)])])
>>> print(render(report, "csv"), end="")
table,type,n
counts,State,3
>>> print(render(report, "table"), end="")
counts
type   n
-----  -
State  3
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from diplograph.errors import InputError

Cell = str | int | float
#: Output formats of the analytics commands.
FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Table:
    """One named table: column names and rows of cells."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    """The tables one analytics command answers with, in order."""

    tables: list[Table]

    def table(self, name: str) -> Table:
        """The table called ``name``."""
        return next(t for t in self.tables if t.name == name)


def _cell(value: Cell) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _text(report: Report) -> str:
    out = []
    for t in report.tables:
        cells = [list(t.columns)] + [[_cell(c) for c in row] for row in t.rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(t.columns))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        out.append(t.name + "\n" + "\n".join(lines) + "\n")
    return "\n".join(out)


def _csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for i, t in enumerate(report.tables):
        if i:
            buf.write("\n")
        writer.writerow(("table", *t.columns))
        writer.writerows((t.name, *row) for row in t.rows)
    return buf.getvalue()


def _json(report: Report) -> str:
    data = {t.name: [dict(zip(t.columns, row, strict=True)) for row in t.rows] for t in report.tables}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, fmt: str) -> str:
    """Render ``report`` as ``table`` (aligned text), ``csv`` or ``json``."""
    renderers = {"table": _text, "csv": _csv, "json": _json}
    if fmt not in renderers:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    return renderers[fmt](report)


def rows_of(pairs: Sequence[tuple[str, int]]) -> list[tuple[Cell, ...]]:
    """Rows from (name, count) pairs."""
    return [(name, n) for name, n in pairs]
