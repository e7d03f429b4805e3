"""Identity: name keys and the linking of mentions to actors."""
