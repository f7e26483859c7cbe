"""Attacks told by their weapons and their unnamed victims (gen30): weapons "fired by X" that
the parser made a participle's subject ("Rockets fired by the rebels killed ..." read as
"Rockets fired ... and killed"), and people killed in a named place with no actor among them
("Al-Shabab gunmen killed 12 people in Mandera") -> attacked. Sentences of our own about
actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

# (sentence, (subject, object) of the attacked claim expected)
ATTACKS = [
    # the parser makes "dropped"/"fired" the main verb and the real one its conjunct or clause
    ("Bombs dropped by Syria hit Homs.", ("Syria", "Homs")),
    ("Rockets fired by the rebels killed five people in Homs.", ("rebels", "Homs")),
    (
        "Shells fired by Azerbaijani forces killed three people in Stepanakert.",
        ("Azerbaijani forces", "Stepanakert"),
    ),
    # a series noun counts the weapons
    (
        "A series of rockets fired by Hamas killed three people in Gaza City.",
        ("Hamas", "Gaza City"),
    ),
    # unnamed victims in a named place
    ("Al-Shabab gunmen killed 12 people in Mandera on Tuesday.", ("al-Shabab", "Mandera")),
    ("Boko Haram killed 30 people in Maiduguri on Sunday.", ("Boko Haram", "Maiduguri")),
    ("The Taliban wounded 20 people in Kandahar.", ("Taliban", "Kandahar")),
]

# (sentence, (subject, object) of an attacked claim that must not be made)
NOT_ATTACKS = [
    # nobody did it
    ("The earthquake killed 12 people in Kathmandu.", None),
    # people arrested or helped are not attacked
    (
        "Egyptian police arrested 12 people in Alexandria on Monday.",
        ("Egyptian police", "Alexandria"),
    ),
    ("The UN helped 12 people in Kandahar.", ("United Nations", "Kandahar")),
    # a passive with its agent is read by the ordinary rules, not as a misparse
    ("Five people were killed in Homs.", None),
]


@pytest.mark.parametrize(("text", "pair"), ATTACKS)
def test_gen30_weapons_and_unnamed_victims_attack(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A weapon's user attacked what it hit; killing unnamed people in a place attacked it."""
    graph = extract(text)
    found = pairs(graph, "attacked")
    assert claims_between(graph, pair[0], "attacked", pair[1]), found


@pytest.mark.parametrize(("text", "pair"), NOT_ATTACKS)
def test_gen30_no_attack_without_an_attacker(
    extract: Any, text: str, pair: tuple[str, str] | None
) -> None:
    """No actor harmed them, or they were not harmed: no attacked claim on the place."""
    graph = extract(text)
    if pair is None:
        assert not pairs(graph, "attacked")
    else:
        assert not claims_between(graph, pair[0], "attacked", pair[1])
        assert pair[1] not in {o for _, o in pairs(graph, "attacked")}


# (sentence, (person, place) of the visit expected)
RALLIES = [
    (
        "Turkish President Recep Tayyip Erdogan addressed a rally in the city of Izmir on Sunday.",
        ("Recep Tayyip Erdogan", "Izmir"),
    ),
    (
        "Kenyan opposition leader Raila Odinga held a rally in Mombasa on Saturday.",
        ("Raila Odinga", "Mombasa"),
    ),
    (
        "At a rally in Lagos, Muhammadu Buhari promised to fight corruption.",
        ("Muhammadu Buhari", "Lagos"),
    ),
    (
        '"We will win," Ahmet Davutoglu told a rally in the city of Karaman in central Turkey.',
        ("Ahmet Davutoğlu", "Karaman"),
    ),
]

