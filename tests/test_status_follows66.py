"""Status that follows the text (status66, kg/extract/qualifiers.py): a word that only looks
like a cue sets no status. A hedge verb with nothing it doubts is literal ("appeared in
court"), a month is no modal ("earlier this May"), "due to" and "owing to" give a cause, not
a schedule, an act paused or halted "in" ("a halt in air strikes") is going on, and "cannot
do X without Y" is a condition, not a refusal."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # a hedge verb with no complement is meant literally; with one it doubts the claim
    (
        "The Taliban leader has appeared in only one video since his fighters seized Kunduz"
        " last year.",
        ("Taliban", "attacked", "Kunduz"),
        "occurred",
    ),
    (
        "Kagame appeared on state television hours after Rwandan troops shelled the Congolese"
        " village.",
        ("Rwandan troops", "attacked", "Democratic Republic of the Congo"),
        "occurred",
    ),
    ("It seems that Iran armed the Houthis.", ("Iran", "supported", "Houthis"), "hypothetical"),
    # the month May is no modal; the modal is
    (
        "Earlier this May, Greenpeace accused Brazilian authorities of ignoring illegal logging.",
        ("Greenpeace", "criticized", "Brazilian authorities"),
        "occurred",
    ),
    (
        "Last May, Ukrainian troops shelled the separatist stronghold of Donetsk.",
        ("Ukrainian troops", "attacked", "Donetsk"),
        "occurred",
    ),
    (
        "Greenpeace may criticize the Brazilian government.",
        ("Greenpeace", "criticized", "Brazilian government"),
        "hypothetical",
    ),
    # "due to" a cause: the cause took place, whatever the clause's mood; "is due to" plans
    (
        "The talks collapsed due to Russia's support for the separatists.",
        ("Russia", "supported", "separatists"),
        "occurred",
    ),
    (
        "Flights were cancelled due to the Saudi air strikes on Houthi positions.",
        ("Saudi Arabia", "attacked", "Houthis"),
        "occurred",
    ),
    ("Kenya is due to host talks with Somalia next week.", ("Kenya", "met", "Somalia"), "planned"),
    # a pause or halt "in" an act: the act goes on; the act itself considered is not done
    (
        "Russia is considering a pause in its air strikes on Syrian rebels.",
        ("Russia", "attacked", "Syrian rebels"),
        "occurred",
    ),
    (
        "Egypt called for a halt in Israeli air strikes on Gaza.",
        ("Israel", "attacked", "Gaza"),
        "occurred",
    ),
    (
        "Russia is considering air strikes on Syrian rebels.",
        ("Russia", "attacked", "Syrian rebels"),
        "hypothetical",
    ),
    # an ability denied for want of something is a condition; a plain "cannot" denies
    (
        "The Afghan army cannot defeat the Taliban without American air support.",
        ("Afghan army", "attacked", "Taliban"),
        "hypothetical",
    ),
    (
        "Kiev could not fight the separatists without Western weapons.",
        ("Ukraine", "attacked", "separatists"),
        "hypothetical",
    ),
    (
        "The Nigerian army cannot fight Boko Haram.",
        ("Nigerian army", "attacked", "Boko Haram"),
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "triple", "expected"), CASES)
def test_status_follows_the_text(
    extract: Any, text: str, triple: tuple[str, str, str], expected: str
) -> None:
    """Each sentence's claim has the status its words give, not one a look-alike cue gives."""
    assert statuses(extract(text), triple) == {expected}
