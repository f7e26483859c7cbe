"""Attacks whose author is only blamed (gen32, kg/extract/blamed_attacks.py): "attacks blamed on
X killed N people in Y" -> X attacked Y (and the named victims), hypothetical. Sentences of our
own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

# (sentence, (subject, object) of the attacked claim expected)
BLAMED = [
    (
        "Other attacks blamed on al-Shabab, including on a church, killed 12 people in Garissa.",
        ("al-Shabab", "Garissa"),
    ),
    # the place in front of the clause; the parser hangs the harm verb on the blamed
    (
        "Elsewhere, in Homs, shelling blamed on government forces killed at least 10 people.",
        ("government forces", "Homs"),
    ),
    (
        "A bombing blamed on the Pakistani Taliban killed 20 people in Peshawar on Friday.",
        ("Taliban", "Peshawar"),
    ),
    # named victims
    (
        "Attacks blamed on the Taliban killed three Afghan soldiers in Kunduz.",
        ("Taliban", "Afghan soldiers"),
    ),
    (
        "Raids attributed to the Janjaweed killed 40 people in Darfur.",
        ("Janjaweed", "Darfur"),
    ),
]

# (sentence, (subject, object) of an attacked claim that must not be made)
NOT_BLAMED = [
    # no attack: an accident's cause is blamed
    ("A fire blamed on faulty wiring killed 12 people in Lagos.", None),
    # blamed, but nobody harmed and no place told
    ("The bombing was blamed on the Taliban.", None),
    # the blamed are the ones killed, not the authors of a harm
    ("Attacks blamed on al-Shabab fighters killed in Somalia have fallen.", None),
    # the attack is blamed on somebody, but what it hit is no place or actor
    ("A blast blamed on the Islamic State damaged a bridge.", None),
]


@pytest.mark.parametrize(("text", "pair"), BLAMED)
def test_gen32_blamed_attack_is_alleged(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The one an attack is blamed on attacked its victims and place, as an allegation."""
    graph = extract(text)
    found = claims_between(graph, pair[0], "attacked", pair[1])
    assert found, pairs(graph, "attacked")
    assert {c.qualifiers.status.value for c in found} == {"hypothetical"}


@pytest.mark.parametrize(("text", "pair"), NOT_BLAMED)
def test_gen32_no_blamed_attack_without_harm(
    extract: Any, text: str, pair: tuple[str, str] | None
) -> None:
    """No attack, or no harm told: no attacked claim."""
    graph = extract(text)
    if pair is None:
        assert not pairs(graph, "attacked")
    else:
        assert not claims_between(graph, pair[0], "attacked", pair[1])


# (sentence, (taker, place) of the attacked claim expected): territory taken in a place
TERRITORY = [
    (
        "Al-Shabab captured large swathes of territory in Somalia and Kenya in 2012.",
        ("al-Shabab", "Kenya"),
    ),
    ("The rebels took control of large areas of territory in Mali.", ("rebels", "Mali")),
    ("The Taliban seized parts of the territory of Afghanistan.", ("Taliban", "Afghanistan")),
]

# territory lost or named without anyone taking it
NOT_TERRITORY = [
    ("The farmers lost swathes of territory in Kenya to the drought.", ("farmers", "Kenya")),
    ("The rebels control large areas of territory in Mali.", ("rebels", "Mali")),
]


@pytest.mark.parametrize(("text", "pair"), TERRITORY)
def test_gen32_territory_taken_in_a_place(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Swathes or areas of territory taken in a place: the taker attacked the place."""
    graph = extract(text)
    assert claims_between(graph, pair[0], "attacked", pair[1]), pairs(graph, "attacked")


@pytest.mark.parametrize(("text", "pair"), NOT_TERRITORY)
def test_gen32_territory_not_taken(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Territory lost or held is no attack on its place."""
    graph = extract(text)
    assert not claims_between(graph, pair[0], "attacked", pair[1])


# (sentence, (attacker, attacked) expected): a strike launched "at" its target; a vehicle hit
# names its owner or passengers' owner; bases in a place (the model lemmatises "bases" "basis")
AIMED = [
    ("Hamas launched a strike at Israel.", ("Hamas", "Israel")),
    ("Hezbollah launched its deepest strike at Israel since the war.", ("Hezbollah", "Israel")),
    (
        "The Taliban attacked the car of the governor of Kandahar, Ahmad Wali.",
        ("Taliban", "Ahmad Wali"),
    ),
    (
        "Gunmen attacked the motorcade of Pakistani Prime Minister Nawaz Sharif.",
        ("Gunmen", "Nawaz Sharif"),
    ),
    (
        "Somali refugees who were trying to flee Kismayo on Monday when al-Shabab fighters "
        "fired shells at their boat.",
        ("al-Shabab", "Somali refugees"),
    ),
    (
        "Coalition aircraft hit air defence bases in Hodeida province, witnesses said. "
        "The Arab coalition denied it.",
        ("Arab coalition", "Hodeida"),
    ),
]

NOT_AIMED = [
    # a vehicle bought, not hit
    ("The Kenyan army bought a boat of the Somali navy.", ("Kenyan army", "Somali navy")),
    # a strike called off is no strike
    ("Hamas called off a strike at Israel.", ("Hamas", "Israel")),
]


# the parser hangs the place on the attack's author ("attacks by the group X in Y")
AIMED += [
    (
        "There have been repeated attacks by the armed group al-Shabab in Mogadishu.",
        ("al-Shabab", "Mogadishu"),
    ),
    (
        "Police said there had been several attacks by the rebel group M23 in Goma and Rutshuru.",
        ("M23", "Goma"),
    ),
]
NOT_AIMED += [
    # the place is where the author is based, not where it attacked
    (
        "Attacks by al-Shabab militants based in Somalia have killed hundreds in Kenya.",
        ("al-Shabab", "Somalia"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), AIMED)
def test_gen32_aimed_attacks(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """A strike launched at a target, a vehicle fired on, bases struck in a place: attacked."""
    graph = extract(text)
    assert claims_between(graph, pair[0], "attacked", pair[1]), pairs(graph, "attacked")


@pytest.mark.parametrize(("text", "pair"), NOT_AIMED)
def test_gen32_not_aimed(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """A vehicle bought or a strike called off: no attack."""
    graph = extract(text)
    found = claims_between(graph, pair[0], "attacked", pair[1])
    assert not [c for c in found if c.qualifiers.status.value == "occurred"], pairs(
        graph, "attacked"
    )
