"""Guess an article's language from its function words.

Counting frequent function words (``data/lexicon/<lang>/stopwords.yml``) is enough to tell
German, English, French and Spanish news apart, needs no model, and is deterministic. A word
shared by several languages ("de", "en", "a") counts for each in proportion, so only the
distinctive ones decide.

>>> detect_language("Der Außenminister sagte, dass die Gespräche in Genf fortgesetzt werden.")
'de'
>>> detect_language("Hi")
'en'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from diplograph.ingest.lexicon import load_stopwords

FALLBACK = "en"
# Below this many function-word hits the evidence is too thin to overrule the fallback.
_MIN_HITS = 1.5
# The opening of an article says enough; reading further only costs time.
_SAMPLE_CHARS = 4000
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def detect_language(text: str, stopwords: Mapping[str, frozenset[str]] | None = None) -> str:
    """Return the language code whose function words are most frequent in ``text``.

    ``stopwords`` defaults to the project's lists. Short or word-less text gives ``"en"``; ties
    go to ``"en"`` when it is among the best, else to the first code in sorted order.
    """
    lists = stopwords if stopwords is not None else load_stopwords()
    share: dict[str, int] = {}
    for words in lists.values():
        for word in words:
            share[word] = share.get(word, 0) + 1
    scores = dict.fromkeys(sorted(lists), 0.0)
    for match in _WORD.finditer(text[:_SAMPLE_CHARS]):
        word = match.group().casefold()
        if word not in share:
            word = word.split("'")[0].split("’")[0]  # French elision: "l'accord" counts as "l"
            if word not in share:
                continue
        weight = 1.0 / share[word]
        for lang in scores:
            if word in lists[lang]:
                scores[lang] += weight
    best = max(scores.values(), default=0.0)
    if best < _MIN_HITS:
        return FALLBACK
    winners = [lang for lang, score in scores.items() if score == best]
    return FALLBACK if FALLBACK in winners else winners[0]
