"""Criticism received "under" an investigation or a demand to leave (crit34).

1. "X is under investigation by Y", "X, under investigation by Y, ...", "officials under
   investigation by Y": an investigation is made "by" its investigators (``giver_preps`` of
   ``received_stances`` in kg/data/en/cues.json), and it looks into the subject of the clause
   the frame hangs on, or the noun it hangs on (kg/extract/investigations.py ``_object_words``);
   the gold codes an investigation as criticism. Not a place, not one denied.
2. "X came under pressure from Y to step down": pressure with a "to" clause of a demand to stop
   or undo (``reproaches.undo``) reproaches X as the demand itself does (``undo_only``); bare
   pressure, or pressure to do more, is no criticism.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sepp Blatter is under investigation by the FBI.", ("FBI", "Blatter")),
        (
            "Petrobras, under investigation by Brazilian prosecutors, fired its chief executive.",
            ("Brazilian prosecutors", "Petrobras"),
        ),
        (
            "Nine FIFA officials under investigation by Swiss prosecutors were arrested in Zurich.",
            ("Swiss prosecutors", "Nine FIFA officials"),
        ),
        (
            "Jacob Zuma came under pressure from the ANC to resign.",
            ("ANC", "Jacob Zuma"),
        ),
        (
            "Viktor Orban came under pressure from the European Commission to withdraw the law.",
            ("European Commission", "Viktor Orbán"),
        ),
        (
            "Shinzo Abe is under growing pressure from the United States to release the detainees.",
            ("United States", "Shinzo Abe"),
        ),
    ],
)
def test_crit34_received_under(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """An investigation "by" Y, or pressure from Y to leave or undo, criticises X."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # denied: no investigation looked into anyone
        "The club is not under investigation by Spanish police.",
        # a place is never an investigation's target
        "Kabul is under investigation by the United Nations.",
        # bare pressure, or pressure to do more, asks without reproach
        "Jacob Zuma is under pressure from the ANC.",
        "Greece is under pressure from the IMF to cut spending.",
        "Tsipras, under pressure from Germany to step up reforms, met Merkel.",
    ],
)
def test_crit34_no_criticism_under(extract: Any, text: str) -> None:
    """A denied investigation, a place, bare pressure or pressure to do more: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")
