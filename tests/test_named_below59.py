"""A subject pronoun does not stand for a name its own clause holds later
(``coref._named_below``): "He became a critic of X after Y's fall" is not Y's stance, and
"declared he was dismissing the president" is not the president dismissing himself."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    # the latest subject is named again under the pronoun's verb: the pronoun is someone else
    (
        "Also sentenced was Leopoldo Lopez. The Maduro trials included students and priests. "
        "He became a fierce critic of Diosdado Cabello after Maduro's election.",
        ("Leopoldo Lopez", "criticized", "Diosdado Cabello"),
        ("Maduro", "criticized", "Diosdado Cabello"),
    ),
    (
        "Ali Bongo was in Paris when General Ondo Ossa, whom the president had sacked in May, "
        "announced he was removing the president.",
        None,
        ("Ali Bongo", "criticized", "Ali Bongo"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_pronoun_not_named_below(
    extract: Any,
    text: str,
    wanted: tuple[str, str, str] | None,
    unwanted: tuple[str, str, str],
) -> None:
    found = triples(extract(text, published="2015-05-15"))
    assert unwanted not in found
    if wanted is not None:
        assert wanted in found


KEPT = [
    # a name outside the pronoun's clause, or before it, leaves the link alone
    (
        "Vladimir Putin met Xi Jinping in Moscow. He later criticised Barack Obama.",
        ("Vladimir Putin", "criticized", "Barack Obama"),
    ),
    (
        "Narendra Modi arrived in Kabul on Monday. He urged Nawaz Sharif to act against militants.",
        ("Narendra Modi", "requested", "Nawaz Sharif"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), KEPT)
def test_pronoun_link_kept(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in triples(extract(text, published="2015-05-15"))
