"""Events not done so far: "has yet to visit", "hopes to meet", "neither A nor B attacked",
"blocked X from capturing Y"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # "have"/"be" + "yet" + infinitive: not happened so far
    ("Xi Jinping has yet to visit Tokyo.", ("Xi Jinping", "visited", "Tokyo"), "denied"),
    ("Erdogan is yet to meet Assad.", ("Assad", "met", "Recep Tayyip Erdogan"), "denied"),
    # "hopes to" / "had hoped to": the model's lemma is "hop"; a wish is no meeting held
    (
        "Modi hopes to meet Nawaz Sharif next year.",
        ("Narendra Modi", "met", "Nawaz Sharif"),
        "planned",
    ),
    (
        "Rouhani had hoped to visit Paris in November.",
        ("Hassan Rouhani", "visited", "Paris"),
        "planned",
    ),
    # a subject opened by "neither": none of its members did it
    ("Neither Sudan nor Chad attacked Libya.", ("Sudan", "attacked", "Libya"), "denied"),
    ("Neither Sudan nor Chad attacked Libya.", ("Chad", "attacked", "Libya"), "denied"),
    # an act a verb of stopping keeps its doer "from" did not happen
    (
        "Kenyan troops blocked al-Shabab from capturing Mandera.",
        ("al-Shabab", "attacked", "Mandera"),
        "denied",
    ),
    (
        "The Kurdish forces kept ISIL from capturing Hasakah.",
        ("Islamic State", "attacked", "Hasakah"),
        "denied",
    ),
    # negatives: the same events told as done
    ("Xi Jinping has visited Tokyo.", ("Xi Jinping", "visited", "Tokyo"), "occurred"),
    ("Sudan and Chad attacked Libya.", ("Chad", "attacked", "Libya"), "occurred"),
    (
        "The rebels moved from attacking Aden to besieging Taiz.",
        ("rebels", "attacked", "Aden"),
        "occurred",
    ),
    ("Yet Erdogan met Assad in Ankara.", ("Assad", "met", "Recep Tayyip Erdogan"), "occurred"),
]


@pytest.mark.parametrize(("text", "triple", "status"), CASES)
def test_qualifiers_not_yet_status(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """The claim takes the status the words give it."""
    assert statuses(extract(text), triple) == {status}
