"""Criticism told through a relative clause on a plural the actor is among, and of an unowned
punishment (crit36).

1. "Albania is among the countries that condemned X", "Qatar is one of the states that fund
   Y": the relative clause's subject is the unnamed plural, which stands for the copula's
   subject (kg/extract/interactions.py ``_among_them``, now read from ``subjects_of`` and also
   after "one of").
2. "denounced the banning of the Kurdish newspapers": a punishment only a state metes out
   (cues ``punished_acts``), criticised with no doer named or told before, is the state's the
   article is about (``_earlier_stance_object``); a decision or ruling names no one.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Albania was among several countries that condemned Serbia.",
            "criticized",
            ("Albania", "Serbia"),
        ),
        (
            "Sweden and Finland were among the countries that condemned Russia.",
            "criticized",
            ("Finland", "Russia"),
        ),
        (
            "Amnesty International is one of the groups that have denounced Azerbaijan.",
            "criticized",
            ("Amnesty International", "Azerbaijan"),
        ),
        (
            "Britain is among the countries that backed Ukraine.",
            "supported",
            ("United Kingdom", "Ukraine"),
        ),
        (
            "Turkey's president rules Turkey. Turkish police arrested dozens. Amnesty"
            " International has denounced the banning of the Kurdish newspapers.",
            "criticized",
            ("Amnesty International", "Turkey"),
        ),
        (
            "Belarus's president rules Belarus. Belarusian police arrested dozens. The European"
            " Union condemned the closure of the opposition newspapers.",
            "criticized",
            ("European Union", "Belarus"),
        ),
    ],
)
def test_crit36_among_and_punishments(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A plural the actor is among acts for it; an unowned punishment is the state's."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a decision is no punishment; an article about no one country names no state
        (
            "Turkey's president rules Turkey. Turkish police arrested dozens. The European"
            " Union condemned the decision.",
            ("European Union", "Turkey"),
        ),
        (
            "Amnesty International has denounced the banning of the Kurdish newspapers.",
            ("Amnesty International", "Turkey"),
        ),
    ],
)
def test_crit36_no_state(extract: Any, text: str, absent: tuple[str, str]) -> None:
    """No punishment, or no one country: no criticism of a state."""
    assert absent not in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Botella called the head of the Spanish Medical Association a criminal in a"
            " televised debate.",
            ("Ana Botella", "head of the Spanish Medical Association"),
        ),
    ],
)
def test_crit36_body_head_named(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """The unnamed head of a named body is the one a verdict names, not nobody."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uganda's president Yoweri Museveni spoke on Monday. \"Museveni is relying on his"
            ' militia to slaughter innocent people," opposition leader Kizza Besigye said.',
            ("Kizza Besigye", "Yoweri Museveni"),
        ),
        (
            "Uganda's president Yoweri Museveni spoke on Monday. \"Museveni is slaughtering"
            ' innocent people," opposition leader Kizza Besigye said.',
            ("Kizza Besigye", "Yoweri Museveni"),
        ),
        (
            '"Bashar al-Assad has lost all legitimacy," French Foreign Minister Laurent Fabius'
            " said.",
            ("Laurent Fabius", "Bashar al-Assad"),
        ),
    ],
)
def test_crit36_quoted_wrongs(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A quoted wrong the named subject does, or legitimacy it lost, is the speaker's verdict."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # suffered, hedged or said of no main clause: no verdict
        "Uganda's president Yoweri Museveni spoke on Monday. \"Museveni vowed to stop those who"
        ' slaughter innocent people," opposition leader Kizza Besigye said.',
        "Uganda's president Yoweri Museveni spoke on Monday. \"Museveni is not slaughtering"
        ' anyone," opposition leader Kizza Besigye said.',
        '"Bashar al-Assad has lost his brother," French Foreign Minister Laurent Fabius said.',
    ],
)
def test_crit36_no_quoted_wrong(extract: Any, text: str) -> None:
    """A wrong not done by the quoted subject, or denied, is no criticism of it."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert not {o for _, o in found} & {"Yoweri Museveni", "Bashar al-Assad"}


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights ruled in 2012 that Turkey breached the rights of"
        " Ahmet Altan.",
        "The European Court of Human Rights found that Turkey had violated the rights of Ahmet"
        " Altan.",
    ],
)
def test_crit36_finding_of_wrong(extract: Any, text: str) -> None:
    """A court's ruling or finding that X did a wrong is its criticism of X."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert ("European Court of Human Rights", "Turkey") in found


def test_crit36_finding_without_wrong(extract: Any) -> None:
    """A finding of no wrong criticises no one."""
    text = "The European Court of Human Rights ruled in 2012 that Turkey paid Ahmet Altan."
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert ("European Court of Human Rights", "Turkey") not in found
