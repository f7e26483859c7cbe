"""One node per real actor (ent50): a person the lede describes as "a/an <nationality> <noun>"
and the next paragraph names is one node (kg/resolve/lede_named.py), so is a lede's "a/an
<nationality> court" and the court named next, and a lede's office is the role of the person
named next (kg/extract/lede_titles.py). Real model, people of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_description_is, named_on, triples

ONE_NODE = [
    # a victim named in the next paragraph, with his age
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Witnesses said that Chinedu Okafor, 22, was hit in the chest on Monday.",
        "nigerian student",
        "Chinedu Okafor",
    ),
    # a captive named as the subject of the next paragraph
    (
        "An Australian photographer has been detained by soldiers in northern Mali.\n\n"
        "Kevin Morrison was taken from his hotel in Gao on Friday, his family said.",
        "australian photographer",
        "Kevin Morrison",
    ),
    # an adjective in front of the nationality, the name two paragraphs on
    (
        "A young Ghanaian man has died in police custody in Accra.\n\n"
        "His family said he had been arrested on Sunday.\n\n"
        "Kwame Asante was found dead in his cell on Tuesday.",
        "ghanaian man",
        "Kwame Asante",
    ),
]


@pytest.mark.parametrize(("text", "form", "person"), ONE_NODE)
def test_lede_named_description_is_the_person(
    extract: Any, text: str, form: str, person: str
) -> None:
    """The lede's description is written on the named person's node, and no node of its own."""
    assert_description_is(extract(text), form, person)


APART = [
    # the first one named is a source with a title of his own
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Police spokesman Adebayo Bello said the officers had been attacked.",
        "nigerian student",
        "Adebayo Bello",
    ),
    # the first one named is the reporter
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Reuters' Amaka Eze, reporting from Lagos, said the streets were quiet.",
        "nigerian student",
        "Amaka Eze",
    ),
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Al Jazeera's Amaka Eze said the streets of the city were quiet on Monday.",
        "nigerian student",
        "Amaka Eze",
    ),
    # the one named has another nationality written in front
    (
        "An Australian photographer has been detained by soldiers in northern Mali.\n\n"
        "French businessman Pierre Dubois was taken from his hotel in Gao on Friday.",
        "australian photographer",
        "Pierre Dubois",
    ),
    # another nationality in an apposition to the name
    (
        "An Australian photographer has been detained by soldiers in northern Mali.\n\n"
        "Pierre Dubois, a French businessman, was taken from his hotel in Gao on Friday.",
        "australian photographer",
        "Pierre Dubois",
    ),
    # named before the description: someone else
    (
        "Kevin Morrison said on Friday that soldiers had stormed his hotel.\n\n"
        "An Australian photographer has been detained by soldiers in northern Mali.\n\n"
        "Kevin Morrison said the soldiers had taken his camera.",
        "australian photographer",
        "Kevin Morrison",
    ),
    # named too far from the lede
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "The police said the officers had been attacked.\n\n"
        "Protests broke out in the city on Tuesday.\n\n"
        "Angry crowds blocked the main road.\n\n"
        "Chinedu Okafor had been a student at the university.",
        "nigerian student",
        "Chinedu Okafor",
    ),
    # the first one named is a leader the gazetteer knows, reacting to the lede's news
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Muhammadu Buhari ordered an inquiry into the shooting on Monday.",
        "nigerian student",
        "Muhammadu Buhari",
    ),
    # the first one named has a role noun of his own in apposition
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Emeka Obi, a lawyer for the family, said the officers must be charged.",
        "nigerian student",
        "Emeka Obi",
    ),
    # the first one named reacts to the lede's event
    (
        "A Nigerian student has been shot dead by police in Lagos.\n\n"
        "Chinedu Okafor condemned the killing on Monday.",
        "nigerian student",
        "Chinedu Okafor",
    ),
]


@pytest.mark.parametrize(("text", "form", "person"), APART)
def test_lede_named_description_stays_apart(
    extract: Any, text: str, form: str, person: str
) -> None:
    """With the first one named after the lede titled otherwise, of another nationality,
    known, apposed a role, reacting, named before it or too far on, the description is not
    written on the named person's node."""
    graph = extract(text)
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    on = named_on(graph, form)
    assert person in people
    assert person not in on


