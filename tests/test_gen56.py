"""Event recall on the Y1/Y2 and X1/X2 sets (gen56).

1. A named town taken by a side that fights, in the active ("ISIL has taken Ramadi", "after
   taking Mosul") -> attacked (CAMEO 192; kg/extract/taken_places.py ``_town_taken``); not
   another sense of "take" ("took the journalists to X", "took X hostage"), nor a gerund
   framing a passive, whose doer the clause's subject is not.
2. Torture and abuse said of a doer in a reported clause are a wrong, as harassment is
   ("Amnesty says that X was tortured by police" -> Amnesty criticized the police;
   ``wrong_verbs`` of ``evaluations``); the doer's own denial criticises no one.
3. Force used against someone is an attack, as violence is ("police used force against the
   protesters").
4. A group of people is abused or mistreated as a person is ("traffickers abused Eritrean
   migrants"): the object of "abuse", "mistreat", "maltreat" is any actor, no longer a person
   only; what is no actor ("abused his power") still makes no claim.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, statuses


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        ("ISIL has taken Ramadi.", ("Islamic State", "attacked", "Ramadi"), None),
        ("The Houthis took Aden in March.", ("Houthis", "attacked", "Aden"), None),
        (
            "After taking Mosul, ISIL fighters advanced on Baghdad.",
            ("Islamic State", "attacked", "Mosul"),
            None,
        ),
        ("Iraqi forces took back Tikrit last month.", ("Iraqi forces", "attacked", "Tikrit"), None),
        (
            "The Nigerian army took the journalists to Maiduguri.",
            None,
            ("Nigerian army", "attacked", "Maiduguri"),
        ),
        ("Obama took Air Force One to Nairobi.", None, ("Barack Obama", "attacked", "Nairobi")),
        (
            "Most of those killed were Syrian troops captured by ISIL fighters after taking "
            "over Ramadi.",
            None,
            ("Syrian troops", "attacked", "Ramadi"),
        ),
    ],
)
def test_gen56_towns_taken(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A side that fights taking a named town attacked it; other senses of "take" do not."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


def test_gen56_town_not_taken(extract: Any) -> None:
    """A town said not to be taken is a denied attack."""
    graph = extract("ISIL did not take Baghdad.", published="2015-05-30")
    assert statuses(graph, ("Islamic State", "attacked", "Baghdad")) == {"denied"}


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "Amnesty International and the Egyptian Initiative for Personal Rights say that "
            "Alaa Abd El-Fattah was tortured by Egyptian police into confessing.",
            ("Amnesty International", "criticized", "Egyptian police"),
            None,
        ),
        (
            "Amnesty International said Egyptian police tortured Ahmed Maher.",
            ("Amnesty International", "criticized", "Egyptian police"),
            None,
        ),
        (
            "Kenyan officials said al-Shabab fighters abused the hostages.",
            ("Kenyan officials", "criticized", "al-Shabab"),
            None,
        ),
        (
            "Egyptian police said they had not tortured Ahmed Maher.",
            None,
            ("Egyptian police", "criticized", "Egyptian police"),
        ),
    ],
)
def test_gen56_reported_torture(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Torture or abuse reported by a speaker of another actor criticises the doer."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


def test_gen56_reported_torture_denied(extract: Any) -> None:
    """Torture said not to have happened criticises no one."""
    graph = extract(
        "Amnesty International said the prisoners were not tortured by Egyptian police.",
        published="2015-05-30",
    )
    assert not statuses(graph, ("Amnesty International", "criticized", "Egyptian police"))


@pytest.mark.parametrize(
    ("text", "kept", "status"),
    [
        (
            "Turkish police used force against Kurdish protesters in Ankara.",
            ("Turkish police", "attacked", "Kurdish protesters"),
            "occurred",
        ),
        (
            "Saudi Arabia used excessive force against Yemeni civilians.",
            ("Saudi Arabia", "attacked", "Yemeni civilians"),
            "occurred",
        ),
        (
            "Turkey has not used force against Kurdish protesters.",
            ("Turkey", "attacked", "Kurdish protesters"),
            "denied",
        ),
    ],
)
def test_gen56_force_used(extract: Any, text: str, kept: Triple, status: str) -> None:
    """Force used against someone is an attack, with the clause's status."""
    assert statuses(extract(text, published="2015-05-30"), kept) == {status}


def test_gen56_force_without_target(extract: Any) -> None:
    """Force used to do something, with no one it is used against, attacks no one."""
    graph = extract("Israeli forces used force to disperse the crowd.", published="2015-05-30")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        (
            "Libyan traffickers abused Eritrean migrants.",
            ("Libyan criminals", "attacked", "Eritrean refugees"),
            None,
        ),
        (
            "Kenyan police mistreated Somali refugees in Nairobi.",
            ("Kenyan police", "attacked", "Somali refugees"),
            None,
        ),
        ("The Nigerian governor abused his power.", None, None),
    ],
)
def test_gen56_groups_abused(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A group of people abused or mistreated is attacked; an abused power is no one."""
    graph = extract(text, published="2015-05-30")
    check_kept_removed(graph, kept, removed)
    if kept is None:
        assert not [c for c in graph.claims if c.predicate.value == "attacked"]


def test_gen56_abuse_denied(extract: Any) -> None:
    """Abuse said not to have happened is a denied attack."""
    graph = extract("Egyptian police did not abuse the detainees.", published="2015-05-30")
    assert statuses(graph, ("Egyptian police", "attacked", "detainees")) == {"denied"}
