"""Actors of one country (issue 13): a nationality that names where a community comes from
("Ethiopian Israelis", "the Somali community") is no country actor, and a country the headline
names is the article's country from two mentions on, so its bare "police" are its own. Real
model, invented sentences about actors other than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _nodes(graph: Any) -> set[str]:
    return {e.label for e in graph.entities.values()}


def _police_acts(graph: Any) -> set[tuple[tuple[str, str | None], str, str]]:
    """((subject label, subject country), predicate, object label) of every claim whose
    subject is a police node (sector COP): the bare "police" are the article's own node,
    labelled as written, with the country when the article has one (grp34)."""
    ents = graph.entities
    return {
        ((ents[r.subject].label, ents[r.subject].country), r.predicate.value, ents[r.object].label)
        for r in graph.claims
        if r.object is not None and ents[r.subject].sector == "COP"
    }


DIASPORA = [
    # (text, country that must not be a node, country that must be one or None)
    ("Hundreds of Eritrean Israelis marched in Tel Aviv on Sunday.", "Eritrea", None),
    ("The Somali community in Minneapolis held a vigil on Monday.", "Somalia", None),
    ("Thousands of Turkish Cypriots rallied in Nicosia on Friday.", "Turkey", None),
    ("More than 50,000 Russian Jews settled in Israel in the 1990s.", "Russia", "Israel"),
    ("The Armenian diaspora in Paris marched to the Senate.", "Armenia", None),
]


@pytest.mark.parametrize(("text", "absent", "present"), DIASPORA)
def test_collectives_countries_diaspora_demonym_is_no_country(
    extract: Any, text: str, absent: str, present: str | None
) -> None:
    """A nationality in front of a community noun or another country's people is no country."""
    nodes = _nodes(extract(text, published="2015-05-01"))
    assert absent not in nodes, sorted(nodes)
    assert present is None or present in nodes, sorted(nodes)


