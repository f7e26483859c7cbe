"""Taking to the streets is a demonstration (kg/extract/protests.py, ``street_verbs`` and
``street_nouns`` of ``protests`` in kg/data/en/cues.json), aimed at whom it is "against" or
at whom its purpose names. Sentences of our own about actors that are neither the seed's nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, triples

# (sentence, protest made)
STREET_PROTESTS = [
    (
        "Hundreds of Bolivians took to the streets against President Evo Morales on Monday.",
        ("Bolivians", "criticized", "Evo Morales"),
    ),
    (
        "Thousands of Guatemalans have taken to the streets to demand President Otto Perez "
        "Molina step down.",
        ("Guatemalans", "criticized", "Otto Perez Molina"),
    ),
    (
        "Tens of thousands of Serbs poured into the streets to demand the resignation of "
        "Slobodan Milosevic.",
        ("Serbs", "criticized", "Slobodan Milosevic"),
    ),
]


@pytest.mark.parametrize(("sentence", "protest"), STREET_PROTESTS)
def test_protests_street_demonstration(
    extract: Any, sentence: str, protest: tuple[str, str, str]
) -> None:
    """ "took to the streets against X" / "to demand ... X" is a demonstration against X."""
    claim = event_claim(extract(sentence), *protest, "PROTEST")
    assert claim.qualifiers.cameo == "141"


# (sentence, claim not made): a street verb with an object moves it there ("took its tanks
# to the streets")
NOT_STREET_PROTESTS = [
    (
        "The Burundian army took its tanks to the streets against the protesters.",
        ("Burundian army", "criticized", "protesters"),
    ),
]


@pytest.mark.parametrize(("sentence", "removed"), NOT_STREET_PROTESTS)
def test_protests_streets_without_protest(
    extract: Any, sentence: str, removed: tuple[str, str, str]
) -> None:
    """A street verb with an object ("took its tanks to the streets") is no protest."""
    check_kept_removed(extract(sentence), None, removed)


# (sentence, protest made): a hunger strike one is on ("has been on"), told in a relative
# clause of the striker
HUNGER_STRIKES = [
    (
        "Maina Kiai has been on hunger strike in protest against his detention in Uganda.",
        ("Maina Kiai", "criticized", "Uganda"),
    ),
    (
        "Maina Kiai, who went on hunger strike in protest against his arrest in Uganda, was freed.",
        ("Maina Kiai", "criticized", "Uganda"),
    ),
]


@pytest.mark.parametrize(("sentence", "protest"), HUNGER_STRIKES)
def test_protests_hunger_strike_of_relative_clause(
    extract: Any, sentence: str, protest: tuple[str, str, str]
) -> None:
    """Being on hunger strike protests, and a striker a relative clause tells of is its noun."""
    assert event_claim(extract(sentence), *protest, "PROTEST") is not None


# whom a contested plan's act befalls is no target of the protest against the plan (prec24)
PLAN_PATIENTS = [
    (
        "Hundreds of students rallied in Ankara to protest against plans to quickly expel "
        "Syrian refugees.",
        ("students", "criticized", "Syrian refugees"),
        None,
    ),
    (
        "Thousands of people have converged on Sydney's central business district to protest "
        "against government plans to forcibly close remote Australian Aboriginal communities.",
        ("Thousands of people", "criticized", "Australian Aboriginal"),
        None,
    ),
    (
        "Kurds demonstrated in Paris to protest against Turkey's plan to build a dam in Hasankeyf.",
        None,
        ("Kurds", "criticized", "Turkey"),
    ),
    (
        "Hundreds of workers went on strike to protest against a plan by the Greek government "
        "to cut pensions.",
        None,
        ("workers", "criticized", "Greek government"),
    ),
]


@pytest.mark.parametrize(("sentence", "absent", "present"), PLAN_PATIENTS)
def test_protests_plan_patient_is_no_target(
    extract: Any,
    sentence: str,
    absent: tuple[str, str, str] | None,
    present: tuple[str, str, str] | None,
) -> None:
    """A protest against a plan to do something to X is aimed at the plan's owner, not at X
    (also where the parser hangs X's phrase on the protest verb)."""
    found = triples(extract(sentence))
    if absent is not None:
        assert absent not in found, found
    if present is not None:
        assert present in found, found