# (sentence, (person, place) of a visit that must not be claimed)
NOT_RALLIES = [
    # a speech from afar
    (
        "Kenyan opposition leader Raila Odinga addressed a rally in Mombasa by telephone.",
        ("Raila Odinga", "Mombasa"),
    ),
    # a rally called for, criticised or skipped is no presence
    (
        "Kenyan opposition leader Raila Odinga called for a rally in Mombasa.",
        ("Raila Odinga", "Mombasa"),
    ),
    (
        "Kenyan opposition leader Raila Odinga criticised the rally in Mombasa.",
        ("Raila Odinga", "Mombasa"),
    ),
    (
        "Kenyan opposition leader Raila Odinga will not attend the rally in Mombasa.",
        ("Raila Odinga", "Mombasa"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), RALLIES)
def test_gen30_rally_speaker_visited_its_town(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """Who holds, addresses or speaks at a rally in a town was there (at home too)."""
    graph = extract(text)
    assert claims_between(graph, pair[0], "visited", pair[1])


@pytest.mark.parametrize(("text", "pair"), NOT_RALLIES)
def test_gen30_rally_not_attended_is_no_visit(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A rally addressed from afar, called for, criticised or skipped is no visit."""
    graph = extract(text)
    found = [c for c in claims_between(graph, pair[0], "visited", pair[1])]
    assert all(c.qualifiers.status.value != "occurred" for c in found)


# (sentence, the two sides of a negotiation, or None when no negotiation may be claimed)
PROCESSES = [
    ("The peace process between Colombia and the FARC stalled in May.", ("Colombia", "FARC")),
    ("Egypt revived the peace process with Israel.", ("Egypt", "Israel")),
    (
        "Norway backed the peace process between the Sri Lankan government and the Tigers.",
        ("Sri Lankan government", "Tigers"),
    ),
    # a process with no negotiation word is no event
    ("The process between Colombia and Venezuela was slow.", None),
    ("The selection process between Nigeria and Ghana took months.", None),
]


@pytest.mark.parametrize(("text", "sides"), PROCESSES)
def test_gen30_peace_process_is_a_negotiation(
    extract: Any, text: str, sides: tuple[str, str] | None
) -> None:
    """ "the peace process between A and B" negotiates; a bare "process" is no event."""
    graph = extract(text)
    talks = {
        frozenset((graph.entities[c.subject].label, graph.entities[c.object].label))
        for c in graph.claims
        if c.object is not None and c.predicate.value in ("negotiated_with", "met")
    }
    if sides is None:
        assert not talks
    else:
        assert frozenset(sides) in talks


# (sentence, (person, place) visited, status) of "X was the first N to visit Y"
FIRSTS = [
    (
        "Ali Akbar Velayati was the third Iranian official to visit Damascus this week.",
        ("Ali Akbar Velayati", "Damascus"),
        "occurred",
    ),
    (
        "Narendra Modi is the first Indian prime minister to visit Israel.",
        ("Narendra Modi", "Israel"),
        "occurred",
    ),
    (
        "Angela Merkel was the only European leader to attend the parade in Moscow.",
        ("Angela Merkel", "Moscow"),
        "occurred",
    ),
    # the copula's mood is the visit's; its negation ("not the first") is not
    (
        "Hassan Rouhani will be the first Iranian president to visit Paris since 1999.",
        ("Hassan Rouhani", "Paris"),
        "planned",
    ),
    (
        "Hassan Rouhani would be the first Iranian president to visit Paris since 1999.",
        ("Hassan Rouhani", "Paris"),
        "hypothetical",
    ),
    (
        "Hassan Rouhani was not the first Iranian president to visit Paris.",
        ("Hassan Rouhani", "Paris"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "pair", "status"), FIRSTS)
def test_gen30_first_to_visit_is_the_copula_subject(
    extract: Any, text: str, pair: tuple[str, str], status: str
) -> None:
    """ "X was the first N to visit Y": X visited Y, in the copula's mood."""
    graph = extract(text)
    found = claims_between(graph, pair[0], "visited", pair[1])
    assert {c.qualifiers.status.value for c in found} == {status}


def test_gen30_first_thing_to_discuss_names_no_actor(extract: Any) -> None:
    """A copula's subject that is no actor does nothing: no claim from "the first thing to"."""
    graph = extract("The border was the first issue to discuss with Iran.")
    assert not [
        c for c in graph.claims if c.object is not None and c.predicate.value != "located_in"
    ]


def test_gen30_rally_speaker_split_subject(extract: Any) -> None:
    """ "the HDP's co-chairman X went ahead with a rally in Y": a subject the parser split in
    several (at the hyphen) still names the speaker; a rally to come is a planned visit."""
    graph = extract(
        "The HDP's co-chairman Selahattin Demirtas went ahead with a rally in Mersin on Monday.",
        "The HDP's co-chairman Selahattin Demirtas will hold a rally in Diyarbakir on Friday.",
    )
    went = claims_between(graph, "Selahattin Demirtas", "visited", "Mersin")
    assert {c.qualifiers.status.value for c in went} == {"occurred"}
    will = claims_between(graph, "Selahattin Demirtas", "visited", "Diyarbakir")
    assert {c.qualifiers.status.value for c in will} == {"planned"}


def test_gen30_time_for_someone_to_act_is_no_ranked_noun(extract: Any) -> None:
    """ "It is time for X to visit Y": no ranking word, so the copula's mood does not carry;
    the visit is only proposed."""
    graph = extract("It is time for Narendra Modi to visit Israel.")
    found = claims_between(graph, "Narendra Modi", "visited", "Israel")
    assert found
    assert {c.qualifiers.status.value for c in found} == {"proposed"}