COUNTRY_ACTORS = [
    # the close cases: a nationality in front of a sector noun or a person stays the country
    ("Eritrean troops crossed into Sudan on Monday.", "Eritrea"),
    ("The Somali president met community leaders in Mogadishu.", "Somalia"),
    ("Turkish officials said the talks in Nicosia would resume.", "Turkey"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRY_ACTORS)
def test_collectives_countries_nationality_of_an_actor_stays_the_country(
    extract: Any, text: str, country: str
) -> None:
    """A nationality in front of a sector noun or a title still names the country."""
    nodes = _nodes(extract(text, published="2015-05-01"))
    assert country in nodes, sorted(nodes)


BODY = (
    "Students in Malawi's capital have been caught up in clashes over fuel prices.\n\n"
    "When there is violence, police use tear gas to disperse them.\n\n"
    "Many now stay at home."
)

HEADLINES = [
    # (headline, whether the bare "police" are Malawi's)
    ("Malawi students caught up in protests", True),
    ("Students caught up in protests", False),  # two mentions, no headline: not settled
    ("Zambia students caught up in protests", False),  # the headline names another country
]


@pytest.mark.parametrize(("headline", "malawian"), HEADLINES)
def test_collectives_countries_headline_country_settles_from_two_mentions(
    extract: Any, headline: str, malawian: bool
) -> None:
    """A country the headline names, named twice, is the article's: bare police are its own."""
    graph = extract(f"{headline}\n\n{BODY}", published="2015-05-01")
    # the students are the headline's "Malawi students" when it names them (node5)
    students = ("Students", "Malawian students")
    acts = _police_acts(graph)
    found = any((("police", "MW"), "attacked", s) in acts for s in students)
    assert found is malawian, sorted(triples(graph))
    if not malawian:
        # the article's own police, of no country
        assert any(t[:2] == (("police", None), "attacked") for t in acts), sorted(acts)
        malawi = [e.label for e in graph.entities.values() if e.country == "MW" and e.sector]
        assert not [label for label in malawi if "police" in label.lower()], malawi


CHILD_SOLDIERS = [
    # (text, whether the country's army is a node)
    (
        "Mali armed groups agree to free child soldiers\n\nArmed factions in Mali have agreed "
        "to free all child soldiers, the UN said. Mali's government welcomed the deal. Mali has "
        "seen years of conflict.",
        False,
    ),
    (
        "Mali troops retake town\n\nSoldiers retook the town of Gao on Monday. Mali's "
        "government welcomed the news. Mali has seen years of conflict.",
        True,
    ),
]


@pytest.mark.parametrize(("text", "army"), CHILD_SOLDIERS)
def test_collectives_countries_child_soldiers_are_no_army(
    extract: Any, text: str, army: bool
) -> None:
    """Bare "child soldiers" in an article about one country are not that country's army."""
    graph = extract(text, published="2015-05-01")
    armies = {e.label for e in graph.entities.values() if e.sector == "MIL" and e.country == "ML"}
    assert bool(armies) is army, sorted(_nodes(graph))


ETHNIC = [
    # (text, whether the bare "police" are Israel's): "Eritrean" names a community here,
    # so "an Eritrean soldier" does not make Eritrea a rival topic of the article
    (
        "Eritrean Israelis protest in Tel Aviv\n\nHundreds of Eritrean Israelis marched in "
        "Tel Aviv on Sunday.\n\nA video showed an Eritrean soldier being beaten. The Eritrean "
        "soldier was in uniform.\n\nPolice fired tear gas at the protesters.\n\nThe Eritrean "
        "community has long complained of racism in Israel. Israel's leaders called for calm. "
        "Israel has promised an inquiry.",
        True,
    ),
    # Eritrea is named too: its soldiers are its own, and the article has no one country
    (
        "Eritrean Israelis protest in Tel Aviv\n\nHundreds of Eritrean Israelis marched in "
        "Tel Aviv on Sunday.\n\nA video showed an Eritrean soldier being beaten in Eritrea. "
        "The Eritrean soldier was in uniform.\n\nPolice fired tear gas at the protesters.\n\n"
        "The Eritrean community has long complained of racism in Israel. Israel's leaders "
        "called for calm. Israel has promised an inquiry.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "israeli"), ETHNIC)
def test_collectives_countries_community_nationality_counts_for_no_country(
    extract: Any, text: str, israeli: bool
) -> None:
    """A nationality the article uses for a community only is no rival to its country."""
    graph = extract(text, published="2015-05-01")
    acts = _police_acts(graph)
    # the protesters are the Eritrean Israelis who marched (kg/resolve/protest_hosts.py)
    found = (("Police", "IL"), "attacked", "Eritrean Israelis") in acts
    assert found is israeli, sorted(acts)
    if not israeli:
        assert (("Police", None), "attacked", "Eritrean Israelis") in acts, sorted(acts)


def test_collectives_countries_popular_mobilization_units_is_the_iraqi_force(extract: Any) -> None:
    """ "Popular Mobilization Units", the press's other name of the PMF, is that Iraqi force."""
    graph = extract("The Popular Mobilization Units shelled ISIL positions near Fallujah.")
    nodes = {e.label: e for e in graph.entities.values()}
    unit = nodes.get("Popular Mobilization Units")
    assert unit is not None, sorted(nodes)
    assert (unit.country, unit.sector) == ("IQ", "MIL")


def _mentions_of(graph: Any, label: str) -> set[str]:
    return {
        m.text for e in graph.entities.values() if e.label == label for m in graph.mentions[e.id]
    }


SEVERAL_GROUPS = [
    # (text, the armed group named, a later collective, whether it is that group)
    (
        "Islamic State fighters seized Ramadi on Sunday. The militias shelled the city on Monday.",
        "Islamic State",
        "militias",
        False,
    ),
    (
        "The Taliban seized Kunduz on Monday. The rebel groups shelled the city on Tuesday.",
        "Taliban",
        "rebel groups",
        False,
    ),
    # people of the group: its members, so the group
    (
        "Islamic State fighters seized Ramadi on Sunday. The fighters shelled the city on Monday.",
        "Islamic State",
        "fighters",
        True,
    ),
    (
        "The Taliban seized Kunduz on Monday. The rebels shelled the city on Tuesday.",
        "Taliban",
        "rebels",
        True,
    ),
    # a transnational group is not what the press's "rebels" refer back to
    (
        "Islamic State fighters seized Palmyra on Sunday. Rebel fighters shelled the town of "
        "Ariha on Monday.",
        "Islamic State",
        "Rebel fighters",
        False,
    ),
]


@pytest.mark.parametrize(("text", "group", "later", "same"), SEVERAL_GROUPS)
def test_collectives_countries_plural_armed_bodies_are_not_the_named_group(
    extract: Any, text: str, group: str, later: str, same: bool
) -> None:
    """ "The militias", "rebel groups" are several groups, never the one armed group named."""
    graph = extract(text, published="2015-05-01")
    assert (later in _mentions_of(graph, group)) is same, _mentions_of(graph, group)


PLAIN_SIDES = [
    # (text, first collective, later collective, whether one actor)
    (
        "Gunmen attacked a checkpoint near Baqubah on Monday. The militias shelled the town "
        "on Tuesday.",
        "Gunmen",
        "militias",
        False,
    ),
    (
        "Gunmen attacked a checkpoint near Baqubah on Monday. The attackers fled on Tuesday.",
        "Gunmen",
        "attackers",
        True,
    ),
]


@pytest.mark.parametrize(("text", "first", "later", "same"), PLAIN_SIDES)
def test_collectives_countries_several_groups_are_not_the_articles_gunmen(
    extract: Any, text: str, first: str, later: str, same: bool
) -> None:
    """Unnamed "militias" are a plain actor of their own, not the article's gunmen."""
    graph = extract(text, published="2015-05-01")
    assert (later in _mentions_of(graph, first)) is same, _mentions_of(graph, first)


COMMUNITY_LABELS = [
    # (text, the community's node, a node the people must not be written as)
    (
        "Hundreds of Eritrean Israelis protested against the Israeli government in Tel Aviv.",
        "Eritrean Israelis",
        "Israelis",
    ),
    (
        "Thousands of Turkish Cypriots protested against the government in Nicosia.",
        "Turkish Cypriots",
        "Cypriots",
    ),
    (
        "Russian Jews in Israel protested against the Israeli government.",
        "Russian Jews",
        "Jews",
    ),
    # a people with no origin in front keeps its own name
    (
        "Thousands of Palestinians protested against the Israeli government.",
        "Palestinians",
        "Palestinian Palestinians",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), COMMUNITY_LABELS)
def test_collectives_countries_community_keeps_its_origin(
    extract: Any, text: str, present: str, absent: str
) -> None:
    """A counted or bare people with where it comes from in front ("Eritrean Israelis") is
    written with it: a part of a people, not all of it."""
    nodes = _nodes(extract(text, published="2015-05-01"))
    assert present in nodes, sorted(nodes)
    assert absent not in nodes, sorted(nodes)
