"""A ban of an activity is the banner's sanction of the people it falls on, else of the activity
as an Event node (kg/extract/activity_bans.py); "banned substances", "lifted the ban", "called
for a ban" and a ban that was lifted make none. Sentences are about other actors than the
held-out articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, claims_between, kept_removed_cases, node_types

Triple = tuple[str, str, str]

BANNED: list[tuple[str, Triple]] = [
    (
        "Turkey has banned May Day rallies in Taksim Square.",
        ("Turkey", "sanctioned", "May Day rallies"),
    ),
    (
        "The Russian government banned public gatherings in Moscow on Friday.",
        ("Russian government", "sanctioned", "public gatherings"),
    ),
    (
        "Bahrain imposed a ban on protests by opposition activists.",
        ("Bahrain", "sanctioned", "opposition activists"),
    ),
    (
        "Saudi Arabia put a ban on travel for foreign workers.",
        ("Saudi Arabia", "sanctioned", "foreign workers"),
    ),
    (
        "Liberia has put a ban on travel for people held in quarantine.",
        ("Liberia", "sanctioned", "people held in quarantine"),
    ),
    (
        "Street marches were banned by the Hong Kong government.",
        ("Hong Kong government", "sanctioned", "Street marches"),
    ),
]

NOT_BANNED: list[tuple[str, Triple]] = [
    # a ban lifted or asked for is no ban imposed
    (
        "Turkey lifted the ban on May Day rallies in Taksim Square.",
        ("Turkey", "sanctioned", "May Day rallies"),
    ),
    (
        "Amnesty International called for a ban on street marches.",
        ("Amnesty International", "sanctioned", "street marches"),
    ),
    (
        "The ban on street marches was lifted by the Hong Kong government.",
        ("Hong Kong government", "sanctioned", "street marches"),
    ),
    # a participle of "ban" is no ban of the noun it describes
    (
        "Maria Sharapova tested positive for banned substances.",
        ("Maria Sharapova", "sanctioned", "substances"),
    ),
    # no activity noun: a ban from politics is the lexicon's, of the one banned
    (
        "Thailand banned Yingluck Shinawatra from politics for five years.",
        ("Thailand", "sanctioned", "politics"),
    ),
    # a bare activity noun is a kind of act, no one event
    (
        "Qatar bans protests and gatherings not licensed by the government.",
        ("Qatar", "sanctioned", "protests"),
    ),
    (
        "Qatar has imposed a ban on demonstrations.",
        ("Qatar", "sanctioned", "demonstrations"),
    ),
    # a plain noun of people with no clause to set them apart is no node
    (
        "Liberia has put a ban on travel for people.",
        ("Liberia", "sanctioned", "people"),
    ),
    # "for" of purpose after a ban of no activity noun
    (
        "Kenya imposed a ban on plastic bags for environmental reasons.",
        ("Kenya", "sanctioned", "plastic bags"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), kept_removed_cases(BANNED, NOT_BANNED))
def test_activity_bans(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """A ban imposed on an activity sanctions its people or the activity; a lifted or
    requested ban, a banned substance or a ban on no activity makes no such claim."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)


def test_activity_bans_event_node(extract: Any) -> None:
    """The banned activity is an Event node of its article, labelled as written."""
    graph = extract("Turkey has banned May Day rallies in Taksim Square.")
    assert node_types(graph)["May Day rallies"] == "Event"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Turkey may ban May Day rallies in Taksim Square.", "hypothetical"),
        ("Turkey did not ban May Day rallies in Taksim Square.", "denied"),
    ],
)
def test_activity_bans_status(extract: Any, sentence: str, status: str) -> None:
    """The ban's status follows its clause (possible, negated)."""
    found = claims_between(
        extract(sentence, published="2015-05-15"), "Turkey", "sanctioned", "May Day rallies"
    )
    assert [c.qualifiers.status.value for c in found] == [status]
