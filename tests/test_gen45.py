"""Criticism said as a verdict (issue 12, gen45).

1. A reported act that goes or runs against a norm ("critics say his bid goes against the
   constitution") is a wrongdoing, as "violates" is: the speaker criticises its doer
   (``wrong_courses`` of ``evaluations`` in kg/data/en/cues.json, kg/extract/evaluations.py).
   Not against a side ("the vote went against the government") or a norm denied or doubted.
2. "An attempt" is an act its owner did ("said Kagame's attempt to ... was illegal";
   ``act_nouns`` of ``evaluations``).
3. "What X called Y's <disparaging act>" ("address what he called Iran's destabilizing
   activities", "what she called a racist campaign by the league") is X's verdict on the
   act's doer (kg/extract/verdicts.py ``_what_called``); a neutral or a positive name is none.
4. People of a kind coordinated with another group ("Opposition leaders and rights groups
   condemned X") are both subjects: the word in front of a member noun ("Opposition" of
   "Opposition leaders") is part of its own name, no organisation owning it
   (kg/extract/interactions.py ``_member_orgs``); "HDP figures" still act for the HDP.
5. A criticism of a fault "of" an actor ("denounced the hypocrisy of the United States")
   criticises its holder (``owners_of`` with ``faults.nouns``), and "authoritarian",
   "corrupt", "repressive", "dictatorial" and "undemocratic" are faults said of an actor
   ("said the ruling party became authoritarian"; ``faults.adjectives``).
6. A view of someone with a verdict word as the noun after "as" or its modifier ("sees Iran
   as a major foe", "regards the PKK as a terrorist group"; ``regarding`` and ``foes`` of
   ``verdict_words``) criticises them; a word deeper in the phrase does not.
7. A demand for a leaving named in front of the noun ("called for Blatter resignation")
   reproaches that person as "Blatter's resignation" does, and a relative clause's demand
   is its antecedent's ("Platini, who had called for ..."; kg/extract/reproaches.py).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rights groups say that Kagame's bid for a third term goes against the constitution.",
            ("Rights groups", "Kagame"),
        ),
        (
            "The European Union said Hungary's new media law runs against the spirit of the "
            "treaty.",
            ("European Union", "Hungary"),
        ),
        (
            "Amnesty International said that Nicaragua's crackdown on protesters went against "
            "the law.",
            ("Amnesty International", "Nicaragua"),
        ),
        (
            "Amnesty International said that Kabila's attempt to delay the vote was illegal.",
            ("Amnesty International", "Kabila"),
        ),
    ],
)
def test_gen45_reported_wrongdoing(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A reported act against a norm, or an illegal attempt, criticises its doer."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # against a side, not a norm
        "Analysts said the vote in Kenya's parliament went against Kenyatta.",
        # denied, doubted
        "Rights groups did not say that Kagame's bid goes against the constitution.",
        "Rights groups asked whether Kagame's bid goes against the constitution.",
        # an attempt that is no verdict
        "Human Rights Watch said that Kabila's attempt to delay the vote was a surprise.",
    ],
)
def test_gen45_no_reported_wrongdoing(extract: Any, text: str) -> None:
    """No norm broken, or no verdict given: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merkel said Germany would confront what she called Russia's \"destabilising "
            'actions" in Ukraine.',
            ("Angela Merkel", "Russia"),
        ),
        (
            "Erdogan hit back at what he called a racist campaign by the European Parliament.",
            ("Recep Tayyip Erdogan", "European Parliament"),
        ),
        (
            "China vowed to respond to what it called the US navy's illegal patrols.",
            ("China", "US navy"),
        ),
    ],
)
def test_gen45_what_called(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "what X called Y's destabilising actions": X criticises Y."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # a neutral or a positive name
        "Merkel welcomed what she called Russia's new proposal on Ukraine.",
        "Modi praised what he called a historic agreement by Bangladesh.",
        # a bad thing that is no one's act
        "Obama spoke about what he called a dangerous situation in Yemen.",
    ],
)
def test_gen45_what_called_not_a_verdict(extract: Any, text: str) -> None:
    """A name that is no verdict, or a verdict on no one's act: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


def test_gen45_what_called_under_a_criticism(extract: Any) -> None:
    """ "rejected what it called X's illegal patrols": the verb above is the criticism, said;
    the naming under it adds no claim denied by "rejected"."""
    graph = extract(
        "China rejected what it called the US navy's illegal patrols.", published="2015-06-10"
    )
    found = claims_between(graph, "China", "criticized", "US navy")
    assert found
    assert {c.qualifiers.status.value for c in found} == {"occurred"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opposition leaders and rights groups condemned Museveni.",
            {("Opposition leaders", "Museveni"), ("rights groups", "Museveni")},
        ),
        (
            "Opposition figures and human rights groups denounced Kabila.",
            {("Opposition figures", "Kabila"), ("human rights groups", "Kabila")},
        ),
        # a named party's members still act for it
        ("Some HDP figures condemned Erdogan.", {("HDP", "Recep Tayyip Erdogan")}),
    ],
)
def test_gen45_coordinated_people_of_a_kind(
    extract: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    """Both coordinated groups criticise; a member noun's own name word owns nothing."""
    assert expected <= pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow denounced the hypocrisy of the European Union.",
            ("Russia", "European Union"),
        ),
        (
            "Ethiopian Jews protested against the brutality of the Israeli police.",
            ("Ethiopian Jews", "Israeli police"),
        ),
        (
            "The opposition leader Sam Rainsy said that the Cambodian People's Party had "
            "become increasingly authoritarian.",
            ("Sam Rainsy", "Cambodian People's Party"),
        ),
        (
            "Raila Odinga said that Uhuru Kenyatta was corrupt.",
            ("Raila Odinga", "Uhuru Kenyatta"),
        ),
    ],
)
def test_gen45_faults(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A fault of an actor, denounced or said, criticises the actor."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # a failure of talks is nobody's fault
        "The opposition in Togo condemned the failure of the talks.",
        # not said: asked, or negated
        "Reporters asked whether the Cambodian People's Party was authoritarian.",
        "Raila Odinga said that Uhuru Kenyatta was not corrupt.",
        # corrupt officials arrested: no verdict on an actor
        "Nigeria's police said corrupt officials were arrested in Lagos.",
    ],
)
def test_gen45_no_fault(extract: Any, text: str) -> None:
    """No actor holds the fault, or it is not said: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nusra Front sees Hezbollah as a major foe.", ("Nusra Front", "Hezbollah")),
        ("Ankara regards the PKK as a terrorist group.", ("Turkey", "Kurdistan Workers' Party")),
        (
            "Egypt's government views the Muslim Brotherhood as an enemy of the state.",
            ("Egypt's government", "Muslim Brotherhood"),
        ),
    ],
)
def test_gen45_regarded_as_foe(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "X sees Y as a foe": X criticises Y."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        "Russia sees China as a strategic partner.",
        # the verdict word deeper in the phrase is not said of the one seen
        "Hamas sees the vote as a chance to oust the dictator.",
        "Germany regards the talks with Greece as a chance to avert a disaster.",
    ],
)
def test_gen45_regarded_not_foe(extract: Any, text: str) -> None:
    """A view with no verdict word on its object: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


def test_gen45_view_is_the_relative_clause_s(extract: Any) -> None:
    """The view is the royalists' (a described group), not the army's coordinated before them."""
    text = (
        "The junta is backed by the Thai army and staunch royalists who see Thaksin's family "
        "as a corrupt threat."
    )
    critics = {s for s, _ in pairs(extract(text, published="2015-06-10"), "criticized")}
    assert critics == {"staunch royalists"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters in Pretoria demanded the Zuma resignation.", ("Protesters", "Jacob Zuma")),
        (
            "Raila Odinga, who had called for Kenyatta resignation over the scandal, spoke in "
            "Nairobi.",
            ("Raila Odinga", "Uhuru Kenyatta"),
        ),
    ],
)
def test_gen45_leaving_demanded(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A demand that someone resign, named in front of the noun or said in a relative
    clause, criticises them."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


def test_gen45_leaving_not_a_compound_body(extract: Any) -> None:
    """A common noun in front ("a Senate resignation vote") is no one whose leaving is asked."""
    graph = extract("The opposition called for a Senate resignation vote.", published="2015-06-10")
    assert not pairs(graph, "criticized")
