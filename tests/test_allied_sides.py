"""The allies of an armed group are the article's side of it (kg/extract/role_forms.py,
``_allied_side``): "the Taliban and their allies" is the article's "pro-Taliban" side when it
names one, else its one side loyal to a leader that it coordinates with the group; with no
such side, or for a country's allies, the allies keep a node of their own. Real model,
invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taliban fighters and allied militiamen seized a checkpoint in Kunduz on Monday. "
            "Afghan jets struck the Taliban and their allies near the city on Tuesday.",
            ("Afghan army", "attacked", "pro-Taliban militiamen"),
        ),
        (
            "Boko Haram fighters and allied gunmen attacked a village in Borno on Monday. "
            "Nigerian troops attacked Boko Haram and its allies in Sambisa Forest on Tuesday.",
            ("Nigerian troops", "attacked", "pro-Boko Haram gunmen"),
        ),
        (
            "The Taliban and the militiamen loyal to former president Hamid Karzai have "
            "refused to disarm. Afghan jets struck the Taliban and their allies in Kunduz "
            "on Tuesday.",
            ("Afghan army", "attacked", "pro-Karzai militiamen"),
        ),
    ],
)
def test_allies_are_the_articles_side(extract: Any, text: str, expected: tuple[str, ...]) -> None:
    """ "X and their allies" joins the side of X the article names, no node of its own."""
    graph = extract(text)
    assert expected in triples(graph), sorted(triples(graph))
    assert not any(label.endswith(" allies") for label in labels_of_type(graph, "Group"))


@pytest.mark.parametrize(
    ("text", "allies"),
    [
        # a country's allies are countries, no armed side
        ("The US and its allies bombed ISIL positions near Raqqa on Monday.", "US allies"),
        # a side of no one ("pro-government militias") is not the group's
        (
            "ISIL and its allies seized the town of Ramadi on Sunday. Iraqi troops attacked "
            "pro-government militias in Baghdad.",
            "ISIL allies",
        ),
        # a side loyal to a leader the article never ties to the group
        (
            "The militiamen loyal to former president Hamid Karzai stayed in Kabul. Afghan "
            "jets struck the Taliban and their allies in Kunduz on Tuesday.",
            "Taliban allies",
        ),
    ],
)
def test_allies_without_a_side_keep_their_node(extract: Any, text: str, allies: str) -> None:
    """No side of the group in the article: the allies stay a group of their own."""
    assert allies in labels_of_type(extract(text), "Group")


@pytest.mark.parametrize(
    ("text", "allies"),
    [
        ("Nigerian jets struck allies of Boko Haram near Baga on Monday.", "Boko Haram allies"),
        ("Nigerian jets struck Boko Haram's allies near Baga on Monday.", "Boko Haram allies"),
        ("Afghan jets struck allies of the Taliban near Kunduz on Monday.", "Taliban allies"),
        ("Afghan jets struck the Taliban's allies near Kunduz on Monday.", "Taliban allies"),
        ("Afghan jets struck Taliban allies near Kunduz on Monday.", "Taliban allies"),
        ("Iraqi jets struck allies of ISIL near Ramadi on Monday.", "ISIL allies"),
    ],
)
def test_allies_forms_share_one_label(extract: Any, text: str, allies: str) -> None:
    """ "allies of X", "X's allies", "X allies" of an armed group X with no side in the
    article: one node, one label "X allies"."""
    graph = extract(text)
    assert allies in labels_of_type(graph, "Group"), labels_of_type(graph, "Group")
    assert not any(label.startswith("allies of") for label in labels_of_type(graph, "Group"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a party's or a country's allies keep the label as written
        ("Opposition leaders courted allies of the ANC in Durban on Monday.", "ANC allies"),
        ("Diplomats met allies of France in Geneva on Monday.", "France allies"),
    ],
)
def test_allies_of_no_armed_group_keep_their_label(extract: Any, text: str, absent: str) -> None:
    """Only an armed group's allies take the "<group> allies" label."""
    assert absent not in labels_of_type(extract(text), "Group")
