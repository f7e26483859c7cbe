"""Help thanked for (lead49): "Hamas thanked Qatar for its support" -> Qatar supported Hamas,
the owner of the help thanked for supports the one who thanks (kg/extract/help_owners.py
``_thanked``; ``thank_verbs`` and ``thanked_preps`` of ``help_owners`` in cues.json); a help
with an object of its own is the trigger index's. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        ("Ukraine thanked Poland for its help.", ("Poland", "supported", "Ukraine"), None),
        (
            "Ashraf Ghani thanked the United States for its support of Afghanistan.",
            ("United States", "supported", "Afghanistan"),
            ("United States", "supported", "Ashraf Ghani"),
        ),
        # no help noun: thanks alone is no help received
        ("Hamas thanked Qatar for hosting the talks.", None, ("Qatar", "supported", "Hamas")),
    ],
)
def test_thanked_help_supports_the_thanker(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """The owner of help thanked for supported the one who thanks, unless the help has its
    own object."""
    check_kept_removed(extract(text, published="2015-06-10"), expected, forbidden)
