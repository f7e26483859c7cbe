"""Appeals for money for others (kg/extract/aid_appeals.py): "the UN launched a $415m appeal
for Nepal" -> the UN supported Nepal. Sentences of our own about actors that are neither the
seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object))
APPEALS = [
    ("The Red Cross is seeking $20m for Haiti.", ("Red Cross", "supported", "Haiti")),
    ("The UN launched a $415m appeal for Vanuatu.", ("United Nations", "supported", "Vanuatu")),
    (
        "Save the Children appealed for funds for children in Ethiopia.",
        ("Save the Children", "supported", "Ethiopia"),
    ),
    # an appeal of an aid kind, with no sum
    (
        "The UN launched a humanitarian appeal for Vanuatu.",
        ("United Nations", "supported", "Vanuatu"),
    ),
    (
        "Oxfam launched an appeal for donations for victims of the floods in Pakistan.",
        ("Oxfam", "supported", "Pakistan"),
    ),
    (
        "Officials said the funds the Red Cross has requested for victims of the storm in Haiti"
        " had not arrived.",
        ("Red Cross", "supported", "Haiti"),
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_APPEALS = [
    # a legal appeal
    ("Oxfam appealed against the verdict in Pakistan.", ("Oxfam", "supported", "Pakistan")),
    # no money: a call for calm
    ("The Red Cross appealed for calm in Haiti.", ("Red Cross", "supported", "Haiti")),
    # an emergency appeal for calm is no aid to the country it is in
    ("Oxfam made an emergency appeal for calm in Haiti.", ("Oxfam", "supported", "Haiti")),
    # an appeal to a country asks it; it aids no one
    ("Oxfam issued a humanitarian appeal to Canada.", ("Oxfam", "supported", "Canada")),
    # money asked of someone, for no one else
    ("Haiti requested $7bn from the IMF.", ("Haiti", "supported", "International Monetary Fund")),
    # the appeal court is no appeal
    (
        "The appeal court in Pakistan upheld the sentence of Oxfam workers.",
        ("Oxfam", "supported", "Pakistan"),
    ),
    # help asked for oneself from another: a request, no aid given
    ("Haiti appealed to Canada for help.", ("Haiti", "supported", "Canada")),
    # money the appealer got, not asked for others
    ("The Red Cross received $20m from Haiti.", ("Red Cross", "supported", "Haiti")),
]


@pytest.mark.parametrize(("sentence", "triple"), APPEALS)
def test_aid_appeals_appealer_aids_those_it_is_for(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """An appeal for money for someone is the appealer's aid to them (PLOVER AID)."""
    event_claim(extract(sentence), *triple, "AID")


@pytest.mark.parametrize(("sentence", "triple"), NOT_APPEALS)
def test_aid_appeals_no_money_or_no_one_helped_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A legal appeal, a call for calm or money asked for oneself is no aid to anyone."""
    assert not claims_between(extract(sentence), *triple)
