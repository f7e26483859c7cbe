"""Cross-sentence references of the fifteenth round: "the group" and "the country" far from the
name take the article's one named group or country, and "the group" chains on earlier "the
group"s (kg/extract/nominals.py); a spokesman with no owner speaks for the subject of the clause
he reports (kg/extract/spoken_for.py); "the Italian prime minister" is the holder of that office,
not of "minister" (kg/extract/coref.py); "a senior leader of the group" is one of its leaders,
a member (kg/extract/roles.py). Real model; actors other than the articles the rules
came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

# dated roles of the gazetteer decide who held a country's title on the day: a date of 2015
PUBLISHED = "2015-05-20"

# four sentences between the name and the reference: beyond the near window of two
_FILLER = (
    "The attack killed twelve people. Witnesses said the gunmen stormed the building. "
    "Ambulances took the wounded to hospital. Police cordoned off the area."
)

GROUPS: list[Case] = [
    # the article's one named group, however far back
    (
        f"Hamas fighters attacked an army post near Rafah on Sunday. {_FILLER} "
        "The group's leader, Khaled Meshaal, praised the attack.",
        ("Khaled Meshaal", "leader_of", "Hamas"),
        None,
    ),
    (
        f"Al-Shabaab fighters stormed a hotel in Mogadishu on Sunday. {_FILLER} "
        "Ali Dheere, the group's spokesman, said the fighters had left.",
        ("Ali Dheere", "spokesperson_for", "al-Shabab"),
        None,
    ),
    # "the group" chains on an earlier "the group" of the named one
    (
        "Hamas fighters attacked an army post near Rafah on Sunday. The attack killed two "
        "soldiers. Officials said the post was destroyed. Fawzi Barhoum, the group's "
        "spokesman, praised the attack. Ismail Haniyeh, the group's leader, called for calm.",
        ("Ismail Haniyeh", "leader_of", "Hamas"),
        None,
    ),
    # two named groups: "the group" far back stays unresolved
    (
        "Hamas and Islamic Jihad fighters attacked an army post near Rafah on Sunday. "
        f"{_FILLER} The group's leader, Khaled Meshaal, praised the attack.",
        None,
        ("Khaled Meshaal", "leader_of", "Hamas"),
    ),
    # an unnamed group came after the name: "the group" is that one
    (
        "Hamas fighters attacked an army post near Rafah on Sunday. The attack killed two "
        "soldiers. A little-known armed group later claimed a second attack. Officials said "
        "the post was destroyed. Police cordoned off the area. The group's leader, Abu Khalil "
        "Zaqout, praised the attacks.",
        None,
        ("Abu Khalil Zaqout", "leader_of", "Hamas"),
    ),
    # "the group" as a set of people (no title of its own): the people just named, not the
    # named group far back
    (
        f"Hezbollah criticised the verdict on Monday. {_FILLER} An ambush in the north left "
        "three judges dead. The group were travelling by car to Tripoli when they were shot "
        "at by unidentified gunmen.",
        None,
        ("Hezbollah", "visited", "Tripoli"),
    ),
]

COUNTRIES: list[Case] = [
    # the article's one named country, however far back
    (
        f"A bomb exploded at a market in Kenya's coastal city of Mombasa on Monday. {_FILLER} "
        "The attack is a challenge to the country's interior minister, Joseph Nkaissery.",
        ("Joseph Nkaissery", "member_of", "Kenya"),
        None,
    ),
    # two countries named: the country far back is not guessed
    (
        "A bomb exploded at a market in Kenya's coastal city of Mombasa on Monday, a week "
        f"after a raid in Uganda. {_FILLER} "
        "The attack is a challenge to the country's interior minister, Joseph Nkaissery.",
        None,
        ("Joseph Nkaissery", "member_of", "Kenya"),
    ),
]

SPOKESMEN: list[Case] = [
    # a title reference as the reported clause's subject
    (
        "Chad's President Idriss Deby arrived in Paris on Monday. The president is travelling "
        "to Berlin and Rome on Wednesday, spokesman Hassan Sylla said.",
        ("Hassan Sylla", "spokesperson_for", "Idriss Deby"),
        None,
    ),
    # the speaker after the verb, his title in apposition
    (
        "The Taliban attacked a checkpoint in Helmand on Monday. The Taliban carried out the "
        "attack on the base, said Qari Yousaf Ahmadi, a spokesman.",
        ("Qari Yousaf Ahmadi", "spokesperson_for", "Taliban"),
        None,
    ),
    # the speaker first, the report after
    (
        "Ban Ki-moon arrived in Nairobi on Monday. Spokesman Stephane Dujarric said Ban would "
        "travel to Somalia.",
        ("Stephane Dujarric", "spokesperson_for", "Ban Ki-moon"),
        None,
    ),
    # two subjects: whose spokesman is not said
    (
        "Ban Ki-moon met John Kerry in New York on Monday. Spokesman Stephane Dujarric said Ban "
        "and Kerry would travel to Somalia.",
        None,
        ("Stephane Dujarric", "spokesperson_for", "Ban Ki-moon"),
    ),
    # the title has an owner of its own: not the clause subject's
    (
        "Ban Ki-moon arrived in Nairobi on Monday. Ban will travel to Somalia, army spokesman "
        "Paul Njuguna said.",
        None,
        ("Paul Njuguna", "spokesperson_for", "Ban Ki-moon"),
    ),
]

PRIME_MINISTERS: list[Case] = [
    # "prime minister" is a leader's office, not a minister's: the holder on the day
    (
        "Matteo Renzi's speech opened the summit in Milan on Monday. The Italian prime minister "
        "called for action against smugglers.",
        ("Matteo Renzi", "leader_of", "Italy"),
        None,
    ),
    (
        "Tony Abbott's remarks opened the talks in Canberra on Monday. The Australian prime "
        "minister called for action against smugglers.",
        ("Tony Abbott", "leader_of", "Australia"),
        None,
    ),
    # a deputy's title is not the holder's
    (
        "Matteo Renzi's speech opened the summit in Milan on Monday. The Italian deputy prime "
        "minister called for action against smugglers.",
        None,
        ("Matteo Renzi", "leader_of", "Italy"),
    ),
]


INDEFINITE_LEADERS: list[Case] = [
    # an indefinite leader's title: one of the owner's leaders, a member
    (
        "Mohammed Raad, a senior leader of Hezbollah, was killed in Beirut on Monday.",
        ("Mohammed Raad", "member_of", "Hezbollah"),
        ("Mohammed Raad", "leader_of", "Hezbollah"),
    ),
    (
        "Mullah Dadullah, a commander of the Taliban, was killed in Helmand on Monday.",
        ("Mullah Dadullah", "member_of", "Taliban"),
        ("Mullah Dadullah", "leader_of", "Taliban"),
    ),
    # the definite title is the leader's
    (
        "Hassan Nasrallah, the leader of Hezbollah, spoke in Beirut on Monday.",
        ("Hassan Nasrallah", "leader_of", "Hezbollah"),
        None,
    ),
    # a head of state's title stays a leader's, even indefinite
    (
        "Michelle Bachelet, a former president of Chile, spoke in Geneva on Monday.",
        ("Michelle Bachelet", "leader_of", "Chile"),
        None,
    ),
]


def _check(found: set[tuple[str, str, str]], expected: Any, forbidden: Any) -> None:
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


@pytest.mark.parametrize(("text", "expected", "forbidden"), GROUPS)
def test_coref13_the_group_far_back(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """ "The group" far from any name is the article's one named group (chained on earlier
    references to it); two named groups, or an unnamed one after the name, leave it open."""
    _check(triples(extract(text, published=PUBLISHED)), expected, forbidden)


@pytest.mark.parametrize(("text", "expected", "forbidden"), COUNTRIES)
def test_coref13_the_country_far_back(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """ "The country" far from any name is the article's one named country; of two, none."""
    _check(triples(extract(text, published=PUBLISHED)), expected, forbidden)


