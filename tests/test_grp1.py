"""A person's camp: "Odinga supporters", "supporters of President X", "her followers"
are one group labelled '<the name the article calls him by> <noun>', and
the group supported the person (kg/extract/role_forms.py, supporter_groups; backing_nouns in
kg/data/en/sector_nouns.json). Real model, invented sentences about other actors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, triples


@pytest.mark.parametrize(
    ("text", "group", "owner"),
    [
        (
            "Supporters of Kenyan opposition leader Raila Odinga marched through Nairobi on "
            "Monday. Odinga said the vote had been rigged.",
            "Odinga supporters",
            "Raila Odinga",
        ),
        (
            "Paul Kagame addressed a rally on Friday. Kagame supporters marched through Kigali.",
            "Kagame supporters",
            "Paul Kagame",
        ),
        (
            "Thaksin Shinawatra left the country in 2008. Thaksin has lived in Dubai since. "
            "His supporters blocked roads in Bangkok on Sunday.",
            "Thaksin supporters",
            "Thaksin Shinawatra",
        ),
        (
            "Police fired tear gas at followers of the preacher Ibrahim Zakzaky in Zaria.",
            "Zakzaky followers",
            "Ibrahim Zakzaky",
        ),
    ],
)
def test_grp1_a_persons_camp_backs_him(extract: Any, text: str, group: str, owner: str) -> None:
    """The camp is one Group, named by the word the article calls the person by, and it
    supported him."""
    graph = extract(text, published="2015-05-15")
    assert group in labels_of_type(graph, "Group"), sorted(labels_of_type(graph, "Group"))
    assert (group, "supported", owner) in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(
    "text",
    [
        # opponents and critics are a camp too, but against him
        "Opponents of Ugandan President Yoweri Museveni marched in Kampala on Monday.",
        "Critics of Zimbabwean President Robert Mugabe were arrested in Harare.",
        # a party's or movement's supporters are its voters and members: no claim
        "Hundreds of ANC supporters gathered outside the court in Pretoria.",
        "Police arrested supporters of the Movement for Democratic Change in Harare.",
        # supporters of a thing are no person's camp
        "Supporters of the bill said it would protect farmers in Kenya.",
        "Supporters of the reform marched in Nairobi on Monday.",
    ],
)
def test_grp1_no_backing_without_a_persons_camp(extract: Any, text: str) -> None:
    """No "supported" claim from a group that is not a person's supporters."""
    graph = extract(text, published="2015-05-15")
    backed = [t for t in triples(graph) if t[1] == "supported"]
    assert not backed, backed


def test_grp1_supporters_of_a_bill_are_no_group_of_a_person(extract: Any) -> None:
    """ "supporters of the bill" names no person: no '<name> supporters' node."""
    graph = extract(
        "Uhuru Kenyatta signed the law on Monday. Supporters of the bill said it would help "
        "farmers.",
        published="2015-05-15",
    )
    groups = labels_of_type(graph, "Group")
    assert not any(g.endswith(" supporters") for g in groups), sorted(groups)


def test_grp1_coordinated_owner_keeps_the_written_name(extract: Any) -> None:
    """ "Bashar al-Assad and his allies": the name as written there, no short form."""
    graph = extract("Bashar al-Assad and his allies rejected the plan.", published="2015-05-15")
    assert "Bashar al-Assad allies" in labels_of_type(graph, "Group")
