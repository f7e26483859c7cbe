"""Idioms of a verb, its actor object and a fixed noun after a preposition (crit54,
``kg/extract/court_idioms.py``): "took the government to court" and "dragged X before a
tribunal" (a lawsuit, criticized 115), "took X to task" (criticized 111), "held X to
account" (criticized 112), "put X on trial" (sanctioned 173). A thing taken to court, a
sports court and a person escorted to court are none. Sentences of our own, about actors
other than the check sets'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases, statuses

MADE = [
    (
        "Greenpeace took the Dutch government to court in 2013.",
        ("Greenpeace", "criticized", "Dutch government"),
    ),
    (
        "The Philippines took China to an international tribunal over the South China Sea.",
        ("Philippines", "criticized", "China"),
    ),
    (
        "Argentina took the United States to the Supreme Court.",
        ("Argentina", "criticized", "United States"),
    ),
    ("Shell was taken to court by Greenpeace.", ("Greenpeace", "criticized", "Shell")),
    ("Greenpeace hauled Shell and BP before a tribunal.", ("Greenpeace", "criticized", "BP")),
    (
        "Ecuador, which was taken to court by Chevron, refused to pay.",
        ("Chevron", "criticized", "Ecuador"),
    ),
    (
        "Prime Minister Narendra Modi took Pakistan to task over the attacks.",
        ("Narendra Modi", "criticized", "Pakistan"),
    ),
    (
        "Chancellor Angela Merkel took Volkswagen to task for the scandal.",
        ("Angela Merkel", "criticized", "Volkswagen"),
    ),
    ("Egypt put Mohamed Morsi on trial in 2014.", ("Egypt", "sanctioned", "Mohamed Morsi")),
    ("Hamas held Israel to account for the crimes.", ("Hamas", "criticized", "Israel")),
]

NOT_MADE = [
    # a sports court is a ground
    (
        "Rafael Nadal took Roger Federer to the centre court on Sunday.",
        ("Rafael Nadal", "criticized", "Roger Federer"),
    ),
    # "brought to court" escorts a defendant
    (
        "Kenyan police brought Ahmed Said to court on Monday.",
        ("Kenyan police", "criticized", "Ahmed Said"),
    ),
    # a force that takes a detainee to court escorts him (review54 item 1)
    (
        "Police took Ahmed Mansour to court in Cairo on Monday.",
        ("Police", "criticized", "Ahmed Mansour"),
    ),
    (
        "Egyptian police took Alaa Abd El Fattah to court in handcuffs.",
        ("Egyptian police", "criticized", "Alaa Abd El Fattah"),
    ),
    (
        "Mansour was taken to court by the police on Monday.",
        ("police", "criticized", "Adly Mansour"),
    ),
    # another verb: a court visited
    ("Barack Obama took Angela Merkel to dinner.", ("Barack Obama", "criticized", "Angela Merkel")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(MADE, NOT_MADE))
def test_court_idioms(extract: Any, text: str, kept: Triple | None, removed: Triple | None) -> None:
    """The idiom's doer acts on its actor object; a thing, a ground, an escort: no claim."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        (
            "Activists in Nairobi vowed to take the Kenyan government to court.",
            ("Activists", "criticized", "Kenyan government"),
            "planned",
        ),
        ("Kenya did not take Somalia to court.", ("Kenya", "criticized", "Somalia"), "denied"),
    ],
)
def test_court_idioms_status(extract: Any, text: str, triple: Triple, status: str) -> None:
    """The idiom's clause gives its status: a vow is planned, a negation denies."""
    assert status in statuses(extract(text), triple)


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers for Juan Gomez took his case to a higher court.",
        "The Uganda Law Society took the land dispute to court.",
    ],
)
def test_court_idioms_thing_taken(extract: Any, text: str) -> None:
    """A case or a dispute taken to court names no one criticised."""
    graph = extract(text)
    assert not [r for r in graph.claims if r.predicate.value == "criticized"]