@pytest.mark.parametrize(("text", "expected", "forbidden"), SPOKESMEN)
def test_coref13_spokesman_of_the_reported_subject(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """A spokesman with no owner speaks for the one subject of the clause he reports."""
    _check(triples(extract(text, published=PUBLISHED)), expected, forbidden)


@pytest.mark.parametrize(("text", "expected", "forbidden"), PRIME_MINISTERS)
def test_coref13_compound_leader_title(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """ "The Italian prime minister" is the prime minister on the published date (a deputy's
    title is not)."""
    _check(triples(extract(text, published=PUBLISHED)), expected, forbidden)


def test_coref13_spokesman_title_as_written(extract: Any) -> None:
    """The spokesman's role carries his title word."""
    graph = extract(
        "Ban Ki-moon arrived in Nairobi on Monday. Spokesman Stephane Dujarric said Ban would "
        "travel to Somalia.",
        published=PUBLISHED,
    )
    labels = {k: e.label for k, e in graph.entities.items()}
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "spokesperson_for" and labels[r.subject] == "Stephane Dujarric"
    }
    assert titles == {"spokesman"}


@pytest.mark.parametrize(("text", "expected", "forbidden"), INDEFINITE_LEADERS)
def test_coref13_indefinite_leader_is_a_member(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """ "X, a senior leader of the group": a member with that title, not the group's leader;
    "the leader of" and a head of state's title stay leaders."""
    _check(triples(extract(text, published=PUBLISHED)), expected, forbidden)
