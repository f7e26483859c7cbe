"""A sanction noun being undone is no sanction (lead57): "lobbied for the lifting of sanctions
on Iran", "announced the easing of sanctions against Myanmar" name sanctions that an undoing
noun (``undoing_nouns`` of kg/data/en/cues.json) takes as its "of" object; the clause's subject
neither imposed nor proposed them (kg/extract/interactions.py ``_noun``). Sanctions asked for
or imposed stay sanctions. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

UNDONE = [
    ("Norway lobbied for the lifting of sanctions on Iran.", ("Norway", "sanctioned", "Iran")),
    (
        "Germany called for the easing of sanctions against Russia.",
        ("Germany", "sanctioned", "Russia"),
    ),
    (
        "Barack Obama announced the easing of sanctions against Myanmar.",
        ("Barack Obama", "sanctioned", "Myanmar"),
    ),
    ("Italy urged the suspension of the embargo on Libya.", ("Italy", "sanctioned", "Libya")),
]

KEPT = [
    ("Norway lobbied for sanctions on Iran.", ("Norway", "sanctioned", "Iran")),
    (
        "The European Union imposed sanctions on Russia after the annexation of Crimea.",
        ("European Union", "sanctioned", "Russia"),
    ),
    ("Germany called for tougher sanctions against Russia.", ("Germany", "sanctioned", "Russia")),
]


@pytest.mark.parametrize(("text", "triple"), UNDONE)
def test_sanctions_being_undone_are_no_sanction(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The lifting or easing of sanctions is not the speaker's sanction."""
    assert triple not in triples(extract(text))


@pytest.mark.parametrize(("text", "triple"), KEPT)
def test_sanctions_asked_for_or_imposed_stay(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Sanctions called for or imposed are still sanctions."""
    assert triple in triples(extract(text))
