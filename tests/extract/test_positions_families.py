"""Positions: whole families of stance phrasing, in every language they apply to.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Rubio made it clear that Ukraine's NATO membership is not on the table.", "person/marco-rubio"),
    ("en", "A NATO accession of Ukraine is off the table, Rubio said.", "person/marco-rubio"),
    ("de", "Merz stellte klar, dass ein Nato-Beitritt der Ukraine nicht zur Debatte stehe.",
     "person/friedrich-merz"),
    ("de", "Merz machte deutlich, dass eine Nato-Mitgliedschaft der Ukraine nicht in Frage komme.",
     "person/friedrich-merz"),
    ("fr", "Rubio a précisé que l'adhésion de l'Ukraine à l'OTAN n'était pas à l'ordre du jour.",
     "person/marco-rubio"),
    ("es", "Rubio dejó claro que la adhesión de Ucrania a la OTAN no está sobre la mesa.",
     "person/marco-rubio"),
])
def test_positions_what_is_not_on_the_table_is_refused_by_its_speaker(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """"not on the table", "nicht zur Debatte", "pas à l'ordre du jour", "no está sobre la mesa":
    the speaker refuses it, and the speaker is who makes the point ("made clear that …")."""
    found = _facts(make_doc(text, lang))
    assert (holder, "reject", "alliance-membership") in found
    assert not {f for f in found if f[0] in ("org/nato", "state/ukraine")}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Kiev ne renoncera jamais à ses territoires occupés."),
    ("fr", "Kiev ne renonce pas aux territoires occupés par la Russie."),
])
def test_positions_a_negation_inside_a_phrase_negates_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """French puts "pas", "jamais" between the verb and its preposition: "ne renoncera jamais à"
    is "renoncer à" refused."""
    assert ("state/ukraine", "reject", "territory") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Kremlin leader said he was open to a ceasefire in the spring."),
    ("en", "The Kremlin chief ruled out a ceasefire."),
    ("fr", "Le chef du Kremlin a exclu un cessez-le-feu."),
    ("es", "El líder del Kremlin descartó un alto el fuego."),
    ("de", "Der Kremlchef lehnte eine Waffenruhe ab."),
])
def test_positions_a_title_naming_a_seat_of_power_is_its_holder(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"the Kremlin leader", "el líder del Kremlin" is Russia's head of state, not the Kremlin."""
    holders = {p.holder for p in make_doc(text, lang).positions}
    assert holders == {"person/vladimir-putin"}


