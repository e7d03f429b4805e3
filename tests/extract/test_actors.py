"""Whom a person represents, read from the words around the name (``extract/actors.py``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


def _represents(make_doc: MakeDoc, text: str, lang: str, surname: str) -> str | None:
    doc = make_doc(text, lang)
    person = next(a for a in doc.actors.values() if a.kind == "Person" and surname in a.label)
    return person.represents


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Talks resumed, said Pedro Alcazar, Under-Secretary-General for Political Affairs of the United "
           "Nations.", "org/un"),
    ("fr", "Les pourparlers reprennent, a dit Pedro Alcazar, sous-secrétaire général aux affaires politiques "
           "de l'ONU.", "org/un"),
    ("es", "Las conversaciones se reanudan, dijo Pedro Alcazar, subsecretario general para asuntos políticos "
           "de la ONU.", "org/un"),
    ("de", "Die Gespräche gehen weiter, sagte Pedro Alcazar, Untergeneralsekretär für politische "
           "Angelegenheiten der Vereinten Nationen.", "org/un"),
])
def test_actors_role_complement_names_the_body_served(make_doc: MakeDoc, lang: str, text: str,
                                                      want: str) -> None:
    assert _represents(make_doc, text, lang, "Alcazar") == want


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Marco Bellandi of Guinea-Bissau met the ECOWAS mediators in Abuja, Nigeria."),
    ("fr", "Le président Marco Bellandi de la Guinée-Bissau a rencontré les médiateurs à Abuja, au Nigeria."),
    ("es", "El presidente Marco Bellandi de Guinea-Bisáu se reunió con los mediadores en Abuja, Nigeria."),
])
def test_actors_state_after_the_name_completes_the_role(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _represents(make_doc, text, lang, "Bellandi") == "state/guinea-bissau"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Marco Bellandi, head of the Ghanaian delegation, shook hands with Pedro Alcazar, director of "
           "Chile's trade office."),
    ("fr", "Marco Bellandi, chef de la délégation ghanéenne, a serré la main de Pedro Alcazar, directeur du "
           "bureau commercial du Chili."),
    ("es", "Marco Bellandi, jefe de la delegación ghanesa, estrechó la mano de Pedro Alcazar, director de la "
           "oficina comercial de Chile."),
])
def test_actors_apposition_beats_a_role_of_someone_named_before(make_doc: MakeDoc, lang: str,
                                                                text: str) -> None:
    assert _represents(make_doc, text, lang, "Alcazar") == "state/chile"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Southern African leaders urged the unity government in Zimbabwe to act.\n\nThe accord made "
           "President Marco Bellandi and Prime Minister Pedro Alcazar partners."),
    ("de", "Die Staaten des südlichen Afrika drängten die Einheitsregierung in Simbabwe zum Handeln.\n\nDas "
           "Abkommen machte Präsident Marco Bellandi und Premierminister Pedro Alcazar zu Partnern."),
    ("fr", "Les dirigeants d'Afrique australe ont exhorté le gouvernement d'union au Zimbabwe à agir.\n\n"
           "L'accord a uni le président Marco Bellandi et le Premier ministre Pedro Alcazar."),
    ("es", "Los líderes del sur de África instaron al gobierno de unidad en Zimbabue a actuar.\n\nEl acuerdo "
           "unió al presidente Marco Bellandi y al primer ministro Pedro Alcazar."),
])
def test_actors_role_without_a_state_takes_the_state_of_the_sentence_before(make_doc: MakeDoc, lang: str,
                                                                            text: str) -> None:
    assert _represents(make_doc, text, lang, "Bellandi") == "state/zimbabwe"
    assert _represents(make_doc, text, lang, "Alcazar") == "state/zimbabwe"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kerry met the two candidates of the Nigerian election, President Marco Bellandi and General "
           "Muhammadu Buhari."),
    ("fr", "M. Kerry a rencontré les deux candidats à la présidentielle nigériane, le président "
           "Marco Bellandi et le général Muhammadu Buhari."),
])
def test_actors_two_persons_of_one_state_both_serve_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    doc = make_doc(text, lang)
    person = next(a for a in doc.actors.values() if a.kind == "Person" and "Bellandi" in a.label)
    assert person.represents == "state/nigeria"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Northern Liberation Front (NLF) will attend, said the spokesman of the NLF, Pedro Alcazar."),
    ("fr", "Le Front de libération du Nord (FLN) participera, a déclaré le porte-parole du FLN, Pedro "
           "Alcazar."),
    ("es", "El Frente de Liberación del Norte (FLN) asistirá, dijo el portavoz del FLN, Pedro Alcazar."),
    ("de", "Die Front für die Befreiung des Nordens (FBN) nimmt teil, sagte der Sprecher der FBN, Pedro "
           "Alcazar."),
])
def test_actors_role_of_an_organisation_only_the_article_names(make_doc: MakeDoc, lang: str,
                                                              text: str) -> None:
    rep = _represents(make_doc, text, lang, "Alcazar")
    assert rep is not None and rep.startswith("org/")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "South Sudanese rebel leader Pedro Alcazar met President Salva Kiir. The rebels want elections."),
    ("fr", "Le chef rebelle sud-soudanais Pedro Alcazar a rencontré le président Salva Kiir. Les rebelles "
           "exigent des élections."),
    ("es", "El líder rebelde sursudanés Pedro Alcazar se reunió con el presidente Salva Kiir. Los rebeldes "
           "exigen elecciones."),
])
def test_actors_rebel_leader_represents_the_rebels(make_doc: MakeDoc, lang: str, text: str) -> None:
    rep = _represents(make_doc, text, lang, "Alcazar")
    assert rep is not None and rep.startswith("org/") and "sudan" in rep


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "South Korea's chief delegate Pedro Alcazar shook hands with the North Korean envoy."),
    ("de", "Südkoreas Delegationsleiter Pedro Alcazar schüttelte dem nordkoreanischen Gesandten die Hand."),
    ("fr", "Le délégué sud-coréen Pedro Alcazar a serré la main de l'envoyé nord-coréen."),
    ("es", "El delegado surcoreano Pedro Alcazar estrechó la mano del enviado norcoreano."),
])
def test_actors_delegate_represents_the_state_named_with_it(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _represents(make_doc, text, lang, "Alcazar") == "state/south-korea"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les sanctions visent le président Emmerson Mnangagwa et son prédécesseur, Pedro Alcazar."),
    ("en", "The sanctions target President Emmerson Mnangagwa and his predecessor, Pedro Alcazar."),
    ("de", "Die Sanktionen treffen Präsident Emmerson Mnangagwa und seinen Vorgänger Pedro Alcazar."),
    ("es", "Las sanciones afectan al presidente Emmerson Mnangagwa y a su predecesor, Pedro Alcazar."),
])
def test_actors_predecessor_served_the_same_state(make_doc: MakeDoc, lang: str, text: str) -> None:
    assert _represents(make_doc, text, lang, "Alcazar") == "state/zimbabwe"


def test_actors_owner_of_the_body_a_role_heads(make_doc: MakeDoc) -> None:
    """English names the body between the possessive and the role: "Taiwan's Mainland Affairs
    Council chairman" serves Taiwan, not China named later in the sentence."""
    text = ("The talks went well, said Taiwan's Mainland Affairs Council chairman Pedro Alcazar in "
            "Nanjing, China.")
    assert _represents(make_doc, text, "en", "Alcazar") == "state/taiwan"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le président a limogé son Premier ministre, Pedro Alcazar, leader du Front de libération du Nord "
           "(FLN)."),
    ("en", "The president dismissed his prime minister, Pedro Alcazar, leader of the Northern Liberation "
           "Front (NLF)."),
    ("es", "El presidente destituyó a su primer ministro, Pedro Alcazar, líder del Frente de Liberación del "
           "Norte (FLN)."),
])
def test_actors_apposition_naming_a_body_beats_a_bare_role(make_doc: MakeDoc, lang: str, text: str) -> None:
    rep = _represents(make_doc, text, lang, "Alcazar")
    assert rep is not None and rep.startswith("org/")


