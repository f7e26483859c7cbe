"""Roles: "presidential spokesman X" speaks for the one person the article titles President;
with no such person, or two, no claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            'President Pierre Nkurunziza returned on Friday. "We will not give up," said '
            "presidential spokesman Gervais Abayeho.",
            ("Gervais Abayeho", "spokesperson_for", "Pierre Nkurunziza"),
        ),
        (
            "President Yoweri Museveni left Kampala on Monday. Presidential adviser John "
            "Nagenda said the trip was planned.",
            ("John Nagenda", "adviser_to", "Yoweri Museveni"),
        ),
    ],
)
def test_roles_presidential_title_is_the_named_president(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A presidential spokesperson or adviser serves the one president the article named."""
    assert triple in triples(extract(text, published="2015-05-20"))


def test_roles_presidential_title_with_two_presidents_names_neither(extract: Any) -> None:
    """Two presidents named before: the presidential spokesman serves neither in the graph."""
    graph = extract(
        "President Pierre Nkurunziza met President Jakaya Kikwete on Friday. Presidential "
        "spokesman Willy Nyamitwe said the talks went well.",
        published="2015-05-20",
    )
    assert not [t for t in triples(graph) if t[0] == "Willy Nyamitwe"]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            '"We are ready," said Marco Boasso, IOM chief of mission in the Philippines.',
            ("Marco Boasso", "member_of", "IOM"),
        ),
        (
            '"We are ready," said Kate Allen, head of research at Amnesty International.',
            ("Kate Allen", "member_of", "Amnesty International"),
        ),
        (
            '"We are ready," said Kate Allen, head of Amnesty International.',
            ("Kate Allen", "leader_of", "Amnesty International"),
        ),
    ],
)
def test_roles_chief_of_a_unit_is_a_member(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A chief of an unnamed unit ("chief of mission") is a member of the organisation."""
    assert triple in triples(extract(text, published="2015-05-20"))