def test_positions_a_name_with_a_possessive_after_of_owns_the_next_noun(make_doc: MakeDoc) -> None:
    """"its approval of Sweden's accession": Sweden owns the accession, not the approval."""
    found = _facts(make_doc("Hungary finally gave its approval of Sweden's NATO accession.", "en"))
    assert ("state/hungary", "accept", "alliance-membership") in found
    assert not {f for f in found if f[0] == "state/sweden"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow says it is ready for talks without preconditions."),
    ("de", "Moskau sei zu Gesprächen ohne Vorbedingungen bereit, hieß es im Kreml."),
    ("fr", "Moscou se dit prêt à des pourparlers sans conditions préalables."),
    ("es", "Moscú se declara dispuesto a dialogar sin condiciones previas."),
])
def test_positions_talks_without_conditions_set_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A condition word under "without" is no demand: only the readiness for talks is stated."""
    found = _facts(make_doc(text, lang))
    assert not {f for f in found if f[1] == "demand"}
    assert ("state/russia", "support", "negotiations") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Moscou a mis en garde Paris contre toute livraison d'armes à Kiev."),
    ("en", "Moscow warned Paris against any delivery of weapons to Kyiv."),
    ("de", "Moskau warnte Paris vor jeder Lieferung von Waffen an Kiew."),
    ("es", "Moscú advirtió a París contra cualquier envío de armas a Kiev."),
])
def test_positions_a_warning_against_a_delivery_opposes_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The delivery is what the warning is against, not an offer of the one who warns."""
    found = _facts(make_doc(text, lang))
    assert ("state/russia", "oppose", "military-aid") in found
    assert not {f for f in found if f[1] == "offer"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Poland came out against new tariffs on Chinese steel.", ("state/poland", "oppose", "trade")),
    ("en", "Italy made the case for a new round of peace talks.", ("state/italy", "support", "negotiations")),
    ("en", "Washington held out the prospect of further military aid to Kyiv.",
     ("state/united-states", "offer", "military-aid")),
    ("fr", "Washington a fait miroiter à Kiev une aide militaire supplémentaire.",
     ("state/united-states", "offer", "military-aid")),
    ("de", "Washington stellte Kiew weitere Militärhilfe in Aussicht.",
     ("state/united-states", "offer", "military-aid")),
    ("en", "Kyiv asked its allies for more air defence systems.",
     ("state/ukraine", "demand", "military-aid")),
    ("en", "Ukraine is unwilling to give up any territory.", ("state/ukraine", "reject", "territory")),
])
def test_positions_stance_phrases_of_a_family(
    make_doc: MakeDoc, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Kiev réclame davantage de systèmes de défense antiaérienne à ses partenaires européens."),
    ("es", "Kiev pide a sus socios europeos más sistemas de defensa antiaérea."),
])
def test_positions_a_partner_is_a_party_not_the_relation(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"ses partenaires", "sus socios" are whom Kyiv asks; what it asks is arms."""
    assert _facts(make_doc(text, lang)) == {("state/ukraine", "demand", "military-aid")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Warschau pocht auf eine Stationierung amerikanischer Truppen im Land."),
    ("fr", "Varsovie plaide pour un déploiement durable de troupes américaines."),
    ("es", "Varsovia aboga por un despliegue duradero de tropas estadounidenses."),
])
def test_positions_a_deployment_of_troops_with_an_adjective(make_doc: MakeDoc, lang: str, text: str) -> None:
    """An adjective between "deployment" and "of troops" (or a genitive in German) keeps the topic."""
    assert {p.topic for p in make_doc(text, lang).positions} == {"military-aid"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Zelensky asked for air defence. According to him, Russia must pull its troops out of Ukraine."),
    ("de", "Selenskyj bat um Flugabwehr. Ihm zufolge muss Russland seine Truppen aus der Ukraine abziehen."),
    ("fr", "Zelensky a demandé des armes. Selon lui, la Russie doit retirer ses troupes d'Ukraine."),
    ("es", "Zelenski pidió armas. Según él, Rusia debe retirar sus tropas de Ucrania."),
])
def test_positions_a_pronoun_after_an_attribution_is_the_speaker(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"according to him", "ihm zufolge", "selon lui", "según él": the last person named holds
    what the sentence says must be done, not the state that must do it."""
    found = _facts(make_doc(text, lang))
    assert ("person/volodymyr-zelensky", "demand", "troop-withdrawal") in found
    assert not {f for f in found if f[0] == "state/russia"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A NATO membership for Ukraine is out of the question.", set()),
    ("de", "Eine Nato-Mitgliedschaft der Ukraine kommt für Moskau nicht in Frage.",
     {("state/russia", "reject", "alliance-membership")}),
    ("de", "Ein Waffenstillstand kommt nach Ansicht von Lawrow derzeit nicht in Frage.",
     {("person/sergey-lavrov", "reject", "ceasefire")}),
    ("en", "For Moscow, a NATO membership for Ukraine is out of the question.",
     {("state/russia", "reject", "alliance-membership")}),
])
def test_positions_what_is_judged_is_no_holder(
    make_doc: MakeDoc, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """The subject of "out of the question" is what is refused; who refuses is the speaker, the
    one it is "for" ("für Moskau") or the one whose view it is; "membership for Ukraine" says
    whose membership, not who judges."""
    assert _facts(make_doc(text, lang)) == expected


def test_positions_a_modal_asks_for_the_verb_that_closes_its_clause(make_doc: MakeDoc) -> None:
    """German puts the infinitive a modal governs at the clause end: "müsse … aus den Gebieten
    abziehen" asks for the withdrawal, the regions are where from."""
    text = "Die Ukraine müsse ihre Truppen aus den umkämpften Gebieten abziehen, sagte Lawrow."
    topics = {p.topic for p in make_doc(text, "de").positions}
    assert topics == {"troop-withdrawal"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Slovakia voiced reservations about the planned sanctions."),
    ("de", "Die Slowakei äußerte Vorbehalte gegen die geplanten Sanktionen."),
    ("fr", "La Slovaquie a émis des réserves sur les sanctions prévues."),
    ("es", "Eslovaquia expresó reservas sobre las sanciones previstas."),
])
def test_positions_reservations_voiced_oppose(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Reservations or doubts voiced about a measure are opposition, in every language."""
    assert _facts(make_doc(text, lang)) == {("state/slovakia", "oppose", "sanctions")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Kiew werde niemals auf die Krim verzichten, sagte Selenskyj.",
     ("state/ukraine", "reject", "territory")),
    ("de", "Teheran werde die Urananreicherung nicht aufgeben.", ("state/iran", "reject", "nuclear-program")),
    ("de", "Kiew sei nicht bereit, auf seine Gebiete zu verzichten.",
     ("state/ukraine", "reject", "territory")),
    ("de", "Kiew ist bereit, auf eine Nato-Mitgliedschaft zu verzichten.",
     ("state/ukraine", "accept", "alliance-membership")),
    ("de", "Finnland hat sich bereit erklärt, eine neue Gesprächsrunde auszurichten.",
     ("state/finland", "support", "negotiations")),
])
def test_positions_german_giving_up_and_readiness(
    make_doc: MakeDoc, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """German yields as the other languages do ("aufgeben", "verzichten auf", a verb-final "auf …
    verzichten"); a readiness denied in the clause before denies the infinitive it opens."""
    assert expected in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Moskau besteht darauf, dass die Ukraine neutral bleibt."),
    ("en", "Moscow insists that Ukraine stay neutral."),
    ("fr", "Moscou exige que l'Ukraine reste neutre."),
    ("es", "Moscú exige que Ucrania permanezca neutral."),
])
def test_positions_staying_neutral_is_about_alliances(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/russia", "demand", "alliance-membership") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La oposición rechazó la propuesta y exigió elecciones anticipadas."),
    ("de", "Die Opposition wies den Vorschlag zurück und forderte vorgezogene Wahlen."),
    ("en", "The opposition rejected the proposal and demanded early elections."),
    ("fr", "L'opposition a rejeté la proposition et exigé des élections anticipées."),
])
def test_positions_a_frame_holding_its_object_shares_none(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"rejected the proposal and demanded elections": the elections are demanded, not rejected."""
    assert _facts(make_doc(text, lang)) == {("org/opposition", "demand", "elections")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rubio spoke on Monday. \"The territorial integrity of Ukraine is not negotiable,\" he said."),
    ("de", "Die territoriale Integrität der Ukraine sei nicht verhandelbar, sagte Rubio."),
    ("fr", "L'intégrité territoriale de l'Ukraine n'est pas négociable, a déclaré Rubio."),
    ("es", "La integridad territorial de Ucrania no es negociable, afirmó Rubio."),
])
def test_positions_what_is_not_negotiable_is_refused_by_its_speaker(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    holders = {p.holder for p in make_doc(text, lang).positions if p.stance == "reject"}
    assert holders == {"person/marco-rubio"}


def test_positions_refusing_to_negotiate_in_english(make_doc: MakeDoc) -> None:
    doc = make_doc("Hamas will not negotiate with Israel under fire, its leaders said.", "en")
    assert ("org/hamas", "reject", "negotiations") in _facts(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Britain, France and Germany said they were prepared to trigger the snapback of UN sanctions."),
    ("de", "Großbritannien, Frankreich und Deutschland erklärten, sie seien bereit, den Snapback "
           "auszulösen."),
    ("fr", "Le Royaume-Uni, la France et l'Allemagne ont déclaré qu'ils étaient prêts à déclencher le "
           "snapback."),
    ("es", "Reino Unido, Francia y Alemania dijeron que estaban dispuestos a activar el snapback."),
])
def test_positions_a_plural_pronoun_after_a_speech_verb_is_all_who_speak(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"X, Y and Z said they were prepared to …": all three hold it ("prepared to" is a readiness,
    not a passive), and the snapback is a sanctions word."""
    found = _facts(make_doc(text, lang))
    for state in ("state/united-kingdom", "state/france", "state/germany"):
        assert (state, "support", "sanctions") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lula called the new sanctions against Brazil unacceptable."),
    ("de", "Lula bezeichnete die neuen Sanktionen gegen Brasilien als inakzeptabel."),
    ("fr", "Lula a qualifié d'inacceptables les nouvelles sanctions contre le Brésil."),
    ("es", "Lula calificó de inaceptables las nuevas sanciones contra Brasil."),
])
def test_positions_who_calls_something_unacceptable_holds_it(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """With a verb of calling, the subject judges; without one ("is unacceptable") it is judged."""
    assert ("person/luiz-inacio-lula-da-silva", "reject", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "China vetoed a resolution that demanded a ceasefire in Sudan."),
    ("fr", "La Chine a opposé son veto à une résolution qui exigeait un cessez-le-feu au Soudan."),
    ("es", "China vetó una resolución que exigía un alto el fuego en Sudán."),
])
def test_positions_a_things_relative_clause_is_the_things(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"a resolution that demanded a ceasefire": the resolution demands it, not China, which
    opposes what the resolution asks."""
    found = _facts(make_doc(text, lang))
    assert ("state/china", "oppose", "ceasefire") in found
    assert not {f for f in found if f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Géorgie est prête à négocier mais ne cédera aucun territoire."),
    ("en", "Georgia is ready to negotiate but will not cede any territory."),
    ("es", "Georgia está dispuesta a negociar, pero no cederá ningún territorio."),
])
def test_positions_a_negation_after_a_contrast_is_the_next_clauses(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert _facts(make_doc(text, lang)) == {
        ("state/georgia", "support", "negotiations"), ("state/georgia", "reject", "territory")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbian President Aleksandar Vučić and Kosovar Prime Minister Albin Kurti signed a peace deal."),
    ("de", "Der serbische Präsident Aleksandar Vučić und der kosovarische Regierungschef Albin Kurti "
           "unterzeichneten ein Friedensabkommen."),
    ("fr", "Le président serbe Aleksandar Vučić et le Premier ministre kosovar Albin Kurti ont signé un "
           "accord de paix."),
])
def test_positions_coordinated_subjects_with_titles(make_doc: MakeDoc, lang: str, text: str) -> None:
    """An article, a nationality and a title may stand between "and" and the second name."""
    holders = {p.holder for p in make_doc(text, lang).positions if p.stance == "accept"}
    assert len(holders) == 2


@pytest.mark.parametrize(("lang", "text"), [
    # after a war (a generic deal is a peace agreement where a conflict is told of)
    ("en", "After the war, Serbia and Kosovo signed a deal in Brussels. Russia, which has long backed "
           "Belgrade, criticised the agreement."),
    ("fr", "Après la guerre, la Serbie et le Kosovo ont signé un accord à Bruxelles. La Russie, qui "
           "soutient Belgrade, a critiqué l'accord."),
])
def test_positions_the_agreement_of_a_cues_object_is_the_deal_told_before(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"criticised the agreement" in a sentence that also names another topic word in a relative
    clause is still about the deal told before."""
    found = _facts(make_doc(text, lang))
    assert ("state/russia", "oppose", "bilateral-relations") in found or (
        "state/russia", "oppose", "peace-agreement") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Wrzesniewski warf der EU-Kommission Einmischung in die inneren Angelegenheiten Polens vor.", set()),
    ("Deshalb forderte Russland eine sofortige Waffenruhe.", {("state/russia", "demand", "ceasefire")}),
    ("Am Montag forderte Russland eine sofortige Waffenruhe.", {("state/russia", "demand", "ceasefire")}),
])
def test_positions_an_unknown_name_opening_a_german_clause_is_its_subject(
    make_doc: MakeDoc, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A name no gazetteer knows before the verb is the subject: the actor after the verb is its
    object, not the holder; a word of the language there ("Deshalb") leaves the subject after it."""
    assert _facts(make_doc(text, "de")) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Berlin gave the green light to Sweden's NATO membership."),
    ("de", "Berlin gab grünes Licht für den Nato-Beitritt Schwedens."),
    ("fr", "Berlin a donné son feu vert à l'adhésion de la Suède à l'OTAN."),
    ("es", "Berlín dio luz verde a la adhesión de Suecia a la OTAN."),
])
def test_positions_the_green_light_accepts(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/germany", "accept", "alliance-membership") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Namibia accused the regime of genocide."),
    ("de", "Namibia warf dem Regime Völkermord vor."),
    ("fr", "La Namibie a accusé le régime de génocide."),
    ("es", "Namibia acusó al régimen de genocidio."),
])
def test_positions_genocide_is_a_rights_question(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert {p.topic for p in make_doc(text, lang).positions} == {"human-rights"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nach dem Treffen sagte Lawrow, Russland sei zu Gesprächen bereit. Zuvor müsse die Ukraine aber "
     "ihre Truppen aus den umkämpften Gebieten abziehen.",
     ("person/sergey-lavrov", "demand", "troop-withdrawal")),
    ("Eine Stationierung westlicher Soldaten in der Ukraine komme für Moskau nicht in Frage, sagte "
     "Lawrow.", ("person/sergey-lavrov", "reject", "military-aid")),
])
def test_positions_german_reported_speech_goes_on_in_the_subjunctive(
    make_doc: MakeDoc, text: str, expected: tuple[str, str, str]
) -> None:
    """A subjunctive modal right after a sentence in which someone spoke goes on in their words;
    a stationing of soldiers is troops sent."""
    assert expected in _facts(make_doc(text, "de"))


def test_positions_a_subjunctive_modal_alone_carries_no_speaker(make_doc: MakeDoc) -> None:
    text = "Lawrow traf Wadephul in Moskau. Zuvor müsse die Ukraine ihre Truppen abziehen."
    assert not {p for p in make_doc(text, "de").positions if p.stance == "demand"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die EU verurteilte die Festnahme von Journalisten in Aserbaidschan."),
    ("en", "The EU condemned the arrest of journalists in Azerbaijan."),
    ("fr", "L'UE a condamné l'arrestation de journalistes en Azerbaïdjan."),
    ("es", "La UE condenó la detención de periodistas en Azerbaiyán."),
])
def test_positions_arresting_journalists_is_a_rights_question(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert ("org/eu", "oppose", "human-rights") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union called for a solution to the crisis."),
    ("de", "Die Afrikanische Union forderte eine Lösung der Krise."),
    ("fr", "L'Union africaine a réclamé une sortie de crise."),
    ("es", "La Unión Africana pidió una salida a la crisis."),
])
def test_positions_a_way_out_of_a_crisis_is_negotiated(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == {("org/african-union", "demand", "negotiations")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union appointed the Kenyan president as mediator in the crisis."),
    ("de", "Die Afrikanische Union ernannte den kenianischen Präsidenten zum Vermittler in der Krise."),
    ("fr", "Le président kényan a été choisi par l'organisation panafricaine de l'Union africaine comme "
           "médiateur dans la crise."),
    ("es", "La Unión Africana nombró al presidente keniano mediador en la crisis."),
])
def test_positions_appointing_a_mediator_proposes_talks(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Whoever names a mediator proposes talks; in the passive the agent does, also when a noun
    phrase names it ("par l'organisation panafricaine de l'Union africaine")."""
    assert ("org/african-union", "propose", "negotiations") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Géorgie reste déterminée à adhérer à l'Union européenne."),
    ("es", "Georgia sigue decidida a ingresar en la Unión Europea."),
    ("en", "Georgia remains committed to joining the European Union."),
])
def test_positions_a_participle_after_a_linking_verb_is_a_predicate(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"reste déterminée à", "sigue decidida a": the participle says what the subject is, it does
    not describe a noun before it."""
    assert ("state/georgia", "support", "alliance-membership") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Eine Lockerung der Sanktionen komme erst nach einem vollständigen Truppenabzug in Frage, "
           "sagte Kallas."),
    ("fr", "Les sanctions ne seront allégées qu'après un retrait complet des troupes, a déclaré Kallas."),
    ("en", "Kallas said sanctions would be eased only after a full withdrawal of troops."),
])
def test_positions_what_must_come_first_is_demanded(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"erst nach", "qu'après", "only after": the speaker demands what the phrase names."""
    assert ("person/kaja-kallas", "demand", "troop-withdrawal") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Jordanien lehnte jede Vertreibung der Bevölkerung aus dem Westjordanland ab."),
    ("en", "Jordan rejected any displacement of the population from the West Bank."),
    ("fr", "La Jordanie a rejeté tout déplacement forcé de la population de Cisjordanie."),
    ("es", "Jordania rechazó cualquier desplazamiento forzado de la población de Cisjordania."),
])
def test_positions_displacement_is_migration(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/jordan", "reject", "migration") in _facts(make_doc(text, lang))


def test_positions_a_guarantee_noun_offers_nothing(make_doc: MakeDoc) -> None:
    """"security guarantees" is a topic, not the verb "guarantee"."""
    doc = make_doc("Lithuania's foreign minister said a ceasefire without security guarantees would be "
                   "worthless.", "en")
    assert not {p for p in doc.positions if p.stance == "offer"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Pjöngjang wies die Forderung nach einer Denuklearisierung erneut zurück."),
    ("en", "Pyongyang rejected once again the calls for denuclearisation."),
    ("fr", "Pyongyang a de nouveau rejeté les appels à la dénucléarisation."),
    ("es", "Pyongyang rechazó de nuevo los llamamientos a la desnuclearización."),
])
def test_positions_denuclearisation_refused(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Denuclearisation is a nuclear topic in every language; an adverb before the object's
    article keeps the calls the object of the refusal, not a demand of the one who refuses."""
    assert _facts(make_doc(text, lang)) == {("state/north-korea", "reject", "nuclear-program")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Spain is sceptical of new sanctions against Israel."),
    ("de", "Spanien zeigte sich skeptisch gegenüber neuen Sanktionen gegen Israel."),
    ("fr", "L'Espagne s'est montrée réticente à de nouvelles sanctions contre Israël."),
    ("es", "España se mostró reticente a nuevas sanciones contra Israel."),
])
def test_positions_reluctance_is_a_weak_opposition(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/spain", "oppose", "sanctions") in _facts(make_doc(text, lang))


def test_positions_a_german_time_phrase_ends_at_its_noun(make_doc: MakeDoc) -> None:
    """"seit Wochen Neuwahlen": the weeks are when, the elections what; "während der
    Verhandlungen" still says when, not what."""
    found = _facts(make_doc("Die Opposition in Georgien fordert seit Wochen Neuwahlen.", "de"))
    assert ("org/opposition", "demand", "elections") in found
    timed = make_doc("Die EU hob ihren Einwand während der Verhandlungen mit der Kommission auf.", "de")
    assert "negotiations" not in {p.topic for p in timed.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Szijjártó announced that Budapest would veto the sanctions package."),
    ("de", "Szijjártó kündigte an, dass Budapest das Sanktionspaket blockieren werde."),
    ("fr", "Szijjártó a annoncé que Budapest bloquerait le paquet de sanctions."),
    ("es", "Szijjártó anunció que Budapest bloquearía el paquete de sanciones."),
])
def test_positions_an_actor_after_that_opens_a_clause_not_an_owner(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"announced that Budapest would veto": Budapest is the subject of a clause of its own, not
    the owner of a stance noun as in "rejected Putin's plan"."""
    assert ("state/hungary", "oppose", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize("text", [
    "Oppositionelle warfen dem türkischen Präsidenten Erdoğan vor, die Pressefreiheit zu beschneiden.",
    "Kritiker werfen dem Präsidenten Erdoğan seit Jahren vor, Journalisten einzusperren.",
    "Am Montag lobte der Papst die Haltung der Regierung Polens in der Flüchtlingsfrage.",
    "Gestern kritisierten Beobachter die Haltung der polnischen Regierung zu den Sanktionen.",
])
def test_positions_a_german_article_of_an_oblique_case_marks_no_holder(make_doc: MakeDoc, text: str) -> None:
    """German marks case on the article: after the verb, "dem Präsidenten Erdoğan" is the
    accused and "die Haltung der Regierung" the government's attitude, not who criticises or
    praises it. Who does is no actor here, so there is no position."""
    found = _facts(make_doc(text, "de"))
    assert not {f for f in found if f[0] in ("person/recep-tayyip-erdogan", "state/turkey", "state/poland")}


@pytest.mark.parametrize(("text", "holder"), [
    ("Am Montag forderte der türkische Präsident Erdoğan eine Waffenruhe.", "person/recep-tayyip-erdogan"),
    ("Kommandeure der Freien Syrischen Armee lehnten die Waffenruhe ab.", "org/free-syrian-army"),
    ("Am Freitag lehnte die Delegation der Ukraine eine Waffenruhe ab.", "delegation/ukraine"),
    ("Zugleich warf Erdoğan dem Westen vor, die Sanktionen zu verschärfen.", "person/recep-tayyip-erdogan"),
])
def test_positions_a_german_subject_after_the_verb_still_holds(
    make_doc: MakeDoc, text: str, holder: str
) -> None:
    """The same article opens a subject after a verb ("forderte der Präsident"), and the
    members or delegation of a group act for it ("die Rebellen der FSA")."""
    assert holder in {f[0] for f in _facts(make_doc(text, "de"))}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Oppositionsführer Nawalny rechnet mit der Unterstützung Deutschlands für neue Sanktionen."),
    ("de", "Nawalny kann nicht mit der Unterstützung Deutschlands für neue Sanktionen rechnen."),
    ("en", "Navalny can count on Germany's support for new sanctions."),
    ("fr", "Navalny peut compter sur le soutien de l'Allemagne pour de nouvelles sanctions."),
    ("es", "Navalni puede contar con el apoyo de Alemania para nuevas sanciones."),
])
def test_positions_who_counts_on_support_does_not_give_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"counts on the support of X", "rechnet mit der Unterstützung", "compter sur le soutien":
    the subject receives the support; it states no stance of its own."""
    found = _facts(make_doc(text, lang))
    assert not {f for f in found if f[0] == "person/alexei-navalny"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland hat vor Chemiewaffen in den Händen von Milizen wie dem Islamischen Staat (IS) gewarnt."),
    ("en", "Russia warned against chemical weapons in the hands of groups such as the Islamic State (IS)."),
])
def test_positions_a_short_parenthesis_opens_no_clause(make_doc: MakeDoc, lang: str, text: str) -> None:
    """An acronym in parentheses belongs to the name before it: the topic before it is still in
    the cue's clause."""
    found = _facts(make_doc(text, lang))
    assert {f for f in found if f[0] == "state/russia" and f[1] == "oppose"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Premierminister David Cameron macht sich für den Verbleib des Landes in der EU stark."),
    ("de", "Die Regierung in Ankara lehnt einen Austritt aus der Nato ab."),
    ("en", "Prime Minister David Cameron has campaigned for Britain to remain in the European Union."),
    ("fr", "Le Premier ministre David Cameron a plaidé pour le maintien du Royaume-Uni dans l'Union "
           "européenne."),
    ("es", "El primer ministro David Cameron defendió la permanencia del Reino Unido en la Unión Europea."),
])
def test_positions_staying_in_or_leaving_an_alliance_is_membership(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Remaining in the EU or leaving NATO is a stance on membership, as joining is."""
    found = _facts(make_doc(text, lang, published=_dt.date(2015, 6, 1)))
    assert "alliance-membership" in {f[2] for f in found}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die französische Regierung äußerte sich kritisch zu neuen Sanktionen gegen Russland."),
    ("en", "The French government was critical of new sanctions against Russia."),
    ("fr", "Le gouvernement français s'est montré critique envers de nouvelles sanctions contre la Russie."),
    ("es", "El Gobierno francés se mostró crítico con las nuevas sanciones contra Rusia."),
])
def test_positions_being_critical_of_a_measure_opposes_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/france", "oppose", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia rejected the idea of sending peacekeepers to Ukraine."),
    ("de", "Russland lehnte die Idee ab, Friedenstruppen in die Ukraine zu entsenden."),
    ("fr", "La Russie a rejeté l'idée d'envoyer des casques bleus en Ukraine."),
    ("es", "Rusia rechazó la posibilidad de enviar cascos azules a Ucrania."),
])
def test_positions_the_verb_an_idea_holds_is_what_the_stance_is_about(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"rejected the idea of sending peacekeepers": the sending is what Russia rejects, not an
    offer of Russia's own."""
    found = _facts(make_doc(text, lang))
    assert ("state/russia", "reject", "security-guarantees") in found
    assert not {f for f in found if f[1] == "offer"}


@pytest.mark.parametrize(("text", "holder"), [
    ("Nach dem Verzicht der österreichischen Regierung auf Grenzkontrollen hat der italienische "
     "Innenminister Angelino Alfano die Einigung begrüßt.", "person/angelino-alfano"),
    ("Trotz der Einwände der Europäischen Union hat Russland die Sanktionen abgelehnt.", "state/russia"),
])
def test_positions_a_german_clause_opened_by_a_preposition_has_its_subject_after_the_verb(
    make_doc: MakeDoc, text: str, holder: str
) -> None:
    """In a verb-second clause the one phrase before the finite verb is, when it opens with a
    preposition, no subject: the actor inside it ("der österreichischen Regierung") holds nothing."""
    found = _facts(make_doc(text, "de", published=_dt.date(2016, 4, 2)))
    assert {f[0] for f in found} == {holder}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moscow described the American proposal as a good basis for a peace agreement."),
    ("de", "Moskau bezeichnete den amerikanischen Vorschlag als gute Grundlage für ein Friedensabkommen."),
])
def test_positions_a_proposal_judged_a_good_basis_is_supported_by_the_judge(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"described the proposal as a good basis": the proposal stays its owner's, and the one who
    judges it supports what it is about."""
    found = _facts(make_doc(text, lang))
    assert ("state/russia", "support", "peace-agreement") in found
    assert ("state/united-states", "propose", "peace-agreement") in found


@pytest.mark.parametrize("text", [
    "Solange die Kämpfe andauern, sollten die Sanktionen gegen Russland bleiben, sagte Kallas.",
    "Wenn die Waffenruhe hält, sollten Verhandlungen beginnen, sagte Kallas.",
])
def test_positions_a_verb_after_a_subordinate_clause_is_the_main_clause_not_a_condition(
    make_doc: MakeDoc, text: str
) -> None:
    """"Sollten die Rebellen …, …" opens a condition with its verb; after a subordinate clause
    ("Solange …, sollten …") the same verb is the main clause's, and the demand is stated."""
    found = _facts(make_doc(text, "de", published=_dt.date(2025, 3, 2)))
    assert {f for f in found if f[0] == "person/kaja-kallas" and f[1] == "demand"}


def test_positions_sollten_opening_a_sentence_is_still_a_condition(make_doc: MakeDoc) -> None:
    text = "Sollten die Verhandlungen scheitern, werde man neue Sanktionen beschließen, sagte Kallas."
    found = _facts(make_doc(text, "de", published=_dt.date(2025, 3, 2)))
    assert not {f for f in found if f[1] == "demand"}


def test_positions_entering_an_alliance_in_spanish_is_membership(make_doc: MakeDoc) -> None:
    found = _facts(make_doc("Rusia rechaza que Ucrania pueda entrar en la OTAN.", "es"))
    assert ("state/russia", "reject", "alliance-membership") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Türkei lehnte die Ratifizierung des Rücknahmeabkommens mit der EU ab."),
    ("en", "Turkey refused to ratify the readmission agreement with the EU."),
    ("fr", "La Turquie a refusé de ratifier l'accord de réadmission avec l'UE."),
    ("es", "Turquía se negó a ratificar el acuerdo de readmisión con la UE."),
])
def test_positions_readmission_agreements_are_migration(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Taking back migrants a country let through is migration policy."""
    assert ("state/turkey", "reject", "migration") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Baku fordert, dass Armenien seine Verfassung ändert und auf Gebietsansprüche verzichtet."),
    ("fr", "Bakou exige que l'Arménie modifie sa constitution et renonce à ses revendications "
           "territoriales."),
    ("es", "Bakú exige que Armenia cambie su constitución y renuncie a sus reclamaciones territoriales."),
])
def test_positions_a_verb_joined_inside_a_demanded_clause_is_demanded_too(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"demands that Armenia change … and renounce …": both verbs are what is demanded; Armenia
    states no stance of its own."""
    found = _facts(make_doc(text, lang))
    assert ("state/azerbaijan", "demand", "territory") in found
    assert not {f for f in found if f[0] == "state/armenia"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Saudi Arabia proposed a truce in Yemen. The UN envoy Hans Grundberg welcomed the initiative.",
     "person/hans-grundberg"),
    ("de", "Saudi-Arabien schlug eine Waffenruhe im Jemen vor. UN-Generalsekretär Guterres begrüßte die "
           "Initiative.", "person/antonio-guterres"),
    ("fr", "L'Arabie saoudite a proposé une trêve au Yémen. Le secrétaire général de l'ONU, António "
           "Guterres, a salué cette initiative.", "person/antonio-guterres"),
    ("es", "Arabia Saudí propuso una tregua en Yemen. El secretario general de la ONU, António Guterres, "
           "respaldó la iniciativa.", "person/antonio-guterres"),
])
def test_positions_the_initiative_refers_back_to_the_proposal(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """"welcomed the initiative": what the initiative was about was told before."""
    assert (holder, "support", "ceasefire") in _facts(make_doc(text, lang, published=_dt.date(2026, 3, 10)))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président Bola Tinubu a parlé à Abuja. Selon lui, des élections doivent être organisées au "
           "Niger."),
    ("es", "El presidente Bola Tinubu habló en Abuja. Según él, unas elecciones deben celebrarse en Níger."),
])
def test_positions_a_subject_noun_phrase_is_no_fronted_stance_noun(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"des élections doivent": the clause opens with its subject, not with a preposition before a
    stance noun ("Ante las críticas de …"), so the modal is the speaker's demand."""
    found = _facts(make_doc(text, lang, published=_dt.date(2026, 3, 10)))
    assert ("person/bola-tinubu", "demand", "elections") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "European leaders called for an immediate ceasefire in Gaza."),
    ("de", "Die europäischen Staats- und Regierungschefs forderten eine sofortige Waffenruhe im "
           "Gazastreifen."),
    ("fr", "Les dirigeants européens ont appelé à un cessez-le-feu immédiat à Gaza."),
    ("es", "Los líderes europeos pidieron un alto el fuego inmediato en Gaza."),
])
def test_positions_european_leaders_are_the_eu(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("org/eu", "demand", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"We will never recognise the annexation,\" the Ukrainian president said."),
    ("de", "„Wir werden die Annexion niemals anerkennen\", sagte der ukrainische Präsident."),
    ("fr", "« Nous ne reconnaîtrons jamais l'annexion », a déclaré le président ukrainien."),
    ("es", "«Nunca reconoceremos la anexión», dijo el presidente ucraniano."),
])
def test_positions_never_recognising_refuses(make_doc: MakeDoc, lang: str, text: str) -> None:
    found = _facts(make_doc(text, lang, published=_dt.date(2025, 6, 1)))
    assert {f for f in found if f[0] == "person/volodymyr-zelensky" and f[1] == "reject"}


