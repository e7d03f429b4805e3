"""The holder × stance matrix as a self-contained HTML heat map (no script at all).

Every label is escaped with :func:`html.escape`, and the page's Content-Security-Policy
forbids scripts and network access, so a hostile actor name cannot run or fetch anything.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from diplograph.analytics.stances import StanceMatrix
from diplograph.errors import InputError
from diplograph.views.filters import STANCE_CLASSES
from diplograph.views.style import edge_color
from diplograph.views.tooltip import clean

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
  body {{ font: 14px/1.4 sans-serif; margin: 1rem; color: #222; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #ddd; padding: .25rem .6rem; text-align: right; }}
  th:first-child, td:first-child {{ text-align: left; }}
  td.zero {{ color: #bbb; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p>Positions per holder and stance{topic}. Darker cells: more positions.</p>
<table>
<thead><tr><th>holder</th>{head}<th>total</th></tr></thead>
<tbody>
{body}
</tbody>
</table>
</body>
</html>
"""


def _alpha(n: int, most: int) -> float:
    return round(0.15 + 0.85 * n / most, 2) if n else 0.0


def _rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    return r, g, b


def _text_color(rgb: tuple[int, int, int], alpha: float) -> str:
    """White or dark text, whichever reads better on ``rgb`` at ``alpha`` over the white page.

    Uses perceived brightness (YIQ weights) of the blended colour: WCAG 2 luminance would keep
    dark text on full orange and green cells, which readers see as dark; APCA and YIQ both
    choose white there.

    >>> [_text_color(c, 1.0) for c in ((0, 114, 178), (213, 94, 0), (0, 158, 115), (230, 159, 0))]
    ['#fff', '#fff', '#fff', '#222']
    >>> _text_color((0, 114, 178), 0.3)
    '#222'
    """
    r, g, b = (255 - (255 - c) * alpha for c in rgb)
    return "#fff" if (299 * r + 587 * g + 114 * b) / 1000 < 150 else "#222"


def render_heatmap(matrix: StanceMatrix, title: str = "Stances") -> str:
    """Return the heat map page for ``matrix``."""
    most = max(matrix.counts.values(), default=1)
    head = "".join(f"<th>{html.escape(s)}</th>" for s in matrix.stances)
    rows = []
    for iri, label in matrix.holders:
        cells = []
        for s in matrix.stances:
            n = matrix.counts.get((iri, s), 0)
            rgb = _rgb(edge_color("position", STANCE_CLASSES.get(s)))
            alpha = _alpha(n, most)
            background = f"rgba({', '.join(map(str, rgb))}, {alpha:.2f})"
            style = f' style="background: {background}; color: {_text_color(rgb, alpha)}"' if n else ""
            cells.append(f'<td class="{"n" if n else "zero"}"{style}>{n}</td>')
        name = html.escape(clean(label, 120))
        rows.append(
            f'<tr><td title="{html.escape(iri)}">{name}</td>{"".join(cells)}<td>{matrix.total(iri)}</td></tr>'
        )
    topic = f" on {html.escape(clean(matrix.topic, 80))}" if matrix.topic else ""
    return _PAGE.format(title=html.escape(clean(title, 120)), topic=topic, head=head, body="\n".join(rows))


def write_heatmap(matrix: StanceMatrix, path: str | os.PathLike[str], title: str = "Stances") -> Path:
    """Write the heat map page to ``path``."""
    target = Path(path)
    try:
        target.write_text(render_heatmap(matrix, title), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
