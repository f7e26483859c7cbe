"""Criticism aimed where its sentence points (crit63, kg/extract/interactions.py): a criticism
noun with its maker named but no target, answered or met by someone ("dismissed Australian
criticism", "faced Polish criticism"), is aimed at who answers or meets it
(``answered_stances`` in cues.json); a stance on an act the same sentence tells with no owner
on its noun ("announced a law, which was criticised by X", "a move condemned by X", "in
comments dismissed by X", "a move described by X as illegal") is a stance on the act's doer
(``interactions.clause_act_doers``, read by ``verdicts.act_doers`` too). Sentences of our
own, about other actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # a criticism answered: its maker criticised who dismisses, shrugs off or rebuffs it
    (
        "Duterte dismissed Australian criticism of his drug war.",
        ("Australia", "criticized", "Rodrigo Duterte"),
    ),
    ("Orban shrugged off German criticism.", ("Germany", "criticized", "Viktor Orbán")),
    ("Kagame has ignored Belgium's condemnation.", ("Belgium", "criticized", "Kagame")),
    (
        "Ortega rebuffed criticism from Amnesty International.",
        ("Amnesty International", "criticized", "Ortega"),
    ),
    # ... or met: its owner names its maker as "from" does
    (
        "Lukashenko faced Polish criticism over the election.",
        ("Poland", "criticized", "Alexander Lukashenko"),
    ),
    # an act its own sentence tells: a relative clause, passive or with the pronoun its object
    (
        "Erdogan announced a new internet law, which was criticised by Human Rights Watch.",
        ("Human Rights Watch", "criticized", "Recep Tayyip Erdogan"),
    ),
    (
        "Duterte unveiled a security plan which Amnesty International criticised.",
        ("Amnesty International", "criticized", "Rodrigo Duterte"),
    ),
    # a noun summing up the clause, and the act whose "to" the antecedent follows
    (
        "Egypt banned the march, a move condemned by Amnesty International.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
    (
        "Putin called for a halt to the drills, which was slammed as reckless by Lukashenko.",
        ("Alexander Lukashenko", "criticized", "Vladimir Putin"),
    ),
    # named as something bad: the participle's own agent is not the act's owner
    (
        "Kagame launched a crackdown on the press, a move described by Amnesty International "
        "as illegal.",
        ("Amnesty International", "criticized", "Kagame"),
    ),
    (
        "Orban announced a new media law, which Human Rights Watch described as illegal.",
        ("Human Rights Watch", "criticized", "Viktor Orbán"),
    ),
    # comments are the speaker's, not the reported clause's subject's
    (
        "Maduro said the opposition had staged a coup, in comments dismissed as baseless by "
        "Juan Guaido.",
        ("Juan Guaido", "criticized", "Nicolás Maduro"),
    ),
    (
        "Maduro said the opposition had broken the law, in comments praised by Evo Morales.",
        ("Evo Morales", "supported", "Nicolás Maduro"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # an act the subject takes a stance on is someone else's
    (
        "Uganda rejected the plan, which was criticised by Amnesty International.",
        ("Amnesty International", "criticized", "Uganda"),
    ),
    (
        "Russia vetoed the resolution, which was backed by France.",
        ("France", "supported", "Russia"),
    ),
    # a relative clause on a thing, or on people, is about them, not about the subject's act
    (
        "Erdogan visited the school, which was criticised by Kemal Kilicdaroglu.",
        ("Kemal Kilicdaroglu", "criticized", "Recep Tayyip Erdogan"),
    ),
    (
        "Police arrested the activists, who were praised by Amnesty International.",
        ("Amnesty International", "supported", "Police"),
    ),
    # a denied claim with a content clause is about whom the clause names
    (
        "Russia denied Ukrainian claims that rebels had shelled the town.",
        ("Ukraine", "criticized", "Russia"),
    ),
    # comments with no one saying them: no speaker to criticise
    (
        "The army had no will to fight, in comments dismissed as baseless by Juan Guaido.",
        ("Juan Guaido", "criticized", "army"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_answered_acts_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A criticism answered or met is aimed at who answers or meets it; a stance on an act
    told in the same sentence is a stance on its doer."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_answered_acts_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """Not for an act the subject takes a stance on, a clause on a thing or on people, a claim
    with a content clause of its own, or comments no one is said to make."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)
