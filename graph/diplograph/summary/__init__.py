"""A summary of the store kept beside it, so whole-store views and analytics need not read
every fact through SPARQL on each run (issue 11; docs/summary.md).

``ingest`` and ``load`` keep it (:mod:`.maintain`); ``stats``, ``path``, ``view`` and
``export-graph`` read through it (:mod:`.reader`) when the store folder is exactly as the
summary last saw it (:mod:`.folder`), and through SPARQL otherwise.
"""
