"""Roles and actor names (issue 13, act38).

1. An all-capital role title ("CEO", "MP") after a company's name is a title, not the acronym
   of an organisation the model did not name, and does not cut the company's name down to a
   country ("Etihad Airways CEO X" leads Etihad Airways; kg/extract/roles.py,
   kg/resolve/entities.py ``_title_words``).
2. "chairperson" (also "co-chairperson") leads, "judge" is a member (kg/data/en/titles.json).
3. A person's gazetteer alias the corpus writes that is the label and more of the name after
   it is the label shown ("Haitham bin Tariq Al Said"; kg/resolve/resolver.py
   ``_fuller_name``).
4. An organisation's lower-case unit of two nouns joined by "and" ("the African Union's peace
   and security council") is one unit node (kg/resolve/bodies.py ``_joined_nouns``).
5. A person's name the model cut short by a word of its own compound at either end ("Ana" +
   "Carolina Ramirez", "Nur Jazlan" + "Tuanku Mohamed") is the whole name
   (kg/resolve/entities.py ``_name_edges``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Etihad Airways CEO James Hogan said the airline would grow.",
            "leader_of",
            ("James Hogan", "Etihad Airways"),
        ),
        (
            "Siemens CEO Joe Kaeser said the plant would close.",
            "leader_of",
            ("Joe Kaeser", "Siemens"),
        ),
        (
            "Maria Lopez, the co-chairperson of the Green Party, said it would win.",
            "leader_of",
            ("Maria Lopez", "Green Party"),
        ),
        (
            "Supreme Court judge Rosa Mendez said the law was void.",
            "member_of",
            ("Rosa Mendez", "Supreme Court"),
        ),
        (
            "Smail Chergui, the head of the African Union's peace and security council, said "
            "the vote must be delayed.",
            "leader_of",
            ("Smail Chergui", "African Union peace and security council"),
        ),
        (
            "The talks ended, said Red Crescent spokeswoman Ana Carolina Ramirez.",
            "spokesperson_for",
            ("Ana Carolina Ramirez", "Red Crescent"),
        ),
    ],
)
def test_act38_role_found(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """The role the title gives, to the whole name and the whole organisation."""
    assert expected in pairs(extract(text, published="2021-05-13"), predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # a title-case title after a country still leaves the country: no company here
        (
            "US National Security Adviser Susan Rice said the talks would go on.",
            "adviser_to",
            ("Susan Rice", "United States"),
        ),
        # an acronym that is no title still names an organisation the model did not name
        (
            "Venezuela FA chief Rafael Esquivel was arrested in Zurich.",
            "leader_of",
            ("Rafael Esquivel", "Venezuela FA"),
        ),
    ],
)
def test_act38_other_titles_unchanged(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """Titles that are no all-capital role word read as before."""
    assert expected in pairs(extract(text, published="2015-05-27"), predicate)


def test_act38_airways_ceo_is_no_country_member(extract: Any) -> None:
    """ "Etihad Airways CEO X" is no member of a country named at the start of the name."""
    graph = extract("Qatar Airways CEO Akbar al-Baker said the airline would grow.")
    assert ("Akbar al-Baker", "Qatar") not in pairs(graph, "member_of")
    assert ("Akbar al-Baker", "Qatar Airways") in pairs(graph, "leader_of")


def test_act38_fuller_written_name_is_the_label(extract: Any) -> None:
    """The fullest form of a person's name the corpus writes is the label shown."""
    graph = extract(
        "Oman's Sultan Haitham bin Tariq Al Said met Hassan Rouhani in Muscat.",
        published="2021-05-13",
    )
    assert "Haitham bin Tariq Al Said" in labels_of_type(graph, "Person")
    assert "Haitham bin Tariq" not in labels_of_type(graph, "Person")


def test_act38_label_not_lengthened_when_not_written(extract: Any) -> None:
    """A corpus that writes only the short form keeps the gazetteer's label."""
    graph = extract(
        "Sultan Haitham bin Tariq met Hassan Rouhani in Muscat.", published="2021-05-13"
    )
    assert "Haitham bin Tariq" in labels_of_type(graph, "Person")
    assert "Haitham bin Tariq Al Said" not in labels_of_type(graph, "Person")


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        (
            "Deputy Home Minister Nur Jazlan Tuanku Mohamed said on Thursday that each grave "
            "was one.",
            "Nur Jazlan Tuanku Mohamed",
            "Nur Jazlan",
        ),
        (
            "The talks ended, said Red Crescent spokeswoman Ana Carolina Ramirez.",
            "Ana Carolina Ramirez",
            "Carolina Ramirez",
        ),
    ],
)
def test_act38_name_cut_short_is_whole(extract: Any, text: str, whole: str, cut: str) -> None:
    """A word of the name's own compound left out by the model belongs to the name."""
    people = labels_of_type(extract(text), "Person")
    assert whole in people
    assert cut not in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Republican Rand Paul said the bill would fail.", "Rand Paul"),  # a party, no name
        ("President Barack Obama met Vladimir Putin in Moscow on Monday.", "Barack Obama"),
        ("Egypt's Abdel Fattah el-Sisi said Hamas was to blame.", "Abdel Fattah el-Sisi"),
        ("Kenyan President Uhuru Kenyatta spoke in Mombasa.", "Uhuru Kenyatta"),
    ],
)
def test_act38_name_not_lengthened(extract: Any, text: str, person: str) -> None:
    """Titles, parties, countries and places next to a name stay out of it."""
    assert person in labels_of_type(extract(text, published="2015-05-13"), "Person")


