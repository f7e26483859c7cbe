"""One node per real actor (issue 13): a town named after a ward noun stays apart from the
province of its name, and a capital in a stance toward it, an act it owns or a disagreement
between two capitals is its government, with the real model on actors of other stories."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

WARDS = [
    # text, the town node, the province node (two nodes; one on main)
    (
        "Air strikes killed 20 people in a rebel-held neighbourhood in Aleppo on Monday. "
        "Fighting also raged in Aleppo province, where rebels seized two villages.",
        "Aleppo",
        "Aleppo province",
    ),
    (
        "Troops raided the Bab Amr neighbourhood of Homs. Fighting spread across Homs province.",
        "Homs",
        "Homs province",
    ),
    (
        "Rockets struck a residential neighbourhood in Hama. The army shelled villages in Hama "
        "province.",
        "Hama",
        "Hama province",
    ),
]

# negatives: a bare name with no ward noun before it is still the area the article names
AREAS = [
    (
        "Fighters massed in Diyala province. Tribal elders in Diyala said they would resist.",
        "Diyala",
    ),
    ("Clashes broke out in Helmand province. Farmers in Helmand fled.", "Helmand"),
]


@pytest.mark.parametrize(("text", "town", "province"), WARDS)
def test_onenode4_ward_town_apart_from_province(
    extract: Any, text: str, town: str, province: str
) -> None:
    """A name after "a neighbourhood in/of" is a town, a node apart from "<name> province"."""
    types = node_types(extract(text))
    assert types.get(town) == "City"
    assert province in types


@pytest.mark.parametrize(("text", "bare"), AREAS)
def test_onenode4_bare_area_is_its_province(extract: Any, text: str, bare: str) -> None:
    """With no ward noun, the bare name and "<name> province" stay one node."""
    labels = set(node_types(extract(text)))
    assert len({label for label in labels if label.startswith(bare)}) == 1


METONYMS = [
    # text, the capital (no node of its own), its country's node
    (
        "Kabul's policy of appeasement towards Islamabad has failed, the senator said.",
        "Islamabad",
        "Pakistan",
    ),
    ("Differences over the EU's policy toward Moscow loomed over the summit.", "Moscow", "Russia"),
    ("There is a disagreement between Tokyo and Seoul over the islands.", "Seoul", "South Korea"),
    ("Athens has blocked Skopje's entry into NATO for years.", "Skopje", "North Macedonia"),
    (
        "Gulf leaders doubted Washington's commitment to their security.",
        "Washington",
        "United States",
    ),
    ("Nairobi's efforts to end the war have stalled.", "Nairobi", "Kenya"),
]

# negatives: a capital one moves toward, or a place an act happens in, stays a city
PLACES = [
    ("Rebels were advancing towards Damascus on Sunday.", "Damascus"),
    ("Thousands of migrants are walking toward Budapest.", "Budapest"),
    ("The minister flew to Ankara, where he met officials.", "Ankara"),
    ("Rescue efforts in Kathmandu continued for a week.", "Kathmandu"),
]


@pytest.mark.parametrize(("text", "capital", "country"), METONYMS)
def test_onenode4_capital_metonym_is_country(
    extract: Any, text: str, capital: str, country: str
) -> None:
    """A capital a stance is toward, that owns an entry, a commitment or efforts, or one side
    of a disagreement is its country, no city node."""
    types = node_types(extract(text))
    assert capital not in types
    assert types.get(country) == "Country"


@pytest.mark.parametrize(("text", "capital"), PLACES)
def test_onenode4_capital_place_stays_city(extract: Any, text: str, capital: str) -> None:
    """A capital one advances toward or that acts happen in stays a city."""
    assert node_types(extract(text)).get(capital) == "City"


GAZA = [
    # text, labels expected (the strip is one node under its gazetteer label)
    (
        "Israel struck targets in the Gaza Strip after a rocket was fired from Gaza on Tuesday.",
        {"Gaza Strip", "Israel"},
    ),
    (
        "Hamas, which governs Gaza, arrested the men behind the attack in the southern Gaza strip.",
        {"Gaza Strip", "Hamas"},
    ),
    # negative: "Gaza City" is a city of its own, inside the strip
    (
        "Residents of Gaza City fled as Israeli jets bombed the Gaza Strip.",
        {"Gaza City", "Gaza Strip"},
    ),
]


@pytest.mark.parametrize(("text", "labels"), GAZA)
def test_onenode4_gaza_is_the_strip(extract: Any, text: str, labels: set[str]) -> None:
    """ "Gaza" and "the Gaza Strip" are one place; "Gaza City" stays apart."""
    types = node_types(extract(text))
    assert labels <= set(types)
    assert "Gaza" not in types


PARTIES = [
    # text, the party's node, the plural that is no node of its own
    (
        "The Socialist Party led the polls in Portugal. The Socialists promised to end austerity.",
        "Socialist Party",
        "Socialists",
    ),
    (
        "The Republican Party controls the Senate. Republicans blocked the trade bill.",
        "Republican Party",
        "Republicans",
    ),
    (
        "The Democratic Party lost the House. Democrats blamed the economy.",
        "Democratic Party",
        "Democrats",
    ),
    (
        "The Conservative Party won a majority. The Conservatives will govern alone.",
        "Conservative Party",
        "Conservatives",
    ),
]

# negatives: with no such party named, the plural stays a group of its own
NO_PARTY = [
    ("The Labour Party and the Conservatives clashed over taxes.", "Conservatives"),
    ("The Green Party gained seats while the Socialists lost ground.", "Socialists"),
]


@pytest.mark.parametrize(("text", "party", "plural"), PARTIES)
def test_onenode4_party_plural_is_the_party(
    extract: Any, text: str, party: str, plural: str
) -> None:
    """The plural of a named party's adjective is that party, an Organization."""
    types = node_types(extract(text))
    assert types.get(party) == "Organization"
    assert plural not in types


@pytest.mark.parametrize(("text", "plural"), NO_PARTY)
def test_onenode4_party_plural_needs_its_party(extract: Any, text: str, plural: str) -> None:
    """A plural with no party of its adjective named stays a node of its own."""
    assert plural in node_types(extract(text))


PARTNERS = [
    # text, (person, organisation) that must not be a member_of pair, one that must be
    (
        "Nick Clegg, a junior minister in a coalition with the Conservative Party, said he "
        "would stay.",
        ("Nick Clegg", "Conservative Party"),
        None,
    ),
    (
        "Jane Doe, a professor of political science at Queens College, said the vote was close.",
        None,
        ("Jane Doe", "Queens College"),
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), PARTNERS)
def test_onenode4_coalition_partner_is_no_employer(
    extract: Any, text: str, absent: tuple[str, str] | None, present: tuple[str, str] | None
) -> None:
    """A job noun's employer chain stops at "with": a coalition partner is no employer."""
    found = pairs(extract(text), "member_of")
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found