@pytest.mark.parametrize("text", [
    "Deutschland sprach von Problemen. Der Parteichef, der als starker Mann hinter der Regierung gilt, "
    "wies die Kritik an der Pressefreiheit zurück.",
    "Frankreich verlangte Auskunft. Wegen der Sanktionen gegen Russland wies der Parteichef jede Kritik "
    "zurück.",
])
def test_positions_an_actor_after_any_german_preposition_is_no_subject(make_doc: MakeDoc, text: str) -> None:
    """"hinter der Regierung", "wegen der Sanktionen gegen Russland": a name after a preposition
    is no subject, whichever preposition it is."""
    found = _facts(make_doc(text, "de", published=_dt.date(2016, 1, 1)))
    assert not {f for f in found if f[1] == "reject" and f[0] in ("state/germany", "state/russia")}


def test_positions_party_members_are_no_alliance_members(make_doc: MakeDoc) -> None:
    text = "Xi Jinping forderte von den Parteimitgliedern eine striktere Einhaltung der Parteilehre."
    assert not {f for f in _facts(make_doc(text, "de")) if f[2] == "alliance-membership"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya stands ready to lead a multinational security mission in Haiti."),
    ("de", "Kenia ist bereit, eine multinationale Sicherheitsmission in Haiti zu führen."),
    ("fr", "Le Kenya est prêt à diriger une mission multinationale de sécurité en Haïti."),
    ("es", "Kenia está dispuesta a liderar una misión multinacional de seguridad en Haití."),
])
def test_positions_a_security_mission_is_a_security_guarantee(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    assert "security-guarantees" in {f[2] for f in _facts(make_doc(text, lang)) if f[0] == "state/kenya"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland und die Ukraine verhandelten am Montag in Istanbul. Beide Seiten einigten sich auf "
           "einen Gefangenenaustausch."),
    ("en", "Russia and Ukraine held talks in Istanbul on Monday. Both sides agreed to a prisoner exchange."),
    ("fr", "La Russie et l'Ukraine ont négocié lundi à Istanbul. Les deux parties se sont mises d'accord sur "
           "un échange de prisonniers."),
    ("es", "Rusia y Ucrania negociaron el lunes en Estambul. Ambas partes acordaron un intercambio de "
           "prisioneros."),
])
def test_positions_both_sides_of_a_meeting_of_states_are_the_states(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Both sides" are the sides of the meeting told last: its persons when it names any, else
    its states."""
    found = _facts(make_doc(text, lang, published=_dt.date(2025, 6, 4)))
    assert {(side, "accept", "prisoners-hostages") for side in ("state/russia", "state/ukraine")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tehran insisted that its nuclear programme was peaceful and refused to halt enrichment."),
    ("es", "Irán insistió en que su programa nuclear era pacífico y rechazó detener el enriquecimiento."),
    ("fr", "L'Iran a affirmé que son programme nucléaire était pacifique et a refusé de suspendre "
           "l'enrichissement."),
    ("de", "Teheran betonte, dass sein Atomprogramm friedlich sei, und lehnte einen Stopp der Anreicherung "
           "ab."),
])
def test_positions_a_past_verb_after_a_that_clause_goes_on_the_main_clause(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"insistió en que … y rechazó …": a simple past (or a verb with its auxiliary, or after the
    comma that closes a German clause) goes on the main clause, so it is the subject's own stance."""
    assert ("state/iran", "reject", "nuclear-program") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"We must increase the pressure on Moscow until it agrees to a ceasefire,\" Kaja Kallas said."),
    ("fr", "« Nous devons accroître la pression sur Moscou jusqu'à ce qu'elle accepte un cessez-le-feu », a "
           "déclaré Kaja Kallas."),
    ("es", "«Debemos aumentar la presión sobre Moscú hasta que acepte un alto el fuego», dijo Kaja Kallas."),
])
def test_positions_what_must_happen_before_the_pressure_ends_is_demanded(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"until it agrees to a ceasefire": the speaker asks for the ceasefire; Moscow accepts nothing."""
    found = _facts(make_doc(text, lang, published=_dt.date(2025, 5, 19)))
    assert ("person/kaja-kallas", "demand", "ceasefire") in found
    assert not {f for f in found if f[1] == "accept"}


def test_positions_until_a_date_is_no_condition(make_doc: MakeDoc) -> None:
    found = _facts(make_doc("The sanctions will stay in place until 2027, the EU said.", "en"))
    assert not {f for f in found if f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Seoul said it had no plans to send troops to Ukraine.", "state/south-korea"),
    ("de", "Berlin hat keine Pläne, Truppen in die Ukraine zu schicken.", "state/germany"),
    ("fr", "Paris n'a aucun projet d'envoyer des troupes en Ukraine.", "state/france"),
    ("es", "Madrid no tiene planes de enviar tropas a Ucrania.", "state/spain"),
])
def test_positions_having_no_plans_to_act_refuses_it(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """"no plans to", "keine Pläne, … zu", "aucun projet de", "no tiene planes de": a refusal,
    though "plans to" alone only schedules; what would be sent is no offer."""
    found = _facts(make_doc(text, lang, published=_dt.date(2025, 6, 4)))
    assert (holder, "reject", "military-aid") in found
    assert not {f for f in found if f[1] == "offer"}


def test_positions_a_plan_rejected_with_its_infinitive_is_what_is_rejected(make_doc: MakeDoc) -> None:
    found = _facts(make_doc("Russland lehnte den Plan ab, Friedenstruppen in die Ukraine zu schicken.", "de"))
    assert ("state/russia", "reject", "security-guarantees") in found
    assert not {f for f in found if f[1] == "offer"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia would never accept NATO troops in Ukraine, Lavrov said."),
    ("de", "Russland werde niemals Nato-Truppen in der Ukraine akzeptieren, sagte Lawrow."),
    ("fr", "La Russie n'acceptera jamais de troupes de l'OTAN en Ukraine, a déclaré Lavrov."),
    ("es", "Rusia nunca aceptará tropas de la OTAN en Ucrania, afirmó Lavrov."),
])
def test_positions_an_alliances_troops_in_a_country_are_military_aid(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    found = _facts(make_doc(text, lang, published=_dt.date(2025, 6, 7)))
    assert {f for f in found if f[1] == "reject" and f[2] == "military-aid"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU will maintain its sanctions against Russia."),
    ("de", "Die EU wird die Sanktionen gegen Russland aufrechterhalten."),
    ("fr", "L'UE maintiendra les sanctions contre la Russie."),
    ("es", "La UE mantendrá las sanciones contra Rusia."),
])
def test_positions_keeping_a_measure_supports_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Keeping sanctions in place supports them, as extending them does."""
    assert ("org/eu", "support", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia maintained that the sanctions had failed."),
    ("es", "Rusia mantuvo que las sanciones habían fracasado."),
    ("es", "Estados Unidos advirtió que las sanciones seguirán vigentes."),
])
def test_positions_maintaining_or_warning_that_only_says(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"maintained that", "mantuvo que", "advirtió que": what follows is said, not a stance of
    keeping or opposing."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] in ("support", "oppose")}


def test_positions_maintaining_a_stance_holds_that_stance(make_doc: MakeDoc) -> None:
    found = _facts(make_doc("Francia mantiene su oposición al acuerdo con el Mercosur.", "es"))
    assert ("state/france", "oppose", "trade") in found
    assert not {f for f in found if f[1] == "support"}


@pytest.mark.parametrize(("text", "fact"), [
    ("Ungarn hat sich stets gegen die Verteilung von Flüchtlingen gewehrt.",
     ("state/hungary", "oppose", "migration")),
    ("Polen hat sich wiederholt gegen den Migrationspakt ausgesprochen.",
     ("state/poland", "oppose", "migration")),
    ("Die Regierung in Warschau will sich gegen neue Sanktionen wenden.",
     ("state/poland", "oppose", "sanctions")),
    ("Frankreich habe sich gegen den Bau der Pipeline gestellt, sagte der Minister.",
     ("state/france", "oppose", "energy")),
    ("Spanien hat sich für eine Waffenruhe in Gaza starkgemacht.", ("state/spain", "support", "ceasefire")),
    ("Die Afrikanische Union setzt sich ihrerseits für eine Waffenruhe im Sudan ein.",
     ("org/african-union", "support", "ceasefire")),
    ("Polen spricht sich seit langem gegen neue Sanktionen aus.", ("state/poland", "oppose", "sanctions")),
    ("Spanien machte sich am Montag erneut für eine Waffenruhe stark.",
     ("state/spain", "support", "ceasefire")),
    ("Frankreich hat sich ebenfalls für neue Sanktionen gegen Russland ausgesprochen.",
     ("state/france", "support", "sanctions")),
])
def test_positions_a_german_reflexive_verb_closes_its_clause(
    make_doc: MakeDoc, text: str, fact: tuple[str, ...]
) -> None:
    """A reflexive verb with a preposition is listed once ("sich aussprechen gegen", "stellen sich
    gegen"); in a perfect, after a modal or in a subordinate clause German puts the verb last
    ("hat sich gegen X ausgesprochen"), and that order matches too (grammar.yml
    verb_final_reflexives); a separable verb leaves its particle last in a main clause ("setzt
    sich ihrerseits für X ein", separable_particles)."""
    assert fact in _facts(make_doc(text, "de"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orban said Ukraine's EU accession was unacceptable as long as the sanctions remained in force."),
    ("en", "Orban called Ukraine's EU accession unacceptable as long as the sanctions remained in force."),
    ("de", "Orbán nannte den EU-Beitritt der Ukraine inakzeptabel, solange die Sanktionen in Kraft blieben."),
    ("fr", "Orban a jugé l'adhésion de l'Ukraine à l'UE inacceptable tant que les sanctions "
           "resteraient en vigueur."),
    ("es", "Orbán calificó de inaceptable la adhesión de Ucrania a la UE mientras sigan vigentes "
           "las sanciones."),
])
def test_positions_a_predicate_before_an_adverbial_clause_judges_what_stands_before_it(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"X was unacceptable as long as Y", "nannte X inakzeptabel, solange Y": the judgement is on
    X; the clause of time or condition after it says when (it may set its own condition), and
    its topic is not what is judged."""
    found = _facts(make_doc(text, lang))
    assert ("person/viktor-orban", "reject", "alliance-membership") in found
    assert ("person/viktor-orban", "reject", "sanctions") not in found


def test_positions_a_genitive_before_an_adjective_owns_nothing(make_doc: MakeDoc) -> None:
    """"Schwedens Forderung" is Sweden's; "nannte den EU-Beitritt Serbiens inakzeptabel" is not
    Serbia's judgement: a German name in the genitive owns the noun after it, never an
    adjective or a verb (those are written in lower case)."""
    found = _facts(make_doc("Orbán nannte den EU-Beitritt Serbiens inakzeptabel, solange die Sanktionen "
                            "in Kraft blieben.", "de"))
    assert ("person/viktor-orban", "reject", "alliance-membership") in found
    assert not {f for f in found if f[0] == "state/serbia"}
    assert ("state/serbia", "demand", "alliance-membership") in _facts(
        make_doc("Serbiens Forderung nach einem raschen EU-Beitritt stieß in Berlin auf Zustimmung.", "de")
    )


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("en", "Canada rejected the electoral timetable proposed by Haiti.", "elections"),
    ("de", "Kanada lehnte den von Haiti vorgelegten Wahlkalender ab.", "elections"),
    ("fr", "Le Canada a rejeté le calendrier électoral présenté par Haïti.", "elections"),
    ("es", "Canadá rechazó el calendario electoral presentado por Haití.", "elections"),
    ("en", "Canada proposed a commercial agreement to Chile.", "trade"),
    ("fr", "Le Canada a proposé un accord commercial au Chili.", "trade"),
    ("es", "Canadá propuso un acuerdo comercial a Chile.", "trade"),
    ("de", "Kanada bot Haiti finanzielle Hilfe an.", "economic-aid"),
    ("en", "Canada urged Chile to settle its border dispute with Peru.", "territory"),
    ("de", "Kanada forderte Chile auf, seinen Grenzstreit mit Peru beizulegen.", "territory"),
    ("fr", "Le Canada a exhorté le Chili à régler son différend frontalier avec le Pérou.", "territory"),
    ("es", "Canadá instó a Chile a resolver su disputa fronteriza con Perú.", "territory"),
    ("de", "Kanada werde keinen Rüstungskontrollvertrag akzeptieren, sagte der Minister.", "weapons-control"),
])
def test_positions_a_topic_is_named_by_its_adjective_and_compounds_too(
    make_doc: MakeDoc, lang: str, text: str, topic: str
) -> None:
    """A topic is as often named by its adjective ("electoral", "commercial", "frontalier",
    "fronteriza", "finanzielle Hilfe") or a compound ("Wahlkalender", "Rüstungskontrollvertrag")
    as by its noun, in every language."""
    assert topic in {t for h, _, t in _facts(make_doc(text, lang)) if h == "state/canada"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Russian side insisted that Moldova withdraw its troops."),
    ("de", "Die russische Seite bestand darauf, dass Moldau seine Truppen abziehe."),
    ("fr", "La partie russe a exigé le retrait des troupes moldaves."),
    ("es", "La parte rusa exigió la retirada de las tropas moldavas."),
])
def test_positions_a_side_named_by_its_state_holds_for_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"the Russian side", "die russische Seite", "la partie russe", "la parte rusa": a side of
    talks acts for its state, as a delegation does."""
    assert ("delegation/russia", "demand", "troop-withdrawal") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On the Russian side of the border, thousands of refugees waited for entry to Moldova."),
    ("de", "Auf der russischen Seite warteten Tausende Flüchtlinge auf die Einreise nach Moldau."),
])
def test_mentions_a_side_of_a_border_is_no_party(make_doc: MakeDoc, lang: str, text: str) -> None:
    """After "on the", "auf der" a side is a place, and no one acts there."""
    doc = make_doc(text, lang)
    assert not [m for m in doc.mentions if m.key == "delegation/russia"]
    assert not doc.meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia demanded that Moldova withdraw its troops from the border region. "
           "Moldova's chief negotiator rejected the demand."),
    ("de", "Russland forderte, dass Moldau seine Truppen aus der Grenzregion abziehe. "
           "Der moldauische Chefunterhändler wies diese Forderung zurück."),
    ("fr", "La Russie a exigé que la Moldavie retire ses troupes de la région frontalière. "
           "Le négociateur en chef moldave a rejeté cette exigence."),
    ("es", "Rusia exigió que Moldavia retire sus tropas de la región fronteriza. "
           "El jefe negociador moldavo rechazó esta exigencia."),
])
def test_positions_a_negotiator_rejecting_the_demand_rejects_what_was_demanded(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A role noun is who acts, not a topic ("chief negotiator" names no talks), and in English
    not a noun that a participle describes ("negotiator rejected" is a past tense); "the demand",
    "diese Forderung", "cette exigence" take what was demanded, and a clause opened by "dass"
    asks for what its closing verb says ("abziehe")."""
    found = _facts(make_doc(text, lang))
    assert ("state/russia", "demand", "troop-withdrawal") in found
    assert ("state/moldova", "reject", "troop-withdrawal") in found
    assert ("state/moldova", "reject", "negotiations") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Moldova welcomed Romania's offer to mediate."),
    ("de", "Die Republik Moldau begrüßte das Vermittlungsangebot Rumäniens."),
    ("fr", "La Moldavie a salué l'offre de médiation de la Roumanie."),
    ("es", "Moldavia aceptó la oferta de mediación de Rumanía."),
])
def test_positions_welcoming_anothers_offer_gives_both_stances(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"A welcomed B's offer": A supports it and B offers it, whether B owns the noun by a
    possessive, a genitive, or a marker after the noun's own complement ("l'offre de médiation
    de la Roumanie", "la oferta de mediación de Rumanía")."""
    found = _facts(make_doc(text, lang))
    assert {h for h, st, _ in found if st in ("offer", "propose")} == {"state/romania"}
    assert any(h == "state/moldova" and st in ("support", "accept") for h, st, _ in found)


def test_positions_a_stance_noun_in_the_complement_owns_the_name(make_doc: MakeDoc) -> None:
    """"el rechazo de la propuesta de Rusia": Russia owns the proposal, not the rejection."""
    found = _facts(make_doc("Moldavia anunció el rechazo de la propuesta de paz de Rusia.", "es"))
    assert not {f for f in found if f[0] == "state/russia" and f[1] == "reject"}


def test_positions_a_reflexive_frame_ends_at_its_own_preposition(make_doc: MakeDoc) -> None:
    """"hat sich für Sanktionen gegen Russland ausgesprochen" is for the sanctions: the "gegen"
    inside the object opens no frame of "sich aussprechen gegen"."""
    for text in ("Frankreich hat sich ebenfalls für neue Sanktionen gegen Russland ausgesprochen.",
                 "Frankreich sprach sich ebenfalls für neue Sanktionen gegen Russland aus."):
        stances = {st for _, st, _ in _facts(make_doc(text, "de"))}
        assert stances == {"support"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbia said it would only negotiate if Kosovo withdrew its troops. "
           "Kosovo dismissed the condition as unrealistic."),
    ("de", "Serbien sagte, es werde nur verhandeln, wenn der Kosovo seine Truppen abziehe. "
           "Der Kosovo wies die Bedingung als unrealistisch zurück."),
    ("fr", "La Serbie a dit qu'elle ne négocierait que si le Kosovo retirait ses troupes. "
           "Le Kosovo a rejeté cette condition comme irréaliste."),
    ("es", "Serbia dijo que solo negociaría si Kosovo retiraba sus tropas. "
           "Kosovo rechazó la condición por poco realista."),
])
def test_positions_a_split_condition_and_its_rejection(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"would only negotiate if", "ne négocierait que si", "solo negociaría si" set a condition
    as "only if" does, held by who speaks (not by the subject of the "if" clause, also where
    the speaker's own clause states no subject); "the condition", "die Bedingung", "cette
    condition", "la condición" take what it asked."""
    found = _facts(make_doc(text, lang))
    assert ("state/serbia", "demand", "troop-withdrawal") in found
    assert ("state/kosovo", "reject", "troop-withdrawal") in found
    assert ("state/kosovo", "demand", "troop-withdrawal") not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland called off the visit because of the new sanctions."),
    ("en", "Poland called off the visit due to the new sanctions."),
    ("de", "Polen sagte den Besuch wegen der neuen Sanktionen ab."),
    ("de", "Polen sagte den Besuch aufgrund der neuen Sanktionen ab."),
    ("fr", "La Pologne a annulé la visite à cause des sanctions."),
    ("es", "Polonia canceló la visita debido a las sanciones."),
])
def test_positions_a_phrase_of_cause_is_no_object(make_doc: MakeDoc, lang: str, text: str) -> None:
    """What "because of", "wegen", "à cause de", "debido a" govern says why something was done,
    not what a stance is about."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[2] == "sanctions"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbia demanded the lifting of the sanctions. Kosovo said it was ready to examine this demand."),
    ("de", "Serbien forderte die Aufhebung der Sanktionen. "
           "Der Kosovo sei bereit, diese Forderung zu prüfen."),
    ("fr", "La Serbie a réclamé la levée des sanctions. Le Kosovo s'est dit prêt à examiner cette demande."),
    ("es", "Serbia reclamó el levantamiento de las sanciones. "
           "Kosovo se mostró dispuesto a estudiar esa petición."),
])
def test_positions_a_demand_named_again_is_no_new_demand(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"this demand", "diese Forderung", "cette demande", "esa petición" name the demand told
    before: whoever answers it does not demand it, and takes its topic."""
    found = _facts(make_doc(text, lang))
    assert ("state/serbia", "demand", "sanctions") in found
    assert ("state/kosovo", "support", "sanctions") in found
    assert not {f for f in found if f[0] == "state/kosovo" and f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text", "stance", "topic"), [
    ("en", "Ukraine should never give up its territory, Lithuania said.", "oppose", "territory"),
    ("en", "Lithuania said Kyiv must not cede any territory.", "oppose", "territory"),
    ("en", "Kyiv must never recognise the annexation, Lithuania said.", "oppose", "recognition"),
    ("de", "Die Ukraine dürfe niemals Gebiete abtreten, sagte Litauen.", "oppose", "territory"),
    ("de", "Litauen sagte, die Ukraine solle keine Gebiete abtreten.", "oppose", "territory"),
    ("fr", "La Lituanie a déclaré que l'Ukraine ne devait pas céder de territoire.", "oppose", "territory"),
    ("es", "Lituania dijo que Ucrania no debe ceder territorio.", "oppose", "territory"),
    # forbidding harm to a topic is standing up for it
    ("en", "Russia must not be allowed to undermine the ceasefire, Lithuania said.", "support", "ceasefire"),
    ("de", "Russland dürfe die Waffenruhe nicht gefährden, sagte Litauen.", "support", "ceasefire"),
    ("fr", "La Russie ne doit pas compromettre le cessez-le-feu, a déclaré la Lituanie.",
     "support", "ceasefire"),
    ("es", "Rusia no debe socavar el alto el fuego, dijo Lituania.", "support", "ceasefire"),
    # lifting sanctions is part of the sanctions topic (the guide's "sanctions …, lifting them"), not
    # harm done to it: forbidding it is against it, as annotators write it
    ("en", "The West must not lift the sanctions, Lithuania said.", "oppose", "sanctions"),
    ("de", "Der Westen dürfe die Sanktionen nicht aufheben, sagte Litauen.", "oppose", "sanctions"),
    ("fr", "L'Occident ne doit pas lever les sanctions, a déclaré la Lituanie.", "oppose", "sanctions"),
    ("es", "Occidente no debe levantar las sanciones, dijo Lituania.", "oppose", "sanctions"),
])
def test_positions_a_forbidding_modal_is_its_speakers_stance(
    make_doc: MakeDoc, lang: str, text: str, stance: str, topic: str
) -> None:
    """"must not", "dürfe keine", "ne doit pas", "no debe": the speaker is against what the modal
    forbids (for what it forbids to harm), and who must not act is not who holds it."""
    found = _facts(make_doc(text, lang))
    assert ("state/lithuania", stance, topic) in found
    assert not {f for f in found if f[0] != "state/lithuania"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ceasefire must not be violated, Lithuania said."),
    ("en", "Lithuania said the talks should not be seen as a sign of weakness."),
    ("en", "The summit should not last more than two days, Lithuania said."),
    ("de", "Die Verhandlungen dürfen nicht scheitern, sagte Litauen."),
    ("de", "Der Gipfel sollte nicht länger als zwei Tage dauern, sagte Litauen."),
    ("fr", "Les négociations ne doivent pas échouer, a déclaré la Lituanie."),
    ("es", "Las negociaciones no deben fracasar, dijo Lituania."),
])
def test_positions_a_forbidding_modal_does_not_oppose_its_subject(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """What a modal forbids is what it governs, not its subject: "the talks must not fail" is
    nobody's stance against talks."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] in ("oppose", "reject")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lithuania warned that Ukraine must not give up any territory."),
    ("de", "Litauen warnte, die Ukraine dürfe keine Gebiete abtreten."),
    ("fr", "La Lituanie a averti que l'Ukraine ne devait céder aucun territoire."),
    ("es", "Lituania advirtió que Ucrania no debe ceder territorio."),
])
def test_positions_a_warning_is_said_by_who_warns(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"warned that …" reports speech: the modal after it is the warner's."""
    assert _facts(make_doc(text, lang)) == {("state/lithuania", "oppose", "territory")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey offered to host talks in Istanbul. Finland said any deal must respect Ukraine's borders. "
           "The Kremlin rejected the offer."),
    ("de", "Die Türkei bot an, Gespräche in Istanbul auszurichten. Finnland sagte, jedes Abkommen müsse die "
           "Grenzen der Ukraine respektieren. Der Kreml lehnte das Angebot ab."),
    ("fr", "La Turquie a proposé d'accueillir des pourparlers à Istanbul. La Finlande a déclaré que "
           "tout accord doit respecter les frontières de l'Ukraine. Le Kremlin a rejeté l'offre."),
    ("es", "Turquía se ofreció a acoger conversaciones en Estambul. Finlandia dijo que cualquier "
           "acuerdo debe respetar las fronteras de Ucrania. El Kremlin rechazó la oferta."),
])
def test_positions_the_offer_named_again_is_the_last_offer(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"rejected the offer" refuses what the last offer was about, though a demand on another
    topic was told since."""
    kremlin = {f for f in _facts(make_doc(text, lang)) if f[0] == "org/kremlin"}
    assert kremlin == {("org/kremlin", "reject", "negotiations")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Finland said new sanctions on Russian oil are needed."),
    ("de", "Finnland sagte, neue Sanktionen gegen russisches Öl seien nötig."),
    ("fr", "La Finlande a déclaré que de nouvelles sanctions contre le pétrole russe sont nécessaires."),
])
def test_positions_a_predicate_after_its_subject_judges_the_head_noun(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"new sanctions on Russian oil are needed" asks for sanctions: the oil is a word of the
    phrase the head noun governs, not the topic."""
    assert {f for f in _facts(make_doc(text, lang)) if f[0] == "state/finland"} == {
        ("state/finland", "demand", "sanctions")
    }


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Finnish President Alexander Stubb arrived in Ankara. "
           "According to Stubb, Russia must withdraw its troops."),
    ("de", "Der finnische Präsident Alexander Stubb traf in Ankara ein. "
           "Laut Stubb muss Russland seine Truppen abziehen."),
    ("fr", "Le président finlandais Alexander Stubb est arrivé à Ankara. "
           "Selon Stubb, la Russie doit retirer ses troupes."),
    ("es", "El presidente finlandés Alexander Stubb llegó a Ankara. "
           "Según Stubb, Rusia debe retirar sus tropas."),
])
def test_positions_a_modal_attributed_to_a_source_is_the_sources(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"According to X, Russia must …": X demands; who must act is the target, not a holder."""
    found = {(p.holder, p.stance, p.topic, p.target) for p in make_doc(text, lang).positions}
    assert found == {("person/alexander-stubb", "demand", "troop-withdrawal", "state/russia")}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "La France a déclaré que la Russie devait retirer ses troupes.",
     {("state/france", "demand", "troop-withdrawal")}),
    ("fr", "Le sommet devait initialement se tenir en mars, a indiqué la France.", set()),
    ("fr", "Les deux ministres devaient se retrouver le mois prochain.", set()),
    ("es", "No se le puede pedir a Ucrania que ceda territorio, dijo Finlandia.", set()),
    ("es", '"Necesitamos un alto el fuego que se mantenga", dijo Finlandia.',
     {("state/finland", "demand", "ceasefire")}),
    ("fr", "« Nous avons besoin d'un cessez-le-feu qui se maintienne », a déclaré la Finlande.",
     {("state/finland", "demand", "ceasefire")}),
])
def test_positions_reported_modals_timetables_clitics_and_reflexives(
    make_doc: MakeDoc, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """French reports "doit" as "devait" (a demand, unless it is a timetable's "devait se
    tenir"); a Spanish negation stands before the clitics ("no se le puede pedir"); "se
    mantiene", "se maintient" last, they maintain nothing."""
    assert _facts(make_doc(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Peskov said Russia saw no basis for a meeting with Zelensky."),
    ("de", "Peskow sagte, Russland sehe keine Grundlage für ein Treffen mit Selenskyj."),
    ("fr", "Peskov a déclaré que la Russie ne voyait aucune base pour une rencontre avec Zelensky."),
    ("es", "Peskov dijo que Rusia no veía base para una reunión con Zelenski."),
])
def test_positions_seeing_no_ground_for_something_rejects_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/russia", "reject", "negotiations") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The talks were suspended by President George W. Bush."),
    ("de", "Die Gespräche wurden von Präsident George W. Bush ausgesetzt."),
    ("fr", "Les pourparlers ont été suspendus par le président George W. Bush."),
    ("es", "Las conversaciones fueron suspendidas por el presidente George W. Bush."),
])
def test_positions_a_passive_agent_behind_an_article_and_a_title(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"por el presidente X", "par le président X": the title after the agent marker's article
    does not hide the agent, who holds the stance."""
    assert {f[0] for f in _facts(make_doc(text, lang))} == {"person/george-w-bush"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Russia rejected a ceasefire in 2019.", set()),
    ("en", "In 2008, NATO promised Ukraine membership.", set()),
    ("de", "Russland lehnte im Jahr 2019 eine Waffenruhe ab.", set()),
    ("fr", "La Russie a rejeté un cessez-le-feu en 2019.", set()),
    ("es", "Rusia rechazó un alto el fuego en 2019.", set()),
    ("en", "Russia rejected a ceasefire in 2024.", {("state/russia", "reject", "ceasefire")}),
    ("es", "Rusia rechaza un alto el fuego desde 2019.", {("state/russia", "reject", "ceasefire")}),
    ("de", "Russland fordert seit 2014 die Anerkennung der Krim.", {("state/russia", "demand", "territory")}),
])
def test_positions_a_years_old_stance_is_background(
    make_doc: MakeDoc, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A stance told with a year two or more before the article is the story's background,
    which states no position; a year that reaches into the present ("desde 2019") does not
    make it so."""
    assert _facts(make_doc(text, lang, published=_dt.date(2025, 3, 4))) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt, which has long pushed for a ceasefire in Sudan, welcomed the talks."),
    ("de", "Ägypten, das seit langem auf eine Waffenruhe im Sudan drängt, begrüßte die Gespräche."),
    ("fr", "L'Égypte, qui plaide depuis longtemps pour un cessez-le-feu au Soudan, a salué les "
           "pourparlers."),
])
def test_positions_the_verb_after_a_relative_clause_is_the_main_stance(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A relative clause set off by commas tells of the subject; the verb after its closing comma
    is the main clause's stance, not one more item of the relative clause's object."""
    assert _facts(make_doc(text, lang)) == {
        ("state/egypt", "demand", "ceasefire"), ("state/egypt", "support", "negotiations")
    }



@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Poland urged Hungary not to block the new sanctions package."),
    ("de", "Polen forderte Ungarn auf, das neue Sanktionspaket nicht zu blockieren."),
    ("fr", "La Pologne a exhorté la Hongrie à ne pas bloquer le nouveau paquet de sanctions."),
    ("es", "Polonia instó a Hungría a no bloquear el nuevo paquete de sanciones."),
])
def test_positions_a_negated_infinitive_is_what_is_asked(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"à ne pas bloquer", "a no bloquear": the negation belongs to the infinitive the demand
    opens, not to the demand."""
    found = {(p.holder, p.stance, p.topic, p.target) for p in make_doc(text, lang).positions}
    assert found == {("state/poland", "demand", "sanctions", "state/hungary")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia accused Ukraine of violating the Easter ceasefire."),
    ("de", "Russland warf der Ukraine vor, die Oster-Waffenruhe verletzt zu haben."),
    ("fr", "La Russie a accusé l'Ukraine d'avoir violé la trêve de Pâques."),
    ("es", "Rusia acusó a Ucrania de violar la tregua de Pascua."),
    ("en", "Russia condemned the ceasefire violations."),
    ("de", "Russland verurteilte die Verletzungen der Waffenruhe."),
])
def test_positions_against_harm_on_either_side_of_its_topic(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Harm done to a topic, before it or after it ("ceasefire violations", "die Waffenruhe
    verletzt zu haben"): who is against the harm is for the topic."""
    assert {f for f in _facts(make_doc(text, lang)) if f[0] == "state/russia"} == {
        ("state/russia", "support", "ceasefire")
    }


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran threatened to stop cooperating with the IAEA."),
    ("de", "Iran drohte damit, die Zusammenarbeit mit der IAEA einzustellen."),
    ("fr", "L'Iran a menacé de cesser de coopérer avec l'AIEA."),
    ("es", "Irán amenazó con dejar de cooperar con el OIEA."),
])
def test_positions_cooperating_is_the_relation(make_doc: MakeDoc, lang: str, text: str) -> None:
    """The verb of cooperating names the relation as its noun does."""
    assert _facts(make_doc(text, lang)) == {("state/iran", "demand", "bilateral-relations")}


