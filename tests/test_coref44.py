"""References that reach their actor (coref44).

A "them" only people can be ("police arrested them", "used tear gas to disperse them"), or a
"they" subject of a verb only actors do ("they launched an attack", "they said"), is not
blocked by a plural noun of things between it and its antecedent ("protesters blocked
roads"; a body of people such as "rival groups" still blocks), and inside a quote takes the
people the quote names before it; a second named plural actor in between still leaves it
unresolved, and so does a verb that takes things too (kg/extract/animate_refs.py,
kg/extract/actor_coref.py ``plural_between``). An infinitive of purpose shares its head's
subject, which the pronoun never stands for ("police used tear gas to disperse them",
``own_subjects``). Sentences of our own.
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
            "When protesters blocked roads in Lagos, police arrested them.",
            ("police", "sanctioned", "protesters"),
        ),
        (
            "Kenyan police said that after students occupied buildings at the university, "
            "officers detained them.",
            ("Kenyan police", "sanctioned", "students"),
        ),
        (
            '"When protesters block roads in Accra, police use tear gas to disperse them," '
            "a resident said.",
            ("police", "attacked", "protesters"),
        ),
        # a "they" subject of a verb only actors do
        (
            "Al-Shabab fighters captured several towns in the south before they launched an "
            "attack on Kismayo.",
            ("al-Shabab", "attacked", "Kismayo"),
        ),
        (
            "Houthi fighters shelled several villages on Monday, and they said they would "
            "attack Aden.",
            ("Houthis", "attacked", "Aden"),
        ),
    ],
)
def test_actor_coref_people_pronoun_passes_things(
    extract: Any, text: str, expected: Triple
) -> None:
    """A "them" only people can be reaches the people past a plural noun of things."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a verb whose object may be a place: "them" may be the villages
        (
            "When the rebels seized several villages, government troops attacked them.",
            ("government troops", "attacked", "rebels"),
        ),
        (
            "When protesters blocked roads in Lagos, police cleared them.",
            ("police", "sanctioned", "protesters"),
        ),
        # two named plural actors before the pronoun: a tie, left unresolved
        (
            "Protesters blocked roads while students occupied buildings, and police arrested them.",
            ("police", "sanctioned", "Protesters"),
        ),
        (
            "Protesters blocked roads while students occupied buildings, and police arrested them.",
            ("police", "sanctioned", "students"),
        ),
        # a plural noun of a body of people between ("rival groups") still blocks
        (
            "Protesters attacked the offices of rival groups, and police arrested them.",
            ("police", "sanctioned", "Protesters"),
        ),
        # a quoted "them" whose antecedent is outside the quote: the speaker's to say
        (
            'Protesters gathered in Accra on Monday. "Police arrested them," a witness said.',
            ("Police", "sanctioned", "Protesters"),
        ),
    ],
)
def test_actor_coref_people_pronoun_guards(extract: Any, text: str, absent: Triple) -> None:
    """No antecedent when the verb takes things too, two actors tie, or the quote names none."""
    assert absent not in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When students gathered outside parliament, riot police fired tear gas to disperse "
            "them.",
            ("riot police", "attacked", "students"),
        ),
        (
            "Protesters gathered in Accra. Police fired tear gas to disperse them.",
            ("Police", "attacked", "Protesters"),
        ),
        (
            '"But when there is violence, tyres burning and students blocking streets, police '
            "use tear gas to disperse them.",
            ("police", "attacked", "students"),
        ),
    ],
)
def test_actor_coref_purpose_infinitive_is_not_its_own_object(
    extract: Any, text: str, expected: Triple
) -> None:
    """ "police fired tear gas to disperse them": the pronoun is the others, not the police."""
    assert expected in triples(extract(text, published="2015-06-10"))
