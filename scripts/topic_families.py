"""Write docs/topic-families.md from the topic lexicons: each topic's concepts and their phrases.

    python scripts/topic_families.py            # rewrite docs/topic-families.md
    python scripts/topic_families.py --check    # exit 1 if the file differs from the data

``data/lexicon/common/topic_concepts.yml`` names the concepts of each topic with one line on what
each takes in; ``data/lexicon/<lang>/topics.yml`` lists the phrases of each concept under the same
family name in every language. The page is derived from both, so it never drifts from the data
(tests/extract/test_topic_families.py compares it with :func:`render`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "data" / "lexicon"
DOC = ROOT / "docs" / "topic-families.md"
LANGS = ("de", "en", "fr", "es")

INTRO = """\
# Topic families

The 26 topics of the annotation guide each cover a few **concepts**, and every concept is named
in all four languages: `data/lexicon/<lang>/topics.yml` groups each topic's phrases in families,
one per concept, with the same family names in German, English, French and Spanish. The matcher
reads a topic's families as one list (`graph/diplograph/extract/cues.py`); the families are
documentation, alignment and this page. The concepts and what each takes in are in
`data/lexicon/common/topic_concepts.yml`. This page is written by `scripts/topic_families.py`
from those five files: do not edit it by hand.

How the phrases were chosen:

- From how news in each language names the concept (nouns, German compounds on their head with
  `*`, verb phrases, the usual abbreviations: NPT / NVV / TNP, CTBT / TPCE, JCPOA), not
  from any article set.
- A word common in other senses is not a strong topic on its own: "chapter", "Kapitel",
  "capítulo" count only as negotiating chapters; "candidate" alone is an election's; "roadmap",
  "Fahrplan" only towards peace; "Besatzung" only of a land (not a ship's crew); landmines and
  cluster munitions only in the conventions that ban them ("sent cluster munitions" is arms aid);
  Open Skies only as the treaty (the aviation agreement has the same name); not French "TICE"
  (also teaching technology), "censure" nor Spanish "censura" (a motion of no confidence).
  Any agreement, deal or plan, and money with no purpose named, are weak topics
  (`grammar.yml` `weak_topics`): they count only where no other topic is named.
- Of two phrases on one stretch the longer one wins, so "arms race", "armes de destruction
  massive", "Atomwaffensperrvertrag" beat "arms", "armes", "atom*". The matcher also takes the
  phrase that starts first, so where the Spanish weak topic "un acuerdo" would start earlier, the
  stronger phrase is listed with its article too ("un acuerdo de seguridad").
- Phrase syntax (`*`, `...`, `$`): `data/lexicon/de/meetings.yml` and `cues.py`.
"""


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def families() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, dict[str, list[str]]]]]:
    """The concepts of each topic (topic -> concept -> description) and each language's
    phrases (lang -> topic -> concept -> phrases)."""
    concepts = _load(LEXICON / "common" / "topic_concepts.yml")
    phrases = {lang: _load(LEXICON / lang / "topics.yml") for lang in LANGS}
    return concepts, phrases


def _cell(entries: list[str]) -> str:
    return ", ".join(f"`{e}`" for e in entries) if entries else "—"


def render() -> str:
    """The Markdown page: a count of phrases per topic and language, then per topic one row per
    concept with its description and its phrases in each language."""
    concepts, phrases = families()
    out = [INTRO, "## Phrases per topic and language", ""]
    out.append("| topic | concepts | " + " | ".join(LANGS) + " |")
    out.append("| --- | --- | " + " | ".join("---" for _ in LANGS) + " |")
    for topic, described in concepts.items():
        counts = [sum(len(phrases[lang][topic].get(c) or []) for c in described) for lang in LANGS]
        out.append(f"| {topic} | {len(described)} | " + " | ".join(str(n) for n in counts) + " |")
    out.append("")
    for topic, described in concepts.items():
        out += [f"## {topic}", "", "| concept | covers | " + " | ".join(LANGS) + " |",
                "| --- | --- | " + " | ".join("---" for _ in LANGS) + " |"]
        for concept, text in described.items():
            cells = [_cell([str(p) for p in phrases[lang][topic].get(concept) or []]) for lang in LANGS]
            out.append(f"| {concept} | {text} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the page differs from the data")
    args = parser.parse_args()
    page = render()
    if args.check:
        same = DOC.exists() and DOC.read_text(encoding="utf-8") == page
        print("docs/topic-families.md is up to date" if same else "docs/topic-families.md differs: rerun")
        return 0 if same else 1
    DOC.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
