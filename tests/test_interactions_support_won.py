"""Support or praise won from someone ("won support from X", "secured the backing of X")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tsipras has won limited support from Germany for his reforms.",
            ("Germany", "supported", "Alexis Tsipras"),
        ),
        (
            "Kenya won praise from Amnesty International.",
            ("Amnesty International", "supported", "Kenya"),
        ),
        ("Kenya has received the support of Britain.", ("United Kingdom", "supported", "Kenya")),
        ("Mali secured the backing of France for its plan.", ("France", "supported", "Mali")),
    ],
)
def test_interactions_support_won_from_someone(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The one a winning or receiving verb's support noun comes from supports its subject."""
    found = triples(extract(text))
    assert expected in found
    reverse = (expected[2], expected[1], expected[0])
    assert reverse not in found


def test_interactions_support_won_not_the_winner_s(extract: Any) -> None:
    """A war won is no support won: "Kenya won the war against Somalia" gives no support."""
    found = triples(extract("Kenya won the war against Somalia."))
    assert not any(p == "supported" for _, p, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Syrian rebels received anti-tank weapons from Saudi Arabia.",
            ("Saudi Arabia", "supported", "Syrian rebels"),
        ),
        (
            "The Houthis have received arms and training from Iran.",
            ("Iran", "supported", "Houthis"),
        ),
        (
            "Kurdish fighters have received training from US advisers.",
            ("US government", "supported", "Kurdish fighters"),
        ),
        (
            "The refugees received food from the World Food Programme.",
            ("World Food Programme", "supported", "refugees"),
        ),
        (
            "The Kurdish Peshmerga received tanks and artillery from Germany.",
            ("Germany", "supported", "Peshmerga"),
        ),
    ],
)
def test_interactions_support_won_help_received(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """Help received ("received weapons / training / food from X"): the "from" side aids the
    receiver, not the other way round."""
    found = triples(extract(text))
    assert expected in found
    reverse = (expected[2], expected[1], expected[0])
    assert reverse not in found


def test_interactions_support_won_no_help_received(extract: Any) -> None:
    """A call or a visit received is no help: "received a phone call from Putin", "received
    a delegation from Qatar" give no support."""
    for text in (
        "Erdogan received a phone call from Vladimir Putin.",
        "The Egyptian president received a delegation from Qatar.",
        "The Kurdish town received heavy artillery fire from the Syrian army.",
    ):
        found = triples(extract(text))
        assert not any(p == "supported" for _, p, _ in found), found
