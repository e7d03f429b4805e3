"""Extraction at scale: articles to compressed N-Quads shards on many cores or machines, then
one bulk load into the store.

``extract`` (:mod:`.extract`, :mod:`.cluster`) never touches a store, so any number of worker
processes or Dask workers can run it side by side; ``load`` (:mod:`.load`) is the single
writer. The shard format (:mod:`.shards`) carries exactly the quads ``diplograph ingest`` would
write, plus each article's candidate display labels, which only the loader can settle because
they depend on what the store already holds.
"""
