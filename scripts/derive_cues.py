"""Derive English stance-cue candidates from the CAMEO verb dictionary of PETRARCH2.

    python scripts/derive_cues.py                      # print the summary per stance
    python scripts/derive_cues.py --write              # also write data/review/cameo_en_candidates.tsv
    python scripts/derive_cues.py --issues [--write]   # topic candidates from Phoenix issue keywords

PETRARCH2 (github.com/openeventdata/petrarch2, MIT licence, cited in data/NOTICE) codes events
with CAMEO: each verb block of ``CAMEO.2.0.txt`` has a code, and its patterns (``- * (FOR
&CEASEFIRE) [0256]``) refine it. The CAMEO roots that are stances of ours map as :data:`ROOTS`
says (02 appeal → demand, except the SUGGEST block, which proposes; 03 intent to cooperate →
offer; 05 diplomatic cooperation → support, its AGREE block and 057 → accept; 06/07 material
cooperation and aid → offer; 08 yield → accept; 10 demand; 11 disapprove → oppose; 12 reject;
16 reduce relations → reject).

A candidate is a verb lemma of such a block, and the verb with a particle or preposition where a
pattern adds one (``appeal for``, ``warn against``, ``turn down``). Each candidate is checked
against the English stance lexicon through the project's own matcher (lemmas included): it is
``covered`` when the lexicon finds it with a stance of the same scorer class, ``other-class``
when it finds it under another class, ``rejected`` when data/review/cameo_en.yml gives a reason
to leave it out (a reviewed decision), and ``open`` otherwise. Only derived word lists are
written; no text of PETRARCH2 is copied.

``--issues`` does the same for topics: the issue keywords of ``Phoenix.IssueCoding.txt`` whose
issue is one of our topics (:data:`ISSUES`) are checked against the English topic lexicon.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "graph"))

from diplograph.extract.cues import CueMatcher  # noqa: E402
from diplograph.extract.lemmas import lemmatizer  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt"
REVIEW = ROOT / "data" / "review" / "cameo_en.yml"
OUT = ROOT / "data" / "review" / "cameo_en_candidates.tsv"
LEXICON = ROOT / "data" / "lexicon" / "en" / "stances.yml"

#: CAMEO root (first two digits of a code) → our stance.
ROOTS = {
    "02": "demand",
    "03": "offer",
    "05": "support",
    "06": "offer",
    "07": "offer",
    "08": "accept",
    "10": "demand",
    "11": "oppose",
    "12": "reject",
    "16": "reject",
}
#: Blocks whose verbs are another stance than their root says.
BLOCKS = {"SUGGEST": "propose", "AGREE": "accept", "FORMALIZE": "accept"}
#: Finer codes that are another stance than their root.
CODES = {"057": "accept"}
#: Words that make a verb + particle phrase when a pattern puts them right after the verb.
PARTICLES = frozenset(
    ["to", "for", "on", "with", "against", "off", "out", "down", "up", "back", "away", "from", "in"]
)
#: The scorer's stance classes.
CLASSES = {
    "demand": "demand",
    "reject": "reject/oppose",
    "oppose": "reject/oppose",
    "propose": "propose/offer",
    "offer": "propose/offer",
    "support": "support/accept",
    "accept": "support/accept",
}

#: Phoenix issue → our topic (issues that are no topic of ours are not read).
ISSUES = {
    "PEACEKEEPERS": "security-guarantees",
    "CYBER_SECURITY": "cyber",
    "MALWARE": "cyber",
    "ELECTION": "elections",
    "ELECTION_FRAUD": "elections",
    "MEDIA_CENSORSHIP": "human-rights",
    "INTERNET_CENSORSHIP": "human-rights",
    "HUMAN_RIGHTS": "human-rights",
    "NUCLEAR_WEAPONS": "nuclear-program",
    "CHEMICAL_WEAPONS": "weapons-control",
    "BIOLOGICAL_WEAPONS": "weapons-control",
    "ID_ARMS_DEAL": "military-aid",
    "OIL": "energy",
    "REFUGEES": "migration",
    "SANCTIONS": "sanctions",
    "TRADE_DISPUTE": "trade",
}
ISSUE_FILE = "Phoenix.IssueCoding.txt"
TOPICS = ROOT / "data" / "lexicon" / "en" / "topics.yml"
ISSUES_OUT = ROOT / "data" / "review" / "phoenix_issues_en_candidates.tsv"
_ISSUE = re.compile(r"^([^#~<\[][^\[]*?)\s*\[([A-Z_]+)\]\s*$")

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+(.*?)\s+\[([^\]]*)\]\s*(?:#\s*([A-Z_]+))?")


@dataclass(frozen=True)
class Candidate:
    """One derived cue: the phrase, its stance, the CAMEO code and block it comes from."""

    phrase: str
    stance: str
    code: str
    block: str


def stance_of(code: str, block: str) -> str | None:
    """Our stance for a CAMEO code in a block, or None when the code is no stance of ours."""
    code = code.split(":")[0].strip()
    if not code[:2].isdigit():
        return None
    if block in BLOCKS and code[:2] in ("02", "05"):
        return BLOCKS[block]
    return CODES.get(code[:3]) or ROOTS.get(code[:2])


def _verb(line: str) -> tuple[str, str | None]:
    """The verb of a synonym line (``+RULE_OUT`` → "rule out") and its own code, if any."""
    body = line.split("#", 1)[0]
    code = None
    m = re.search(r"\[([^\]]*)\]", body)
    if m:
        code = m.group(1)
        body = body[: m.start()]
    body = body.split("{", 1)[0].strip()
    return body.replace("+", "").replace("_", " ").lower(), code


def parse(path: Path) -> list[Candidate]:
    """All stance candidates of the dictionary, in file order, without duplicates."""
    out: dict[tuple[str, str], Candidate] = {}
    block, block_code, verbs = "", "---", []  # type: ignore[var-annotated]
    patterns: list[tuple[str, str, str]] = []

    def flush() -> None:
        if not block:
            return
        codes = [stance_of(c, block) for _, c, _ in patterns]
        tally = collections.Counter(s for s in codes if s)
        default = stance_of(block_code, block)
        agree = bool(tally) and tally.most_common(1)[0][1] * 2 >= len(patterns)
        if default is None and len(patterns) >= 3 and agree:
            default = tally.most_common(1)[0][0]  # an uncoded block whose patterns mostly agree
        for verb, own in verbs:
            stance = stance_of(own, block) if own else default
            if stance:
                out.setdefault((verb, stance), Candidate(verb, stance, own or block_code, block))
        known = {v for v, _ in verbs}
        for text, code, source in patterns:
            stance = stance_of(code, block)
            words = text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").split()
            verb = source.replace("_", " ").lower()
            if not stance or verb not in known or len(words) < 2 or words[0] != "*":
                continue  # the pattern's own verb (its comment) takes the particle, no other
            particle = words[1].lower()
            if particle in PARTICLES:
                phrase = f"{verb} {particle}"
                out.setdefault((phrase, stance), Candidate(phrase, stance, code, block))

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        head = _HEADER.match(line)
        if head:
            flush()
            block, block_code, verbs, patterns = head.group(1), head.group(2), [], []
            continue
        if not block or not line or line.startswith("#"):
            continue
        pat = _PATTERN.match(line)
        if pat:
            patterns.append((pat.group(1), pat.group(2), pat.group(3) or ""))
        elif not line.startswith("-"):
            verb, code = _verb(line)
            if verb and re.fullmatch(r"[a-z][a-z \-]*", verb):
                verbs.append((verb, code))
    flush()
    return list(out.values())


def status(cand: Candidate, matcher: CueMatcher, review: dict[str, str]) -> tuple[str, str]:
    """Whether the lexicon covers a candidate with its class; else the review's reason to leave it
    out; else whether the lexicon reads it as another class, or not at all (open)."""
    found = [c for c in matcher.find(cand.phrase) if c.start == 0]  # the verb, with or without its particle
    if any(CLASSES[c.key] == CLASSES[cand.stance] for c in found):
        return "covered", found[0].phrase
    reason = review.get(cand.phrase) or review.get(f"block:{cand.block.lower()}")
    if reason:
        return "rejected", reason
    if found:
        return "other-class", f"{found[0].key}: {found[0].phrase}"
    return "open", ""


def issues(path: Path) -> list[tuple[str, str, str]]:
    """(topic, keyword, issue) for each Phoenix issue keyword whose issue is one of our topics."""
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _ISSUE.match(line.strip())
        if not m or m.group(2) not in ISSUES:
            continue
        words = [w.split(":", 1)[-1] for w in m.group(1).lower().split()]
        keyword = " ".join(words).replace("+", " ").replace("_", " ")
        out.setdefault((ISSUES[m.group(2)], keyword), m.group(2))
    return sorted((t, k, i) for (t, k), i in out.items())


def issue_report(source: Path, write: bool) -> int:
    """Print how many issue keywords the English topic lexicon finds as their topic."""
    lexicon = yaml.safe_load(TOPICS.read_text(encoding="utf-8"))
    matcher = CueMatcher(lexicon, "en/topics.yml", lemma=lemmatizer("en"))
    rows = []
    for topic, keyword, issue in issues(source):
        found = {c.key for c in matcher.find(keyword)}
        state = "covered" if topic in found else ("other-topic" if found else "open")
        rows.append((topic, keyword, issue, state, ",".join(sorted(found))))
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for topic, _, _, state, _ in rows:
        tally[topic][state] += 1
    print("| topic | issue keywords | covered | other topic | open |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for topic in sorted(tally):
        t = tally[topic]
        print(f"| {topic} | {sum(t.values())} | {t['covered']} | {t['other-topic']} | {t['open']} |")
    if write:
        with ISSUES_OUT.open("w", encoding="utf-8", newline="") as fh:
            fh.write("# From PETRARCH2 Phoenix.IssueCoding.txt (MIT, data/NOTICE), scripts/derive_cues.py\n")
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(("topic", "keyword", "phoenix_issue", "status", "found"))
            w.writerows(rows)
        print(f"wrote {ISSUES_OUT.relative_to(ROOT)} ({len(rows)} candidates)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print the candidates per stance and status; with --write, write the TSV as well."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt of PETRARCH2")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    ap.add_argument("--open", action="store_true", help="list the open candidates")
    ap.add_argument("--lexicon", type=Path, default=LEXICON, help="English stances.yml to check")
    ap.add_argument("--review", type=Path, default=REVIEW, help="the review of the candidates")
    ap.add_argument("--issues", action="store_true", help="topic candidates from the Phoenix issue keywords")
    args = ap.parse_args(argv)
    if args.issues:
        return issue_report(args.source.parent / ISSUE_FILE, args.write)
    if not args.source.is_file():
        print(f"{args.source}: not found (PETRARCH2 dictionaries)", file=sys.stderr)
        return 2
    lexicon = {
        stance: [p for fam in v.values() for p in fam or []] if isinstance(v, dict) else v
        for stance, v in yaml.safe_load(args.lexicon.read_text(encoding="utf-8")).items()
    }
    matcher = CueMatcher(lexicon, "en/stances.yml", lemma=lemmatizer("en"))
    reviewed = yaml.safe_load(args.review.read_text(encoding="utf-8")) or {}
    review = {str(k): str(v) for k, v in (reviewed.get("rejected") or {}).items()}
    rows = []
    for cand in parse(args.source):
        state, note = status(cand, matcher, review)
        rows.append((cand.stance, cand.phrase, cand.code, cand.block.lower(), state, note))
    rows.sort()
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for stance, _, _, _, state, _ in rows:
        tally[stance][state] += 1
    print("| stance | candidates | covered | other class | rejected (reviewed) | open |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for stance in sorted(tally):
        t = tally[stance]
        cells = [sum(t.values()), t["covered"], t["other-class"], t["rejected"], t["open"]]
        print(f"| {stance} | " + " | ".join(str(c) for c in cells) + " |")
    if args.open:
        for row in rows:
            if row[4] in ("open", "other-class"):
                print("\t".join(row))
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8", newline="") as fh:
            fh.write("# Derived from PETRARCH2 CAMEO.2.0.txt (MIT, data/NOTICE) by scripts/derive_cues.py\n")
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(("stance", "phrase", "cameo_code", "cameo_block", "status", "note"))
            w.writerows(rows)
        print(f"wrote {OUT.relative_to(ROOT)} ({len(rows)} candidates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
