"""Questions, negations, hypotheticals and rumours state no stance; denied acceptance rejects."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Will Russia demand a ceasefire?"),
    ("de", "Fordert Russland eine Waffenruhe?"),
    ("fr", "La Russie exige-t-elle un cessez-le-feu ?"),
    ("es", "¿Exigirá Rusia un alto el fuego?"),
])
def test_assertion_questions_state_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia did not demand a ceasefire."),
    ("en", "Russia has never proposed a ceasefire."),
    ("de", "Russland hat keine Waffenruhe gefordert."),
    ("de", "Russland fordert nicht eine Waffenruhe, hieß es."),
    ("fr", "La Russie n'a pas exigé de cessez-le-feu."),
    ("es", "Rusia no exigió un alto el fuego."),
])
def test_assertion_denied_demand_states_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine did not accept the ceasefire."),
    ("de", "Die Ukraine akzeptierte die Waffenruhe nicht."),
    ("fr", "L'Ukraine n'accepte pas le cessez-le-feu."),
    ("es", "Ucrania no aceptó el alto el fuego."),
])
def test_assertion_denied_acceptance_is_rejection(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == {("state/ukraine", "reject", "ceasefire")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "If Russia rejected the ceasefire, the talks would end."),
    ("de", "Falls Russland die Waffenruhe ablehnt, enden die Gespräche."),
    ("fr", "Si la Russie rejette le cessez-le-feu, les discussions prendront fin."),
    ("es", "Si Rusia rechaza el alto el fuego, las conversaciones terminarán."),
    ("en", "Russia could demand new sanctions relief."),
    ("de", "Russland könnte eine Waffenruhe fordern."),
    ("fr", "La Russie pourrait exiger un cessez-le-feu."),
    ("es", "Rusia podría exigir un alto el fuego."),
])
def test_assertion_hypotheticals_state_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not {f for f in _facts(make_doc(text, lang)) if f[0] == "state/russia"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia not only demanded a ceasefire but also sanctions relief."),
    ("de", "Russland forderte nicht nur eine Waffenruhe."),
])
def test_assertion_not_only_still_states(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/russia", "demand", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Russie n'en reste pas moins favorable à un cessez-le-feu."),
    ("fr", "La Russie n'en demeure pas moins favorable à un cessez-le-feu."),
    ("de", "Russland unterstützt nicht minder entschlossen eine Waffenruhe."),
])
def test_assertion_no_less_affirms(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == {("state/russia", "support", "ceasefire")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Iran would not hesitate to defend its borders."),
    ("de", "Iran werde nicht zögern, seine Grenzen zu verteidigen."),
    ("fr", "L'Iran n'hésitera pas à défendre ses frontières."),
    ("es", "Irán no dudará en defender sus fronteras."),
])
def test_assertion_not_to_hesitate_affirms(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Not hesitating to act is readiness to act: the negation denies the hesitation only."""
    assert _facts(make_doc(text, lang)) == {("state/iran", "support", "territory")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia and Ukraine failed to reach a ceasefire agreement."),
    ("fr", "La Russie et l'Ukraine ont échoué à conclure un cessez-le-feu."),
    ("es", "Rusia y Ucrania fracasaron en acordar un alto el fuego."),
])
def test_assertion_a_failed_attempt_states_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] in ("accept", "reject")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Damascus refused, accusing the rebels of supporting terrorism."),
    ("fr", "Damas a refusé, accusant les rebelles de soutenir le terrorisme."),
    ("es", "Damasco se negó, acusando a los rebeldes de apoyar el terrorismo."),
    ("de", "Damaskus lehnte ab und beschuldigte die Rebellen, den Terrorismus zu unterstützen."),
])
def test_assertion_what_one_is_accused_of_is_no_stance(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert not {f for f in _facts(make_doc(text, lang)) if f[1] == "support"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die USA sollen eine Waffenruhe gefordert haben."),
    ("en", "Russia is said to have demanded a ceasefire."),
    ("fr", "Selon des rumeurs, la Russie exige un cessez-le-feu."),
    ("es", "Según rumores, Rusia exige un alto el fuego."),
])
def test_assertion_a_rumour_states_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == set()


