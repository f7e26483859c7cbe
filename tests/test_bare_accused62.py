"""The story country's institution named bare where the parser hangs an accusation's "of" on
it ("accused the judiciary of silencing ...": kg/resolve/collectives.py ``_gerund_only``,
crit62). Sentences of our own, about other actors than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

# the story country's institution written bare ("the judiciary") and accused of an act the
# parser hung on it ("the judiciary of silencing ...") is still that country's institution
STORY = (
    "Ethiopian police arrested 20 journalists on Monday. Ethiopia's government said they had "
    "broken the law. "
)
BARE_ACCUSED: list[tuple[str, Triple]] = [
    (
        STORY + "Rights groups accused the judiciary of silencing dissent.",
        ("Rights groups", "criticized", "Ethiopian judiciary"),
    ),
    (
        STORY + "The opposition accuses the army of killing civilians in the Ogaden.",
        ("opposition", "criticized", "Ethiopian army"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), BARE_ACCUSED)
def test_bare_accused_bare_institution_accused(extract: Any, text: str, triple: Triple) -> None:
    """A bare state noun whose "of" holds only the gerund of an accusation is the story
    country's institution (kg/resolve/collectives.py ``_gerund_only``)."""
    got = triples(extract(text))
    assert triple in got, sorted(got)


def test_bare_accused_owner_after_of_kept(extract: Any) -> None:
    """A bare state noun with a real "of" owner stays that owner's, not the story country's."""
    got = triples(extract(STORY + "The judiciary of Kenya criticised the arrests."))
    assert ("Kenyan judiciary", "criticized", "Ethiopian police") in got, sorted(got)
    assert ("Ethiopian judiciary", "criticized", "Ethiopian police") not in got, sorted(got)
