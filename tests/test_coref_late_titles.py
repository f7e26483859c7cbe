"""Owned titles whose holder only an apposition or a clause named (kg/extract/coref.py
link_late_titles, and the apposed body leaders of kg/extract/roles.py _name_apposed_title):
"X, the IOC president ... The IOC chief criticised Y" -> X. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

LATE = [
    # an apposed title of a body: its leader, known before the pronouns and titles are read
    (
        "Thomas Bach, the IOC president, arrived in Paris on Monday. The IOC chief "
        "criticised Russia on Tuesday.",
        ("Thomas Bach", "criticized", "Russia"),
    ),
    # a title in a relative clause ("who was re-elected"): read with the roles, linked late
    (
        "Thomas Bach, who was re-elected IOC president in March, arrived in Paris on Monday. "
        "The IOC boss criticised Russia on Tuesday.",
        ("Thomas Bach", "criticized", "Russia"),
    ),
    # a country's office of two words, named in an apposition
    (
        "Mohammed Shia al-Sudani, the Iraqi prime minister, arrived in Ankara on Monday. "
        "The Iraqi prime minister criticised Israel on Tuesday.",
        ("Mohammed Shia al-Sudani", "criticized", "Israel"),
    ),
    # a member of the body's staff is not its chief: the leader still is
    (
        "Thomas Bach, the IOC president, met Kirsty Coventry, the IOC chief of staff, in "
        "Paris. The IOC chief criticised Russia on Tuesday.",
        ("Thomas Bach", "criticized", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LATE)
def test_coref_late_title_is_the_apposed_holder(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The IOC chief criticised Russia": the one the article named IOC president."""
    assert expected in triples(extract(text))


NOT_LATE = [
    # another office of the same country: the prime minister is not "the Iraqi president"
    (
        "Mohammed Shia al-Sudani, the Iraqi prime minister, arrived in Ankara on Monday. "
        "The Iraqi president criticised Israel on Tuesday.",
        "Mohammed Shia al-Sudani",
    ),
    # a former holder is not the body's chief now
    (
        "Jacques Rogge, the former IOC president, arrived in Paris on Monday. The IOC chief "
        "criticised Russia on Tuesday.",
        "Jacques Rogge",
    ),
    # two leaders of the country named: "the Iraqi leader" is not guessed
    (
        "Mohammed Shia al-Sudani, the Iraqi prime minister, met Abdul Latif Rashid, the "
        "Iraqi president, in Baghdad. The Iraqi leader criticised Israel on Tuesday.",
        "Abdul Latif Rashid",
    ),
]


@pytest.mark.parametrize(("text", "person"), NOT_LATE)
def test_coref_late_title_needs_the_same_current_office(
    extract: Any, text: str, person: str
) -> None:
    """Another office, a former holder, two holders: the title is not linked to them."""
    graph = extract(text)
    critics = {s for s, p, o in triples(graph) if p == "criticized"}
    assert person not in critics


SAME_OFFICE = [
    # another word for the same office: "Prime Minister X ... the premier"
    (
        "Prime Minister Robert Abela arrived in Tunis on Monday. The premier criticised Libya "
        "on Tuesday.",
        ("Robert Abela", "criticized", "Libya"),
    ),
    # the title of two words from an apposition
    (
        "Robert Abela, Malta's prime minister, arrived in Tunis on Monday. The premier "
        "criticised Libya on Tuesday.",
        ("Robert Abela", "criticized", "Libya"),
    ),
    # "the prime minister" is the prime minister, not the last minister named
    (
        "Prime Minister Robert Abela arrived in Tunis on Monday. Foreign Minister Ian Borg "
        "joined him there. The prime minister criticised Libya on Tuesday.",
        ("Robert Abela", "criticized", "Libya"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_OFFICE)
def test_coref_bare_title_of_the_same_office(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The premier criticised Libya": the one the article named prime minister."""
    assert expected in triples(extract(text))


NOT_SAME_OFFICE = [
    # a foreign minister is not "the prime minister"
    (
        "Foreign Minister Ian Borg arrived in Tunis on Monday. The prime minister criticised "
        "Libya on Tuesday.",
        "Ian Borg",
    ),
    # a former prime minister is not "the premier"
    (
        "Joseph Muscat, the former Maltese prime minister, arrived in Tunis on Monday. The "
        "premier criticised Libya on Tuesday.",
        "Joseph Muscat",
    ),
    # the prime minister named, the minister said: another minister, not him
    (
        "Prime Minister Robert Abela arrived in Tunis on Monday. Foreign Minister Ian Borg "
        "joined him there. The minister criticised Libya on Tuesday.",
        "Robert Abela",
    ),
]


@pytest.mark.parametrize(("text", "person"), NOT_SAME_OFFICE)
def test_coref_bare_title_not_another_office(extract: Any, text: str, person: str) -> None:
    """Another office or a former holder: the bare title is not linked to them."""
    critics = {s for s, p, o in triples(extract(text)) if p == "criticized"}
    assert person not in critics