@pytest.mark.parametrize(("lang", "text", "topic"), [
    ("en", "Turkey rejected any partition of Syria.", "territory"),
    ("de", "Die Türkei lehnte eine Teilung Syriens ab.", "territory"),
    ("fr", "La Turquie a rejeté toute partition de la Syrie.", "territory"),
    ("es", "Turquía rechazó cualquier partición de Siria.", "territory"),
    ("fr", "La Turquie a rejeté l'envoi de soldats de la paix.", "security-guarantees"),
])
def test_positions_partition_is_territory_and_peacekeepers_guarantee(
    make_doc: MakeDoc, lang: str, text: str, topic: str
) -> None:
    assert _facts(make_doc(text, lang)) == {("state/turkey", "reject", topic)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Qatar hopes for a ceasefire in Gaza."),
    ("de", "Katar hofft auf eine Waffenruhe im Gazastreifen."),
    ("fr", "Le Qatar espère un cessez-le-feu à Gaza."),
    ("es", "Catar espera un alto el fuego en Gaza antes del Ramadán."),
    ("en", "Qatar is working towards a ceasefire in Gaza."),
    ("de", "Katar arbeitet auf eine Waffenruhe im Gazastreifen hin."),
    ("fr", "Le Qatar œuvre pour un cessez-le-feu à Gaza."),
    ("es", "Catar trabaja por un alto el fuego en Gaza."),
])
def test_positions_hoping_and_working_for_something_support_it(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Hope and work towards a goal are for it in every language; a cue's own word is its
    meaning, not a speculation about it (Spanish "espera" also forecasts: "se espera que …")."""
    assert _facts(make_doc(text, lang)) == {("state/qatar", "support", "ceasefire")}


def test_positions_a_spanish_forecast_still_states_nothing(make_doc: MakeDoc) -> None:
    assert not make_doc("Se espera que Rusia rechace el plan de paz.", "es").positions


def test_positions_reported_speech_goes_on_in_the_speakers_words(make_doc: MakeDoc) -> None:
    """The speaker named after a closing "sagte X" goes on speaking in the next sentence's
    Konjunktiv, not the first actor of the sentence before ("Die Ukraine … , sagte Sikorski")."""
    text = (
        "Der polnische Außenminister Radosław Sikorski sprach am Montag in Brüssel. "
        "Die Ukraine brauche dringend mehr Luftabwehr, sagte Sikorski. "
        "Zudem seien neue Sanktionen gegen Russland nötig."
    )
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, "de").positions}
    # what Ukraine needs is what Sikorski asks for (stances.yml: needs)
    assert found == {("person/radoslaw-sikorski", "demand", "sanctions"),
                     ("person/radoslaw-sikorski", "demand", "military-aid")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Budapest werde keine weiteren Sanktionen mittragen, sagte Ungarn."),
    ("en", "Budapest would not back any further sanctions, Hungary said."),
])
def test_positions_refusing_to_back_a_measure_opposes_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"werde keine … mittragen", "would not back": a refused support is against the measure
    (reject and oppose are one class for the scorer)."""
    found = _facts(make_doc(text, lang))
    assert len(found) == 1
    assert next(iter(found)) in {("state/hungary", stance, "sanctions") for stance in ("oppose", "reject")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Nicht ausgeschlossen wird, dass Putin für sein Entgegenkommen bei den Verhandlungen "
           "einen Preis fordern wird."),
    ("de", "Es ist nicht ausgeschlossen, dass Putin neue Verhandlungen fordert."),
    ("en", "It cannot be ruled out that Putin will demand new negotiations."),
    ("fr", "Il n'est pas exclu que Poutine exige de nouvelles négociations."),
    ("es", "No se descarta que Putin exija nuevas negociaciones."),
])
def test_positions_what_is_only_not_ruled_out_is_a_guess(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not make_doc(text, lang).positions


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Senegal believes that Russia must withdraw its troops."),
    ("fr", "Le Sénégal considère que la Russie doit retirer ses troupes."),
    ("es", "Senegal estima que Rusia debe retirar sus tropas."),
])
def test_positions_an_opinion_verb_reports_its_subjects_modal(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"believes that", "considère que", "estima que" say what follows: the modal after them is
    the believer's demand on whoever must act."""
    found = {(p.holder, p.stance, p.topic, p.target) for p in make_doc(text, lang).positions}
    assert found == {("state/senegal", "demand", "troop-withdrawal", "state/russia")}


def test_positions_french_pronouncing_oneself_for_supports(make_doc: MakeDoc) -> None:
    text = "Le Sénégal s'est prononcé pour un cessez-le-feu immédiat au Soudan."
    assert _facts(make_doc(text, "fr")) == {("state/senegal", "support", "ceasefire")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "France is against new sanctions."),
    ("fr", "La France est contre de nouvelles sanctions."),
    ("es", "Francia está en contra de nuevas sanciones."),
])
def test_positions_being_against_something_opposes_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """(German "ist gegen" is left out: on 10kGNAD it read the stances of unnamed groups, "sie
    seien gegen Tsipras' Sparkatalog", as the stances of the actor their object names.)"""
    assert _facts(make_doc(text, lang)) == {("state/france", "oppose", "sanctions")}


