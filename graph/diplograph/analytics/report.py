"""Tables of results, rendered as aligned text, CSV or JSON.

Text and JSON hold every table of a report; CSV holds exactly one, with its own header, so
any CSV reader takes it as is. A report of several tables (``stats``) therefore needs the
table named (``--table degree``) for CSV.

>>> report = Report([Table("counts", ("type", "n"), [("State", 3)]), Table("span", ("first",), [])])
>>> print(render(report, "csv", table="counts"), end="")
type,n
State,3
>>> print(render(report, "table", table="counts"), end="")
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
    """Columns padded to their widest cell (one format string per table: ``shifts`` writes
    thousands of rows of ten columns)."""
    out = []
    for t in report.tables:
        cells = [tuple(t.columns)] + [
            tuple([c if type(c) is str else _cell(c) for c in row]) for row in t.rows
        ]
        widths = [max(map(len, column)) for column in zip(*cells, strict=True)] if t.columns else []
        line = "  ".join(f"{{:<{w}}}" for w in widths)
        lines = [line.format(*r).rstrip() for r in cells]
        lines.insert(1, "  ".join("-" * w for w in widths))
        out.append(t.name + "\n" + "\n".join(lines) + "\n")
    return "\n".join(out)


def _csv(report: Report) -> str:
    if len(report.tables) != 1:
        names = ", ".join(t.name for t in report.tables)
        raise InputError(f"CSV holds one table: choose one with --table ({names})")
    t = report.tables[0]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(t.columns)
    writer.writerows(t.rows)
    return buf.getvalue()


def _json(report: Report) -> str:
    data = {t.name: [dict(zip(t.columns, row, strict=True)) for row in t.rows] for t in report.tables}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, fmt: str, table: str | None = None) -> str:
    """Render ``report`` (or only its table called ``table``) as text, ``csv`` or ``json``.

    ``csv`` needs a report of one table, or ``table`` (see the module docstring).
    """
    renderers = {"table": _text, "csv": _csv, "json": _json}
    if fmt not in renderers:
        raise InputError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if table is not None:
        chosen = [t for t in report.tables if t.name == table]
        if not chosen:
            names = ", ".join(t.name for t in report.tables)
            raise InputError(f"no table {table!r} in this report (choose from {names})")
        report = Report(chosen)
    return renderers[fmt](report)


def rows_of(pairs: Sequence[tuple[str, int]]) -> list[tuple[Cell, ...]]:
    """Rows from (name, count) pairs."""
    return [(name, n) for name, n in pairs]
