"""A correspondent's name before a comma and "reporting" ("Al Jazeera's X, reporting from Y",
"X, also reporting from Y"; ``reporter_names`` in cues.json, kg/resolve/entities.py
``_reporting_after``, near64): the model, misled by the "from" after it, reads many such
names as a town's or a place's; the name is a person's. A name the model read as an
organisation's ("The Associated Press, reporting from ...") and a one-word name ("Reuters")
stay organisations. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

PEOPLE = [
    (
        "Al Jazeera's Kamala Veerasingam, reporting from Colombo, said the vote was calm.",
        "Kamala Veerasingam",
    ),
    (
        "Al Jazeera's Aden Farah, reporting from Colombo, said the situation was tense.",
        "Aden Farah",
    ),
    (
        "Al Jazeera's Denver Okafor, also reporting from Kathmandu, said the situation was tense.",
        "Denver Okafor",
    ),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_reporter_names_person(extract: Any, text: str, name: str) -> None:
    """The correspondent is a person."""
    assert node_types(extract(text)).get(name) == "Person"


KEPT = [
    ("Reuters, reporting from Kabul, said ten people died.", "Reuters"),
    ("The Associated Press, reporting from Kabul, said ten people died.", "Associated Press"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_reporter_names_kept(extract: Any, text: str, name: str) -> None:
    """An agency reporting from a place stays an organisation."""
    assert node_types(extract(text)).get(name) == "Organization"
