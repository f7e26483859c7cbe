"""Two fight nouns mined from news2015 (nouns64). The conflict noun: "Nigeria's conflict with Boko
Haram", "the conflict between the army and the rebels", "in conflict against the government" are
fighting between the two sides, as "the war between" and "clashes with" are (PETRARCH lists CONFLICT
among its FIGHT verbs, 190); one who speaks of the conflict, or calls for its end, does not fight,
and a conflict with a rule or a target names no side. Brutality against a side is violent
repression (175), as violence against it is; "the brutality of X" names its doer, not its victim.
Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # the owner of the conflict fights its "with" side
    (
        "Nigeria's conflict with Boko Haram has displaced two million people.",
        ("Nigeria", "attacked", "Boko Haram"),
    ),
    # "between" names both sides
    (
        "The conflict between the Sudanese army and the Sudan People's Liberation Movement "
        "killed thousands.",
        ("Sudanese army", "attacked", "Sudan People's Liberation Movement"),
    ),
    # "in conflict with / against": the subject of the copula fights
    (
        "Hamas has been in conflict with Fatah since 2007.",
        ("Hamas", "attacked", "Fatah"),
    ),
    (
        "Al-Shabab remains in conflict against the Somali government.",
        ("al-Shabab", "attacked", "Somali government"),
    ),
    # brutality against a side: its owner, or the force named before it, attacks that side
    (
        "Kenyan students decried police brutality against Somali refugees.",
        ("police", "attacked", "Somali refugees"),
    ),
    (
        "The Kenyan police's brutality against Somali refugees drew criticism.",
        ("Kenyan police", "attacked", "Somali refugees"),
    ),
]

NOT_FOUND = [
    # one who speaks of the conflict does not fight
    (
        "Amnesty International said the conflict between Ethiopia and Eritrea had left many dead.",
        ("Amnesty International", "attacked", "Ethiopia"),
    ),
    # nor one who calls for its end
    (
        "The European Union called for an end to the conflict between Armenia and Azerbaijan.",
        ("European Union", "attacked", "Armenia"),
    ),
    # a plan in conflict with a target names no side
    (
        "Greenpeace said the plan was in conflict with the European Union's own targets.",
        ("Greenpeace", "attacked", "European Union"),
    ),
    # "the brutality of X": X is the doer; the one who condemns it attacks no one
    (
        "Human Rights Watch condemned the brutality of the Burundian police.",
        ("Human Rights Watch", "attacked", "Burundian police"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_fight_noun_found(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """A conflict with, against or between named sides, or brutality against one, is an attack."""
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_fight_noun_not_found(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """A conflict or brutality spoken of, called to an end, or with a rule makes no attack."""
    assert triple not in triples(extract(sentence))
