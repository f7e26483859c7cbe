"""Actors the press names without a proper name (issue 13): coalitions named by their members'
region ("the Arab coalition"), a coalition's other names in an article that names its leader
("the international coalition"), and bare police and security forces in an article about one
country. Real model, invented sentences about actors other than the seed's and the
benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _nodes(graph: Any) -> dict[str, Any]:
    return {e.label: e for e in graph.entities.values()}


def _texts(graph: Any, label: str) -> set[str]:
    ids = [e.id for e in graph.entities.values() if e.label == label]
    return {m.text for i in ids for m in graph.mentions[i]}


NAMED_COALITIONS = [
    ("The Arab coalition bombed rebel positions near Marib on Monday.", "Arab coalition"),
    ("An African coalition shelled al-Shabab camps outside Kismayo.", "African coalition"),
    ("Gulf coalition warplanes struck an arms depot near Hodeidah.", "Gulf coalition"),
]


@pytest.mark.parametrize(("sentence", "label"), NAMED_COALITIONS)
def test_sides_coalitions_region_named_coalition_is_one_node(
    extract: Any, sentence: str, label: str
) -> None:
    """ "the Arab coalition" is one node "<region> coalition", a military actor of no country."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].sector == "MIL"
    assert nodes[label].country is None
    assert not {"Arab", "African", "Gulf"} & set(nodes), sorted(nodes)


def test_sides_coalitions_region_named_coalition_acts(extract: Any) -> None:
    """The named coalition is the subject of the attack it carries out."""
    graph = extract("The Arab coalition bombed Houthi rebels near Marib on Monday.")
    assert ("Arab coalition", "attacked", "Houthis") in triples(graph), sorted(triples(graph))


def test_sides_coalitions_the_coalition_is_the_named_coalition(extract: Any) -> None:
    """In an article naming only "the Arab coalition", "the coalition" later is that coalition."""
    graph = extract(
        "The Arab coalition began air strikes in March. The coalition bombed a depot near "
        "Hodeidah on Tuesday, residents said."
    )
    texts = _texts(graph, "Arab coalition")
    assert "coalition" in texts, sorted(texts)


def test_sides_coalitions_named_coalition_beside_a_led_coalition_is_it(extract: Any) -> None:
    """ "the Arab coalition" in an article that names "the Egyptian-led coalition" is that one."""
    graph = extract(
        "The Egyptian-led coalition struck Derna on Monday. The Arab coalition said 40 "
        "militants died."
    )
    nodes = _nodes(graph)
    assert "Arab coalition" not in nodes, sorted(nodes)
    assert "Arab coalition" in _texts(graph, "Egyptian-led coalition")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "A British-led coalition launched air strikes on Sirte. The international "
            "coalition said it hit 12 targets.",
            "international coalition",
        ),
        (
            "The Turkish-led coalition shelled Manbij. The military coalition denied "
            "hitting civilians.",
            "military coalition",
        ),
    ],
)
def test_sides_coalitions_modified_coalition_is_the_led_coalition(
    extract: Any, text: str, written: str
) -> None:
    """ "the international coalition" in an article naming one led coalition is that one."""
    graph = extract(text)
    led = next(e.label for e in graph.entities.values() if "-led " in e.label)
    assert written in _texts(graph, led), sorted(_texts(graph, led))


@pytest.mark.parametrize(
    "text",
    [
        # a coalition of parties, and one a country is not named as leading
        "The ruling coalition collapsed in Rome on Tuesday. The Arab League met in Cairo.",
        "Arab leaders met in Doha. A coalition of parties won the vote in Lisbon.",
        # "pan-Arab coalition": a hyphenated modifier, not the bloc's name
        "The pan-Arab coalition of charities sent food to Gaza.",
    ],
)
def test_sides_coalitions_no_named_coalition_without_the_name(extract: Any, text: str) -> None:
    """No "<region> coalition" node where no region-named coalition is written."""
    nodes = _nodes(extract(text))
    assert not any(label.endswith(" coalition") for label in nodes), sorted(nodes)


BARE_POLICE = [
    (
        # the small model tags "Malawi" as a person: its name still makes Malawi the country
        "Protests spread across Malawi on Monday. Malawi's president Peter Mutharika called "
        "for calm. In Lilongwe, police fired tear gas at protesters. Malawi's opposition said "
        "police arrested 40 students. The unrest is the worst Malawi has seen in years.",
        # the country's police as the article's own node, labelled as written (grp34)
        ("police", "attacked", "protesters"),
        "MW",
    ),
    (
        "Zambia's capital was tense on Friday. Zambia's opposition said security forces "
        "arrested 12 activists in Lusaka. Zambia's government denied it. Zambia will vote in "
        "August.",
        # as written (act32), with its number (counted people acted upon: gen54)
        ("Zambian security forces", "sanctioned", "12 activists"),
        "ZM",
    ),
]


@pytest.mark.parametrize(("text", "triple", "country"), BARE_POLICE)
def test_sides_coalitions_bare_police_is_the_main_countrys(
    extract: Any, text: str, triple: tuple[str, str, str], country: str
) -> None:
    """Bare "police" or "security forces" acting in an article about one country are its own."""
    graph = extract(text, published="2015-05-01")
    assert triple in triples(graph), sorted(triples(graph))
    doers = {e.country for e in graph.entities.values() if e.label == triple[0]}
    assert doers == {country}, doers


