"""Kind words in a name's span: lower-case words ending with a kind noun in front of an
organisation's name ("the opposition party X") are no part of its label
(kg/resolve/entities.py, clean_span)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from kg.lexicon import default_lexicon
from kg.resolve.entities import _after_kind_words
from tests.conftest import node_types

CASES = [
    (
        "Police detained the leader of the opposition party Union for Democratic Renewal "
        "(UDR) on Monday.",
        "Union for Democratic Renewal",
    ),
    (
        "He was the leader of the opposition party Union for National Progress (Uprona).",
        "Union for National Progress",
    ),
]


@pytest.mark.parametrize(("text", "label"), CASES)
def test_entities_kind_words_left_out_of_the_label(extract: Any, text: str, label: str) -> None:
    """The organisation's node is labelled with its name only."""
    types = node_types(extract(text))
    assert label in types, types
    assert not any(t.startswith("opposition") for t in types), types


def test_entities_kind_words_keep_a_lower_case_name() -> None:
    """Lower-case words that end with no kind noun stay ("al-Shabab" is no kind word)."""
    nlp = spacy.blank("en")
    lexicon = default_lexicon()
    for text, kept in [
        ("al-Shabab fighters", "al-Shabab fighters"),
        ("opposition party Union", "Union"),
        ("rebel Union", "rebel Union"),
    ]:
        tokens = list(nlp(text))
        assert " ".join(t.text for t in _after_kind_words(tokens, lexicon)).replace(
            " - ", "-"
        ) == kept.replace(" - ", "-")
