"""Plural people no country owns (kg.resolve.people): a name's role group and a region's
leaders are groups of their article when an event takes them as subject or object."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

FOUND = [
    # text, the group's label, a relation it takes part in (or None)
    (
        "Venezuela's neighbours condemned the crackdown on protesters in Caracas.",
        "Venezuela's neighbours",
        None,
    ),
    (
        "The UN urged regional leaders to shelter the refugees stranded off Java.",
        "regional leaders",
        ("United Nations", "requested", "regional leaders"),
    ),
    (
        "Arab leaders condemned the Israeli raid on the convoy.",
        "Arab leaders",
        None,
    ),
    ("European and Asian leaders met in Milan on Friday.", "European and Asian leaders", None),
    (
        "The president attended a summit of Arab leaders in Cairo on Sunday.",
        "Arab leaders",
        None,
    ),
    (
        "Putin rebuked Baltic leaders over the pipeline deal on Friday.",
        "Baltic leaders",
        ("Vladimir Putin", "criticized", "Baltic leaders"),
    ),
    (
        # a plain collective since coup38, labelled as written, capital and all
        "Coup plotters stormed the state radio in Ouagadougou on Wednesday.",
        "Coup plotters",
        None,
    ),
]


@pytest.mark.parametrize(("text", "label", "relation"), FOUND)
def test_people_acting_group_is_a_node(
    extract: Any, text: str, label: str, relation: tuple[str, str, str] | None
) -> None:
    """The group is a Group node labelled as written, without determiner."""
    graph = extract(text, published="2015-05-20")
    types = node_types(graph)
    assert types.get(label) == "Group", types
    if relation is not None:
        assert relation in triples(graph), sorted(triples(graph))


NOT_FOUND = [
    # no event, or a country's people (the country's own actor)
    ("The regional leaders are due in Jakarta next week, officials said.", "regional leaders"),
    ("Kenyan leaders condemned the attack on the bus.", "Kenyan leaders"),
    ("Thailand's neighbours are worried about the crisis.", "Thailand's neighbours"),
]


@pytest.mark.parametrize(("text", "label"), NOT_FOUND)
def test_people_without_an_event_or_with_a_country_is_no_group(
    extract: Any, text: str, label: str
) -> None:
    """No such group outside an event, and none for a country's people."""
    types = node_types(extract(text, published="2015-05-20"))
    assert label not in types, types


def test_people_region_name_is_part_of_the_group(extract: Any) -> None:
    """ "Baltic leaders": the region's name is no node of its own beside the group."""
    types = node_types(extract("Putin rebuked Baltic leaders on Friday.", published="2015-05-20"))
    assert set(types) == {"Vladimir Putin", "Baltic leaders"}, types


def test_people_event_role_without_critics_cues(nlp: Any) -> None:
    """A lexicon with no ``critics_say`` cues reads critics as no event, without a KeyError."""
    from dataclasses import replace

    from kg.lexicon import default_lexicon
    from kg.resolve.people import event_role

    lexicon = default_lexicon("en")
    bare = replace(lexicon, cues={k: v for k, v in lexicon.cues.items() if k != "critics_say"})
    doc = nlp("Critics said the Kenyan deal would fail.")
    assert event_role(doc[0], bare) is False
