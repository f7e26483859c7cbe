"""A court of another level ("a lower court had earlier sentenced him") in a story on one
country is neither that country's court nor the court the story names: one node of its
article labelled as written, of no membership (kg/resolve/collectives.py
``_other_level_court``, ``other_level_courts`` in kg/data/en/words.json). Real model,
invented articles about other actors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

PERU = (
    "Peru court frees former minister\n\n"
    "A Peruvian court has freed former minister Rafael Vela, the Lima Superior Court said "
    "on Tuesday. The upper court cut his sentence to two years. "
    "{sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A lower court had earlier sentenced Vela to five years in prison.",
        "The lower court had convicted Vela of bribery in March.",
        "Last year a lower court sentenced Vela to four years in jail.",
    ],
)
def test_lowct1_lower_court_is_its_own_node(extract: Any, sentence: str) -> None:
    graph = extract(PERU.format(sentence=sentence), published="2015-06-02")
    found = triples(graph)
    assert ("lower court", "sanctioned", "Rafael Vela") in found, sorted(found)
    assert not any(s == "lower court" and p == "member_of" for s, p, _ in found), sorted(found)


def test_lowct1_lower_court_sentence_not_the_named_court(extract: Any) -> None:
    """Only the lower court's sentence is in the text: the named court sanctioned no one."""
    text = (
        "Peru court hears appeal\n\n"
        "A Peruvian court heard the appeal of former minister Rafael Vela on Tuesday, the "
        "Lima Superior Court said. Peru's government made no comment. "
        "The lower court had convicted Vela of bribery in March."
    )
    found = triples(extract(text, published="2015-06-02"))
    assert ("lower court", "sanctioned", "Rafael Vela") in found, sorted(found)
    assert ("Lima Superior Court", "sanctioned", "Rafael Vela") not in found, sorted(found)
    assert ("Peruvian court", "sanctioned", "Rafael Vela") not in found, sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # no level word: the country's court, as before (grp2)
        "In April, a court sentenced Rafael Vela to two years in prison.",
        # the lower house of a parliament is no court
        "The lower house had earlier voted to impeach Vela.",
    ],
)
def test_lowct1_no_level_court(extract: Any, sentence: str) -> None:
    text = "Peru jails former minister\n\nPeru's government said on Tuesday. " + sentence
    found = triples(extract(text, published="2015-06-02"))
    assert not any("lower" in s or "lower" in o for s, _, o in found), sorted(found)
