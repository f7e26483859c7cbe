"""Places on unseen news (round 17): an area named after the city it holds ("the province of
Hasakah" beside "the city of Hasakah") is a node of its own, and "the provincial capital, X"
the parser read as a conjunct still lies in the province. Sentences about other places than
the held-out articles the rules were learnt from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

SPLIT: list[tuple[str, str, str]] = [
    (
        "Troops were sent to the eastern province of Deir Az Zor on Monday. "
        "Shelling hit the city of Deir Az Zor overnight.",
        "Deir Az Zor province",
        "Deir Az Zor",
    ),
    (
        "Aid reached the northern governorate of Raqqa this week. "
        "Residents fled the city of Raqqa as air strikes went on.",
        "Raqqa governorate",
        "Raqqa",
    ),
    (
        "Fighting spread across the southern province of Kandahar. "
        "The governor said Kandahar city was calm.",
        "Kandahar province",
        "Kandahar city",
    ),
]


@pytest.mark.parametrize(("text", "area", "city"), SPLIT)
def test_place3_area_named_after_its_city_is_its_own_node(
    extract: Any, text: str, area: str, city: str
) -> None:
    """ "the province of X" beside "the city of X": the area and the city are two places."""
    types = node_types(extract(text))
    assert types.get(area) == "Place"
    assert city in types


@pytest.mark.parametrize(
    "text",
    [
        "Raids hit the western province of Lahj. Fighters entered Lahj on Monday.",
        "Clashes erupted in the central province of Taez, residents said.",
    ],
)
def test_place3_area_without_its_city_keeps_its_name(extract: Any, text: str) -> None:
    """An area the article never makes a city keeps the name it is written with."""
    labels = set(node_types(extract(text)))
    assert not any(label.endswith(" province") for label in labels)


def test_place3_split_area_lies_in_its_country(extract: Any) -> None:
    """The area of its own is what "Syria's province of X" places in Syria."""
    graph = extract(
        "Dozens died in a clinic in Syria's northeastern province of Hasakah. "
        "Fighters attacked the largely Kurdish city of Hasakah last week."
    )
    assert ("Hasakah province", "Syria") in pairs(graph, "located_in")


CAPITALS: list[tuple[str, tuple[str, str]]] = [
    # a clause after the apposition: the parser hangs the name as a conjunct or a subject
    (
        "Nigeria has asked vigilantes to prepare to deploy and fight in the Borno province, "
        "after the Boko Haram group overran the provincial capital, Maiduguri, Al Jazeera "
        "has learnt.",
        ("Maiduguri", "Borno province"),
    ),
    (
        "Troops were flown into Helmand province, after the Taliban overran the provincial "
        "capital, Lashkar Gah, the ministry said.",
        ("Lashkar Gah", "Helmand province"),
    ),
    # the plain apposition, read as one
    (
        "Yemen's government has asked tribal militias to prepare to fight in the Shabwa "
        "province, after the al-Qaeda group overran the provincial capital, Ataq, the BBC "
        "has learnt.",
        ("Ataq", "Shabwa province"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), CAPITALS)
def test_place3_provincial_capital_hung_elsewhere(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """ "the provincial capital, X, officials said": X lies in the province named before."""
    assert pair in pairs(extract(text), "located_in")


def _story(country: str, middle: str) -> str:
    """A short story about one country, the place sentence in the middle."""
    return (
        f"{country} acts\n\n{country} said on Sunday it would act.\n\n{middle}\n\n"
        f"{country} vowed to go on.\n"
    )


@pytest.mark.parametrize(
    ("country", "middle", "place"),
    [
        (
            "Malaysia",
            "Malaysian police found camps in the northern state of Kedah, which borders "
            "Thailand, local media said.",
            "Kedah",
        ),
        (
            "Kenya",
            "Kenyan troops were sent to the town of Mandera, which borders Somalia, on Monday.",
            "Mandera",
        ),
    ],
)
def test_place3_border_neighbour_is_no_owner(
    tmp_path: Any, nlp: Any, country: str, middle: str, place: str
) -> None:
    """A country named only as the neighbour a place borders does not stop the story's
    country from owning the place."""
    from kg.api import build_result

    path = tmp_path / "story.txt"
    path.write_text(_story(country, middle), encoding="utf-8")
    graph = build_result([path], nlp=nlp).graph
    assert (place, country) in pairs(graph, "located_in")
