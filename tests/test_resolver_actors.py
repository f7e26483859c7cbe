"""Actors the layer used to miss: coordinated nationality adjectives (kg/resolve/collectives.py),
a capital as a passive agent, an organisation with a kind noun after it (kg/resolve/entities.py)
and the country a collective names (kg/resolve/resolver.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples


def _sector_nodes(graph: Any) -> dict[str, tuple[str | None, str | None]]:
    return {e.label: (e.country, e.sector) for e in graph.entities.values() if e.sector}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Senior Hungarian and Romanian officials met in Budapest on Wednesday.",
            {("HU", "GOV"), ("RO", "GOV")},
        ),
        (
            "French and Egyptian warships launched ten days of naval drills on Monday.",
            {("FR", "MIL"), ("EG", "MIL")},
        ),
        (
            "Kenyan and Somali troops attacked the militants near the border.",
            {("KE", "MIL"), ("SO", "MIL")},
        ),
        (
            "Talks between Israeli and Palestinian negotiators resumed in Cairo.",
            {("IL", "GOV"), ("PS", "GOV")},
        ),
        (
            "Thai and Malaysian police arrested twelve smugglers.",
            {("TH", "COP"), ("MY", "COP")},
        ),
        (
            "Dutch, Belgian and German police raided the warehouse.",
            {("NL", "COP"), ("BE", "COP"), ("DE", "COP")},
        ),
    ],
)
def test_resolver_actors_coordinated_nationalities_are_one_actor_each(
    extract: Any, text: str, wanted: set[tuple[str, str]]
) -> None:
    """ "Hungarian and Romanian officials": one collective actor per nationality."""
    nodes = _sector_nodes(extract(text, published="2015-05-15"))
    assert wanted <= set(nodes.values()), nodes


def test_resolver_actors_coordinated_nationalities_share_the_event(extract: Any) -> None:
    """Each coordinated nationality's collective is a party to the verb of the noun."""
    graph = extract("Kenyan and Somali troops attacked the militants near the border.")
    found = {(s, o) for s, p, o in triples(graph) if p == "attacked"}
    assert {("Kenyan troops", "militants"), ("Somali troops", "militants")} <= found, found


def test_resolver_actors_country_name_before_and_is_no_nationality(extract: Any) -> None:
    """ "between Israel and Palestinian militants": Israel is the country, not its militants."""
    nodes = _sector_nodes(extract("Fighting broke out between Israel and Palestinian militants."))
    assert ("IL", "UAF") not in set(nodes.values()), nodes


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("The air strikes were condemned by Moscow on Friday.", "Russia", "Moscow"),
        ("The sanctions imposed by Washington hurt the economy.", "United States", "Washington"),
        ("The plan was rejected by Ankara within hours.", "Turkey", "Ankara"),
        ("Beijing and Tokyo protested the decision.", "Japan", "Tokyo"),
        ("The recent offensive by Kiev has killed dozens of civilians.", "Ukraine", "Kiev"),
    ],
)
def test_resolver_actors_capital_as_agent_is_its_country(
    extract: Any, text: str, country: str, city: str
) -> None:
    """A capital that is the agent of a passive, or coordinated with an acting one, is its
    country."""
    labels = {e.label for e in extract(text).entities.values()}
    assert country in labels, labels
    assert city not in labels, labels


