"""Actors that never became nodes, and gazetteer gaps (ent42).

Dated leaders of armed groups in ``kg/data/roles.jsonl`` ("late leader Osama bin Laden"),
members given as examples ("EU member states such as Portugal", kg/extract/member_examples.py),
groups that name themselves ("a group calling itself the Iron Hand",
kg/resolve/named_groups.py) and parties and militias added to the gazetteer. Sentences of
our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Analysts said Khalid was close to late leader Osama bin Laden.",
            "2015-06-10",
            ("Osama bin Laden", "leader_of", "al-Qaeda"),
        ),
        (
            "The new video shows longtime leader Abubakar Shekau in a forest.",
            "2015-06-10",
            ("Abubakar Shekau", "leader_of", "Boko Haram"),
        ),
    ],
)
def test_roles_armed_group_leaders_are_dated(
    extract: Any, text: str, published: str, expected: Triple
) -> None:
    """A group's leader named with a bare title is the leader of the group he led."""
    assert expected in triples(extract(text, published=published))


def test_roles_armed_group_leader_without_title_holds_no_role(extract: Any) -> None:
    """A leader's name with no title before it says nothing of his office."""
    graph = extract("Soldiers said they had killed Shekau in the forest.", published="2015-06-10")
    assert not any(p == "leader_of" for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several EU member states like Portugal and Ireland backed the plan.",
            {
                ("Portugal", "member_of", "European Union"),
                ("Ireland", "member_of", "European Union"),
            },
        ),
        (
            "NATO member countries, including Estonia and Latvia, asked for more troops.",
            {("Estonia", "member_of", "NATO"), ("Latvia", "member_of", "NATO")},
        ),
        (
            "The EU plan was announced on Monday. However, powerful member states such as "
            "Denmark are already opposing it.",
            {("Denmark", "member_of", "European Union")},
        ),
    ],
)
def test_member_examples_countries_given_as_members(
    extract: Any, text: str, expected: set[Triple]
) -> None:
    """Countries given as examples of member states are members of the organisation."""
    assert expected <= triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Some member states such as Spain object to the deal, Reuters reported.",
        "Member states such as Chile voted against it.",
    ],
)
def test_member_examples_need_an_organisation(extract: Any, text: str) -> None:
    """With no organisation named before them, the examples are members of nothing."""
    graph = extract(text, published="2015-06-10")
    assert not any(p == "member_of" for _, p, _ in triples(graph))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A group calling itself the Iron Hand has claimed responsibility for Friday's attack.",
            "Iron Hand",
        ),
        ("A militia known as the Red Hand attacked the village.", "Red Hand"),
    ],
)
def test_named_groups_self_named_group_is_a_node(extract: Any, text: str, name: str) -> None:
    """The untagged name after "a group calling itself" is a group's node."""
    assert node_types(extract(text, published="2015-06-10")).get(name) == "Group"


def test_named_groups_called_for_is_no_name(extract: Any) -> None:
    """ "A group called for calm": a verb, not a name after it."""
    graph = extract("A group called for calm in Lagos.", published="2015-06-10")
    assert set(node_types(graph)) == {"Lagos"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kowalski is backed by the Law and Justice (PiS) conservative opposition party.",
            ("Law and Justice", "supported", "Kowalski"),
        ),
        (
            "Washington backed the Iranian supported Popular Mobilisation militias in Tikrit.",
            ("United States", "supported", "Popular Mobilization Forces"),
        ),
    ],
)
def test_gazetteer_parties_and_militias(extract: Any, text: str, expected: Triple) -> None:
    """Named parties and militias the model cuts short are whole gazetteer names."""
    assert expected in triples(extract(text, published="2015-06-10"))


def test_gazetteer_party_name_inside_a_ministry(extract: Any) -> None:
    """ "Ministry of Law and Justice" stays the ministry, not the Polish party."""
    graph = extract(
        "Pakistan's Ministry of Law and Justice issued a notice.", published="2015-06-10"
    )
    assert "Law and Justice" not in node_types(graph)