@pytest.mark.parametrize(("lang", "text", "holders"), [
    ("en", "Russia and China called for a ceasefire in Gaza.", {"state/china", "state/russia"}),
    ("en", "The US and France called for a ceasefire in Gaza.", {"state/united-states", "state/france"}),
    ("de", "Russland und China forderten eine Waffenruhe im Gazastreifen.", {"state/china", "state/russia"}),
])
def test_positions_a_verb_that_is_also_a_noun_keeps_its_coordinated_subjects(
    make_doc: MakeDoc, lang: str, text: str, holders: set[str]
) -> None:
    """"called for" is a verb here: the name before it is its subject, with the one coordinated
    with it, not the owner of a noun "call" (that needs an article: "the US proposal")."""
    assert {f[0] for f in _facts(make_doc(text, lang))} == holders



def test_mentions_a_surname_keeps_its_particles(make_doc: MakeDoc) -> None:
    """"De la Fuente" of "Juan Ramón de la Fuente" is the whole family name, so the person opens
    the clause as its subject (and holds its stance)."""
    text = (
        "El canciller mexicano Juan Ramón de la Fuente viajó a Guatemala. "
        "De la Fuente rechazó las deportaciones masivas anunciadas por Washington."
    )
    doc = make_doc(text, "es", published=_dt.date(2025, 12, 3))
    assert any(m.surface == "De la Fuente" and m.name == "De la Fuente" for m in doc.mentions)
    assert {p.holder for p in doc.positions if p.stance == "reject"} == {"person/juan-ramon-de-la-fuente"}


