"""Titles with no owner of their own that take one from the sentence (a title coordinated
after an owned one, an official a head of state sends or removes, an example of a country's
officials, an election's incumbent),
and an adviser's title towards an organisation that names one of its staff."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

# (text, triple made)
MADE = [
    # an adviser to an organisation that is no state's body is one of its staff
    (
        "Anna Berg, humanitarian adviser to Oxfam International, said the camps were full.",
        ("Anna Berg", "member_of", "Oxfam International"),
    ),
    (
        "Omar Hassan, an adviser to Hamas, said the truce would hold.",
        ("Omar Hassan", "member_of", "Hamas"),
    ),
    # a member's title after "and" shares the owner of the titled name before it
    (
        "Iraqi Defence Minister Khaled al-Obeidi and Interior Minister Mohammed Ghabban"
        " visited Ramadi.",
        ("Mohammed Ghabban", "member_of", "Iraq"),
    ),
    (
        "Russian Foreign Minister Ivan Sokolov and Defence Minister Pavel Orlov flew to Damascus.",
        ("Pavel Orlov", "member_of", "Russia"),
    ),
    (
        "Labour leader Ed Miliband and shadow Chancellor Ed Balls lost their seats.",
        ("Ed Balls", "member_of", "Labour"),
    ),
    # a head of state sends, appoints or removes an official of their own country
    (
        "Jordan's King Abdullah stayed at home, sending Foreign Minister Nasser Judeh and"
        " Deputy Prime Minister Ayman Safadi in his place.",
        ("Nasser Judeh", "member_of", "Jordan"),
    ),
    (
        "Jordan's King Abdullah stayed at home, sending Foreign Minister Nasser Judeh and"
        " Deputy Prime Minister Ayman Safadi in his place.",
        ("Ayman Safadi", "member_of", "Jordan"),
    ),
    (
        "Nigerian President Muhammadu Buhari sacked Defence Minister Musa Bello after the attack.",
        ("Musa Bello", "member_of", "Nigeria"),
    ),
    # an example of a country's officials holds an office of that country
    (
        "The plan was criticised by French political leaders including Interior Minister"
        " Pierre Durand.",
        ("Pierre Durand", "member_of", "France"),
    ),
    (
        "Several Iraqi officials, including Defence Minister Khaled al-Obeidi, visited Ramadi"
        " with Iranian President Hassan Rouhani.",
        ("Khaled al-Obeidi", "member_of", "Iraq"),
    ),
    # the incumbent of a presidential contest leads the contest's country
    (
        "Ivan Petrov took a surprise lead in Bulgaria's presidential election, edging ahead"
        " of incumbent Georgi Ivanov.",
        ("Georgi Ivanov", "leader_of", "Bulgaria"),
    ),
]

# (text, triple not made)
NOT_MADE = [
    # an adviser to a person or a government stays their adviser
    (
        "Ali Reza, an adviser to Iran's Supreme Leader Ali Khamenei, said the talks failed.",
        ("Ali Reza", "member_of", "Ali Khamenei"),
    ),
    (
        "John Smith, a senior adviser to the Iraqi government, said the offensive had begun.",
        ("John Smith", "member_of", "Iraqi government"),
    ),
    # a head's title after "and" is most often another country's head
    (
        "US President Barack Obama and Prime Minister Ivan Petrov met in Washington.",
        ("Ivan Petrov", "leader_of", "United States"),
    ),
    # two sides meeting: the second official may be another country's
    (
        "Iranian Foreign Minister Ali Rezaei and Secretary of State Tom Harris met in Geneva.",
        ("Tom Harris", "member_of", "Iran"),
    ),
    # a shadow portfolio is no office of the country
    (
        "British Foreign Secretary Philip Hammond and shadow Foreign Secretary Hilary Benn"
        " debated.",
        ("Hilary Benn", "member_of", "United Kingdom"),
    ),
    # meeting an official is no sending: the official is not the head's
    (
        "Jordan's King Abdullah met Foreign Minister Nasser Judeh in Amman.",
        ("Nasser Judeh", "member_of", "Jordan"),
    ),
    # an example of other people's officials holds no office of the country named elsewhere
    (
        "Iranian officials met several leaders including Foreign Minister Ivan Petrov.",
        ("Ivan Petrov", "member_of", "Iran"),
    ),
    # an incumbent with no contest for the head's office in the sentence leads nothing
    (
        "Bulgaria's parliament met, and incumbent Georgi Ivanov spoke.",
        ("Georgi Ivanov", "leader_of", "Bulgaria"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=MADE, removed=NOT_MADE)
)
def test_roles_shared_owners(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A title with no owner takes the coordinated title's owner, the sending head's country,
    the country of the officials it exemplifies or the incumbent's contest's country, and
    only there; an adviser to a non-state organisation is its member."""
    check_kept_removed(extract(text), kept, removed)
