"""Positions as news tells them in ways the first rules missed: a demand or offer put to a
subject ("is urged to"), refusing to let something happen ("will not allow").

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran is urged to return to the nuclear talks."),
    ("en", "Iran is being asked to halt uranium enrichment."),
    ("de", "Der Iran ist aufgefordert, die Urananreicherung zu stoppen."),
    ("de", "Die Regierung in Teheran sei gefordert, die Urananreicherung auszusetzen."),
    ("de", "Der Iran ist dazu aufgerufen, an den Verhandlungstisch zurückzukehren."),
    ("fr", "L'Iran est appelé à reprendre les négociations sur le nucléaire."),
    ("fr", "L'Iran est invité à suspendre l'enrichissement d'uranium."),
    ("es", "Irán es instado a volver a las negociaciones nucleares."),
])
def test_positions_the_subject_of_a_present_passive_demand_is_asked_not_asking(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A demand, proposal or offer verb as a participle after any form of "be" ("is urged",
    "ist aufgefordert", "est appelé", "es instado") is a passive: its subject is asked, and no
    one in the sentence holds the demand."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[0] == "state/iran"}


@pytest.mark.parametrize(("lang", "text", "stance"), [
    ("en", "Russia is opposed to a ceasefire.", "oppose"),
    ("fr", "La Russie est opposée à un cessez-le-feu.", "oppose"),
    ("es", "Rusia está dispuesta a aceptar un alto el fuego.", "accept"),
    ("de", "Russland wird eine Waffenruhe vorschlagen.", "propose"),
    ("de", "Russland wird eine Waffenruhe ablehnen.", "reject"),
])
def test_positions_an_adjective_or_a_future_after_be_keeps_its_subject(
    make_doc: MakeDoc, lang: str, text: str, stance: str
) -> None:
    """"is opposed to", "est opposée à", "está dispuesta" are adjectives, and German "wird …
    vorschlagen" is a future with its infinitive: the subject holds the stance."""
    assert ("state/russia", stance, "ceasefire") in _facts(make_doc(text, lang))


def test_positions_what_a_passive_demand_asks_is_no_stance_of_the_one_asked(make_doc: MakeDoc) -> None:
    """"ist aufgefordert, den Flüchtlingen zu helfen": the help is asked of Turkey, not offered by it,
    also when the infinitive marker is part of the cue ("zu helfen")."""
    for text in ("Die Türkei wurde aufgefordert, den Flüchtlingen zu helfen.",
                 "Die Türkei ist aufgefordert, den Flüchtlingen zu helfen."):
        assert not make_doc(text, "de").positions


@pytest.mark.parametrize(("lang", "text", "holder", "topic"), [
    ("en", "Israel will not allow Iran to rebuild its nuclear facilities.", "state/israel",
     "nuclear-program"),
    ("en", "Russia would never tolerate NATO membership for Ukraine.", "state/russia", "alliance-membership"),
    ("de", "Israel werde nicht zulassen, dass der Iran seine Atomanlagen wieder aufbaut.", "state/israel",
     "nuclear-program"),
    ("de", "Russland wird eine Nato-Mitgliedschaft der Ukraine niemals dulden.", "state/russia",
     "alliance-membership"),
    ("de", "Russland lässt einen Nato-Beitritt der Ukraine nicht zu, sagte Lawrow.", "state/russia",
     "alliance-membership"),
    ("fr", "Israël ne laissera pas l'Iran reconstruire ses installations nucléaires.", "state/israel",
     "nuclear-program"),
    ("fr", "La Russie ne tolérera jamais l'adhésion de l'Ukraine à l'OTAN.", "state/russia",
     "alliance-membership"),
    ("es", "Israel no permitirá que Irán reconstruya sus instalaciones nucleares.", "state/israel",
     "nuclear-program"),
    ("es", "Rusia no tolerará la adhesión de Ucrania a la OTAN.", "state/russia", "alliance-membership"),
])
def test_positions_not_letting_something_happen_refuses_it(
    make_doc: MakeDoc, lang: str, text: str, holder: str, topic: str
) -> None:
    """"will not allow", "niemals dulden", "ne laissera pas", "no permitirá": who will not let
    something happen refuses it."""
    assert (holder, "reject", topic) in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran is not allowed to enrich uranium under the deal."),
    ("de", "Dem Iran wird nicht erlaubt, Uran anzureichern."),
])
def test_positions_who_is_not_allowed_refuses_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The passive of the family names the one held back, not who holds it back."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[0] == "state/iran"}


