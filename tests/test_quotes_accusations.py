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
    from kg.extract.quotes import quote_spans

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
