"""A title apposed to a name ties the person to the organisation after it:
- "with" names the employer as "for" does ("a press officer with the UNDP";
  ``title_target_preps`` in kg/data/en/words.json);
- a capitalised name of two words or more the model tagged as no organisation is one
  ("president of Catalan PEN"), and so is an organisation's branch named with its country
  ("director of Save the Children Yemen", a name then a place tagged apart)
  (kg/extract/roles.py ``_unnamed_proper_org``).
Real model, invented sentences about other actors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Nobody is safe," said Lina Haddad, a press officer with the United Nations '
            "Development Programme.",
            ("Lina Haddad", "spokesperson_for", "United Nations Development Programme"),
        ),
        (
            '"The camp is full," said Maria Lopez, a spokeswoman with the International '
            "Committee of the Red Cross.",
            ("Maria Lopez", "spokesperson_for", "International Committee of the Red Cross"),
        ),
        (
            '"This law is a threat," said Joan Puig, president of Catalan PEN.',
            ("Joan Puig", "leader_of", "Catalan PEN"),
        ),
        (
            '"Families are waiting," said Sarah Kim, country director of Jesuit Refugee '
            "Service Kenya.",
            ("Sarah Kim", "member_of", "Jesuit Refugee Service Kenya"),
        ),
    ],
)
def test_role32_title_object_found(extract: Any, text: str, want: Triple) -> None:
    found = triples(extract(text, published="2015-06-02"))
    assert want in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "with" on a verb, or an object that is no organisation: no role
        ("The foreign minister met with Kerry in Vienna on Monday.", "Kerry"),
        ('"We met," said the prime minister, with Netanyahu beside him.', "Netanyahu"),
        # the branch's country is not what the director leads
        ('"Families are waiting," said Sarah Kim, director of Save the Children Yemen.', "Yemen"),
    ],
)
def test_role32_no_role_to_other_object(extract: Any, text: str, wrong: str) -> None:
    found = triples(extract(text, published="2015-06-02"))
    roles = ("member_of", "leader_of", "spokesperson_for", "adviser_to")
    assert not any(p in roles and o == wrong for _, p, o in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a place's name stays the place
        (
            '"We will win," said Leila Omar, the mayor of Port Sudan.',
            ("Leila Omar", "leader_of", "Port Sudan"),
        ),
        (
            "Samir Nasr, the governor of Anbar Province, said the town had fallen.",
            ("Samir Nasr", "leader_of", "Anbar Province"),
        ),
    ],
)
def test_role32_place_stays_place(extract: Any, text: str, want: Triple) -> None:
    graph = extract(text, published="2015-06-02")
    assert want in triples(graph), sorted(triples(graph))
    place = next(e for e in graph.entities.values() if e.label == want[2])
    assert place.type.value != "Organization", place
