"""Attacks the parse hides (gen37, kg/extract/takeovers.py): "seized control of X" and
"over-ran X" -> attacked X (CAMEO 192); "condemned the bombardment of X by Y", the "by" hung on
"condemned" -> Y attacked X. Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

# (sentence, doer, predicate, target, status)
HIDDEN = [
    # control of a named place taken, "of" or "over", with the clause's status
    (
        "Al-Shabab fighters seized control of Baidoa on Monday.",
        "al-Shabab",
        "attacked",
        "Baidoa",
        "occurred",
    ),
    (
        "Islamic State fighters gained control of Ramadi on Sunday.",
        "Islamic State",
        "attacked",
        "Ramadi",
        "occurred",
    ),
    ("The Taliban took control over Kunduz.", "Taliban", "attacked", "Kunduz", "occurred"),
    (
        "Kurdish fighters did not gain control of Kirkuk.",
        "Kurdish fighters",
        "attacked",
        "Kirkuk",
        "denied",
    ),
    (
        "Boko Haram fighters plan to seize control of Maiduguri.",
        "Boko Haram",
        "attacked",
        "Maiduguri",
        "planned",
    ),
    # a verb the model splits at its hyphen
    ("The Taliban over-ran Kunduz on Monday.", "Taliban", "attacked", "Kunduz", "occurred"),
    (
        "Al-Shabab fighters over-ran the town of Baidoa.",
        "al-Shabab",
        "attacked",
        "Baidoa",
        "occurred",
    ),
    # the halves made nouns of one compound: the names on either side
    (
        "The talks come two days after Boko Haram over-ran Baga on Sunday, forcing soldiers out.",
        "Boko Haram",
        "attacked",
        "Baga",
        "occurred",
    ),
    ("Boko Haram did not over-run Maiduguri.", "Boko Haram", "attacked", "Maiduguri", "denied"),
    # an attack or siege noun whose "by" the parser hangs on the verb above it
    (
        "Amnesty International condemned the shelling of Homs by government forces.",
        "government forces",
        "attacked",
        "Homs",
        "occurred",
    ),
    (
        "The European Union denounced the bombardment of Gaza by Israeli warplanes.",
        "Israeli army",
        "attacked",
        "Gaza",
        "occurred",
    ),
    (
        "Human Rights Watch criticised the siege of Taiz by Houthi fighters.",
        "Houthis",
        "coerced",
        "Taiz",
        "occurred",
    ),
]


@pytest.mark.parametrize(("sentence", "doer", "predicate", "target", "status"), HIDDEN)
def test_hidden_attacks(
    extract: Any, sentence: str, doer: str, predicate: str, target: str, status: str
) -> None:
    """Control taken, a hyphenated overrun and a noun's misplaced agent make the act."""
    found = claims_between(extract(sentence), doer, predicate, target)
    assert found, sentence
    assert {r.qualifiers.status.value for r in found} == {status}, sentence


# (sentence, a pair that must not be an attack)
NOT_HIDDEN = [
    # control of no place
    ("Qatar Holding gained control of the London company Harrods.", ("Qatar Holding", "London")),
    ("The Republicans gained control of the Senate in Washington.", ("Republicans", "Washington")),
    (
        "The Kenyan parliament gained control over the budget of Kenya.",
        ("Kenyan parliament", "Kenya"),
    ),
    ("Chelsea took control of the ball against Arsenal.", ("Chelsea", "Arsenal")),
    # a hyphenated verb with no object, and a name after it that is no object
    ("Talks with the Taliban over-ran by an hour in Doha.", ("Taliban", "Doha")),
    # a noun's own "by" is the noun's, a critic does not shell
    (
        "Amnesty International condemned the shelling of Homs by government forces.",
        ("Amnesty International", "Homs"),
    ),
    # a "by" that names no actor
    ("The Kenyan army condemned the shelling of Baidoa by helicopter.", ("Kenyan army", "Baidoa")),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_HIDDEN)
def test_hidden_attacks_negatives(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """Control of a company, a budget or a ball, a critic and a "by" of no actor make none."""
    graph = extract(sentence)
    assert pair not in pairs(graph, "attacked") | pairs(graph, "sanctioned"), sentence


def test_state_army_retaking_control_is_no_attack(extract: Any) -> None:
    """A state's army that gains control of a town (retaken from rebels) attacked nothing."""
    graph = extract("The Nigerian army gained full control of the town of Baga on Monday.")
    assert ("Nigerian army", "Baga") not in pairs(graph, "attacked")
