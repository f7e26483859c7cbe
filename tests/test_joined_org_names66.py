"""Organisations' names with two coordinated words in front of their head noun (absento66):
"the Freedom and Justice Party", "the Sports and Recreation Commission". The small model
leaves such a name untagged, or tags only the words after "and"; the name is one
organisation, from the words the parser coordinates (kg/resolve/org_names.py,
``org_name_heads`` in kg/data/en/names.json). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.org_names import headed_org_mentions
from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leaders of the Unity and Development Party met in Dodoma on Friday.",
            "Unity and Development Party",
        ),
        (
            "The Peace and Prosperity Party condemned the arrests in Lusaka.",
            "Peace and Prosperity Party",
        ),
        (
            "A statement from the Peace and Security Council condemned the coup.",
            "Peace and Security Council",
        ),
        (
            "Officials of the Truth and Dignity Commission met the victims in Tunis.",
            "Truth and Dignity Commission",
        ),
    ],
)
def test_joined_front_is_one_organisation(extract: Any, text: str, name: str) -> None:
    """The two coordinated words and the head are one Organization node; the words after
    "and" are no organisation of their own ("Security Council" would be the UN's)."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(name) == "Organization"
    tail = name.split(" and ", 1)[1]
    assert tail not in types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a known party on the left is a name of its own
        ("Labour and Conservative Party leaders met on Tuesday in London.", "Labour and"),
        # an organisation the model tagged on the left stays apart
        ("Hamas and Islamic Jihad Movement fighters fired rockets.", "Hamas and"),
        # "and" opening the front after a sentence-start word: no one name
        ("Reform and Justice Party leaders met.", "Reform and"),
    ],
)
def test_joined_front_not_joined(extract: Any, text: str, absent: str) -> None:
    """No name over "and" when the word before it is a name of its own or a sentence's
    first word."""
    labels = node_types(extract(text, published="2015-06-10"))
    assert not any(label.startswith(absent) for label in labels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates of the Freedom and Equality Party said the vote was rigged.",
            ["Freedom and Equality Party"],
        ),
    ],
)
def test_joined_front_finder(nlp: Any, text: str, expected: list[str]) -> None:
    """The finder alone, on the model's tokens with no mention found before it."""
    doc = nlp(text)
    found = headed_org_mentions(list(doc), doc.text, default_lexicon(), [])
    assert [m.text for m in found] == expected