def _written_on(graph: Any, form: str) -> set[str]:
    """The labels of the nodes a form is written on, whatever the mention's kind."""
    return {
        graph.entities[entity_id].label
        for entity_id, mentions in graph.mentions.items()
        for m in mentions
        if m.text.lower() == form
    }


COURT_ONE_NODE = [
    # the court named in the next paragraph, "Court of Appeal" with its head before "of"
    (
        "A Nigerian court has sentenced three soldiers to death for mutiny.\n\n"
        "The Lagos Court of Appeal said on Monday that the soldiers had fired on their "
        "commander.",
        "nigerian court",
        "Lagos Court of Appeal",
    ),
    # a two-word nationality; the name in the lede's next paragraph
    (
        "A South African court has ordered the release of two activists.\n\n"
        "The ruling of the Pretoria High Court came after weeks of protests.",
        "south african court",
        "Pretoria High Court",
    ),
]


@pytest.mark.parametrize(("text", "form", "court"), COURT_ONE_NODE)
def test_lede_court_is_the_court_named_next(extract: Any, text: str, form: str, court: str) -> None:
    """The lede's "a <nationality> court" is written on the court named next, no node of its
    own."""
    graph = extract(text)
    assert _written_on(graph, form) == {court}


COURT_APART = [
    # another court comes first: which one the lede meant is not known
    (
        "A Nigerian court has sentenced three soldiers to death for mutiny.\n\n"
        "A lower court had freed the soldiers last year.\n\n"
        "The Lagos Court of Appeal said the soldiers had fired on their commander.",
        "nigerian court",
        "Lagos Court of Appeal",
    ),
    # the court named next is of no country of the lede's
    (
        "A Nigerian court has sentenced three soldiers to death for mutiny.\n\n"
        "The European Court of Human Rights said on Monday that it would hear the case.",
        "nigerian court",
        "European Court of Human Rights",
    ),
    # the court's name too far on
    (
        "A Nigerian court has sentenced three soldiers to death for mutiny.\n\n"
        "The soldiers had fired on their commander.\n\n"
        "Their families said the trial had been unfair.\n\n"
        "Rights groups said the soldiers had not been given lawyers.\n\n"
        "The Lagos Court of Appeal is expected to hear the case next month.",
        "nigerian court",
        "Lagos Court of Appeal",
    ),
]


@pytest.mark.parametrize(("text", "form", "court"), COURT_APART)
def test_lede_court_stays_apart(extract: Any, text: str, form: str, court: str) -> None:
    """With another court between, another country's court or the name too far on, the
    lede's court is not the named one."""
    graph = extract(text)
    assert court in {e.label for e in graph.entities.values()}
    assert court not in _written_on(graph, form)


TITLE_HELD = [
    # the office in the lede, its holder named by the next paragraph
    (
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "The remarks by Joseph Mwangi on Sunday angered many lawmakers.",
        ("Joseph Mwangi", "member_of", "Kenya"),
    ),
    # past the lede, the office "according to" which the news is told, quoted next by name
    (
        "Heavy rain has hit northern Kenya for a week.\n\n"
        "Roads to the towns of the north have been cut.\n\n"
        "Floods have killed 40 people in the region, according to Kenya's interior "
        "minister.\n\n"
        '"We have sent soldiers to the area," Joseph Mwangi said on Thursday.',
        ("Joseph Mwangi", "member_of", "Kenya"),
    ),
    (
        "Ghana's health minister has quit after a row over hospital fees.\n\n"
        "The decision by Kwame Boateng came after weeks of protests in Accra.",
        ("Kwame Boateng", "member_of", "Ghana"),
    ),
]


@pytest.mark.parametrize(("text", "role"), TITLE_HELD)
def test_lede_title_is_the_person_named_next(
    extract: Any, text: str, role: tuple[str, str, str]
) -> None:
    """The lede's office is the role of the person named next, no unnamed official's node."""
    graph = extract(text)
    assert role in triples(graph)
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    assert people == {role[0]}


