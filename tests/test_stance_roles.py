"""Relational nouns of stance used as a title before a name (kg/extract/stance_roles.py):
"its ally Belarus", "Assad's main backer Russia", "Kremlin critic X" -> the named one's stance
towards the noun's owner."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

TITLED: list[tuple[str, Triple]] = [
    ("Syria's ally Iran sent weapons to Damascus.", ("Iran", "supported", "Syria")),
    ("Russia and its ally Belarus held drills near Poland.", ("Belarus", "supported", "Russia")),
    ("Assad's main backer Russia sent more jets.", ("Russia", "supported", "Assad")),
    (
        "Putin critic Alexei Navalny was detained in Moscow.",
        ("Alexei Navalny", "criticized", "Vladimir Putin"),
    ),
]

NOT_TITLED: list[tuple[str, Triple]] = [
    # a lapsed ally holds no stance now
    (
        "Saudi Arabia's former ally Egypt refused the request.",
        ("Egypt", "supported", "Saudi Arabia"),
    ),
    # a sports title is no stance: "champion" is a title noun only in an apposition
    (
        "US Open champion Marin Cilic lost to Fernando Verdasco.",
        ("Marin Cilic", "supported", "United States"),
    ),
    # no name right after the noun: "Assad's allies" describe no named actor
    ("Iran and Assad's allies in Lebanon sent fighters.", ("Iran", "supported", "Assad")),
]


@pytest.mark.parametrize(("sentence", "triple"), TITLED)
def test_stance_roles_noun_before_a_name(extract: Any, sentence: str, triple: Triple) -> None:
    """An owned relational noun right before a name ("Syria's ally Iran") is the name's
    standing stance towards the owner."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_TITLED)
def test_stance_roles_no_stance_without_a_named_holder(
    extract: Any, sentence: str, triple: Triple
) -> None:
    """A lapsed noun ("former ally") or one with no name after it gives no stance."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)