@pytest.mark.parametrize(("lang", "text", "holder", "topic"), [
    ("en", "Russia rejected any pause in the fighting.", "state/russia", "ceasefire"),
    ("en", "The Kremlin will not accept European soldiers in Ukraine.", "org/kremlin", "military-aid"),
    ("de", "Russland lehnte es ab, die Kämpfe einzustellen.", "state/russia", "ceasefire"),
    ("de", "Moskau lehnt europäische Soldaten in der Ukraine ab.", "state/russia", "military-aid"),
    ("fr", "Moscou a écarté toute pause dans les combats.", "state/russia", "ceasefire"),
    ("fr", "La Russie rejette la présence de soldats européens en Ukraine.", "state/russia", "military-aid"),
    ("es", "Moscú descartó cualquier pausa en los combates.", "state/russia", "ceasefire"),
    ("es", "Rusia rechaza la presencia de soldados europeos en Ucrania.", "state/russia", "military-aid"),
])
def test_positions_a_pause_in_the_fighting_and_soldiers_sent_are_topics(
    make_doc: MakeDoc, lang: str, text: str, holder: str, topic: str
) -> None:
    """The ceasefire family names a pause, halt or suspension of the fighting; soldiers of an
    alliance or a foreign bloc in a country are troops sent, as "troops" are."""
    assert (holder, "reject", topic) in _facts(make_doc(text, lang))


@pytest.mark.parametrize("text", [
    "Russland bestehe darauf, dass die ukrainischen Truppen den Donbass räumen, und lehne eine "
    "Nato-Mitgliedschaft der Ukraine ab.",
    "Russland fordert, dass die Ukraine den Donbass räumt, und lehnt einen Nato-Beitritt ab.",
])
def test_positions_a_verb_second_after_a_that_clause_goes_on_the_main_clause(
    make_doc: MakeDoc, text: str
) -> None:
    """German ends a "dass" clause in its verb; "und lehnt … ab" after it puts its verb second, so
    it goes on the main clause and its subject: a refusal of its own, not part of the demand."""
    found = _facts(make_doc(text, "de"))
    assert ("state/russia", "reject", "alliance-membership") in found
    assert ("state/russia", "demand", "alliance-membership") not in found


def test_positions_a_verb_last_after_und_stays_in_the_that_clause(make_doc: MakeDoc) -> None:
    """"dass die Ukraine neutral bleibt und einen Nato-Beitritt ablehnt": the verb closes its
    clause, so it is still what is demanded."""
    text = "Russland verlangt, dass die Ukraine neutral bleibt und einen Nato-Beitritt ablehnt."
    found = _facts(make_doc(text, "de"))
    assert found == {("state/russia", "demand", "alliance-membership")}


