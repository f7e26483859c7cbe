"""Trigger verbs in a sense that is no interaction (kg/extract/verb_senses.py): a government
voted out is no coup, a person's rights violated are no norm he set."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

VOTED_OUT = [
    (
        "The Labour Party toppled the government of Prime Minister John Major in a landslide "
        "victory.",
        "Labour Party",
    ),
    ("The opposition alliance toppled the ruling Socialist Party in the 2015 election.", None),
    (
        "The Liberal Party won a landslide, toppling the government of Prime Minister Stephen "
        "Harper.",
        "Liberal Party",
    ),
]


@pytest.mark.parametrize(("text", "winner"), VOTED_OUT)
def test_verb_senses_government_voted_out_is_no_attack(
    extract: Any, text: str, winner: str | None
) -> None:
    """An ousting verb told of an election ("in a landslide victory", "in the election", "won a
    landslide, toppling ...") gives no attack (CAMEO 180)."""
    graph = extract(text)
    attacks = [c for c in graph.claims if c.predicate.value == "attacked"]
    assert attacks == []
    if winner is not None:
        assert winner in {e.label for e in graph.entities.values()}


COUPS = [
    (
        "Thailand's army toppled the government of Yingluck Shinawatra after the disputed "
        "election.",
        "Thailand's army",
        "Yingluck Shinawatra",
    ),
    (
        "The Egyptian military ousted Mohamed Morsi, who had won the 2012 election.",
        "Egyptian military",
        "Mohamed Morsi",
    ),
    (
        "Rebels overthrew the government of President Francois Bozize in March 2013.",
        "Rebels",
        "Francois Bozize",
    ),
]


@pytest.mark.parametrize(("text", "doer", "ruler"), COUPS)
def test_verb_senses_coup_near_an_election_stays_an_attack(
    extract: Any, text: str, doer: str, ruler: str
) -> None:
    """An election told as the time of a coup ("after the disputed election") or deeper in
    the sentence ("Morsi, who had won the election") leaves the attack."""
    graph = extract(text)
    assert [c.qualifiers.cameo for c in claims_between(graph, doer, "attacked", ruler)] == ["180"]


RIGHTS = [
    ("Rights groups say Egypt has violated Morsi's rights.", "Egypt", "Mohamed Morsi"),
    ("Activists say Saudi Arabia violated Raif Badawi's rights.", "Saudi Arabia", "Raif Badawi"),
    (
        "The judge ruled that Britain infringed on Abu Qatada's rights.",
        "United Kingdom",
        "Abu Qatada",
    ),
]


@pytest.mark.parametrize(("text", "violator", "owner"), RIGHTS)
def test_verb_senses_violated_rights_are_no_defied_norm(
    extract: Any, text: str, violator: str, owner: str
) -> None:
    """ "violated X's rights": X suffers it and set no norm, so the violator does not
    criticize (defy, CAMEO 128) X; the speaker's verdict on the violator stays."""
    graph = extract(text)
    assert not claims_between(graph, violator, "criticized", owner)


def test_verb_senses_speaker_verdict_on_violator_stays(extract: Any) -> None:
    """The reported verdict on who violated the rights is still read (evaluations)."""
    graph = extract("Activists say Saudi Arabia violated Raif Badawi's rights.")
    assert claims_between(graph, "Activists", "criticized", "Saudi Arabia")


DEFIED = [
    ("Iran defied the UN resolution on Yemen.", "Iran", "United Nations"),
    ("Israel violated the ceasefire with Hamas.", "Israel", "Hamas"),
]


@pytest.mark.parametrize(("text", "doer", "other"), DEFIED)
def test_verb_senses_defied_norm_stays(extract: Any, text: str, doer: str, other: str) -> None:
    """A resolution or a ceasefire defied is still a rejection of its issuer or other side."""
    graph = extract(text)
    assert [c.qualifiers.cameo for c in claims_between(graph, doer, "criticized", other)] == ["128"]


CONDEMNED_TO = [
    (
        "A Cairo court condemned Mohamed Badie to death on Saturday.",
        ("Cairo court", "sanctioned", "Mohamed Badie"),
    ),
    (
        "A Turkish court condemned Mustafa Demir to 10 years in prison.",
        ("Turkish court", "sanctioned", "Mustafa Demir"),
    ),
    (
        "Ahmed Maher was condemned to life in prison by a Cairo court.",
        ("Cairo court", "sanctioned", "Ahmed Maher"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CONDEMNED_TO)
def test_verb_senses_condemned_to_a_punishment_is_a_sentence(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "condemned X to death / to ten years in prison" is a court's sentence (CAMEO 173,
    sanctioned), not a criticism of X."""
    graph = extract(text)
    assert claims_between(graph, *triple), sorted(
        (graph.entities[c.subject].label, c.predicate.value) for c in graph.claims
    )
    assert not claims_between(graph, triple[0], "criticized", triple[2])


@pytest.mark.parametrize(
    "text",
    [
        "The embargo condemned Cubans to poverty, Fidel Castro said.",
        "Erdogan condemned Israel for the raid on the flotilla.",
    ],
)
def test_verb_senses_condemned_without_punishment_is_no_sentence(extract: Any, text: str) -> None:
    """ "condemned X to poverty" and a plain "condemned X" are no sentence."""
    graph = extract(text)
    assert not [c for c in graph.claims if c.predicate.value == "sanctioned"]


def test_verb_senses_sentence_given_by_a_court(extract: Any) -> None:
    """ "gave X a four-year sentence": the giver sanctions X (light verb "give")."""
    graph = extract("A Bahraini court gave Nabeel Rajab a four-year sentence.")
    assert claims_between(graph, "Bahraini court", "sanctioned", "Nabeel Rajab")
