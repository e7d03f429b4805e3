"""Facts per article per category of a labelled CSV corpus (10kGNAD): is the extractor quiet off-topic?

    python scripts/facts_by_category.py /work/shared/corpora/10kGNAD-test.csv
    python scripts/facts_by_category.py CORPUS.csv --dump facts.tsv   # every fact, to read them

The corpus is read row by row (``label;'text'``, single-quote quoted, as in
``scripts/bench_ingest.py``) and each article runs through the library in memory
(:func:`diplograph.article.read_article`, the path ``diplograph ingest`` takes), with the language
given and a fixed publication date. Only the read Document is counted, nothing is stored. Prints a
Markdown table: per category the articles, meetings, positions and facts per article, the share
of articles with any fact, and the speed of the whole run. Categories that are not about relations
between actors (sport, culture, the web, science, the state budget) should carry almost no fact.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from diplograph.article import read_article  # noqa: E402
from diplograph.errors import DiplographError  # noqa: E402
from diplograph.ingest.read import RawArticle  # noqa: E402
from diplograph.resources import load_resources  # noqa: E402

PUBLISHED = dt.date(2016, 1, 1)

#: The categories of 10kGNAD that hold no diplomatic story; summed in one extra row.
OFF_TOPIC = ("Sport", "Kultur", "Web", "Wissenschaft", "Etat")


@dataclass
class Tally:
    """Counts for one category."""

    articles: int = 0
    meetings: int = 0
    positions: int = 0
    with_fact: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally into this one."""
        self.articles += other.articles
        self.meetings += other.meetings
        self.positions += other.positions
        self.with_fact += other.with_fact

    def row(self, name: str) -> str:
        """One Markdown table row."""
        n = self.articles or 1
        return (
            f"| {name} | {self.articles} | {self.meetings / n:.2f} | {self.positions / n:.2f} | "
            f"{(self.meetings + self.positions) / n:.2f} | {self.with_fact / n:.0%} |"
        )


def rows(path: Path, limit: int | None = None) -> Iterator[tuple[int, str, str]]:
    """Yield ``(row number, label, text)`` for every non-empty row of the corpus."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
            if limit is not None and number > limit:
                break
            if len(row) >= 2 and row[1].strip():
                yield number, row[0], row[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", type=Path, help="corpus file, one `label;'text'` row per article")
    parser.add_argument("--lang", default="de", help="language of the corpus (default de)")
    parser.add_argument("--limit", type=int, help="read only the first N rows")
    parser.add_argument("--only", help="comma-separated categories to read (default: all)")
    parser.add_argument(
        "--dump", type=Path, help="write every fact, and every fact the relevance gate dropped, as TSV"
    )
    args = parser.parse_args(argv)

    res = load_resources()
    tallies: dict[str, Tally] = defaultdict(Tally)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    started, cpu = time.perf_counter(), time.process_time()
    only = set(args.only.split(",")) if args.only else None
    for number, label, text in rows(args.csv, args.limit):
        if only is not None and label not in only:
            continue
        raw = RawArticle(text=text, source=f"{args.csv.name}:{number}", published=PUBLISHED, lang=args.lang)
        try:
            doc = read_article(raw, res)
        except DiplographError as exc:
            print(f"skipped {raw.source}: {exc}", file=sys.stderr)
            continue
        t = tallies[label]
        t.articles += 1
        t.meetings += len(doc.meetings)
        t.positions += len(doc.positions)
        t.with_fact += bool(doc.meetings or doc.positions)
        if dump:
            for m in doc.meetings:
                ev = m.evidence[0].text(doc.content) if m.evidence else ""
                dump.write(f"{number}\t{label}\tmeeting\t{', '.join(m.participants)}\t{ev}\n")
            for p in doc.positions:
                ev = p.evidence[0].text(doc.content) if p.evidence else ""
                dump.write(f"{number}\t{label}\tposition\t{p.holder} {p.stance} {p.topic}\t{ev}\n")
            if doc.relevance is not None:
                for d in doc.relevance.dropped:
                    ev = next((s.text(doc.content) for s in doc.sentences if s.start == d.sentence), "")
                    dump.write(f"{number}\t{label}\tdropped\t{d.fact} ({d.reason})\t{ev}\n")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if dump:
        dump.close()

    print("| category | articles | meetings/article | positions/article | facts/article | with a fact |")
    print("|---|---|---|---|---|---|")
    off, total = Tally(), Tally()
    for name in sorted(tallies):
        print(tallies[name].row(name))
        total.add(tallies[name])
        if name in OFF_TOPIC:
            off.add(tallies[name])
    print(off.row("**" + "+".join(OFF_TOPIC) + "**"))
    print(total.row("**all**"))
    print()
    rate = total.articles / seconds if seconds else 0.0
    cpu_rate = total.articles / cpu if cpu else 0.0
    print(
        f"{total.articles} articles in {seconds:.1f} s ({rate:.0f} articles/s, one process, no store); "
        f"{cpu:.1f} s of CPU ({cpu_rate:.0f} articles per CPU second)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
