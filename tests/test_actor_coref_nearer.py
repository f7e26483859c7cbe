"""Actor pronouns with a nearer antecedent than the sentence before's subject
(kg/extract/actor_coref.py): a subject earlier in the pronoun's own sentence, named or not.
Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs

NEARER = [
    # a named subject of a clause beside the pronoun's, before it in the sentence
    (
        "The Nigerian army said on Monday that rebels had entered Gwoza.\n\n"
        "While NATO confirmed it had carried out an air strike there, French officials "
        "said they had no information on casualties.",
        ("it", "NATO"),
        ("it", "Nigerian army"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), NEARER)
def test_actor_coref_it_takes_the_subject_beside_it(
    extract: Any, text: str, present: tuple[str, str], absent: tuple[str, str]
) -> None:
    """ "While X confirmed it had ...": "it" is X, not the subject of the sentence before."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert present in pairs
    assert absent not in pairs


UNNAMED = [
    # an unnamed singular subject before "it" in its sentence
    (
        "The Nigerian army said on Monday that rebels had entered Gwoza.\n\nWhile the mission "
        "confirmed it had conducted a strike there in the last two days, British officials "
        "said they had no information on casualties.",
        "it",
    ),
    # an unnamed plural subject of the sentence before "They"
    (
        "The air strikes on Sunday hit fuel depots held by Tuareg rebels near Kidal, Malian "
        "soldiers said. They followed similar raids on the airport.",
        "they",
    ),
]


@pytest.mark.parametrize(("text", "word"), UNNAMED)
def test_actor_coref_unnamed_subject_leaves_pronoun_unresolved(
    extract: Any, text: str, word: str
) -> None:
    """An unnamed noun subject nearer than any named actor leaves "it"/"they" unresolved."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert not {p for p in pairs if p[0] == word}


COORDINATED = [
    # the second conjunct's "its" is the first conjunct's, not the clause's subject
    (
        "Turkey refuses to deal with the Kurdistan Regional Government and its president "
        "John Barrow.",
        ("its", "Kurdistan Regional Government"),
        ("its", "Turkey"),
    ),
    # the title hung on the name the model coordinated
    (
        "Russia will not recognise the Syrian National Coalition and its President Khaled Khoja.",
        ("its", "Syrian National Coalition"),
        ("its", "Russia"),
    ),
    (
        "Washington sanctioned Hezbollah and its leader Hassan Nasrallah on Monday.",
        ("its", "Hezbollah"),
        ("its", "United States"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), COORDINATED)
def test_actor_coref_its_in_a_coordination_is_the_first_conjunct(
    extract: Any, text: str, present: tuple[str, str], absent: tuple[str, str]
) -> None:
    """ "the X and its president Y": "its" is X, not the subject of the clause."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert present in pairs, pairs
    assert absent not in pairs, pairs


def test_actor_coref_its_after_an_unnamed_first_conjunct(extract: Any) -> None:
    """An unnamed first conjunct ("the Lebanese state and its institutions") gives "its" no
    antecedent from the coordination."""
    pairs = mention_pairs(
        extract("Hezbollah said the Lebanese state and its institutions had failed."), "pronoun"
    )
    assert not any(p == "its" for p, _ in pairs), pairs
