"""The sides a "between" phrase names fight each other; a place after it is where they
fight, not what they attacked ("fled clashes between Hamas and Fatah in Rafah"). Sentences
are about other actors than the article that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

# (sentence, the claim made, the claim not made)
CASES: list[tuple[str, tuple[str, str, str], tuple[str, str, str]]] = [
    (
        "Families fled clashes between Hamas and Fatah in Rafah.",
        ("Hamas", "attacked", "Fatah"),
        ("Hamas", "attacked", "Rafah"),
    ),
    (
        "Residents fled heavy clashes between Hamas and Fatah in Gaza.",
        ("Hamas", "attacked", "Fatah"),
        ("Fatah", "attacked", "Gaza"),
    ),
]


@pytest.mark.parametrize(("sentence", "made", "not_made"), CASES)
def test_interactions_between_sides_fight_each_other(
    extract: Any,
    sentence: str,
    made: tuple[str, str, str],
    not_made: tuple[str, str, str],
) -> None:
    """Each side attacked the other, and neither attacked the place of the fighting."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *made), sorted(triples(graph))
    assert not claims_between(graph, *not_made), sorted(triples(graph))


def test_interactions_between_sides_attacks_in_a_place(extract: Any) -> None:
    """Attacks with no sides named still hit the place they are in."""
    graph = extract("Al-Shabab carried out several attacks in Kenya.", published="2015-05-15")
    assert claims_between(graph, "al-Shabab", "attacked", "Kenya"), sorted(triples(graph))
