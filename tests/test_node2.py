"""An attacked unnamed site is an additional target (node2, kg/extract/sites.py).

kg reads an attack on a site in a named town as an attack on the town ("shelled a market in
X" -> attacked X). The site node of node1 keeps that claim and adds the site as a second
target, with the same status, date and event, and ``site located_in town``. A site whose
phrase names someone else (its holder, owner, whom it serves, an army in front of it) leaves
the attack stages' reading of that actor alone. A node's label is always the words as
written. Sentences of our own about other actors and places than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs, statuses, triples

SITES = [
    (
        "Al-Shabab fighters stormed a hotel in Mogadishu on Sunday.",
        "al-Shabab",
        "hotel",
        "Mogadishu",
    ),
    (
        "A hospital was bombed in Taiz by Houthi fighters on Monday.",
        "Houthis",
        "hospital",
        "Taiz",
    ),
    (
        "Taliban fighters attacked an army base in Kandahar province on Friday.",
        "Taliban",
        "army base",
        "Kandahar province",
    ),
    (
        "Boko Haram carried out an attack on a market in Kano on Friday.",
        "Boko Haram",
        "market",
        "Kano",
    ),
]


@pytest.mark.parametrize(("text", "attacker", "site", "town"), SITES)
def test_node2_site_and_town_attacked(
    extract: Any, text: str, attacker: str, site: str, town: str
) -> None:
    """The town stays attacked; the site is attacked too and lies in the town; both claims
    tell the same date and event, the town's with no place of its own."""
    graph = extract(text, published="2015-06-10")
    found = triples(graph)
    assert (attacker, "attacked", town) in found, found
    assert (attacker, "attacked", site) in found, found
    assert (site, town) in pairs(graph, "located_in")
    on_site = claims_between(graph, attacker, "attacked", site)[0].qualifiers
    on_town = claims_between(graph, attacker, "attacked", town)[0].qualifiers
    assert (on_town.date, on_town.event, on_town.status) == (
        on_site.date,
        on_site.event,
        on_site.status,
    )
    assert on_town.place is None


def test_node2_forestalled_attack_on_site_and_town_not_occurred(extract: Any) -> None:
    """An attack stopped before it was launched is no attack on the site nor on the town."""
    graph = extract(
        "Police in Ethiopia said five al-Shabaab militants were arrested before launching an "
        "attack on an army base in Dire Dawa.",
        published="2015-06-10",
    )
    site = statuses(graph, ("al-Shabab", "attacked", "army base"))
    town = statuses(graph, ("al-Shabab", "attacked", "Dire Dawa"))
    assert site, triples(graph)
    assert town, triples(graph)
    assert "occurred" not in site | town
    assert site == town


@pytest.mark.parametrize(
    ("text", "kept", "site"),
    [
        # the site's holder is the one attacked
        (
            "Taliban fighters seized a base held by the Afghan army.",
            ("Taliban", "attacked", "Afghan army"),
            "base",
        ),
        # its owner
        (
            "Houthi fighters stormed the headquarters of the Wafd party in Cairo.",
            ("Houthis", "attacked", "Wafd party"),
            "headquarters",
        ),
        # whom it serves
        (
            "A camp for Syrian refugees was attacked by Lebanese militiamen.",
            ("Lebanese militiamen", "attacked", "Syrian refugees"),
            "camp",
        ),
    ],
)
def test_node2_phrase_naming_others_keeps_its_reading(
    extract: Any, text: str, kept: tuple[str, str, str], site: str
) -> None:
    """A site whose phrase names its holder, owner or the people it serves is no second
    target: the attack stays on that actor."""
    graph = extract(text, published="2015-06-10")
    found = triples(graph)
    assert kept in found, found
    assert (kept[0], "attacked", site) not in found, found


def test_node2_army_in_front_keeps_the_army(extract: Any) -> None:
    """ "stormed an army base" after the article's troops: the attack is on the troops."""
    graph = extract(
        "Chadian troops were deployed to Bol. Boko Haram fighters stormed an army base near "
        "the town on Sunday.",
        published="2015-06-10",
    )
    found = triples(graph)
    assert ("Boko Haram", "attacked", "army base") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ten worshippers prayed in a mosque in the city of Mosul on Friday.",
        "The ministry said a new hospital in Homs had opened on Monday.",
    ],
)
def test_node2_no_attack_no_town_attacked(extract: Any, text: str) -> None:
    """A site in a town that no attack hits makes no attack on the town."""
    graph = extract(text, published="2015-06-10")
    assert not pairs(graph, "attacked"), triples(graph)


@pytest.mark.parametrize("text", [text for text, *_ in SITES])
def test_node2_labels_as_written(extract: Any, text: str) -> None:
    """A node's label is words of the text, never an internal id."""
    graph = extract(
        text + " A camp for Syrian refugees was attacked by Lebanese militiamen.",
        published="2015-06-10",
    )
    for entity in graph.entities.values():
        assert "text-" not in entity.label, entity.label
        assert "[" not in entity.label, entity.label
