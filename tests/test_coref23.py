"""Places a definite description or a name holds (issue 12/13, coref23).

1. "Y, where X is located" ("... lies", "... is situated"): X, a name or a definite
   description resolved to one ("the town" -> the one town just named), lies in Y, the
   place the "where" clause describes; not when the clause gives its own place ("where
   the town lies on the border") nor for what is no place ("where the gunmen were
   located"). kg/extract/places.py ``_predicates``, ``_where_clause``.
2. "X is (also) home to the Y prison": a named facility (a ``facility_nouns`` head, which
   makes it a place whatever the model typed) or place the subject holds lies in it; not
   an organisation ("Qatar is home to Al Jazeera") nor people ("home to lecturer X").
Sentences of our own about other places than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters advanced on Kobani on Friday. Idris Nassan, an official of Aleppo "
            "province, where the town is located, said that the fighters had been repelled.",
            ("Kobani", "Aleppo province"),
        ),
        (
            "Quetta is home to the notorious Machh Jail.",
            ("Machh Jail", "Quetta"),
        ),
        (
            "Islamabad is also home to the Faisal Mosque.",
            ("Faisal Mosque", "Islamabad"),
        ),
        (
            "Protesters gathered in Quetta on Monday. The city is also home to the notorious "
            "Machh Jail.",
            ("Machh Jail", "Quetta"),
        ),
    ],
)
def test_coref23_place_found(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """The place a "where" clause or "home to" puts inside another."""
    assert expected in pairs(extract(text), "located_in")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the clause gives a place of its own: not read as "where"
        (
            "Fighters advanced on Kobani on Friday. Idris Nassan, an official of Aleppo "
            "province, where the town lies on the border, said the attack had failed.",
            ("Kobani", "Aleppo province"),
        ),
        # an organisation, or people, the place is home to: no place in it
        ("Qatar is home to Al Jazeera.", ("Al Jazeera", "Qatar")),
        ("London is home to the BBC.", ("BBC", "London")),
        (
            "The university is home to international affairs lecturer Tarik Oguzlu.",
            ("Tarik Oguzlu", "university"),
        ),
    ],
)
def test_coref23_no_place(extract: Any, text: str, wrong: tuple[str, str]) -> None:
    """No ``located_in`` where the clause or "home to" names no place inside."""
    assert wrong not in pairs(extract(text), "located_in")


def test_coref23_where_clause_of_people_is_no_place(extract: Any) -> None:
    """ "the hotel in Kabul, where the gunmen were located": the gunmen are in no place
    relation; the hotel still lies in Kabul."""
    found = pairs(
        extract("Police surrounded the Hotel Continental in Kabul, where the gunmen were located."),
        "located_in",
    )
    assert ("Hotel Continental", "Kabul") in found
    assert not any(subject == "gunmen" for subject, _ in found)
