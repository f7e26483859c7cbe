"""Bodies the model does not tag as one name (kg/resolve/bodies.py): lower-case blocs ("the
euro zone") and names with a possessive inside ("the Lawyers' Syndicate"); and a stacked
sector phrase ("special forces soldiers") owned by the name before it. Real model, invented
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_by_label, triples


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        (
            "Portugal has won limited support from the euro zone for its reforms.",
            ("euro zone", "supported", "Portugal"),
            "euro zone",
        ),
        (
            "Ireland criticised the eurozone on Tuesday.",
            ("Ireland", "criticized", "euro zone"),
            "euro zone",
        ),
        (
            "The Eurogroup rejected the Portuguese plan on Monday.",
            ("Eurogroup", "criticized", "Portugal"),
            "Eurogroup",
        ),
    ],
)
def test_collectives_bodies_lower_case_bloc(
    extract: Any, text: str, expected: tuple[str, str, str], body: str
) -> None:
    """ "the euro zone" / "the eurozone" is one Organization node reached by triggers."""
    graph = extract(text)
    assert expected in triples(graph), sorted(triples(graph))
    assert nodes_by_label(graph)[body].type.value == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "The eurozone economy grew slowly in the first quarter.",
        "Euro zone finance ministers met in Luxembourg on Monday.",
    ],
)
def test_collectives_bodies_lower_case_modifier_is_no_node(extract: Any, text: str) -> None:
    """ "the eurozone economy": the bloc only modifies a noun, no node of its own."""
    assert "euro zone" not in nodes_by_label(extract(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Doctors' Syndicate criticised the health ministry on Sunday.", "Doctors' Syndicate"),
        ("The Journalists' Union accused the police of beating a reporter.", "Journalists' Union"),
        ("Jordan's Engineers' Association condemned the raid.", "Engineers' Association"),
        ("The Teacher's Federation called a strike against the ministry.", "Teacher's Federation"),
    ],
)
def test_collectives_bodies_possessive_name_is_one_organization(
    extract: Any, text: str, label: str
) -> None:
    """A people noun, a possessive and a body noun, all capitalised, are one Organization."""
    nodes = nodes_by_label(extract(text))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Organization"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the model's longer name stays whole, and its people are no collective
        ("Turkey bombed the outlawed Kurdistan Workers' Party (PKK) in Iraq.", "Workers"),
        ("Turkey bombed the outlawed Kurdistan Workers' Party (PKK) in Iraq.", "Workers' Party"),
        # a name before the possessive owns the body: no body named after it
        ("Egypt's Council of State rejected the appeal.", "Egypt's Council"),
        ("Brazil overruled the IBAMA' Council of Scientific Advisers.", "IBAMA' Council"),
    ],
)
def test_collectives_bodies_possessive_name_not_inside_a_longer_name(
    extract: Any, text: str, absent: str
) -> None:
    """No possessive body inside a longer name or after a name of its own."""
    assert absent not in nodes_by_label(extract(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Malian special forces soldiers fled Kidal on Sunday as rebels stormed the town.", "ML"),
        ("Iraqi special forces soldiers attacked the militants near Tikrit.", "IQ"),
    ],
)
def test_collectives_bodies_stacked_sector_phrase(extract: Any, text: str, country: str) -> None:
    """ "Malian special forces soldiers": the nationality owns the stacked phrase (MIL)."""
    nodes = nodes_by_label(extract(text))
    found = [n for n in nodes.values() if n.country == country and n.sector == "MIL"]
    assert found, sorted(nodes)


@pytest.mark.parametrize(
    ("text", "label", "absent"),
    [
        (
            "The Movement for the Emancipation of the Niger Delta (MEND) group attacked an oil "
            "platform on Sunday.",
            "Movement for the Emancipation of the Niger Delta",
            "Niger",
        ),
        (
            "Troops clashed with the National Front for the Liberation of Chad (NFLC) near Abeche.",
            "National Front for the Liberation of Chad",
            "Chad",
        ),
    ],
)
def test_collectives_bodies_name_before_its_acronym_is_one(
    extract: Any, text: str, label: str, absent: str
) -> None:
    """A name cut up before its bracketed acronym is one node, with the acronym as a mention,
    and the country inside it is no node of this sentence."""
    graph = extract(text)
    nodes = nodes_by_label(graph)
    assert label in nodes, sorted(nodes)
    texts = {m.text for m in graph.mentions[nodes[label].id]}
    assert any(t.isupper() for t in texts), texts
    assert absent not in nodes, sorted(nodes)


def test_collectives_bodies_acronym_of_other_initials_joins_nothing(extract: Any) -> None:
    """An acronym the words before it do not spell makes no longer name."""
    text = "The Movement for the Emancipation of the Niger Delta (FDLR) attacked a platform."
    nodes = nodes_by_label(extract(text))
    assert "Movement for the Emancipation of the Niger Delta" not in nodes, sorted(nodes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union's peace council suspended Mali on Friday.",
            ("African Union peace council", "sanctioned", "Mali"),
        ),
        (
            "The Arab League's executive council condemned Iran on Sunday.",
            ("Arab League executive council", "criticized", "Iran"),
        ),
    ],
)
def test_collectives_bodies_unit_of_an_organisation(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "the African Union's peace council" is a node of its own, "<name> <words>", that
    triggers reach; the organisation stays its own node."""
    graph = extract(text)
    assert expected in triples(graph), sorted(triples(graph))
    owner = expected[0].rsplit(" ", 2)[0]
    assert owner in nodes_by_label(graph), sorted(nodes_by_label(graph))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bid was criticised by FIFA's own ethics committee last year.",
            ("FIFA ethics committee", "member_of", "FIFA"),
        ),
        (
            "The Arab League's executive council condemned Iran on Sunday.",
            ("Arab League executive council", "member_of", "Arab League"),
        ),
        (  # an agency the data knows is the agency's node (agency67), still the UN's
            "The UN's refugee agency said 500 people had arrived.",
            ("UNHCR", "member_of", "United Nations"),
        ),
    ],
)
def test_collectives_bodies_unit_is_member_of_its_organisation(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """An organisation's unit named with it in front ("FIFA's own ethics committee") is part
    of it (``member_of``)."""
    assert expected in triples(extract(text)), sorted(triples(extract(text)))


def test_collectives_bodies_person_owner_makes_no_unit_member(extract: Any) -> None:
    """A person in front of a body ("Obama's national security council") is no organisation
    it is part of."""
    found = triples(extract("Obama's national security council met on Monday."))
    assert not [t for t in found if t[1] == "member_of" and t[2] == "Barack Obama"], found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The UN's refugee agency, UNHCR, criticised Hungary.", "UN refugee agency"),
        (
            "FIFA's ethics committee chairman Hans-Joachim Eckert criticised the report.",
            "FIFA ethics committee",
        ),
        ("Egypt's top court rejected the appeal.", "Egypt top court"),
    ],
)
def test_collectives_bodies_no_unit_when_named_titled_or_a_state(
    extract: Any, text: str, absent: str
) -> None:
    """No unit node when the text names the unit, the unit words modify a title, or the owner
    is a country (a state body)."""
    assert absent not in nodes_by_label(extract(text))


