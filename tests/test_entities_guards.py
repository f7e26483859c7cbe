"""Entity guards against wrong readings found in real news: a month is no person, and a
plural demonym counted as people is that people, as written. Actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

MONTHS: list[tuple[str, str]] = [
    # (text, the claim's other side that must stay)
    ("Nigerian troops attacked Boko Haram fighters on May 12, 2014.", "Nigerian troops"),
    ("Ethiopian forces raided the camp in May 2013, killing dozens.", "Ethiopian forces"),
    ("Chad will host a summit on May 29 that is to include Niger.", "Chad"),
]


@pytest.mark.parametrize(("text", "actor"), MONTHS)
def test_entities_month_is_no_person(extract: Any, text: str, actor: str) -> None:
    """The month in a date ("on May 12", "in May 2013") is never the person named May."""
    graph = extract(text, published="2015-05-30")
    labels = {e.label for e in graph.entities.values()}
    assert actor in labels
    assert "Theresa May" not in labels


def test_entities_surname_may_still_a_person(extract: Any) -> None:
    """The guard keeps the person: "Theresa May criticised ..." is Theresa May."""
    graph = extract("Theresa May accused Kenya of abuses in May.")
    assert ("Theresa May", "criticized", "Kenya") in triples(graph)


COUNTED: list[tuple[str, str, str, str]] = [
    # (text, predicate, object, the subject: the people when counted, the state when not)
    (
        "Many Kenyans criticised Uhuru Kenyatta over the attack.",
        "criticized",
        "Uhuru Kenyatta",
        "Kenyans",
    ),
    (
        "About 300 Bolivians protested against Evo Morales in La Paz.",
        "criticized",
        "Evo Morales",
        "Bolivians",
    ),
    ("The Egyptians condemned Hamas on Monday.", "criticized", "Hamas", "Egypt"),
]


@pytest.mark.parametrize(("text", "predicate", "obj", "subject"), COUNTED)
def test_entities_counted_demonym_is_the_people(
    extract: Any, text: str, predicate: str, obj: str, subject: str
) -> None:
    """ "About 300 Bolivians" are the Bolivians, not Bolivia; "the Egyptians" stays."""
    found = {(s, o) for s, p, o in triples(extract(text)) if p == predicate}
    assert (subject, obj) in found


def test_entities_full_name_not_glued_to_a_surname(extract: Any) -> None:
    """ "Emad Shahin" stays whole though "Shah" is a surname of the corpus ("Shah" + "in")."""
    graph = extract(
        "Afghan official Ahmed Shah said the talks failed. Shah spoke on Monday.",
        "An Egyptian court sentenced the scholar Emad Shahin to death.",
    )
    labels = {e.label for e in graph.entities.values()}
    assert "Emad Shahin" in labels
    assert "Emad Shah" not in labels
