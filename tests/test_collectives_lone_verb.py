"""A collective's span never runs over its sentence's verb (kg/resolve/collectives.py,
``lone_verb``): where the parser read a clause as one noun phrase ("Threats by Moscow against
Kiev alarmed diplomats": "alarmed" an adjective), the past form is the sentence's one verb, so
the name before it ends there and does not own the noun after it. A past form in a sentence
with a verb of its own stays a modifier ("US elected officials met ..."). Sentences of our own
about other actors than the article the miss was seen in.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _mention_texts(graph: Any) -> set[str]:
    """The text of every mention of the graph."""
    return {m.text for ms in graph.mentions.values() for m in ms}


@pytest.mark.parametrize(
    ("text", "name", "swallowed"),
    [
        (
            "Threats by Moscow against Kiev alarmed diplomats.",
            "Kiev",
            "Kiev alarmed diplomats",
        ),
        (
            "Threats by Tehran against Riyadh worried officials.",
            "Riyadh",
            "Riyadh worried officials",
        ),
        (
            "Strikes by Israel on Gaza angered protesters.",
            "Gaza",
            "Gaza angered protesters",
        ),
    ],
)
def test_collectives_name_ends_before_lone_verb(
    extract: Any, text: str, name: str, swallowed: str
) -> None:
    """The name is a mention of its own, and no mention runs over the verb after it."""
    texts = _mention_texts(extract(text))
    assert name in texts
    assert not any(swallowed.split()[1] in t for t in texts)


def test_collectives_lone_verb_claim_object(extract: Any) -> None:
    """The attack's object is the place named, not a group made of the place and the verb."""
    found = triples(extract("Strikes by Israel on Gaza angered protesters."))
    assert ("Israel", "attacked", "Gaza") in found
    assert not any("angered" in o for _, _, o in found)


@pytest.mark.parametrize(
    ("text", "collective"),
    [
        ("US elected officials met in Washington.", "US elected officials"),
        ("Libya's warring factions met in Geneva.", "Libya's warring factions"),
        ("Senior US diplomats arrived in Kabul.", "Senior US diplomats"),
    ],
)
def test_collectives_modifier_kept_beside_a_verb(extract: Any, text: str, collective: str) -> None:
    """A participle or adjective in a sentence with a verb of its own stays in the span."""
    assert collective in _mention_texts(extract(text))
