"""An allegation aimed through a "that" clause ("X charged that Y had used chemical weapons",
"X alleged that Y's police had tortured ...") accuses the clause's active subject (criticized,
CAMEO 112, PLOVER ACCUSE; kg/extract/demands.py, ``allegation_verbs`` of
kg/data/en/demands.json). Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim

# (sentence, accusation made)
ALLEGATIONS = [
    (
        "Armenia charged that Azerbaijan had shelled its border villages.",
        ("Armenia", "criticized", "Azerbaijan"),
    ),
    (
        "Pakistan alleged that India had sponsored the militants in Balochistan.",
        ("Pakistan", "criticized", "India"),
    ),
    (
        "Amnesty International alleged that the Egyptian police had tortured the detainees.",
        ("Amnesty International", "criticized", "Egyptian police"),
    ),
]


@pytest.mark.parametrize(("sentence", "accusation"), ALLEGATIONS)
def test_demands_allegation_clause(
    extract: Any, sentence: str, accusation: tuple[str, str, str]
) -> None:
    """ "X charged that Y had V-ed": X accuses Y (CAMEO 112)."""
    made = event_claim(extract(sentence), *accusation, "ACCUSE")
    assert made.qualifiers.cameo == "112"


# (sentence, accusation not made): a passive clause names the victim; "charged X with" is an
# indictment, not a clause
NOT_ALLEGATIONS = [
    (
        "Amnesty International alleged that the Egyptian police had been attacked by "
        "the Muslim Brotherhood.",
        ("Amnesty International", "criticized", "Egyptian police"),
    ),
    (
        "The Kenyan police charged the Somali nationals with terrorism.",
        ("Kenyan police", "criticized", "Somali civilians"),
    ),
]


@pytest.mark.parametrize(("sentence", "removed"), NOT_ALLEGATIONS)
def test_demands_allegation_not_victim(
    extract: Any, sentence: str, removed: tuple[str, str, str]
) -> None:
    """The passive subject of an alleged clause, or an indicted person, is not accused."""
    check_kept_removed(extract(sentence), None, removed)
