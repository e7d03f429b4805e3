"""extract → shards → load gives exactly what ingest gives; loading again replaces, never duplicates."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLE_PUBLISHED, SAMPLES, nquads, sample_files, write_corpus

from diplograph.cli import main
from diplograph.errors import DiplographError, InputError
from diplograph.ingest.read import iter_inputs, read_slice
from diplograph.loader import ingest
from diplograph.scale import extract as ex
from diplograph.scale.load import batches, load
from diplograph.scale.shards import find_manifests
from diplograph.store import GraphStore


def _ingested(paths: list[str], **kw: object) -> set[tuple[object, ...]]:
    with GraphStore() as store:
        ingest(paths, store, **kw)  # type: ignore[arg-type]
        return nquads(store)


def _loaded(folder: Path, max_quads: int = 1_000_000) -> set[tuple[object, ...]]:
    with GraphStore() as store:
        load([folder], store, max_quads=max_quads)
        return nquads(store)


def test_partitions_read_what_iter_inputs_reads(tmp_path: Path) -> None:
    """Partitions cut a folder and a JSON Lines file (blank lines too) into the same articles, in order."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"text": f"Artikel Nummer {i}.", "url": f"urn:t:{i}"}) for i in range(7)]
    (folder / "b.jsonl").write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n", "utf-8")
    (folder / "a.txt").write_text("Ein Text.", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    parts = ex.plan([str(folder)], workers=2, shard_size=2)
    assert all(p.articles <= 2 for p in parts)
    assert [p.index for p in parts] == list(range(len(parts)))
    read = [r for p in parts for s in p.slices for r in read_slice(s, default_lang="de")]
    assert read == list(iter_inputs([str(folder)], default_lang="de"))
    assert [r.source for r in read][-1] == f"{folder / 'b.jsonl'}:8"


@pytest.mark.parametrize("jobs", [1, 2])
def test_shards_load_to_what_ingest_writes(tmp_path: Path, jobs: int) -> None:
    """Shards carry the same quads as ingest, whatever the number of jobs or batches."""
    summary = ex.extract([str(SAMPLES)], tmp_path / "shards", jobs=jobs, shard_size=2,
                         options=ex.Options(published=SAMPLE_PUBLISHED))
    assert summary.articles == len(sample_files()) and summary.shards >= 3
    expected = _ingested([str(SAMPLES)], published=SAMPLE_PUBLISHED)
    assert _loaded(tmp_path / "shards") == expected
    assert _loaded(tmp_path / "shards", max_quads=1) == expected  # one batch per shard
    with gzip.open(tmp_path / "shards" / "part-000000.nq.gz", "rt", encoding="utf-8") as handle:
        assert all(line.endswith(" .\n") and line.count(" <") >= 2 for line in handle)


def test_loading_again_replaces(tmp_path: Path) -> None:
    """A changed article under the same URL replaces the stored one; loading twice changes nothing."""
    first, second = tmp_path / "v1.jsonl", tmp_path / "v2.jsonl"
    text = (SAMPLES / "de-genf-gespraeche.txt").read_text("utf-8")
    first.write_text(json.dumps({"text": text, "url": "urn:t:a", "lang": "de"}) + "\n", "utf-8")
    second.write_text(json.dumps({"text": text.split("\n\n")[0], "url": "urn:t:a", "lang": "de"}) + "\n",
                      "utf-8")
    ex.extract([str(second)], tmp_path / "s2")
    with GraphStore(tmp_path / "store") as store:
        ingest([str(first)], store)
        summary = load([tmp_path / "s2"], store)
        assert summary.replaced == 1
        once = nquads(store)
        load([tmp_path / "s2"], store)
        assert nquads(store) == once
    with GraphStore() as store:  # what ingesting both versions in turn leaves
        ingest([str(first)], store)
        ingest([str(second)], store)
        assert once == nquads(store)


def test_same_article_twice_in_one_run(tmp_path: Path) -> None:
    """The later version of an article met twice wins, as in ingest (a new batch starts)."""
    corpus = tmp_path / "c.jsonl"
    texts = [f.read_text("utf-8") for f in sample_files()[:2]]
    corpus.write_text("".join(json.dumps({"text": t, "url": "urn:t:same"}) + "\n" for t in texts), "utf-8")
    ex.extract([str(corpus)], tmp_path / "s", shard_size=1)
    assert len(list(batches(find_manifests(tmp_path / "s")))) == 2
    assert _loaded(tmp_path / "s") == _ingested([str(corpus)])


def test_extract_refuses_folder_with_shards_and_bad_input(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    ex.extract([str(corpus)], tmp_path / "s")
    with pytest.raises(InputError, match="already holds shards"):
        ex.extract([str(corpus)], tmp_path / "s")
    with pytest.raises(InputError, match="stdin"):
        ex.plan(["-"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Ein Text."}\nnot json\n', "utf-8")
    with pytest.raises(DiplographError, match="bad.jsonl:2"):
        ex.extract([str(bad)], tmp_path / "s3")
    summary = ex.extract([str(bad)], tmp_path / "s4", options=ex.Options(lang="de", keep_going=True))
    assert summary.articles == 1 and len(summary.failed) == 1


def test_cli_extract_then_load(tmp_path: Path) -> None:
    """The commands print a progress bar and a summary; load of a folder without shards fails clearly."""
    runner = CliRunner()
    corpus = write_corpus(tmp_path / "c.jsonl", copies=2)
    out = runner.invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "s"), "--jobs", "2"])
    assert out.exit_code == 0, out.output
    assert "12 articles" in out.stderr and "shards" in out.stderr
    out = runner.invoke(main, ["load", str(tmp_path / "s"), "--store", str(tmp_path / "st")])
    assert out.exit_code == 0, out.output
    assert "12 articles" in out.stderr and "quads/s" in out.stderr
    with GraphStore(tmp_path / "st") as store:
        assert nquads(store) == _ingested([str(corpus)])
    (tmp_path / "empty").mkdir()
    out = runner.invoke(main, ["load", str(tmp_path / "empty"), "--store", str(tmp_path / "st")])
    assert out.exit_code == 1 and "no complete shard" in out.output
