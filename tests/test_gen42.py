"""Events real news writes that kg did not read (gen42): sides named by an "anti-" prefix
criticized the one they are against; "talks" with or between parties are negotiations."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

ANTI_FOUND = [
    (
        "President Nicolas Maduro spoke in Caracas. A spokesman for the anti-Maduro camp, "
        "Jesus Torrealba, said the vote was rigged.",
        ("anti-Maduro camp", "criticized", "Nicolás Maduro"),
    ),
    (
        "Hamas ruled Gaza. Anti-Hamas activists marched in Ramallah on Friday.",
        ("Anti-Hamas activists", "criticized", "Hamas"),
    ),
    (
        "Former president Laurent Gbagbo fled to Ghana. Anti-Gbagbo fighters attacked the "
        "police station in Abidjan on Monday.",
        ("fighters", "criticized", "Laurent Gbagbo"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ANTI_FOUND)
def test_loyalties_anti_side_criticized_the_named(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """An "anti-X" side or group criticized the person or group X names."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))


ANTI_NOT_FOUND = [
    # a cause, an idea or an act after "anti-" is no actor of the article
    "The Kurdish militia took Kobane. Anti-austerity activists marched in Athens.",
    "Muslim leaders met in Cairo. The anti-corruption commission charged the minister.",
    "The army fired anti-aircraft guns at the drones over Kashmir.",
    # no one of the article carries the name
    "The anti-Gbagbo camp celebrated in Abidjan on Monday.",
]


@pytest.mark.parametrize("text", ANTI_NOT_FOUND)
def test_loyalties_anti_cause_criticizes_no_one(extract: Any, text: str) -> None:
    """No criticized claim from an "anti-" phrase whose name is no person or group of the
    article."""
    graph = extract(text, published="2015-05-20")
    assert not [t for t in triples(graph) if t[1] == "criticized"], sorted(triples(graph))