@pytest.mark.parametrize(("lang", "text", "holder", "topic"), [
    ("en", "Ukraine needs more air defence systems, Zelensky said.", "person/volodymyr-zelensky",
     "military-aid"),
    ("en", "Any deal requires binding security guarantees, Merz said.", "person/friedrich-merz",
     "security-guarantees"),
    ("en", "Ukraine would need binding security guarantees from its partners.", "state/ukraine",
     "security-guarantees"),
    ("de", "Jede Vereinbarung brauche belastbare Sicherheitsgarantien, betonte Merz.",
     "person/friedrich-merz", "security-guarantees"),
    ("de", "Die Ukraine benötige dringend mehr Flugabwehr, sagte Selenskyj.", "person/volodymyr-zelensky",
     "military-aid"),
    ("fr", "L'Ukraine aura besoin de garanties de sécurité solides, a déclaré Macron.",
     "person/emmanuel-macron", "security-guarantees"),
    ("fr", "Tout accord nécessite des garanties de sécurité, a affirmé Macron.", "person/emmanuel-macron",
     "security-guarantees"),
    ("es", "Ucrania necesitaría garantías de seguridad vinculantes.", "state/ukraine", "security-guarantees"),
])
def test_positions_what_an_actor_or_a_deal_needs_is_asked_for(
    make_doc: MakeDoc, lang: str, text: str, holder: str, topic: str
) -> None:
    """"needs", "brauche", "a besoin de", "necesitaría", "requires": what is needed is demanded,
    by the speaker when a speech verb names one, else by the actor that needs it."""
    assert (holder, "demand", topic) in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The company needs more gas to keep its plants running."),
    ("de", "Die Wirtschaft braucht billiges Gas, sagte der Ökonom."),
])
def test_positions_a_need_of_no_actor_is_no_position(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A firm's or an economy's needs, told by no political actor, state no stance."""
    assert not make_doc(text, lang).positions


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Burhan turned down a proposal from the Quad – the United States, Saudi Arabia, Egypt and the "
           "Emirates – for a humanitarian truce."),
    ("de", "Burhan lehnte den Vorschlag des Quartetts – der USA, Saudi-Arabiens, Ägyptens und der Emirate – "
           "für eine humanitäre Waffenruhe ab."),
    ("fr", "Burhane a rejeté la proposition du Quartet – les États-Unis, l'Arabie saoudite, l'Égypte et les "
           "Émirats – pour une trêve humanitaire."),
    ("es", "Burhan rechazó la propuesta del Cuarteto – Estados Unidos, Arabia Saudí, Egipto y Emiratos – "
           "para una tregua humanitaria."),
])
def test_positions_an_aside_between_dashes_does_not_end_the_object(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A pair of dashes sets off an aside inside the object: the object, and its topic, go on after
    the closing dash."""
    assert ("person/abdel-fattah-al-burhan", "reject", "ceasefire") in _facts(make_doc(text, lang))


def test_positions_a_topic_word_inside_an_aside_is_no_topic(make_doc: MakeDoc) -> None:
    """"– the main mediator –" describes Egypt; the talks it names are not what Hamas accepted."""
    text = "Hamas accepted the proposal by Egypt – the main mediator – for a ceasefire."
    found = _facts(make_doc(text, "en"))
    assert found == {("org/hamas", "accept", "ceasefire")}


@pytest.mark.parametrize(("lang", "text", "stance", "topic"), [
    ("en", "UN rights chief Volker Türk condemned the ethnically targeted killings in "
           "Darfur and demanded that those responsible be brought to justice.", "oppose", "human-rights"),
    ("en", "UN relief chief Tom Fletcher appealed for safe passage for aid workers in "
           "Darfur.", "demand", "humanitarian-aid"),
    ("de", "UN-Menschenrechtskommissar Volker Türk verurteilte die Massaker in Darfur und "
           "forderte, die Verantwortlichen zur Rechenschaft zu ziehen.", "oppose", "human-rights"),
    ("de", "UN-Nothilfekoordinator Tom Fletcher forderte sicheres Geleit für die Helfer in "
           "Darfur.", "demand", "humanitarian-aid"),
    ("fr", "Le Haut-Commissaire de l'ONU Volker Türk a condamné les massacres au Darfour "
           "et exigé que les responsables soient traduits en justice.", "oppose", "human-rights"),
    ("fr", "Le chef humanitaire de l'ONU Tom Fletcher a réclamé un passage sûr pour les "
           "travailleurs humanitaires au Darfour.", "demand", "humanitarian-aid"),
    ("es", "El alto comisionado de la ONU Volker Türk condenó las masacres en Darfur y "
           "exigió que los responsables sean llevados ante la justicia.", "oppose", "human-rights"),
    ("es", "El jefe humanitario de la ONU Tom Fletcher pidió un paso seguro para los "
           "trabajadores humanitarios en Darfur.", "demand", "humanitarian-aid"),
])
def test_positions_atrocities_and_aid_workers_name_their_topics(
    make_doc: MakeDoc, lang: str, text: str, stance: str, topic: str
) -> None:
    """Human rights name atrocities against civilians and bringing those responsible to justice;
    humanitarian aid names who brings it and the safe passage it needs."""
    found = {(p.stance, p.topic) for p in make_doc(text, lang).positions
             if p.holder in ("person/volker-turk", "person/tom-fletcher", "org/un")}
    assert (stance, topic) in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "According to the EU, Serbia accepted a timetable for the energy agreement."),
    ("de", "Nach Angaben der EU akzeptierte Serbien einen Zeitplan für das Energieabkommen."),
    ("fr", "Selon l'UE, la Serbie a accepté un calendrier pour l'accord sur l'énergie."),
    ("es", "Según la UE, Serbia aceptó un calendario para el acuerdo energético."),
])
def test_positions_the_source_of_a_report_holds_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"According to the EU", "nach Angaben der EU", "selon l'UE", "según la UE" name who tells
    the sentence, not who acts in it."""
    found = _facts(make_doc(text, lang))
    assert ("state/serbia", "accept", "energy") in found
    assert not {f for f in found if f[0] == "org/eu"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Zelensky urged the European allies to speed up the delivery of air defence systems."),
    ("de", "Selenskyj drängte die europäischen Verbündeten, die Lieferung von Flugabwehrsystemen zu "
           "beschleunigen."),
    ("fr", "Zelensky a exhorté les alliés européens à accélérer la livraison de systèmes de défense "
           "antiaérienne."),
    ("es", "Zelenski apremió a los aliados europeos a acelerar la entrega de sistemas de defensa antiaérea."),
])
def test_positions_a_delivery_asked_for_is_no_offer(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The delivery in the infinitive clause a demand opens after its addressee is what is asked:
    the speaker demands arms aid and offers none."""
    found = _facts(make_doc(text, lang))
    assert found == {("person/volodymyr-zelensky", "demand", "military-aid")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armenia's Mirzoyan and Azerbaijan's Bayramov met in Abu Dhabi on Thursday, hosted by "
           "Emirati Foreign Minister Abdullah bin Zayed. The two sides agreed to press ahead with the "
           "delimitation of their border."),
    ("de", "Mirsojan und Bairamow trafen sich am Donnerstag in Abu Dhabi auf Einladung des emiratischen "
           "Außenministers Abdullah bin Zayed. Beide Seiten einigten sich auf die Abgrenzung ihrer Grenze."),
    ("fr", "Ararat Mirzoyan et Jeyhun Bayramov se sont retrouvés jeudi à Abou Dhabi, reçus par le ministre "
           "émirati Abdallah ben Zayed. Les deux parties se sont mises d'accord sur la délimitation de leur "
           "frontière."),
    ("es", "Ararat Mirzoyan y Jeyhun Bayramov se reunieron el jueves en Abu Dabi con el canciller emiratí "
           "Abdalá bin Zayed como anfitrión. Ambas partes acordaron avanzar en la delimitación de su "
           "frontera."),
])
def test_positions_both_sides_are_not_the_host(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"The two sides" of a meeting held in a third country are its guests: the host, who acts for
    the state the meeting was held in, is no side."""
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "territory"}
    assert holders == {"person/ararat-mirzoyan", "person/jeyhun-bayramov"}


def test_positions_both_sides_keep_the_host_when_only_two_met(make_doc: MakeDoc) -> None:
    """Where the host is one of only two sides, it stays one: "Putin and Xi met in Beijing"."""
    doc = make_doc("Putin and Xi met in Beijing on Tuesday. Both sides agreed to expand trade.", "en")
    assert {p.holder for p in doc.positions} == {"person/vladimir-putin", "person/xi-jinping"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("de", "Die sudanesische Armee wies einen Vorschlag zurück, die Kämpfe für drei Monate ruhen zu lassen.",
     "org/sudanese-armed-forces"),
    ("de", "Sudans Armee lehnt Feuerpause ab", "state/sudan"),
    ("en", "Sudan's army rejected a proposal to silence the guns for three months.", "state/sudan"),
    ("fr", "L'armée soudanaise a rejeté une proposition visant à faire taire les armes pendant trois mois.",
     "org/sudanese-armed-forces"),
    ("es", "El Ejército sudanés rechazó una propuesta para silenciar las armas durante tres meses.",
     "org/sudanese-armed-forces"),
])
def test_positions_a_states_army_acts_for_it_and_the_guns_fall_silent_in_a_truce(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """A state's armed forces named by the state ("Sudan's army", "Sudans Armee") act for it, as
    its government does; letting the fighting rest or silencing the guns is a ceasefire."""
    assert (holder, "reject", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize("text", [
    "Ägypten schlug eine humanitäre Waffenruhe vor. Die Hamas hatte der Initiative bereits am Montag "
    "zugestimmt.",
    "Ägypten legte einen Plan für eine Waffenruhe vor. Die Hamas stimmte dem Plan zu.",
])
def test_positions_the_initiative_named_again_in_any_case_takes_its_topic(
    make_doc: MakeDoc, text: str
) -> None:
    """German names the proposal told before in any case ("der Initiative", "dem Plan"): the
    lexicon writes the article as its lemma, and a verb that closes its clause finds the noun
    before it."""
    assert ("org/hamas", "accept", "ceasefire") in _facts(make_doc(text, "de"))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine Waffenruhe komme erst infrage, wenn Russland seine Truppen aus der Ukraine abgezogen habe, "
           "sagte Selenskyj."),
    ("en", "A ceasefire would only be possible once Russia had withdrawn its troops from Ukraine, "
           "Zelensky said."),
    ("fr", "Un cessez-le-feu ne sera possible que si la Russie retire ses troupes d'Ukraine, a déclaré "
           "Zelensky."),
    ("es", "Un alto el fuego solo será posible si Rusia retira sus tropas de Ucrania, dijo Zelenski."),
])
def test_positions_what_a_stance_waits_for_is_asked_by_the_speaker(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"erst …, wenn", "only … once", "ne … que si", "solo … si" with words between: the condition
    is the speaker's demand."""
    assert ("person/volodymyr-zelensky", "demand", "troop-withdrawal") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Washington sei bereit, den Wiederaufbau im Süden des Landes zu finanzieren, sagte Ortagus."),
    ("en", "Washington is ready to fund the reconstruction of the border villages, Ortagus said."),
    ("fr", "Washington est prêt à financer la reconstruction des villages frontaliers, a déclaré Ortagus."),
    ("es", "Washington está dispuesto a financiar la reconstrucción de las aldeas fronterizas, dijo "
           "Ortagus."),
])
def test_positions_standing_ready_to_give_something_offers_it(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Readiness to give what is given (aid, guarantees, troops) offers it, as a commitment does;
    readiness for anything else ("ready for talks") supports it."""
    assert ("state/united-states", "offer", "economic-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kallas ruled out any easing of EU sanctions on Belarus."),
    ("de", "Kallas schloss jede Lockerung der EU-Sanktionen gegen Belarus aus."),
    ("fr", "Kaja Kallas a exclu tout assouplissement des sanctions de l'UE contre le Bélarus."),
    ("es", "Kallas descartó cualquier flexibilización de las sanciones de la UE contra Bielorrusia."),
])
def test_positions_refusing_to_ease_sanctions_is_a_refusal_on_sanctions(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Lifting or easing sanctions is part of the sanctions topic (the guide: "sanctions …, lifting
    them"), so refusing it is a refusal on that topic, as annotators write it, not support."""
    found = {(p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert found == {("reject", "sanctions")}


def test_positions_what_a_listed_addressee_is_asked_is_no_stance_of_its_own(make_doc: MakeDoc) -> None:
    """"forderten Mali, Burkina Faso und Niger auf, einen Wahlkalender vorzulegen": the commas of
    the addressees' list open no clause; the last one opens what is asked."""
    text = ("Die westafrikanischen Staatschefs forderten Mali, Burkina Faso und Niger auf, einen "
            "glaubwürdigen Wahlkalender vorzulegen.")
    assert not make_doc(text, "de").positions


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Grönland ist nicht zu verkaufen, sagte Rubio."),
    ("de", "Die Souveränität über die Insel stehe nicht zur Disposition, sagte Rubio."),
    ("en", "Greenland is not for sale, Rubio said."),
    ("fr", "Le Groenland n'est pas à vendre, a déclaré Rubio."),
    ("es", "Groenlandia no está en venta, dijo Rubio."),
])
def test_positions_a_land_not_for_sale_is_refused_by_who_says_so(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"not for sale", "nicht zur Disposition", "pas à vendre", "no está en venta" refuse, as "not on
    the table" does; a land judged so by its place name is a question of territory."""
    assert ("person/marco-rubio", "reject", "territory") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kopenhagen sei offen dafür, die amerikanische Militärpräsenz auf der Insel auszubauen, sagte "
           "Rasmussen."),
    ("en", "Denmark is open to expanding the US military presence on the island."),
    ("fr", "Le Danemark est prêt à renforcer la présence militaire américaine sur l'île."),
])
def test_positions_a_military_presence_is_troops_sent(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A military presence is troops stationed: a topic of military aid."""
    assert ("state/denmark", "support", "military-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Israel verlangt, dass die libanesische Armee die Hisbollah vollständig entwaffnet."),
    ("de", "Die Hisbollah lehnt eine Abgabe ihrer Waffen ab."),
    ("en", "Hezbollah refused to hand over its weapons."),
    ("fr", "Le Hezbollah refuse de rendre ses armes."),
    ("es", "Hezbolá rechaza la entrega de sus armas."),
])
def test_positions_disarming_a_militia_is_a_military_limit(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Disarming a militia or army, its handing over its weapons, limits it (the guide's
    demilitarisation); the weapons named in it are no arms aid."""
    topics = {p.topic for p in make_doc(text, lang).positions}
    assert topics == {"military-limits"}


def test_positions_a_no_to_something_refuses_it(make_doc: MakeDoc) -> None:
    """German "sein Nein zu …" is a refusal, as English "no to" is, also when reaffirmed."""
    found = _facts(make_doc("Orbán bekräftigte sein Nein zu einem Beitritt der Ukraine.", "de"))
    assert found == {("person/viktor-orban", "reject", "alliance-membership")}


def test_positions_french_presse_de_demands_in_the_present(make_doc: MakeDoc) -> None:
    """"presse X de …" is "presser", not the noun "la presse" its lemma gives: a demand, and the
    acceptance it asks of X is no stance of the one who presses."""
    text = "Washington presse Beyrouth d'accepter des négociations directes avec Israël."
    found = _facts(make_doc(text, "fr"))
    assert ("state/united-states", "demand", "negotiations") in found
    assert not {f for f in found if f[1] == "accept"}
    assert not make_doc("La presse libanaise critique le gouvernement.", "fr").positions


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die USA drohen Dänemark mit Zöllen. Die USA wollen Grönland kaufen. Rasmussen "
           "sagte, seine Regierung lehne jede Annexion Grönlands ab."),
    ("en", "The United States threatened Denmark with tariffs. The United States wants to "
           "buy Greenland. Rasmussen said his government rejected any annexation of "
           "Greenland."),
    ("fr", "Les États-Unis menacent le Danemark de droits de douane. Les États-Unis veulent "
           "acheter le Groenland. Rasmussen a déclaré que son gouvernement rejetait toute "
           "annexion du Groenland."),
    ("es", "Estados Unidos amenaza a Dinamarca con aranceles. Estados Unidos quiere comprar "
           "Groenlandia. Rasmussen dijo que su gobierno rechaza cualquier anexión de "
           "Groenlandia."),
])
def test_positions_a_possessive_government_is_the_speakers(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Rasmussen said his government rejected …": the government a possessive points to is that of
    the person named before it, not of the state the story names most (the United States here)."""
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "territory"}
    assert holders and holders <= {"state/denmark", "person/lars-lokke-rasmussen"}