@pytest.mark.parametrize("text", [
    "Sollten die Separatisten weitere Gebiete erobern, werde dies neue Sanktionen nach sich ziehen, "
    "sagte John Kerry.",
    "Hätte Russland der Waffenruhe zugestimmt, wäre der Krieg vorbei.",
])
def test_assertion_german_clause_opened_by_its_verb_is_a_condition(make_doc: MakeDoc, text: str) -> None:
    assert not make_doc(text, "de").positions


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Russland sollte die Waffenruhe akzeptieren, sagte John Kerry."),
    ("en", "Russia should accept the ceasefire, John Kerry said."),
    ("fr", "La Russie devrait accepter le cessez-le-feu, a déclaré John Kerry."),
    ("es", "Rusia debería aceptar el alto el fuego, dijo John Kerry."),
])
def test_assertion_should_modal_is_the_speakers_demand(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/john-kerry", "demand", "ceasefire") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia threatened Ukraine with sanctions if no solution was found."),
    ("de", "Russland drohte der Ukraine mit Sanktionen, falls keine Lösung gefunden werde."),
    ("fr", "La Russie a menacé l'Ukraine de sanctions si aucune solution n'était trouvée."),
    ("es", "Rusia amenazó a Ucrania con sanciones si no se encontraba una solución."),
])
def test_assertion_negation_inside_a_condition_does_not_deny_the_cue(make_doc: MakeDoc, lang: str,
                                                                      text: str) -> None:
    assert ("state/russia", "demand", "sanctions") in {
        (p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions
    }


def test_assertion_german_negation_before_the_object_of_a_verb_final_clause(make_doc: MakeDoc) -> None:
    doc = make_doc("Serbien will keinen Kandidaten aus der Region für das Amt unterstützen.", "de")
    assert {(p.holder, p.stance, p.topic) for p in doc.positions} == {("state/serbia", "oppose", "elections")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia is expected to reject the proposal for a ceasefire."),
    ("en", "Russia is likely to reject the proposal for a ceasefire."),
    ("de", "Russland wird den Vorschlag einer Waffenruhe voraussichtlich ablehnen."),
    ("fr", "La Russie rejettera probablement la proposition de cessez-le-feu."),
    ("es", "Rusia probablemente rechazará la propuesta de alto el fuego."),
])
def test_assertion_a_forecast_states_no_stance(make_doc: Callable[..., Document], lang: str,
                                               text: str) -> None:
    assert not [p for p in make_doc(text, lang).positions if p.stance == "reject"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey denied that it had blocked the sanctions."),
    ("de", "Die Türkei bestritt, die Sanktionen blockiert zu haben."),
    ("fr", "La Turquie a démenti avoir bloqué les sanctions."),
    ("es", "Turquía negó haber bloqueado las sanciones."),
])
def test_assertion_what_a_denial_denies_is_no_stance(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _facts(make_doc(text, lang)) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Turkey denied the accusations but called for new sanctions."),
    ("de", "Die Türkei bestritt die Berichte und forderte neue Sanktionen."),
    ("fr", "La Turquie a démenti ces accusations et réclamé de nouvelles sanctions."),
    ("es", "Turquía negó las informaciones y exigió nuevas sanciones."),
])
def test_assertion_a_stance_beside_a_denial_is_stated(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/turkey", "demand", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La Serbie n'acceptera aucun accord tant que le Kosovo n'aura pas renoncé à son adhésion "
           "à l'OTAN."),
    ("en", "Serbia will accept no deal as long as Kosovo has not given up its NATO membership bid."),
    ("de", "Serbien werde kein Abkommen akzeptieren, solange nicht Kosovo auf den Nato-Beitritt verzichte."),
    ("es", "Serbia no aceptará ningún acuerdo mientras no renuncie Kosovo a su ingreso en la OTAN."),
])
def test_assertion_a_negated_condition_still_demands(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = _facts(make_doc(text, lang))
    assert ("state/serbia", "demand", "alliance-membership") in facts
    assert ("state/serbia", "demand", "peace-agreement") not in facts  # not what stands before it


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbien lehnte neue Sanktionen nicht ab.", set()),
    # a generic deal is a peace agreement where a conflict is told of (test_conflict_deals.py)
    ("Serbien und Kosovo konnten sich nicht auf ein Friedensabkommen einigen.",
     {("state/serbia", "reject", "peace-agreement"), ("state/kosovo", "reject", "peace-agreement")}),
])
def test_assertion_a_negation_inside_a_frame_negates_it(make_doc: MakeDoc, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    assert _facts(make_doc(text, "de")) == expected


def test_assertion_may_is_speculation(make_doc: MakeDoc) -> None:
    assert _facts(make_doc("Serbia may accept the peace deal, officials hinted.", "en")) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Movimiento de Países No Alineados exigió garantías de seguridad."),
    ("en", "The Non-Aligned Movement demanded legally binding security guarantees."),
    ("fr", "Le Mouvement des non-alignés exige des garanties de sécurité juridiquement contraignantes."),
    ("de", "Die Bewegung der Blockfreien Staaten forderte verbindliche Sicherheitsgarantien."),
])
def test_assertion_a_negation_inside_a_name_negates_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert facts == {("org/non-aligned-movement", "demand", "security-guarantees")}
