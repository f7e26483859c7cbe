"""Cross-sentence references of the eighteenth round: a speaker's "we" inside a direct quote
stands for the body the speaker is, speaks for or leads (kg/extract/quoted_we.py), and a
quote that tells of the speaker's own side's attack is no accusation of it
(kg/extract/quotes.py). Real model; actors other than the articles the rule came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed

PUBLISHED = "2015-05-20"

QUOTED_WE: list[Case] = [
    # a spokesman's "we" is the body he speaks for (his role in an apposition before)
    (
        'A spokesman for the Taliban, Zabihullah Mujahid, said: "We attacked the Afghan army '
        'base in Kunduz."',
        ("Taliban", "attacked", "Kunduz"),
        None,
    ),
    # a leader's "we" is the body he leads
    (
        'Hezbollah leader Hassan Nasrallah said: "We will attack the Nusra Front in Qalamoun."',
        ("Hezbollah", "attacked", "Nusra Front"),
        None,
    ),
    # the speaker is the body itself
    (
        '"We attacked the army base in Kismayo," al-Shabab said in a statement.',
        ("al-Shabab", "attacked", "Kismayo"),
        None,
    ),
    # a minister's "we" is the country's
    (
        'Ukrainian Defence Minister Oleksii Reznikov said: "We attacked the Russian positions '
        'near Bakhmut."',
        ("Ukraine", "attacked", "Russia"),
        None,
    ),
    # the speaker's own side's act is no accusation of it
    (
        'A spokesman for the Taliban, Zabihullah Mujahid, said: "We attacked the Afghan army '
        'base in Kunduz."',
        None,
        ("Zabihullah Mujahid", "criticized", "Taliban"),
    ),
    # the quote of another speaker (an unnamed commander): not the Taliban's "we"
    (
        "Taliban spokesman Zabihullah Mujahid said the army was lying. "
        '"We attacked the base in Kunduz," an Afghan army commander said.',
        None,
        ("Taliban", "attacked", "Kunduz"),
    ),
    # a reporter's "we" is not the broadcaster's (a member of a body, not its voice)
    (
        'Al Jazeera reporter Zeina Khodr said: "We attacked the Syrian army in Idlib."',
        None,
        ("Al Jazeera", "attacked", "Syrian army"),
    ),
    # "we" outside quotation marks is the writer's, not the last speaker's
    (
        "Hezbollah leader Hassan Nasrallah spoke on Sunday. "
        "We will attack the Nusra Front in Qalamoun, the column argued.",
        None,
        ("Hezbollah", "attacked", "Nusra Front"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), QUOTED_WE)
def test_coref15_quoted_we(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A quoted "we" is the body the speaker is, speaks for or leads; no other's."""
    check_kept_removed(extract(text, published=PUBLISHED), kept, removed)