def test_actors_a_former_office_holder_keeps_the_state_of_every_post(make_doc: MakeDoc) -> None:
    """Out of office on the article's day, a person who only ever served one state still serves
    it, rather than whatever state the sentence names."""
    doc = make_doc("Before the visit of President Barack Obama to Vietnam, a dissident was freed.", "en")
    assert doc.actors["person/barack-obama"].represents == "state/united-states"


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Henrik Solvang, kritisierte die "
           "Todesstrafe.", "org/eu"),
    ("en", "The Arab League mediator, veteran Algerian diplomat Henrik Solvang, criticized the death "
           "penalty.", "org/arab-league"),
    ("fr", "Le représentant de l'ONU, le diplomate norvégien Henrik Solvang, a critiqué la peine de mort.",
     "org/un"),
    ("es", "El enviado de la ONU, el diplomático noruego Henrik Solvang, criticó la pena de muerte.",
     "org/un"),
])
def test_actors_an_office_set_before_the_name_beats_a_nationality(
    make_doc: MakeDoc, lang: str, text: str, want: str
) -> None:
    """"The EU's representative, the Danish diplomat X": the office before the apposition says
    whom the person acts for; the nationality of the second role says only where they are from."""
    assert _represents(make_doc, text, lang, "Solvang") == want


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Die Rebellen hatten die Hauptstadt Sanaa erobert und Präsident Abdul Karim Hamdani zur Flucht "
           "nach Saudi-Arabien gezwungen.", "state/yemen"),
    ("en", "The rebels seized the capital Sanaa and forced President Abdul Karim Hamdani to flee to Saudi "
           "Arabia.", "state/yemen"),
    ("fr", "Les rebelles ont pris la capitale Sanaa et forcé le président Abdul Karim Hamdani à fuir vers "
           "l'Arabie saoudite.", "state/yemen"),
    ("es", "Los rebeldes tomaron la capital Saná y obligaron al presidente Abdul Karim Hamdani a huir hacia "
           "Arabia Saudí.", "state/yemen"),
    ("de", "Als Grund nannte Außenminister Abdul Karim Hamdani am Sonntag Angriffe der vom Iran "
           "unterstützten Rebellen.", None),
    # a destination named before the person is where someone came to meet them
    ("de", "Der Kommissar kommt am Mittwoch nach Jemen und führt Gespräche mit Außenminister Abdul Karim "
           "Hamdani.", "state/yemen"),
])
def test_actors_the_guess_skips_a_destination_and_another_actors_backer(
    make_doc: MakeDoc, lang: str, text: str, want: str | None
) -> None:
    """A person with a state's office but no state of their own is guessed to serve a state of
    the sentence; not one named after them as where they went ("nach Saudi-Arabien", "to Saudi
    Arabia"; `grammar.yml` `destinations`), nor the agent of something else ("die vom Iran unterstützten
    Rebellen")."""
    assert _represents(make_doc, text, lang, "Hamdani") == want


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "EU-Handelskommissar Maroš Šefčovič forderte am Mittwoch neue Sanktionen."),
    ("de", "Die EU-Erweiterungskommissarin Marta Kos besuchte am Mittwoch Chisinau."),
    ("en", "EU trade commissioner Maroš Šefčovič demanded new sanctions on Wednesday."),
    ("fr", "Le commissaire européen au Commerce, Maroš Šefčovič, a réclamé mercredi de nouvelles sanctions."),
    ("es", "El comisario europeo de Comercio, Maroš Šefčovič, exigió el miércoles nuevas sanciones."),
])
def test_actors_an_eu_commissioner_introduced_by_the_office_acts_for_the_eu(
    make_doc: MakeDoc, lang: str, text: str
) -> None:
    """A commissioner is an office of the EU in every language ("EU-Handelskommissar", a German
    compound of "Kommissar"; "commissaire européen au Commerce, X," with its portfolio between):
    the name after it is a person who represents the EU."""
    persons = [a for a in make_doc(text, lang).actors.values() if a.kind == "Person"]
    assert len(persons) == 1 and persons[0].represents == "org/eu"