TITLE_APART = [
    # the first one named next is a source with a title of his own
    (
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "Police spokesman Charles Owino said the inquiry would go on.",
        "Charles Owino",
    ),
    # past the lede, an office the news is not told "according to"
    (
        "Heavy rain has hit northern Kenya for a week.\n\n"
        "Roads to the towns of the north have been cut.\n\n"
        "Villagers said Kenya's interior minister had not visited the region.\n\n"
        '"We have sent soldiers to the area," Joseph Mwangi said on Thursday.',
        "Joseph Mwangi",
    ),
    # named before the office: someone else
    (
        "Joseph Mwangi visited the coast on Friday.\n\n"
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "The remarks by Joseph Mwangi on Sunday angered many lawmakers.",
        "Joseph Mwangi",
    ),
    # the first one named next is a leader the gazetteer knows, reacting
    (
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "The decision by Uhuru Kenyatta to accept the resignation angered many lawmakers.",
        "Uhuru Kenyatta",
    ),
    # the first one named next has a role noun of his own in apposition
    (
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "Peter Kamau, a lawyer, said the inquiry would go on.",
        "Peter Kamau",
    ),
    # the first one named next reacts to the lede's event
    (
        "Kenya's interior minister has resigned over a corruption scandal.\n\n"
        "The move came after weeks of protests. Peter Kamau accepted the resignation on "
        "Sunday.",
        "Peter Kamau",
    ),
]


@pytest.mark.parametrize(("text", "person"), TITLE_APART)
def test_lede_title_stays_apart(extract: Any, text: str, person: str) -> None:
    """A titled source or a person named before is not given the lede's office."""
    graph = extract(text)
    assert (person, "member_of", "Kenya") not in triples(graph)
    assert "Kenya's interior minister" in {e.label for e in graph.entities.values()}


def _group_of(graph: Any, form: str) -> set[str]:
    """The labels of the Group nodes a form is written on."""
    return {
        graph.entities[entity_id].label
        for entity_id, mentions in graph.mentions.items()
        for m in mentions
        if m.text.lower() == form and graph.entities[entity_id].type.value == "Group"
    }


PROTEST_HOSTS = [
    # "staged a protest", then the crowd as "protesters"
    (
        "More than 500 Kurdish students staged a protest in Ankara on Monday.\n\n"
        "Police said ten protesters were detained after clashes.",
        "ten protesters",
        "Kurdish students",
    ),
    # "gathered ... to protest", a crowd noun in front ("About 300 X")
    (
        "About 300 Nepali teachers gathered outside parliament in Kathmandu to protest "
        "against low pay.\n\nPolice fired tear gas at the demonstrators.",
        "demonstrators",
        "Nepali teachers",
    ),
    # "Hundreds of X marched"
    (
        "Hundreds of Nepali teachers marched in Kathmandu on Monday to demand higher pay.\n\n"
        "Police fired tear gas at the protesters near parliament.",
        "protesters",
        "Nepali teachers",
    ),
]


@pytest.mark.parametrize(("text", "crowd", "host"), PROTEST_HOSTS)
def test_protest_hosts_crowd_is_the_group(extract: Any, text: str, crowd: str, host: str) -> None:
    """The protesters are the one group the article says held the protest."""
    graph = extract(text)
    on = _group_of(graph, crowd)
    assert len(on) == 1
    assert on == _group_of(graph, host.lower())


PROTEST_APART = [
    # two groups held protests: the crowd is neither's
    (
        "More than 500 Kurdish students staged a protest in Ankara on Monday.\n\n"
        "Turkish nationalists held a rally nearby.\n\n"
        "Police said ten protesters were detained after clashes.",
        "ten protesters",
        "Kurdish students",
    ),
    # a protest still to come is held by no one yet
    (
        "More than 500 Kurdish students will stage a protest in Ankara on Friday.\n\n"
        "Police said ten protesters were detained after clashes on Monday.",
        "ten protesters",
        "Kurdish students",
    ),
    # a whole people protesting is no group of the crowd's
    (
        "Thousands of Ugandans protested in Kampala on Monday against the new tax.\n\n"
        "Police fired tear gas at the protesters near parliament.",
        "protesters",
        "Ugandans",
    ),
]


@pytest.mark.parametrize(("text", "crowd", "host"), PROTEST_APART)
def test_protest_hosts_crowd_stays_apart(extract: Any, text: str, crowd: str, host: str) -> None:
    """With two groups protesting, a protest only planned or a whole people protesting, the
    crowd is a node of its own."""
    graph = extract(text)
    assert _group_of(graph, crowd)
    assert not _group_of(graph, crowd) & _group_of(graph, host.lower())
