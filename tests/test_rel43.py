"""Structural relations (rel43): a region's office named by its adjective.

"the Western Australian state premier X": a two-word region adjective, and one past a "state"
word before the office title, names the region the office is of (kg/resolve/entities.py
``_region_office``, ``region_demonyms`` in kg/data/en/cues.json). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Australian premier Jay Weatherill said the rally was peaceful.",
            ("Jay Weatherill", "South Australia"),
        ),
        (
            "Tasmanian state premier Will Hodgman opened the bridge on Monday.",
            ("Will Hodgman", "Tasmania"),
        ),
        (
            "Bavarian state premier Horst Seehofer criticised the plan.",
            ("Horst Seehofer", "Bavaria"),
        ),
        (
            "Victorian premier Daniel Andrews said the strike would end.",
            ("Daniel Andrews", "Victoria"),
        ),
    ],
)
def test_entities_region_adjective_names_the_office(
    extract: Any, text: str, expected: Pair
) -> None:
    """A region's adjective (one or two words, "state" between) before an office title: the
    person leads the region."""
    assert expected in pairs(extract(text, published="2015-06-10"), "leader_of")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no office after the adjective: a style, no region
        ("The Victorian house was sold by Daniel Andrews.", "Victoria"),
        # a state word with no office after it
        ("South Australian state schools were closed by Jay Weatherill.", "South Australia"),
    ],
)
def test_entities_region_adjective_without_office_names_no_region(
    extract: Any, text: str, absent: str
) -> None:
    """Without an office title after it, the adjective leads to no leader_of of the region."""
    graph = extract(text, published="2015-06-10")
    assert all(o != absent for _, o in pairs(graph, "leader_of"))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Thousands marched in the Bavarian capital of Munich on Sunday.",
            ("Munich", "Bavaria"),
            None,
        ),
        (
            "Floods hit the Western Australian state capital of Perth.",
            ("Perth", "Western Australia"),
            None,
        ),
        (
            "Riot police cleared a square in the Catalan city of Girona.",
            ("Girona", "Catalonia"),
            None,
        ),
        # a region's adjective before people, not a place noun: no region
        ("Bavarian farmers marched in Munich on Sunday.", None, ("Munich", "Bavaria")),
    ],
)
def test_places_region_adjective_before_place_noun(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """ "the Bavarian capital of Munich": the town lies in the region its adjective names."""
    found = pairs(extract(text, published="2015-06-10"), "located_in")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            '"The law is unfair," said activist Leila Haddad, of a group called Collectif '
            "Justice, set up in Lyon after the riots.",
            ("Leila Haddad", "Collectif Justice"),
            None,
        ),
        (
            "Nadia Sami, of a movement known as the Tamarod Front, said the vote was rigged.",
            ("Nadia Sami", "Tamarod Front"),
            None,
        ),
        # a place the noun names is where the person is from, no body
        (
            "Ahmed Nour, of a village called Kafr Nabl, said the bombs fell at night.",
            None,
            ("Ahmed Nour", "Kafr Nabl"),
        ),
    ],
)
def test_employment_of_a_group_called(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """ "X, of a group called Y": X is a member of the body the participle names."""
    found = pairs(extract(text, published="2015-06-10"), "member_of")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Speaking in Tokyo on Monday, Angela Merkel praised the Japanese economy.",
            ("Angela Merkel", "Tokyo"),
            None,
        ),
        (
            "US Secretary of State John Kerry told reporters in Cairo that the talks would resume.",
            ("John Kerry", "Cairo"),
            None,
        ),
        (
            "British Prime Minister David Cameron said in Singapore on Friday that trade grew.",
            ("David Cameron", "Singapore"),
            None,
        ),
        # at home: no visit
        (
            "German Chancellor Angela Merkel said in Berlin that the euro was safe.",
            None,
            ("Angela Merkel", "Berlin"),
        ),
        # a negated speech puts no one there
        ("Angela Merkel did not speak in Nairobi.", None, ("Angela Merkel", "Nairobi")),
        # "in" a statement is no place
        (
            "Vladimir Putin said in a statement that the talks in Minsk had failed.",
            None,
            ("Vladimir Putin", "Minsk"),
        ),
    ],
)
def test_spoken_visits_speech_in_a_city(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """A person's speech verb with "in" a city abroad: the speaker visited the city."""
    found = pairs(extract(text, published="2015-06-10"), "visited")
    assert expected is None or expected in found
    assert absent is None or absent not in found


def test_spoken_visits_planned_speech_keeps_its_status(extract: Any) -> None:
    """A speech to come is a planned visit, not one that occurred."""
    graph = extract("Angela Merkel will speak in Nairobi next week.", published="2015-06-10")
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "visited" and graph.entities[r.object].label == "Nairobi"
    }
    assert statuses == {"planned"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Li Wei, a professor from Peking University, was charged with spying.",
            ("Li Wei", "Peking University"),
            None,
        ),
        (
            "Chen Hong, a researcher from the Chinese Academy of Sciences, said the data were "
            "wrong.",
            ("Chen Hong", "Chinese Academy of Sciences"),
            None,
        ),
        # a town after "from" is where a person comes from, no employer
        (
            "Ahmed Saleh, a lawyer from Cairo, said the trial was unfair.",
            None,
            ("Ahmed Saleh", "Cairo"),
        ),
    ],
)
def test_employment_employer_after_from(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """ "a professor from Y" names the employer Y."""
    found = pairs(extract(text, published="2015-06-10"), "member_of")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Police raided homes in the Christian Quarter of Damascus on Monday.",
            ("Christian Quarter", "Damascus"),
            None,
        ),
        (
            "Protesters marched through the Muslim Quarter of Jerusalem on Friday.",
            ("Muslim Quarter", "Jerusalem"),
            None,
        ),
        # a town the people went to is no place the ward lies in
        (
            "Residents of the Christian Quarter fled to Damascus on Monday.",
            None,
            ("Christian Quarter", "Damascus"),
        ),
    ],
)
def test_places_quarter_of_a_place(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """ "the Muslim Quarter of the Old City": a ward named with its noun lies in the place
    after its "of"."""
    found = pairs(extract(text, published="2015-06-10"), "located_in")
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Kenyatta, who turned back from Addis Ababa on learning of the attack, flew home.",
            ("Uhuru Kenyatta", "Addis Ababa"),
            None,
        ),
        # a town at home is no visit
        (
            "Kenyan President Uhuru Kenyatta turned back from Mombasa on Wednesday.",
            None,
            ("Uhuru Kenyatta", "Mombasa"),
        ),
        # "turned to" a capital for help is no trip
        (
            "Kenyan President Uhuru Kenyatta turned to Addis Ababa for help.",
            None,
            ("Uhuru Kenyatta", "Addis Ababa"),
        ),
    ],
)
def test_triggers_turned_back_from_a_place(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """ "turned back from X": the person had gone to X, a visit when X is abroad."""
    found = pairs(extract(text, published="2015-06-10"), "visited")
    assert expected is None or expected in found
    assert absent is None or absent not in found
