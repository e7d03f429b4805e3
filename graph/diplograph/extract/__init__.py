"""Extraction stages: each reads one kind of fact from a Document."""
