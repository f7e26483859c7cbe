"""A demand noun whose "that" clause the model hangs on the verb ("reiterated its demand today
that Y ease ...") and a clause verb tagged past whose form is its own bare verb ("demanded that
Greece cut pensions") still make a demand of the clause's subject (kg/extract/demands.py).
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

# (sentence, kept demand or None, removed demand or None)
CLAUSE_DEMANDS = [
    (
        "The International Monetary Fund (IMF) reiterated its demand today that Greece "
        "ease its budget rules.",
        ("International Monetary Fund", "requested", "Greece"),
        None,
    ),
    (
        "The Economic Community of West African States (ECOWAS) repeated its demand on "
        "Monday that Burkina Faso hold elections.",
        ("Economic Community of West African States", "requested", "Burkina Faso"),
        None,
    ),
    (
        "The International Monetary Fund (IMF) reiterated its demand that Greece cut pensions.",
        ("International Monetary Fund", "requested", "Greece"),
        None,
    ),
    (
        "Kenya demanded that Somalia put an end to the raids.",
        ("Kenya", "requested", "Somalia"),
        None,
    ),
    # a verb that also asserts stays strict: "insisted that X cut" may report a past cut
    (
        "Ukraine insisted that Russia cut its gas prices.",
        None,
        ("Ukraine", "requested", "Russia"),
    ),
    # a clause with "would" asserts or predicts, it does not demand
    (
        "The African Union (AU) repeated its demand on Monday that Burundi would hold talks.",
        None,
        ("African Union", "requested", "Burundi"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), CLAUSE_DEMANDS)
def test_demands_clause_on_the_verb(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "its demand [today] that Y V" and "demanded that Y cut" are demands made of Y."""
    check_kept_removed(extract(sentence), kept, removed)
