"""The copy of the contract's terms in tests/test_vocab.py is the contract (../shared/design)."""

from __future__ import annotations

import re

from conftest import SHARED
from test_vocab import CONTRACT_TERMS

CONTRACT = SHARED / "design" / "ONTOLOGY.md"


def test_vocab_contract_list_matches_markdown() -> None:
    assert CONTRACT.is_file(), f"{CONTRACT} is missing"
    terms = set(re.findall(r"`(dgt?:[A-Za-z][\w-]*)`", CONTRACT.read_text(encoding="utf-8")))
    assert terms == set(CONTRACT_TERMS), "update CONTRACT_TERMS in tests/test_vocab.py"
