"""One node per real actor (issue 13): a place or a listed company is no one's surname, a
bare area name is the area the article writes with its region noun, a capital in talks is
its country, a bracketed acronym the model did not tag is its organisation
(kg/resolve/resolver.py, kg/resolve/merges.py, kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.resolve.names import island_plurals, name_words, region_forms
from tests.conftest import labelled, node_types

# (texts, label -> expected node type; None: no node of that label)
# "in Dresden" is a place, not the surname of a Claire Dresden named in the corpus
PLACE_NO_SURNAME = [
    (
        (
            "The novelist Claire Dresden published a new book on Monday.",
            "Protesters gathered in Dresden on Saturday.",
        ),
        {"Claire Dresden": "Person", "Dresden": "City"},
    ),
    (
        ("Coach Maria Verona praised her players. The team trained in Verona on Friday.",),
        {"Maria Verona": "Person", "Verona": "City"},
    ),
]

# a one-word organisation coordinated with a longer organisation's name is no surname
COMPANY_NO_SURNAME = [
    (
        (
            "Henry Ford built his first car in 1896. Today automakers like Ford and General "
            "Motors face new rivals.",
        ),
        {"Henry Ford": "Person", "Ford": "Organization"},
    ),
]

# "Helmand" in an article on "Helmand province" is that province: one Place node; listed
# with a capital, after "the suburbs of" or before "city" it is a city, not the area
BARE_AREAS = [
    (
        (
            "Lashkar Gah is the provincial capital of Helmand province. In Helmand, farmers "
            "grow poppies.",
        ),
        {"Helmand province": "Place", "Helmand": None},
    ),
    *(
        (
            ("Lashkar Gah is the provincial capital of Helmand province. " + rest,),
            {"Helmand province": "Place", "Helmand": "City"},
        )
        for rest in (
            "Wounded soldiers were flown to Kabul and Helmand on Monday.",
            "Farmers in the suburbs of Helmand grow poppies.",
            "Rebels shelled Helmand city on Monday.",
        )
    ),
]

# "Ankara was in talks with Baghdad": both capitals stand for their countries; "the talks
# were held in Ankara": a place, no country
CAPITALS = [
    (
        ("Ankara was in talks with Baghdad over the pipeline, a Turkish official said.",),
        {"Turkey": "Country", "Iraq": "Country", "Ankara": None, "Baghdad": None},
    ),
    (
        ("Officials said Tokyo was in negotiations with Seoul about the islands.",),
        {"Japan": "Country", "South Korea": "Country", "Tokyo": None, "Seoul": None},
    ),
    (("The talks were held in Ankara on Monday.",), {"Ankara": "City", "Turkey": None}),
]

# "the province of Zabul" makes Zabul an area (Place), not a city
PROVINCE_OF = [
    (("Fighters attacked villages in the province of Zabul on Monday.",), {"Zabul": "Place"}),
    (("Floods cut roads across the district of Sindhupalchok.",), {"Sindhupalchok": "Place"}),
]

# a name the model tagged a work of art, with a role in apposition, is a person; "General"
# before a plural name ("General Motors") is part of a company's name
TITLED_NAMES = [
    (
        (
            '"The clinic now treats 400 patients a day, but with the arrival of 9,000 Somalis, '
            "we are at breaking point,\" Halima Odhiambo, Kakuma's camp manager, told reporters.",
        ),
        {"Halima Odhiambo": "Person"},
    ),
    (
        ("Carmakers such as General Motors cut thousands of jobs on Monday.",),
        {"General Motors": "Organization", "Motors": None},
    ),
    (
        ("General Dynamics won the navy contract on Friday.",),
        {"General Dynamics": "Organization", "Dynamics": None},
    ),
]


@pytest.mark.parametrize(
    ("texts", "expected"),
    PLACE_NO_SURNAME + COMPANY_NO_SURNAME + BARE_AREAS + CAPITALS + PROVINCE_OF + TITLED_NAMES,
)
def test_resolver_node_types_node_types(
    extract: Any, texts: tuple[str, ...], expected: dict[str, str | None]
) -> None:
    """Each name is one node of the type its article shows (or none, when it is another's)."""
    nodes = node_types(extract(*texts, published="2015-05-15"))
    assert {label: nodes.get(label) for label in expected} == expected, nodes


def test_resolver_node_types_surname_without_place_cue_still_resolves(extract: Any) -> None:
    """A bare surname with no place cue is still the article's person."""
    graph = extract(
        "The novelist Claire Dresden published a new book on Monday. Dresden said it took "
        "ten years to write.",
        published="2015-05-15",
    )
    assert "Dresden" not in node_types(graph)
    assert "Dresden" in labelled(graph, "Claire Dresden").aliases


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([("Kunar province", None), ("Kunar", "place")], {"Kunar": "Kunar province"}),
        ([("Borno state", None), ("Borno", None)], {"Borno": "Borno state"}),
        ([("Mugabe camp", None), ("Mugabe", None)], {}),  # a side, no area
        ([("Idlib province", None), ("Idlib", "city")], {}),  # "the city of Idlib"
        ([("Homs province", None), ("Homs", None), ("Homs city", None)], {}),
        ([("Georgia state", None), ("Georgia", None)], {}),  # known: the country
        ([("Islamic State", None), ("Islamic", None)], {}),  # no lower-case region noun
        ([("Kunar province", None)], {}),  # the bare name is not written
    ],
)
def test_resolver_node_types_region_forms(
    names: list[tuple[str, str | None]], expected: dict[str, str]
) -> None:
    """A bare name is its area only when written, not a city there, and not a known name."""
    regions = name_words("en").region_nouns
    assert region_forms(names, regions, lambda n: n == "Georgia") == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Senkaku Islands", "Senkakus", "Japan"], {"Senkakus": "Senkaku Islands"}),
        (["Kuril Islands", "Kurils"], {"Kurils": "Kuril Islands"}),
        (["Paracels", "Vietnam"], {}),  # the group's name is not written
        (["Marshall Islands", "Marshalls", "Marshall"], {"Marshalls": "Marshall Islands"}),
        (["Cook Islands", "Cook"], {}),  # a one-word name is no plural of the group
    ],
)
def test_resolver_node_types_island_plurals(names: list[str], expected: dict[str, str]) -> None:
    """A bare plural ("the Senkakus") is the island group the article names in full."""
    assert island_plurals(names, {"islands", "isles"}) == expected


