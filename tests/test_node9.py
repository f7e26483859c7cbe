"""One node per actor in an article (issue 13, node9).

A bare site noun ("the airport", "a mosque in Fatih") is the one named place of the article
whose name ends in that noun ("Goma airport"), not an unnamed site of its own, when it is
definite or lies in a town its name holds (kg/extract/sites.py ``_named_site``). People an
act counts in figures ("rescued 1,200 refugees") are the article's plain collective of their
noun ("the refugees") when the article counts only that one group of it
(kg/resolve/merges.py ``counted_kin``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.resolve.merges import counted_kin
from kg.resolve.resolver import Cluster
from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    (
        "Rebels seized Goma airport on Monday. Witnesses said the fighters stormed the "
        "airport at dawn and held it for hours.",
        ("Goma airport", "airport"),
    ),
    (
        "Militants stormed the museum in the city of Mosul on Friday. Guards had left the "
        "Mosul museum a week earlier.",
        ("Mosul museum", "museum"),
    ),
    # an indefinite site in a town its name holds
    (
        "Gunmen attacked a mosque in Karkh on Friday. Hundreds later prayed outside the Karkh "
        "mosque for the dead.",
        ("Karkh mosque", "mosque"),
    ),
    (
        "Coast guards rescued 1,200 refugees off Lesbos on Sunday. The refugees were taken "
        "to a camp on the island, officials said.",
        ("1,200 refugees", "refugees"),
    ),
    (
        "Police arrested more than 40 students in Dhaka on Monday. Students had marched "
        "against the new fees for a week.",
        ("more than 40 students", "Students"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    # two named airports: "the airport" is neither
    (
        "Rebels seized Goma airport on Monday while troops held Bukavu airport. Witnesses "
        "said fighters stormed the airport at dawn.",
        ("Goma airport", "airport"),
    ),
    # an indefinite site in a town its name does not hold: another mosque
    (
        "Gunmen attacked a mosque in Kano on Friday. Worshippers later gathered at the "
        "Abuja National Mosque to pray for the dead.",
        ("Abuja National Mosque", "mosque"),
    ),
    # two counted groups of one noun: the plain plural is neither's
    (
        "Police arrested 40 students on Monday and detained 25 students on Tuesday. "
        "Students marched again on Wednesday.",
        ("40 students", "Students"),
    ),
    # a group the words tell apart keeps its own node
    (
        "The navy rescued 25 more migrants near Lampedusa on Monday. Migrants said they had "
        "paid smugglers in Libya.",
        ("25 more migrants", "Migrants"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_node9_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A bare site noun or a counted group is one node with the article's one named site or
    plain collective of its noun."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_node9_two_nodes(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Two candidates, or a site or group told apart, keep two nodes."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 2, [graph.entities[i].label for i in ids]


def _cluster(display: str, sector: str | None, forms: tuple[str, ...]) -> Cluster:
    return Cluster(
        f"{display} [a]", display=display, sector=sector, forms=Counter(forms), articles={"a"}
    )


# (plain collective's forms, counted groups' labels, whether the one counted group joins it)
COUNTED = [
    (("migrants",), ("Almost 3,600 migrants",), True),
    (("migrants", "refugees"), ("about 4,200 migrants", "more than 300 other migrants"), True),
    # the article also describes the plain ones: a population of which the counted are some
    (("refugees", "irregular migrants"), ("About 400 refugees",), False),
    # two counted groups of the noun: neither
    (("migrants",), ("300 migrants", "200 migrants"), False),
    # counted in words: no figure, not read as counted
    (("migrants",), ("three migrants",), False),
]


@pytest.mark.parametrize(("forms", "counted", "joins"), COUNTED)
def test_node9_counted_kin(forms: tuple[str, ...], counted: tuple[str, ...], joins: bool) -> None:
    """The one counted group of a noun joins the article's plain collective written bare."""
    plain = _cluster(forms[0], "REF", forms)
    clusters = {plain.label: plain}
    for label in counted:
        group = _cluster(label, None, (label,))
        clusters[group.label] = group
    out = counted_kin(clusters, {"migrants", "refugees"}, {"other", "more"}, {})
    assert (set(out.values()) == {plain.label}) is joins, out
    assert len(out) == (1 if joins else 0)
