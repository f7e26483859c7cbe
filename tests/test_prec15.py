"""Status on held-out news (prec15): "reportedly" tells what sources report as done, so a
deed it hedges is occurred (the annotated news sets give "has reportedly killed", "reportedly
fled" as occurred), while "allegedly", "purportedly" and a modal still make it hypothetical
(kg/data/en/cues.json, hypothetical_words). Sentences are about other actors than the
articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, statuses, triples

# published 2025-08-08, a Friday
STATUSES = [
    # a reported deed took place, as the report tells it
    ("Rwanda reportedly armed the M23 rebels.", ("Rwanda", "supported", "M23"), "occurred"),
    (
        "Russia has reportedly supplied weapons to the Taliban.",
        ("Russia", "supported", "Taliban"),
        "occurred",
    ),
    (
        "Pakistani jets reportedly bombed Taliban hideouts in North Waziristan on Sunday.",
        ("Pakistani army", "attacked", "Taliban"),
        "occurred",
    ),
    (
        "Boko Haram fighters have reportedly attacked the town of Baga, killing dozens.",
        ("Boko Haram", "attacked", "Baga"),
        "occurred",
    ),
    # ... an allegation or a purported deed is still in doubt
    ("Rwanda allegedly armed the M23 rebels.", ("Rwanda", "supported", "M23"), "hypothetical"),
    ("Rwanda purportedly armed the M23 rebels.", ("Rwanda", "supported", "M23"), "hypothetical"),
    # ... and so is a deed a modal makes possible, reported or not
    (
        "Rwanda could reportedly arm the M23 rebels.",
        ("Rwanda", "supported", "M23"),
        "hypothetical",
    ),
    # ... and a reported plan stays a plan
    (
        "Turkey is reportedly planning to send troops to Qatar.",
        ("Turkey", "mobilized", "Qatar"),
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), STATUSES)
def test_prec15_statuses(extract: Any, sentence: str, triple: Triple, status: str) -> None:
    """The claim is made with exactly this status."""
    graph = extract(sentence)
    assert statuses(graph, triple) == {status}, sorted(triples(graph))
