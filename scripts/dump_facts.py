"""Dump what ingest writes as sorted N-Quads, to check that a change leaves every fact as it was.

    python scripts/dump_facts.py /work/shared/corpora/10kGNAD-test.csv -o before-gnad.nq
    python scripts/dump_facts.py /work/shared/eval/dev -o before-dev.nq
    ... change the code ...
    python scripts/dump_facts.py /work/shared/corpora/10kGNAD-test.csv -o after-gnad.nq
    diff before-gnad.nq after-gnad.nq        # must be empty

A CSV corpus (``label;'text'`` rows, German, as scripts/bench_ingest.py reads it) or an eval
folder (``*.json`` gold files naming ``texts/*.txt``, their language and date) is written as
JSON Lines with a fixed URL per article, run through ``diplograph ingest`` (``--jobs``) into a
fresh store and exported; the lines are sorted so the file does not depend on store order.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PUBLISHED = "2016-01-01"


def records(source: Path) -> Iterator[dict[str, str]]:
    """The articles of a CSV corpus or an eval folder as JSON Lines records."""
    if source.is_dir():
        for gold in sorted(source.glob("*.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            record = {
                "text": (source / data["text"]).read_text(encoding="utf-8"),
                "lang": data["lang"],
                "url": f"urn:dump:{data['id']}",
            }
            if data.get("published"):
                record["published"] = data["published"]
            yield record
        return
    csv.field_size_limit(sys.maxsize)
    with source.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
            if len(row) >= 2 and row[1].strip():
                yield {"text": row[1], "lang": "de", "published": PUBLISHED, "url": f"urn:dump:{number}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="CSV corpus or eval folder (gold *.json)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="sorted N-Quads file")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for ingest")
    args = parser.parse_args(argv)
    exe = shutil.which("diplograph") or str(Path(sys.executable).with_name("diplograph"))
    with tempfile.TemporaryDirectory(prefix="dg-dump-") as folder:
        tmp = Path(folder)
        jsonl, store, nq = tmp / "articles.jsonl", tmp / "store", tmp / "out.nq"
        with jsonl.open("w", encoding="utf-8") as out:
            for record in records(args.source):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        subprocess.run(
            [exe, "ingest", str(jsonl), "--store", str(store), "--jobs", str(args.jobs)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run(
            [exe, "export", "--store", str(store), "--format", "nquads", "-o", str(nq)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        lines = sorted(nq.read_text(encoding="utf-8").splitlines(keepends=True))
    args.output.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} quads -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
