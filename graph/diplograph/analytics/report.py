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
    """``json.dumps(..., indent=2)`` of the tables, each row a mapping of column to cell.

    With ``indent`` the json module encodes in Python, 0.2 s for the 8,000 rows of a large
    ``shifts``; rows of plain cells are encoded by its C encoder instead, one row at a time,
    with separators that give the same indented text.
    """
    data = {t.name: [dict(zip(t.columns, row, strict=True)) for row in t.rows] for t in report.tables}
    if not data or not all(type(c) in _PLAIN for t in report.tables for row in t.rows for c in row):
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    parts = []
    for name, rows in data.items():
        key = json.dumps(name, ensure_ascii=False)
        if not rows:
            parts.append(f"  {key}: []")
            continue
        body = ",\n".join(f"    {_row_json(row)}" for row in rows)
        parts.append(f"  {key}: [\n{body}\n  ]")
    return "{\n" + ",\n".join(parts) + "\n}\n"


#: Cell types the C encoder writes as ``json.dumps`` with ``indent`` would (no containers).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_ROW = json.JSONEncoder(ensure_ascii=False, separators=(",\n      ", ": "))


def _row_json(row: dict[str, Cell]) -> str:
    """One row as ``json.dumps(..., indent=2)`` writes it at depth two."""
    if not row:
        return "{}"
    return "{\n      " + _ROW.encode(row)[1:-1] + "\n    }"


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
