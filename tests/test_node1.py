"""Unnamed sites as places of their article (node1, kg/extract/sites.py).

A facility noun with its modifiers as written ("an arms depot", "the Syrian army
headquarters", "the presidential palace complex") is a Place node of its article, labelled
without determiner, only when an attack hits it or it lies "in" a named place in its own
phrase. Not a plural, an owned site, a named one, a vague noun alone, nor one with no
determiner; two articles' sites of one label are two nodes.
Sentences of our own about other actors and places than the articles the rule was learned
from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "located", "attacked"),
    [
        (
            "Ten worshippers were wounded in a mosque in the city of Kirkuk.",
            ("mosque", "Kirkuk"),
            None,
        ),
        (
            "Dozens of soldiers died in a blast at the Syrian army headquarters in the "
            "capital Damascus.",
            ("Syrian army headquarters", "Damascus"),
            None,
        ),
        (
            "Thirty miners are trapped in an illegal copper mine in northern Peru.",
            ("illegal copper mine", "Peru"),
            None,
        ),
        (
            "Ukrainian jets hit an ammunition depot near Donetsk on Monday.",
            None,
            ("Ukraine", "ammunition depot"),
        ),
        (
            "Taliban fighters stormed a hospital in Kunduz on Tuesday.",
            ("hospital", "Kunduz"),
            ("Taliban", "hospital"),
        ),
        (
            "Al-Shabab fighters seized the largest remaining military base in Gedo.",
            ("military base", "Gedo"),
            ("al-Shabaab", "military base"),
        ),
        # gen59: public places news names as attack targets beside the facilities
        (
            "Gunmen stormed a guesthouse in Kabul on Thursday, killing nine people.",
            ("guesthouse", "Kabul"),
            ("gunmen", "guesthouse"),
        ),
        (
            "Al-Shabab fighters attacked a seafront restaurant in Mogadishu on Friday.",
            ("seafront restaurant", "Mogadishu"),
            ("al-Shabaab", "seafront restaurant"),
        ),
        (
            "A suicide bomber attacked a crowded bazaar in Peshawar.",
            ("crowded bazaar", "Peshawar"),
            ("suicide bomber", "crowded bazaar"),
        ),
    ],
)
def test_node1_site_node(
    extract: Any,
    text: str,
    located: tuple[str, str] | None,
    attacked: tuple[str, str] | None,
) -> None:
    """An unnamed site hit by an attack or lying in a named place is a Place of the article."""
    graph = extract(text, published="2015-06-10")
    if located is not None:
        assert located in pairs(graph, "located_in")
        assert node_types(graph)[located[0]] == "Place"
    if attacked is not None:
        assert attacked[1] in {o for s, o in pairs(graph, "attacked")}
        assert node_types(graph)[attacked[1]] == "Place"


def test_node1_definite_site_is_the_one_before(extract: Any) -> None:
    """ "struck the depot" after "hit a fuel depot" is the same site: one node."""
    graph = extract(
        "Ukrainian jets hit a fuel depot near Donetsk on Monday. Residents said fires burned "
        "until noon after the jets struck the depot again.",
        published="2015-06-10",
    )
    labels = {o for s, o in pairs(graph, "attacked")}
    assert "fuel depot" in labels
    assert "depot" not in labels


def test_node1_two_articles_two_sites(extract: Any) -> None:
    """Two articles' mosques are two nodes, never fused."""
    graph = extract(
        "Five people died in a mosque in the city of Kirkuk.",
        "Nine people died in a mosque in the city of Mosul.",
        published="2015-06-10",
    )
    mosques = [e for e in graph.entities.values() if e.label == "mosque"]
    assert len(mosques) == 2
    assert {("mosque", "Kirkuk"), ("mosque", "Mosul")} <= pairs(graph, "located_in")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a plural is no one site
        ("Israeli shells hit UN schools in Rafah last summer.", "UN schools"),
        ("Israeli shells hit schools in Rafah last summer.", "schools"),
        # an owned site is its owner's
        ("The army destroyed their camp in Sambisa on Friday.", "camp"),
        # a vague noun alone names nothing
        ("Rebels stormed the complex in Aleppo on Sunday.", "complex"),
        # no determiner: no one site
        ("Many Korean firms with European headquarters in Dublin backed the vote.", "headquarters"),
        # no attack and no named place: no node
        ("The hospital said it had treated forty people.", "hospital"),
        # a generic determiner
        ("No school in Gaza was spared, the agency said.", "school"),
    ],
)
def test_node1_no_site(extract: Any, text: str, label: str) -> None:
    """Negatives: no Place node for these sites."""
    graph = extract(text, published="2015-06-10")
    assert label not in node_types(graph)
    assert label.lower() not in {k.lower() for k in node_types(graph)}


def test_node1_site_leaves_there_to_the_town(extract: Any) -> None:
    """ "a mosque in the town of X ... conducted an air strike there": the strike is on the
    town, the site does not hide it."""
    graph = extract(
        "Officials said an air strike by the Saudi-led coalition killed Ali Saleh and others "
        "who were meeting inside a mosque in the town of Saada. The coalition confirmed it had "
        "conducted an air strike there in the last 24 hours.",
        published="2015-06-10",
    )
    assert ("mosque", "Saada") in pairs(graph, "located_in")
    assert "Saada" in {o for s, o in pairs(graph, "attacked")}
