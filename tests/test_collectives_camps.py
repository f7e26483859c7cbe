"""Actor classes of coded event data: plural nouns of a political or religious camp
("fundamentalists", "Islamists", "nationalists", "mujahideen"; ``nouns`` of
kg/data/en/sector_nouns.json) are collective actors, and a nationality word inside a named
person's title is no second protest target (kg/extract/protests.py). Sentences of our own
about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, labelled, triples

# (sentence, label, sector)
CAMP_SECTORS = [
    ("Gunmen kidnapped two Italian tourists.", "Italian civilians", "CVL"),
    ("Israeli forces killed eight Turkish nationals.", "Turkish nationals", "CVL"),
    ("Egyptian Islamists rallied in Cairo.", "Egyptian opposition", "OPP"),
    ("Chechen secessionists ambushed a convoy.", "Chechen secessionists", "REB"),
    ("Bolivian peasants blocked the highway to La Paz.", "Bolivian civilians", "CVL"),
]


@pytest.mark.parametrize(("sentence", "label", "sector"), CAMP_SECTORS)
def test_collectives_camp_noun_sector(extract: Any, sentence: str, label: str, sector: str) -> None:
    """Each camp noun codes its sector: political camps OPP, armed separatists REB,
    peasants, tourists and a country's nationals CVL."""
    assert labelled(extract(sentence), label).sector == sector


# (sentence, the protest's kept target, its country that must not be a second target)
TITLED_TARGETS = [
    (
        "Students staged protests to demand the resignation of Kenyan President Daniel arap Moi.",
        ("Students", "criticized", "Daniel arap Moi"),
        ("Students", "criticized", "Kenya"),
    ),
    (
        "Teachers went on strike to press demands on Ghanaian President Jerry Rawlings.",
        ("Teachers", "criticized", "Jerry Rawlings"),
        ("Teachers", "criticized", "Ghana"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), TITLED_TARGETS)
def test_protests_title_country_is_no_second_target(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str],
    removed: tuple[str, str, str],
) -> None:
    """ "the resignation of Kenyan President X" aims the protest at X, not also at Kenya."""
    check_kept_removed(extract(sentence), kept, removed)


def test_protests_national_collective_stays_a_target(extract: Any) -> None:
    """A nationality word on a collective ("the Kenyan government") still names the target."""
    graph = extract("Farmers marched to demand compensation from the Kenyan government.")
    assert ("Farmers", "criticized", "Kenyan government") in triples(graph)


def test_collectives_community_word_alone_is_no_side(extract: Any) -> None:
    """A community word before a noun that is no collective ("Tamil politician") makes none."""
    graph = extract("A Tamil politician met Sri Lankan officials in Colombo.")
    assert not any(e.label.startswith("Tamil ") for e in graph.entities.values())


# (sentence, mediator, body)
MEDIATORS = [
    (
        "UN mediator Lakhdar Brahimi met Syrian officials in Damascus.",
        "Lakhdar Brahimi",
        "United Nations",
    ),
    (
        "The African Union's mediator, Thabo Mbeki, met Sudanese rebels.",
        "Thabo Mbeki",
        "African Union",
    ),
]


@pytest.mark.parametrize(("sentence", "person", "body"), MEDIATORS)
def test_roles_mediator_is_the_bodys_envoy(
    extract: Any, sentence: str, person: str, body: str
) -> None:
    """A body's mediator ("UN mediator X") is its envoy (``roles`` of titles.json)."""
    assert (person, "envoy_of", body) in triples(extract(sentence))


def test_collectives_national_troops_stay_the_countrys(extract: Any) -> None:
    """A country's troops are still its military (country and MIL sector), not an org's."""
    troops = labelled(extract("Chinese troops fired on Indian soldiers."), "Chinese troops")
    assert (troops.country, troops.sector) == ("CN", "MIL")


def test_collectives_unowned_nationals_are_nobody(extract: Any) -> None:
    """ "two of its nationals" without their country named there is no collective of its own."""
    graph = extract("Tunisia said two of its nationals had bombed a hotel in Sousse.")
    assert not any(e.label.lower() == "nationals" for e in graph.entities.values())


# (sentence, (subject, predicate, object), PLOVER type)
ACTOR_EVENTS = [
    # a camp's plural noun with its name or country acts as one collective actor
    (
        "Islamic fundamentalists staged a hunger strike to demand the release of Moroccan "
        "journalist Ali Lmrabet.",
        ("Islamic fundamentalists", "criticized", "Ali Lmrabet"),
        "PROTEST",
    ),
    (
        "Turkish nationalists demonstrated to demand the resignation of Prime Minister Bulent "
        "Ecevit.",
        ("Turkish opposition", "criticized", "Bülent Ecevit"),
        "PROTEST",
    ),
    (
        # a helicopter of a nationality is its military, as its jets are (probeG67)
        "Afghan mujahideen shot down a Pakistani helicopter.",
        ("Afghan mujahideen", "attacked", "Pakistani army"),
        "ASSAULT",
    ),
    (
        "Sunni extremists attacked Iraqi soldiers in Karbala.",
        ("Sunni extremists", "attacked", "Iraqi soldiers"),
        "ASSAULT",
    ),
    # a community name the model misses or reads as a person names the collective after it
    (
        "Tamil separatists ambushed Sri Lankan troops.",
        ("Tamil separatists", "attacked", "Sri Lankan troops"),
        "ASSAULT",
    ),
    (
        "Contra rebels ambushed a Nicaraguan army convoy.",
        ("Contra rebels", "attacked", "Nicaraguan army"),  # the army holds its convoy (fixa51)
        "ASSAULT",
    ),
    (
        "Karen rebels attacked Burmese troops.",
        ("Karen rebels", "attacked", "Burmese troops"),
        "ASSAULT",
    ),
    # an organisation's peacekeepers, troops or monitors act as the organisation
    (
        "Uganda opened its borders to UN peacekeepers.",
        ("Uganda", "conceded_to", "United Nations"),
        "CONCEDE",
    ),
    (
        "Rebels attacked UN peacekeepers near Goma.",
        ("Rebels", "attacked", "United Nations"),
        "ASSAULT",
    ),
    (
        "NATO troops killed three Afghan civilians.",
        ("NATO", "attacked", "Afghan civilians"),
        "ASSAULT",
    ),
    (
        "Sudan expelled UN monitors.",
        ("Sudan", "sanctioned", "United Nations"),
        "SANCTION",
    ),
    # "a coalition/band of X" acts as X
    (
        "A coalition of Syrian opposition groups rejected the Russian plan.",
        ("Syrian opposition", "criticized", "Russia"),
        "REJECT",
    ),
    (
        "A band of Somali pirates attacked a Greek tanker.",
        ("Somali criminals", "attacked", "Greece"),
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "event"), ACTOR_EVENTS)
def test_collectives_actor_classes_act_in_events(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """A camp's plural noun with its name or country, a community name the model misses, an
    organisation's peacekeepers or troops, and "a coalition/band of X" each act as one actor
    (``quantity_nouns`` of cues.json for the last)."""
    event_claim(extract(sentence), *triple, event)
