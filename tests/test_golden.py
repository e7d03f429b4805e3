"""Golden graphs: each sample article's named graph, compared by graph isomorphism.

Run ``UPDATE_GOLDEN=1 pytest tests/test_golden.py`` after an intended change and review the
diff of ``tests/fixtures/golden/*.trig`` like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SAMPLE_PUBLISHED, sample_files
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from diplograph.article import build_article
from diplograph.emit import bind_prefixes
from diplograph.resources import Resources

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _built(path: Path, res: Resources) -> Graph:
    lang = path.name.split("-", 1)[0]
    return build_article(path.read_text("utf-8"), lang, SAMPLE_PUBLISHED, res=res).graph


def _write(graph: Graph, path: Path) -> None:
    out = Dataset()
    bind_prefixes(out)
    named = out.graph(graph.identifier)
    for triple in graph:
        named.add(triple)
    path.write_text(out.serialize(format="trig"), "utf-8")


def _read(path: Path) -> Graph:
    ds = Dataset()
    ds.parse(path, format="trig")
    (name,) = [g.identifier for g in ds.graphs() if len(g)]
    g = Graph(identifier=name)
    for triple in ds.graph(name):
        g.add(triple)
    return g


def _dump(g: Graph) -> str:
    return "\n".join(sorted(line for line in g.serialize(format="nt").splitlines() if line.strip()))


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.stem)
def test_golden_sample_graph_matches(sample: Path, resources: Resources) -> None:
    golden = GOLDEN / f"{sample.stem}.trig"
    got = _built(sample, resources)
    if UPDATE or not golden.exists():
        if not UPDATE:
            pytest.fail(f"{golden} missing: run UPDATE_GOLDEN=1 pytest {__file__}")
        _write(got, golden)
    want = _read(golden)
    assert want.identifier == got.identifier, "the article IRI changed"
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(f"{sample.name}: graph differs from {golden.name}\n"
                    f"--- only in the golden:\n{_dump(only_want)}\n"
                    f"+++ only in the new graph:\n{_dump(only_got)}"
                    f"\n(UPDATE_GOLDEN=1 rewrites the goldens)")


def test_golden_every_sample_has_a_golden() -> None:
    assert {p.stem for p in sample_files()} == {p.stem for p in GOLDEN.glob("*.trig")}
