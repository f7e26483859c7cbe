"""Attacks told around the harm verb or by the doer's own group (atk41).

"N soldiers have been killed since the group began its offensive" (the clause's subject began
the attack), "73 soldiers, in addition to 26 civilians, were killed" (both are victims) and
"his group" for a leader told only by an apposition, read before the relations of its
paragraph. Sentences of our own, about other actors than the check sets'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, pairs

HARM_FRAMES: list[Case] = [
    (
        "At least 40 Kenyan soldiers have been killed since al-Shabab launched an attack on "
        "the base.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
        None,
    ),
    (
        "Al-Shabab fighters attacked the town on Sunday. At least 40 soldiers and 12 civilians "
        "have been killed since the group began its offensive on Tuesday.",
        ("al-Shabab", "attacked", "civilians"),
        None,
    ),
    # a clause that starts no attack names no attacker
    (
        "At least 40 Kenyan soldiers have been killed since al-Shabab was founded.",
        None,
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
    (
        "Dozens of Kenyan soldiers have died since al-Shabab began peace talks with Nairobi.",
        None,
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
    # the people added to the victims were harmed too
    (
        "At least 73 Kenyan soldiers, in addition to 26 civilians, have been killed since "
        "al-Shabab began its offensive on Tuesday.",
        ("al-Shabab", "attacked", "civilians"),
        None,
    ),
    (
        "Ten Kenyan soldiers, along with five civilians, were killed in a Somali air strike.",
        ("Somalia", "attacked", "civilians"),
        None,
    ),
    # only the adding words add a victim: the general over them was not harmed
    (
        "Ten Kenyan soldiers under General Ali Hassan were killed in a Somali air strike.",
        ("Somalia", "attacked", "Kenyan soldiers"),
        ("Somalia", "attacked", "Ali Hassan"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HARM_FRAMES)
def test_harm_frames_victims_of_the_told_attack(
    extract: Any, text: str, expected: Any, absent: Any
) -> None:
    """A victim (or one added to the victims) harmed since an actor began an attack was
    attacked by that actor; a clause of no attack names no one."""
    found = pairs(extract(text, published="2015-06-10"), "attacked")
    if expected is not None:
        assert (expected[0], expected[2]) in found
    if absent is not None:
        assert (absent[0], absent[2]) not in found


OWN_GROUPS: list[Case] = [
    (
        "Abubakar Shekau, the leader of Boko Haram, spoke on Monday. His group seized the "
        "town of Baga last year.",
        ("Boko Haram", "attacked", "Baga"),
        None,
    ),
    (
        "The Lord's Resistance Army released a video on Monday. Joseph Kony, the leader of "
        "the Lord's Resistance Army, spoke in it. His group attacked the town of Gulu in May.",
        ("Lord's Resistance Army", "attacked", "Gulu"),
        None,
    ),
    # a member does not own the group as its leader does
    (
        "Abubakar Shekau, a member of Boko Haram, spoke on Monday. His group seized the town "
        "of Baga last year.",
        None,
        ("Boko Haram", "attacked", "Baga"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), OWN_GROUPS)
def test_coref_late_own_group_is_the_one_led(
    extract: Any, text: str, expected: Any, absent: Any
) -> None:
    """ "his group" is the group an apposition above made him the leader of."""
    found = pairs(extract(text, published="2015-06-10"), "attacked")
    if expected is not None:
        assert (expected[0], expected[2]) in found
    if absent is not None:
        assert (absent[0], absent[2]) not in found


UPRISINGS: list[Case] = [
    (
        "Syria crushed the 2011 uprising with help from Iran.",
        ("Syria", "attacked", "2011 uprising"),
        None,
    ),
    (
        "Bahrain quelled a 2011 opposition uprising with help from Saudi Arabia.",
        ("Bahrain", "attacked", "2011 uprising"),
        # the helper helped; it did not put the uprising down itself
        ("Saudi Arabia", "attacked", "2011 uprising"),
    ),
    # its people named: they are the ones attacked, not the event
    (
        "Syrian troops crushed the 2011 uprising by the Muslim Brotherhood in Hama.",
        ("Syrian troops", "attacked", "Muslim Brotherhood"),
        ("Syrian troops", "attacked", "2011 uprising"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), UPRISINGS)
def test_repressions_uprising_with_no_people_named_is_the_event(
    extract: Any, text: str, expected: Any, absent: Any
) -> None:
    """An uprising put down whose people are not named: the doer attacked the uprising."""
    found = pairs(extract(text, published="2015-06-10"), "attacked")
    if expected is not None:
        assert (expected[0], expected[2]) in found
    if absent is not None:
        assert (absent[0], absent[2]) not in found


def test_repressions_vowed_crushing_is_planned(extract: Any) -> None:
    """A repression only vowed is planned, not done."""
    graph = extract("Assad vowed to crush the 2011 uprising.", published="2015-06-10")
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "attacked" and graph.entities[r.object].label == "2011 uprising"
    }
    assert statuses == {"planned"}


DEATHS: list[Case] = [
    (
        "The death of Osama bin Laden in a US raid in 2011 shocked al-Qaeda.",
        ("United States", "attacked", "Osama bin Laden"),
        None,
    ),
    (
        "Al-Shabab confirmed the death of its commander Aden Ayrow in a US air strike.",
        ("United States", "attacked", "Aden Ayrow"),
        None,
    ),
    # a death in no attack, or with no doer, names no attacker
    (
        "The death of Ahmed Khan in a car accident shocked Pakistan.",
        None,
        ("Pakistan", "attacked", "Ahmed Khan"),
    ),
    (
        "Kenya mourned the death of Ahmed Khan in an attack near Mandera.",
        None,
        ("Kenya", "attacked", "Ahmed Khan"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DEATHS)
def test_assaults_death_in_an_attack_is_its_doers(
    extract: Any, text: str, expected: Any, absent: Any
) -> None:
    """ "the death of X in a US raid": the raid's doer attacked X; not for a death in no
    attack or in one with no doer named."""
    found = pairs(extract(text, published="2015-06-10"), "attacked")
    if expected is not None:
        assert (expected[0], expected[2]) in found
    if absent is not None:
        assert (absent[0], absent[2]) not in found


def test_assaults_death_then_a_doerless_killing_carries_the_doer(extract: Any) -> None:
    """A death in a strike, then a doerless passive killing of the named man: the striker
    killed him (the passive takes the one doer of the sentence before)."""
    graph = extract(
        "Al-Shabab has reported the death of a senior figure and other fighters in a US air "
        "strike. Senior al-Shabab official Aden Hashi Ayrow had been killed in the port city of "
        "Kismayo last month.",
        published="2015-06-10",
    )
    assert ("United States", "Aden Hashi Ayrow") in pairs(graph, "attacked")
