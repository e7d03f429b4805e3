"""The stance and topic lexicons as data: families, lemmas, and what they find in four languages.

Every sentence here is written for this test. A stance family must find its cue in a plain
sentence of each language, with a stance of the right scorer class, and must stay silent on
everyday sentences that only share a word with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.extract.grammar import grammar
from diplograph.model import Document
from diplograph.resources import Resources, load_resources

LANGS = ("de", "en", "fr", "es")
STANCES = {"demand", "reject", "oppose", "propose", "offer", "support", "accept"}
CLASS = {"demand": 0, "reject": 1, "oppose": 1, "propose": 2, "offer": 2, "support": 3, "accept": 3}


@pytest.fixture(scope="module")
def res() -> Resources:
    return load_resources()


@pytest.mark.parametrize("lang", LANGS)
def test_lexicons_stances_are_grouped_in_families(res: Resources, lang: str) -> None:
    stances = res.lexicon(lang, "stances")
    assert set(stances) == STANCES
    for stance, families in stances.items():
        assert isinstance(families, dict) and families, f"{lang}/{stance}: families expected"
        assert "verbs" in families, f"{lang}/{stance}: no verb family"
        for family, phrases in families.items():
            assert isinstance(phrases, list) and phrases, f"{lang}/{stance}/{family} is empty"


@pytest.mark.parametrize("lang", LANGS)
def test_lexicons_phrases_named_in_grammar_exist_verbatim(res: Resources, lang: str) -> None:
    """grammar.yml names stance and topic phrases by their spelling: a renamed phrase would
    silently lose its rule (a speaker cue, a condition, a weak topic)."""
    stances = {str(p) for fams in res.lexicon(lang, "stances").values() for ps in fams.values() for p in ps}
    topics = {str(p) for fams in res.lexicon(lang, "topics").values() for ps in fams.values() for p in ps}
    gram = res.lexicon(lang, "grammar")
    for key in ("speaker_cues", "condition_cues", "owned_stances", "adjunct_stances"):
        missing = {str(p) for p in gram.get(key) or []} - stances
        assert not missing, f"{lang} grammar.yml {key} not in stances.yml: {missing}"
    missing = {str(p) for p in gram.get("weak_topics") or []} - topics
    assert not missing, f"{lang} grammar.yml weak_topics not in topics.yml: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_lexicons_no_phrase_stands_in_two_classes(res: Resources, lang: str) -> None:
    seen: dict[str, str] = {}
    for stance, fams in res.lexicon(lang, "stances").items():
        for phrases in fams.values():
            for p in phrases:
                other = seen.setdefault(str(p).lower(), stance)
                assert CLASS[other] == CLASS[stance], f"{lang}: {p!r} is {other} and {stance}"


# One sentence per stance family and language, in the forms a reporter writes (past tenses,
# reported speech, separable verbs): the lexicon lists the lemma once.
FOUND: list[tuple[str, str, str]] = [
    # demand
    ("en", "demand", "The minister urged both sides to return to the table."),
    ("en", "demand", "Ottawa insisted on an independent inquiry."),
    ("en", "demand", "The bloc issued an ultimatum to the junta."),
    ("de", "demand", "Die Kommission pochte auf eine rasche Lösung."),
    ("de", "demand", "Der Minister rief beide Seiten am Dienstag in einer Erklärung zur Mäßigung auf."),
    ("de", "demand", "Paris richtete einen Appell an die Regierung."),
    ("fr", "demand", "Le ministre a exhorté les deux camps à la retenue."),
    ("fr", "demand", "Rome réclame une enquête."),
    ("es", "demand", "El canciller instó a las partes a negociar."),
    ("es", "demand", "Lima exigió una investigación."),
    # reject
    ("en", "reject", "The government turned down the offer on Friday."),
    ("en", "reject", "Officials rebuffed the request."),
    ("de", "reject", "Die Regierung lehnte den Vorschlag, den die Nachbarn am Montag nach langen Beratungen "
     "in der Hauptstadt vorgelegt hatten, ab."),
    ("de", "reject", "Das Kabinett erteilte dem Plan eine Absage."),
    ("fr", "reject", "Le gouvernement a rejeté la proposition."),
    ("fr", "reject", "Le président a exclu toute concession."),
    ("es", "reject", "El gobierno rechazó la propuesta."),
    ("es", "reject", "El ministro descartó cualquier concesión."),
    # oppose
    ("en", "oppose", "The council condemned the raid."),
    ("en", "oppose", "The minister lambasted the decision."),
    ("de", "oppose", "Der Außenminister verurteilte den Angriff scharf."),
    ("de", "oppose", "Die Regierung prangerte die Verhaftungen an."),
    ("fr", "oppose", "Le ministre a fustigé la décision."),
    ("fr", "oppose", "Paris a condamné l'attaque."),
    ("es", "oppose", "El gobierno condenó el ataque."),
    ("es", "oppose", "La ministra lamentó la decisión."),
    # propose
    ("en", "propose", "The envoy put forward a new proposal."),
    ("de", "propose", "Die Präsidentin schlug neue Gespräche vor."),
    ("de", "propose", "Der Kanzler unterbreitete einen Vorschlag."),
    ("fr", "propose", "Le président a proposé des pourparlers."),
    ("es", "propose", "El presidente propuso una tregua."),
    # offer
    ("en", "offer", "The government pledged fresh funds."),
    ("en", "offer", "The country donated tents and blankets."),
    ("de", "offer", "Die Regierung sicherte dem Nachbarland Hilfe zu."),
    ("de", "offer", "Berlin stellte weitere Mittel in Aussicht."),
    ("fr", "offer", "La France a promis une aide."),
    ("fr", "offer", "Le pays fournira des tentes."),
    ("es", "offer", "El gobierno ofreció ayuda."),
    ("es", "offer", "España envió tiendas de campaña."),
    # support
    ("en", "support", "The ministers welcomed the decision."),
    ("en", "support", "Tokyo is prepared to resume the talks."),
    ("en", "support", "The council commended the mediators."),
    ("de", "support", "Die Regierung begrüßte die Entscheidung."),
    ("de", "support", "Wien hält an dem Vertrag fest."),
    ("fr", "support", "Le ministre a salué la décision."),
    ("fr", "support", "Le gouvernement se dit prêt à discuter."),
    ("es", "support", "El gobierno respaldó la decisión."),
    ("es", "support", "El país está dispuesto a dialogar."),
    # accept
    ("en", "accept", "Both governments ratified the treaty."),
    ("en", "accept", "The two sides struck a deal on Monday."),
    ("de", "accept", "Beide Regierungen unterzeichneten den Vertrag."),
    ("de", "accept", "Das Parlament stimmte dem Vertrag nach langer Debatte zu."),
    ("fr", "accept", "Les deux pays ont ratifié le traité."),
    ("fr", "accept", "Le parlement a donné son feu vert."),
    ("es", "accept", "Ambos gobiernos firmaron el tratado."),
    ("es", "accept", "El parlamento dio luz verde al tratado."),
]


@pytest.mark.parametrize(("lang", "stance", "text"), FOUND)
def test_lexicons_family_finds_its_stance(res: Resources, lang: str, stance: str, text: str) -> None:
    found = grammar(res, lang).stances.find(text)
    assert any(CLASS[c.key] == CLASS[stance] for c in found), (text, [(c.key, c.phrase) for c in found])


# Everyday sentences that share a word with a cue but state no stance.
SILENT: list[tuple[str, str]] = [
    ("en", "The press conference started late."),
    ("en", "She drove back home after the match."),
    ("en", "The International Monetary Fund published its outlook."),
    ("en", "Reports suggest the harvest was poor."),
    ("de", "Das Konzert soll am Montag stattfinden."),
    ("de", "In einigen Städten regnete es."),
    ("de", "Er sagte, er gehe zu Fuß nach Hause."),
    ("de", "Sie ging nach dem Spiel zurück ins Hotel."),
    ("fr", "Il s'appelle Pierre et habite à Lyon."),
    ("fr", "Le match a eu lieu samedi."),
    ("es", "Mi abogado vive en Madrid."),
    ("es", "La oposición celebró un congreso en Madrid."),
]


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_lexicons_everyday_sentence_has_no_stance(res: Resources, lang: str, text: str) -> None:
    assert [(c.key, c.phrase) for c in grammar(res, lang).stances.find(text)] == []


TOPICS: list[tuple[str, str, str]] = [
    ("de", "sanctions", "Die Wirtschaftssanktionen bleiben in Kraft."),
    ("de", "migration", "Die Kriegsflüchtlinge erreichten die Grenze."),
    ("de", "ceasefire", "Der Teilwaffenstillstand hält."),
    ("de", "terrorism", "Der Bombenanschlag forderte Opfer."),
    ("de", "negotiations", "Die Sondierungsgespräche beginnen."),
    ("de", "elections", "Die Landtagswahlen finden im Mai statt."),
    ("en", "military-aid", "The package includes artillery and ammunition."),
    ("en", "sanctions", "The asset freeze stays in place."),
    ("fr", "military-aid", "Paris annonce des livraisons d'armes."),
    ("es", "humanitarian-aid", "Llegaron víveres y suministros médicos."),
]


@pytest.mark.parametrize(("lang", "topic", "text"), TOPICS)
def test_lexicons_topic_compounds_and_lemmas(res: Resources, lang: str, topic: str, text: str) -> None:
    assert topic in {c.key for c in grammar(res, lang).topics.find(text)}


def test_lexicons_auswahl_is_no_election(res: Resources) -> None:
    assert "elections" not in {c.key for c in grammar(res, "de").topics.find("Eine Auswahl an Büchern.")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The European Union threatened Guinea-Bissau with sanctions.",
     ("org/eu", "demand", "sanctions")),
    ("de", "Die EU drohte Russland mit neuen Sanktionen.", ("org/eu", "demand", "sanctions")),
    ("fr", "La Cédéao a menacé la Guinée-Bissau de sanctions.", ("org/ecowas", "demand", "sanctions")),
    ("es", "La Unión Europea amenazó con sanciones a Rusia.", ("org/eu", "demand", "sanctions")),
])
def test_lexicons_a_threat_is_a_demand(make_doc: Callable[..., Document], lang: str, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Österreich forderte, dass die Hinrichtung des Bloggers gestoppt wird.",
     ("state/austria", "demand", "human-rights")),
    ("en", "The EU condemned the death sentence against the blogger.", ("org/eu", "oppose", "human-rights")),
    ("fr", "La France a condamné la flagellation du blogueur.", ("state/france", "oppose", "human-rights")),
    ("es", "España condenó la pena capital impuesta al bloguero.", ("state/spain", "oppose", "human-rights")),
])
def test_lexicons_death_sentences_and_corporal_punishment_are_human_rights(
    make_doc: Callable[..., Document], lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
