"""The first stage: split the cleaned content into sentences with exact offsets."""

from __future__ import annotations

from dataclasses import replace

from diplograph.ingest.lexicon import load_segment_rules
from diplograph.ingest.segment import split_sentences
from diplograph.model import Document
from diplograph.pipeline import stage
from diplograph.resources import Resources


@stage("sentences", requires=("content", "lang"), assigns=("sentences",))
def find_sentences(doc: Document, res: Resources) -> Document:
    """Split ``doc.content`` with the language's abbreviation rules."""
    rules = load_segment_rules(doc.lang, res.lexicon_root)
    sentences = split_sentences(
        doc.content,
        doc.lang,
        rules.abbreviations,
        sentence_final=rules.sentence_final,
        ordinal_dot=rules.ordinal_dot,
        adjectival=rules.adjectival,
        sentence_starters=rules.sentence_starters,
    )
    return replace(doc, sentences=sentences)
