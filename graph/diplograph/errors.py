"""Exceptions raised by the library.

Only the command line turns them into messages; library code raises, never prints.
Each message names the file, key or offset at fault so the user can act on it.
"""


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """An article or option the user gave cannot be read (missing, empty, binary, bad date)."""


class DataError(DiplographError):
    """A gazetteer or lexicon file is malformed or names an unknown term."""


class OntologyError(DiplographError):
    """The ontology files are missing or do not define a term the code relies on."""


class StoreError(DiplographError):
    """The graph store cannot be opened, queried or written."""