def test_sides_coalitions_two_countries_police_stay_apart(extract: Any) -> None:
    """With two countries' police named, a bare "police" is neither country's."""
    graph = extract(
        "Kenyan police and Ugandan police met at the border on Monday. Police arrested 20 "
        "smugglers near Busia, officials said.",
        published="2015-05-01",
    )
    nodes = _nodes(graph)
    assert {"Kenyan police", "Ugandan police"} <= set(nodes), sorted(nodes)
    assert not any(s.endswith(" police") and o == "smugglers" for s, _, o in triples(graph)), (
        sorted(triples(graph))
    )


@pytest.mark.parametrize(
    "text",
    [
        # "police station": a place, not the actor
        "Gunmen attacked a police station in Peshawar, Pakistan on Monday. Pakistan's army "
        "said four died. Pakistan's government condemned it. Pakistan mourned.",
        # "police" inside a force's own name
        "The Sindh Police arrested 12 suspects in Karachi, Pakistan. Pakistan's interior "
        "ministry praised them. Pakistan and India talked. Pakistan agreed.",
    ],
)
def test_sides_coalitions_police_as_modifier_or_name_is_no_country_police(
    extract: Any, text: str
) -> None:
    """ "a police station" and "the Sindh Police" make no "<country> police" node."""
    nodes = _nodes(extract(text, published="2015-05-01"))
    assert "Pakistani police" not in nodes, sorted(nodes)


def test_sides_coalitions_group_and_its_fighters_are_one_node(extract: Any) -> None:
    """ "Taliban fighters", "Taliban militants" and "the Taliban" are the one group node."""
    graph = extract(
        "Taliban fighters seized Kunduz on Monday. The Taliban said they captured the "
        "airport. Taliban militants later attacked a police post in Baghlan."
    )
    texts = _texts(graph, "Taliban")
    assert {"Taliban fighters", "Taliban militants"} <= texts, sorted(texts)
    nodes = _nodes(graph)
    assert "Taliban fighters" not in nodes, sorted(nodes)
    assert "Taliban militants" not in nodes, sorted(nodes)


LED_BY = [
    # sentence, the led body's node, its leader
    (
        "Jets from a coalition led by Egypt bombed militant camps near Derna.",
        "Egyptian-led coalition",
        "Egypt",
    ),
    (
        "The international force led by France secured the airport in Bamako.",
        "French-led force",
        "France",
    ),
    (
        "A military coalition led by Kenya pushed al-Shabab out of Kismayo.",
        "Kenyan-led coalition",
        "Kenya",
    ),
    (
        "Troops from a mission led by NATO patrolled the border on Friday.",
        "NATO-led mission",
        "NATO",
    ),
]


@pytest.mark.parametrize(("sentence", "label", "leader"), LED_BY)
def test_sides_coalitions_body_led_by_a_country_is_the_led_node(
    extract: Any, sentence: str, label: str, leader: str
) -> None:
    """ "a coalition led by Egypt" is the node "Egyptian-led coalition", as "the Egyptian-led
    coalition" is, and its leader leads it."""
    graph = extract(sentence)
    nodes = _nodes(graph)
    assert label in nodes, sorted(nodes)
    assert nodes[label].sector == "MIL"
    assert (leader, "leader_of", label) in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(
    "sentence",
    [
        # a person leads: no coalition of a country
        "Forces led by General Khalifa Haftar shelled Benghazi on Monday.",
        # a body of its own kind: the ruling coalition, rebel forces
        "The ruling coalition led by the Socialist Party lost its majority in Lisbon.",
        "Rebel forces led by the Seleka alliance seized Bangui.",
    ],
)
def test_sides_coalitions_other_led_bodies_are_no_led_node(extract: Any, sentence: str) -> None:
    """A body a person leads, or one with a modifier of its own kind, is no "<X>-led" node."""
    nodes = _nodes(extract(sentence))
    assert not any("-led " in label for label in nodes), sorted(nodes)


def test_sides_coalitions_led_by_form_and_hyphened_form_are_one_node(extract: Any) -> None:
    """ "a coalition led by Egypt" and "the Egyptian-led coalition" in one article are one
    node, under the hyphened name."""
    graph = extract(
        "Planes from a coalition led by Egypt struck rebel positions near Sirte. Officials "
        "said the Egyptian-led coalition would continue the raids."
    )
    nodes = _nodes(graph)
    assert "Egyptian-led coalition" in nodes, sorted(nodes)
    assert ("Egypt", "leader_of", "Egyptian-led coalition") in triples(graph)


def test_sides_coalitions_led_by_form_goes_by_the_name_written(extract: Any) -> None:
    """ "the coalition led by Egypt" in an article that calls it "the Arab coalition" (and
    never "the Egyptian-led coalition") is the node "Arab coalition", which Egypt leads."""
    graph = extract(
        "Jets of the coalition led by Egypt bombed Derna on Monday. The Arab coalition said "
        "the raids would go on."
    )
    nodes = _nodes(graph)
    assert "Arab coalition" in nodes, sorted(nodes)
    assert not any("-led" in n for n in nodes), sorted(nodes)
    assert ("Egypt", "leader_of", "Arab coalition") in triples(graph), sorted(triples(graph))
