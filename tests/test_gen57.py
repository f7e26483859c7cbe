"""A passive conjunct with an auxiliary but no subject of its own ("X withdrew from the town
and was praised by Y") is done to the subject of the clause it is joined to. Sentences are
about other actors than the articles that motivated the rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]

SHARED: list[tuple[str, Triple]] = [
    (
        "The Kenyan army withdrew from the town and was praised by the African Union.",
        ("African Union", "supported", "Kenyan army"),
    ),
    (
        "Hamas fired rockets into Israel and was condemned by the European Union.",
        ("European Union", "criticized", "Hamas"),
    ),
    (
        "Ashraf Ghani visited Islamabad and was criticised by Hamid Karzai for the trip.",
        ("Hamid Karzai", "criticized", "Ashraf Ghani"),
    ),
    (
        "The Kenyan army withdrew from the town and was attacked by al-Shabab fighters.",
        ("al-Shabab", "attacked", "Kenyan army"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), SHARED)
def test_passive_conjunct_shares_its_heads_subject(
    extract: Any, sentence: str, triple: Triple
) -> None:
    """The one a subjectless passive conjunct is done to is its head clause's subject."""
    got = triples(extract(sentence, published="2015-05-20"))
    assert triple in got, sorted(got)


OWN: list[tuple[str, Triple]] = [
    # an active conjunct: the head's subject acts, it is not acted on
    (
        "The Kenyan army withdrew from the town and praised the African Union.",
        ("African Union", "supported", "Kenyan army"),
    ),
    # the conjunct has a subject of its own
    (
        "The Kenyan army withdrew and the Somali army was praised by the African Union.",
        ("African Union", "supported", "Kenyan army"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), OWN)
def test_conjunct_with_own_subject_or_active_is_not_shared(
    extract: Any, sentence: str, triple: Triple
) -> None:
    """An active conjunct, or a passive one with its own subject, does not take the head's."""
    got = triples(extract(sentence, published="2015-05-20"))
    assert triple not in got, sorted(got)
