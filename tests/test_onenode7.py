"""One node per real actor (issue 13): a full name the model read as a body or a place
("Novak Djokovic" ORG, "Mo Farah" FAC) is a person when the article writes its surname alone
as a person's, one node with it; not a place's or a city team's name, nor two namesakes. A
facility written with its site noun capitalised and not ("Evin Prison", "Evin prison") is one
place, whatever type the model's labels give each spelling."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.resolve.merges import corpus_spellings
from kg.resolve.names import variant_key
from kg.resolve.resolver import Cluster
from kg.vocab import EntityType
from tests.conftest import node_types

# text, the full name (one Person node), the surname the article writes alone
MISREAD_FULL_NAMES = [
    (
        "Tennis star Rafael Nadal beat Andy Murray in Madrid. Nadal will face Novak Djokovic "
        "next. Djokovic said he was ready for the final.",
        "Novak Djokovic",
        "Djokovic",
    ),
    (
        "Britain's Mo Farah won the 10,000m in Eugene. Farah said he was pleased with the time.",
        "Mo Farah",
        "Farah",
    ),
    (
        "Jamaica's Usain Bolt won the 100m in Rome. Bolt said his leg was fine.",
        "Usain Bolt",
        "Bolt",
    ),
]

# the bare word is a place or a team's, or two people of the article share the surname
NOT_SURNAMES = [
    (
        "Bayern Munich beat Porto 6-1. Munich will face Barcelona in the semi-final.",
        "Munich",
        "Bayern Munich",
    ),
    # a team named after a city the article names: no person's name
    (
        "The Boston Bruins will play in the final after beating the Montreal Canadiens. Boston "
        "forward Brad Marchand scored twice and the Bruins stunned Montreal.",
        "Bruins",
        "Boston Bruins",
    ),
    (
        "The Chicago Blackhawks won the Stanley Cup. Chicago captain Jonathan Toews scored two "
        "goals and the Blackhawks surged to a 4-0 lead.",
        "Blackhawks",
        "Chicago Blackhawks",
    ),
    # two full names share the surname
    (
        "Jamaica's Usain Bolt won the 100m, ahead of his cousin Sadiki Bolt. Bolt said his leg "
        "was fine.",
        "Bolt",
        None,
    ),
]


@pytest.mark.parametrize(("text", "full", "surname"), MISREAD_FULL_NAMES)
def test_onenode7_misread_full_name_is_the_person(
    extract: Any, text: str, full: str, surname: str
) -> None:
    """The surname read as a person's makes the full name a person's: one Person node."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(full) == "Person"
    assert surname not in types


@pytest.mark.parametrize(("text", "bare", "other"), NOT_SURNAMES)
def test_onenode7_no_surname_without_evidence(
    extract: Any, text: str, bare: str, other: str | None
) -> None:
    """A place's bare name stays the place; a surname two full names share stays its own."""
    types = node_types(extract(text, published="2015-06-10"))
    assert bare in types
    if other is not None:
        assert types.get(other) != "Person"


# two clusters of one article, (label, type): one node when they are one facility
SITE_SPELLINGS = [
    ((("Evin Prison", EntityType.ORGANIZATION), ("Evin prison", EntityType.PLACE)), True),
    ((("Adiala Jail", EntityType.ORGANIZATION), ("Adiala jail", EntityType.PLACE)), True),
    ((("Zaatari Camp", EntityType.ORGANIZATION), ("Zaatari camp", EntityType.PLACE)), True),
    # no site noun: an organisation and a place spelt alike stay two
    ((("Al-Shabab", EntityType.ORGANIZATION), ("al-Shabab", EntityType.PLACE)), False),
    ((("Jordan Times", EntityType.ORGANIZATION), ("Jordan times", EntityType.PLACE)), False),
]


@pytest.mark.parametrize(("clusters", "one"), SITE_SPELLINGS)
def test_onenode7_facility_spellings_are_one_place(
    clusters: tuple[tuple[str, EntityType], ...], one: bool
) -> None:
    """A facility named by its site noun is a place whatever its type: its spellings merge."""
    made = {
        label: Cluster(label, votes=Counter({kind: 2}), count=2, articles={"a1"})
        for label, kind in clusters
    }
    sites = frozenset({"jail", "prison", "camp"})
    merged = corpus_spellings(made, {}, variant_key, {}, sites)
    assert bool(merged) is one


# text, the one node the acronym joins, labels that must not be nodes
ACRONYMS_OF_CUT_NAMES = [
    (
        "Pakistan's Federal Investigation Agency (FIA) arrested two men on Monday. The head of "
        "the Pakistani Federal Investigation Agency said the FIA would charge them.",
        "Pakistani Federal Investigation Agency",
        {"Federal Investigation Agency", "FIA"},
    ),
    (
        "Kenya's National Intelligence Service (NIS) warned of attacks. The director of the "
        "Kenyan National Intelligence Service said NIS officers had been deployed.",
        "Kenyan National Intelligence Service",
        {"National Intelligence Service", "NIS"},
    ),
    # no longer name: the acronym is the name it spells
    (
        "Nigeria's Independent National Electoral Commission (INEC) delayed the vote. INEC "
        "said the Independent National Electoral Commission needed more time.",
        "Independent National Electoral Commission",
        {"INEC"},
    ),
]


@pytest.mark.parametrize(("text", "node", "not_nodes"), ACRONYMS_OF_CUT_NAMES)
def test_onenode7_acronym_joins_the_longer_name(
    extract: Any, text: str, node: str, not_nodes: set[str]
) -> None:
    """An acronym spelt out by a name the article also writes longer is that one node."""
    labels = set(node_types(extract(text, published="2015-06-10")))
    assert node in labels
    assert not labels & not_nodes


def test_onenode7_acronym_of_two_longer_names_stays_its_name(extract: Any) -> None:
    """Two longer names end in the acronym's name: no guess between them."""
    labels = set(
        node_types(
            extract(
                "Kenya's National Intelligence Service (NIS) warned of attacks. The Kenyan "
                "National Intelligence Service and the Ugandan National Intelligence Service "
                "said NIS officers had been deployed.",
                published="2015-06-10",
            )
        )
    )
    assert "National Intelligence Service" in labels
