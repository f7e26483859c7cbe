"""Actors as analysts count them: collective and sector actors, capitals as metonyms, roles in
time and title patterns, with the real model on actors other than the seed's."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.actors import Tenure, load_actor_data, read_tenures
from kg.errors import KgError
from kg.lexicon import build_lexicon
from kg.vocab import Predicate
from tests.conftest import triples

COLLECTIVES = [
    # sentence, label, type, country, sector
    # shown as the text writes it when it never writes the canonical label ("Israeli army")
    ("Israeli troops shelled the town.", "Israeli troops", "Organization", "IL", "MIL"),
    ("Israel's military denied the report.", "Israel's military", "Organization", "IL", "MIL"),
    ("The Sudanese government accused Chad.", "Sudanese government", "Organization", "SD", "GOV"),
    (
        "Nigerian authorities arrested the editor.",
        "Nigerian authorities",
        "Organization",
        "NG",
        "GOV",
    ),
    ("Kenyan police officers were killed.", "Kenyan police", "Organization", "KE", "COP"),
    # a country's officials are the people the article names, coded country + GOV
    ("North Korean officials met Chinese envoys.", "North Korean officials", "Group", "KP", "GOV"),
    ("Senior US diplomats met them in Muscat.", "Senior US diplomats", "Group", "US", "GOV"),
    ("The Chadian authorities arrested him.", "Chadian authorities", "Organization", "TD", "GOV"),
    ("Houthi fighters boycotted the talks.", "Houthis", "Group", "YE", "REB"),
    (
        "Russia's Foreign Ministry protested.",
        "Russia's Foreign Ministry",
        "Organization",
        "RU",
        "GOV",
    ),
    (
        "The government in Mogadishu asked for help.",
        "Somali government",
        "Organization",
        "SO",
        "GOV",
    ),
]


@pytest.mark.parametrize(("sentence", "label", "etype", "country", "sector"), COLLECTIVES)
def test_actors_collective_is_one_country_sector_node(
    extract: Any, sentence: str, label: str, etype: str, country: str, sector: str
) -> None:
    """A nationality, country, capital or group before a sector noun is one actor node with a
    canonical label, a country and a sector."""
    graph = extract(sentence)
    found = [e for e in graph.entities.values() if e.label == label]
    assert found, sorted(e.label for e in graph.entities.values())
    entity = found[0]
    assert (entity.type.value, entity.country, entity.sector) == (etype, country, sector)


def test_actors_surface_forms_share_one_node(extract: Any) -> None:
    """ "Israeli troops", "the Israeli army" and "Israel's military" are one node."""
    graph = extract(
        "Israeli troops entered the village. The Israeli army said it was a raid. "
        "Israel's military later withdrew."
    )
    nodes = [e for e in graph.entities.values() if e.sector == "MIL"]
    assert [e.label for e in nodes] == ["Israeli army"]
    assert nodes[0].mentions == 3


PLAIN = [
    ("Protesters clashed with police in the capital.", "Protesters"),
    ("Unidentified gunmen killed three judges.", "Unidentified gunmen"),
    ("Shia militias backed the offensive.", "Shia militias"),
    ("Later, pro-government fighters stormed the hideout.", "pro-government fighters"),
]


@pytest.mark.parametrize(("sentence", "label"), PLAIN)
def test_actors_plain_collectives_are_groups(extract: Any, sentence: str, label: str) -> None:
    """Plain collectives the analyst treats as actors become Group nodes of their article."""
    graph = extract(sentence)
    labels = {e.label.lower(): e for e in graph.entities.values()}
    assert label.lower() in labels, sorted(labels)
    assert labels[label.lower()].type.value == "Group"


def test_actors_plain_collectives_are_not_merged_across_articles(extract: Any) -> None:
    """ "protesters" in two articles are two groups, never one node."""
    graph = extract("Protesters marched in Lima.", "Protesters blocked a road in Dhaka.")
    assert len([e for e in graph.entities.values() if e.label.lower() == "protesters"]) == 2


def test_actors_bare_rebels_after_a_named_group_are_that_group(extract: Any) -> None:
    """ "the rebels" after "the Houthis" are the Houthis, not a new node."""
    graph = extract("The Houthis seized Aden. The rebels then attacked the airport.")
    assert ("Houthis", "attacked", "airport") in triples(graph) or not any(
        e.label.lower() == "rebels" for e in graph.entities.values()
    )


METONYMS = [
    ("Beijing condemned Japan.", "China", "criticized", "Beijing"),
    ("The Kremlin criticised Poland.", "Russia", "criticized", "Kremlin"),
    ("Washington imposed sanctions on Venezuela.", "United States", "sanctioned", "Washington"),
]


@pytest.mark.parametrize(("sentence", "actor", "predicate", "seat"), METONYMS)
def test_actors_capital_acting_is_its_country(
    extract: Any, sentence: str, actor: str, predicate: str, seat: str
) -> None:
    """A capital or seat of power as the actor stands for its country."""
    graph = extract(sentence)
    subjects = {s for s, p, _ in triples(graph) if p == predicate}
    assert actor in subjects, sorted(triples(graph))
    assert seat not in subjects


STRUCK_CAPITALS = [
    ("Kabul was attacked by Taliban fighters on Monday.", ("Taliban", "attacked", "Kabul")),
    (
        "Tripoli was bombed by Egyptian warplanes on Monday.",
        ("Egyptian army", "attacked", "Tripoli"),
    ),
    (
        "Mogadishu was captured by al-Shabab fighters in 2009.",
        ("al-Shabab", "attacked", "Mogadishu"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), STRUCK_CAPITALS)
def test_actors_capital_struck_in_the_passive_is_the_city(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A capital that undergoes an attack or a takeover ("Kabul was attacked by") is the city
    hit, not its government: the attack is on the city, not on the country."""
    graph = extract(sentence)
    found = triples(graph)
    assert triple in found, sorted(found)
    country = {"Kabul": "Afghanistan", "Tripoli": "Libya", "Mogadishu": "Somalia"}[triple[2]]
    assert (triple[0], "attacked", country) not in found, sorted(found)


