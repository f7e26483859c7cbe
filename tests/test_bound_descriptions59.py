"""An object never stands for the subject of its own verb (talk59): a definite description
("India sent aid to the Himalayan nation", "Hezbollah praised the group", "Jamaica and Mexico
welcomed the island") takes up the country or group named before, and a person
pronoun object ("Jonathan called him", "Putin praised her") the person named before, not the
clause's subject (kg/extract/discourse.py ``bound_labels``; kg/extract/nominals.py
``_unbound``; kg/extract/coref.py ``_link_pronoun``). A description or pronoun that is a
subject or a possessive still takes up its subject ("Greece said the country would pay",
"Kerry said his talks"). A subject pronoun takes the person subject of the clause above it
before the latest person subject of the sentence ("Z, whom the president sacked, said he":
Z; kg/extract/coref.py ``_clause_person``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country noun after a preposition of the verb ("to", a dative too)
        (
            "Nepal was struck by an earthquake. India sent aid to the Himalayan nation.",
            ("India", "supported", "Nepal"),
        ),
        (
            "Bahrain jailed Ali Salman in December. Saudi Arabia sent troops to the kingdom in "
            "2011.",
            ("Saudi Arabia", "mobilized", "Bahrain"),
        ),
        # a direct object
        (
            "Haiti held elections in 2010. The United States has long supported the Caribbean "
            "nation.",
            ("United States", "supported", "Haiti"),
        ),
        (
            "Tunisia held elections in 2014. Algeria has backed the North African country.",
            ("Algeria", "supported", "Tunisia"),
        ),
        # a group noun
        (
            "Hamas fired rockets at Israel on Monday. Hezbollah praised the group.",
            ("Hezbollah", "supported", "Hamas"),
        ),
        # coordinated subjects: neither of them
        (
            "Cuba freed 53 prisoners in January. Jamaica and Mexico welcomed the island.",
            ("Mexico", "supported", "Cuba"),
        ),
    ],
)
def test_nominals_object_description_skips_own_subject(
    extract: Any, text: str, expected: Triple
) -> None:
    """An object description takes up the actor named before, not its verb's subject."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a description that is a subject: the subject of the clause above is still it
        (
            "Greece owes billions to the Eurogroup. Greece said the country would pay.",
            ("country", "Greece"),
        ),
        # a possessor in the object, or the object of a noun: the subject's own may be meant
        (
            "Iraq held elections in 2014. Iraqi troops retook the country's largest refinery.",
            ("country", "Iraq"),
        ),
        # the subject's own possessor is not the subject: the description may be it
        (
            "Nigeria held elections in March. Nigeria's army attacked militants in the "
            "country's north.",
            ("country", "Nigeria"),
        ),
    ],
)
def test_nominals_subject_description_unchanged(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A description that is no object of the clause keeps its antecedent."""
    assert pair in mention_pairs(extract(text, published="2015-06-10"), "nominal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Muhammadu Buhari won the election in March. Goodluck Jonathan called him on Tuesday.",
            ("Goodluck Jonathan", "spoke_with", "Muhammadu Buhari"),
        ),
        (
            "Angela Merkel travelled to Moscow on Sunday. Vladimir Putin praised her.",
            ("Vladimir Putin", "supported", "Angela Merkel"),
        ),
        # in a clause below the speech verb: the speaker, not the clause's subject
        (
            "Vladimir Putin said Barack Obama had called him on Friday.",
            ("Barack Obama", "spoke_with", "Vladimir Putin"),
        ),
        # a second verb sharing the subject ("met X and congratulated him")
        (
            "Muhammadu Buhari won the election in March. Goodluck Jonathan met Buhari on Monday "
            "and congratulated him.",
            ("Goodluck Jonathan", "supported", "Muhammadu Buhari"),
        ),
    ],
)
def test_coref_object_pronoun_skips_own_subject(extract: Any, text: str, expected: Triple) -> None:
    """ "Jonathan called him": the person named before, not the caller."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ashraf Ghani visited Islamabad. Nawaz Sharif welcomed him at the airport.",
            ("him", "Ashraf Ghani"),
        ),
        (
            "John Kerry met Sergei Lavrov in Sochi. Kerry told him that sanctions would stay.",
            ("him", "Sergei Lavrov"),
        ),
        # a possessive is the subject's own: unchanged
        (
            "John Kerry met Sergei Lavrov in Sochi. Kerry said his talks had gone well.",
            ("his", "John Kerry"),
        ),
    ],
)
def test_coref_object_pronoun_links(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """An object pronoun is linked to the person before its verb's subject; a possessive to
    the subject."""
    assert pair in mention_pairs(extract(text, published="2015-06-10"), "pronoun")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the subject of the clause above, not the latest person subject of a relative clause
        (
            "President Salva Kiir was in Addis Ababa when General Paul Malong, whom the "
            "president had sacked in 2014, announced he would visit Khartoum.",
            ("Paul Malong", "visited", "Khartoum"),
            ("Salva Kiir", "visited", "Khartoum"),
        ),
        (
            "President Hassan Rouhani was in New York when General Qasem Soleimani, whom the "
            "president had praised on Monday, said he would visit Damascus.",
            ("Qasem Soleimani", "visited", "Damascus"),
            ("Hassan Rouhani", "visited", "Damascus"),
        ),
        # a relative "who" above the pronoun stands for the noun it hangs on
        (
            "Jacob Zuma met Robert Mugabe, who said he would travel to Beijing in June.",
            ("Robert Mugabe", "visited", "Beijing"),
            ("Jacob Zuma", "visited", "Beijing"),
        ),
    ],
)
def test_coref_subject_pronoun_takes_clause_above(
    extract: Any, text: str, expected: Triple, absent: Triple
) -> None:
    """ "Z, whom the president sacked, announced he would": Z, the subject above the pronoun."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a possessive past a relative clause's subject: the subject of the clause above
        (
            "President Salva Kiir was in Addis Ababa when General Paul Malong, whom the "
            "president had sacked in 2014, announced his resignation.",
            ("his", "Paul Malong"),
        ),
        # inside the relative clause: its own subject's, as before
        (
            "President Salva Kiir was in Addis Ababa when General Paul Malong, whom the "
            "president had sacked from his post in 2014, announced a coup.",
            ("his", "Salva Kiir"),
        ),
    ],
)
def test_coref_possessive_past_relative_subject(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """ "Z, whom the president sacked, announced his resignation": Z's."""
    assert pair in mention_pairs(extract(text, published="2015-06-10"), "pronoun")
