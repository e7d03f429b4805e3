"""The world outline a map is drawn on: Natural Earth 1:110m countries as one SVG path.

Why TopoJSON decoded here rather than a pre-drawn SVG: the shipped file is the unchanged
world-atlas package file (108 KB, citable as is), and decoding its 595 arcs takes milliseconds.
The projection is equirectangular (x = longitude, y = −latitude, in degrees), so a marker is
placed with no projection code at all and the page needs no script to draw.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence

from diplograph.paths import data_dir

#: The TopoJSON file under ``data/map/``.
WORLD_FILE = "countries-110m.json"
#: ISO 3166 numeric codes left out of the outline (Antarctica: it spans every longitude).
LEFT_OUT = frozenset({"010"})


def _decode_arcs(topo: dict[str, object]) -> list[list[tuple[float, float]]]:
    """Absolute (lon, lat) points of every arc (TopoJSON arcs are quantised deltas)."""
    transform = topo["transform"]
    assert isinstance(transform, dict)
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topo["arcs"]:  # type: ignore[attr-defined]
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], refs: Iterable[int]) -> list[tuple[float, float]]:
    """Join the arcs of one ring; a negative reference ~i is arc i reversed."""
    out: list[tuple[float, float]] = []
    for ref in refs:
        points = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        out.extend(points[1:] if out else points)
    return out


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) kept on the side most of it lies on;
    the rest runs past ±180° and is clipped by the map's edge instead of striping the map."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return ring
    east = sum(1 for lon, _ in ring if lon > 0) >= len(ring) / 2
    return [(lon + 360 if east and lon < 0 else lon - 360 if not east and lon > 0 else lon, lat)
            for lon, lat in ring]


def _path(rings: Sequence[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 3:
            continue
        pts = [f"{lon:.2f} {-lat:.2f}" for lon, lat in ring]
        parts.append("M" + "L".join(pts) + "Z")
    return "".join(parts)


@functools.lru_cache(maxsize=1)
def world_path() -> str:
    """The SVG path data of every country but Antarctica (read and decoded once per process)."""
    topo = json.loads((data_dir() / "map" / WORLD_FILE).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    rings: list[list[tuple[float, float]]] = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("id") in LEFT_OUT:
            continue
        kind = geom["type"]
        polygons = geom["arcs"] if kind == "MultiPolygon" else [geom["arcs"]] if kind == "Polygon" else []
        for polygon in polygons:
            rings.extend(_unwrap(_ring(arcs, refs)) for refs in polygon)
    return _path(rings)
