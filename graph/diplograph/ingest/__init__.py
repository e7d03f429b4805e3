"""Ingest: read inputs, extract HTML, clean page text, split sentences, detect the language.

Everything here works on plain strings and returns plain records; the pipeline decides when to
call what. Only :mod:`~diplograph.ingest.read` and :mod:`~diplograph.ingest.lexicon` touch files.
"""
