"""The same extraction on a Dask LocalCluster of two worker processes loads to what ingest writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import nquads, write_corpus

from diplograph.cli import main
from diplograph.loader import ingest
from diplograph.scale import cluster
from diplograph.scale import extract as ex
from diplograph.scale.load import load
from diplograph.store import GraphStore


@pytest.mark.slow
def test_local_cluster_shards_load_the_same(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl", copies=2)
    with cluster.client_for(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        summary = cluster.extract_on_dask([str(corpus)], tmp_path / "dask", client=client)
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(pids) == 2  # two worker processes, not threads of this one
    assert summary.articles == 12 and summary.shards >= 2
    ex.extract([str(corpus)], tmp_path / "local", jobs=1)
    with GraphStore() as a, GraphStore() as b, GraphStore() as c:
        load([tmp_path / "dask"], a)
        load([tmp_path / "local"], b)
        ingest([str(corpus)], c)
        assert nquads(a) == nquads(b) == nquads(c)


@pytest.mark.slow
def test_cli_extract_on_local_cluster(tmp_path: Path) -> None:
    """``extract --dask local --jobs 2`` starts and stops its own cluster and reports like a local run."""
    corpus = write_corpus(tmp_path / "c.jsonl")
    out = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "s"), "--dask", "local",
                                    "--jobs", "2"])
    assert out.exit_code == 0, out.output
    assert "6 articles" in out.stderr
    with GraphStore() as a, GraphStore() as b:
        load([tmp_path / "s"], a)
        ingest([str(corpus)], b)
        assert nquads(a) == nquads(b)
