"""Loyalties (kg.extract.loyalties): a side loyal to a leader supported him."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    (
        "Fighters loyal to former president Laurent Gbagbo attacked the police station in Abidjan.",
        ("pro-Gbagbo fighters", "supported", "Laurent Gbagbo"),
    ),
    (
        "Rebels backed by army units loyal to the former president, Yahya Jammeh, seized "
        "the airport on Tuesday.",
        ("pro-Jammeh forces", "supported", "Yahya Jammeh"),
    ),
]


# sup63: a participle of ``former_words`` before the leader's title ("ousted", "deposed") is
# his title, no clause that ends the search; a surname before "loyalists" that the side's own
# span holds, or that the tagger took for an adjective, is the article's person of that name
FOUND += [
    (
        "Rebels clashed with forces loyal to ousted President Viktor Yanukovych near Donetsk.",
        ("pro-Yanukovych forces", "supported", "Viktor Yanukovych"),
    ),
    (
        "Militiamen loyal to deposed President Mohamed Morsi blocked the road to Cairo.",
        ("pro-Morsi militiamen", "supported", "Mohamed Morsi"),
    ),
    (
        "Muammar Gaddafi ruled Libya for decades. Gaddafi loyalists shelled Misrata on Monday.",
        ("Gaddafi loyalists", "supported", "Muammar Gaddafi"),
    ),
    (
        "Viktor Yanukovych fled to Russia in 2014. Yanukovych loyalists set up checkpoints "
        "near Donetsk.",
        ("Yanukovych loyalists", "supported", "Viktor Yanukovych"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_loyalties_side_supported_its_leader(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The side supported the person it is loyal to."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))


NOT_FOUND = [
    # the sitting president's troops are his state's, no side; a group's militants are its own
    ("Troops loyal to President Salva Kiir retook Malakal on Monday.", "Salva Kiir"),
    ("Militants loyal to Boko Haram attacked Baga on Monday.", "Boko Haram"),
    # loyalists named by a common noun are loyal to no one of the article
    ("Bashar al-Assad rules Syria. Government loyalists were trapped in Idlib.", "Bashar al-Assad"),
]


@pytest.mark.parametrize(("text", "leader"), NOT_FOUND)
def test_loyalties_no_support_for_a_state_or_a_group(extract: Any, text: str, leader: str) -> None:
    """No supported claim to a sitting president or to an armed group."""
    graph = extract(text, published="2015-05-20")
    assert not any(p == "supported" and o == leader for _, p, o in triples(graph))


def test_loyalties_leader_the_model_took_for_a_place(extract: Any) -> None:
    """ "fighters loyal to Buhari" with "Buhari" tagged a place (the gazetteer knows him) are
    his side, and the parse hanging "loyal" on "rebels" does not make the rebels loyal."""
    graph = extract(
        "In Kano, clashes raged between rebels and fighters loyal to Buhari, military "
        "sources said.",
        published="2015-05-20",
    )
    found = {(s, o) for s, p, o in triples(graph) if p == "supported"}
    assert found == {("pro-Buhari fighters", "Muhammadu Buhari")}, sorted(triples(graph))


ALLIED = [
    # "<armed group> and allied <noun>": the allies are a side "pro-<group> <noun>" that
    # supported the group, and an attack on both hits the side too
    (
        "Kenyan jets have been bombing al-Shabab fighters and allied militias near Kismayo.",
        "pro-al-Shabab militias",
        "al-Shabab",
    ),
    ("Boko Haram and allied gunmen stormed Baga on Monday.", "pro-Boko Haram gunmen", "Boko Haram"),
    (
        "Nigerian troops have been shelling Boko Haram fighters and allied army units "
        "since Monday.",
        "pro-Boko Haram army units",
        "Boko Haram",
    ),
    # "<armed group>-allied <noun>": the same side, written before the noun
    (
        "Kenyan jets struck al-Shabab-allied army units near Kismayo on Monday.",
        "pro-al-Shabab army units",
        "al-Shabab",
    ),
    (
        "The Boko Haram-allied militias stormed Baga on Monday.",
        "pro-Boko Haram militias",
        "Boko Haram",
    ),
]


@pytest.mark.parametrize(("text", "side", "group"), ALLIED)
def test_loyalties_allied_side_supported_its_group(
    extract: Any, text: str, side: str, group: str
) -> None:
    """ "X and allied <noun>" is one side node that supported X."""
    graph = extract(text, published="2015-05-20")
    assert (side, "supported", group) in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(
    "text",
    [
        "Government and allied forces retook Tikrit from the fighters in March.",
        "The agency spied on allied countries and foreign companies.",
        "Thousands of troops and allied Shia militiamen were deployed to Ramadi.",
        "The customers remained loyal to the brand, and allied shops reopened.",
        "Iran-allied militias attacked the town of Tikrit in March.",
    ],
)
def test_loyalties_allied_without_an_armed_group_is_no_side(extract: Any, text: str) -> None:
    """ "allied" after no named armed group (a government, a plain noun) makes no "pro-" side."""
    graph = extract(text, published="2015-05-20")
    assert not any(e.label.startswith("pro-") for e in graph.entities.values())
    assert not any(p == "supported" for _, p, _ in triples(graph)), sorted(triples(graph))


@pytest.mark.parametrize(
    ("text", "side", "absent"),
    [
        # "<noun> allied with <group>" in an article that names the group's allied side
        (
            "Kenyan jets have been bombing al-Shabab fighters and allied army units since March."
            "\n\nMilitiamen allied with the al-Shabab group shelled Baidoa on Tuesday.",
            ("pro-al-Shabab army units", "attacked", "Baidoa"),
            "al-Shabab-linked militiamen",
        ),
        # the hyphened form names the same side
        (
            "Chadian troops attacked Boko Haram fighters and allied gunmen near Baga in May."
            "\n\nOn Monday, Boko Haram-allied gunmen stormed the town of Monguno.",
            ("pro-Boko Haram gunmen", "attacked", "Monguno"),
            "pro-Boko Haram gunmen gunmen",
        ),
    ],
)
def test_loyalties_allies_forms_are_one_side(
    extract: Any, text: str, side: tuple[str, str, str], absent: str
) -> None:
    """ "X and allied <noun>", "X-allied <noun>", "<noun> allied with X" in one article are
    one side node, "pro-X <noun>"."""
    graph = extract(text, published="2015-05-20")
    assert side in triples(graph), sorted(triples(graph))
    assert absent not in {e.label for e in graph.entities.values()}


def test_loyalties_allied_to_a_group_alone_keeps_its_node(extract: Any) -> None:
    """ "<noun> allied to X" with no allied side of X in the article stays "X-linked <noun>"."""
    graph = extract("Militiamen allied with the al-Shabab group shelled Baidoa on Tuesday.")
    assert ("al-Shabab-linked militiamen", "attacked", "Baidoa") in triples(graph)
