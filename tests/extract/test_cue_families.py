"""Cue and topic families added in the fourth session, each with sentences written for it in
every language it applies to: agreeing by "s'accorder", equipping and training another's forces
(military aid), handing over an arsenal (a military limit), and the French "pas" that is a step,
not a negation, without its "ne".

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize("text", [
    "Kinshasa et le M23 s'accordent sur un cessez-le-feu.",
    "Kinshasa et le M23 s'accordent à Doha sur un mécanisme de surveillance du cessez-le-feu.",
    "Kinshasa et le M23 se sont accordés sur un cessez-le-feu à Doha.",
])
def test_families_agreeing_with_one_another_is_accepting(make_doc: MakeDoc, text: str) -> None:
    """"s'accorder sur" is to agree on; "accorder" alone grants (an offer)."""
    facts = _facts(make_doc(text, "fr"))
    assert {("state/dr-congo", "accept", "ceasefire"), ("org/m23", "accept", "ceasefire")} <= facts


def test_families_granting_stays_an_offer(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("La France accorde une aide humanitaire au Liban.", "fr"))
    assert ("state/france", "offer", "humanitarian-aid") in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Jean-Noël Barrot a annoncé une enveloppe de 40 millions d'euros pour équiper les troupes "
           "libanaises."),
    ("en", "Jean-Noël Barrot announced 40 million euros to equip the Lebanese army."),
    ("es", "Jean-Noël Barrot anunció 40 millones de euros para equipar a las tropas libanesas."),
    ("de", "Jean-Noël Barrot sicherte der libanesischen Armee weitere Ausrüstung und Ausbildungshilfe zu."),
])
def test_families_equipping_anothers_forces_is_military_aid(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert ("person/jean-noel-barrot", "offer", "military-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Hezbollah refuse toujours de remettre son arsenal."),
    ("es", "Hezbolá se niega a entregar su arsenal."),
    ("en", "Hezbollah refuses to hand over its arsenal."),
    ("de", "Die Hisbollah weigert sich weiterhin, ihr Arsenal abzugeben."),
])
def test_families_handing_over_an_arsenal_is_disarming(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert ("org/hezbollah", "reject", "military-limits") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("text", "stance"), [
    ("Washington a salué un pas important vers la paix au Congo.", "support"),
    ("Washington n'a pas salué le cessez-le-feu au Congo.", "oppose"),
    ("La Russie n'acceptera jamais le cessez-le-feu.", "reject"),
])
def test_families_french_pas_negates_only_with_its_ne(make_doc: MakeDoc, text: str, stance: str) -> None:
    """"un pas important" is a step: without "ne" (or "n'") before the verb the "pas" after it
    denies nothing."""
    assert stance in {p.stance for p in make_doc(text, "fr").positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Denmark intends to put forward a plan for a permanent allied presence in the Arctic."),
    ("en", "Donald Trump hailed the release as a great deal for America."),
    ("de", "Dänemark will einen Plan für eine dauerhafte Präsenz in der Arktis vorlegen."),
    ("fr", "Le Danemark compte présenter un plan pour une présence permanente dans l'Arctique."),
    ("es", "Dinamarca presentará un plan para una presencia permanente en el Ártico."),
])
def test_families_a_generic_plan_for_something_else_is_no_peace_plan(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A plan, deal or agreement "for" something no topic names is no peace agreement: the generic
    word stands in for a peace deal only when nothing says what it is for."""
    assert "peace-agreement" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt called for a legally binding agreement on how Ethiopia fills the reservoir."),
    ("de", "Ägypten forderte ein rechtlich bindendes Abkommen über die Befüllung des Stausees."),
    ("fr", "L'Égypte a réclamé un accord contraignant sur le remplissage du réservoir."),
    ("es", "Egipto exigió un acuerdo vinculante sobre el llenado del embalse."),
])
def test_families_a_generic_agreement_about_another_matter_is_no_peace_agreement(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """An agreement "on", "über", "sur", "sobre" a matter no topic names is about that matter,
    not a peace agreement."""
    assert "peace-agreement" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt called for an agreement on Gaza."),
    ("de", "Ägypten forderte ein Abkommen über die Ukraine."),
    ("fr", "L'Égypte a réclamé un accord sur Gaza."),
    ("es", "Egipto exigió un acuerdo sobre Ucrania."),
])
def test_families_an_agreement_about_a_named_land_is_one_on_its_conflict(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """An agreement about a land or people named ("a deal on Gaza") is an agreement on its
    conflict: a peace agreement."""
    assert ("state/egypt", "demand", "peace-agreement") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


@pytest.mark.parametrize(("lang", "text"), [
    # in an article that tells of a war (test_conflict_deals.py)
    ("en", "The war goes on. Russia rejected the plan."),
    ("en", "The war goes on. Ukraine signed the agreement with Russia."),
])
def test_families_a_generic_plan_alone_still_is_one(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert "peace-agreement" in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Mike Waltz anunció que Washington ampliará las sanciones contra las redes que financian a la "
           "milicia."),
    ("en", "Mike Waltz said Washington would expand sanctions on the networks that finance the militia."),
    ("de", "Mike Waltz sagte, Washington werde die Sanktionen gegen die Miliz ausweiten."),
    ("fr", "Mike Waltz a annoncé que Washington va élargir les sanctions contre la milice."),
])
def test_families_widening_a_measure_supports_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/united-states", "support", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Guterres exigió a los hutíes que dejen en libertad a los trabajadores de la ONU."),
    ("en", "Marco Rubio called on Moscow to free three Americans it regards as wrongfully detained."),
    ("de", "Antonio Guterres forderte die Huthis auf, die UN-Mitarbeiter freizulassen."),
    ("fr", "Antonio Guterres a exigé des Houthis qu'ils remettent en liberté les employés de l'ONU."),
])
def test_families_setting_free_those_held_is_about_prisoners(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert "prisoners-hostages" in {p.topic for p in make_doc(text, lang).positions if p.stance == "demand"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Houthis rejected talks with the internationally recognised government."),
    ("es", "Los hutíes rechazaron negociar con el Gobierno reconocido internacionalmente."),
    ("fr", "Les Houthis ont rejeté des pourparlers avec le gouvernement reconnu internationalement."),
    ("de", "Die Huthis lehnten Gespräche mit der international anerkannten Regierung ab."),
])
def test_families_an_internationally_recognised_government_is_no_recognition(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    topics = {p.topic for p in make_doc(text, lang).positions}
    assert "recognition" not in topics
    assert "negotiations" in topics


def test_families_a_statement_put_down_in_writing_is_no_detention(make_doc: MakeDoc) -> None:
    """German "festgehalten" is also "put down in writing": no prisoners topic."""
    text = ("Die EU-Kommission lehnte das Abkommen ab, weil die Grundsätze nicht schriftlich festgehalten "
            "seien.")
    assert "prisoners-hostages" not in {p.topic for p in make_doc(text, "de").positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Malawi a exigé que les pays riches financent l'adaptation à hauteur de 120 milliards de "
           "dollars."),
    ("es", "Malaui exigió que los países ricos destinen 120.000 millones de dólares al año a la adaptación."),
    ("de", "Malawi forderte die reichen Länder auf, jährlich 120 Milliarden Dollar für Verluste und Schäden "
           "bereitzustellen."),
    ("en", "Brazil called for a roadmap away from fossil fuels at COP30."),
])
def test_families_the_climate_conferences_issues_are_climate(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Adaptation, loss and damage, fossil fuels and the COP conferences belong to the climate topic."""
    assert "climate" in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Ecowas hat Mali, Burkina Faso und Niger eine engere Zusammenarbeit im Kampf gegen "
           "dschihadistische Gruppen angeboten."),
    ("en", "ECOWAS offered Mali, Burkina Faso and Niger closer cooperation in the fight against jihadist "
           "groups."),
])
def test_families_cooperation_in_a_fight_is_about_what_is_fought(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"cooperation in the fight against jihadist groups": the cooperation is about terrorism; and
    the states listed after the verb are its addressees, not its holders."""
    facts = _facts(make_doc(text, lang))
    assert ("org/ecowas", "offer", "terrorism") in facts
    assert not {f for f in facts if f[0] == "state/mali"}


def test_families_talks_in_a_city_link_no_topic(make_doc: MakeDoc) -> None:
    """"bei einem Gipfeltreffen in Addis Abeba einen Waffenstillstand gefordert": the city between
    the summit and the ceasefire links nothing; the demand is for the ceasefire only."""
    text = ("Die Staats- und Regierungschefs der Afrikanischen Union haben am Sonntag bei einem "
            "Gipfeltreffen in Addis Abeba einen sofortigen Waffenstillstand im Sudan gefordert.")
    topics = {p.topic for p in make_doc(text, "de").positions}
    assert topics == {"ceasefire"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kaja Kallas condemned the attack and promised Moldova help to shore up its digital defences."),
    ("fr", "Kaja Kallas a promis à la Moldavie une aide pour renforcer ses défenses numériques."),
    ("es", "Kaja Kallas prometió a Moldavia ayuda para reforzar sus defensas digitales."),
    ("de", "Kaja Kallas sagte Moldau Hilfe bei der digitalen Abwehr zu."),
])
def test_families_digital_defences_are_cyber_and_an_attack_alone_is_no_terror(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A state's digital defences belong to the cyber topic; "the attack" alone names no terrorism
    (only kinds of attack that are terror do: "terrorist attack", "suicide attack")."""
    topics = {p.topic for p in make_doc(text, lang).positions}
    assert "cyber" in topics
    assert "terrorism" not in topics


def test_families_a_terrorist_attack_is_still_terrorism(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("France condemned the terrorist attack in Mali.", "en"))
    assert ("state/france", "oppose", "terrorism") in facts


@pytest.mark.parametrize("text", [
    "Lukashenko told the European Union to drop its sanctions.",
    "Lukashenko told Brussels to lift the sanctions.",
])
def test_families_telling_another_to_act_demands(make_doc: MakeDoc, text: str) -> None:
    assert ("person/alexander-lukashenko", "demand", "sanctions") in _facts(make_doc(text, "en"))


@pytest.mark.parametrize("text", [
    "Lavrov told reporters he was ready to discuss a ceasefire.",
    "Lavrov told the BBC that Moscow was prepared to talk about a ceasefire.",
])
def test_families_telling_reporters_demands_nothing(make_doc: MakeDoc, text: str) -> None:
    assert not {f for f in _facts(make_doc(text, "en")) if f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Brazil rejects new environmental conditions."),
    ("de", "Brasilien lehnt neue Umweltauflagen ab."),
    ("fr", "Le Brésil refuse de nouvelles exigences environnementales."),
    ("es", "Brasil rechaza nuevas exigencias medioambientales."),
])
def test_families_environmental_rules_are_climate_policy(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/brazil", "reject", "climate") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine said the security environment made new sanctions necessary."),
    ("de", "Der Umweltlandesrat forderte neue Sanktionen."),
])
def test_families_environment_of_other_things_is_no_climate(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not {f for f in _facts(make_doc(text, lang)) if f[2] == "climate"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Zelensky promised to hand power to an elected president."),
    ("de", "Selenskyj versprach, die Macht an einen gewählten Präsidenten zu übergeben."),
])
def test_families_handing_power_to_someone_is_leadership(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/volodymyr-zelensky", "offer", "leadership") in _facts(make_doc(text, lang))


def test_families_standing_behind_supports(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("Rutte said NATO stood behind any arms control effort.", "en"))
    assert ("org/nato", "support", "weapons-control") in facts


def test_families_relief_material_is_humanitarian_aid(make_doc: MakeDoc) -> None:
    facts = _facts(make_doc("India said it stood ready to send relief material to Afghanistan.", "en"))
    assert ("state/india", "offer", "humanitarian-aid") in facts


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "Coale told reporters that Washington would lift sanctions on two Belarusian banks.",
     ("state/united-states", "offer", "sanctions")),
    ("de", "Coale sagte, Washington werde die Sanktionen gegen zwei belarussische Banken aufheben.",
     ("state/united-states", "offer", "sanctions")),
    ("fr", "Coale a indiqué que Washington lèverait les sanctions contre deux banques bélarusses.",
     ("state/united-states", "offer", "sanctions")),
    ("es", "Coale dijo que Washington levantará las sanciones contra dos bancos bielorrusos.",
     ("state/united-states", "offer", "sanctions")),
    ("de", "Budrys sagte, Litauen werde die freigelassenen Gefangenen aufnehmen.",
     ("state/lithuania", "offer", "prisoners-hostages")),
    ("es", "Budrys dijo que Lituania acogerá a los presos liberados.",
     ("state/lithuania", "offer", "prisoners-hostages")),
])
def test_families_a_deed_told_in_the_future_offers_it(
    make_doc: MakeDoc, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    """What the speaker's side will do for the other (lift, release, take in) is an offer."""
    assert fact in _facts(make_doc(text, lang))


def test_families_a_future_deed_of_no_actor_is_none(make_doc: MakeDoc) -> None:
    assert _facts(make_doc("Analysts said the rains would ease the drought.", "en")) == set()


def test_families_a_future_deed_stays_in_its_clause(make_doc: MakeDoc) -> None:
    text = "Serbien sagte, es werde nur verhandeln, wenn der Kosovo die Sanktionen aufhebe."
    assert not {f for f in _facts(make_doc(text, "de")) if f[1] == "offer"}
