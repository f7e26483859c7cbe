"""A step of force announced under an "if" is a threat (kg/extract/ultimatums.py), and a
diplomat or force "recalled" is recalled, not a topic recalled (kg/extract/interactions.py
``_topic``). Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, statuses

# (sentence, threat made, its CAMEO code)
IF_THREATS = [
    (
        "Russia said it would cut off gas supplies to Ukraine if Kiev did not pay its debts.",
        ("Russia", "threatened", "Ukraine"),
        "1312",
    ),
    (
        "The EU will impose sanctions on Burundi if the violence continues.",
        ("European Union", "threatened", "Burundi"),
        "1312",
    ),
    (
        "Egypt will strike militant camps in Libya if its citizens are harmed again.",
        ("Egypt", "threatened", "Libya"),
        "138",
    ),
    (
        "Ethiopia will attack Eritrea if its troops cross the border, the government said.",
        ("Ethiopia", "threatened", "Eritrea"),
        "138",
    ),
]


@pytest.mark.parametrize(("sentence", "threat", "cameo"), IF_THREATS)
def test_ultimatums_force_under_if_is_threat(
    extract: Any, sentence: str, threat: tuple[str, str, str], cameo: str
) -> None:
    """A sanction or attack announced for when a condition holds ("if") is a threat."""
    graph = extract(sentence)
    claim = event_claim(graph, *threat, "THREATEN")
    assert claim.qualifiers.cameo == cameo
    assert statuses(graph, threat) == {"occurred"}


# (sentence, triple that must not be made): help, withdrawal or a meeting under "if", a
# writer's conjecture, "as if", and a step inside the condition itself are no threats
NOT_IF_THREATS = [
    (
        "Kenya will send troops to Somalia if the African Union asks.",
        ("Kenya", "threatened", "Somalia"),
    ),
    (
        "Chad would withdraw its troops from Niger if the truce holds.",
        ("Chad", "threatened", "Niger"),
    ),
    ("Chile will meet Peru next week if the talks go well.", ("Chile", "threatened", "Peru")),
    (
        "Analysts say Washington could impose sanctions on Caracas if the crisis deepens.",
        ("United States", "threatened", "Venezuela"),
    ),
    ("Turkey acted as if it would attack Syria.", ("Turkey", "threatened", "Syria")),
    ("If Russia attacks Estonia, NATO will respond.", ("Russia", "threatened", "Estonia")),
]


@pytest.mark.parametrize(("sentence", "removed"), NOT_IF_THREATS)
def test_ultimatums_no_threat_without_force_or_announcement(
    extract: Any, sentence: str, removed: tuple[str, str, str]
) -> None:
    """Under "if", only an announced sanction, attack or repression threatens."""
    check_kept_removed(extract(sentence), None, removed)


# (sentence, claim made or None, claim not made or None)
RECALLS = [
    (
        "Morocco recalled its ambassador from Sweden.",
        ("Morocco", "sanctioned", "Sweden"),
        None,
    ),
    (
        "Qatar recalled its ambassador to Egypt over the dispute.",
        ("Qatar", "sanctioned", "Egypt"),
        None,
    ),
    (
        "Burkina Faso recalled its troops from Mali.",
        ("Burkina Faso", "withdrew_from", "Mali"),
        None,
    ),
    # mentioning an act is telling of it, not doing it (a topic verb that is no light verb
    # of the noun)
    ("The Ghanaian leader mentioned the sanctions on Togo.", None, ("Ghana", "sanctioned", "Togo")),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), RECALLS)
def test_interactions_recalled_envoy_is_recalled(
    extract: Any, sentence: str, kept: Any, removed: Any
) -> None:
    """ "recalled its ambassador" reduces relations; "mentioned the sanctions" tells of them."""
    check_kept_removed(extract(sentence), kept, removed)
