"""A quote that tells of an actor's attack is its speaker's accusation of the attacker
(kg/extract/quotes.py ``quoted_accusations``), the speaker carried to a paragraph that goes
on with the quote. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

KEPT = [
    # a trailing "X said"
    (
        '"Museveni\'s militia killed civilians in Gulu," Kizza Besigye said.',
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # "X was quoted as saying"
    (
        '"Mugabe\'s militia killed civilians in Harare," Tsvangirai was quoted as saying.',
        ("Tsvangirai", "criticized", "Mugabe"),
    ),
    # an unnamed speaker for a body: the body speaks
    (
        '"Mugabe\'s militia killed civilians in Harare," a spokesman for the Movement for '
        "Democratic Change said.",
        ("Movement for Democratic Change", "criticized", "Mugabe"),
    ),
    # "he said", the pronoun the speaker named before
    (
        "Kizza Besigye spoke to reporters in Kampala on Monday.\n\n"
        '"Museveni\'s militia killed civilians in Gulu," he said.',
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # a paragraph that goes on with the quote of the paragraph before
    (
        '"We will not stop our campaign," opposition leader Morgan Tsvangirai said on Monday.\n\n'
        '"Mugabe\'s militia killed civilians in Harare."',
        ("Morgan Tsvangirai", "criticized", "Mugabe"),
    ),
]

REMOVED = [
    # no quote: a report of the attack, no speaker's accusation
    (
        "Museveni's militia killed civilians in Gulu, Kizza Besigye said.",
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # a paragraph with an attribution of its own is not the speaker before's
    (
        '"We will not stop our campaign," opposition leader Morgan Tsvangirai said on Monday.\n\n'
        '"Mugabe\'s militia killed civilians in Harare," a party lawyer said.',
        ("Morgan Tsvangirai", "criticized", "Mugabe"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_quotes_attack_told_in_a_quote_is_criticised(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The speaker of a quote telling of an attack criticises the attacker."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "we won" and left.', [(9, 15)]),
        ("\u201cWe will go on.", [(1, 15)]),
        ('"A," she said. "B."', [(1, 3), (16, 18)]),
    ],
)
def test_quotes_spans_of_a_paragraph(text: str, spans: list[tuple[int, int]]) -> None:
    """Quotation spans exclude their marks; one left open runs to the paragraph's end."""
    from kg.extract.speakers import quote_spans

    assert quote_spans(text) == spans


VERDICTS_KEPT = [
    # a wrongdoing noun in the quote's main clause, the subject named
    (
        '"The Taliban have committed crimes against our people," Afghan President Ashraf '
        "Ghani said.",
        ("Ashraf Ghani", "criticized", "Taliban"),
    ),
    # a disparaging word on the subject's own act
    (
        '"Israel is making a statement in its disgraceful treatment of our colleague," '
        "Jane Doe said.",
        ("Jane Doe", "criticized", "Israel"),
    ),
    # a sentence of a quote carried on from the paragraph before
    (
        '"We came to help," Anna Berg, an aid worker, said on Monday.\n\n'
        '"Eritrea has a long record of human rights abuses."',
        ("Anna Berg", "criticized", "Eritrea"),
    ),
]

