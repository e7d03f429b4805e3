"""Validate lexicon keys against the ontology.

A lexicon whose keys name ontology concepts (``roles``, ``stances``, ``topics``) must use
existing local names; otherwise an entry would silently never fire.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.errors import DataError

if TYPE_CHECKING:
    from diplograph.resources import Resources

#: lexicon file stem -> concept scheme local name in the ontology
KEYED_BY_SCHEME = {"roles": "Roles", "stances": "Stances", "topics": "Topics"}


def check_lexicons(res: Resources) -> None:
    """Raise DataError for a lexicon key that is no concept of its scheme."""
    try:
        from diplograph.ontology import concepts
        from diplograph.vocab import DG
    except ImportError:  # the ontology module is optional while bootstrapping
        return
    for lang, files in res.lexicons.items():
        for stem, scheme in KEYED_BY_SCHEME.items():
            data = files.get(stem)
            if not data:
                continue
            if not isinstance(data, dict):
                raise DataError(f"lexicon/{lang}/{stem}.yml: expected a mapping of {scheme} keys")
            known = concepts(DG[scheme])
            for key in data:
                if key not in known:
                    raise DataError(f"lexicon/{lang}/{stem}.yml: {key!r} is not a dg:{scheme} concept")
