"""Forces put on alert (kg/lexicon.py ``light_verb``, ``_state_put_in``; the "alert" entry of
tools/lexicon/seeds/mobilize.txt): a noun after "on" or "under", with no determiner, on a verb
with an object of its own is a state the verb puts its object in, and the verb is the noun's
light verb. "put its army on high alert near X" mobilises against X (CAMEO 152), as "raised
its alert" did; with no one named against, no claim (a mobilisation's object is whom it
faces). The "alert" a verb raises takes the same prepositions ("raised the alert on the
border with X")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim, pairs

FIRES = [
    ("Turkey put its troops on high alert near Syria.", ("Turkey", "mobilized", "Syria")),
    (
        "Pakistan placed its army on alert along the Afghan border.",
        ("Pakistan", "mobilized", "Afghanistan"),
    ),
    (
        "Algeria put its border guards on high alert along the border with Libya.",
        ("Algeria", "mobilized", "Libya"),
    ),
    (
        "South Korea placed its forces on high alert against North Korea.",
        ("South Korea", "mobilized", "North Korea"),
    ),
    # a raised alert names whom it faces as the alert put on does
    ("Serbia raised the alert on the border with Kosovo.", ("Serbia", "mobilized", "Kosovo")),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_alert_state_mobilizes(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Forces put on alert facing a named country: the subject mobilized against it."""
    event_claim(extract(text, published="2015-05-15"), *triple, "MOBILIZE")


NO_MOBILIZATION = [
    # no one named against: no object, no claim
    "Kenya put its police on high alert.",
    # a topic after "on" (a determiner), not a state
    "Chad put its troops on a plane to Niger.",
    # "on" with no object of the verb's own: no state put in
    "Egypt relied on alert troops near Libya.",
]


@pytest.mark.parametrize("text", NO_MOBILIZATION)
def test_alert_state_needs_its_frame(extract: Any, text: str) -> None:
    """No mobilisation without forces put in the state and someone faced."""
    graph = extract(text, published="2015-05-15")
    assert not pairs(graph, "mobilized"), pairs(graph, "mobilized")


def test_alert_state_keeps_trials(extract: Any) -> None:
    """ "put X on trial" stays a trial of X (kg/extract/court_idioms.py), not a second claim."""
    graph = extract("Uganda put Kizza Besigye on trial in Kampala.", published="2015-05-15")
    assert pairs(graph, "sanctioned") == {("Uganda", "Kizza Besigye")}
