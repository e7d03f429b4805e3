"""Coverage of the stance and topic lexicons: per language, stance and family, and on real text.

    python scripts/cue_coverage.py inventory             # Markdown table: entries per family
    python scripts/cue_coverage.py probes [--data DIR]   # which of the probe cues each language finds
    python scripts/cue_coverage.py corpus OUT.jsonl [--data DIR] [--limit N]
                                                          # positions read from 10kGNAD, one per line
    python scripts/cue_coverage.py diff OLD.jsonl NEW.jsonl [--sample 40]
                                                          # positions only NEW has, a sample to judge

``inventory`` reads ``data/lexicon/<lang>/stances.yml``, whose stances list their cues in
families (verbs, nouns, modals, conditions, negations, intent, evaluations …), and counts the
entries of each. ``probes`` runs every language's stance matcher over the probe cues of
:data:`PROBES` — the families every language should have, in dictionary form — and reports which
a language finds with a stance of the right scorer class: a gap there is a family missing, not a
word. ``corpus`` runs the whole pipeline over the German 10kGNAD corpus (or any ``label;'text'``
CSV) and writes each position with its cue and sentence, so that two lexicon versions can be
compared with ``diff``: what a new cue adds on text it was not written for, to judge by hand. The
corpus text stays outside the project; only counts and judged figures go to docs/cues.md.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import json
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "graph"))

from diplograph.article import read_article  # noqa: E402
from diplograph.errors import DiplographError  # noqa: E402
from diplograph.extract.grammar import grammar  # noqa: E402
from diplograph.ingest.read import RawArticle  # noqa: E402
from diplograph.resources import load_resources  # noqa: E402

LANGS = ("de", "en", "fr", "es")
STANCES = ("demand", "reject", "oppose", "propose", "offer", "support", "accept")
CLASSES = {"demand": 0, "reject": 1, "oppose": 1, "propose": 2, "offer": 2, "support": 3, "accept": 3}
CORPUS = ROOT.parent / "shared" / "corpora" / "10kGNAD-test.csv"

#: Probe cues per stance and family, in every language: short phrases in their plainest inflected
#: form, as a reporter would write them. Written for this report, not taken from any article.
PROBES: dict[str, dict[str, dict[str, list[str]]]] = {
    "demand": {
        "verbs": {
            "en": ["demanded", "called for", "urged", "insisted", "pressed for", "appealed to"],
            "de": ["forderte", "verlangte", "drängte auf", "pochte auf", "rief alle auf.", "appellierte"],
            "fr": ["a exigé", "réclame", "a appelé à", "demande", "insiste", "exhorte"],
            "es": ["exigió", "pidió", "reclamó", "instó", "urgió a", "exhortó"],
        },
        "nouns": {
            "en": ["an ultimatum", "the demands"],
            "de": ["die Forderung", "ein Appell", "ein Ultimatum"],
            "fr": ["les exigences", "un ultimatum", "l'appel à"],
            "es": ["las exigencias", "un ultimátum", "un llamamiento"],
        },
        "modals": {"en": ["must"], "de": ["müsse"], "fr": ["doit"], "es": ["debe"]},
        "conditions": {
            "en": ["only if", "unless"],
            "de": ["nur wenn", "erst wenn"],
            "fr": ["à condition que", "seulement si"],
            "es": ["solo si", "siempre que"],
        },
    },
    "reject": {
        "verbs": {
            "en": ["rejected", "refused", "ruled out", "dismissed", "turned down"],
            "de": ["lehnte den Plan ab.", "wies zurück", "schloss das aus.", "weigerte sich", "abgelehnt"],
            "fr": ["a rejeté", "refuse", "écarte", "exclut", "a balayé"],
            "es": ["rechazó", "se negó", "descartó", "desestimó", "repudió"],
        },
        "nouns": {
            "en": ["a rejection", "the refusal"],
            "de": ["eine Absage", "die Ablehnung"],
            "fr": ["le refus", "le rejet"],
            "es": ["el rechazo", "la negativa"],
        },
        "negations": {
            "en": ["unacceptable", "will not accept"],
            "de": ["inakzeptabel", "kommt nicht in Frage"],
            "fr": ["inacceptable", "hors de question"],
            "es": ["inaceptable", "no aceptará"],
        },
        "breaking off": {
            "en": ["suspended", "boycotted", "called off"],
            "de": ["setzte die Gespräche aus.", "boykottiert", "abgebrochen"],
            "fr": ["a suspendu", "boycotte", "a annulé"],
            "es": ["suspendió", "boicotea", "canceló"],
        },
    },
    "oppose": {
        "verbs": {
            "en": ["condemned", "criticised", "warned against", "denounced", "opposes", "protested"],
            "de": ["verurteilte", "kritisierte", "warnte vor", "wandte sich gegen", "protestierte"],
            "fr": ["a condamné", "critique", "a dénoncé", "s'oppose", "met en garde"],
            "es": ["condenó", "criticó", "denunció", "se opone", "advirtió contra"],
        },
        "nouns": {
            "en": ["criticism", "condemnation"],
            "de": ["Kritik", "Widerstand"],
            "fr": ["la condamnation", "les critiques"],
            "es": ["la condena", "las críticas"],
        },
        "evaluations": {
            "en": ["concerned about", "illegitimate"],
            "de": ["besorgt über", "völkerrechtswidrig"],
            "fr": ["préoccupé", "hostile"],
            "es": ["preocupado por", "hostil"],
        },
    },
    "propose": {
        "verbs": {
            "en": ["proposed", "put forward", "tabled"],
            "de": ["schlug vor.", "legte einen Plan vor.", "regte an.", "vorgeschlagen"],
            "fr": ["a proposé", "suggère", "a présenté un plan"],
            "es": ["propuso", "sugirió", "presentó un plan"],
        },
        "nouns": {
            "en": ["a proposal", "an initiative", "the plan"],
            "de": ["ein Vorschlag", "eine Initiative", "der Friedensplan"],
            "fr": ["une proposition", "une initiative", "une feuille de route"],
            "es": ["una propuesta", "una iniciativa", "una hoja de ruta"],
        },
    },
    "offer": {
        "verbs": {
            "en": ["offered", "pledged", "promised", "provided", "sent"],
            "de": ["bot Hilfe an.", "sagte Hilfe zu.", "versprach", "lieferte", "schickte"],
            "fr": ["a offert", "a promis", "fournira", "garantit", "s'est engagé"],
            "es": ["ofreció", "prometió", "garantizó", "envió", "se comprometió"],
        },
        "nouns": {
            "en": ["an offer", "a pledge"],
            "de": ["ein Angebot", "eine Zusage"],
            "fr": ["une offre", "une promesse"],
            "es": ["una oferta", "una promesa"],
        },
    },
    "support": {
        "verbs": {
            "en": ["supports", "welcomed", "backed", "praised", "endorsed"],
            "de": ["unterstützt", "begrüßte", "befürwortet", "lobte", "sprach sich für"],
            "fr": ["soutient", "a salué", "appuie", "se félicite", "défend"],
            "es": ["apoya", "respaldó", "saludó", "elogió", "defendió"],
        },
        "nouns": {
            "en": ["support"],
            "de": ["Unterstützung", "Rückendeckung"],
            "fr": ["son soutien"],
            "es": ["su apoyo", "su respaldo"],
        },
        "intent": {
            "en": ["ready to", "willing to", "prepared to"],
            "de": ["bereit zu", "zu Gesprächen bereit"],
            "fr": ["prêt à", "disposé à"],
            "es": ["dispuesto a", "abierto a"],
        },
    },
    "accept": {
        "verbs": {
            "en": ["accepted", "agreed to", "signed", "approved", "ratified"],
            "de": ["akzeptierte", "stimmte zu.", "unterzeichnete", "nahm das Angebot an.", "ratifizierte"],
            "fr": ["a accepté", "a signé", "approuve", "a ratifié", "a conclu un accord"],
            "es": ["aceptó", "firmó", "aprobó", "ratificó", "acordaron"],
        },
        "nouns": {
            "en": ["approval"],
            "de": ["Zustimmung"],
            "fr": ["la signature", "le feu vert"],
            "es": ["la aprobación", "luz verde"],
        },
    },
}


def families(lang: str) -> dict[str, dict[str, list[str]]]:
    """The stance lexicon of ``lang`` as ``{stance: {family: [phrase, …]}}``."""
    data = yaml.safe_load((ROOT / "data" / "lexicon" / lang / "stances.yml").read_text(encoding="utf-8"))
    out: dict[str, dict[str, list[str]]] = {}
    for stance, value in (data or {}).items():
        if isinstance(value, dict):
            out[stance] = {str(f): [str(p) for p in (v or [])] for f, v in value.items()}
        else:
            out[stance] = {"(ungrouped)": [str(p) for p in value or []]}
    return out


def inventory() -> None:
    """Print entries per stance and family, one column per language."""
    data = {lang: families(lang) for lang in LANGS}
    print("| stance | family | " + " | ".join(LANGS) + " |")
    print("| --- | --- | " + " | ".join("---:" for _ in LANGS) + " |")
    for stance in STANCES:
        names = sorted({f for lang in LANGS for f in data[lang].get(stance, {})})
        for fam in names:
            counts = [str(len(data[lang].get(stance, {}).get(fam, []))) for lang in LANGS]
            print(f"| {stance} | {fam} | " + " | ".join(c if c != "0" else "–" for c in counts) + " |")
    totals = [str(sum(len(v) for s in data[lang].values() for v in s.values())) for lang in LANGS]
    print("| all | | " + " | ".join(totals) + " |")


def probe_report(data: Path | None = None) -> dict[tuple[str, str, str], tuple[int, int, list[str]]]:
    """For each stance, family and language: probes found with the right class, probes, misses."""
    res = load_resources(data)
    out: dict[tuple[str, str, str], tuple[int, int, list[str]]] = {}
    for lang in LANGS:
        matcher = grammar(res, lang).stances
        for stance, fams in PROBES.items():
            for fam, per_lang in fams.items():
                probes = per_lang.get(lang, [])
                missed = []
                for probe in probes:
                    found = matcher.find(probe)
                    if not any(CLASSES[c.key] == CLASSES[stance] for c in found):
                        missed.append(probe)
                out[(stance, fam, lang)] = (len(probes) - len(missed), len(probes), missed)
    return out


def probes(data: Path | None = None) -> None:
    """Print the probe coverage table and the misses (of the lexicons in ``data``, if given)."""
    report = probe_report(data)
    print("| stance | family | " + " | ".join(LANGS) + " |")
    print("| --- | --- | " + " | ".join("---:" for _ in LANGS) + " |")
    for stance, fams in PROBES.items():
        for fam in fams:
            cells = []
            for lang in LANGS:
                hit, total, _ = report[(stance, fam, lang)]
                cells.append(f"{hit}/{total}" if total else "–")
            print(f"| {stance} | {fam} | " + " | ".join(cells) + " |")
    misses = [(k, m) for k, (_, _, m) in report.items() if m]
    for (stance, fam, lang), missed in misses:
        print(f"missed {lang} {stance}/{fam}: {', '.join(missed)}", file=sys.stderr)


def corpus(out: Path, data: Path | None, limit: int, source: Path) -> None:
    """Read articles of a ``label;'text'`` CSV and write their positions as JSON lines."""
    res = load_resources(data)
    csv.field_size_limit(sys.maxsize)
    n = 0
    with source.open(encoding="utf-8", newline="") as handle, out.open("w", encoding="utf-8") as sink:
        for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
            if n >= limit:
                break
            if len(row) < 2 or not row[1].strip():
                continue
            n += 1
            raw = RawArticle(
                text=row[1], source=f"{source.name}:{number}", published=dt.date(2016, 1, 1), lang="de"
            )
            try:
                doc = read_article(raw, res)
            except DiplographError:
                continue
            for p in doc.positions:
                ev = p.evidence[0]
                sentence = doc.content[ev.start : ev.end] if hasattr(ev, "start") else ""
                rec = {"article": number, "label": row[0], "holder": p.holder, "stance": p.stance,
                       "topic": p.topic, "cue": p.cue, "sentence": sentence}
                sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{n} articles read")


def _load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def diff(old: Path, new: Path, sample: int, seed: int) -> None:
    """Print counts of positions old and new, and a sample of those only new has, to judge."""
    before, after = _load(old), _load(new)
    key = lambda r: (r["article"], r["holder"], CLASSES[str(r["stance"])], r["topic"])  # noqa: E731
    old_keys = {key(r) for r in before}
    new_keys = {key(r) for r in after}
    added = [r for r in after if key(r) not in old_keys]
    lost = [r for r in before if key(r) not in new_keys]
    print(f"positions: old {len(before)}, new {len(after)}; only new {len(added)}, only old {len(lost)}")
    by_cue = collections.Counter(str(r["cue"]) for r in added)
    print("cues of new positions: " + ", ".join(f"{c} {n}" for c, n in by_cue.most_common(30)))
    family = {p: f for fams in families("de").values() for f, ps in fams.items() for p in ps}
    by_family = collections.Counter((str(r["stance"]), family.get(str(r["cue"]), "?")) for r in after)
    print("all new positions by stance and family: "
          + ", ".join(f"{s}/{f} {n}" for (s, f), n in sorted(by_family.items())))
    rng = random.Random(seed)
    for r in rng.sample(added, min(sample, len(added))):
        print(f"- [{r['stance']} {r['topic']} {r['holder']}] cue={r['cue']!r}: {r['sentence']}")


def main(argv: list[str] | None = None) -> int:
    """Run one of the reports."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("inventory")
    pr = sub.add_parser("probes")
    pr.add_argument("--data", type=Path, default=None, help="a data folder (default: the bundled one)")
    c = sub.add_parser("corpus")
    c.add_argument("out", type=Path)
    c.add_argument("--data", type=Path, default=None, help="a data folder (default: the bundled one)")
    c.add_argument("--limit", type=int, default=1000)
    c.add_argument("--source", type=Path, default=CORPUS)
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--sample", type=int, default=40)
    d.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.cmd == "inventory":
        inventory()
    elif args.cmd == "probes":
        probes(args.data)
    elif args.cmd == "corpus":
        corpus(args.out, args.data, args.limit, args.source)
    else:
        diff(args.old, args.new, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
