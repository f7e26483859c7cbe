"""Places inside places on unseen news (issues 12/13): "the X district/area of Y" with a name
the model missed, "X and the rest of Y", "the US island of Hawaii", "the provincial city of
X", a named building, "Turkey's tourism destination, the city of X", "Baghdad's airport",
"Located in X, the city ...". Sentences about other places than the held-out articles the
rules were learnt from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

LOCATED: list[tuple[str, tuple[str, str]]] = [
    # a name before a part noun, after "the", lies in the place after "of" (untagged or not)
    ("Shelling hit the al-Waer district of Homs.", ("al-Waer", "Homs")),
    ("A bomb went off in the al-Amriya district of Fallujah.", ("al-Amriya", "Fallujah")),
    ("Clashes broke out in the Kibera area of Nairobi.", ("Kibera", "Nairobi")),
    ("Police raided the Karmuz area of Alexandria city at dawn.", ("Karmuz", "Alexandria")),
    (
        "Gunmen stormed the Swat Valley area of Khyber Pakhtunkhwa.",
        ("Swat Valley", "Khyber Pakhtunkhwa"),
    ),
    ("A blast hit the Gulshan area of Dhaka.", ("Gulshan", "Dhaka")),
    ("Police raided the Moti Jheel area of Kanpur city.", ("Moti Jheel", "Kanpur city")),
    # a place listed with the rest or the other parts of a place lies in it
    ("Curfews were imposed in Gao and the rest of northern Mali.", ("Gao", "Mali")),
    (
        "Violence spread from Mosul to Tikrit and the rest of Salahuddin province.",
        ("Tikrit", "Salahuddin province"),
    ),
    ("Power cuts hit Kandahar and other parts of Afghanistan.", ("Kandahar", "Afghanistan")),
    # a country before a place noun owns the place named after "of"
    ("Marines landed at Apra Harbor, in the US territory of Guam.", ("Apra Harbor", "Guam")),
    (
        "The ceremony was held at Fort Shafter, in the US state of Hawaii.",
        ("Fort Shafter", "Hawaii"),
    ),
    # a town named after a regional adjective lies in the province the sentence named before
    (
        "Convoys moving through Helmand province were headed for the provincial town of Gereshk.",
        ("Gereshk", "Helmand province"),
    ),
    (
        "Troops massed in Nineveh province for an assault on the provincial city of Mosul.",
        ("Mosul", "Nineveh province"),
    ),
    # a named building in a town
    (
        "Protesters gathered outside the Parliament building in Kampala.",
        ("Parliament building", "Kampala"),
    ),
    # a country's thing described as a town (the apposition hung on the phrase before)
    (
        "The talks opened at the ministers' meeting in Turkey's top tourism destination, "
        "the city of Bodrum.",
        ("Bodrum", "Turkey"),
    ),
    (
        "Ministers met in Egypt's main tourist hub, the resort town of Hurghada.",
        ("Hurghada", "Egypt"),
    ),
    # a town's one facility of a kind, after the town's possessive
    (
        "A convoy was hit near Baghdad's airport on Sunday.",
        ("Baghdad airport", "Baghdad"),
    ),
    ("Cranes were idle at Mombasa's harbour on Monday.", ("Mombasa harbour", "Mombasa")),
    # a sentence opening with where its subject lies
    ("Situated in northern Syria, Kobani has been besieged for months.", ("Kobani", "Syria")),
    (
        "Rebels advanced on Zinjibar on Monday. Located in Abyan province, the town was "
        "held by al-Qaeda fighters.",
        ("Zinjibar", "Abyan province"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), LOCATED)
def test_place2_located_in(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """Each construction places the first name in the second."""
    found = triples(extract(sentence))
    assert (pair[0], "located_in", pair[1]) in found, sorted(found)


NOT_LOCATED: list[tuple[str, tuple[str, str]]] = [
    # no place before the part noun, or a body, a person or an idea after "of"
    ("They discussed the area of cooperation with Kenya.", ("cooperation", "Kenya")),
    ("He praised the Obama administration of the US.", ("Obama", "United States")),
    (
        "He criticised the Obama administration of the US.",
        ("Obama administration", "United States"),
    ),
    ("She covered the Sahel region of Africa for Reuters.", ("Reuters", "Africa")),
    # an owner before a town noun: the town after "of" is no part of it
    ("Troops entered the Okinawa city of Nago.", ("Okinawa", "Nago")),
    ("Police raided the Istanbul district of Fatih.", ("Istanbul", "Fatih")),
    # nor a town the district belongs to
    ("Shelling hit the al-Waer district of Homs.", ("Homs", "al-Waer")),
    # a country with the rest of the world, or of a body, is in neither
    ("Syria and the rest of the world watched.", ("Syria", "world")),
    ("The United States and the rest of NATO objected.", ("United States", "NATO")),
    # the US owns Hawaii; the harbour is in Hawaii, not (only) in the country
    (
        "Speaking at a ceremony in Pearl Harbor, in the US state of Hawaii, he left.",
        ("Pearl Harbor", "United States"),
    ),
    # "the provincial capital" with no province in the sentence
    ("Officials met in the provincial city of Mosul on Monday.", ("Mosul", "Mosul")),
    # a list after a country's thing: the town is listed, not described
    ("The leaders discussed Kenya's economy, the town of Eldoret and trade.", ("Eldoret", "Kenya")),
    # a country's person described with a place noun: no town
    ("Talks were held in Iran's ally, the nation of Syria.", ("Syria", "Iran")),
    # a fronted place phrase on an organisation says where it is based, not a place in it
    ("Based in Doha, the channel broadcast the speech.", ("channel", "Doha")),
    # a country's airport, a town's airports or its new airport: no one facility of a town
    ("Flights resumed at Turkey's airport on Monday.", ("Turkey airport", "Turkey")),
    ("Rockets hit Tripoli's new airport on Monday.", ("Tripoli airport", "Tripoli")),
    ("Rockets hit Moscow's airports on Monday.", ("Moscow airports", "Moscow")),
    # "the city" with two cities before it is neither
    (
        "Rebels shelled Aleppo and Homs on Monday. Located in the north, the city was hit.",
        ("Aleppo", "north"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_LOCATED)
def test_place2_not_located_in(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """No place inside a place where the words do not say so."""
    found = triples(extract(sentence))
    assert (pair[0], "located_in", pair[1]) not in found, sorted(found)


def test_place2_no_located_in_without_places(extract: Any) -> None:
    """No located_in at all from a part noun with no place around it."""
    for sentence in (
        "They discussed the area of cooperation with the Obama administration.",
        "The Apple engineers and the rest of the team left.",
        "Aleppo and Homs were shelled. Located in the north, the city was hit.",
    ):
        found = triples(extract(sentence))
        assert not [t for t in found if t[1] == "located_in"], (sentence, sorted(found))


TYPED = [
    # a name the model missed before a part noun becomes a place node
    ("Police raided the Moti Jheel area of Kanpur city.", "Moti Jheel", "Place"),
    # one the model called an organisation is a place after all
    ("A blogger was killed in the Subid Bazar area of Sylhet city.", "Subid Bazar", "Place"),
    # the named building is a place node of its own
    (
        "Protesters gathered outside the Parliament building in Kampala.",
        "Parliament building",
        "Place",
    ),
]


@pytest.mark.parametrize(("sentence", "label", "kind"), TYPED)
def test_place2_part_types(extract: Any, sentence: str, label: str, kind: str) -> None:
    """The part's name is a node of the type its noun gives."""
    types = node_types(extract(sentence))
    assert types.get(label) == kind, types


def test_place2_district_leaves_the_town_a_town(extract: Any) -> None:
    """ "the al-Midan district of Damascus": the district is al-Midan's, not Damascus's."""
    types = node_types(extract("Shelling hit the al-Midan district of Damascus on Monday."))
    assert types.get("Damascus") == "City", types
