"""Build the actor and place gazetteer (``data/gazetteer/actors.ttl``, ``places.ttl``).

Why a script: the gazetteer joins three kinds of input that must stay separately citable —
Wikidata-derived officeholder tables (CC0) and the 2026 heads-of-state table (CC BY-SA 4.0)
from the shared data folder, CLDR territory names (via babel), and the project's own reviewed
YAML under ``data/gazetteer/curated/``. Re-running it on the same inputs gives byte-identical
Turtle (sorted, no timestamps, deterministic tenure IRIs), so CI can check for drift.

Usage::

    .venv/bin/python scripts/build_gazetteer.py [--source ../shared/data/actors] [--out data/gazetteer]
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from diplograph.ids import actor_iri, digest, slug, wikidata
from diplograph.vocab import DG

log = logging.getLogger("build_gazetteer")

REPO = Path(__file__).resolve().parent.parent
LANGS = ("de", "en", "fr", "es")
#: Roles whose post has one holder at a time: an open tenure ends when a successor starts.
SINGLE_HOLDER = ("HeadOfState", "HeadOfGovernment", "ForeignMinister")




# --------------------------------------------------------------------------- records


@dataclass
class TenureRec:
    """One post held: role concept local name, English label, whom for, from/to."""

    role: str
    label: str
    represents: str
    start: date | None
    end: date | None
    year_only: bool = False
    curated: bool = False


@dataclass
class Entry:
    """One gazetteer entry before it is written as triples."""

    key: str
    cls: str  # State | Organization | Person | Place
    labels: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    adjectives: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    demonyms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    qid: str | None = None
    qid_verified: bool = True
    represents: str | None = None
    capital_of: str | None = None
    located_in: str | None = None
    org_kind: str | None = None
    tenures: list[TenureRec] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: expected a mapping")
    return data


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def parse_date(value: object, *, end: bool = False) -> tuple[date | None, bool]:
    """A table or YAML date → (date, year_only). A year alone is Jan 1 (start) or Dec 31 (end)."""
    if value is None or value == "":
        return None, False
    if isinstance(value, date):
        return value, False
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        y = int(text)
        return (date(y, 12, 31) if end else date(y, 1, 1)), True
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = int(m[1]), int(m[2])
        if not end:
            return date(y, mo, 1), False
        nxt = date(y + mo // 12, mo % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1), False
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", text)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])), False
    raise SystemExit(f"unreadable date {value!r}")


def as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def target_key(ref: str) -> str:
    """``russia`` → ``state/russia``; ``org/nato`` and ``place/x`` stay as they are."""
    return ref if "/" in ref else f"state/{ref}"


def compile_patterns(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


def full(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.fullmatch(text.strip()) for p in patterns)


# --------------------------------------------------------------------------- builder


class Builder:
    """Collects entries from every input, then writes them as Turtle."""

    def __init__(self, source: Path, curated: Path) -> None:
        self.source = source
        self.curated = curated
        self.entries: dict[str, Entry] = {}
        self.table_person_qids: set[str] = set()
        self.table_qids: set[str] = set()  # every QID named anywhere in the tables
        self.sources = read_yaml(curated / "sources.yml")
        roles = read_yaml(curated / "position_roles.yml")
        self.skip = compile_patterns(roles.pop("skip", []))
        self.role_rules = [(r, compile_patterns(ps)) for r, ps in roles.items()]
        self.hog_titles = compile_patterns(self.sources["head_of_government_titles"])
        self.person_by_qid: dict[str, Entry] = {}
        self.table_names: dict[str, Counter[str]] = defaultdict(Counter)
        self.table_tenures: dict[str, list[TenureRec]] = defaultdict(list)

    # ---- states

    def country_qids(self) -> dict[str, str]:
        """English country label (as in the CC0 tables) → QID."""
        out: dict[str, str] = {}
        world = self.source / "every-politician-scrapers+world"
        for r in read_csv(world / "wikidata/results/country-cabinets.csv"):
            out.setdefault(r["stateLabel"], r["state"])
        wl = self.source / "every-politician-scrapers+world-leaders-2021/data/wikidata.csv"
        for r in read_csv(wl):
            out.setdefault(r["country"], r["countryid"])
        for r in read_csv(world / "sources/foreign/wikidata.csv"):
            if r["country"]:
                out.setdefault(r["countryLabel"], r["country"])
        self.table_qids.update(out.values())
        return out

    def add_states(self) -> None:
        cldr = {lang: Locale.parse(lang).territories for lang in LANGS}
        by_label = self.country_qids()
        for key, spec in sorted(read_yaml(self.curated / "states.yml").items()):
            e = Entry(f"state/{key}", "State")
            iso = str(spec.get("iso") or "")  # a de facto state has no ISO code: its labels are its own
            own = spec.get("labels") or {}
            for lang in LANGS:
                cl = cldr[lang].get(iso) if iso else None
                e.labels[lang] = own.get(lang) or cl or own.get("en") or key
                if cl and cl != e.labels[lang]:
                    e.names[lang].add(cl)
            self._add_words(e, spec)
            candidates = [spec.get("wd_label"), e.labels["en"], *sorted(e.names.get("en", ()))]
            qid = next((by_label[c] for c in candidates if c and c in by_label), None)
            if qid:
                e.qid = qid
            elif spec.get("qid"):
                e.qid, e.qid_verified = str(spec["qid"]), False
            else:
                log.warning("no QID for %s", e.key)
            self._put(e)

    def _add_words(self, e: Entry, spec: dict[str, Any]) -> None:
        names = spec.get("names") or {}
        if isinstance(names, list):
            names = {"": names}
        for lang, vals in names.items():
            for v in as_list(vals):
                e.names[lang].add(v)
        for attr in ("adjectives", "demonyms"):
            for lang, vals in (spec.get(attr) or {}).items():
                getattr(e, attr)[lang].update(as_list(vals))

    def _put(self, e: Entry) -> None:
        if e.key in self.entries:
            raise SystemExit(f"duplicate gazetteer key {e.key}")
        self.entries[e.key] = e

    # ---- organisations and places

    def add_organizations(self) -> None:
        for key, spec in sorted(read_yaml(self.curated / "organizations.yml").items()):
            e = Entry(f"org/{key}", "Organization")
            own = spec.get("labels") or {}
            for lang in LANGS:
                e.labels[lang] = own.get(lang) or own.get("en") or next(iter(own.values()))
            self._add_words(e, spec)
            e.org_kind = spec.get("kind")
            if spec.get("represents"):
                e.represents = target_key(spec["represents"])
            self._qid(e, spec.get("qid"))
            self._put(e)

    def add_places(self) -> None:
        for key, spec in sorted(read_yaml(self.curated / "places.yml").items()):
            e = Entry(f"place/{key}", "Place")
            own = spec.get("labels") or {}
            for lang in LANGS:
                e.labels[lang] = own.get(lang) or own.get("en") or next(iter(own.values()))
            self._add_words(e, spec)
            if spec.get("capital_of"):
                e.capital_of = target_key(spec["capital_of"])
                e.located_in = e.capital_of
            if spec.get("in"):
                e.located_in = target_key(spec["in"])
            if spec.get("represents"):  # the body a seat stands for when named as an actor
                e.represents = target_key(spec["represents"])
            self._qid(e, spec.get("qid"))
            self._put(e)

    def _qid(self, e: Entry, qid: object) -> None:
        if qid:
            e.qid = str(qid)
            e.qid_verified = e.qid in self.table_qids

    # ---- persons from the tables

    def classify(self, position: str) -> str | None:
        if full(self.skip, position):
            return None
        for role, pats in self.role_rules:
            if full(pats, position):
                return role
        return None

    def _table_person(self, qid: str, name: str, tenure: TenureRec | None) -> None:
        if not qid or not name:
            return
        self.table_person_qids.add(qid)
        self.table_names[qid][name] += 1
        if tenure is not None:
            self.table_tenures[qid].append(tenure)

    def read_country_tables(self) -> None:
        for folder, state in sorted(self.sources["country_repos"].items()):
            for r in read_csv(self.source / folder / "html/holders21.csv"):
                self.table_qids.add(r["personID"])  # verifies a curated QID even for other posts
                role = self.classify(r["position"])
                if role is None or self._dropped(folder, r):
                    continue
                start, _ = parse_date(r.get("start"))
                end, _ = parse_date(r.get("end"), end=True)
                t = TenureRec(role, r["position"], f"state/{state}", start, end)
                self._table_person(r["personID"], r["person"], t)

    def _dropped(self, folder: str, row: dict[str, str]) -> bool:
        key = f"{folder}/{row['personID']}/{row['position']}/{row.get('start', '')}"
        if key in (self.sources.get("drop") or {}):
            log.info("dropped %s: curated correction", key)
            return True
        return False

    def read_world_tables(self, country_key: dict[str, str]) -> None:
        base = self.source / "every-politician-scrapers+world"
        posts = self.sources["organization_posts"]
        for r in read_csv(base / "html/holders21.csv"):
            self.table_qids.add(r["personID"])
            post = posts.get(r["position"])
            if not post:
                continue
            start, _ = parse_date(r.get("start"))
            end, _ = parse_date(r.get("end"), end=True)
            t = TenureRec(post["role"], r["position"], f"org/{post['org']}", start, end)
            self._table_person(r["personID"], r["person"], t)
        for r in read_csv(base / "sources/foreign/wikidata.csv"):
            self.table_qids.add(r["person"])
            rep = country_key.get(r["country"])
            if not rep or not r["person"]:
                continue
            start, yo = parse_date(r.get("start"))
            t = TenureRec("ForeignMinister", r["positionLabel"], rep, start, None, yo)
            self._table_person(r["person"], r["name"], t)
        wl = self.source / "every-politician-scrapers+world-leaders-2021/data/wikidata.csv"
        for r in read_csv(wl):
            self.table_qids.add(r["officeholder"])
            rep = country_key.get(r["countryid"])
            if not rep:
                log.info("world-leaders-2021: no state for %s (%s)", r["country"], r["countryid"])
                continue
            role = "HeadOfGovernment" if full(self.hog_titles, r["positionLabel"]) else "HeadOfState"
            start, _ = parse_date(r.get("start_year"))
            end, _ = parse_date(r.get("end_year"), end=True)
            t = TenureRec(role, r["positionLabel"], rep, start, end, year_only=True)
            self._table_person(r["officeholder"], r["officeholderLabel"], t)

    def read_current_leaders(self, state_keys: set[str]) -> None:
        """open-data-archive/world-leaders-current (CC BY-SA 4.0): heads as of Aug 2026.

        Read after the CC0 tables, which win: a QID that the CC0 tables give to someone else is
        dropped, and a name the CC0 tables know under one other QID takes that QID.
        """
        self.cc0_by_name: dict[str, list[str]] = defaultdict(list)
        for q, names in sorted(self.table_names.items()):
            for n in names:
                if q not in self.cc0_by_name[slug(n)]:
                    self.cc0_by_name[slug(n)].append(q)
        base = self.source / "open-data-archive+world-leaders-current/data/countries"
        orgs = self.sources["organization_leaders"]
        renames = self.sources.get("current_countries") or {}
        drops = self.sources.get("drop") or {}
        for path in sorted(base.glob("*/current.json")):
            folder = path.parent.name
            data = json.loads(path.read_text(encoding="utf-8"))
            for post, info in sorted((data.get("positions") or {}).items()):
                holder = (info or {}).get("current_holder") or {}
                qid, name = holder.get("wikidata_id"), holder.get("name_en")
                if not qid or not name:
                    continue
                if f"world-leaders-current/{folder}/{post}" in drops:
                    log.info("dropped %s %s (%s): curated correction", folder, post, name)
                    continue
                known = self.table_names.get(qid)
                same_name = self.cc0_by_name.get(slug(name), [])
                if not known and len(same_name) == 1 and same_name[0] != qid:
                    log.info("%s %s: QID %s replaced by %s, the CC0 tables' QID for that name",
                             folder, name, qid, same_name[0])
                    qid, known = same_name[0], self.table_names.get(same_name[0])
                if known and not any(_same_person(name, n) for n in known):
                    log.info("dropped %s %s: QID %s belongs to %s in the CC0 tables",
                             folder, name, qid, known.most_common(1)[0][0])
                    continue
                if folder in orgs:
                    rep, role = f"org/{orgs[folder][post]}", "OrganizationLeader"
                else:
                    skey = renames.get(folder, slug(data["country"]["name_en"]))
                    if skey not in state_keys:
                        log.warning("unknown country folder %s", folder)
                        continue
                    rep = f"state/{skey}"
                    title = str(info.get("title_en") or "")
                    role = "HeadOfGovernment" if post == "head_of_government" else "HeadOfState"
                    if (post == "head_of_government" and info.get("is_same_as_head_of_state")
                            and not full(self.hog_titles, title)):
                        role = "HeadOfState"  # a president who also heads the government
                start, _ = parse_date(holder.get("since"))
                t = TenureRec(role, str(info.get("title_en") or post), rep, start, None)
                self._table_person(qid, name, t)

    # ---- merge persons

    def add_persons(self) -> None:
        curated = read_yaml(self.curated / "persons.yml")
        cur_by_qid = {str(s["qid"]): k for k, s in curated.items() if s.get("qid")}
        taken: set[str] = set(f"person/{k}" for k in curated)
        # table persons (sorted by QID number for stable collision handling)
        for qid in sorted(self.table_names, key=lambda q: (int(q[1:]) if q[1:].isdigit() else 0, q)):
            if qid in cur_by_qid:
                continue
            name = _best_name(self.table_names[qid])
            latin = _is_latin(name)
            key = f"person/{slug(name)}" if latin else f"person/{qid.lower()}"
            if key in taken and key[len("person/"):] in curated:
                log.warning("%s (%s) shares the key %s: a namesake, or a curated entry that "
                            "lacks this QID", name, qid, key)
            if key in taken:
                key = f"person/{slug(name)}-{qid.lower()}"
            taken.add(key)
            # Wikidata falls back to a non-Latin label when an item has no English one.
            e = Entry(key, "Person", labels={"en" if latin else "und": name}, qid=qid)
            for n in self.table_names[qid]:
                if n != name:
                    e.names["en"].add(n)
            e.tenures = list(self.table_tenures.get(qid, []))
            self._put(e)
            self.person_by_qid[qid] = e
        for key, spec in sorted(curated.items()):
            e = Entry(f"person/{key}", "Person")
            cqid: str | None = str(spec["qid"]) if spec.get("qid") else None
            own = spec.get("labels") or {}
            table_names = self.table_names.get(cqid or "", Counter())
            en = own.get("en") or (_best_name(table_names) if table_names else key)
            e.labels["en"] = en
            for lang in ("de", "fr", "es"):
                if own.get(lang) and own[lang] != en:
                    e.labels[lang] = own[lang]
            for n in table_names:
                if n != en:
                    e.names["en"].add(n)
            for n in as_list(spec.get("names")):
                e.names[""].add(n)
            if cqid:
                e.qid = cqid
                e.qid_verified = cqid in self.table_person_qids or cqid in self.table_qids
            if spec.get("represents"):
                e.represents = target_key(spec["represents"])
            for t in spec.get("tenures") or []:
                start, yo = parse_date(t.get("start"))
                end, _ = parse_date(t.get("end"), end=True)
                rep = target_key(t["represents"]) if t.get("represents") else e.represents
                if rep is None:
                    raise SystemExit(f"persons.yml {key}: tenure without represents")
                e.tenures.append(TenureRec(t["role"], t["label"], rep, start, end, yo, True))
            if cqid:
                e.tenures.extend(self.table_tenures.get(cqid, []))
                self.person_by_qid[cqid] = e
            self._put(e)
        for e in self.entries.values():
            if e.cls == "Person":
                e.tenures = _dedupe(e.tenures)
                if e.represents is None and e.tenures:
                    e.represents = _main_represents(e.tenures)
        self._close_open_tenures()

    def _close_open_tenures(self) -> None:
        """An open single-holder post ends when the next holder of the same post starts."""
        collective = compile_patterns(self.sources.get("collective_posts") or [])
        posts: dict[tuple[str, str, str], list[tuple[date, Entry, TenureRec]]] = defaultdict(list)
        for e in self.entries.values():
            for t in e.tenures:
                if t.role in SINGLE_HOLDER and t.start is not None and not full(collective, t.label):
                    name = "" if t.role == "ForeignMinister" else _post_name(t.label)
                    posts[(t.role, t.represents, name)].append((t.start, e, t))
        for items in posts.values():
            items.sort(key=lambda x: (x[0], x[1].key))
            for i, (start, e, t) in enumerate(items):
                if t.end is not None:
                    continue
                later = [s for s, other, nxt in items[i + 1:]
                         if other is not e and s > start and not nxt.year_only]
                if later:
                    t.end = later[0]

    # ---- checks

    def check(self) -> None:
        for e in self.entries.values():
            for ref in (e.represents, e.capital_of, e.located_in):
                if ref and ref not in self.entries:
                    raise SystemExit(f"{e.key}: unknown reference {ref}")
            for t in e.tenures:
                if t.represents not in self.entries:
                    raise SystemExit(f"{e.key}: tenure for unknown {t.represents}")
                getattr(DG, t.role)  # unknown role concept → AttributeError from the vocab

    # ---- output

    def triples(self, e: Entry) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
        s = actor_iri(e.key)
        out: list[tuple[URIRef, URIRef, URIRef | Literal]] = [(s, RDF.type, DG[e.cls])]
        for lang, text in e.labels.items():
            out.append((s, RDFS.label, Literal(text, lang=lang)))
        label_set = set(e.labels.values())
        for lang, vals in e.names.items():
            for v in vals:
                if v not in label_set:
                    out.append((s, SKOS.altLabel, Literal(v, lang=lang or None)))
        for lang, vals in e.adjectives.items():
            out.extend((s, DG.adjective, Literal(v, lang=lang)) for v in vals)
        for lang, vals in e.demonyms.items():
            out.extend((s, DG.demonym, Literal(v, lang=lang)) for v in vals)
        if e.qid:
            out.append((s, OWL.sameAs, wikidata(e.qid)))
            if not e.qid_verified:
                out.append((s, DG.qidVerified, Literal(False)))
        if e.represents:
            out.append((s, DG.represents, actor_iri(e.represents)))
        if e.capital_of:
            out.append((s, DG.capitalOf, actor_iri(e.capital_of)))
        if e.located_in:
            out.append((s, DG.locatedIn, actor_iri(e.located_in)))
        if e.org_kind:
            out.append((s, DG.orgKind, Literal(e.org_kind)))
        for t in e.tenures:
            ident = digest(t.role, t.represents, t.start, t.label, size=10)
            node = actor_iri(f"{e.key}/tenure/{ident}")
            out.append((s, DG.tenure, node))
            out.append((node, RDF.type, DG.Tenure))
            out.append((node, DG.role, DG[t.role]))
            out.append((node, DG.roleLabel, Literal(t.label, lang="en")))
            out.append((node, DG.represents, actor_iri(t.represents)))
            if t.start:
                out.append((node, DG.startDate, Literal(t.start.isoformat(), datatype=XSD.date)))
            if t.end:
                out.append((node, DG.endDate, Literal(t.end.isoformat(), datatype=XSD.date)))
        return out

    def write(self, out_dir: Path) -> dict[str, Path]:
        groups = {"actors.ttl": ("State", "Organization", "Person"), "places.ttl": ("Place",)}
        written = {}
        for name, classes in groups.items():
            triples = [t for e in self.entries.values() if e.cls in classes
                       for t in self.triples(e)]
            path = out_dir / name
            path.write_text(render_turtle(triples, HEADERS[name]), encoding="utf-8")
            written[name] = path
        return written


def _best_name(names: Counter[str]) -> str:
    """The most frequent English label of a person in the tables (alphabetical on a tie)."""
    return sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _same_person(a: str, b: str) -> bool:
    """Whether two English labels can name the same person (share a name word of 4+ letters)."""
    wa = {w for w in slug(a).split("-") if len(w) >= 4}
    wb = {w for w in slug(b).split("-") if len(w) >= 4}
    return bool(wa & wb) or slug(a) == slug(b)


def _post_name(label: str) -> str:
    """"President of Iran" and "President" are one post; "Supreme Leader" another."""
    return re.sub(r"\s+(of|of the)\s+.*$", "", label.strip().lower())


def _dedupe(tenures: list[TenureRec]) -> list[TenureRec]:
    """Curated tenures win over table ones for the same post and start; a year-only tenure
    (world-leaders-2021) is dropped when a dated tenure of the same post starts that year."""
    for t in tenures:
        if t.start and t.end and t.end < t.start:
            log.info("swapped start %s and end %s of %s", t.start, t.end, t.label)
            t.start, t.end = t.end, t.start
    out: list[TenureRec] = []
    seen: set[tuple[str, str, date | None]] = set()
    ordered = sorted(tenures, key=lambda t: (not t.curated, t.year_only))
    for t in ordered:
        k = (t.role, t.represents, t.start)
        if k in seen:
            continue
        if t.year_only and t.start and any(
            o.role == t.role and o.represents == t.represents and o.start
            and not o.year_only and abs(o.start.year - t.start.year) <= 1
            for o in ordered
        ):
            continue
        if not t.curated and any(
            o.curated and o.role == t.role and o.represents == t.represents
            and _covers(o, t) for o in out
        ):
            continue
        seen.add(k)
        out.append(t)
    out.sort(key=lambda t: (t.start or date.min, t.role, t.represents, t.label))
    return out


def _covers(curated: TenureRec, t: TenureRec) -> bool:
    """Whether a curated tenure stands for a table one of the same person and post: the table's
    starts within a month of it or inside its span (cabinet reshuffles split one term into
    several table rows, some with wrong ends; the reviewed curated span wins)."""
    if curated.start is None or t.start is None:
        return False
    if abs((curated.start - t.start).days) <= 31:
        return True
    return curated.start <= t.start and (curated.end is None or t.start < curated.end)


def _main_represents(tenures: list[TenureRec]) -> str:
    """The state or organisation a person acted for most often (latest wins a tie)."""
    counts = Counter(t.represents for t in tenures)
    latest = {t.represents: (t.start or date.min) for t in tenures}
    return max(counts, key=lambda r: (counts[r], latest[r], r))


# --------------------------------------------------------------------------- Turtle writer

PREFIXES = {
    "dg": str(DG.Actor)[: -len("Actor")],
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "wd": str(wikidata("")),
    "xsd": str(XSD),
}

HEADERS = {
    "actors.ttl": (
        "# diplograph gazetteer: states, organisations, persons. GENERATED by\n"
        "# scripts/build_gazetteer.py — do not edit; edit data/gazetteer/curated/*.yml instead.\n"
        "# Contains facts derived from Wikidata (CC0) via every-politician-scrapers, from\n"
        "# open-data-archive/world-leaders-current (CC BY-SA 4.0: attribution and share-alike\n"
        "# apply to this file), and territory names from Unicode CLDR. See data/NOTICE.\n"
    ),
    "places.ttl": (
        "# diplograph gazetteer: places (capitals, venues, regions). GENERATED by\n"
        "# scripts/build_gazetteer.py — do not edit; edit data/gazetteer/curated/places.yml.\n"
        "# Project-curated data; see data/NOTICE.\n"
    ),
}


def _term(t: URIRef | Literal) -> str:
    if isinstance(t, Literal):
        if t.datatype == XSD.date:
            return f'"{t}"^^xsd:date'
        if t.datatype == XSD.boolean:
            return "false" if not t.toPython() else "true"
        return t.n3()
    text = str(t)
    for p, ns in PREFIXES.items():
        if text.startswith(ns):
            local = text[len(ns):]
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", local):
                return f"{p}:{local}"
    return f"<{text}>"


def render_turtle(triples: list[tuple[URIRef, URIRef, URIRef | Literal]], header: str) -> str:
    """Sorted Turtle: subjects, then predicates, then objects in a fixed order."""
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for subj, pred, obj in triples:
        by_subject[_term(subj)][_term(pred)].add(_term(obj))
    lines = [header.rstrip("\n"), ""]
    lines += [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    lines.append("")
    for s in sorted(by_subject):
        preds = by_subject[s]
        order = sorted(preds, key=lambda p: (p != "rdf:type", p))
        parts = []
        for pn in order:
            objs = " , ".join(sorted(preds[pn]))
            parts.append(f"    {'a' if pn == 'rdf:type' else pn} {objs}")
        lines.append(s + "\n" + " ;\n".join(parts) + " .\n")
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def build(source: Path, out_dir: Path, curated: Path) -> dict[str, Path]:
    """Run every step; return the written files."""
    b = Builder(source, curated)
    b.add_states()
    b.add_organizations()
    b.add_places()
    qid_to_state = {e.qid: e.key for e in b.entries.values() if e.cls == "State" and e.qid}
    qid_to_state.update({e.qid: e.key for e in b.entries.values()
                         if e.cls == "Organization" and e.qid and e.key == "org/eu"})
    for qid, state in sorted((b.sources.get("country_aliases") or {}).items()):
        qid_to_state.setdefault(str(qid), f"state/{state}")
    b.read_country_tables()
    b.read_world_tables(qid_to_state)
    b.read_current_leaders({k[len("state/"):] for k in b.entries if k.startswith("state/")})
    b.add_persons()
    b.check()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = b.write(out_dir)
    counts = Counter(e.cls for e in b.entries.values())
    log.info("entries: %s", dict(sorted(counts.items())))
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=REPO.parent / "shared/data/actors",
                    help="the shared actors folder (default ../shared/data/actors)")
    ap.add_argument("--out", type=Path, default=REPO / "data/gazetteer",
                    help="where actors.ttl and places.ttl are written")
    ap.add_argument("--curated", type=Path, default=REPO / "data/gazetteer/curated",
                    help="the reviewed YAML folder")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    for path in build(args.source, args.out, args.curated).values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
