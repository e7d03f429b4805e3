"""The shard format: one gzip-compressed N-Quads file per input partition, and its manifest.

``part-000042.nq.gz`` holds the quads of the partition's articles (each in its own named
graph) and what they add to the reference graph; ``part-000042.rows.json.gz`` the summary rows
of each article graph (:mod:`diplograph.summary.shardrows`); ``part-000042.json`` lists the
articles in input order with their quad and fact counts and their candidate labels, and names
the rows file with the signature of the code that computed it. The manifest is written last
and all files are renamed into place only when complete, so a shard with a manifest is whole,
and a run killed half-way leaves at most stray ``.tmp`` files that ``load`` ignores. A manifest
without a rows file (shards of an earlier diplograph) loads as well: its articles are read
back from the store for the summary.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from diplograph import ids
from diplograph.errors import DiplographError, InputError
from diplograph.loader import Prepared
from diplograph.summary import shardrows

#: Version tag of the manifest; ``load`` refuses shards of another format.
FORMAT = "diplograph-shard/1"
#: gzip level: 1 compresses 10kGNAD's N-Quads 5.4×, at twice the speed of the default 9.
GZIP_LEVEL = 1
_MANIFEST = re.compile(r"part-(\d{6})\.json$")


def shard_name(index: int) -> str:
    """The file name of partition ``index``'s quads."""
    return f"part-{index:06d}.nq.gz"


def manifest_name(index: int) -> str:
    """The file name of partition ``index``'s manifest."""
    return f"part-{index:06d}.json"


@dataclass(frozen=True)
class ShardArticle:
    """One article of a shard: its graph, counts and candidate ``(actor, label, language)``s."""

    iri: str
    quads: int
    facts: int
    labels: tuple[tuple[str, str, str], ...] = ()


@dataclass
class Manifest:
    """What one shard holds."""

    index: int
    articles: list[ShardArticle] = field(default_factory=list)
    quads: int = 0
    failed: list[str] = field(default_factory=list)
    folder: Path = Path(".")
    #: The signature (:func:`shardrows.code_signature`) of the code that wrote the rows file;
    #: empty when the shard has none.
    rows_code: str = ""

    @property
    def shard(self) -> Path:
        """The path of the shard's N-Quads file."""
        return self.folder / shard_name(self.index)

    @property
    def rows(self) -> Path | None:
        """The shard's summary rows file, if it has one computed by this diplograph's code."""
        if self.rows_code and self.rows_code == shardrows.code_signature():
            return self.folder / shardrows.rows_name(self.index)
        return None

    @property
    def facts(self) -> int:
        """Meetings plus positions of all its articles."""
        return sum(a.facts for a in self.articles)

    def label_pairs(self) -> Iterable[tuple[URIRef, Literal]]:
        """Every article's candidate labels, in input order, as ``LabelBook.fresh`` takes them."""
        for art in self.articles:
            for s, text, lang in art.labels:
                yield URIRef(s), Literal(text, lang=lang or None)

    def to_json(self) -> dict[str, object]:
        """The manifest as JSON data."""
        named = {"rows": shardrows.rows_name(self.index), "rows_code": self.rows_code}
        rows = named if self.rows_code else {}
        return {
            "format": FORMAT,
            "index": self.index,
            "shard": shard_name(self.index),
            "quads": self.quads,
            "articles": [[a.iri, a.quads, a.facts, [list(x) for x in a.labels]] for a in self.articles],
            "failed": self.failed,
            **rows,
        }


def as_nquads(ntriples: str, graph: URIRef) -> str:
    """Put N-Triples lines (rdflib's serialisation) into the named graph ``graph``.

    A line ends in `` .`` + newline and no term holds a raw newline (N-Triples escapes them),
    so the graph name goes before every line end.
    """
    return ntriples.replace(" .\n", f" <{graph}> .\n")


def write_shard(folder: Path, index: int, prepared: Sequence[Prepared], failed: Sequence[str]) -> Manifest:
    """Write one partition's shard and then its manifest; return the manifest."""
    manifest = Manifest(index, failed=list(failed), folder=folder)
    reference: dict[str, None] = {}
    for p in prepared:
        for line in p.reference_nt.splitlines(keepends=True):
            reference.setdefault(line)
        labels = tuple((str(s), str(o), o.language or "") for s, o in p.labels)
        manifest.articles.append(ShardArticle(str(p.iri), p.quads, p.facts, labels))
    body = [as_nquads(p.article_nt, p.iri) for p in prepared]
    body.append(as_nquads("".join(reference), ids.REFERENCE_GRAPH))
    manifest.quads = sum(p.quads for p in prepared) + len(reference)
    data = "".join(body).encode("utf-8")
    _write_atomic(folder / shard_name(index), gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))
    parts = shardrows.compute(data, [a.iri for a in manifest.articles])
    _write_atomic(folder / shardrows.rows_name(index), shardrows.dump(parts))
    manifest.rows_code = shardrows.code_signature()
    _write_atomic(folder / manifest_name(index), json.dumps(manifest.to_json()).encode("utf-8"))
    return manifest


def _write_atomic(target: Path, data: bytes) -> None:
    tmp = target.with_name(target.name + ".tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DiplographError(f"cannot write {target}: {exc.strerror or exc}") from exc


def read_manifest(path: Path) -> Manifest:
    """Read one manifest, checking its format and that its shard file is there."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable shard manifest ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f"{path}: not a diplograph shard manifest (expected format {FORMAT})")
    index = int(data["index"])
    arts = [ShardArticle(str(i), int(q), int(f), tuple((str(a), str(b), str(c)) for a, b, c in lab))
            for i, q, f, lab in data["articles"]]
    manifest = Manifest(index, arts, int(data["quads"]), [str(x) for x in data["failed"]], path.parent,
                        str(data.get("rows_code", "")))
    if not manifest.shard.is_file():
        raise InputError(f"{path}: its shard {manifest.shard.name} is missing")
    if manifest.rows is not None and not manifest.rows.is_file():
        raise InputError(f"{path}: its summary rows {manifest.rows.name} are missing")
    return manifest


def find_manifests(folder: Path) -> list[Manifest]:
    """Every complete shard in ``folder``, in partition order."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder of shards")
    found = sorted((int(m.group(1)), p) for p in folder.iterdir() if (m := _MANIFEST.fullmatch(p.name)))
    return [read_manifest(p) for _, p in found]


def has_shards(folder: Path) -> bool:
    """Tell whether ``folder`` already holds shards (complete or not)."""
    return folder.is_dir() and any(p.name.startswith("part-") for p in folder.iterdir())
