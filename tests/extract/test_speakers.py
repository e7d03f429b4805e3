"""Holders from the speaker in force, a pronoun after a speech verb, and a passive's agent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.extract.context import actors_in, agencies
from diplograph.extract.grammar import grammar
from diplograph.extract.speakers import subjects_in_force
from diplograph.model import Document
from diplograph.resources import Resources

MakeDoc = Callable[..., Document]


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(p.holder, p.stance, p.topic) for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ceasefire was rejected by Russia on Monday."),
    ("de", "Die Waffenruhe wurde von Russland am Montag abgelehnt."),
    ("fr", "Le cessez-le-feu a été rejeté par la Russie lundi."),
    ("es", "El alto el fuego fue rechazado por Rusia el lunes."),
])
def test_speakers_passive_agent_holds(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/russia", "reject", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Sergey Lavrov met Antony Blinken. Blinken said he would support a ceasefire."),
    ("de", "Sergej Lawrow traf Antony Blinken. Blinken sagte, er unterstütze eine Waffenruhe."),
    ("fr", "Sergueï Lavrov a rencontré Antony Blinken. Blinken a déclaré qu'il soutient un cessez-le-feu."),
    ("es", "Serguéi Lavrov se reunió con Antony Blinken. Blinken dijo que él apoya un alto el fuego."),
])
def test_speakers_pronoun_after_speech_verb_is_the_speaker(make_doc: MakeDoc, lang: str, text: str) -> None:
    facts = _facts(make_doc(text, lang))
    assert ("person/antony-blinken", "support", "ceasefire") in facts
    assert not {f for f in facts if f[0] == "person/sergey-lavrov"}


def test_speakers_spanish_clause_without_subject_takes_the_subject_in_force(make_doc: MakeDoc) -> None:
    doc = make_doc("El presidente de Colombia, Gustavo Petro, visitó Caracas el lunes. "
                   "Además, pidió un alto el fuego en la frontera.", "es")
    assert ("person/gustavo-petro", "demand", "ceasefire") in _facts(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Antony Blinken spoke in Geneva on Monday.\n\n\"We want talks. We call for a ceasefire now,\" "
           "he told reporters."),
    ("de", "Antony Blinken sprach am Montag in Genf. „Wir wollen Gespräche. Wir fordern eine Waffenruhe“, "
           "sagte er."),
])
def test_speakers_quote_goes_on_with_its_speaker(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/antony-blinken", "demand", "ceasefire") in _facts(make_doc(text, lang))


def test_speakers_no_subject_in_force_after_it_lapses(make_doc: MakeDoc) -> None:
    doc = make_doc("El presidente de Colombia, Gustavo Petro, visitó Caracas el lunes. Llovió. Hizo frío. "
                   "Nevó. Además, pidió un alto el fuego.", "es")
    assert not {f for f in _facts(doc) if f[0] == "person/gustavo-petro"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ukraine accepted a proposal by Russia for a ceasefire.",
     {("state/ukraine", "accept", "ceasefire"), ("state/russia", "propose", "ceasefire")}),
    ("en", "Ukraine rejected Vladimir Putin's plan for a ceasefire.",
     {("state/ukraine", "reject", "ceasefire"), ("person/vladimir-putin", "propose", "ceasefire")}),
    ("de", "Kiew lehnte Putins Vorschlag einer Waffenruhe ab.",
     {("state/ukraine", "reject", "ceasefire"), ("person/vladimir-putin", "propose", "ceasefire")}),
    ("de", "Die Ukraine akzeptierte den russischen Vorschlag einer Waffenruhe.",
     {("state/ukraine", "accept", "ceasefire"), ("state/russia", "propose", "ceasefire")}),
])
def test_speakers_owner_of_a_stance_noun_in_the_object_holds_it(
    make_doc: MakeDoc, lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts(make_doc(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("en", "The demand of Russia for a ceasefire was repeated.", "state/russia"),
    ("de", "Die Forderung von Russland nach einer Waffenruhe blieb bestehen.", "state/russia"),
    ("fr", "La demande de la part de la Russie d'un cessez-le-feu a été répétée.", "state/russia"),
    ("es", "La exigencia por parte de Rusia de un alto el fuego se repitió.", "state/russia"),
])
def test_speakers_owner_after_a_stance_noun_holds_it(make_doc: MakeDoc, lang: str, text: str,
                                                     holder: str) -> None:
    assert (holder, "demand", "ceasefire") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le Burundi a proposé un dialogue, mais il s'est heurté à un rejet de ses opposants."),
    ("en", "Burundi proposed talks, but its opponents rejected it."),
    ("de", "Burundi schlug einen Dialog vor, doch die Opposition lehnte ab."),
    ("es", "Burundi propuso un diálogo, pero la oposición lo rechazó."),
])
def test_speakers_an_answer_without_object_answers_the_proposal(make_doc: MakeDoc, lang: str,
                                                                 text: str) -> None:
    assert _facts(make_doc(text, lang)) == {
        ("state/burundi", "propose", "negotiations"),
        ("org/burundi-opposition", "reject", "negotiations"),
    }


def test_speakers_a_prefix_in_the_object_says_what_about_not_whose(make_doc: MakeDoc) -> None:
    doc = make_doc("Die USA legen Russland einen neuen Ukraine-Friedensplan vor.", "de")
    assert "state/ukraine" not in {p.holder for p in doc.positions}
    assert "state/united-states" in {p.holder for p in doc.positions}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"We reject any new sanctions,\" Viktor Orbán told reporters on Monday."),
    ("en", "\"I will never accept new sanctions,\" Viktor Orbán said."),
    ("de", "„Wir lehnen neue Sanktionen ab“, sagte Viktor Orbán am Montag."),
    ("fr", "« Nous rejetons toute nouvelle sanction », a déclaré Viktor Orbán lundi."),
    ("es", "\"Rechazamos cualquier nueva sanción\", dijo Viktor Orbán el lunes."),
    ("es", "\"Nosotros rechazamos nuevas sanciones\", afirmó Viktor Orbán."),
])
def test_speakers_first_person_of_a_quote_is_its_speaker(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "reject", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"Hungary rejects new sanctions,\" Viktor Orbán said."),
    ("de", "„Ungarn lehnt neue Sanktionen ab“, sagte Viktor Orbán."),
])
def test_speakers_a_named_subject_in_a_quote_keeps_the_stance(make_doc: MakeDoc, lang: str,
                                                             text: str) -> None:
    holders = {h for h, stance, _ in _facts(make_doc(text, lang)) if stance == "reject"}
    assert holders == {"state/hungary"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Neue Sanktionen gegen Russland lehnt Ungarn weiterhin ab.", ("state/hungary", "reject", "sanctions")),
    ("Einen Waffenstillstand schließt Russland derzeit aus.", ("state/russia", "reject", "ceasefire")),
])
def test_speakers_subject_after_the_finite_verb_of_a_frame(make_doc: MakeDoc, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert _facts(make_doc(text, "de")) == {expected}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The sanctions plan drawn up by France was backed by Italy."),
    ("fr", "Le plan de sanctions présenté par la France a été soutenu par l'Italie."),
    ("es", "El plan de sanciones presentado por Francia fue respaldado por Italia."),
    ("de", "Der von Frankreich vorgelegte Sanktionsplan wurde von Italien unterstützt."),
])
def test_speakers_the_passive_agent_is_the_one_next_to_the_verb(make_doc: MakeDoc, lang: str,
                                                                 text: str) -> None:
    facts = _facts(make_doc(text, lang))
    assert ("state/italy", "support", "sanctions") in facts
    assert ("state/france", "support", "sanctions") not in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The sanctions plan drawn up by France was backed by Italy."),
    ("fr", "La proposition de sanctions présentée par la France a été soutenue par l'Italie."),
    ("es", "La propuesta de sanciones presentada por Francia fue respaldada por Italia."),
])
def test_speakers_the_agent_of_a_participle_owns_the_stance_noun(make_doc: MakeDoc, lang: str,
                                                                 text: str) -> None:
    assert ("state/france", "propose", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Erdoğan said that Orbán wants new sanctions."),
    ("en", "Orbán wants new sanctions, Erdoğan said."),
    ("de", "Erdoğan sagte, Orbán wolle neue Sanktionen."),
    ("fr", "Erdoğan a dit que le Premier ministre Orbán voulait de nouvelles sanctions."),
    ("es", "Erdoğan dijo que Orbán quiere nuevas sanciones."),
])
def test_speakers_what_another_side_says_one_wants_is_no_stance(make_doc: MakeDoc, lang: str,
                                                                 text: str) -> None:
    assert _facts(make_doc(text, lang)) == set()


@pytest.mark.parametrize(("lang", "text", "stance"), [
    # wanting a thing asks for it (test_wished_things.py); German "wollen" alone is support
    ("en", "Orbán said that Hungary wants new sanctions.", "demand"),
    ("de", "Orbán sagte, Ungarn wolle neue Sanktionen.", "support"),
    ("fr", "Orbán a dit que la Hongrie voulait de nouvelles sanctions.", "demand"),
    ("es", "Orbán dijo que Hungría quiere nuevas sanciones.", "demand"),
])
def test_speakers_who_speaks_for_the_holder_states_its_stance(make_doc: MakeDoc, lang: str,
                                                              text: str, stance: str) -> None:
    assert ("state/hungary", stance, "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "New sanctions are unacceptable, according to the Hungarian government."),
    ("de", "Neue Sanktionen seien inakzeptabel, hieß es aus Budapest."),
    ("fr", "De nouvelles sanctions sont inacceptables, selon Budapest."),
    ("es", "Nuevas sanciones son inaceptables, según Budapest."),
])
def test_speakers_the_source_a_sentence_is_attributed_to_holds_it(make_doc: MakeDoc, lang: str,
                                                                  text: str) -> None:
    assert ("state/hungary", "reject", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hungarian foreign ministry condemned the plan. It rejected any new sanctions.",
     ("state/hungary", "reject", "sanctions")),
    ("Viktor Orbán met Olaf Scholz. Hungary condemned the plan. It also called for new sanctions.",
     ("state/hungary", "demand", "sanctions")),
])
def test_speakers_it_opening_a_sentence_is_the_body_named_last(make_doc: MakeDoc, text: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert expected in _facts(make_doc(text, "en"))


def test_speakers_an_expletive_it_holds_nothing(make_doc: MakeDoc) -> None:
    doc = make_doc("Hungary met Austria. It is unclear whether new sanctions will follow.", "en")
    assert _facts(doc) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Viktor Orbán rejected the new EU sanctions. He demanded their lifting."),
    ("de", "Viktor Orbán wies die neuen Sanktionen der EU zurück. Er verlangte ihre Aufhebung."),
    ("fr", "Viktor Orbán a rejeté les nouvelles sanctions de l'UE. Il a exigé leur levée."),
    ("es", "Viktor Orbán rechazó las nuevas sanciones de la UE. Exigió su levantamiento."),
])
def test_speakers_lifting_what_was_named_takes_its_topic(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "demand", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Viktor Orbán: \"We will never support new sanctions\""),
    ("de", "Viktor Orbán: „Wir werden neue Sanktionen nie unterstützen“"),
    ("fr", "Viktor Orbán : « Nous ne soutiendrons jamais de nouvelles sanctions »"),
    ("es", "Viktor Orbán: \"Nunca apoyaremos nuevas sanciones\""),
])
def test_speakers_the_person_before_a_headline_colon_speaks(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "oppose", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« Nous ne livrerons pas d'armes à la Serbie », a déclaré Viktor Orbán."),
    ("es", "\"No enviaremos armas a Serbia\", dijo Viktor Orbán."),
])
def test_speakers_a_first_person_future_refusal_rejects(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "reject", "military-aid") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "For Serbia, any new sanctions are unacceptable."),
    ("de", "Für Serbien sind neue Sanktionen inakzeptabel."),
    ("fr", "Pour la Serbie, de nouvelles sanctions sont inacceptables."),
    ("es", "Para Serbia, nuevas sanciones son inaceptables."),
])
def test_speakers_who_a_judgement_is_for_holds_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("state/serbia", "reject", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Serbia's demand for new sanctions is unacceptable, Viktor Orbán said."),
    ("de", "Die serbische Forderung nach neuen Sanktionen sei inakzeptabel, sagte Viktor Orbán."),
    ("fr", "L'exigence serbe de nouvelles sanctions est inacceptable, a déclaré Viktor Orbán."),
    ("es", "La exigencia serbia de nuevas sanciones es inaceptable, dijo Viktor Orbán."),
])
def test_speakers_an_owned_demand_another_side_judges_stays_its_owners(make_doc: MakeDoc, lang: str,
                                                                       text: str) -> None:
    facts = _facts(make_doc(text, lang))
    assert ("state/serbia", "demand", "sanctions") in facts
    assert ("person/viktor-orban", "reject", "sanctions") in facts


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU proposal for new sanctions was rejected by Serbia.", ("org/eu", "propose", "sanctions")),
    ("The Serbia peace plan was discussed in Geneva.", None),
])
def test_speakers_an_english_name_before_a_stance_noun_owns_it_in_the_subject(
    make_doc: MakeDoc, text: str, expected: tuple[str, str, str] | None
) -> None:
    facts = _facts(make_doc(text, "en"))
    assert expected in facts if expected else not facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"We need new sanctions,\" Viktor Orbán said."),
    ("de", "„Wir brauchen neue Sanktionen“, sagte Viktor Orbán."),
    ("fr", "« Nous avons besoin de nouvelles sanctions », a déclaré Viktor Orbán."),
    ("es", "\"Necesitamos nuevas sanciones\", dijo Viktor Orbán."),
])
def test_speakers_what_we_need_is_the_speakers_demand(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "demand", "sanctions") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "New sanctions were out of the question, Viktor Orbán said."),
    ("de", "Neue Sanktionen kämen nicht infrage, sagte Viktor Orbán."),
    ("fr", "De nouvelles sanctions sont hors de question, a déclaré Viktor Orbán."),
    ("es", "Nuevas sanciones están fuera de discusión, dijo Viktor Orbán."),
])
def test_speakers_out_of_the_question_is_the_speakers(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert ("person/viktor-orban", "reject", "sanctions") in _facts(make_doc(text, lang))


def _quote_open_by_characters(text: str, start: int, pos: int) -> bool:
    """quote_open as it read every character (the reference)."""
    depth, straight, german = 0, False, False
    for c in text[start:pos]:
        if c in "„«‹":
            depth, german = depth + 1, german or c == "„"
        elif c in "”»›" or (c == "“" and german and depth):
            depth = max(0, depth - 1)
        elif c == "“":
            depth += 1
        elif c == '"':
            straight = not straight
    return depth > 0 or straight


def test_quote_open_reads_only_quotation_marks_and_agrees_with_reading_every_character() -> None:
    import random

    from diplograph.extract.speakers import quote_open

    rng = random.Random(5)
    for _ in range(400):
        text = "".join(rng.choice('ab „“”«»‹›"\'') for _ in range(rng.randint(0, 30)))
        for start in range(0, len(text) + 1, 3):
            for pos in range(len(text) + 2):
                assert quote_open(text, start, pos) == _quote_open_by_characters(text, start, pos)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ukraine must renounce NATO membership."),
    ("de", "Die Ukraine muss auf die Nato-Mitgliedschaft verzichten."),
    ("fr", "L'Ukraine doit renoncer à l'adhésion à l'OTAN."),
    ("es", "Ucrania debe renunciar a la adhesión a la OTAN."),
])
def test_speakers_who_must_act_demands_nothing(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"Ukraine must renounce …" with no speaker named: Ukraine is who must act, not who demands."""
    assert not [p for p in make_doc(text, lang).positions if p.holder == "state/ukraine"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lavrov said on Monday that Russia was ready for talks. "
           "Ukraine must renounce NATO membership, he added."),
    ("de", "Lawrow sagte am Montag in Moskau, Russland sei zu Gesprächen bereit. "
           "Die Ukraine müsse aber auf die Nato-Mitgliedschaft verzichten."),
    ("en", "Lavrov spoke in Moscow. Ukraine, he argued, must renounce NATO membership."),
    ("de", "Lawrow knüpfte daran eine Forderung: Die Ukraine müsse auf die Nato-Mitgliedschaft verzichten."),
    ("fr", "Pour Sergueï Lavrov, l'Ukraine doit renoncer à l'adhésion à l'OTAN."),
    ("es", "Para Serguéi Lavrov, Ucrania debe renunciar a la adhesión a la OTAN."),
])
def test_speakers_the_speaker_of_an_obligation_holds_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    """Who says another must act holds the demand: the speaker of reported speech going on, of an
    inserted "he argued", of a clause announcing it before a colon, or the one it is "for"."""
    found = {(p.holder, p.stance, p.topic) for p in make_doc(text, lang).positions}
    assert ("person/sergey-lavrov", "demand", "alliance-membership") in found
    assert not {h for h, _, _ in found} & {"state/ukraine"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia must withdraw its troops, said the spokesman for the foreign ministry, Randhir Jaiswal."),
    ("de", "Russland müsse seine Truppen abziehen, sagte der Sprecher des Außenministeriums, "
           "Randhir Jaiswal."),
    ("fr", "La Russie doit retirer ses troupes, a déclaré le porte-parole de la diplomatie, "
           "Randhir Jaiswal."),
    ("es", "Rusia debe retirar sus tropas, dijo el portavoz de la cancillería, Randhir Jaiswal."),
])
def test_speakers_a_name_in_apposition_after_the_role_speaks(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"…, said the spokesman for the foreign ministry, Randhir Jaiswal": the name after the
    speaker's role speaks, however long the role."""
    holders = {p.holder for p in make_doc(text, lang).positions if p.topic == "troop-withdrawal"}
    assert holders and all(h.startswith("person/randhir") or h.startswith("person/randir") for h in holders)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pakistan must end cross-border terrorism, Jaishankar said."),
    ("de", "Pakistan müsse dem grenzüberschreitenden Terror abschwören, sagte Jaishankar."),
])
def test_speakers_cross_border_is_no_territory(make_doc: MakeDoc, lang: str, text: str) -> None:
    """"cross-border", "grenzüberschreitend" say how terror works, not that a border is at issue."""
    assert {p.topic for p in make_doc(text, lang).positions} == {"terrorism"}


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    # speech verbs by lemma, in tenses and persons the lexicon does not spell out
    ("en", "\"Russia must withdraw its troops,\" Foreign Secretary David Lammy replied.",
     "person/david-lammy"),
    ("en", "\"Moscow must withdraw its troops,\" Kaja Kallas has repeated.", "person/kaja-kallas"),
    ("de", "„Russland muss seine Truppen abziehen“, entgegnete Außenminister Johann Wadephul.",
     "person/johann-wadephul"),
    ("de", "„Russland muss seine Truppen abziehen“, wiederholte Außenminister Johann Wadephul.",
     "person/johann-wadephul"),
    ("fr", "« La Russie doit retirer ses troupes », a rétorqué le ministre Jean-Noël Barrot.",
     "person/jean-noel-barrot"),
    ("fr", "« La Russie doit retirer ses troupes », a lancé le ministre Jean-Noël Barrot.",
     "person/jean-noel-barrot"),
    ("es", "\"Rusia debe retirar sus tropas\", zanjó el canciller José Manuel Albares.",
     "person/jose-manuel-albares"),
    ("es", "\"Rusia debe retirar sus tropas\", resumió el canciller José Manuel Albares.",
     "person/jose-manuel-albares"),
])
def test_speakers_closing_speech_verb_of_the_whole_family(
    make_doc: MakeDoc, lang: str, text: str, speaker: str
) -> None:
    assert (speaker, "demand", "troop-withdrawal") in _facts(make_doc(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    # "se dire prêt" is a stance, not a speech frame around one
    ("fr", "Paris et Berlin ont appelé l'Iran à coopérer, tout en se disant ouverts à des négociations."),
    # "hold a conversation" is a meeting, not speech
    ("es", "La vicepresidenta Kamala Harris y el presidente Alejandro Giammattei sostuvieron el martes "
           "una conversación, informó la Casa Blanca."),
])
def test_speakers_verbs_of_other_senses_are_no_speech(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    if lang == "fr":
        assert ("state/france", "support", "negotiations") in _facts(doc)
    else:
        assert any({"person/kamala-harris", "person/alejandro-giammattei"} <= set(m.participants)
                   for m in doc.meetings)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Marco Rubio spoke on Monday. Benjamin Netanyahu, for his part, warned that his country "
           "would never accept an Iranian nuclear program."),
    ("fr", "Marco Rubio s'est exprimé lundi. Le Premier ministre israélien, Benyamin Nétanyahou, a quant à "
           "lui averti que son pays « ne laissera pas l'Iran reconstruire » ses installations nucléaires."),
])
def test_speakers_emphatic_pronoun_before_a_speech_verb_is_its_subject(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    holders = {f[0] for f in _facts(make_doc(text, lang)) if f[2] == "nuclear-program"}
    assert "person/benjamin-netanyahu" in holders
    assert "person/marco-rubio" not in holders


def test_speakers_subjects_in_force_from_given_actors(make_doc: MakeDoc, resources: Resources) -> None:
    # positions passes the acting actors it read for each sentence; the subjects are the same
    text = (
        "Sergej Lawrow traf Antony Blinken. Er sagte, Moskau sei bereit. Die Lage bleibt unklar. "
        "Blinken lehnte das ab. Es regnete. Es regnete weiter. Es regnete noch immer."
    )
    doc = make_doc(text, "de")
    gr = grammar(resources, "de")
    roles = gr.roles.find(doc.content)
    acting = [actors_in(doc, s, roles, agencies(resources)) for s in doc.sentences]
    expected = subjects_in_force(doc, resources)
    assert subjects_in_force(doc, resources, acting) == expected
    assert expected[1] == "person/sergey-lavrov"
