"""People named by a role (issue 13): a lower-case person's title before a name the model
read as an organisation ("Lagos police commissioner X"), an untagged acronym before a role
("UNICEF representative X"), and a country's sector chief who leads the sector the article
names as an actor. Real model, invented sentences about actors other than the seed's and the
benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

TITLED_NAMES = [
    # (text, person the title names, role triple made)
    (
        "Lagos police commissioner Tunde Bakare said the suspects were detained.",
        "Tunde Bakare",
        ("Tunde Bakare", "member_of", "Lagos police"),
    ),
    (
        "Abuja police commissioner Bayo Adeyemi said the suspects were detained.",
        "Bayo Adeyemi",
        None,
    ),
    (
        '"We are worried," UNICEF representative Martina Keller told reporters.',
        "Martina Keller",
        ("Martina Keller", "envoy_of", "UNICEF"),
    ),
    (
        '"We are worried," UNHCR spokesperson Martina Keller told reporters.',
        "Martina Keller",
        ("Martina Keller", "spokesperson_for", "UNHCR"),
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), TITLED_NAMES)
def test_roles_titled_names_title_names_a_person(
    extract: Any, text: str, person: str, role: tuple[str, str, str] | None
) -> None:
    """A person's title right before a name makes it a person, with the title's role."""
    graph = extract(text, published="2015-05-01")
    assert node_types(graph).get(person) == "Person", node_types(graph)
    assert role is None or role in triples(graph), triples(graph)


NOT_PEOPLE = [
    # close cases: an organisation's name after a title-like word stays an organisation
    ("The official Xinhua News Agency said the blast killed six people.", "Xinhua News Agency"),
    ("A 120-member State Council approved the plan on Monday.", "State Council"),
]


@pytest.mark.parametrize(("text", "org"), NOT_PEOPLE)
def test_roles_titled_names_organisation_after_title_word_stays(
    extract: Any, text: str, org: str
) -> None:
    """An adjective or a hyphenated count before an organisation's name names no person."""
    types = node_types(extract(text, published="2015-05-01"))
    assert types.get(org, "Organization") != "Person", types


SECTOR_CHIEFS = [
    # (text, triple made, triple not made)
    (
        "The Kenyan police arrested ten men on Monday. Kenyan police chief Joseph Boinnet said "
        "the attackers had fled across the border into Somalia.",
        ("Joseph Boinnet", "leader_of", "Kenyan police"),
        None,
    ),
    (
        "The Kenyan police arrested ten men on Monday. Kenyan police chief Joseph Boinnet said "
        "the attackers had fled across the border into Somalia.",
        ("Joseph Boinnet", "member_of", "Kenya"),
        ("Joseph Boinnet", "leader_of", "Kenya"),
    ),
    # the police never named as an actor: the chief is an official of the country only
    (
        "Ghana's police chief Kofi Mensah said the new rules would take effect in June.",
        ("Kofi Mensah", "member_of", "Ghana"),
        ("Kofi Mensah", "leader_of", "Ghanaian police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SECTOR_CHIEFS)
def test_roles_titled_names_sector_chief_leads_named_sector(
    extract: Any,
    text: str,
    kept: tuple[str, str, str],
    removed: tuple[str, str, str] | None,
) -> None:
    """A country's police or army chief leads the sector the article names, and is a member
    of the country."""
    found = triples(extract(text, published="2015-05-01"))
    assert kept in found, found
    assert removed is None or removed not in found, found


CREDIT_LINES = [
    # (text, triple made, triple not made)
    (
        'Refugees stranded\n\n"We cannot feed them all," she said.\n\nMartina Keller, UNICEF\n\n'
        "The agency appealed for more money.",
        ("Martina Keller", "member_of", "UNICEF"),
        None,
    ),
    (
        'Prison abuse\n\n"They were beaten every night," she said.\n\n'
        "Lena Fischer, Amnesty International\n\nThe ministry denied the claims.",
        ("Lena Fischer", "member_of", "Amnesty International"),
        None,
    ),
    # close cases: two organisations, or a person and a country, credit no one
    (
        "Prison abuse\n\nAmnesty International, Human Rights Watch\n\nThe ministry denied the "
        "claims.",
        None,
        ("Amnesty International", "member_of", "Human Rights Watch"),
    ),
    (
        'Border talks\n\n"We will not retreat," she said.\n\nMaria Lopez, Peru\n\n'
        "The talks resume in June.",
        None,
        ("Maria Lopez", "member_of", "Peru"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CREDIT_LINES)
def test_roles_titled_names_credit_line_gives_affiliation(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """A line of its own "Name, Organisation" credits the person to the organisation."""
    found = triples(extract(text, published="2015-05-01"))
    assert kept is None or kept in found, found
    assert removed is None or removed not in found, found
