"""Verdicts on an actor in more of the words and shapes journalists use (verdict60): the WordNet
words of a moral or competence verdict (``kg/data/en/judgements.json``, made by
tools/lexicon/judgements.py) said of an actor in a reported clause or a quote, a person noun
of judgement said of a named actor ("said X was a liar"), a verdict on an act in the
second of two coordinated reported clauses, a worse state or a ruin brought about ("said X
made Turkey worse") and an act the speaker describes or says is a wrong ("what it described
as X's aggression", "what it said was X's aggression"). Sentences of our own, about other
actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # WordNet adjectives of a verdict on an actor, in a reported clause or a quote
    (
        "Raila Odinga said the Kenyan police were venal and inept.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    (
        '"The Ugandan army is ruthless," Kizza Besigye said.',
        ("Kizza Besigye", "criticized", "Ugandan army"),
    ),
    (
        "Morgan Tsvangirai said the Zimbabwean government was greedy.",
        ("Morgan Tsvangirai", "criticized", "Zimbabwean government"),
    ),
    (
        "Garry Kasparov said the Russian government was totalitarian.",
        ("Garry Kasparov", "criticized", "Russian government"),
    ),
    # a WordNet quality noun its owner holds
    (
        "Raila Odinga said the venality of the Kenyan police shocked voters.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    # a person noun of judgement said of a named actor in a reported clause
    (
        "Kizza Besigye said Yoweri Museveni was a tyrant.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    (
        "Garry Kasparov said Vladimir Putin is a thief and a liar.",
        ("Garry Kasparov", "criticized", "Vladimir Putin"),
    ),
    (
        "Jacob Zuma said Julius Malema was a hypocrite.",
        ("Jacob Zuma", "criticized", "Julius Malema"),
    ),
    # ... or one of the hand list beside WordNet's (``evaluations.judged_people``)
    (
        "Kizza Besigye said Joseph Kony was a terrorist and a warmonger.",
        ("Kizza Besigye", "criticized", "Joseph Kony"),
    ),
    # a verdict on an act in the second of two coordinated reported clauses
    (
        "Morgan Tsvangirai said the police were brutal and Zambia's deportation of the "
        "activists was illegal.",
        ("Morgan Tsvangirai", "criticized", "Zambia"),
    ),
    (
        "Kizza Besigye said the vote was flawed and Kenya's closure of the border was a "
        "violation of the treaty.",
        ("Kizza Besigye", "criticized", "Kenya"),
    ),
    # the WordNet adjectives as the label of a naming verb, or a verdict on an act
    (
        "Alexis Tsipras called the German government greedy.",
        ("Alexis Tsipras", "criticized", "German government"),
    ),
    (
        "Kizza Besigye described the Ugandan police as ruthless.",
        ("Kizza Besigye", "criticized", "Ugandan police"),
    ),
    (
        "Raila Odinga said Tanzania's detention of the journalists was cruel.",
        ("Raila Odinga", "criticized", "Tanzania"),
    ),
    (
        "Kizza Besigye branded Yoweri Museveni a tyrant.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    # a worse state brought about, or a ruin, by the subject or by its act's owner
    (
        "Raila Odinga said the Kenyan government had made the country worse.",
        ("Raila Odinga", "criticized", "Kenyan government"),
    ),
    (
        '"Robert Mugabe made Zimbabwe worse," Morgan Tsvangirai said.',
        ("Morgan Tsvangirai", "criticized", "Robert Mugabe"),
    ),
    (
        "Jeremy Corbyn said the British government's austerity policy has made the crisis worse.",
        ("Jeremy Corbyn", "criticized", "British government"),
    ),
    (
        "Morgan Tsvangirai said Robert Mugabe has ruined the economy.",
        ("Morgan Tsvangirai", "criticized", "Robert Mugabe"),
    ),
    (
        "Kizza Besigye said the Ugandan government had mismanaged the oil revenues.",
        ("Kizza Besigye", "criticized", "Ugandan government"),
    ),
    # what the speaker describes an act as: its owner or its "by" agent is criticised
    (
        "Georgia condemned what it described as Russia's aggression.",
        ("Georgia", "criticized", "Russia"),
    ),
    (
        "Jacob Zuma rejected what he described as a smear campaign by the Nigerian government.",
        ("Jacob Zuma", "criticized", "Nigerian government"),
    ),
    (
        "Hassan Rouhani spoke about what he described as Saudi Arabia's destabilising "
        "activities in Yemen.",
        ("Hassan Rouhani", "criticized", "Saudi Arabia"),
    ),
    # ... or what the speaker says it is
    (
        "Georgia condemned what it said was Russia's aggression.",
        ("Georgia", "criticized", "Russia"),
    ),
    (
        "Chilean students marched to protest what they say is an assault by the Chilean "
        "government on free education.",
        ("Chilean students", "criticized", "Chilean government"),
    ),
    (
        "The students protested against what they said was Uganda's crackdown on dissent.",
        ("students", "criticized", "Uganda"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # a word of feeling or of a thing's state is no verdict (refused in the review)
    (
        "Raila Odinga said the Kenyan police were fearful.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    (
        "Morgan Tsvangirai said the Zimbabwean government was timid.",
        ("Morgan Tsvangirai", "criticized", "Zimbabwean government"),
    ),
    # a person noun that judges no one (a role)
    (
        "Kizza Besigye said Yoweri Museveni was a veteran.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    # a negated or hedged verdict
    (
        "Jacob Zuma said Julius Malema was not a hypocrite.",
        ("Jacob Zuma", "criticized", "Julius Malema"),
    ),
    (
        "Garry Kasparov said Vladimir Putin would be a tyrant if he won.",
        ("Garry Kasparov", "criticized", "Vladimir Putin"),
    ),
    # an act described with no verdict word
    (
        "Hassan Rouhani spoke about what he described as Saudi Arabia's role in Yemen.",
        ("Hassan Rouhani", "criticized", "Saudi Arabia"),
    ),
    # what the speaker says it is not, or may be
    (
        "Georgia condemned what it said was not Russia's aggression.",
        ("Georgia", "criticized", "Russia"),
    ),
    (
        "Georgia condemned what it says may be Russia's aggression.",
        ("Georgia", "criticized", "Russia"),
    ),
    # a verdict word deep in an "as" phrase is no label of the act
    (
        "Kizza Besigye described Uganda's raid as a hunt for corrupt officials.",
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
    (
        "Kizza Besigye described Uganda's raid as a hunt for thieves.",
        ("Kizza Besigye", "criticized", "Uganda"),
    ),
    # a worse state only feared, denied, or brought about by no one's act
    (
        "Raila Odinga said the Kenyan government could make the country worse.",
        ("Raila Odinga", "criticized", "Kenyan government"),
    ),
    (
        "Raila Odinga said the Kenyan government had not made the country worse.",
        ("Raila Odinga", "criticized", "Kenyan government"),
    ),
    (
        "Morgan Tsvangirai said the drought in Zimbabwe had made the harvest worse.",
        ("Morgan Tsvangirai", "criticized", "Zimbabwe"),
    ),
    # a coordinated clause of no verdict
    (
        "Morgan Tsvangirai said the police were brutal and Zambia's deportation of the "
        "activists was lawful.",
        ("Morgan Tsvangirai", "criticized", "Zambia"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_judgements_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A verdict word on an actor or on its act (in a coordinated clause, as a naming
    verb's label, after "what it described as" or "what it said was"), or a worse state it
    brought about, criticises it."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_judgements_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No verdict from a word of feeling, a role noun, a negated or hedged clause, or a
    coordinated clause of none."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


def test_judgements_refused_words_stay_out(nlp: Any) -> None:
    """The words refused in the review are in none of the generated lists."""
    from kg.lexicon import default_lexicon
    from tools.lexicon.judgements import REJECTED

    table = default_lexicon().cues["judgements"]
    kept = {w for kind in ("adjectives", "qualities", "people") for w in table[kind]}
    assert not kept & set(REJECTED), sorted(kept & set(REJECTED))
