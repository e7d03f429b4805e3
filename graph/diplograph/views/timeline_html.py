"""Write a :class:`~diplograph.views.timeline.Timeline` as one self-contained, offline HTML page.

The same safety rules as the network views (:mod:`diplograph.views.html`): the data sits in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped; the page's one
script draws SVG with ``createElementNS`` and places every text with ``textContent``; links
are made only for http(s) URLs; a Content-Security-Policy allows no network access and only
that script, by hash. No vis-network here: a timeline is rows of marks, which SVG draws fast.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.events.classes import stance_classes
from diplograph.gcpause import paused_gc
from diplograph.views.page import _fill, _json, _sha256, _Sources, _template
from diplograph.views.timeline import Timeline
from diplograph.views.tooltip import clean


def timeline_payload(t: Timeline) -> dict[str, Any]:
    """The page's data: lanes, marks (``[lane, date, kind, class, summary, refs, flag]``), sources."""
    sources = _Sources()
    marks = [
        [m.lane, m.date, 0 if m.kind == "meeting" else 1, m.stance_class, clean(m.summary, 300),
         sources.refs(m.evidence), m.flag]
        for m in t.marks
    ]
    classes = stance_classes()
    return {
        "lanes": [clean(lane.label, 60) for lane in t.lanes],
        "marks": marks,
        "sources": sources.rows,
        "articles": sources.articles,
        "colors": classes.colors,
        "classes": {c: [s for s, k in classes.by_stance.items() if k == c] for c in classes.names},
    }


def _legend(payload: dict[str, Any]) -> str:
    items = [("meeting", payload["colors"]["meeting"], "meeting", "sq")]
    for name, stances in payload["classes"].items():
        items.append((name, payload["colors"][name], f"{name} ({', '.join(stances)})", "dot"))
    out = [
        f'<li><span class="sw {shape}" style="background:{html.escape(color)}"></span>'
        f"{html.escape(text)}</li>"
        for _, color, text, shape in items
    ]
    out.append('<li><span class="sw dot ring"></span>stance shift (class changed since the last date)</li>')
    out.append(
        '<li><span class="sw dot ring contra"></span>'
        "contradiction (another source, opposite, within days)</li>"
    )
    return "".join(out)


@paused_gc
def render_timeline(t: Timeline) -> str:
    """Return the timeline page as a string."""
    payload = timeline_payload(t)
    app_js = _template("sources.js") + _template("timeline.js")
    shifts = sum(1 for s in t.shifts if s.kind == "shift")
    contra = len(t.shifts) - shifts
    counts = f"{len(t.marks)} marks · {len(t.lanes)} lanes · {shifts} shifts · {contra} contradictions"
    if t.undated:
        counts += f" · {t.undated} facts without a date not shown"
    parts = {
        "csp": (
            f"default-src 'none'; script-src 'sha256-{_sha256(app_js)}'; "
            "style-src 'unsafe-inline'; img-src data:"
        ),
        "layout_css": _template("layout.css"),
        "title": html.escape(clean(t.title or "diplograph timeline", 120)),
        "filters": html.escape("; ".join(clean(f, 120) for f in t.filters) or "none"),
        "counts": html.escape(counts),
        "legend": _legend(payload),
        "data": _json(payload),
        "app_js": app_js,
    }
    return _fill(_template("timeline.html"), parts)


def write_timeline(t: Timeline, path: str | os.PathLike[str]) -> Path:
    """Write the timeline page to ``path`` and return the path."""
    target = Path(path)
    try:
        target.write_text(render_timeline(t), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target