@pytest.mark.parametrize(
    ("text", "plural", "group"),
    [
        (
            "Japan protested after Chinese ships sailed near the Senkaku Islands on Monday. "
            "Tokyo says the Senkakus have been Japanese since 1895.",
            "Senkakus",
            "Senkaku Islands",
        ),
        (
            "Vietnam accused China of building on the Paracel Islands. Hanoi said ships near "
            "the Paracels were harassed.",
            "Paracels",
            "Paracel Islands",
        ),
    ],
)
def test_resolver_node_types_island_plural_is_the_group(
    extract: Any, text: str, plural: str, group: str
) -> None:
    """ "the Senkakus" after "the Senkaku Islands" is one node, the island group."""
    graph = extract(text, published="2015-05-15")
    nodes = node_types(graph)
    assert plural not in nodes, nodes
    assert plural in labelled(graph, group).aliases


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The families petitioned the Inter-American Commission on Human Rights (IACHR) in "
            "March. The case may reach the Inter-American Court of Human Rights. The IACHR "
            "said it would rule soon.",
            "Inter-American Commission on Human Rights",
            "IACHR",
        ),
        (
            "Activists wrote to the Committee to Protect Journalists (CPJ) and the Council for "
            "Press Justice. The CPJ said it would help.",
            "Committee to Protect Journalists",
            "CPJ",
        ),
    ],
)
def test_resolver_node_types_bracketed_acronym_is_its_organisation(
    extract: Any, text: str, name: str, acronym: str
) -> None:
    """ "X (ACR)": the acronym is X in the whole article, even where two names spell it."""
    graph = extract(text, published="2015-05-15")
    nodes = node_types(graph)
    assert acronym not in nodes, nodes
    assert acronym in labelled(graph, name).aliases