def test_actors_capital_accused_in_the_passive_is_still_its_country(extract: Any) -> None:
    """A capital criticised in the passive ("Moscow was accused by Kiev") stays the state."""
    graph = extract("Moscow was accused by Kiev of arming the separatists.")
    assert ("Ukraine", "criticized", "Russia") in triples(graph), sorted(triples(graph))


def test_actors_capital_as_place_stays_a_place(extract: Any) -> None:
    """ "in Beijing" stays the city."""
    graph = extract("Vladimir Putin met Xi Jinping in Beijing.")
    assert any(e.label == "Beijing" and e.type.value == "City" for e in graph.entities.values())


TITLES = [
    (
        "Kenya's President Uhuru Kenyatta opened the summit.",
        ("Uhuru Kenyatta", "leader_of", "Kenya"),
    ),
    ("Kremlin spokesman Dmitry Peskov denied it.", ("Dmitry Peskov", "spokesperson_for", "Russia")),
    (
        "The sultan of Oman, Qaboos bin Said, hosted talks.",
        ("Qaboos bin Said", "leader_of", "Oman"),
    ),
    (
        "John Kerry, the US secretary of state, flew to Nigeria.",
        ("John Kerry", "member_of", "United States"),
    ),
    (
        "US Secretary of State John Kerry flew to Lagos.",
        ("John Kerry", "member_of", "United States"),
    ),
    (
        "Malaysia's Prime Minister Najib Razak called for calm.",
        ("Najib Razak", "leader_of", "Malaysia"),
    ),
    (
        "Nigeria's federal police chief Solomon Arase spoke.",
        ("Solomon Arase", "member_of", "Nigeria"),
    ),
    (
        "Senator John McCain, chairman of the Armed Services Committee, spoke.",
        ("John McCain", "leader_of", "Armed Services Committee"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), TITLES)
def test_actors_title_patterns(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """Title patterns of real articles give the role with its owner."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


def test_actors_bare_title_resolves_through_dated_roles(extract: Any) -> None:
    """ "President Hollande" with no country: the office his dated role gives on that date."""
    graph = extract("President Hollande visited Mali.", published="2015-05-10")
    assert ("François Hollande", "leader_of", "France") in triples(graph)


@pytest.mark.parametrize(
    ("published", "holder"),
    [("2015-05-10", "François Hollande"), ("2019-03-01", "Emmanuel Macron")],
)
def test_actors_definite_title_is_the_holder_on_the_published_date(
    extract: Any, published: str, holder: str
) -> None:
    """ "the French president" is whoever held the office when the article was published."""
    graph = extract("The French president met Angela Merkel in Berlin.", published=published)
    assert any(
        graph.entities[r.subject].label == holder or graph.entities[r.object or ""].label == holder
        for r in graph.claims
        if r.predicate.value == "met"
    ), sorted(triples(graph))


def test_actors_bare_minister_resolves_to_the_one_named(extract: Any) -> None:
    """A later bare "the minister" is the minister the article named."""
    graph = extract(
        "The foreign minister, Sergey Lavrov, arrived in Ankara. Later the minister criticised "
        "Turkey.",
        published="2015-05-10",
    )
    assert any(
        s in ("Sergey Lavrov", "Sergei Lavrov") for s, p, o in triples(graph) if p == "criticized"
    )


def test_actors_shared_name_part_is_no_merge(extract: Any) -> None:
    """ "King Salman" and "Mohammed bin Salman" stay two people."""
    graph = extract("King Salman met Mohammed bin Salman in Riyadh.", published="2015-05-10")
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    assert len(people) == 2, people


def test_actors_demonym_keeps_north(extract: Any) -> None:
    """ "North Korean officials" belong to North Korea, not Korea."""
    graph = extract("North Korean officials denied the report.")
    assert any(e.country == "KP" for e in graph.entities.values())


def test_actors_tenure_dates() -> None:
    """A tenure holds from its start up to (not including) its end."""
    t = Tenure("A", Predicate.LEADER_OF, "X", "President", "2012-05-15", "2017-05-14")
    assert t.holds_on("2012-05-15")
    assert t.holds_on("2016")
    assert not t.holds_on("2017-05-14")


def test_actors_data_loads_and_is_checked() -> None:
    """Sector nouns, seats and groups load and name known sectors."""
    data = load_actor_data()
    assert data.sector_of("troops") == "MIL"
    assert data.seats["kremlin"].iso == "RU"
    assert all(code in data.sectors for code in data.sector_nouns.values())
    assert data.holders(Predicate.LEADER_OF, "France", "president", "2015-05-10") == [
        "François Hollande"
    ]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("May 2012", None, "\"from\" 'May 2012' is not an ISO date"),
        ("15/05/2012", "2017-05-14", "\"from\" '15/05/2012' is not an ISO date"),
        ("2012-13-01", None, "\"from\" '2012-13-01' is not an ISO date"),
        ("2012-05-15", "2017-02-30", "\"to\" '2017-02-30' is not an ISO date"),
        ("2017-05-14", "2012", '"from" 2017-05-14 is after "to" 2012'),
    ],
)
def test_actors_user_role_dates_checked(start: str, end: str | None, message: str) -> None:
    """A dated role whose dates are no ISO dates, or end before they start, names its line:
    compared as text, it would otherwise hold on no day without a word."""
    row = {"person": "Ana Ruiz", "predicate": "leader_of", "object": "Peru", "title": "President"}
    text = "\n" + json.dumps({**row, "from": start, "to": end})
    with pytest.raises(KgError, match=re.escape(f"mine.jsonl line 2: {message}")):
        read_tenures(text, "mine.jsonl")


@pytest.mark.parametrize(("start", "end"), [("2012", "2017-05"), ("2012-05-15", None)])
def test_actors_user_role_dates_accepted(start: str, end: str | None) -> None:
    """A year, a month or a day, and an open end, are dates a role may carry."""
    row = {"person": "Ana Ruiz", "predicate": "leader_of", "object": "Peru", "title": "President"}
    (tenure,) = read_tenures(json.dumps({**row, "from": start, "to": end}), "mine.jsonl")
    assert tenure.holds_on("2015-06-08")


def test_actors_gazetteer_role_dates_checked(tmp_path: Path) -> None:
    """A gazetteer entry's role is checked too, by its line in the user's mixed file."""
    path = tmp_path / "mine.jsonl"
    entry = {"label": "Ana Ruiz", "type": "Person"}
    role = {"predicate": "leader_of", "object": "Peru", "from": "June 2011"}
    path.write_text(
        json.dumps({"label": "Lima Group", "type": "Organization"})
        + "\n"
        + json.dumps({**entry, "roles": [role]})
        + "\n",
        encoding="utf-8",
    )
    with pytest.raises(KgError, match=re.escape("mine.jsonl line 2: \"from\" 'June 2011'")):
        build_lexicon(extra_gazetteer=path)
