"""People carried to a named place visit it (``kg/extract/conveyed_visits.py``): "the migrants
were brought ashore in Phuket", "the refugees were flown to Canada", "the navy took the
migrants to Lampedusa"; and one who escapes "to" or "into" a country visits it
(``tools/lexicon/seeds/consult.txt``), as one who "fled to" it does. Sentences of our own about
other actors than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Some 300 Rohingya migrants were brought ashore in Phuket on Friday.",
        ("Rohingya migrants", "visited", "Phuket"),
    ),
    (
        "Dozens of Eritrean refugees were flown to Canada last month.",
        ("Eritrean refugees", "visited", "Canada"),
    ),
    ("The Thai navy took the migrants to Phuket on Sunday.", ("migrants", "visited", "Phuket")),
    (
        "Two refugees have been transferred from Papua New Guinea to Cambodia.",
        ("refugees", "visited", "Cambodia"),
    ),
    (
        "The activists, who were flown to Jordan on Monday, denied the charges.",
        ("activists", "visited", "Jordan"),
    ),
    (
        "Hundreds of Burundian refugees were transferred each day to Kigoma.",
        ("Burundian refugees", "visited", "Kigoma"),
    ),
]

REMOVED = [
    # an armed group crossing into a country makes an incursion, no visit
    (
        "Boko Haram fighters crossed into Cameroon and burned a village.",
        ("Boko Haram", "visited", "Cameroon"),
    ),
    # a purpose told with an infinitive is no trip made
    (
        "Smugglers use the chaos to ship thousands of migrants to Italy.",
        ("migrants", "visited", "Italy"),
    ),
    # a thing carried is no visitor
    ("The case was transferred to Nairobi on Monday.", ("case", "visited", "Nairobi")),
    # a country's own people taken home make no visit
    (
        "Hundreds of Ethiopian migrants were flown to Ethiopia on Monday.",
        ("Ethiopian migrants", "visited", "Ethiopia"),
    ),
    # a deportation sends one away, mostly home: no visit
    (
        "Egypt deported Peter Greste to Australia in February.",
        ("Peter Greste", "visited", "Australia"),
    ),
    (
        "The activists, who were deported to Jordan on Monday, denied the charges.",
        ("activists", "visited", "Jordan"),
    ),
    # a single person "transferred" is a player sold or an official moved: only groups
    # (refugees, prisoners) are carried by a transfer
    (
        "Gareth Bale was transferred to Madrid for a record fee from Tottenham.",
        ("Gareth Bale", "visited", "Madrid"),
    ),
    # brought "to" no place ("to court", "to justice")
    ("The Kenyan police took the protesters to court.", ("protesters", "visited", "Kenya")),
    # an owned noun of a vehicle is no carried person
    ("The navy brought the ship to Phuket.", ("ship", "visited", "Phuket")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_conveyed_visits(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """The people carried, fled or crossed into a named place visit it."""
    check_kept_removed(extract(text), kept, removed)


def test_conveyed_visits_planned_keeps_its_status(extract: Any) -> None:
    """A transfer to come is a planned visit."""
    graph = extract("The refugees will be flown to Canada next week.")
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "visited" and graph.entities[r.object].label == "Canada"
    }
    assert statuses == {"planned"}


def test_conveyed_visits_escape_to(extract: Any) -> None:
    """One who escapes to a country visits it."""
    check_kept_removed(
        extract("Opposition leader Ousmane Diallo escaped to Senegal in May."),
        ("Ousmane Diallo", "visited", "Senegal"),
        None,
    )