def test_resolver_actors_capital_as_place_stays_a_city(extract: Any) -> None:
    """ "marched through Moscow and Kiev": places, not governments."""
    labels = {
        e.label for e in extract("Protesters marched through Moscow and Kiev.").entities.values()
    }
    assert "Moscow" in labels, labels
    assert "Russia" not in labels, labels


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The Hamas movement accused Israel of violating the truce.",
            ("Hamas", "criticized", "Israel"),
        ),
        (
            "Osama bin Laden's al-Qaeda terror network has threatened the United States.",
            ("al-Qaeda", "threatened", "United States"),
        ),
        (
            "The Amnesty International group criticised Egypt over the verdicts.",
            ("Amnesty International", "criticized", "Egypt"),
        ),
    ],
)
def test_resolver_actors_organisation_with_kind_noun_acts(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "the Hamas movement accused X": the kind noun's verb has the organisation as actor."""
    assert triple in triples(extract(text)), triples(extract(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("US officials said the ship was heading to Djibouti.", "United States"),
        ("Israeli troops withdrew from the border town on Monday.", "Israel"),
    ],
)
def test_resolver_actors_collective_names_its_country(
    extract: Any, text: str, country: str
) -> None:
    """An article that writes "US officials" names the United States too: the country is one
    of its entities."""
    graph = extract(text)
    assert any(e.label == country for e in graph.entities.values()), graph.entities


@pytest.mark.parametrize(
    ("text", "label", "written"),
    [
        (
            "Rebels released two Filipino hostages on Monday. The hostages had been held for "
            "months in Jolo.",
            "Filipino civilians",
            "hostages",
        ),
        (
            "Thousands of Congolese refugees crossed into Uganda. Aid agencies said the "
            "refugees needed shelter.",
            "Congolese refugees",
            "refugees",
        ),
    ],
)
def test_resolver_actors_definite_plain_collective_is_the_named_one(
    extract: Any, text: str, label: str, written: str
) -> None:
    """ "the hostages" after "Filipino hostages": the one collective of that noun named."""
    graph = extract(text, published="2015-05-15")
    node = labelled(graph, label)
    names = {m.text for m in graph.mentions[node.id]}
    assert written in names, names
    assert not [e for e in graph.entities.values() if e.label.lower() == written]


@pytest.mark.parametrize(
    "text",
    [
        # another set of people
        "Dutch students occupied the building. Police evicted 50 other students on Friday.",
        # two collectives of the noun: no telling which
        "Syrian refugees and Iraqi refugees arrived. The refugees were housed in camps.",
    ],
)
def test_resolver_actors_definite_plain_collective_needs_one_owner(extract: Any, text: str) -> None:
    """ "other students", or "the refugees" after two nationalities' refugees, stay plain."""
    graph = extract(text, published="2015-05-15")
    plain = [e for e in graph.entities.values() if e.sector and e.country is None]
    assert plain, [e.label for e in graph.entities.values()]


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The spokesperson for the Syrian Democratic Forces said the fighters would advance.",
            (
                "spokesperson for the Syrian Democratic Forces",
                "spokesperson_for",
                "Syrian Democratic Forces",
            ),
        ),
        (
            "A spokesman for the Thai navy said the boats were turned away.",
            ("spokesman for the Thai navy", "spokesperson_for", "Thai navy"),
        ),
    ],
)
def test_resolver_actors_unnamed_official_of_a_body(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "the spokesman for the Thai navy", named nowhere: a person of the article with the
    role."""
    assert triple in triples(extract(text, published="2015-05-15"))


@pytest.mark.parametrize(
    "text",
    [
        "An official of the UN said the talks failed.",
        # an owner only coreference gives
        "Fighting continued in Aden. A spokesman for the government said the talks would go ahead.",
        # a leader's title: often named in the next sentence
        "The leader of the Taliban said the talks failed. Mullah Omar later confirmed it.",
        # a holder the article names
        "The spokesman for the Thai navy, Kan Deeubol, said the boats were turned away.",
    ],
)
def test_resolver_actors_unnamed_official_of_a_body_needs_a_coded_owner(
    extract: Any, text: str
) -> None:
    """No unnamed person for an uncoded organisation's staff, a leader, or a named holder."""
    graph = extract(text, published="2015-05-15")
    unnamed = [
        e.label
        for e in graph.entities.values()
        if e.type.value == "Person" and e.label[:1].islower()
    ]
    assert not unnamed, unnamed


@pytest.mark.parametrize(
    ("text", "short", "country"),
    [
        (
            "North Korea fired two missiles on Monday. The North has threatened the South, "
            "South Korean officials said.",
            "North",
            "North Korea",
        ),
        (
            "North Korea fired two missiles on Monday. The North has threatened the South, "
            "South Korean officials said.",
            "South",
            "South Korea",
        ),
        (
            "Sudan and South Sudan signed an oil deal. The South will export its oil through "
            "Port Sudan.",
            "South",
            "South Sudan",
        ),
    ],
)
def test_resolver_actors_the_north_is_the_country_named(
    extract: Any, text: str, short: str, country: str
) -> None:
    """ "the North" in an article on North Korea is North Korea, not a place "North"."""
    graph = extract(text, published="2015-05-15")
    node = labelled(graph, country)
    assert short in {m.text for m in graph.mentions[node.id]}
    assert short not in {e.label for e in graph.entities.values()}


def test_resolver_actors_the_north_needs_one_country(extract: Any) -> None:
    """ "the North of England" with no country named "North ...": left alone."""
    labels = {
        e.label for e in extract("Protesters gathered in the North of England.").entities.values()
    }
    assert not {"North Korea", "North Macedonia"} & labels, labels


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Nairobi, Kenya - Thousands of refugees are still waiting for food, the UN said.",
            "Nairobi",
        ),
        ("Kabul, Afghanistan - Gunmen stormed a guest house on Wednesday night.", "Kabul"),
    ],
)
def test_resolver_actors_dateline_capital_is_a_place(extract: Any, text: str, city: str) -> None:
    """A capital opening the story as a dateline ("Nairobi, Kenya - ...") is where it is
    filed, not the government acting."""
    labels = {e.label for e in extract(text, published="2015-05-15").entities.values()}
    assert city in labels, labels


def test_resolver_actors_rebels_before_the_group_is_named(extract: Any) -> None:
    """ "Rebels advanced ... The Taliban seized": bare rebels named before the article's one
    armed group are that group."""
    graph = extract(
        "Rebels advanced on the city of Kunduz in April. The Taliban seized the airport on Monday.",
        published="2015-05-15",
    )
    node = labelled(graph, "Taliban")
    assert "Rebels" in {m.text for m in graph.mentions[node.id]}


def test_resolver_actors_rebels_before_two_groups_stay_plain(extract: Any) -> None:
    """With two armed groups named, earlier bare rebels are neither."""
    graph = extract(
        "Rebels advanced on the city of Kunduz in April. The Taliban and al-Qaeda both "
        "operate in the province.",
        published="2015-05-15",
    )
    assert any(e.label == "Rebels" for e in graph.entities.values())
