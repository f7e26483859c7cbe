"""A title of an organisation's branch whose name ends in a place ("director of Amnesty
International UK") holds no office of that place (kg/extract/roles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

BRANCHES = [
    (
        "Kate Allen, director of Amnesty International UK, said the law was unjust.",
        ("Kate Allen", "leader_of", "United Kingdom"),
    ),
    (
        "Oxfam's Winnie Byanyima, director of Oxfam International Kenya, spoke.",
        ("Winnie Byanyima", "leader_of", "Kenya"),
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), BRANCHES)
def test_roles_branch_names_no_office_of_the_place(
    extract: Any, sentence: str, wrong: tuple[str, str, str]
) -> None:
    """The place at the end of a branch's name is no place the person leads."""
    assert wrong not in triples(extract(sentence)), sorted(triples(extract(sentence)))


KEPT = [
    ("Hassan Rouhani, president of Iran, spoke.", ("Hassan Rouhani", "leader_of", "Iran")),
    (
        "Jan Egeland, secretary general of the Norwegian Refugee Council, visited Kenya.",
        ("Jan Egeland", "leader_of", "Norwegian Refugee Council"),
    ),
    (
        "Ali Hussein, the spokesman of the Iraqi army in Anbar, said so.",
        ("Ali Hussein", "spokesperson_for", "Iraqi army"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), KEPT)
def test_roles_branch_names_offices_kept(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A title of a place, or of a body with no place after its name, is kept."""
    assert triple in triples(extract(sentence)), sorted(triples(extract(sentence)))
