"""An object "it" of a verb of attack or capture taken up as a place (issue 13, coref34).

"the army is deploying troops near X, in preparation for a counterattack to retake it": an
"it" that is the direct object of a verb with an ``attacked`` or ``coerced`` trigger of its
own (retake, capture, shell, encircle) stands for the one town or place named before it in
its sentence or in the sentence before, in its paragraph; not when another place, or an
actor an "it" can stand for (other than the verb's own subject), is named there too, nor
when an unnamed singular noun stands between as a subject or object ("the base").
kg/extract/actor_coref.py ``_taken_it``, ``_taken_antecedent``. Sentences of our own about
other places and actors than the article the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs, pairs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Houthi fighters seized Taiz last week.\n\nMeanwhile, the Yemeni army is deploying "
            "troops in areas near Taiz, in an apparent preparation for a counterattack to "
            "retake it.",
            "Taiz",
        ),
        ("Kurdish fighters surrounded Kobani and captured it on Friday.", "Kobani"),
        # the sentence before; "Ukrainian forces" is no "it"
        (
            "Ukrainian forces abandoned Debaltseve. The rebels had encircled it for weeks.",
            "Debaltseve",
        ),
    ],
)
def test_coref34_taken_it_found(extract: Any, text: str, place: str) -> None:
    """The object "it" of a verb of attack or capture is the one place named before it."""
    assert ("it", place) in mention_pairs(extract(text), "pronoun")


def test_coref34_taken_it_attack(extract: Any) -> None:
    """The attack told on the pronoun reaches the place."""
    graph = extract("The rebels advanced on Aden on Monday, and the Yemeni army shelled it.")
    assert ("Yemeni army", "Aden") in pairs(graph, "attacked")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an unnamed site between: "it" is the base
        (
            "Boko Haram fighters surrounded Maiduguri's main base and stormed it.",
            "Maiduguri",
        ),
        # an actor "it" can stand for is named as well
        (
            "Israeli jets struck Hamas positions in Gaza City and bombed it again on Sunday.",
            "Gaza City",
        ),
        # two places
        ("The rebels advanced from Aden towards Taiz and shelled it.", "Taiz"),
        # the place is named in the paragraph before only
        ("The rebels advanced on Taiz.\n\nThe Yemeni army shelled it on Monday.", "Taiz"),
        # not a verb of attack or capture
        ("Kurdish fighters reached Kobani and described it as a ruin.", "Kobani"),
    ],
)
def test_coref34_taken_it_left_open(extract: Any, text: str, place: str) -> None:
    """No one clear place: the pronoun stays unresolved."""
    assert ("it", place) not in mention_pairs(extract(text), "pronoun")
