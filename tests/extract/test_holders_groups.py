"""Who holds a stance when a group, an addressee or a second verb stands near it: a plural role
acts for the state or organisation it names, the one asked never asks, and a verb joined by
"und" keeps the subject of the first.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _holders(doc: Document) -> set[str]:
    return {p.holder for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "EU foreign ministers approved on Tuesday the opening of accession talks with Moldova."),
    ("de", "Die EU-Außenminister billigten am Dienstag die Aufnahme von Beitrittsverhandlungen mit Moldau."),
    ("fr", "Les ministres des Affaires étrangères de l'UE ont approuvé mardi l'ouverture de "
           "négociations d'adhésion avec la Moldavie."),
    ("es", "Los ministros de Exteriores de la UE aprobaron el martes la apertura de negociaciones "
           "de adhesión con Moldavia."),
    ("es", "Los ministros de Asuntos Europeos de la UE aprobaron el martes la apertura de "
           "negociaciones de adhesión con Moldavia."),
    ("en", "The ministers of the European Union approved on Tuesday the opening of accession talks "
           "with Moldova."),
])
def test_holders_plural_ministers_act_for_the_organisation_they_are_named_by(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A role noun in the plural ("ministers", "ministros", "ministres", German "die …minister") is
    several people, never the one office holder of the day (the EU's foreign-policy chief): the
    ministers act for the organisation their title or genitive names."""
    doc = make_doc(text, lang)
    assert _holders(doc) == {"org/eu"}
    assert ("org/eu", "accept") in {(p.holder, p.stance) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "West African leaders, meeting in Abuja, urged Mali, Burkina Faso and Niger to hold elections."),
    ("fr", "Réunis à Abuja, les dirigeants ouest-africains ont exhorté le Mali, le Burkina Faso et le "
           "Niger à organiser des élections."),
    ("es", "Reunidos en Abuja, los líderes de África Occidental instaron a Malí, Burkina Faso y Níger "
           "a celebrar elecciones."),
    ("es", "Los líderes de África Occidental, reunidos en Abuja, piden a Malí, Burkina Faso y Níger "
           "un calendario electoral creíble."),
])
def test_holders_the_states_a_demand_is_addressed_to_do_not_demand(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """The actors right after a demand verb ("urged Mali, …", "a exhorté le Mali", "piden a Malí,
    …") are asked; whatever else the sentence leaves unclear, none of them asks."""
    assert not _holders(make_doc(text, lang)) & {"state/mali", "state/burkina-faso", "state/niger"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia urged Ukraine to accept a ceasefire."),
    ("fr", "La Russie a exhorté l'Ukraine à accepter un cessez-le-feu."),
    ("es", "Rusia pidió a Ucrania aceptar un alto el fuego."),
    ("de", "Am Montag forderte Russland die Ukraine auf, einer Waffenruhe zuzustimmen."),
])
def test_holders_who_asks_keeps_the_demand_towards_the_one_asked(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """The subject before the verb (or, in German, right after a verb in second place) asks."""
    facts = {(p.holder, p.stance, p.topic, p.target) for p in make_doc(text, lang).positions}
    assert ("state/russia", "demand", "ceasefire", "state/ukraine") in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kiew meldete neue Drohnenangriffe und rief Moskau auf, die Waffenruhe einzuhalten."),
    ("de", "Die Ukraine meldete neue Angriffe und forderte Russland auf, die Waffenruhe einzuhalten."),
    ("en", "Kyiv reported new drone attacks and called on Moscow to respect the ceasefire."),
    ("fr", "Kiev a signalé de nouvelles attaques et a appelé Moscou à respecter le cessez-le-feu."),
    ("es", "Kiev denunció nuevos ataques y pidió a Moscú respetar el alto el fuego."),
])
def test_holders_a_verb_joined_by_and_keeps_the_first_verbs_subject(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"… und rief Moskau auf": a finite verb right after "und" shares the subject of the verb
    before it, so the name after it is its object, not a subject standing after the verb."""
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/ukraine", "demand", "ceasefire") in facts
    assert "state/russia" not in _holders(make_doc(text, lang))


def test_holders_a_digital_ministry_of_no_named_state_leaves_the_demand_unheld(make_doc: MakeDoc) -> None:
    """The subject of the first verb is no actor the article names: the demand has no holder,
    and the state it is addressed to does not take it."""
    text = ("Das Digitalministerium machte Hackergruppen mit Verbindungen zur Volksrepublik verantwortlich "
            "und rief Peking auf, die Attacken umgehend einzustellen.")
    assert "state/china" not in _holders(make_doc(text, "de"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia rejected the plan and Ukraine accepted the ceasefire."),
    ("en", "Russia rejected the plan, but Ukraine accepted the ceasefire."),
    ("fr", "La Russie a rejeté le plan et l'Ukraine a accepté le cessez-le-feu."),
    ("es", "Rusia rechazó el plan y Ucrania aceptó el alto el fuego."),
    ("de", "Russland lehnte den Plan ab und die Ukraine akzeptierte die Waffenruhe."),
])
def test_holders_and_with_a_new_name_opens_a_clause_of_its_own(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"… and Ukraine accepted …": a name right after "and" with its verb after it is the subject
    of a new main clause, not an object of the verb before; that verb's subject does not accept."""
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/ukraine", "accept", "ceasefire") in facts
    assert ("state/russia", "accept", "ceasefire") not in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine accepted the ceasefire."),
    ("en", "Russia, Belarus and Ukraine accepted the ceasefire."),
])
def test_holders_names_joined_before_the_verb_stay_one_subject(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.stance == "accept"}
    assert {"state/russia", "state/ukraine"} <= holders