@pytest.mark.parametrize(("lang", "text", "holder", "topic"), [
    ("en", "Moscow sees NATO enlargement as a threat to its security.", "state/russia",
     "alliance-membership"),
    ("en", "Germany called the new sanctions a mistake.", "state/germany", "sanctions"),
    ("de", "Moskau sieht die NATO-Erweiterung als Bedrohung für seine Sicherheit.", "state/russia",
     "alliance-membership"),
    ("de", "Deutschland bezeichnete die neuen Sanktionen als Fehler.", "state/germany", "sanctions"),
    ("de", "Österreich bezeichnete die Todesstrafe als Unrecht.", "state/austria", "human-rights"),
    ("fr", "Moscou considère l'élargissement de l'OTAN comme une menace pour sa sécurité.", "state/russia",
     "alliance-membership"),
    ("fr", "L'Allemagne a qualifié les nouvelles sanctions d'erreur.", "state/germany", "sanctions"),
    ("es", "Moscú considera la ampliación de la OTAN como una amenaza para su seguridad.", "state/russia",
     "alliance-membership"),
    ("es", "Alemania calificó las nuevas sanciones de error.", "state/germany", "sanctions"),
])
def test_positions_what_is_labelled_a_threat_or_a_mistake_is_opposed(
    make_doc: MakeDoc, lang: str, text: str, holder: str, topic: str
) -> None:
    """Calling a measure a threat, a mistake or an injustice ("sees … as a threat", "bezeichnete
    … als Fehler", "a qualifié … d'erreur", "calificó … de error") opposes it (stances.yml
    `oppose: labels`)."""
    assert (holder, "oppose", topic) in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Moscou considère l'élargissement de l'OTAN comme une menace pour la paix."),
    ("es", "Moscú considera la ampliación de la OTAN como una amenaza para la paz."),
    ("en", "Moscow sees NATO enlargement as a threat to peace."),
    ("de", "Moskau sieht die NATO-Erweiterung als Bedrohung für den Frieden."),
])
def test_positions_a_label_takes_what_it_labels_not_what_follows(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"as a threat to peace": what is called a threat is opposed; the peace it threatens is
    what the speaker defends, never the topic of the opposition."""
    assert _facts(make_doc(text, lang)) == {("state/russia", "oppose", "alliance-membership")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French president called the talks a success."),
    ("en", "It would be a mistake to lift the sanctions now, the minister said."),
    ("de", "Der Minister nannte die Gespräche einen Erfolg."),
])
def test_positions_praise_or_a_mistake_of_doing_is_no_label_against(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Only a negative label opposes, and only the thing it labels: praise states no opposition,
    and "a mistake to lift the sanctions" opposes lifting them, not the sanctions."""
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] == "oppose"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Parteichef Tomasz Nowak forderte neue Sanktionen."),
    ("de", "Der Oppositionschef Tomasz Nowak forderte neue Sanktionen."),
    ("en", "Party chief Tomasz Nowak demanded new sanctions."),
    ("fr", "Le dirigeant Tomasz Nowak a exigé de nouvelles sanctions."),
    ("es", "El líder del partido, Tomasz Nowak, exigió nuevas sanciones."),
])
def test_mentions_a_party_title_introduces_a_person_the_gazetteer_lacks(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A title of party office ("Parteichef", "party chief", "líder del partido"; political.yml)
    before a full name the gazetteer does not know introduces that person, who then holds the
    stance, as a role noun does."""
    doc = make_doc(text, lang)
    holders = {p.holder for p in doc.positions if (p.stance, p.topic) == ("demand", "sanctions")}
    assert [doc.actors[h].label for h in holders] == ["Tomasz Nowak"]


def test_mentions_a_party_title_is_no_state_office(make_doc: MakeDoc) -> None:
    """"der nationalkonservative polnische Parteichef X" leads a party: the national adjective
    does not make the person act for Poland, and the stance is still theirs."""
    doc = make_doc("Der nationalkonservative polnische Parteichef Tomasz Nowak hat Deutschland "
                   "Demokratie-Defizite vorgeworfen.", "de")
    (person,) = [a for a in doc.actors.values() if a.kind == "Person"]
    assert person.represents is None
    assert {(p.holder, p.stance, p.topic, p.target) for p in doc.positions} == {
        (person.key, "oppose", "human-rights", "state/germany")}


def test_mentions_a_party_title_alone_stands_for_no_one(make_doc: MakeDoc) -> None:
    """Unlike a state's office ("der Kremlchef"), a party title without a name is looked up in
    no list of office holders: "Der Parteichef forderte …" names no one."""
    doc = make_doc("Der Parteichef forderte am Montag neue Sanktionen gegen Russland.", "de")
    assert not [m for m in doc.mentions if m.kind == "Person"]


def test_mentions_a_letter_without_accent_decomposition_is_spelled_out(make_doc: MakeDoc) -> None:
    """"Jarosław" and "Jaroslaw" are one name: the Polish ł, like ø, æ or ß, is spelled as the
    languages without it spell it, for keys and for matching."""
    a = make_doc("Der polnische Außenminister Bogusław Kowalczyk forderte Sanktionen.", "de")
    b = make_doc("Polish foreign minister Boguslaw Kowalczyk demanded sanctions.", "en")
    (held_a,), (held_b,) = {p.holder for p in a.positions}, {p.holder for p in b.positions}
    assert held_a == held_b and held_a.startswith("person/")


def test_mentions_a_dictionary_word_is_no_respelled_surname(make_doc: MakeDoc) -> None:
    """"in Kürze" folds onto the key of "Kurz" (ü to u, z to s, a final e dropped), but German
    spells Kurz as Kurz: a word of the language that meets a surname only by that folding is no
    mention of the person."""
    doc = make_doc("Außenminister Sebastian Kurz forderte Sanktionen. Sie fürchtet, dass ihr Mann schon in "
                   "Kürze weitere Hiebe erdulden muss.", "de")
    assert all(doc.content[m.start:m.end] != "Kürze" for m in doc.mentions)


@pytest.mark.parametrize(("text", "holder"), [
    ("Selenskyj sprach am Montag in Kiew. Danach forderte er Putin zu einer Waffenruhe auf.",
     "person/volodymyr-zelensky"),
    ("Die Studentin schrieb einen Kommentar. Abschließend forderte sie Putin zu einer Waffenruhe auf.", None),
])
def test_positions_a_pronoun_right_after_the_german_verb_is_its_subject(
    make_doc: MakeDoc, text: str, holder: str | None
) -> None:
    """In a German verb-second clause a subject pronoun right after the finite verb is the
    subject ("Danach forderte er Putin … auf"), so the name after it is the object, never the
    holder; "er" is the last person named, "sie" may be anyone."""
    holders = {p.holder for p in make_doc(text, "de").positions if p.topic == "ceasefire"}
    assert "person/vladimir-putin" not in holders
    assert holders == ({holder} if holder else set())


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président sud-africain a estimé qu'un cessez-le-feu serait le meilleur moyen d'apaiser "
           "la crise."),
    ("fr", "Le président sud-africain a déclaré qu'un cessez-le-feu serait la seule solution."),
    ("en", "The South African president said a ceasefire would be the best way to ease the crisis."),
    ("de", "Der südafrikanische Präsident sagte, eine Waffenruhe wäre der beste Weg, die Krise zu "
           "entschärfen."),
    ("es", "El presidente sudafricano estimó que un alto el fuego sería la mejor manera de aliviar la "
           "crisis."),
])
def test_positions_a_judgement_in_reported_speech_is_the_speakers(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"a estimé que … serait le meilleur moyen": after a verb of saying or opinion the French
    conditional copula is the tense of reported speech, not the conditional of rumour."""
    assert ("person/cyril-ramaphosa", "support", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize("text", [
    "Moscou serait prêt à négocier un cessez-le-feu.",
    "Le Kremlin aurait proposé un cessez-le-feu.",
])
def test_positions_the_french_conditional_of_rumour_states_nothing(make_doc: MakeDoc, text: str) -> None:
    """Without a speaker, "serait prêt", "aurait proposé" only report what is said of an actor."""
    assert not make_doc(text, "fr").positions


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels ignored calls by the United States, France and Russia for an immediate ceasefire."),
    ("en", "The rebels ignored a call from the United States, France and Russia for an immediate ceasefire."),
    ("fr", "Les rebelles ont ignoré les appels des États-Unis, de la France et de la Russie à un "
           "cessez-le-feu immédiat."),
    ("es", "Los rebeldes ignoraron los llamamientos de Estados Unidos, Francia y Rusia a un alto el fuego "
           "inmediato."),
    ("de", "Die Rebellen ignorierten Aufrufe der USA, Frankreichs und Russlands zu einer sofortigen "
           "Waffenruhe."),
])
def test_positions_owners_between_a_stance_noun_and_its_complement_hold_it(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"calls by the United States, France and Russia for a ceasefire": the owners listed
    between the noun and its complement each demand it, and whoever ignores the calls does not
    (nor is "a call by" a phone call)."""
    doc = make_doc(text, lang)
    found = _facts(doc)
    assert {("state/united-states", "demand", "ceasefire"), ("state/france", "demand", "ceasefire"),
            ("state/russia", "demand", "ceasefire")} <= found
    assert not {f for f in found if f[0] == "org/rebels"}
    assert not doc.meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "India abstained from a UN vote condemning the invasion."),
    ("en", "Russia vetoed a resolution calling for an immediate ceasefire."),
    ("fr", "La Russie a opposé son veto à une résolution réclamant un cessez-le-feu immédiat."),
    ("de", "Russland legte ein Veto gegen eine Resolution ein, die eine sofortige Waffenruhe forderte."),
    ("es", "Rusia vetó una resolución que pedía un alto el fuego inmediato."),
])
def test_positions_what_a_thing_asks_in_its_participle_or_relative_is_not_the_subjects(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"a UN vote condemning …", "a resolution calling for …", "une résolution réclamant …",
    "eine Resolution, die … forderte": the participle or the relative clause says what the thing
    asks, not what the sentence's subject asks; a veto of it opposes it."""
    found = _facts(make_doc(text, lang))
    assert not {f for f in found if f[1] in ("demand", "oppose") and f[0] == "state/india"}
    assert not {f for f in found if f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "France and Germany issued a joint statement calling for an immediate ceasefire."),
    ("fr", "La France et l'Allemagne ont publié une déclaration commune réclamant un cessez-le-feu."),
    ("de", "Frankreich und Deutschland veröffentlichten eine Erklärung, die eine sofortige Waffenruhe "
           "fordert."),
    ("es", "Francia y Alemania emitieron un comunicado que pide un alto el fuego inmediato."),
])
def test_positions_the_author_of_a_text_asks_what_it_asks(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"issued a statement calling for …", "ont publié une déclaration réclamant …": a verb of
    authoring (`grammar.yml` `authoring_verbs`) makes the text its subject's own."""
    found = _facts(make_doc(text, lang))
    assert {("state/france", "demand", "ceasefire"), ("state/germany", "demand", "ceasefire")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia insists on keeping the four annexed regions."),
    ("de", "Russland beharrt auf den vier annektierten Regionen."),
    ("de", "Russland beharrt darauf, die vier Regionen zu behalten."),
    ("fr", "La Russie tient à conserver les quatre régions annexées."),
    ("es", "Rusia insiste en conservar las cuatro regiones anexionadas."),
])
def test_positions_insisting_demands(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Insisting is demanding: "insist on", "beharren auf", "tenir à" before an infinitive,
    "insistir en"."""
    assert ("state/russia", "demand", "territory") in _facts(make_doc(text, lang))


def test_positions_french_tenir_a_before_a_place_insists_on_nothing(make_doc: MakeDoc) -> None:
    """"La Russie tient à Genève des pourparlers" holds talks there; "se tiendra à Genève" is
    where a meeting takes place: neither is "tenir à" + infinitive."""
    for text in ("La Russie tient à Genève des pourparlers sur un cessez-le-feu.",
                 "Le sommet sur un cessez-le-feu se tiendra à Genève, a annoncé la Russie."):
        assert not {f for f in _facts(make_doc(text, "fr")) if f[1] == "demand"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Macron said there could be no peace without Ukraine.", "person/emmanuel-macron"),
    ("de", "Merz sagte, es könne keinen Frieden ohne die Ukraine geben.", "person/friedrich-merz"),
    ("fr", "Macron a déclaré qu'il ne pouvait y avoir de paix sans l'Ukraine.", "person/emmanuel-macron"),
    ("es", "Pedro Sánchez dijo que no puede haber paz sin Ucrania.", "person/pedro-sanchez"),
])
def test_positions_no_peace_without_an_actor_asks_for_it_with_them(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """"There can be no peace without Ukraine" is no rejection of peace: the speaker asks for a
    peace with Ukraine (`stances.yml` `demand: requirements`); Ukraine, after the preposition, is
    whom it concerns, never the holder."""
    doc = make_doc(text, lang)
    assert {(p.holder, p.stance, p.topic, p.target) for p in doc.positions} == {
        (holder, "demand", "peace-agreement", "state/ukraine")}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("de", "Bundeskanzler Friedrich Merz traf am Montag Donald Tusk in Berlin. Man unterstütze schärfere "
           "Sanktionen gegen Russland, hieß es aus Regierungskreisen.", None),
    ("en", "Chancellor Friedrich Merz met Donald Tusk in Berlin on Monday. Tougher sanctions against Russia "
           "are needed, according to diplomats.", None),
    ("es", "El canciller Friedrich Merz se reunió el lunes con Donald Tusk en Berlín. Son necesarias nuevas "
           "sanciones contra Rusia, según fuentes diplomáticas.", None),
    ("fr", "Le chancelier Friedrich Merz a rencontré lundi Donald Tusk à Berlin. De nouvelles sanctions "
           "contre la Russie sont nécessaires, selon des diplomates.", None),
    ("de", "Bundeskanzler Friedrich Merz traf am Montag Donald Tusk in Berlin. Man unterstütze schärfere "
           "Sanktionen, hieß es aus Moskau.", "state/russia"),
    # a source named by a role or a pronoun is the one named before
    ("es", "El canciller venezolano, Yván Gil, se reunió el martes con su homólogo colombiano en Bogotá. "
           "Según el ministro, el diálogo es la única vía para resolver la crisis.", "person/yvan-gil"),
])
def test_positions_a_named_source_stops_the_subject_in_force(
    make_doc: MakeDoc, lang: str, text: str, holder: str | None
) -> None:
    """"…, hieß es aus Regierungskreisen", "according to diplomats": a sentence that names its
    source does not go on in the words of the last subject; a source that is no actor holds
    nothing, one that is (a capital) holds the stance."""
    holders = {p.holder for p in make_doc(text, lang).positions}
    assert holders == ({holder} if holder else set())


@pytest.mark.parametrize(("lang", "text", "stance", "topic"), [
    ("de", "Die Regierung in Budapest hält an ihrem Veto gegen die Sanktionen fest.", "oppose", "sanctions"),
    ("de", "Ungarn hält an seiner Forderung nach einem Waffenstillstand fest.", "demand", "ceasefire"),
    ("en", "Hungary maintained its veto against the sanctions.", "oppose", "sanctions"),
    ("fr", "La Hongrie maintient son veto aux sanctions.", "oppose", "sanctions"),
    ("es", "Hungría mantiene su veto a las sanciones.", "oppose", "sanctions"),
])
def test_positions_holding_on_to_a_stance_holds_it(
    make_doc: MakeDoc, lang: str, text: str, stance: str, topic: str
) -> None:
    """"hält an ihrem Veto fest", "maintained its veto": holding on to a stance is holding it,
    even where the stance noun stands in the gap of a German frame."""
    assert _facts(make_doc(text, lang)) == {("state/hungary", stance, topic)}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Berlin setzte sich für eine Aufnahme der Ukraine in die EU ein."),
    ("en", "Berlin pushed for Ukraine's admission to the EU."),
    ("fr", "Berlin a plaidé pour l'admission de l'Ukraine dans l'Union européenne."),
    ("es", "Berlín abogó por la admisión de Ucrania en la Unión Europea."),
])
def test_positions_admission_to_an_alliance_is_membership(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Admission ("Aufnahme … in die EU", "admission to", "admission … dans", "admisión … en")
    belongs with accession in the alliance-membership topic family."""
    assert {f[2] for f in _facts(make_doc(text, lang)) if f[0] == "state/germany"} == {"alliance-membership"}


@pytest.mark.parametrize(("text", "want"), [
    ("Dass die Ukraine auf die Krim verzichtet, schloss Selenskyj kategorisch aus.",
     {("person/volodymyr-zelensky", "reject", "territory")}),
    ("Dass Russland die Sanktionen aufhebt, forderte China am Montag.",
     {("state/china", "demand", "sanctions")}),
])
def test_positions_a_fronted_dass_clause_is_the_main_verbs_object(
    make_doc: MakeDoc, text: str, want: set[tuple[str, str, str]]
) -> None:
    """"Dass …, schloss Selenskyj aus": the fronted clause is what the main clause's stance is
    about; its own words state nothing, and its actors are not the main clause's subject."""
    assert _facts(make_doc(text, "de")) == want


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Italien verlangte von der EU mehr Unterstützung bei der Migration."),
    ("es", "Italia pidió a la UE más apoyo en materia de migración."),
    ("en", "Italy demanded more support from the EU on migration."),
    ("fr", "L'Italie a réclamé à l'UE davantage de soutien sur la migration."),
])
def test_positions_support_that_is_demanded_is_asked_of_its_owner(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"verlangte von der EU mehr Unterstützung": the support is what is demanded (a word of
    quantity may follow the addressee, `grammar.yml` `quantifiers`), and the EU, asked for it,
    supports nothing."""
    assert _facts(make_doc(text, lang)) == {("state/italy", "demand", "migration")}


def test_positions_german_fuer_illegal_judges_only_after_halten(make_doc: MakeDoc) -> None:
    """"hält die Annexion für illegal" judges the annexation; "für illegal einreisende Migranten"
    names migrants, and the Commission that approved closing the borders to them approves."""
    assert _facts(make_doc("Die EU hält die Annexion der Krim für illegal.", "de")) == {
        ("org/eu", "oppose", "territory")}
    found = _facts(make_doc("Die EU-Kommission hat die Schließung der Grenzen für illegal einreisende "
                            "Migranten gutgeheißen.", "de"))
    assert found == {("org/european-commission", "accept", "migration")}


def test_positions_a_dash_after_the_clause_ends_the_object(make_doc: MakeDoc) -> None:
    """"Türkei verschärft Sicherheitsmaßnahmen, Opferzahl unklar – Wahlkampf gestoppt": the dash
    after words of the cue's own clause opens another item of the headline, not its object."""
    doc = make_doc("Türkei verschärft Sicherheitsmaßnahmen, Opferzahl noch immer unklar – Wahlkampf "
                   "kurzzeitig gestoppt.", "de")
    assert not doc.positions


def test_positions_a_compound_cut_short_takes_the_topic_of_the_next(make_doc: MakeDoc) -> None:
    """"EU-Grenz- und Küstenwache": the first part of a compound cut short before "und" shares
    the head of the next word, which names the topic (a border guard is migration, not territory)."""
    doc = make_doc("Heinz Becker hat sich für die Schaffung einer gemeinsamen EU-Grenz- und Küstenwache "
                   "ausgesprochen.", "de")
    assert {p.topic for p in doc.positions} == {"migration"}


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("en", "President Joe Biden met Kenyan President William Ruto at the White House on Thursday. Both urged "
           "an immediate ceasefire in Sudan.", {"person/joe-biden", "person/william-ruto"}),
    ("es", "Pedro Sánchez recibió el lunes a Javier Milei en Madrid. Ambos pidieron un alto el fuego en "
           "Gaza.", {"person/pedro-sanchez", "person/javier-milei"}),
    ("fr", "Macron a reçu lundi Zelensky à l'Élysée. Tous deux ont appelé à un cessez-le-feu durable.",
     {"person/emmanuel-macron", "person/volodymyr-zelensky"}),
    ("de", "Österreichs Außenministerin traf am Mittwoch in Wien ihren ungarischen Amtskollegen Péter "
           "Szijjártó. Beide forderten eine sofortige Waffenruhe.",
     {"person/alexander-schallenberg", "person/peter-szijjarto"}),
])
def test_positions_both_alone_before_the_verb_are_the_sides_met(
    make_doc: MakeDoc, lang: str, text: str, sides: set[str]
) -> None:
    """"Both urged …", "Ambos pidieron …", "Tous deux ont appelé …", "Beide forderten …": "both"
    alone right before the verb stands for the two sides of the last meeting."""
    doc = make_doc(text, lang, published=_dt.date(2024, 5, 23))
    assert {p.holder for p in doc.positions if p.topic == "ceasefire"} == sides


