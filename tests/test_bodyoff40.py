"""Officials of a named body (bodyoff40).

1. "Labour Party officials": a sector phrase whose first word ends a name ("party officials"
   inside "Labour Party officials") starts after the name, which owns the rest; the body is
   never shown as "Party officials" (kg/resolve/collectives.py ``_past_name``).
2. "senior UN officials", "AK party officials": an organisation's officials, uncounted, are
   its staff, a group of their own article labelled as written, as counted ones ("nine FIFA
   officials") already are (kg/resolve/collectives.py ``_staff_item``). A state's ("White
   House officials") or an armed group's ("Hezbollah officials") stand for it as before.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Labour Party officials criticised Hamas.",
            ("Labour Party officials", "criticized", "Hamas"),
            "Party officials",
        ),
        (
            "Republican Party officials criticised Barack Obama.",
            ("Republican Party officials", "criticized", "Barack Obama"),
            "Party officials",
        ),
        (
            "Senior UN officials criticised the Sudanese government.",
            ("UN officials", "criticized", "Sudanese government"),
            "United Nations",
        ),
        (
            "Likud party officials criticised Isaac Herzog.",
            ("Likud party officials", "criticized", "Isaac Herzog"),
            None,
        ),
        (
            "A Kenyan indictment of Safaricom officials was announced on Monday.",
            ("Kenya", "criticized", "Safaricom officials"),
            "Safaricom",
        ),
        (
            "NATO officials met Russian diplomats in Brussels.",
            ("NATO officials", "met", "Russian diplomats"),
            None,
        ),
    ],
)
def test_collectives_officials_of_a_named_body(
    extract: Any, text: str, expected: Triple | None, absent: str | None
) -> None:
    """An organisation's officials are a group of its own, the body's full name in its label."""
    graph = extract(text, published="2015-06-10")
    if expected is not None:
        assert expected in triples(graph)
    if absent is not None:
        assert absent not in node_types(graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's officials stand for it
        ("Hezbollah officials condemned the Israeli raid.", ("Hezbollah", "criticized", "Israel")),
        # a state's seat: its officials are the state's, no member of "White House"
        (
            "White House officials criticised the Russian government.",
            ("White House officials", "criticized", "Russian government"),
        ),
    ],
)
def test_collectives_officials_of_a_state_or_armed_group(
    extract: Any, text: str, expected: Triple
) -> None:
    """An armed group's officials stand for it; a state seat's are its country's."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
