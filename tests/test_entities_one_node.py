"""One node per real actor (issue 13): a bracketed acronym of a translated name or of a
place, "X, better known as Y", and a named side's troops and forces are one node; close
names stay apart (kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    # the initials of a name in its own language, the words in another order
    (
        "The Popular Liberation Front of Ogaden (FLPO) freed two hostages on Monday. "
        "The FLPO said the talks would go on.",
        ("Popular Liberation Front of Ogaden", "FLPO"),
    ),
    # a place's acronym
    (
        "Sudanese troops entered the Demilitarized Zone (DMZ) along the border with South "
        "Sudan on Monday. Juba said the DMZ must stay empty.",
        ("Demilitarized Zone", "DMZ"),
    ),
    # "better known as": a nickname
    (
        "Joaquin Guzman, better known as El Chapo, escaped from prison on Saturday. "
        "El Chapo fled through a tunnel.",
        ("Joaquin Guzman", "El Chapo"),
    ),
    (
        "The singer Shawn Carter, known as Jay, met the mayor of Lagos on Friday. "
        "Jay later left Nigeria.",
        ("Shawn Carter", "Jay"),
    ),
    # a definite plain collective written with its sector's own word ("opposition") is the
    # country's collective of that noun the article named
    (
        "Togo's main opposition parties said on Monday that a fair vote was impossible. The "
        "opposition parties said the crisis could lead to war.",
        ("Togo's main opposition parties", "opposition parties"),
    ),
    # a known party's name written without its kind noun
    (
        "Ahmet Davutoglu's Justice and Development lost its majority in the vote. The AKP "
        "said it would seek a coalition.",
        ("Justice and Development", "AKP"),
    ),
    # a seat city that is no capital, named as a place too, stays one city node
    (
        "A ship carrying aid docked on Sunday in Cape Town. Cape Town has been rocked by "
        "fierce storms this week.",
        ("Cape Town",),
    ),
    # a seat of power in front of a role title is its country
    (
        "State Department spokeswoman Jen Psaki told a news briefing that the United States "
        "would send aid.",
        ("State Department", "United States"),
    ),
    (
        "White House spokesman Josh Earnest said the United States would not pay the ransom.",
        ("White House", "United States"),
    ),
    # a seat of power after its own country's name
    (
        "The US State Department said on Tuesday that it would send two envoys to Caracas.",
        ("US State Department", "United States"),
    ),
    (
        "The Israeli Knesset voted on Monday to dissolve itself ahead of an early election.",
        ("Israeli Knesset", "Israel"),
    ),
    # two spellings of a full name and its given name alone
    (
        "Ahmed Mansour, a journalist, was detained in Berlin on Saturday. Ahmad Mansour had "
        "been sentenced in absentia in Cairo. Ahmed said he would fight the ruling.",
        ("Ahmed Mansour", "Ahmad Mansour", "Ahmed"),
    ),
    # a surname written later with a typo
    (
        "John Kirkpatrick, a senior adviser, said on Monday that the deal was close. "
        "Kirkpatric added that the talks would resume in June.",
        ("John Kirkpatrick", "Kirkpatric"),
    ),
    (
        "Sergei Lavrenko, a senior diplomat, said on Monday that the deal was close. Lavrenco "
        "added that the talks would resume in June.",
        ("Sergei Lavrenko", "Lavrenco"),
    ),
    # a named side's troops and forces
    (
        "Gaddafi regime troops shelled Misrata on Monday. Gaddafi regime forces later "
        "withdrew from the port.",
        ("Gaddafi regime troops", "Gaddafi regime forces"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    (
        "King Salman received the Qatari envoy on Monday. Mohammed bin Salman met the envoy "
        "later in Jeddah.",
        ("King Salman", "Mohammed bin Salman"),
    ),
    (
        "King Abdullah of Jordan met Abdullah Abdullah in Amman on Tuesday.",
        ("Abdullah", "Abdullah Abdullah"),
    ),
    # "known as" after a country names the rebels, not the country
    (
        "Shia rebels in Yemen, known as Houthis, seized the city on Monday. The Houthis said "
        "they would stay.",
        ("Yemen", "Houthis"),
    ),
    # "local" still marks other people than the country's collective of that noun
    (
        "Syrian residents fled Aleppo on Monday. The local residents later attacked the "
        "smugglers in Idlib.",
        ("Syrian residents", "local residents"),
    ),
    # a seat named as a place too stays the place
    (
        "Kremlin spokesman Dmitry Peskov told reporters the talks failed. Hundreds of "
        "protesters gathered in front of the Kremlin on Monday.",
        ("Kremlin", "Russia"),
    ),
    # the Pentagon is a department of its own, not the state (the gold's and the press's)
    (
        "Pentagon spokesman John Kirby said the United States would send more troops.",
        ("Pentagon", "United States"),
    ),
    # a family is a group of its own, not the one person of its surname
    (
        "Rahul Gandhi visited Lucknow on Monday. The Gandhi family has led the Congress "
        "party for decades.",
        ("Rahul Gandhi", "Gandhi family"),
    ),
    (
        "Benazir Bhutto returned to Karachi in 2007. The Bhutto clan still leads the Pakistan "
        "Peoples Party.",
        ("Benazir Bhutto", "Bhutto clan"),
    ),
    # a word one typo from two people's surnames is neither's
    (
        "Sergei Lavrenko, a senior diplomat, met Ivan Lavrenka in Minsk on Monday. Lavrenku "
        "said that the talks would resume in June.",
        ("Sergei Lavrenko", "Lavrenku"),
    ),
    (
        "Sergei Lavrenko, a senior diplomat, met Ivan Lavrenka in Minsk on Monday. Lavrenku "
        "said that the talks would resume in June.",
        ("Ivan Lavrenka", "Lavrenku"),
    ),
    # one side's troops are not another side's
    (
        "Gaddafi regime troops shelled Misrata on Monday. Rebel troops later took the port.",
        ("Gaddafi regime troops", "Rebel troops"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_entities_one_node_per_actor(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Names an article gives one actor (acronym, nickname, troops/forces) are one node."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]
    written = {m.text for m in graph.mentions[next(iter(ids))]}
    assert written | {graph.entities[next(iter(ids))].label} >= set(names)


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_entities_close_names_stay_apart(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Two actors sharing a name part, or a name beside another's alias, stay two nodes."""
    graph = extract(text)
    assert len(nodes_of(graph, names[:1])) == len(nodes_of(graph, names[1:])) == 1
    assert len(nodes_of(graph, names)) == 2
