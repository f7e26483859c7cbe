"""An object "it" described as a group (coref37).

"Western diplomats still see it as a hardline group", "Washington regards it as a terrorist
organisation", "the United States branded it a terrorist group": an "it" that a verb of
``described_it_verbs`` (kg/data/en/nominals.json) describes "as" a noun of ``group_nouns``, or
gives one as a second object, is a named group or organisation: the one named by name earlier
in its sentence, else in the sentence before, never the verb's own subject
(kg/extract/actor_coref.py ``_described_it``, ``_described_antecedent``). Two candidates, or a
description that is no group ("a key partner"), leave it open. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interview appeared to be an attempt by al-Shabab to cast itself as a Somali"
            " national movement. Kenya still sees it as a dangerous, hardline group.",
            ("Kenya", "al-Shabab"),
        ),
        (
            "Al-Shabab was founded in 2006. Washington regards it as a terrorist organisation.",
            ("United States", "al-Shabab"),
        ),
        (
            "Boko Haram grew in Borno state. In 2013 the United States branded it a terrorist"
            " group.",
            ("United States", "Boko Haram"),
        ),
    ],
)
def test_coref37_described_it_is_the_group(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """An "it" seen, regarded or branded as a group is the group named before."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # two groups named before: no guess
        (
            "Al-Shabab fought Hizbul Islam in 2009 and Boko Haram fought Ansaru in Nigeria."
            " Washington regards it as a terrorist organisation.",
            "United States",
        ),
        # a description that is no group
        (
            "Hamas won the elections in 2006. Qatar regards it as a legitimate partner.",
            "Qatar",
        ),
    ],
)
def test_coref37_described_it_stays_open(extract: Any, text: str, unexpected: str) -> None:
    """Two candidate groups, or no group noun: the pronoun is left unresolved."""
    graph = extract(text, published="2015-06-10")
    assert not {s for s, _ in pairs(graph, "criticized")} & {unexpected}
