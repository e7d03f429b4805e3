"""The relevance gate: no fact from sport, culture, court or science stories, all from diplomacy."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml

from diplograph import pipeline
from diplograph.article import prepare
from diplograph.explain import explain
from diplograph.extract import relevance
from diplograph.ingest.read import RawArticle
from diplograph.model import Actor, Document, Position
from diplograph.resources import Resources

ARTICLES: dict[str, dict[str, str]] = yaml.safe_load(
    (Path(__file__).parent.parent / "fixtures" / "relevance" / "articles.yml").read_text(encoding="utf-8")
)
LANGS = ("de", "en", "fr", "es")
OFF_TOPIC = ("sport", "concert", "court", "science")
PUBLISHED = dt.date(2025, 12, 2)
UNGATED = tuple(n for n in pipeline.DEFAULT_PIPELINE if n != "relevance")


def _read(
    text: str, lang: str, res: Resources, names: tuple[str, ...] = pipeline.DEFAULT_PIPELINE
) -> Document:
    doc = prepare(RawArticle(text=text, source="<test>", published=PUBLISHED, lang=lang), res)
    return pipeline.run(doc, res, names)


def _facts(doc: Document) -> list[Any]:
    return [*doc.meetings, *doc.positions]


def test_gate_is_the_last_default_stage() -> None:
    assert pipeline.DEFAULT_PIPELINE[-1] == "relevance"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", OFF_TOPIC)
def test_off_topic_article_gives_no_fact(lang: str, kind: str, resources: Resources) -> None:
    doc = _read(ARTICLES[lang][kind], lang, resources)
    assert doc.relevance is not None
    assert not doc.relevance.diplomatic
    assert doc.relevance.domain > doc.relevance.political
    assert _facts(doc) == []


@pytest.mark.parametrize("lang", LANGS)
def test_gate_silences_facts_the_cues_alone_would_read(lang: str, resources: Resources) -> None:
    # Without the gate, the verbs of these stories ("traf", "met", "a rencontré", "se reunió")
    # make meetings: the gate is what keeps them out.
    ungated = sum(len(_facts(_read(ARTICLES[lang][k], lang, resources, UNGATED))) for k in OFF_TOPIC)
    assert ungated >= 1


@pytest.mark.parametrize("lang", LANGS)
def test_diplomatic_report_keeps_every_fact(lang: str, resources: Resources) -> None:
    text = ARTICLES[lang]["diplomacy"]
    gated, ungated = _read(text, lang, resources), _read(text, lang, resources, UNGATED)
    assert gated.relevance is not None and gated.relevance.diplomatic
    assert gated.relevance.dropped == ()
    assert gated.meetings == ungated.meetings and gated.positions == ungated.positions
    assert gated.meetings and gated.positions


def test_domain_words_are_matched_as_lemmas(resources: Resources) -> None:
    rules = relevance.rules(resources, "de")
    keys = {
        c.key for c in rules.domains.find("Die Stürmer trafen, die Richterin verurteilte den Angeklagten.")
    }
    assert keys == {"sport", "crime"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_lists_the_same_domains(lang: str, resources: Resources) -> None:
    assert set(resources.lexicon(lang, "domains")) == set(resources.lexicon("de", "domains"))


def _actor(key: str, kind: str, **kw: Any) -> Actor:
    return Actor(key=key, kind=kind, label=key, **kw)


@pytest.mark.parametrize(
    ("actor", "political"),
    [
        (_actor("state/x", "State"), True),
        (_actor("delegation/x", "Delegation", represents="state/x"), True),
        (_actor("person/x", "Person", role="Minister"), True),
        (_actor("person/x", "Person", role="Spokesperson", represents="state/x"), True),
        (_actor("person/x", "Person", qid="Q1"), True),
        (_actor("person/x", "Person"), False),  # a player, a singer, a defendant
        (_actor("person/x", "Person", role="Spokesperson"), False),  # a club's or a firm's spokesman
        (_actor("org/some-club", "Organization"), False),  # not in the gazetteer
        (_actor("org/un", "Organization"), True),
        (None, False),
    ],
)
def test_political_actor(actor: Actor | None, political: bool, resources: Resources) -> None:
    roles = relevance.rules(resources, "de").political_roles
    assert relevance.is_political(actor, resources, roles) is political


def _with_private_person(doc: Document, sentence: str) -> tuple[Document, Position]:
    """The diplomatic report with one more sentence, whose demand a private person holds."""
    start = len(doc.content) + 1
    content = f"{doc.content} {sentence}"
    span = replace(doc.sentences[0], start=start, end=len(content))
    moser = Position("person/hans-moser", "demand", "ceasefire", (span,), cue="forder*")
    doc = replace(
        doc,
        content=content,
        sentences=(*doc.sentences, span),
        positions=(*doc.positions, moser),
        actors={**doc.actors, "person/hans-moser": _actor("person/hans-moser", "Person")},
    )
    return doc, moser


def test_private_holder_in_a_court_sentence_is_dropped(resources: Resources) -> None:
    doc = _read(ARTICLES["de"]["diplomacy"], "de", resources, UNGATED)
    doc, moser = _with_private_person(
        doc, "Der Verteidiger Hans Moser forderte vor Gericht einen Freispruch."
    )
    gated = relevance.gate(doc, resources)
    assert gated.relevance is not None and gated.relevance.diplomatic
    assert moser not in gated.positions
    assert len(gated.positions) == len(doc.positions) - 1
    (dropped,) = gated.relevance.dropped
    assert "no political actor" in dropped.reason and "crime" in dropped.reason


def test_private_holder_of_a_diplomatic_sentence_stays(resources: Resources) -> None:
    # A rebel leader or a dissident the gazetteer does not know is still an actor of the story.
    doc = _read(ARTICLES["de"]["diplomacy"], "de", resources, UNGATED)
    doc, moser = _with_private_person(doc, "Hans Moser forderte eine Waffenruhe.")
    assert moser in relevance.gate(doc, resources).positions


def test_meeting_needs_a_political_participant(resources: Resources) -> None:
    doc = _read(ARTICLES["de"]["diplomacy"], "de", resources, UNGATED)
    lavrov = doc.meetings[0].participants[0]
    private = {k: _actor(k, "Person") for k in ("person/hans-moser", "person/eva-berger")}
    with_lavrov = replace(doc.meetings[0], participants=(lavrov, "person/hans-moser"))
    chat = replace(doc.meetings[0], participants=tuple(private))
    doc = replace(doc, meetings=(with_lavrov, chat), actors={**doc.actors, **private})
    gated = relevance.gate(doc, resources)
    assert gated.meetings == (with_lavrov,)
    assert gated.relevance is not None
    assert "0 political participant" in gated.relevance.dropped[0].reason


def test_explain_says_why_an_article_gave_nothing(resources: Resources) -> None:
    doc = _read(ARTICLES["de"]["sport"], "de", resources)
    lines = list(explain(doc))
    assert any("NOT DIPLOMATIC" in line and "sport" in line for line in lines)
    assert any(line.strip().startswith("domain") and "Trainer" in line for line in lines)
    # The meeting the cue "traf" read is listed as dropped, with the reason.
    assert any(line.strip().startswith("DROPPED meeting") and "not about relations" in line for line in lines)


def test_explain_of_a_diplomatic_article_says_so(resources: Resources) -> None:
    lines = list(explain(_read(ARTICLES["en"]["diplomacy"], "en", resources)))
    assert any(line.startswith("relevance: diplomatic") for line in lines)
    assert not any("DROPPED" in line for line in lines)


@pytest.mark.parametrize(
    ("lang", "titled", "plain"),
    [
        (
            "de",
            "Der Abgeordnete Thomas Berger kritisierte das Abkommen.",
            "Thomas Berger kritisierte das Abkommen.",
        ),
        ("en", "Senator Thomas Walker criticized the agreement.", "Thomas Walker criticized the agreement."),
        ("fr", "La députée Claire Martin a critiqué l'accord.", "Claire Martin a critiqué l'accord."),
        ("es", "El senador Juan Ortega criticó el acuerdo.", "Juan Ortega criticó el acuerdo."),
    ],
)
def test_title_of_elected_office_makes_a_person_political(
    lang: str, titled: str, plain: str, resources: Resources
) -> None:
    rules = relevance.rules(resources, lang)
    with_title = _read(titled, lang, resources, UNGATED)
    persons = {m.key for m in with_title.mentions if m.kind == "Person"}
    assert persons and relevance.titled(with_title, rules) == persons
    assert relevance.titled(_read(plain, lang, resources, UNGATED), rules) == set()


def test_relevance_a_collective_is_political_and_implementation_is_no_app(make_doc: Any) -> None:
    doc = make_doc("La Guinée-Bissau est en crise. José Mario Vaz a proposé un dialogue sur l'application "
                   "de l'accord, mais il s'est heurté à un rejet de ses opposants.", "fr")
    assert "org/guinea-bissau-opposition" in {p.holder for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Gericht verurteilte den Blogger zu tausend Peitschenhieben. Der Richter bestätigte die "
           "Todesstrafe gegen den Oppositionellen. Kanada forderte die Freilassung der politischen "
           "Gefangenen."),
    ("en", "The court sentenced the blogger to a thousand lashes. The judge upheld the death sentence "
           "against "
           "the dissident. Canada demanded the release of the political prisoners."),
])
def test_court_words_beside_a_rights_topic_do_not_silence_the_story(lang: str, text: str,
                                                                   resources: Resources) -> None:
    # floggings, death sentences and political prisoners are the rights story's own courts
    doc = _read(text, lang, resources)
    assert doc.relevance is not None and doc.relevance.diplomatic
    assert doc.relevance.domain == 0
    assert {(p.holder, p.stance) for p in doc.positions} == {("state/canada", "demand")}


def test_court_words_without_a_rights_topic_still_count(resources: Resources) -> None:
    text = ("Das Gericht verurteilte den Angeklagten wegen Betrugs. Der Richter bestätigte das Urteil. "
            "Die Staatsanwältin forderte eine höhere Strafe.")
    doc = _read(text, "de", resources)
    assert doc.relevance is not None and not doc.relevance.diplomatic
