"""A counterpart "from" a country who is named ("his counterpart from Tanzania, Jakaya
Kikwete") is the person met, not the country; unnamed, the country stands for him. Actors
other than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

CASES = [
    (
        "Uhuru Kenyatta held talks with his counterpart from Tanzania, Jakaya Kikwete.",
        ("Jakaya Kikwete", "met", "Uhuru Kenyatta"),
        ("Tanzania", "met", "Uhuru Kenyatta"),
    ),
    (
        "Kenyan Foreign Minister Amina Mohamed met on Sunday with her counterpart from "
        "Somalia, Abdisalam Omer, ahead of a summit.",
        ("Abdisalam Omer", "met", "Amina Mohamed"),
        ("Amina Mohamed", "met", "Somalia"),
    ),
    (
        "Amina Mohamed met her counterpart from Somalia on Sunday.",
        ("Amina Mohamed", "met", "Somalia"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_named_counterpart_is_the_person(
    extract: Any, text: str, kept: Triple, removed: Triple | None
) -> None:
    """A named counterpart from a country is the person; an unnamed one, the country."""
    check_kept_removed(extract(text), kept, removed)
