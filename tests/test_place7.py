"""Places of news that kg put in a wrong container or missed (place7).

"the capital X" with no owner said lies in the country whose capital the data knows X to be,
when the article names that country, whatever other countries the sentence names ("protesters
in Burundi ... leaders meeting in Tanzania ... the capital Bujumbura"); the one country before
it in the sentence only for a capital the data does not know ("Kerry left Israel for the
capital Amman" puts Amman in no country; kg/extract/places.py ``_bare_capital_of``).

"seizing the city of Tikrit, the town of Baiji and ...": a town introduced by its own place
noun ("the city of X") and then "the town of Y" after its comma lists two towns; Y is no
container of X (kg/extract/places.py ``_names_own_town``). An apposition that describes the
town still places it: "Douma, a suburb of Damascus", "the town of Ataq, the capital of Shabwa
province", "the town of Qusayr, the main town of Homs province". Sentences of our own, about
other places than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

LISTS = [
    # two towns, each named by its own place noun, in a list
    (
        "Rebels captured the town of Jarablus, the town of Manbij and moved on Aleppo.",
        ("Jarablus", "Manbij"),
    ),
    (
        "The group has made gains in northern Iraq in recent weeks, seizing the city of "
        "Tikrit, the town of Baiji and bringing fighters closer to the capital, Baghdad.",
        ("Tikrit", "Baiji"),
    ),
    (
        "Government troops recaptured the village of Maaloula, the town of Yabroud and "
        "several hills on Sunday.",
        ("Maaloula", "Yabroud"),
    ),
]

DESCRIBED = [
    # an apposition that describes the town: its container
    ("Shelling hit Douma, a suburb of Damascus, on Friday.", ("Douma", "Damascus")),
    (
        "Troops entered the town of Ataq, the capital of Shabwa province, on Friday.",
        ("Ataq", "Shabwa province"),
    ),
    (
        "Clashes spread to the town of Qusayr, the main town of Homs province.",
        ("Qusayr", "Homs province"),
    ),
    ("Clashes spread to Qusayr, the town of Homs province.", ("Qusayr", "Homs province")),
]


@pytest.mark.parametrize(("text", "pair"), LISTS)
def test_place7_listed_towns_hold_each_other_not(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    found = pairs(extract(text), "located_in")
    assert pair not in found
    assert pair[::-1] not in found


@pytest.mark.parametrize(("text", "pair"), DESCRIBED)
def test_place7_described_town_lies_in_its_container(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(extract(text), "located_in")


CAPITALS = [
    # "the capital X" with no owner said: the country whose capital the data knows X to be,
    # when the article names it, even with other countries in the sentence
    (
        "While protesters in Kenya were demanding that leaders meeting in Uganda should act, "
        "rival factions clashed on the streets of the capital Nairobi after the vote.",
        ("Nairobi", "Kenya"),
    ),
    (
        "Turkey marked the anniversary on Sunday. Earlier in the capital Ankara, a group of "
        "activists held prayers outside the embassy.",
        ("Ankara", "Turkey"),
    ),
    (
        "Yemen's exiled president thanked the coalition. Jets from Saudi Arabia and Egypt "
        "struck rebel positions near the capital, Sanaa, on Monday.",
        ("Sanaa", "Yemen"),
    ),
    # no capital the data knows: the one country before it, as before
    ("Rebels in eastern Libya moved on the capital Tripoli.", ("Tripoli", "Libya")),
]

NOT_CAPITALS_OF = [
    # the sentence's one country is not the one whose capital the data knows
    ("Kerry left Israel on Monday for the capital Amman.", ("Amman", "Israel")),
    ("The envoy flew from Egypt to the capital, Khartoum, on Friday.", ("Khartoum", "Egypt")),
    # talks somewhere about a country: the place of the talks is not in it
    ("Talks in Geneva on Syria ended on Friday without a deal.", ("Geneva", "Syria")),
]


@pytest.mark.parametrize(("text", "pair"), CAPITALS)
def test_place7_bare_capital_is_its_country(extract: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(extract(text), "located_in")


@pytest.mark.parametrize(("text", "pair"), NOT_CAPITALS_OF)
def test_place7_bare_capital_not_in_another_country(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in pairs(extract(text), "located_in")
