"""Collective nodes labelled as an analyst writes them (label44).

A pronoun's follower noun that says no backing ("his opponents", "its creditors", "their
critics") is labelled by the noun alone, the owner left out; a person's backers keep the name
("her supporters": "X supporters") as before (kg/extract/role_forms.py, ``_plain_follower``).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Kenyatta won the vote in March. But his opponents accused him of rigging the "
            "election.",
            ("opponents", "criticized", "Uhuru Kenyatta"),
            "Kenyatta opponents",
        ),
        (
            "Maduro has ruled since 2013. His critics accused him of jailing students.",
            ("critics", "criticized", "Nicolás Maduro"),
            "Maduro critics",
        ),
    ],
)
def test_role_forms_pronoun_followers_without_owner(
    extract: Any, text: str, expected: Triple, absent: str
) -> None:
    """ "his opponents", "his critics": the group is labelled by its noun, not the owner's name."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert absent not in node_types(graph)


def test_role_forms_pronoun_creditors_without_owner(extract: Any) -> None:
    """ "its creditors" is a group "creditors", never "<country> creditors"."""
    graph = extract(
        "Portugal has agreed to new terms. Lisbon met its creditors in Brussels on Monday.",
        published="2015-06-10",
    )
    labels = node_types(graph)
    assert labels.get("creditors") == "Group"
    assert not any(label.endswith(" creditors") for label in labels)


def test_role_forms_pronoun_supporters_keep_owner(extract: Any) -> None:
    """ "his supporters" still names the person's camp ("Morsi supporters"), which backs him."""
    graph = extract(
        "Morsi was ousted in 2013. His supporters attacked police stations in Cairo.",
        published="2015-06-10",
    )
    assert ("Morsi supporters", "supported", "Mohamed Morsi") in triples(graph)
    assert "supporters" not in node_types(graph)


@pytest.mark.parametrize(
    ("text", "bogus", "kept"),
    [
        (
            "Two people died in clashes between supporters of the ruling party and opposition "
            "activists in Dhaka on Sunday.",
            "supporters of opposition activists",
            "opposition activists",
        ),
        (
            "Police separated supporters of the ruling party and opposition protesters in "
            "Kinshasa on Monday.",
            "supporters of protesters",
            "protesters",
        ),
    ],
)
def test_role_forms_followers_not_of_a_second_conjunct(
    extract: Any, text: str, bogus: str, kept: str
) -> None:
    """ "supporters of the ruling party and opposition activists" (parsed "the [ruling party
    and opposition] activists"): the activists are no owner of the supporters."""
    labels = node_types(extract(text, published="2015-06-10"))
    assert bogus not in labels
    assert not any(label.startswith("supporters of") and "and" in label for label in labels)
    if kept:
        assert kept in labels


def test_role_forms_followers_of_a_coordinated_owner_kept(extract: Any) -> None:
    """ "Supporters of the HDP and the CHP": the first owner's supporters, as before."""
    labels = node_types(
        extract("Supporters of the HDP and the CHP marched in Istanbul.", published="2015-06-10")
    )
    assert "supporters of the HDP" in labels


@pytest.mark.parametrize(
    ("text", "expected", "bogus"),
    [
        (
            "Doctors demonstrated against the Colombian government in Medellin on Friday.",
            ("Doctors", "criticized", "Colombian government"),
            "Colombian government in Medellin",
        ),
        (
            "Workers rallied against Kenya's government in Mombasa on Friday.",
            None,
            "government in Mombasa",
        ),
    ],
)
def test_governments_place_of_the_act_is_no_seat(
    extract: Any, text: str, expected: Triple | None, bogus: str
) -> None:
    """ "against the Peruvian government in Cusco": Cusco is where the march was, not the seat
    of a government of its own; the node is the country's government."""
    graph = extract(text, published="2015-06-10")
    labels = node_types(graph)
    assert bogus not in labels
    assert not any(" in " in label for label in labels)
    if expected is not None:
        assert expected in triples(graph)


@pytest.mark.parametrize(
    ("text", "seated"),
    [
        (
            "The Libyan government in Tobruk rejected the deal on Monday.",
            "Libyan government in Tobruk",
        ),
        ("Haftar backs the government in Tobruk.", "government in Tobruk"),
    ],
)
def test_governments_seated_government_kept(extract: Any, text: str, seated: str) -> None:
    """A government of its own seat ("the Libyan government in Tobruk rejected", "the
    government in Tobruk") stays one node under its seat."""
    assert seated in node_types(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "bloc", "members"),
    [
        (
            "Three opposition parties made big promises on wages. Erdogan criticised the "
            "opposition for starting a tender.",
            "opposition",
            "opposition parties",
        ),
        (
            "Opposition groups boycotted the vote in Dhaka. Police arrested members of the "
            "opposition on Monday.",
            "opposition",
            "Opposition groups",
        ),
    ],
)
def test_bloc_labels_group_shown_as_its_bloc(
    extract: Any, text: str, bloc: str, members: str
) -> None:
    """A plain group written as "the opposition" and as its parties or groups is one node
    shown as the bloc, its members' form kept as an alias."""
    graph = extract(text, published="2015-06-10")
    labels = node_types(graph)
    assert bloc in labels
    assert members not in labels
    node = next(e for e in graph.entities.values() if e.label == bloc)
    assert members in node.aliases


def test_bloc_labels_members_alone_keep_their_label(extract: Any) -> None:
    """Opposition parties never written as "the opposition" keep their own label."""
    labels = node_types(extract("Three opposition parties boycotted the vote in Lome on Sunday."))
    assert "opposition parties" in labels
    assert "opposition" not in labels


def test_name_cuts_participle_splits_a_model_name(extract: Any) -> None:
    """ "a strong critic of Kenyatta following Odinga's defeat": the model's one name
    "Kenyatta following Odinga" is two names; no node holds the participle."""
    graph = extract(
        "The group became a strong critic of Kenyatta following Odinga's defeat.",
        published="2015-06-10",
    )
    labels = node_types(graph)
    assert not any(" following " in label for label in labels)
    assert any("Kenyatta" in label for label in labels)
    assert any("Odinga" in label for label in labels)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bank of England raised rates on Thursday.", "Bank of England"),
        (
            "The Ministry of Foreign Affairs of Qatar said it would help.",
            "Ministry of Foreign Affairs of Qatar",
        ),
    ],
)
def test_name_cuts_names_with_prepositions_kept(extract: Any, text: str, name: str) -> None:
    """A name's own "of" is no participle: the name stays whole."""
    assert name in node_types(extract(text, published="2015-06-10"))


def test_role_forms_pronoun_opponents_join_the_named_group(extract: Any) -> None:
    """ "Opponents of President X ... his opponents": one node, under the named form."""
    graph = extract(
        "Opponents of President Edgar Lungu marched in Lusaka on Friday. Lungu won the vote "
        "in January, but his opponents accused him of fraud.",
        published="2015-06-10",
    )
    groups = [e.label for e in graph.entities.values() if e.type.value == "Group"]
    assert groups == ["Lungu opponents"]
    assert ("Lungu opponents", "criticized", "Edgar Lungu") in triples(graph)