# an unnamed subject's named owner; a wrongdoing noun's named owner
VERDICTS_KEPT += [
    (
        '"Mugabe\'s men have committed crimes against our people," Morgan Tsvangirai said.',
        ("Morgan Tsvangirai", "criticized", "Mugabe"),
    ),
    (
        "\"Regarding President Museveni's arrogance and contempt for the constitution, the "
        'council has decided to act," Kizza Besigye said.',
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
]

VERDICTS_REMOVED = [
    # a wrong suffered, not done
    (
        '"Ukraine has been a victim of aggression," Barack Obama said.',
        ("Barack Obama", "criticized", "Ukraine"),
    ),
    # a disparaging word on a class of people, not on the subject's act
    (
        '"The European Union and Turkey agreed to fight the illegal smugglers," Frans '
        "Timmermans said.",
        ("Frans Timmermans", "criticized", "Turkey"),
    ),
    # denied
    (
        '"The Taliban have not committed crimes against our people," Ashraf Ghani said.',
        ("Ashraf Ghani", "criticized", "Taliban"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(VERDICTS_KEPT, VERDICTS_REMOVED)
)
def test_quotes_wrong_told_of_a_subject_is_criticised(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A quoted wrong done by the named subject of the quote's clause is criticised."""
    check_kept_removed(extract(text), kept, removed)


# a quote paragraph with no attribution of its own, after a paragraph without quotes that
# introduces one person as the subject of its last sentence: the quote is that person's
INTRODUCED_KEPT = [
    (
        "Samir Haddad is a pharmacist in Tripoli.\n\n"
        '"The Muslim Brotherhood has committed crimes against our people."',
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
    (
        "Omar Farouk, 52, runs a bakery near the market in Aleppo.\n\n"
        '"Assad\'s forces have committed atrocities in this city."',
        ("Omar Farouk", "criticized", "Assad"),
    ),
    (
        "Grace Mwangi has voted in every election since 1992.\n\n"
        '"The Kenyan police have committed crimes against our families."',
        ("Grace Mwangi", "criticized", "Kenyan police"),
    ),
]

INTRODUCED_REMOVED = [
    # the introduced person is an object, not the subject: the quote's speaker is unknown
    (
        "Police arrested Samir Haddad in Tripoli on Monday.\n\n"
        '"The Muslim Brotherhood has committed crimes against our people."',
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
    # a passive subject: what was done to her, the words are a witness's
    (
        "Samir Haddad was arrested in Tripoli on Monday.\n\n"
        '"The Muslim Brotherhood has committed crimes against our people."',
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
    # the quote paragraph has an attribution of its own
    (
        "Samir Haddad is a pharmacist in Tripoli.\n\n"
        '"The Muslim Brotherhood has committed crimes against our people," a lawyer said.',
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
    # the subject is a body, not a person
    (
        "Hamas fired rockets at Sderot on Monday.\n\n"
        '"The Israeli army has committed crimes against our people."',
        ("Hamas", "criticized", "Israeli army"),
    ),
    # the paragraph before ends on another sentence, whose subject is no person
    (
        "Grace Mwangi is a teacher in Nairobi. The school closed in March.\n\n"
        '"The Kenyan police have committed crimes against our families."',
        ("Grace Mwangi", "criticized", "Kenyan police"),
    ),
    # two persons in the introducing sentence: whose words is unknown
    (
        "Grace Mwangi and her husband Peter Otieno run a shop in Nairobi.\n\n"
        '"The Kenyan police have committed crimes against our families."',
        ("Grace Mwangi", "criticized", "Kenyan police"),
    ),
    # another actor named outside the quote, by a verb not of speech, says it
    (
        "Samir Haddad is a pharmacist in Tripoli.\n\n"
        '"The Muslim Brotherhood has committed crimes against our people," observed the '
        "Libya Herald.",
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
    # the quote speaks of a "he": someone else speaking of the person introduced
    (
        "Omar Farouk runs a bakery near the market in Aleppo.\n\n"
        '"He is a brave man. Assad\'s forces have committed atrocities in this city."',
        ("Omar Farouk", "criticized", "Assad"),
    ),
    # the quote is neutral: a named actor with no wrong told of it
    (
        'Samir Haddad is a pharmacist in Tripoli.\n\n"We met the Muslim Brotherhood on Monday."',
        ("Samir Haddad", "criticized", "Muslim Brotherhood"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(INTRODUCED_KEPT, INTRODUCED_REMOVED)
)
def test_quotes_speaker_introduced_the_paragraph_before(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An unattributed quote paragraph is the words of the one person the paragraph before
    introduces as its last sentence's subject."""
    check_kept_removed(extract(text), kept, removed)
