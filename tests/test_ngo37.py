"""Rights and aid organisations the small model does not tag (ngo37).

"Human Rights Watch said ...", "Save the Children said ...": the model leaves these names
untagged, at the start of a sentence most of all, so the organisation that speaks, accuses or
urges had no node. They are gazetteer rows (kg/data/gazetteer.jsonl), matched with their
capitals only: "to save the children" and "breaking the silence about torture" stay words.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Human Rights Watch accused the Egyptian government of torturing detainees.",
            "criticized",
            ("Human Rights Watch", "Egyptian government"),
        ),
        (
            "HRW urged Egypt to release the journalists.",
            "requested",
            ("Human Rights Watch", "Egypt"),
        ),
        (
            "Breaking The Silence, a group of former soldiers, accused the Israeli army of abuses.",
            "criticized",
            ("Breaking the Silence", "Israeli army"),
        ),
        (
            "Transparency International criticised Ukraine over the slow pace of reform.",
            "criticized",
            ("Transparency International", "Ukraine"),
        ),
    ],
)
def test_ngo37_untagged_organisation_acts(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """An untagged rights organisation is the actor of the claim."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Volunteers rushed to save the children trapped in the rubble in Aleppo.",
            "Save the Children",
        ),
        (
            "After the war, breaking the silence about torture in Chile took courage.",
            "Breaking the Silence",
        ),
    ],
)
def test_ngo37_lower_case_words_stay_words(extract: Any, text: str, absent: str) -> None:
    """The same words in lower case are no organisation."""
    assert absent not in node_types(extract(text, published="2015-06-10"))
