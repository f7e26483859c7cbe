"""Supported, second pass (sup45): allies given as examples ("the regime and its agents,
including X": kg/extract/ally_examples.py) and relief ordered ("ordered the navy to rescue
the migrants": ``relief_senders`` in kg/data/en/cues.json), arrests placed by a joined hold
("was arrested and held for three years in Iran": kg/extract/custody_passives.py). Sentences
of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "We will fight the Syrian regime and its agents on the ground, including Hezbollah"
            " and others.",
            ("Hezbollah", "supported", "Syrian regime"),
            None,
        ),
        (
            "Iran's allies in the region, including Hezbollah and the Houthis, condemned the"
            " strikes.",
            ("Houthis", "supported", "Iran"),
            None,
        ),
        (
            "We will fight Russia and its allies, including Belarus.",
            ("Belarus", "supported", "Russia"),
            None,
        ),
        # no longer allies, or no allies at all: no support
        (
            "Russia and its former allies, including Belarus, met in Minsk.",
            None,
            ("Belarus", "supported", "Russia"),
        ),
        (
            "Russia and its enemies, including Ukraine, met in Minsk.",
            None,
            ("Ukraine", "supported", "Russia"),
        ),
    ],
)
def test_ally_examples_support_the_owner(
    extract: Any, text: str, expected: Triple | None, absent: Triple | None
) -> None:
    """Each side named after "including"/"such as" on an owned ally noun supports the owner."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        (
            "Italian Prime Minister Matteo Renzi ordered the navy to rescue the migrants.",
            ("Matteo Renzi", "supported", "migrants"),
            "occurred",
        ),
        (
            "Italian Prime Minister Matteo Renzi refused to order the navy to rescue the migrants.",
            ("Matteo Renzi", "supported", "migrants"),
            "denied",
        ),
    ],
)
def test_relief_ordered_supports_the_helped(
    extract: Any, text: str, triple: Triple, status: str
) -> None:
    """Ordering one's forces to rescue people aids them; refusing to is no aid."""
    graph = extract(text, published="2015-06-10")
    assert statuses(graph, triple) == {status}


def test_relief_ordered_arrest_is_no_aid(extract: Any) -> None:
    """Ordering the police to arrest people is no aid to them."""
    graph = extract(
        "Italian Prime Minister Matteo Renzi ordered the police to arrest the migrants.",
        published="2015-06-10",
    )
    assert ("Matteo Renzi", "supported", "migrants") not in triples(graph)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Ali Hassan was arrested and held for three years in Iran.",
            ("Iran", "sanctioned", "Ali Hassan"),
            None,
        ),
        (
            "Ali Hassan was jailed for a year in Egypt.",
            ("Egypt", "sanctioned", "Ali Hassan"),
            None,
        ),
        # the place of what he was arrested for is not where he was held
        (
            "Ali Hassan was arrested for his role in the protests in Iran.",
            None,
            ("Iran", "sanctioned", "Ali Hassan"),
        ),
    ],
)
def test_custody_passives_place_on_a_joined_hold(
    extract: Any, text: str, expected: Triple | None, absent: Triple | None
) -> None:
    """An agentless arrest is the act of the state where a joined, subjectless participle or
    its time span places it ("arrested and held for three years in Iran")."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
