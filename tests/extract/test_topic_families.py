"""Topics: the concept families of topics.yml, in every language that names the concept.

For each concept a family added or filled in (docs/topic-families.md), one short sentence per
language with a plain stance cue and its holder must give a position on the concept's topic; and
the words of a concept that are common in other senses stay out where they mean something else.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from diplograph.model import Document
from diplograph.resources import load_resources

MakeDoc = Callable[..., Document]
LANGS = ("de", "en", "fr", "es")
ROOT = Path(__file__).resolve().parents[2]

# (topic, concept, lang, sentence, holder)
CASES: list[tuple[str, str, str, str, str]] = [
    # weapons-control
    ("weapons-control", "arms-control", "en", "Russia called for a new arms limitation agreement.",
     "state/russia"),
    ("weapons-control", "arms-control", "de", "Deutschland fordert eine neue Rüstungsbegrenzung in Europa.",
     "state/germany"),
    ("weapons-control", "arms-control", "fr", "La France réclame une limitation des armements en Europe.",
     "state/france"),
    ("weapons-control", "arms-control", "es", "España pidió un nuevo control armamentístico en Europa.",
     "state/spain"),
    ("weapons-control", "named-treaties", "en", "Russia called for the preservation of the INF Treaty.",
     "state/russia"),
    ("weapons-control", "named-treaties", "de", "Russland fordert die Rückkehr zum ABM-Vertrag.",
     "state/russia"),
    ("weapons-control", "named-treaties", "fr", "La Russie réclame le maintien du traité FNI.",
     "state/russia"),
    ("weapons-control", "named-treaties", "es", "Rusia pidió preservar el tratado INF.", "state/russia"),
    ("weapons-control", "non-proliferation", "en", "Germany urged Iran to respect the NPT.", "state/germany"),
    ("weapons-control", "non-proliferation", "de",
     "Russland fordert die Einhaltung des Atomwaffensperrvertrags.",
     "state/russia"),
    ("weapons-control", "non-proliferation", "fr", "La France appelle l'Iran à respecter le TNP.",
     "state/france"),
    ("weapons-control", "non-proliferation", "es", "España pidió a Irán que respete el TNP.", "state/spain"),
    ("weapons-control", "disarmament", "en", "Japan called for deep arms reductions.", "state/japan"),
    ("weapons-control", "disarmament", "de", "Japan fordert die nukleare Abrüstung.", "state/japan"),
    ("weapons-control", "disarmament", "fr", "Le Japon réclame le désarmement nucléaire.", "state/japan"),
    ("weapons-control", "disarmament", "es", "Japón exigió el desarme nuclear.", "state/japan"),
    ("weapons-control", "wmd", "en", "Japan condemned the use of weapons of mass destruction.",
     "state/japan"),
    ("weapons-control", "wmd", "de", "Japan verurteilt den Einsatz von Massenvernichtungswaffen.",
     "state/japan"),
    ("weapons-control", "wmd", "fr", "Le Japon condamne le recours aux armes de destruction massive.",
     "state/japan"),
    ("weapons-control", "wmd", "es", "Japón condenó el uso de armas de destrucción masiva.", "state/japan"),
    ("weapons-control", "test-ban", "en", "Japan called on all states to ratify the CTBT.", "state/japan"),
    ("weapons-control", "test-ban", "de", "Japan fordert einen umfassenden Atomteststopp.", "state/japan"),
    ("weapons-control", "test-ban", "fr", "Le Japon réclame l'interdiction complète des essais nucléaires.",
     "state/japan"),
    ("weapons-control", "test-ban", "es", "Japón pidió la prohibición completa de los ensayos nucleares.",
     "state/japan"),
    ("weapons-control", "arms-race", "en", "Germany warned against a new arms race.", "state/germany"),
    ("weapons-control", "arms-race", "de", "Deutschland warnt vor einem neuen Wettrüsten.", "state/germany"),
    ("weapons-control", "arms-race", "fr", "La France met en garde contre une nouvelle course aux armements.",
     "state/france"),
    ("weapons-control", "arms-race", "es", "España advirtió contra una nueva carrera armamentista.",
     "state/spain"),
    ("weapons-control", "mine-and-cluster-bans", "en", "Norway supports the ban on cluster munitions.",
     "state/norway"),
    ("weapons-control", "mine-and-cluster-bans", "de", "Norwegen unterstützt das Verbot von Streumunition.",
     "state/norway"),
    ("weapons-control", "mine-and-cluster-bans", "fr", "La Norvège soutient la convention d'Ottawa.",
     "state/norway"),
    ("weapons-control", "mine-and-cluster-bans", "es",
     "Noruega apoya la prohibición de las minas antipersona.",
     "state/norway"),
    ("weapons-control", "chemical-biological", "en", "Britain condemned the use of Novichok.",
     "state/united-kingdom"),
    ("weapons-control", "chemical-biological", "de", "Frankreich verurteilt den Einsatz von Giftgas.",
     "state/france"),
    ("weapons-control", "chemical-biological", "fr", "La France condamne l'utilisation d'armes biologiques.",
     "state/france"),
    ("weapons-control", "chemical-biological", "es", "Francia condenó el uso de gas sarín.", "state/france"),
    ("weapons-control", "arsenal-caps", "en", "Washington proposed new caps on deployed warheads.",
     "state/united-states"),
    ("weapons-control", "arsenal-caps", "de", "Die USA schlagen neue Obergrenzen für Sprengköpfe vor.",
     "state/united-states"),
    ("weapons-control", "arsenal-caps", "fr",
     "Les États-Unis proposent un plafond pour les ogives déployées.",
     "state/united-states"),
    ("weapons-control", "arsenal-caps", "es", "Estados Unidos propuso nuevos topes a las ojivas desplegadas.",
     "state/united-states"),
    # nuclear-program
    ("nuclear-program", "enrichment", "en", "France demanded that Iran dismantle its centrifuges.",
     "state/france"),
    ("nuclear-program", "enrichment", "de", "Frankreich fordert, dass Iran seine Zentrifugen abbaut.",
     "state/france"),
    ("nuclear-program", "enrichment", "fr", "La France exige que l'Iran démantèle ses centrifugeuses.",
     "state/france"),
    ("nuclear-program", "enrichment", "es", "Francia exigió que Irán desmantele sus centrifugadoras.",
     "state/france"),
    ("nuclear-program", "nuclear-deal", "en", "Germany called for a return to the JCPOA.", "state/germany"),
    ("nuclear-program", "nuclear-deal", "de", "Deutschland fordert die Rückkehr zum JCPOA.", "state/germany"),
    ("nuclear-program", "nuclear-deal", "fr", "L'Allemagne réclame un retour au JCPOA.", "state/germany"),
    ("nuclear-program", "nuclear-deal", "es", "Alemania pidió volver al JCPOA.", "state/germany"),
    ("nuclear-program", "delivery-missiles", "en",
     "Japan condemned North Korea's new intercontinental ballistic missiles.", "state/japan"),
    ("nuclear-program", "delivery-missiles", "de",
     "Japan verurteilt die neuen Interkontinentalraketen Nordkoreas.",
     "state/japan"),
    ("nuclear-program", "delivery-missiles", "fr",
     "Le Japon condamne les nouveaux missiles balistiques intercontinentaux de la Corée du Nord.",
     "state/japan"),
    ("nuclear-program", "delivery-missiles", "es",
     "Japón condenó los nuevos misiles balísticos intercontinentales de Corea del Norte.", "state/japan"),
    # alliance-membership
    ("alliance-membership", "accession-stages", "en",
     "Hungary rejected the opening of new negotiating chapters for Ukraine.", "state/hungary"),
    ("alliance-membership", "accession-stages", "de",
     "Ungarn lehnt die Eröffnung neuer Verhandlungskapitel mit der Ukraine ab.", "state/hungary"),
    ("alliance-membership", "accession-stages", "fr",
     "La Hongrie refuse l'ouverture de nouveaux chapitres de négociation avec l'Ukraine.", "state/hungary"),
    ("alliance-membership", "accession-stages", "es",
     "Hungría rechazó la apertura de nuevos capítulos de negociación con Ucrania.", "state/hungary"),
    ("alliance-membership", "accession-stages", "en", "France supports candidate status for Moldova.",
     "state/france"),
    ("alliance-membership", "accession-stages", "de",
     "Frankreich unterstützt den Kandidatenstatus für Moldau.",
     "state/france"),
    ("alliance-membership", "accession-stages", "fr",
     "La France soutient le statut de candidat pour la Moldavie.",
     "state/france"),
    ("alliance-membership", "accession-stages", "es", "Francia apoya el estatus de candidato para Moldavia.",
     "state/france"),
    ("alliance-membership", "leaving", "en", "Ireland opposed Brexit.", "state/ireland"),
    ("alliance-membership", "leaving", "de", "Irland lehnte den Brexit ab.", "state/ireland"),
    ("alliance-membership", "leaving", "fr", "L'Irlande s'est opposée au Brexit.", "state/ireland"),
    ("alliance-membership", "leaving", "es", "Irlanda se opuso al Brexit.", "state/ireland"),
    ("alliance-membership", "leaving", "en", "Denmark warned against a withdrawal from NATO.",
     "state/denmark"),
    ("alliance-membership", "leaving", "fr", "Le Danemark met en garde contre une sortie de l'OTAN.",
     "state/denmark"),
    ("alliance-membership", "leaving", "es", "Dinamarca advirtió contra una salida de la OTAN.",
     "state/denmark"),
    ("alliance-membership", "neutrality", "en", "India supports non-alignment.", "state/india"),
    ("alliance-membership", "neutrality", "de", "Indien unterstützt die Blockfreiheit.", "state/india"),
    # sanctions
    ("sanctions", "travel-bans", "en", "The EU proposed a visa ban on Russian officials.", "org/eu"),
    ("sanctions", "travel-bans", "de", "Die EU schlägt ein Einreiseverbot für russische Beamte vor.",
     "org/eu"),
    ("sanctions", "travel-bans", "fr", "L'UE propose une interdiction d'entrée pour les responsables russes.",
     "org/eu"),
    ("sanctions", "travel-bans", "es",
     "La UE propuso una prohibición de entrada para los funcionarios rusos.",
     "org/eu"),
    # security-guarantees
    ("security-guarantees", "defence-pacts", "en", "Ukraine signed a security agreement with France.",
     "state/ukraine"),
    ("security-guarantees", "defence-pacts", "de",
     "Die Ukraine unterzeichnete ein Sicherheitsabkommen mit Frankreich.",
     "state/ukraine"),
    ("security-guarantees", "defence-pacts", "fr", "L'Ukraine a signé un accord de sécurité avec la France.",
     "state/ukraine"),
    ("security-guarantees", "defence-pacts", "es", "Ucrania firmó un acuerdo de seguridad con Francia.",
     "state/ukraine"),
    # peace-agreement
    ("peace-agreement", "settlement", "en", "Egypt called for a peaceful settlement of the conflict.",
     "state/egypt"),
    ("peace-agreement", "settlement", "de", "Ägypten fordert eine friedliche Beilegung des Konflikts.",
     "state/egypt"),
    ("peace-agreement", "settlement", "fr", "L'Égypte appelle à un règlement pacifique du conflit.",
     "state/egypt"),
    ("peace-agreement", "settlement", "es", "Egipto pidió un arreglo del conflicto.", "state/egypt"),
    # territory
    ("territory", "occupation", "en", "Jordan demanded an end to the occupation.", "state/jordan"),
    ("territory", "occupation", "de", "Jordanien fordert ein Ende der Besatzung.", "state/jordan"),
    ("territory", "occupation", "fr", "La Jordanie réclame la fin de l'occupation.", "state/jordan"),
    ("territory", "occupation", "es", "Jordania exigió el fin de la ocupación.", "state/jordan"),
    # trade
    ("trade", "market-access", "en", "China demanded better market access in Europe.", "state/china"),
    ("trade", "market-access", "de", "China fordert besseren Marktzugang in Europa.", "state/china"),
    ("trade", "market-access", "fr", "La Chine réclame un meilleur accès au marché européen.", "state/china"),
    ("trade", "market-access", "es", "China exigió un mejor acceso al mercado europeo.", "state/china"),
    # energy
    ("energy", "oil-gas", "de", "Deutschland fordert mehr Flüssiggas aus Katar.", "state/germany"),
    # cyber
    ("cyber", "malware", "en", "Germany condemned the use of spyware against diplomats.", "state/germany"),
    ("cyber", "malware", "de", "Deutschland verurteilt den Einsatz von Spyware gegen Diplomaten.",
     "state/germany"),
    ("cyber", "malware", "fr", "La France condamne l'utilisation de logiciels espions contre des diplomates.",
     "state/france"),
    ("cyber", "malware", "es", "España condenó el uso de programas espía contra diplomáticos.",
     "state/spain"),
    # negotiations
    ("negotiations", "diplomacy", "de", "Deutschland fordert mehr Diplomatie.", "state/germany"),
    # ceasefire
    ("ceasefire", "de-escalation", "en", "China urged both sides to ease tensions.", "state/china"),
    ("ceasefire", "de-escalation", "de", "China fordert beide Seiten auf, die Spannungen abzubauen.",
     "state/china"),
    ("ceasefire", "de-escalation", "fr", "La Chine appelle les deux camps à apaiser les tensions.",
     "state/china"),
    ("ceasefire", "de-escalation", "es", "China pidió a ambas partes reducir las tensiones.", "state/china"),
    # leadership
    ("leadership", "constitutional-order", "en", "France demanded a return to civilian rule in Niger.",
     "state/france"),
    ("leadership", "constitutional-order", "de",
     "Frankreich fordert die Rückkehr zu einer zivilen Regierung in Niger.",
     "state/france"),
    ("leadership", "constitutional-order", "fr",
     "La France exige le retour à un gouvernement civil au Niger.",
     "state/france"),
    ("leadership", "constitutional-order", "es", "España exigió el retorno a un gobierno civil en Níger.",
     "state/spain"),
    # human-rights
    ("human-rights", "freedoms", "en", "Germany called for religious freedom in China.", "state/germany"),
    ("human-rights", "freedoms", "de", "Deutschland fordert Religionsfreiheit in China.", "state/germany"),
    ("human-rights", "freedoms", "fr", "La France réclame la liberté religieuse en Chine.", "state/france"),
    ("human-rights", "freedoms", "es", "España exigió libertad religiosa en China.", "state/spain"),
    ("human-rights", "accountability", "en", "Canada condemned the impunity in Darfur.", "state/canada"),
    ("human-rights", "accountability", "de", "Kanada verurteilt die Straflosigkeit in Darfur.",
     "state/canada"),
    ("human-rights", "accountability", "fr", "Le Canada condamne l'impunité au Darfour.", "state/canada"),
    ("human-rights", "accountability", "es", "Canadá condenó la impunidad en Darfur.", "state/canada"),
    # migration
    ("migration", "smuggling", "de", "Italien fordert ein härteres Vorgehen gegen Schleuser.", "state/italy"),
    ("migration", "displacement", "de", "Italien fordert Schutz für die Binnenvertriebenen im Sudan.",
     "state/italy"),
    ("migration", "visas-residence", "en", "Georgia wants visa-free travel to be kept.", "state/georgia"),
    ("migration", "visas-residence", "en",
     "Italy demanded that Tunisia issue more consular passes.", "state/italy"),
    ("migration", "visas-residence", "de", "Georgien fordert den Erhalt der Visafreiheit.", "state/georgia"),
    ("migration", "visas-residence", "de",
     "Polen verlangt strengere Regeln für Arbeitserlaubnisse.", "state/poland"),
    ("migration", "visas-residence", "fr",
     "La Géorgie demande le maintien de l'exemption de visas.", "state/georgia"),
    ("migration", "visas-residence", "fr",
     "L'Italie réclame des laissez-passer consulaires à Tunis.", "state/italy"),
    ("migration", "visas-residence", "es", "Georgia exige mantener la exención de visado.", "state/georgia"),
    ("migration", "visas-residence", "es",
     "Italia pidió a Túnez que expida salvoconductos consulares.", "state/italy"),
    ("migration", "deportation", "de",
     "Italien verlangt, dass Tunesien ausreisepflichtige Staatsbürger zurücknimmt.", "state/italy"),
    ("migration", "deportation", "fr",
     "L'Italie réclame le retour des Tunisiens visés par une obligation de quitter le territoire.",
     "state/italy"),
    # terrorism
    ("terrorism", "attacks", "en", "Pakistan condemned the car bomb in Kabul.", "state/pakistan"),
    ("terrorism", "attacks", "de", "Pakistan verurteilt den Autobombenanschlag in Kabul.", "state/pakistan"),
    ("terrorism", "attacks", "fr", "Le Pakistan condamne l'attaque suicide de Kaboul.", "state/pakistan"),
    ("terrorism", "attacks", "es", "Pakistán condenó el coche bomba en Kabul.", "state/pakistan"),
    # bilateral-relations
    ("bilateral-relations", "diplomatic-missions", "en",
     "Russia demanded the reopening of its consulate in Houston.",
     "state/russia"),
    ("bilateral-relations", "diplomatic-missions", "de",
     "Russland fordert die Wiedereröffnung seines Konsulats in Danzig.",
     "state/russia"),
    ("bilateral-relations", "diplomatic-missions", "fr",
     "La Russie réclame la réouverture de son consulat à Marseille.",
     "state/russia"),
    ("bilateral-relations", "diplomatic-missions", "es",
     "Rusia exigió la reapertura de su consulado en Barcelona.",
     "state/russia"),
    # trade: the goods sold across borders, and bans on imports
    ("trade", "traded-goods", "en",
     "Penny Wong urged China to lift its barriers on Australian lobster and beef.", "person/penny-wong"),
    ("trade", "traded-goods", "de",
     "Penny Wong forderte, die Hürden für australischen Hummer und Rindfleisch zu beseitigen.",
     "person/penny-wong"),
    ("trade", "traded-goods", "fr",
     "Penny Wong a exhorté la Chine à lever les obstacles sur le homard et le bœuf australiens.",
     "person/penny-wong"),
    ("trade", "traded-goods", "es",
     "Penny Wong pidió a China que levante las barreras a la langosta y la carne de vacuno australianas.",
     "person/penny-wong"),
    ("trade", "exports-imports", "de",
     "Japan fordert, das Einfuhrverbot für Meeresfrüchte aufzuheben.", "state/japan"),
    ("trade", "exports-imports", "en",
     "Japan demanded that China lift its import ban on fish.", "state/japan"),
    # bilateral-relations: visits between states as such, and invitations to them
    ("bilateral-relations", "visits", "en",
     "Emmanuel Macron invited Luiz Inácio Lula da Silva for a state visit next year.",
     "person/emmanuel-macron"),
    ("bilateral-relations", "visits", "de",
     "Emmanuel Macron lud Luiz Inácio Lula da Silva zu einem Staatsbesuch ein.", "person/emmanuel-macron"),
    ("bilateral-relations", "visits", "fr",
     "Emmanuel Macron a invité Luiz Inácio Lula da Silva à une visite d'État.", "person/emmanuel-macron"),
    ("bilateral-relations", "visits", "es",
     "Pedro Sánchez invitó a Luiz Inácio Lula da Silva a una visita oficial.", "person/pedro-sanchez"),
    # alliance-membership: accession talks are a matter of accession, not of talks alone
    ("alliance-membership", "accession", "en", "Bulgaria is blocking accession talks with Albania.",
     "state/bulgaria"),
    ("alliance-membership", "accession", "de", "Bulgarien blockiert die Beitrittsverhandlungen mit Albanien.",
     "state/bulgaria"),
    ("alliance-membership", "accession", "fr", "La Bulgarie bloque les négociations d'adhésion de l'Albanie.",
     "state/bulgaria"),
    ("alliance-membership", "accession", "es", "Bulgaria bloquea las negociaciones de adhesión de Albania.",
     "state/bulgaria"),
    # territory: annexation, as a noun and as a verb
    ("territory", "annexation", "en", "Ukraine rejects any plan to annex the occupied regions.",
     "state/ukraine"),
    ("territory", "annexation", "fr", "L'Ukraine rejette l'annexion de la Crimée.", "state/ukraine"),
    # climate: coal, a fossil fuel
    ("climate", "fossil-fuels", "en", "Fiji urged Australia to phase out coal.", "state/fiji"),
    ("climate", "fossil-fuels", "de", "Fidschi forderte von Australien den Ausstieg aus der Kohle.",
     "state/fiji"),
    ("climate", "fossil-fuels", "fr", "Fidji a exhorté l'Australie à sortir du charbon.", "state/fiji"),
    ("climate", "fossil-fuels", "es", "Fiyi instó a Australia a abandonar el carbón.", "state/fiji"),
    # human-rights: the rights of indigenous peoples
    ("human-rights", "human-rights", "en",
     "Norway called for the rights of indigenous peoples to be respected.",
     "state/norway"),
    ("human-rights", "human-rights", "de", "Norwegen forderte, die Rechte der Indigenen zu achten.",
     "state/norway"),
    ("human-rights", "human-rights", "fr",
     "La Norvège a exigé le respect des droits des peuples autochtones.",
     "state/norway"),
    ("human-rights", "human-rights", "es", "Noruega exigió respetar los derechos de los pueblos indígenas.",
     "state/norway"),
    # economic-aid: reparations owed for a war
    ("economic-aid", "reparations", "en", "Poland demanded war reparations from Germany.", "state/poland"),
    ("economic-aid", "reparations", "de", "Polen fordert von Deutschland Reparationen.", "state/poland"),
    ("economic-aid", "reparations", "fr", "La Pologne réclame des réparations de guerre à l'Allemagne.",
     "state/poland"),
    ("economic-aid", "reparations", "es", "Polonia exige a Alemania reparaciones de guerra.", "state/poland"),
    # compensation owed for a wrong
    ("economic-aid", "reparations", "en",
     "Pakistan ruled out compensation payments to Bangladesh.", "state/pakistan"),
    ("economic-aid", "reparations", "de",
     "Ausgleichszahlungen an Bangladesch erteilte Pakistan eine klare Absage.", "state/pakistan"),
    ("economic-aid", "reparations", "fr", "La France refuse toute indemnisation.", "state/france"),
    ("economic-aid", "reparations", "es", "Washington descartó reabrir el capítulo de las indemnizaciones.",
     "state/united-states"),
    # economic-aid: money with no purpose named (weak: only where no other topic is named)
    ("economic-aid", "money", "en", "China offered money to Kiribati.", "state/china"),
    ("economic-aid", "money", "fr", "La Chine a offert de l'argent aux Kiribati.", "state/china"),
    ("economic-aid", "money", "es", "China ofreció dinero a Kiribati.", "state/china"),
    # ceasefire: the end of hostilities
    ("ceasefire", "end-of-fighting", "en", "Switzerland supports an end to hostilities.",
     "state/switzerland"),
    ("ceasefire", "end-of-fighting", "de", "Die Schweiz fordert ein Ende der Feindseligkeiten.",
     "state/switzerland"),
    ("ceasefire", "end-of-fighting", "fr", "La Suisse soutient la fin des hostilités.", "state/switzerland"),
    ("ceasefire", "end-of-fighting", "es", "Suiza pidió poner fin a las hostilidades.", "state/switzerland"),
]


def _facts(doc: Document) -> set[tuple[str, str]]:
    return {(p.holder, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("topic", "concept", "lang", "text", "holder"), CASES)
def test_topic_families_each_concept_in_each_language(
    make_doc: MakeDoc, topic: str, concept: str, lang: str, text: str, holder: str
) -> None:
    assert (holder, topic) in _facts(make_doc(text, lang)), f"{topic}/{concept} ({lang})"


# Words of a concept that are common in other senses: where they mean something else, they give
# no position on the concept's topic. (sentence, lang, topic it must not have)
NOT_TOPIC: list[tuple[str, str, str]] = [
    # the weapons themselves are arms aid; only the conventions banning them are arms control
    ("The United States pledged cluster munitions to Ukraine.", "en", "weapons-control"),
    ("Die USA sagten der Ukraine Streumunition zu.", "de", "weapons-control"),
    # a chapter of a report or a law is no negotiating chapter
    ("Spain rejected the chapter on fisheries.", "en", "alliance-membership"),
    ("España rechazó el capítulo sobre la pesca.", "es", "alliance-membership"),
    # a roadmap for the economy is no peace plan
    ("Egypt proposed a roadmap for the economy.", "en", "peace-agreement"),
    # a ship's crew ("Besatzung") is no occupation of land
    ("Russland fordert die Freilassung der Besatzung des Tankers.", "de", "territory"),
    # leaving NATO is membership, not a withdrawal of troops
    ("Denmark warned against a withdrawal from NATO.", "en", "troop-withdrawal"),
    # an Open Skies agreement on air travel is no arms treaty
    ("The EU rejected a new Open Skies agreement with Qatar.", "en", "weapons-control"),
    # an annex of a treaty is no annexation of land
    ("Brazil accepted the new text of Annex C of the treaty.", "en", "territory"),
    # wine served at a dinner is no trade
    ("The minister praised the wine served at the dinner in Canberra.", "en", "trade"),
    # a demand made during a visit is about what it demands, not about the visit
    ("During his state visit to Paris, Luiz Inácio Lula da Silva demanded sanctions on Russia.", "en",
     "bilateral-relations"),
    ("Während seines Staatsbesuchs in Paris forderte Luiz Inácio Lula da Silva neue Sanktionen gegen "
     "Russland.", "de", "bilateral-relations"),
    ("Durante su visita oficial a París, Lula pidió sanciones contra Rusia.", "es", "bilateral-relations"),
    # "visant" is a form of "viser" (to aim), no visa
    ("La France soutient un plan visant à renforcer la coopération.", "fr", "migration"),
    # visa restrictions are a sanction, not migration
    ("The EU threatened visa restrictions on Georgian officials.", "en", "migration"),
    ("Die EU droht mit einer Visasperre gegen georgische Minister.", "de", "migration"),
    # an order to leave the territory is about migration, not about land
    ("L'Italie réclame le retour des Tunisiens visés par une obligation de quitter le territoire.", "fr",
     "territory"),
    ("Le Brésil a accepté le nouveau texte de l'annexe C du traité.", "fr", "territory"),
]


@pytest.mark.parametrize(("text", "lang", "topic"), NOT_TOPIC)
def test_topic_families_words_in_other_senses_name_no_such_topic(
    make_doc: MakeDoc, text: str, lang: str, topic: str
) -> None:
    assert topic not in {p.topic for p in make_doc(text, lang).positions}


def test_topic_families_a_judgement_word_inside_a_topic_phrase_judges_nothing(make_doc: MakeDoc) -> None:
    """"cese de hostilidades" names the end of hostilities: its "hostil*" judges nothing hostile."""
    doc = make_doc("Suiza apoya un cese de hostilidades.", "es")
    assert {(p.stance, p.topic) for p in doc.positions} == {("support", "ceasefire")}


def test_topic_families_are_the_same_in_every_language() -> None:
    """Every topic lists the concepts of common/topic_concepts.yml, in every language."""
    res = load_resources()
    concepts = res.lexicon("common", "topic_concepts")
    for lang in LANGS:
        topics = res.lexicon(lang, "topics")
        assert set(topics) == set(concepts), lang
        for topic, families in topics.items():
            assert isinstance(families, dict), f"{lang}/{topic}: families expected"
            assert set(families) == set(concepts[topic]), f"{lang}/{topic}: {sorted(families)}"


def test_topic_families_page_is_derived_from_the_data() -> None:
    """docs/topic-families.md is what scripts/topic_families.py writes from the lexicons."""
    if not (ROOT / "docs").is_dir():
        pytest.skip("no docs/ beside the tests (an installed copy)")
    spec = importlib.util.spec_from_file_location("topic_families", ROOT / "scripts" / "topic_families.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert (ROOT / "docs" / "topic-families.md").read_text(encoding="utf-8") == script.render()


def test_topic_families_a_compound_on_diplomacy_keeps_its_own_topic(make_doc: MakeDoc) -> None:
    """"Geiseldiplomatie" is about hostages, though its head is diplomacy."""
    doc = make_doc("Den Vorwurf der Geiseldiplomatie wies Abbas Araghchi zurück.", "de")
    topics = {p.topic for p in doc.positions}
    assert "prisoners-hostages" in topics
    assert "negotiations" not in topics