def test_holders_a_verb_joined_to_an_earlier_one_shares_its_subject(make_doc: MakeDoc) -> None:
    """"she reaffirmed the support for the Lebanese army and encouraged Beirut …": the army and
    Beirut are objects; the envoy encourages."""
    text = ("US envoy Morgan Ortagus met President Joseph Aoun in Beirut. A statement said she had "
            "reaffirmed Washington's support for the Lebanese Armed Forces and encouraged Beirut to "
            "accelerate efforts to bring all weapons under state control.")
    assert "state/lebanon" not in {p.holder for p in make_doc(text, "en").positions}


@pytest.mark.parametrize("text", [
    "Kritiker werfen der türkischen Regierung vor, die Pressefreiheit zu beschneiden.",
    "Diplomaten forderten Russland auf, die Waffenruhe einzuhalten.",
])
def test_holders_a_bare_noun_before_the_verb_is_the_subject_not_the_name_after(
    make_doc: MakeDoc, text: str
) -> None:
    """A German clause that opens with a noun and no article ("Kritiker", "Diplomaten") has it as
    its subject: the state after the verb is the object, not a subject after the verb."""
    assert not _holders(make_doc(text, "de")) & {"state/turkey", "state/russia"}


@pytest.mark.parametrize("text", [
    "Unterdessen forderte Russland eine Waffenruhe.",
    "Zugleich verlangte Russland eine Waffenruhe.",
])
def test_holders_an_adverb_before_the_verb_leaves_the_subject_after_it(make_doc: MakeDoc, text: str) -> None:
    assert "state/russia" in _holders(make_doc(text, "de"))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Plus nuancé, le ministre lituanien des affaires étrangères, Kęstutis Budrys, a remercié "
           "Washington pour son aide tout en exhortant Minsk à libérer les prisonniers politiques."),
    ("en", "More cautiously, the Lithuanian foreign minister, Kestutis Budrys, thanked Washington for its "
           "help while urging Minsk to free the political prisoners."),
    ("es", "Más cauto, el ministro lituano de Exteriores, Kęstutis Budrys, agradeció a Washington su ayuda y "
           "exigió a Minsk liberar a los presos políticos."),
    ("de", "Zurückhaltender: Der litauische Außenminister, Kęstutis Budrys, dankte Washington für die Hilfe "
           "und forderte Minsk auf, die politischen Gefangenen freizulassen."),
])
def test_holders_a_name_in_apposition_to_the_opening_role_is_the_subject(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"…, le ministre …, Kęstutis Budrys, a remercié Washington …": the comma after the name in
    apposition closes no clause, so the minister asks, not the state named after the verb."""
    holders = _holders(make_doc(text, lang))
    assert "person/kestutis-budrys" in holders
    assert "state/united-states" not in holders


def test_holders_a_name_in_apposition_inside_a_relative_clause_is_not_the_subject(
    make_doc: MakeDoc,
) -> None:
    """"Sheinbaum, que … con su homólogo estadounidense, Donald Trump, descartó …": the
    apposition belongs to the relative clause; the subject is the name before it."""
    text = ("La presidenta Claudia Sheinbaum, que el martes conversó por teléfono con su homólogo "
            "estadounidense, Donald Trump, descartó cualquier intervención militar en suelo mexicano.")
    holders = _holders(make_doc(text, "es"))
    assert "person/donald-trump" not in holders


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'opposante en exil Svetlana Tsikhanovskaïa a exhorté l'UE à maintenir les sanctions."),
    ("fr", "L'opposante bélarusse Svetlana Tsikhanovskaïa a exhorté l'UE à maintenir les sanctions."),
    ("es", "La opositora en el exilio Svetlana Tijanóvskaya instó a la UE a mantener las sanciones."),
    ("en", "Exiled opposition leader Sviatlana Tsikhanouskaya urged the EU to keep sanctions in place."),
    ("de", "Die Oppositionelle Swetlana Tichanowskaja forderte die EU auf, die Sanktionen beizubehalten."),
])
def test_holders_an_opponent_named_after_her_title_holds_her_stance(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"l'opposante (en exil | bélarusse) Svetlana …": a title of an opponent or dissident
    introduces the person it names (political.yml), who holds the stance; the noun is no
    collective opposition of some state."""
    doc = make_doc(text, lang)
    holders = _holders(doc)
    assert len(holders) == 1
    holder = holders.pop()
    assert holder.startswith("person/") and doc.actors[holder].kind == "Person"
    assert not [a for a in doc.actors if "opposition" in a]


def test_holders_a_collective_opposition_before_a_known_name_stays_a_group(make_doc: MakeDoc) -> None:
    doc = make_doc("Die USA und die syrische Opposition fordern Assads Rücktritt.", "de")
    assert "org/syria-opposition" in _holders(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Israel griff den Libanon an. Die Regierung von Ministerpräsident Benjamin Netanjahu verlangt, "
           "dass die libanesische Armee die Hisbollah entwaffnet."),
    ("en", "The government of Prime Minister Benjamin Netanyahu demands that the Lebanese army fully disarm "
           "Hezbollah."),
    ("fr", "Le gouvernement du Premier ministre Benjamin Netanyahu exige que l'armée libanaise désarme le "
           "Hezbollah."),
    ("es", "El Gobierno del primer ministro Benjamín Netanyahu exige que el Ejército libanés desarme a "
           "Hezbolá."),
])
def test_holders_a_government_named_by_its_leader_is_the_leaders_state(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"the government of Prime Minister Netanyahu" is Israel's, not the state the story names
    most or the state of the clause the demand opens."""
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("state/israel", "demand", "military-limits") in facts
    assert "state/lebanon" not in {h for h, _, _ in facts}


@pytest.mark.parametrize("text", [
    "Lars Løkke Rasmussen stellte nach dem Treffen klar, dass die Souveränität über die Insel nicht zur "
    "Disposition stehe.",
    "Lars Løkke Rasmussen machte am Mittwoch deutlich, dass die Souveränität über die Insel nicht zur "
    "Disposition stehe.",
])
def test_holders_a_german_speech_verb_with_its_particle_after_a_phrase_names_the_speaker(
    make_doc: MakeDoc, text: str
) -> None:
    """"stellte nach dem Treffen klar, dass …": the separable speech verb, with a time or an
    occasion between verb and particle, still says who speaks."""
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert ("person/lars-lokke-rasmussen", "reject", "territory") in facts


def test_holders_a_role_before_a_state_it_asks_refers_back_to_its_holder(make_doc: MakeDoc) -> None:
    """"forderte der Staatschef Teheran auf": Teheran is asked, not the role's name; the head of
    state is the one named before."""
    text = ("Präsident Emmanuel Macron dankte dem Sultanat Oman für seine Vermittlung. Zugleich forderte der "
            "Staatschef Teheran auf, alle in Iran festgehaltenen Europäer freizulassen.")
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert ("person/emmanuel-macron", "demand", "prisoners-hostages") in facts
    assert "state/iran" not in {h for h, _, _ in facts}


@pytest.mark.parametrize(("text", "holder", "stance", "topic"), [
    ("Die Sanktionen gegen Russland will die EU verlängern.", "org/eu", "support", "sanctions"),
    ("Eine Waffenruhe will Russland nicht akzeptieren.", "state/russia", "reject", "ceasefire"),
    ("Die noch verbliebenen Sanktionen gegen Personen aus dem Umfeld des gestürzten Machthabers Baschar "
     "al-Assad will die EU beibehalten.", "org/eu", "support", "sanctions"),
])
def test_holders_a_german_clause_opened_by_its_object_has_its_subject_after_the_finite_verb(
    make_doc: MakeDoc, text: str, holder: str, stance: str, topic: str
) -> None:
    """"Die Sanktionen … will die EU verlängern": the topic phrase fills the place before the
    finite modal, so the actor right after it is the subject, and names inside the topic's phrase
    (Assad) are not."""
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    assert facts == {(holder, stance, topic)}


def test_holders_a_german_subject_before_its_verb_keeps_the_object_after_it(make_doc: MakeDoc) -> None:
    text = ("Der polnische Parteichef Jarosław Kaczyński hat Deutschland Einmischung in die Wahlen "
            "vorgeworfen.")
    assert "state/germany" not in {p.holder for p in make_doc(text, "de").positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los Veintisiete acordaron prorrogar las sanciones contra Rusia."),
    ("fr", "Les Vingt-Sept ont décidé de prolonger les sanctions contre la Russie."),
    ("en", "The EU-27 agreed to extend the sanctions against Russia."),
])
def test_holders_the_twenty_seven_are_the_eu(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"les Vingt-Sept", "los Veintisiete", "the EU-27": the union named by its number of members
    (curated names of org/eu)."""
    assert "org/eu" in _holders(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The envoys of IGAD met Kiir on Monday. The bloc's leaders demanded the release of Riek Machar."),
    ("de", "Die Gesandten der IGAD trafen Kiir am Montag. Die Staatschefs des Blocks forderten die "
           "Freilassung von Riek Machar."),
    ("fr", "Les émissaires de l'Igad ont rencontré Kiir lundi. Les dirigeants du bloc ont réclamé la "
           "libération de Riek Machar."),
    ("es", "Los enviados de la IGAD se reunieron con Kiir el lunes. Los líderes del bloque exigieron la "
           "liberación de Riek Machar."),
])
def test_holders_leaders_of_the_bloc_named_before_act_for_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A plural group noun owned by the bloc named before ("the bloc's leaders", "les dirigeants du
    bloc") acts for that organisation."""
    assert ("org/igad", "demand", "prisoners-hostages") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


def test_holders_plural_group_owned_by_a_state_adjective(make_doc: MakeDoc) -> None:
    doc = make_doc("Russian and Ukrainian delegations met in Geneva. The Russian leaders demanded the "
                   "withdrawal of Ukrainian troops.", "en")
    assert _holders(doc) == {"state/russia"}