def test_collectives_bodies_no_stack_on_a_body_noun(extract: Any) -> None:
    """ "Interior ministry officials": a body's people, no stack that makes "Interior" an
    owner."""
    nodes = nodes_by_label(
        extract("Interior ministry officials contacted by Reuters denied the journalist's claim.")
    )
    assert "Interior" not in nodes, sorted(nodes)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The IOC executive board suspended Kuwait on Tuesday.", "IOC executive board"),
        ("The NATO council condemned Russia on Monday.", "NATO council"),
        (
            "The UEFA disciplinary committee fined Galatasaray, and UEFA's disciplinary "
            "committee will meet again in May.",
            "UEFA disciplinary committee",
        ),
    ],
)
def test_collectives_bodies_unit_right_after_the_name(extract: Any, text: str, label: str) -> None:
    """ "the IOC executive board": a unit word right after an organisation's name, with no
    possessive, is the same unit node as "the IOC's executive board"; the organisation stays
    its own node."""
    nodes = nodes_by_label(extract(text))
    assert label in nodes, sorted(nodes)
    assert label.split()[0] in nodes, sorted(nodes)
    assert [n for n in nodes if n.startswith(label.split()[0] + " ")] == [label], sorted(nodes)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Reuters news agency reported the attack on Sunday.", "Reuters news agency"),
        ("The IAEA nuclear watchdog inspected the site in Iran.", "IAEA nuclear watchdog"),
        ("Egyptian council members rejected the plan.", "Egyptian council"),
        ("The FIFA committee chairman resigned on Friday.", "FIFA committee"),
    ],
)
def test_collectives_bodies_no_compound_unit(extract: Any, text: str, absent: str) -> None:
    """No unit node after a name for a word that names the organisation itself ("news
    agency", "watchdog"), after a nationality, or as a title's modifier."""
    assert absent not in nodes_by_label(extract(text)), sorted(nodes_by_label(extract(text)))
