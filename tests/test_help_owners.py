"""Help named by its giver's adjective or name (kg/extract/help_owners.py), on sentences of
our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With French backing, Chad sent troops to Mali.", ("France", "supported", "Chad")),
        (
            "With Russian help, the Syrian army captured Palmyra.",
            ("Russia", "supported", "Syrian army"),
        ),
        (
            "With Iranian funding, Hezbollah built a network of schools.",
            ("Iran", "supported", "Hezbollah"),
        ),
        # the "with" phrase hung on the subject noun
        (
            "The Nigerian army, with Chadian support, attacked Boko Haram.",
            ("Chad", "supported", "Nigerian army"),
        ),
        # a state's possessive pronoun
        (
            "France sent jets to Chad. With its help, Chad attacked the rebels.",
            ("France", "supported", "Chad"),
        ),
        # the giver in front of what the help was
        (
            "Kurdish fighters seized the town with the help of US air strikes.",
            ("United States", "supported", "Kurdish fighters"),
        ),
    ],
)
def test_help_owners_giver_supports(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The country or named actor whose help a "with" phrase names supports the clause's
    subject."""
    found = triples(extract(text))
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_help_owners_no_giver_named(extract: Any) -> None:
    """An adjective of no one country ("European support") names no giver."""
    found = triples(extract("Kenya welcomed the deal with European support."))
    assert not any(p == "supported" and s == "European" for s, p, _ in found)
