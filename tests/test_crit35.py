"""Criticism in legal cases and in reactions to an unnamed state's punishment (crit35).

1. "the ICC case against X", "the government's case against X": a case against someone, with
   its owner named, is the owner's accusation (kg/data/en/triggers.jsonl, "case" + "against");
   a case with no owner, or one made against a policy, accuses no one.
2. "charges brought by Y", "a lawsuit filed by Y": a charge noun whose participle is one of its
   light verbs names its bringer, who charges (as the lexicon reads "bring charges", "file a
   lawsuit") the one charged: the "against" object, the one arrested or held "on" the charges,
   or the one who dismisses or faces them (kg/extract/stances.py ``_brought``).
3. "X was sentenced to death, prompting condemnation from Y": with no "by", a punishment only a
   state metes out (the lexicon's ``sanctioned``) is the state's the article is about, and the
   reaction is aimed at it (kg/extract/interactions.py ``_punishing_state``); a killing, or an
   article about no one country, names no doer.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        ("The ICC case against William Ruto collapsed.", "criticized", ("ICC", "William Ruto")),
        (
            "The Sudanese government's case against the rebels was weak.",
            "criticized",
            ("Sudanese government", "rebels"),
        ),
        (
            "Swiss police arrested Jeffrey Webb on charges brought by the United States.",
            "sanctioned",
            ("United States", "Jeffrey Webb"),
        ),
        (
            "Eduardo Cunha was detained on charges filed by Brazilian prosecutors.",
            "sanctioned",
            ("Brazilian prosecutors", "Eduardo Cunha"),
        ),
        (
            "Jayalalithaa has always dismissed the corruption charge, first brought by"
            " Subramanian Swamy in 1996, as politically motivated.",
            "sanctioned",
            ("Subramanian Swamy", "Jayalalithaa"),
        ),
        (
            "The lawsuit filed by Greenpeace against the Indian government was dismissed.",
            "criticized",
            ("Greenpeace", "Indian government"),
        ),
        (
            "Sepp Blatter denied the accusations made by Greg Dyke.",
            "criticized",
            ("Greg Dyke", "Blatter"),
        ),
        (
            "Bahrain's king rules Bahrain. Bahraini police arrested dozens. Sheikh Ali Salman"
            " was jailed for four years on Tuesday, prompting condemnation from Human Rights"
            " Watch.",
            "criticized",
            ("Human Rights Watch", "Bahrain"),
        ),
        (
            "Azerbaijan's president rules Azerbaijan. Azerbaijani police arrested dozens."
            " Khadija Ismayilova was sentenced to seven years in prison, drawing criticism from"
            " the European Union.",
            "criticized",
            ("European Union", "Azerbaijan"),
        ),
    ],
)
def test_crit35_charges_and_punishments(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A case against X, a charge brought by Y, a reaction to an agentless punishment."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    "text",
    [
        # a case with no owner, or against a policy, accuses no one
        "The case against Oscar Pistorius rests on ballistics.",
        "Obama made the case against military intervention in Syria.",
        # a participle that is no light verb of the noun, or no one charged
        "The evidence presented by the prosecutors convinced the court.",
        "The charges brought by Kenya were dropped.",
        # a killing is no punishment; an article about no one country names no state
        "Kenya's president rules Kenya. Kenyan police arrested dozens. Ten students were killed"
        " on Sunday, prompting condemnation from the African Union.",
        "Sheikh Ali Salman was jailed for four years on Tuesday, prompting condemnation from"
        " Human Rights Watch.",
    ],
)
def test_crit35_no_charge(extract: Any, text: str) -> None:
    """No owner, no charged one, no punishment or no state: no criticism or sanction."""
    found = {p for _, p, _ in triples(extract(text, published="2015-06-10"))}
    assert not found & {"criticized", "sanctioned"}