def test_positions_both_before_a_noun_is_no_pronoun(make_doc: MakeDoc) -> None:
    """"Both Koreas agreed …" names its sides itself; "both" there is no pronoun for the last
    meeting's sides."""
    doc = make_doc("Russia met Ukraine in Istanbul on Monday. Both Koreas agreed to a ceasefire.", "en")
    assert not {p.holder for p in doc.positions} & {"state/russia", "state/ukraine"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU and Mercosur reached on Friday a trade deal."),
    ("fr", "L'UE et le Mercosur ont conclu vendredi un accord commercial."),
    ("es", "La UE y el Mercosur alcanzaron el viernes un acuerdo comercial."),
    ("de", "Die EU und der Mercosur einigten sich am Freitag auf ein Handelsabkommen."),
])
def test_positions_reaching_a_deal_with_words_between(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"ont conclu vendredi un accord", "alcanzaron el viernes un acuerdo": a day or a place may
    stand between the verb and the deal, as in English "reach … agreement"."""
    found = _facts(make_doc(text, lang))
    assert {("org/eu", "accept", "trade"), ("org/mercosur", "accept", "trade")} <= found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Deutschland könnte neue Sanktionen gegen Russland vorschlagen."),
    ("en", "Germany could propose new sanctions against Russia."),
    ("fr", "L'Allemagne pourrait proposer de nouvelles sanctions contre la Russie."),
    ("es", "Alemania podría proponer nuevas sanciones contra Rusia."),
])
def test_positions_a_speculative_modal_far_before_the_german_verb_states_nothing(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Deutschland könnte … vorschlagen": in a German clause the modal stands second and the verb
    it governs last, however many words lie between; a guess states no stance in any language."""
    assert not make_doc(text, lang).positions


def test_positions_a_speculative_modal_in_another_clause_leaves_the_stance(make_doc: MakeDoc) -> None:
    """"…gefordert, die schon bald kommen könnten": the guess is about the sanctions' timing, in a
    relative clause of its own; the demand stands."""
    doc = make_doc("Deutschland hat neue Sanktionen gegen Russland gefordert, die schon bald kommen "
                   "könnten.", "de")
    assert ("state/germany", "demand", "sanctions") in _facts(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"We are ready to negotiate with Russia," Zelensky said, "but we will never cede territory."'),
    ("de", "„Wir sind bereit, mit Russland zu verhandeln“, sagte Selenskyj, „aber wir werden niemals Gebiete "
           "abtreten.“"),
    ("fr", "« Nous sommes prêts à négocier avec la Russie », a déclaré Zelensky, « mais nous ne céderons "
           "jamais de territoire »."),
    ("es", '"Estamos dispuestos a negociar con Rusia", dijo Zelenski, "pero nunca cederemos territorio".'),
])
def test_positions_a_quote_split_by_its_speech_verb_is_the_speakers_on_both_sides(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """'"…," Zelensky said, "but …"': the speech verb inside a quote that goes on names the
    speaker of both parts."""
    found = _facts(make_doc(text, lang))
    assert {("person/volodymyr-zelensky", "support", "negotiations"),
            ("person/volodymyr-zelensky", "reject", "territory")} <= found


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "General Ali Samba took power in the capital, backed by the army, after the president was forced "
           "to resign.", set()),
    ("en", "The sanctions imposed by the EU were criticized by China.",
     {("org/eu", "support", "sanctions"), ("state/china", "oppose", "sanctions")}),
])
def test_positions_a_participle_backed_by_no_actor_is_no_ones(
    make_doc: MakeDoc, lang: str, text: str, want: set[tuple[str, str, str]]
) -> None:
    """"backed by the army": the participle's stance is its agent's; an agent that is no actor
    leaves it with no holder, never with the sentence's subject. An actor agent holds it."""
    assert _facts(make_doc(text, lang)) == want


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "State Department spokeswoman Jen Psaki says the diplomats wanted to keep the talks on a lower "
           "level."),
    ("en", "Jen Psaki said that the negotiators rejected the ceasefire proposal."),
    ("fr", "La porte-parole Jen Psaki a dit que les diplomates voulaient poursuivre les négociations."),
    ("es", "La portavoz Jen Psaki dijo que los diplomáticos querían continuar las negociaciones."),
    ("de", "Die Sprecherin Jen Psaki sagte, die Diplomaten wollten die Gespräche fortsetzen."),
])
def test_positions_a_reported_clause_with_a_subject_of_its_own_is_not_the_speakers(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """"Psaki says the diplomats wanted …": the reported clause has a subject of its own, which no
    actor names; the spokeswoman who reports it holds nothing."""
    assert not make_doc(text, lang, published=_dt.date(2015, 3, 17)).positions


def test_positions_a_reported_clause_with_an_actor_subject_is_the_actors(make_doc: MakeDoc) -> None:
    """"Psaki says the United States wants …": the reported clause's subject holds the stance."""
    doc = make_doc("Jen Psaki says the United States wants to keep the talks going.", "en")
    assert _facts(doc) == {("state/united-states", "support", "negotiations")}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Macron machte deutlich, dass Frankreich keine Truppen in die Ukraine schicken werde."),
    ("fr", "Macron a clairement indiqué que la France n'enverrait pas de troupes en Ukraine."),
    ("en", "Macron made clear that France would not send troops to Ukraine."),
    ("es", "Macron dejó claro que Francia no enviará tropas a Ucrania."),
])
def test_positions_refusing_to_send_troops(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A topic phrase may close with the cue itself ("keine Truppen … schicken"), and the elided
    "n'" a French verb token carries negates it ("n'enverrait pas"): France refuses the troops."""
    assert ("state/france", "reject", "military-aid") in _facts(make_doc(text, lang))


def test_positions_an_infinitive_clause_takes_no_subject_from_its_own_words(make_doc: MakeDoc) -> None:
    """"Die Bundesregierung kündigte an, der Ukraine Patriot-Systeme zu liefern": the infinitive
    clause after the comma has no subject; the Ukraine there is whom they go to, and the main
    clause's subject names no actor. "Deutschland kündigte an, …" is Germany's offer."""
    assert not make_doc("Die Bundesregierung kündigte an, der Ukraine weitere Patriot-Systeme zu liefern.",
                        "de").positions
    doc = make_doc("Deutschland kündigte an, der Ukraine weitere Patriot-Systeme zu liefern.", "de")
    assert _facts(doc) == {("state/germany", "offer", "military-aid")}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Li Qiang said Beijing would send tents, water purification units and rescue teams to Nepal.",
     "state/china"),
    ("en", "Australia pledged a field hospital and search and rescue specialists to Nepal.",
     "state/australia"),
    ("de", "Takaichi sagte, Tokio sei bereit, ein Katastrophenhilfeteam sowie Zelte nach Nepal zu schicken.",
     "state/japan"),
    ("de", "Die Europäische Union stellte Nepal 1,5 Millionen Euro an Soforthilfe bereit.", "org/eu"),
    ("fr", "Le Japon s'est dit prêt à envoyer une équipe de secouristes et des tentes au Népal.",
     "state/japan"),
    ("es", "España ofreció a Nepal el envío de un equipo de búsqueda y rescate y tiendas de campaña.",
     "state/spain"),
])
def test_positions_relief_after_a_disaster_is_humanitarian_aid(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """Who and what is sent after a disaster (rescue teams, tents, a field hospital, emergency
    aid) is humanitarian aid."""
    assert (holder, "offer", "humanitarian-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Germany pledged €700 million to repair Ukraine's power grid and substations.", "state/germany"),
    ("de", "Deutschland sagte der Ukraine 700 Millionen Euro für Umspannwerke und Transformatoren zu.",
     "state/germany"),
    ("fr", "La France a promis à l'Ukraine 50 millions d'euros pour réparer ses sous-stations.",
     "state/france"),
    ("es", "España ofreció a Ucrania 50 millones de euros para reparar subestaciones y transformadores.",
     "state/spain"),
    ("en", "Kyiv urged its partners to help protect its refineries and hydroelectric plants.",
     "state/ukraine"),
])
def test_positions_the_infrastructure_of_energy_is_energy(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """Grids, substations, transformers, refineries and hydropower are what energy is made and
    carried by: a stance on them is on energy."""
    assert any(h == holder and t == "energy" for h, _, t in _facts(make_doc(text, lang)))


@pytest.mark.parametrize("text", [
    'Saied machte deutlich, dass Tunesien nicht zum "Grenzpolizisten Europas" werden wolle.',
    "Saied lehnte es ab, dass Tunesien zum Grenzschützer Europas werde.",
])
def test_positions_of_two_topics_on_one_word_the_more_spelt_out_wins(make_doc: MakeDoc, text: str) -> None:
    """A German compound that two topic phrases match whole ("Grenzpolizisten": "grenz*" of
    territory, "grenzpolizist*" of migration) takes the topic of the phrase that spells out more
    of it: border police are about migration, not land."""
    topics = {p.topic for p in make_doc(text, "de").positions}
    assert topics == {"migration"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "Argentine President Javier Milei renewed his country's claim to the Falkland Islands.",
     "person/javier-milei"),
    ("en", "Argentina's claim to the Falkland Islands was raised again.", "state/argentina"),
    ("de", "Javier Milei hat den Anspruch seines Landes auf die Falklandinseln erneuert.",
     "person/javier-milei"),
    ("fr", "Javier Milei a réaffirmé la revendication de son pays sur les îles Malouines.",
     "person/javier-milei"),
    ("es", "Javier Milei reiteró el reclamo de su país sobre las islas Malvinas.", "person/javier-milei"),
])
def test_positions_a_claim_to_a_named_land_demands_territory(
    make_doc: MakeDoc, lang: str, text: str, holder: str
) -> None:
    """A claim to a land named by its place name ("claim to the Falkland Islands", "Anspruch auf
    die Falklandinseln") asks for that land: a demand on territory."""
    assert (holder, "demand", "territory") in _facts(make_doc(text, lang))


@pytest.mark.parametrize("text", [
    "Russia claimed to have captured Pokrovsk.",
    "It claims to control Pokrovsk.",
])
def test_positions_the_verb_claim_is_no_land_claim(make_doc: MakeDoc, text: str) -> None:
    """"claimed to have captured" is the verb of saying, not a claim to the town."""
    assert not make_doc(text, "en").positions


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Argentina renewed its demand for a ceasefire.", ("state/argentina", "demand", "ceasefire")),
    ("en", "The EU renewed its sanctions against Russia.", ("org/eu", "support", "sanctions")),
    ("de", "Argentinien erneuerte seine Forderung nach einer Waffenruhe.",
     ("state/argentina", "demand", "ceasefire")),
    ("de", "Die EU erneuerte die Sanktionen gegen Russland.", ("org/eu", "support", "sanctions")),
    ("fr", "L'Argentine a renouvelé son appel à un cessez-le-feu.",
     ("state/argentina", "demand", "ceasefire")),
    ("fr", "L'UE a renouvelé les sanctions contre la Russie.", ("org/eu", "support", "sanctions")),
    ("es", "Argentina renovó su llamamiento a un alto el fuego.", ("state/argentina", "demand", "ceasefire")),
    ("es", "La UE renovó las sanciones contra Rusia.", ("org/eu", "support", "sanctions")),
])
def test_positions_renewing_a_stance_holds_it_again(
    make_doc: MakeDoc, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """Renewing a demand is demanding again, as reaffirming it is; renewing a measure supports it."""
    assert expected in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Svyrydenko urged the EU to use the immobilised assets of Russia's central bank.",
     ("person/yulia-svyrydenko", "demand", "economic-aid")),
    ("en", "The European Parliament demanded that every disbursement be suspended.",
     ("org/european-parliament", "demand", "economic-aid")),
    ("de", "Selenskyj forderte, die eingefrorenen russischen Vermögen für die Ukraine zu nutzen.",
     ("person/volodymyr-zelensky", "demand", "economic-aid")),
    ("fr", "Bruxelles s'engage à débloquer un appui budgétaire pour la Tunisie.",
     ("org/eu", "offer", "economic-aid")),
    ("es", "La UE prometió subvenciones a Túnez.", ("org/eu", "offer", "economic-aid")),
    ("es", "El Parlamento Europeo exigió suspender cada desembolso.",
     ("org/european-parliament", "demand", "economic-aid")),
])
def test_positions_grants_payouts_and_frozen_assets_are_economic_aid(
    make_doc: MakeDoc, lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """Grants, payouts, budget support and the frozen Russian assets meant to pay for Ukraine are
    money given or asked for: economic aid."""
    assert expected in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Araghchi warb für die Idee eines regionalen Konsortiums zur Urananreicherung."),
    ("fr", "Araghchi a plaidé pour un consortium régional d'enrichissement de l'uranium."),
    ("en", "Araghchi argued for a regional consortium to enrich uranium."),
    ("es", "Araghchi defendió un consorcio regional de enriquecimiento de uranio."),
])
def test_positions_regional_is_no_territory(make_doc: MakeDoc, lang: str, text: str) -> None:
    """A region is land, but the adjective "regional" ("regionalen Konsortiums") names none."""
    assert "territory" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Amnesty demanded an inquiry into migrants abandoned near the Libyan border."),
    ("de", "Human Rights Watch forderte eine Untersuchung der Berichte über Migranten, die an der Grenze "
           "zu Libyen ausgesetzt worden seien."),
    ("fr", "Amnesty a exigé une enquête sur les migrants abandonnés près de la frontière libyenne."),
    ("es", "Amnistía exigió investigar el abandono de migrantes cerca de la frontera con Libia."),
])
def test_positions_a_border_as_a_place_is_no_territory(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"near the border", "an der Grenze", "près de la frontière", "cerca de la frontera" say where
    something happened, not that the line itself is at issue."""
    assert "territory" not in {p.topic for p in make_doc(text, lang).positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Thailand und Kambodscha vereinbarten den Abzug schwerer Waffen von der Grenze."),
    ("de", "Thailand und Kambodscha unterzeichneten eine Erklärung, wonach Artillerie und Raketenwerfer "
           "binnen 30 Tagen beiderseits der Grenze abgezogen werden."),
    ("en", "Thailand and Cambodia agreed to pull back heavy weapons from the border."),
    ("es", "Tailandia y Camboya acordaron la retirada de las armas pesadas de la frontera."),
])
def test_positions_weapons_pulled_back_are_a_withdrawal_not_arms_aid(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """Weapons a withdrawal moves ("Abzug schwerer Waffen", "pull back heavy weapons", "Artillerie
    … abgezogen werden") are what is withdrawn: troop withdrawal, no stance on arms supplies, and a
    border "on both sides" of which it happens is no territory at issue."""
    found = _facts(make_doc(text, lang))
    assert ("state/thailand", "accept", "troop-withdrawal") in found
    assert not {t for _, _, t in found} & {"military-aid", "territory"}


def test_positions_weapons_pledged_beside_a_withdrawal_demanded_stay_arms_aid(make_doc: MakeDoc) -> None:
    """Weapons pledged in one clause and a withdrawal demanded in the next are two stances."""
    text = "Germany pledged more weapons to Ukraine and demanded a Russian withdrawal."
    found = _facts(make_doc(text, "en"))
    assert ("state/germany", "offer", "military-aid") in found
    assert ("state/germany", "demand", "troop-withdrawal") in found
