"""An agentless passive attack or arrest is the act of the one doer of an act of that kind
in the sentence before (kg/extract/passive_coref.py). Sentences of our own, with the real
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    (
        "Egyptian security forces arrested dozens of students in Cairo on Friday. Several "
        "Muslim Brotherhood supporters were also detained.",
        ("Egyptian security forces", "sanctioned", "Muslim Brotherhood supporters"),
    ),
]

REMOVED = [
    # an act of another kind before: no doer carried ("the invasion ... was arrested")
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "arrested.",
        ("Boko Haram", "sanctioned", "Chadian soldiers"),
    ),
    # the passive names its doer
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "killed by a landmine laid by the Islamic State.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    # two doers before: no guess
    (
        "Boko Haram fighters and Nigerian troops attacked each other near Baga on Monday. "
        "Two Chadian soldiers were killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_passive_coref_doer_from_the_sentence_before(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The passive's doer is the one doer of such an act just before."""
    check_kept_removed(extract(text), kept, removed)


# a harm done "in the attack": the doer of the attack the noun refers back to, however far
BEFORE_KEPT = [
    (
        "Kurdish fighters attacked the town of Tal Abyad on Sunday. Residents fled to Turkey. "
        "Several Islamic State commanders were killed in the assault.",
        ("Kurdish fighters", "attacked", "Islamic State"),
    ),
    (
        "Boko Haram fighters raided the town of Baga on Monday. Residents fled into the bush. "
        "Hundreds of fishermen fled across the lake. Three Chadian soldiers were wounded in "
        "the raid.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
]

BEFORE_REMOVED = [
    # two doers of the attack: no guess
    (
        "Boko Haram fighters and Nigerian troops raided the town of Baga on Monday. Residents "
        "fled into the bush. Three Chadian soldiers were wounded in the raid.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    # an attack of its own ("a raid"), not the one told before
    (
        "Boko Haram fighters raided the town of Baga on Monday. Residents fled into the bush. "
        "Three Chadian soldiers were wounded in a raid.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    # the attack's doer told here
    (
        "Boko Haram fighters raided the town of Baga on Monday. Residents fled into the bush. "
        "Three Chadian soldiers were wounded in the raid by Nigerian jets.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    (
        "Boko Haram fighters raided the town of Baga on Monday. Residents fled into the bush. "
        "Three Nigerian soldiers were wounded in a clash with Chadian troops.",
        ("Boko Haram", "attacked", "Nigerian soldiers"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(BEFORE_KEPT, BEFORE_REMOVED)
)
def test_passive_coref_harm_in_an_attack_told_before(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A harm done in "the attack" is the act of the one doer of the attack told before."""
    check_kept_removed(extract(text), kept, removed)
