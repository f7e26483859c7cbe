"""A title of a state sector with no owner ("the deputy police chief, X", "Deputy police chief
X", "X, a police lieutenant"), in an article about one country: an office in that country's
sector the article names (a deputy is a member); a title of no sector is not guessed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KENYA = (
    "Kenya police row\n\nLawyers in Kenya went on strike. The police have been accused of"
    " abuses. {}"
)
# the bare "police" of an article about Kenya: Kenya's police as the article's own node,
# labelled as written (grp34); the test checks its country and sector too
SECTOR_OFFICES = [
    (
        KENYA.format("The deputy police chief, Peter Kamau, denied the charge."),
        ("Peter Kamau", "member_of", "police"),
    ),
    (
        KENYA.format("Deputy police chief Peter Kamau denied the charge."),
        ("Peter Kamau", "member_of", "police"),
    ),
    (
        KENYA.format("A court sentenced the police chief, Peter Kamau, to three months in prison."),
        ("Peter Kamau", "leader_of", "police"),
    ),
    (
        KENYA.format("Peter Kamau, a 30-year-old police officer, denied the charge."),
        ("Peter Kamau", "member_of", "police"),
    ),
]
NOT_GUESSED = [
    (
        KENYA.format("The deputy police chief, Peter Kamau, denied the charge."),
        ("Peter Kamau", "leader_of", "police"),
    ),
    (
        KENYA.format("Joseph Mwangi, president of the Nairobi Writers Club, condemned it."),
        ("Joseph Mwangi", "leader_of", "Kenya"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=SECTOR_OFFICES, removed=NOT_GUESSED)
)
def test_roles_sector_titles_unowned_sector_title_is_the_countrys(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """An unowned police title is an office in the article's country's police; a deputy's
    makes a member; a title with no sector word names no office of the country."""
    graph = extract(text, published="2015-05-01")
    check_kept_removed(graph, kept, removed)
    police = {(e.country, e.sector) for e in graph.entities.values() if e.label == "police"}
    assert police == {("KE", "COP")}, police


def test_roles_sector_titles_title_starts_at_the_sector_word(extract: Any) -> None:
    """ "a 30-year-old police officer": the title is "police officer", not the age's words."""
    graph = extract(
        KENYA.format("Peter Kamau, a 30-year-old police officer, denied the charge."),
        published="2015-05-01",
    )
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.object is not None and graph.entities[r.subject].label == "Peter Kamau"
    }
    assert titles == {"police officer"}, titles
