"""Pronouns inside quotes (quote42).

A quoted "they"/"them"/"their" -> the one plural group or set of coordinated actors the
narrator named as a clause subject just before the quote (kg/extract/quoted_they.py); a
person's quoted "we" -> the one organisation or group the article makes them a member or
leader of, by a title that speaks for it (kg/extract/quoted_we.py, ``member_titles``); "X
operate under Y" -> X member_of Y (kg/extract/memberships.py, ``taking_part.under``).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthi rebels seized the port of Hodeidah on Monday. "
            '"They attacked the Yemeni army with rockets," a local resident said.',
            [("Houthis", "attacked", "Yemeni army")],
        ),
        (
            "Kenyan troops and Somali militias entered the town last week. "
            '"They attacked al-Shabab fighters at dawn," a farmer told reporters.',
            [
                ("Kenyan troops", "attacked", "al-Shabab"),
                ("Somali militias", "attacked", "al-Shabab"),
            ],
        ),
    ],
)
def test_quoted_they_takes_the_narrators_plural_subject(
    extract: Any, text: str, expected: list[Triple]
) -> None:
    """A quoted "they" is the plural actors the narrator's sentence before names as subject."""
    found = triples(extract(text))
    for triple in expected:
        assert triple in found


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # two plural subjects before the quote: no antecedent
        (
            "The Houthi rebels took the port while Kurdish fighters seized the airport. "
            '"They attacked the Yemeni army with rockets," a resident said.',
            [
                ("Houthis", "attacked", "Yemeni army"),
                ("Kurdish fighters", "attacked", "Yemeni army"),
            ],
        ),
        # "they" are things: the unnamed plural subject of the sentence before
        (
            "The drones of the Houthi rebels flew over the port on Monday. "
            '"They attacked the Yemeni army with rockets," a resident said.',
            [("Houthis", "attacked", "Yemeni army")],
        ),
        # a quote with the speaker's "we": "them" is the other side, not known here
        (
            "The Houthi rebels seized the port on Monday. "
            '"We will never let them attack the Yemeni army again," said Ali Saleh, a '
            "Yemeni officer.",
            [("Houthis", "attacked", "Yemeni army")],
        ),
    ],
)
def test_quoted_they_leaves_unsure_pronouns_open(
    extract: Any, text: str, unexpected: list[Triple]
) -> None:
    """Two candidate groups, a "they" of things, or a quote that sets "we" against them: no link."""
    found = triples(extract(text))
    for triple in unexpected:
        assert triple not in found


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        (
            '"We attacked the Mexican army with rockets," said Juan Perez, a member of the '
            "Zapatista Army of National Liberation.",
            ("Zapatista Army of National Liberation", "attacked", "Mexican army"),
            None,
        ),
        (
            '"We condemn the Colombian government for its brutality," said Maria Lopez, a '
            "leader of the Workers' Party.",
            ("Workers' Party", "criticized", "Colombian government"),
            None,
        ),
        # a journalist's "we" is not the broadcaster's
        (
            '"We condemn the Colombian government for its brutality," said Maria Lopez, a '
            "reporter for the BBC.",
            ("Maria Lopez", "criticized", "Colombian government"),
            ("BBC", "criticized", "Colombian government"),
        ),
        # a member of two bodies: neither
        (
            "Maria Lopez is a member of the Workers' Party and a member of the Green League.\n\n"
            '"We condemn the Colombian government for its brutality," Lopez said.',
            ("Maria Lopez", "criticized", "Colombian government"),
            ("Workers' Party", "criticized", "Colombian government"),
        ),
    ],
)
def test_quoted_we_of_a_member_is_their_one_body(
    extract: Any, text: str, expected: Triple, unexpected: Triple | None
) -> None:
    """A member's or leader's quoted "we" is their one body; a reporter's, or two bodies', none."""
    found = triples(extract(text))
    assert expected in found
    if unexpected is not None:
        assert unexpected not in found
        assert ("Green League", "criticized", "Colombian government") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthi rebels operate under the Supreme Revolutionary Committee.",
            {("Houthis", "member_of", "Supreme Revolutionary Committee")},
        ),
        ("The Houthi rebels operate under cover of darkness near Sanaa.", set()),
    ],
)
def test_memberships_operate_under_a_named_body(
    extract: Any, text: str, expected: set[Triple]
) -> None:
    """ "X operate under <named body>" -> X member_of it; "under cover of darkness", nothing."""
    found = {t for t in triples(extract(text)) if t[1] == "member_of"}
    assert found == expected
