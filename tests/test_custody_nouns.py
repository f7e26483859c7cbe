"""Custody told by its noun is a detention by the holder (kg/extract/custody_nouns.py): "was in
police custody", "taken into custody by X", "X took Y into custody", "died in Russian custody";
a custody battle, child custody, a family's or an armed group's custody make none. Sentences
are about other actors than the held-out articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, claims_between, kept_removed_cases

Triple = tuple[str, str, str]

HELD: list[tuple[str, Triple]] = [
    (
        "Kenyan opposition leader Raila Odinga was in police custody on Tuesday.",
        ("police", "sanctioned", "Raila Odinga"),
    ),
    (
        "Pakistani police took Imran Khan into custody in Lahore.",
        ("Pakistani police", "sanctioned", "Imran Khan"),
    ),
    (
        "Nabeel Rajab was taken into custody by Bahraini police on Saturday.",
        ("Bahraini police", "sanctioned", "Nabeel Rajab"),
    ),
    (
        "Mohammed Soltan remains in the custody of the Egyptian army.",
        ("Egyptian army", "sanctioned", "Mohammed Soltan"),
    ),
    (
        "Julian Assange was placed in British custody.",
        ("United Kingdom", "sanctioned", "Julian Assange"),
    ),
    (
        "Ahmed Hassan died in Russian custody in February.",
        ("Russia", "sanctioned", "Ahmed Hassan"),
    ),
    # with no holder named, the state the clause places it in (kg/extract/custody_passives.py)
    (
        "Alaa Abdel Fattah was remanded in custody in Alexandria, Egypt.",
        ("Egypt", "sanctioned", "Alaa Abdel Fattah"),
    ),
]

NOT_HELD: list[tuple[str, Triple]] = [
    # custody of children is no detention
    (
        "Angelina Jolie won custody of her children from Brad Pitt.",
        ("Angelina Jolie", "sanctioned", "Brad Pitt"),
    ),
    (
        "Brad Pitt lost a custody battle with Angelina Jolie in Los Angeles.",
        ("Angelina Jolie", "sanctioned", "Brad Pitt"),
    ),
    # a person's or an armed group's custody is no state's
    (
        "Peter Greste was in the custody of his brother Andrew Greste.",
        ("Andrew Greste", "sanctioned", "Peter Greste"),
    ),
    (
        "James Foley was in Islamic State custody in Raqqa.",
        ("Islamic State", "sanctioned", "James Foley"),
    ),
    (
        "Boko Haram took the Chibok schoolgirls into its custody.",
        ("Boko Haram", "sanctioned", "Chibok schoolgirls"),
    ),
    # "into" with no custody noun, "in" under another verb
    (
        "Barack Obama took Angela Merkel into his confidence.",
        ("Barack Obama", "sanctioned", "Angela Merkel"),
    ),
    (
        "Nabeel Rajab spoke about police custody with Bahraini police.",
        ("Bahraini police", "sanctioned", "Nabeel Rajab"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), kept_removed_cases(HELD, NOT_HELD))
def test_custody_nouns(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """Someone in or taken into a state's custody is sanctioned by the holder; a child's
    custody, a person's or an armed group's custody is no sanction."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)


@pytest.mark.parametrize(
    ("sentence", "subject", "obj", "status"),
    [
        ("Jason Rezaian was never in police custody.", "police", "Jason Rezaian", "denied"),
        (
            "The Nigerian military could take Goodluck Jonathan into custody.",
            "Nigerian military",
            "Goodluck Jonathan",
            "hypothetical",
        ),
    ],
)
def test_custody_nouns_status(
    extract: Any, sentence: str, subject: str, obj: str, status: str
) -> None:
    """The detention's status follows its clause (negated, possible)."""
    found = claims_between(extract(sentence, published="2015-05-15"), subject, "sanctioned", obj)
    assert [c.qualifiers.status.value for c in found] == [status]
