"""One node per real actor (issue 13): a place or a listed company is no one's surname, a
bare area name is the area the article writes with its region noun, a capital in talks is
its country, a bracketed acronym the model did not tag is its organisation
(kg/resolve/resolver.py, kg/resolve/merges.py, kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.resolve.names import name_words, region_forms


def _nodes(graph: Any) -> dict[str, str]:
    """Label -> type of every node."""
    return {e.label: e.type.value for e in graph.entities.values()}


@pytest.mark.parametrize(
    ("texts", "place", "person"),
    [
        (
            (
                "The novelist Claire Dresden published a new book on Monday.",
                "Protesters gathered in Dresden on Saturday.",
            ),
            "Dresden",
            "Claire Dresden",
        ),
        (
            ("Coach Maria Verona praised her players. The team trained in Verona on Friday.",),
            "Verona",
            "Maria Verona",
        ),
    ],
)
def test_act11_resolve_place_is_no_surname(
    extract: Any, texts: tuple[str, ...], place: str, person: str
) -> None:
    """ "in Dresden" is a place, not the surname of a Claire Dresden named in the corpus."""
    nodes = _nodes(extract(*texts, published="2015-05-15"))
    assert nodes.get(person) == "Person", nodes
    assert nodes.get(place) == "City", nodes


def test_act11_resolve_surname_without_place_cue_still_resolves(extract: Any) -> None:
    """A bare surname with no place cue is still the article's person."""
    graph = extract(
        "The novelist Claire Dresden published a new book on Monday. Dresden said it took "
        "ten years to write.",
        published="2015-05-15",
    )
    assert "Dresden" not in _nodes(graph)
    assert (
        "Dresden" in next(e for e in graph.entities.values() if e.label == "Claire Dresden").aliases
    )


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        (
            "Henry Ford built his first car in 1896. Today automakers like Ford and General "
            "Motors face new rivals.",
            "Ford",
            "Henry Ford",
        ),
    ],
)
def test_act11_resolve_listed_company_is_no_surname(
    extract: Any, text: str, company: str, person: str
) -> None:
    """A one-word organisation coordinated with a longer organisation's name is no surname."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert nodes.get(person) == "Person", nodes
    assert nodes.get(company) == "Organization", nodes


@pytest.mark.parametrize(
    ("text", "area", "bare"),
    [
        (
            "Lashkar Gah is the provincial capital of Helmand province. In Helmand, farmers "
            "grow poppies.",
            "Helmand province",
            "Helmand",
        ),
    ],
)
def test_act11_resolve_bare_area_name_is_the_area(
    extract: Any, text: str, area: str, bare: str
) -> None:
    """ "Helmand" in an article on "Helmand province" is that province: one Place node."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert nodes.get(area) == "Place", nodes
    assert bare not in nodes, nodes


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar Gah is the provincial capital of Helmand province. Wounded soldiers were "
        "flown to Kabul and Helmand on Monday.",
        "Lashkar Gah is the provincial capital of Helmand province. Farmers in the suburbs "
        "of Helmand grow poppies.",
        "Lashkar Gah is the provincial capital of Helmand province. Rebels shelled Helmand "
        "city on Monday.",
    ],
)
def test_act11_resolve_bare_area_name_made_a_city_stays_apart(extract: Any, text: str) -> None:
    """A bare name listed with a capital, after "the suburbs of" or before "city" is a city,
    not the area."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert nodes.get("Helmand province") == "Place", nodes
    assert nodes.get("Helmand") == "City", nodes


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
def test_act11_resolve_region_forms(
    names: list[tuple[str, str | None]], expected: dict[str, str]
) -> None:
    """A bare name is its area only when written, not a city there, and not a known name."""
    regions = name_words("en").region_nouns
    assert region_forms(names, regions, lambda n: n == "Georgia") == expected


@pytest.mark.parametrize(
    ("text", "countries", "cities"),
    [
        (
            "Ankara was in talks with Baghdad over the pipeline, a Turkish official said.",
            {"Turkey", "Iraq"},
            {"Ankara", "Baghdad"},
        ),
        (
            "Officials said Tokyo was in negotiations with Seoul about the islands.",
            {"Japan", "South Korea"},
            {"Tokyo", "Seoul"},
        ),
    ],
)
def test_act11_resolve_capital_in_talks_is_its_country(
    extract: Any, text: str, countries: set[str], cities: set[str]
) -> None:
    """ "Ankara was in talks with Baghdad": both capitals stand for their countries."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert countries <= set(nodes), nodes
    assert not cities & set(nodes), nodes


def test_act11_resolve_capital_as_venue_stays_a_city(extract: Any) -> None:
    """ "The talks were held in Ankara": a place, no country."""
    nodes = _nodes(extract("The talks were held in Ankara on Monday.", published="2015-05-15"))
    assert nodes.get("Ankara") == "City", nodes
    assert "Turkey" not in nodes, nodes


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
def test_act11_resolve_bracketed_acronym_is_its_organisation(
    extract: Any, text: str, name: str, acronym: str
) -> None:
    """ "X (ACR)": the acronym is X in the whole article, even where two names spell it."""
    graph = extract(text, published="2015-05-15")
    nodes = _nodes(graph)
    assert acronym not in nodes, nodes
    assert acronym in next(e for e in graph.entities.values() if e.label == name).aliases


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters attacked villages in the province of Zabul on Monday.", "Zabul"),
        ("Floods cut roads across the district of Sindhupalchok.", "Sindhupalchok"),
    ],
)
def test_act11_resolve_province_of_name_is_a_place(extract: Any, text: str, place: str) -> None:
    """ "the province of Zabul" makes Zabul an area (Place), not a city."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert nodes.get(place) == "Place", nodes


def test_act11_resolve_name_read_as_work_with_role_is_a_person(extract: Any) -> None:
    """A name the model tagged a work of art, with a role in apposition, is a person."""
    graph = extract(
        '"The clinic now treats 400 patients a day, but with the arrival of 9,000 Somalis, we '
        "are at breaking point,\" Halima Odhiambo, Kakuma's camp manager, told reporters.",
        published="2015-05-15",
    )
    assert _nodes(graph).get("Halima Odhiambo") == "Person", _nodes(graph)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carmakers such as General Motors cut thousands of jobs on Monday.", "General Motors"),
        ("General Dynamics won the navy contract on Friday.", "General Dynamics"),
    ],
)
def test_act11_resolve_title_word_in_company_name_stays(extract: Any, text: str, name: str) -> None:
    """ "General" before a plural name ("General Motors") is part of a company's name."""
    nodes = _nodes(extract(text, published="2015-05-15"))
    assert nodes.get(name) == "Organization", nodes
    assert name.split()[-1] not in nodes, nodes
