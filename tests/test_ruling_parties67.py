"""Party descriptions as actors (kg/extract/ruling_parties.py, party67): "the ruling party" is
the one body its article names as ruling, and "his party" / "X's party" the one party the
article makes that person's; with none, or two, they stay unresolved."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

RULING = [
    # named as ruling with its kind noun, with no kind noun, or in apposition
    (
        "Zimbabwe's ruling ZANU-PF party met in Harare. Later the ruling party criticized Britain.",
        ("ZANU-PF party", "criticized", "United Kingdom"),
    ),
    (
        "The governing Likud won the election. The ruling party criticized the Palestinian "
        "Authority.",
        ("Likud", "criticized", "Palestinian Authority"),
    ),
    (
        "The Socialist Party, the ruling party, won the vote on Sunday. Later the ruling party "
        "criticized the Greens.",
        ("Socialist Party", "criticized", "Greens"),
    ),
    (
        "The ruling Justice and Development Party lost its majority. The ruling party accused "
        "the HDP of links to the PKK.",
        ("Justice and Development Party", "criticized", "HDP"),
    ),
    # a coalition is "the ruling coalition"
    (
        "The ruling Barisan Nasional coalition won the election. The ruling coalition "
        "criticized Anwar Ibrahim.",
        ("Barisan Nasional", "criticized", "Anwar Ibrahim"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), RULING)
def test_ruling_party_is_the_named_ruler(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "the ruling party" takes the one body the article names as ruling."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


UNRESOLVED = [
    # no body named as ruling: no gazetteer guess
    (
        "Voters in Venezuela went to the polls on Sunday. The ruling party criticized the "
        "United States.",
        "United States",
    ),
    # two bodies named as ruling (a name the article does not link counts too)
    (
        "The ruling Socialist Party won in Portugal and the ruling Law and Justice party won "
        "in Poland. The ruling party criticized the European Union.",
        "European Union",
    ),
    # a coalition named as ruling is no "ruling party"
    (
        "The ruling Barisan Nasional coalition won the election. The ruling party criticized "
        "Anwar Ibrahim.",
        "Anwar Ibrahim",
    ),
]


@pytest.mark.parametrize(("text", "target"), UNRESOLVED)
def test_ruling_party_unresolved(extract: Any, text: str, target: str) -> None:
    """No ruler named, two, or one of another kind: nobody criticizes the target."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1:] == ("criticized", target)}, found


OWN = [
    # the party the person leads, told by an apposition or a title
    (
        "Jeremy Corbyn, leader of the Labour Party, spoke in London on Monday. His party "
        "criticized Russia.",
        ("Labour Party", "criticized", "Russia"),
    ),
    (
        "Labour Party leader Jeremy Corbyn spoke in London on Monday. Corbyn's party "
        "criticized Russia.",
        ("Labour Party", "criticized", "Russia"),
    ),
    # a party the gazetteer lacks, led by the person
    (
        "Police arrested Kizza Besigye, the leader of the Forum for Democratic Change, on "
        "Monday. Police also detained members of his party.",
        ("Police", "sanctioned", "Forum for Democratic Change"),
    ),
    # the party named with the person's possessive
    (
        "Angela Merkel's Christian Democrats won the vote. Merkel's party criticized Russia.",
        ("Christian Democrats", "criticized", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), OWN)
def test_own_party_is_the_persons(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """ "his party" takes the one party the article makes that person's."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT_OWN = [
    # no party of the person's named
    "Pedro Sanchez spoke in Madrid. His party criticized Russia.",
    # a body the person leads that is of another sector is no party
    "Kenneth Roth, the director of Human Rights Watch, spoke in Geneva. His party "
    "criticized Russia.",
]


@pytest.mark.parametrize("text", NOT_OWN)
def test_own_party_unresolved(extract: Any, text: str) -> None:
    """No party of that person's: nobody criticizes Russia."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1:] == ("criticized", "Russia")}, found
