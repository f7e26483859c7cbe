""" "Gbagbo loyalists", "opponents of X", "supporters and opponents of X", "its creditors":
groups defined by allegiance to a named actor (kg/extract/role_forms.py, supporter_groups).
Real model, invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, triples


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Supporters and opponents of Zambian President Edgar Lungu clashed in Lusaka on "
            "Friday.",
            {"Lungu supporters", "Lungu opponents"},
        ),
        (
            "Police arrested supporters and critics of the opposition leader Hakainde "
            "Hichilema in Lusaka.",
            {"Hichilema supporters", "Hichilema critics"},
        ),
        (
            "Opponents of Zambian President Edgar Lungu attacked a police station in Lusaka.",
            {"Lungu opponents"},
        ),
        ("Hamas loyalists attacked a Fatah office in Gaza on Monday.", {"Hamas loyalists"}),
    ],
)
def test_role_forms_followers_are_groups_of_their_owner(
    extract: Any, text: str, labels: set[str]
) -> None:
    """Opponents and critics of a named person, loyalists of a named group, are its groups;
    nouns coordinated before one "of X" share it."""
    groups = labels_of_type(extract(text, published="2015-05-15"), "Group")
    assert labels <= groups, sorted(groups)


def test_role_forms_followers_coordinated_clash(extract: Any) -> None:
    """ "supporters and opponents of X clashed": each side attacked the other."""
    graph = extract(
        "Supporters and opponents of Zambian President Edgar Lungu clashed in Lusaka on Friday.",
        published="2015-05-15",
    )
    found = triples(graph)
    assert (
        "Lungu supporters",
        "attacked",
        "Lungu opponents",
    ) in found or (
        "Lungu opponents",
        "attacked",
        "Lungu supporters",
    ) in found, sorted(found)


def test_role_forms_followers_creditors_of_the_coordinated_actor(extract: Any) -> None:
    """ "Portugal and its creditors" held talks: the creditors are a group of their own,
    labelled "creditors" as news names them (label44), not Portugal."""
    graph = extract(
        "Despite months of talks, Portugal and its creditors have failed to agree on a deal.",
        published="2015-05-15",
    )
    groups = labels_of_type(graph, "Group")
    assert "creditors" in groups
    assert "Portugal creditors" not in groups


@pytest.mark.parametrize(
    "text",
    [
        # no named owner: the plain group of the article stays as written
        "Critics of the plan attacked the minister's office in Lusaka.",
        # a country is no owner of followers
        "Opponents of Zambia attacked a police station in Lusaka.",
    ],
)
def test_role_forms_followers_need_a_named_owner(extract: Any, text: str) -> None:
    """No "... of X" group where the complement names no person or body."""
    groups = labels_of_type(extract(text, published="2015-05-15"), "Group")
    assert not any(" of " in g for g in groups), sorted(groups)


def test_role_forms_followers_person_loyalists_are_the_side(extract: Any) -> None:
    """ "Saleh loyalists" after "forces loyal to former president Saleh" are the one side
    shown as "pro-Gbagbo forces" (kg/resolve/sides.py), not a second group."""
    graph = extract(
        "Forces loyal to former president Laurent Gbagbo attacked Duekoue on Monday. Gbagbo "
        "loyalists later shelled Man.",
        published="2015-05-15",
    )
    groups = labels_of_type(graph, "Group")
    assert "pro-Gbagbo forces" in groups, sorted(groups)
    assert "Gbagbo loyalists" not in groups, sorted(groups)


ALLIES = [
    # text, the followers' label (a plural name modifies as its members' name: "Houthi
    # allies"; "US allies" as written)
    (
        "Saudi border guards shelled Houthi positions in Saada, and the Houthis and their "
        "allies fired rockets at Najran on Tuesday.",
        "Houthi allies",
    ),
    (
        "Coalition jets struck Houthi fighters and their allies in Taez on Monday.",
        "Houthi allies",
    ),
    ("The US and its allies imposed new sanctions on Venezuela on Monday.", "US allies"),
]


@pytest.mark.parametrize(("text", "label"), ALLIES)
def test_role_forms_followers_allies_of_a_plural_name(extract: Any, text: str, label: str) -> None:
    """ "the Houthis and their allies" are "Houthi allies", never "Houthis allies"."""
    groups = labels_of_type(extract(text, published="2015-05-15"), "Group")
    assert label in groups, sorted(groups)
    assert not any(g.endswith("s allies") for g in groups), sorted(groups)
