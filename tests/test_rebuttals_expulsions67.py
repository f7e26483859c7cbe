"""Answers to an accusation and expulsions of people who do not fight (probeF67).

A report, its findings or conclusions rejected by the accused, or by another organ of the
accused body's state, criticize their author (``rebuttals`` of cues.json,
kg/extract/event_coref.py); a veto condemned is the vetoing state's (``act_antecedents``);
a counted group of officials or aid workers expelled is sanctioned, not fought
(kg/extract/interactions.py ``_armed_side``). Sentences of our own, about other actors than
the wire copy that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

ANSWERED: list[tuple[str, Triple]] = [
    # the report or its findings named by a noun the accusation's verb does not repeat
    (
        "A UN panel accused Zimbabwe of torturing activists. Zimbabwe dismissed the findings.",
        ("Zimbabwe", "criticized", "UN panel"),
    ),
    (
        "Human Rights Watch accused the Burmese army of burning villages. The army rejected "
        "the conclusions on Friday.",
        ("Burmese army", "criticized", "Human Rights Watch"),
    ),
    # another organ of the accused force's state answers for it: its government, its head
    (
        "Amnesty International accused Ugandan police of beating protesters. The Ugandan "
        "government rejected the report on Tuesday.",
        ("Ugandan government", "criticized", "Amnesty International"),
    ),
    (
        "Amnesty International accused Ugandan police of torture. President Yoweri Museveni "
        "dismissed the report.",
        ("Yoweri Museveni", "criticized", "Amnesty International"),
    ),
    # a veto condemned: the state that vetoed or blocked the text the sentence before tells
    (
        "China vetoed a draft resolution on Myanmar on Friday. Britain condemned the veto.",
        ("United Kingdom", "criticized", "China"),
    ),
    (
        "Russia blocked a draft resolution on Syria on Friday. France denounced the veto.",
        ("France", "criticized", "Russia"),
    ),
]

UNANSWERED: list[tuple[str, Triple]] = [
    # no organ of the state: the opposition, another country
    (
        "Amnesty International accused Ugandan police of torture. The Ugandan opposition "
        "dismissed the report.",
        ("Ugandan opposition", "criticized", "Amnesty International"),
    ),
    (
        "Amnesty International accused Ugandan police of torture. Kenya rejected the report.",
        ("Kenya", "criticized", "Amnesty International"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_rebuttals_answer_criticizes_the_accuser(extract: Any, text: str, expected: Triple) -> None:
    """Rejecting the report, findings or veto told before criticizes its author."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(("text", "absent"), UNANSWERED)
def test_rebuttals_answer_by_no_organ_of_the_accused_criticizes_no_one(
    extract: Any, text: str, absent: Triple
) -> None:
    """An actor that is not the accused nor an organ of its state answers no accusation."""
    assert absent not in triples(extract(text))


EXPELLED: list[tuple[str, Triple, Triple]] = [
    # (sentence, the expulsion, the assault it is not)
    (
        "Zimbabwe expelled two senior World Bank officials on Friday.",
        ("Zimbabwe", "sanctioned", "two senior World Bank officials"),
        ("Zimbabwe", "attacked", "two senior World Bank officials"),
    ),
    (
        "Sudan expelled three foreign aid workers on Monday.",
        ("Sudan", "sanctioned", "three foreign aid workers"),
        ("Sudan", "attacked", "three foreign aid workers"),
    ),
]

FOUGHT: list[tuple[str, Triple]] = [
    # a counted armed group driven out by fighters stays fought
    (
        "Nigerian troops expelled 200 Boko Haram fighters from the town.",
        ("Nigerian troops", "attacked", "Boko Haram"),
    ),
    (
        "Iraqi soldiers expelled 300 militants from the village.",
        ("Iraqi soldiers", "attacked", "militants"),
    ),
]


@pytest.mark.parametrize(("text", "expelled", "fought"), EXPELLED)
def test_interactions_counted_civilians_expelled_are_sanctioned(
    extract: Any, text: str, expelled: Triple, fought: Triple
) -> None:
    """Officials or aid workers counted and expelled are sanctioned, not attacked."""
    found = triples(extract(text))
    assert expelled in found
    assert fought not in found


@pytest.mark.parametrize(("text", "expected"), FOUGHT)
def test_interactions_counted_fighters_expelled_are_fought(
    extract: Any, text: str, expected: Triple
) -> None:
    """Fighters driving out a counted armed group attack it."""
    assert expected in triples(extract(text))


OPENED: list[tuple[str, Triple]] = [
    # a collective noun opening a wire story after its dateline is the people it names
    (
        "MOGADISHU (Reuters) - Gunmen attacked an Ethiopian army convoy on Saturday.",
        ("Gunmen", "attacked", "Ethiopian army"),
    ),
    (
        "BAMAKO (AFP) - Rebels attacked a Malian army base on Sunday.",
        ("Rebels", "attacked", "Malian army"),
    ),
    (
        "HARARE (AP) - Protesters burned a Zambian flag on Monday.",
        ("Protesters", "criticized", "Zambia"),
    ),
    (
        "KINSHASA (Reuters) - Militiamen killed six Ugandan soldiers on Friday.",
        ("Militiamen", "attacked", "Ugandan soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENED)
def test_datelines_collective_opening_a_wire_story_acts(
    extract: Any, text: str, expected: Triple
) -> None:
    """The collective noun right after a wire dateline's dash is the doer of its verb."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    ("text", "word", "pos"),
    [
        ("KABUL (Reuters) - Gunmen stormed a checkpoint.", "Gunmen", "NOUN"),
        # a name the model tagged keeps its tag
        ("KABUL (Reuters) - Ashraf Ghani met Abdullah Abdullah.", "Ashraf", "PROPN"),
    ],
)
def test_datelines_opening_word_tag(nlp: Any, text: str, word: str, pos: str) -> None:
    """Only a collective noun of the sector data, of no entity, is retagged a common noun."""
    token = next(t for t in nlp(text) if t.text == word)
    assert token.pos_ == pos