def test_act38_unit_and_not_two_nouns(extract: Any) -> None:
    """ "FIFA's president and his staff" is no unit of FIFA."""
    graph = extract("FIFA's president and his staff met Barack Obama in Washington.")
    assert not any("president and" in label for label in labels_of_type(graph, "Organization"))


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "The minister turned on the Europeans - telling Josep Borrell, the European "
            "Union's foreign policy chief, that he was ready to talk.",
            "member_of",
            ("Josep Borrell", "European Union"),
        ),
        (
            "Park Soo-jin, spokeswoman for South Korea's foreign ministry, on Monday urged "
            "North Korea to stop.",
            "spokesperson_for",
            ("Park Soo-jin", "South Korea's foreign ministry"),
        ),
    ],
)
def test_act38_loose_apposition(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A title between commas after a name is the name's, whatever the parser hung it on."""
    assert expected in pairs(extract(text, published="2020-05-13"), predicate)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the phrase between commas holds a verb: no title
        ("According to Jose Ramos, the deal is done, officials said.", "Jose Ramos"),
        # a name after the closing comma: the title is that name's
        (
            "After talks with Pedro Sanchez, the French president, Emmanuel Macron, left Madrid.",
            "Pedro Sanchez",
        ),
    ],
)
def test_act38_loose_apposition_not(extract: Any, text: str, absent: str) -> None:
    """No role from a comma phrase that is no apposition of the name."""
    graph = extract(text, published="2020-05-13")
    roles = pairs(graph, "leader_of") | pairs(graph, "member_of") | pairs(graph, "spokesperson_for")
    assert not any(s == absent for s, _ in roles)


def test_act38_head_of_named_governing_body_leads(extract: Any) -> None:
    """ "the head of X's governing body, UEFA": the unit is the body the text names."""
    graph = extract(
        "The FIFA boss hit out at Michel Platini, the head of European football's governing "
        "body, UEFA, on Friday.",
        published="2015-05-30",
    )
    assert ("Michel Platini", "UEFA") in pairs(graph, "leader_of")
    assert ("Michel Platini", "UEFA") not in pairs(graph, "member_of")


def test_act38_head_of_unnamed_unit_stays_member(extract: Any) -> None:
    """ "head of research at Amnesty International" is still one of its staff."""
    graph = extract("Jane Roe, head of research at Amnesty International, said it.")
    assert ("Jane Roe", "Amnesty International") in pairs(graph, "member_of")
    assert ("Jane Roe", "Amnesty International") not in pairs(graph, "leader_of")


def test_act38_sentence_opening_noun_is_no_given_name(extract: Any) -> None:
    """A common noun capitalised to open the sentence is not glued to the name after it."""
    graph = extract("Lawyer Nadia Rahimi said the court had erred.", published="2015-05-15")
    people = labels_of_type(graph, "Person")
    assert "Lawyer Nadia Rahimi" not in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liberal Democrats leader Tim Farron criticized Labour.",
            ("Tim Farron", "Liberal Democrats"),
        ),
        (
            "Hamas leader Khaled Meshaal criticized Israel.",  # a name known as it stands
            ("Khaled Meshaal", "Hamas"),
        ),
    ],
)
def test_act38_name_cut_at_front_is_gazetteer_name(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """Capitalised words before a name that make a longer gazetteer name are part of it."""
    graph = extract(text, published="2016-05-08")
    assert expected in pairs(graph, "leader_of")
    assert "Democrats" not in labels_of_type(graph, "Organization")


def test_act38_title_before_person_is_no_front_of_name(extract: Any) -> None:
    """ "Saudi King Salman": the title's holder as before, not the alias "King Salman"."""
    graph = extract("Saudi King Salman announced aid for Yemen.", published="2015-05-08")
    assert ("Salman", "Saudi Arabia") in pairs(graph, "leader_of")
