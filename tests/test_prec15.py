"""Status on held-out news (prec15): "reportedly" tells what sources report as done, so a
deed it hedges is occurred (the annotated news sets give "has reportedly killed", "reportedly
fled" as occurred), while "allegedly", "purportedly" and a modal still make it hypothetical
(kg/data/en/cues.json, hypothetical_words); a headline whose root verb has a subject and a bare
"to" ("Kenya to host talks with Somalia") tells what will happen, as its "acl" reading already
did (kg/extract/qualifiers.py, _headline_future). Sentences are about other actors than the
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
    # a headline's subject and bare "to" on its root verb tell what will happen
    ("Kenya to host talks with Somalia", ("Kenya", "met", "Somalia"), "planned"),
    ("China to send troops to Mali", ("China", "mobilized", "Mali"), "planned"),
    ("Russia to arm Syrian government", ("Russia", "supported", "Syrian government"), "planned"),
    # ... not a headline in the present, nor a "to" that a noun governs
    ("Russia arms Syrian government", ("Russia", "supported", "Syrian government"), "occurred"),
    ("Visa became the first sponsor to warn FIFA.", ("Visa", "threatened", "FIFA"), "occurred"),
    (
        "Russia armed the Syrian government.",
        ("Russia", "supported", "Syrian government"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), STATUSES)
def test_prec15_statuses(extract: Any, sentence: str, triple: Triple, status: str) -> None:
    """The claim is made with exactly this status."""
    graph = extract(sentence)
    assert statuses(graph, triple) == {status}, sorted(triples(graph))
