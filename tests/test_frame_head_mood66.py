"""An event in a frame phrase on a past verb that plans or proposes ("vowed revenge after the
attack on X", "offered aid after talks with X") took place: the frame dates the verb's own
deed, and the verb's word is about what it takes, not about the event (probeB66;
kg/extract/qualifiers.py ``_chain_cues``). A future auxiliary, or a plan verb above the
frame's verb, still makes the framed event planned."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses


def _article(sentence: str) -> str:
    """A headline, then the sentence as the story's first paragraph."""
    return f"World news in brief\n\nNAIROBI (Reuters) - {sentence}"


CASES = [
    # the frame phrase hangs on a past verb of vowing, promising, offering or planning
    (
        "Nigeria vowed revenge after the Boko Haram attack on its soldiers in Baga.",
        ("Boko Haram", "attacked", "Nigeria"),
        "occurred",
    ),
    (
        "Uganda promised more troops after the al-Shabab raid on its base in Somalia.",
        ("al-Shabab", "attacked", "Uganda"),
        "occurred",
    ),
    (
        "Norway offered new funding after talks with Mahmoud Abbas in Oslo.",
        ("Norway", "met", "Mahmoud Abbas"),
        "occurred",
    ),
    (
        "Ghana proposed a new trade corridor following a meeting with Roch Kabore.",
        ("Ghana", "met", "Roch Kabore"),
        "occurred",
    ),
    # close cases: the framed event is still to come
    (
        "Ghana will open a new trade corridor after a meeting with Roch Kabore next week.",
        ("Ghana", "met", "Roch Kabore"),
        "planned",
    ),
    (
        "Norway plans to fund a new clinic after talks with Mahmoud Abbas next month.",
        ("Norway", "met", "Mahmoud Abbas"),
        "planned",
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), CASES)
def test_frame_head_mood(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """The framed event's status: its own, not the word of the verb the frame dates."""
    graph = extract(_article(text), published="2015-05-15")
    found = statuses(graph, triple) | statuses(graph, (triple[2], triple[1], triple[0]))
    assert found == {status}
