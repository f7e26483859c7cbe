"""Criticism by naming a regime or an act with a word of political wrong (crit2).

1. "Dictatorship", "tyranny", "apartheid", "genocide", "ethnic cleansing", "conspiracy",
   "persecution", "terrorism", "hoax" and "charade" are verdicts (``evaluations.negative`` in
   kg/data/en/cues.json): naming someone or their act so ("described Spain as a benevolent
   dictatorship", "called the government a dictatorship") criticises them or the act's owner.
2. After "as", as in the naming verb's own complement, a label head such as "kind" or "form"
   carries its verdict in the noun after "of" ("described the operation as a kind of ethnic
   cleansing", kg/extract/verdicts.py ``_label_word``); a verdict word deeper in the phrase
   ("as the end of the dictatorship") still is none.
3. "The UN and rights groups criticised X": the parser hangs the first of two coordinated
   subjects on the second's head as a modifier ("UN" of "groups"); it is an actor of its own
   (kg/extract/interactions.py ``_slipped_coordinates``). Not a head shared by two named
   modifiers ("US and Swiss authorities" are the US's and Switzerland's authorities).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sam Rainsy described Cambodia as a one-party dictatorship.",
            ("Sam Rainsy", "Cambodia"),
        ),
        (
            "The opposition called Lukashenko's government a dictatorship.",
            ("opposition", "Belarusian government"),
        ),
        (
            "Amnesty International described Myanmar's operation as a kind of ethnic cleansing.",
            ("Amnesty International", "Myanmar"),
        ),
        (
            "Hamas called Israel's blockade of Gaza a form of collective persecution.",
            ("Hamas", "Israel"),
        ),
    ],
)
def test_crit2_named_a_political_wrong(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """Naming someone or their act a dictatorship, an ethnic cleansing, ... criticises them."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # the verdict word lies deeper in the label than its noun or its "of" after a head
        "The minister described the withdrawal of Syria as the end of a dictatorship.",
        "Analysts described the election in Burundi as a test for the region.",
        "Kenya described the visit by Ethiopia as a form of cooperation.",
    ],
)
def test_crit2_no_wrong_named(extract: Any, text: str) -> None:
    """A label with no verdict as its noun (or after a head's "of") criticises no one."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU and human rights groups condemned Egypt.", ("European Union", "Egypt")),
        ("The United Nations and rights groups condemned Bahrain.", ("United Nations", "Bahrain")),
        (
            "The UN and rights groups have criticised Japan's deal with Cambodia.",
            ("United Nations", "Japan"),
        ),
    ],
)
def test_crit2_first_of_coordinated_subjects(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """The first of "X and rights groups" criticises too, beside the rights groups."""
    pairs_found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert expected in pairs_found
    assert any(s.endswith("rights groups") for s, _ in pairs_found)


def test_crit2_shared_head_not_split(extract: Any) -> None:
    """ "The Kenyan and Ugandan governments": two named modifiers share the head; neither
    country is an actor apart from its government."""
    graph = extract(
        "The Kenyan and Ugandan governments condemned the attack by al-Shabab.",
        published="2015-06-10",
    )
    subjects = {s for s, _ in pairs(graph, "criticized")}
    assert "Kenya" not in subjects
    assert "Uganda" not in subjects
