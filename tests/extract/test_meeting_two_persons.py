"""A plural phrase with a role noun ("the two ministers", "die beiden Minister", "les deux
ministres", "los dos ministros") that tells of a meeting no earlier sentence told stands for the
two persons named last, not for a group of states named in between.

Each test holds sentences written for it; none is taken from an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from diplograph.model import Document

MakeDoc = Callable[..., Document]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Norway's foreign minister Espen Barth Eide proposed a contact group. Lithuania's foreign minister "
         "Kestutis Budrys said he was ready to join it. Finland, Latvia and Lithuania have left the treaty. "
         "The two ministers had met privately the evening before.", "en"),
        ("Norwegens Außenminister Espen Barth Eide schlug eine Kontaktgruppe vor. Litauens Außenminister "
         "Kęstutis Budrys zeigte sich offen. Finnland, Lettland und Litauen haben den Vertrag verlassen. Die "
         "beiden Minister hatten sich am Vorabend unter vier Augen getroffen.", "de"),
        ("Le ministre norvégien Espen Barth Eide a proposé un groupe de contact. Le ministre lituanien "
         "Kęstutis Budrys s'est dit disposé à le rejoindre. La Finlande, la Lettonie et la Lituanie ont "
         "quitté le traité. Les deux ministres s'étaient vus en tête-à-tête la veille au soir.", "fr"),
        ("El canciller noruego Espen Barth Eide propuso un grupo de contacto. El canciller lituano Kęstutis "
         "Budrys se mostró dispuesto. Finlandia, Letonia y Lituania abandonaron el tratado. Los dos "
         "ministros se habían reunido la víspera en privado.", "es"),
    ],
)
def test_the_two_ministers_are_the_two_persons_named_last(make_doc: MakeDoc, text: str, lang: str) -> None:
    met = [sorted(m.participants) for m in make_doc(text, lang).meetings]
    assert met == [["person/espen-barth-eide", "person/kestutis-budrys"]]
